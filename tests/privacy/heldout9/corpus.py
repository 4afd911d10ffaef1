# ruff: noqa: E501, RUF001  (a corpus: one note a line reads best; homoglyphs are planted)
"""A ninth held-out corpus (2026-12-02), written by an outside examiner before it was run
against anything, and never shown to the de-identifier's authors.

Synthetic nephrology patients (haemodialysis, peritoneal dialysis, transplant, AKI,
glomerular, infectious, toxic and inherited disease) from Osaka, Lahore, Amritsar, Addis
Ababa, Yerevan, Almaty, Baku, Skopje, Yangon, Phnom Penh, Kandy, Quezon City, Hargeisa,
Port-au-Prince, San Fernando (Trinidad), Lusaka, Suva, Manama, St Helier and Gaborone,
written in Japanese (kanji and kana), Urdu (Arabic script, Urdu digits), Punjabi
(Gurmukhi), Amharic (Ge'ez), Armenian, Kazakh (Cyrillic), Azerbaijani, Macedonian,
Burmese, Khmer, Sinhala, Tagalog, Somali, Haitian Creole and Setswana, and in the English
of Trinidad and Tobago, Zambia, Fiji, Bahrain, Jersey and Botswana (about a third of the
notes: a real clinic abroad writes mostly English), in shapes heldout4-8 did not use: a
dialysis run sheet in columns, a lab printout with reference ranges and flags, a referral
e-mail with its headers, a pharmacy dispensing label, a vCard, a calendar invitation, a
CDA (XML) fragment, a fax cover sheet, an SMS reminder, a chat with @usernames, a
hashtag, a QR payload, a transplant clinic letter, a discharge summary in Japanese form.

Every person, number and address is invented (real town and institution names are used as
places, never with a real person).

The format is heldout4's to heldout8's (``tests/privacy/heldout4/corpus.py``): each
``Note`` is one free-text field in one language (a language tag, with its country where it
matters: ``en-TT``); clinical terms that must survive are braced with a category letter
(``CATEGORIES``); planted identifiers are listed per patient as ``(kind, text)``, the kind
being ``"<Safe Harbor kind>/<form>"``; a kind marked ``(phrase)`` is measured as a whole (a
name in a script that writes no spaces between words, Japanese, Burmese and Khmer, or whose
vowel signs split heldout4's words into letters, Gurmukhi, Sinhala, Burmese, Khmer; a name
glued to its particles or honorifics). Every other word is an ordinary word of the note's
language and should survive too. ``DESCRIBED`` lists the words that describe a planted
unique feature (part of the identifier, not ordinary words).

The images (``images.py``) are part of this corpus.
"""

from __future__ import annotations

from tests.privacy.heldout4.corpus import CATEGORIES, Note, Patient
from tests.privacy.heldout7.corpus import _in  # a note in one language

__all__ = ["CATEGORIES", "DESCRIBED", "HELDOUT9", "PARTICLES", "TERM_NOTES", "Note", "Patient"]


ja, ur, pa, am, hy, kk = (_in(x) for x in ("ja", "ur", "pa", "am", "hy", "kk"))
az, mk, my, km, si, tl = (_in(x) for x in ("az", "mk", "my", "km", "si", "tl"))
so, ht, tn, fj = (_in(x) for x in ("so", "ht", "tn", "fj"))
tt, zm, fjen, bh = (_in(x) for x in ("en-TT", "en-ZM", "en-FJ", "en-BH"))
je, bw, pk, lk, sol = (_in(x) for x in ("en-JE", "en-BW", "en-PK", "en-LK", "en-SO"))
inn, mm = (_in(x) for x in ("en-IN", "en-MM"))

CGJ = "\u034f"  # combining grapheme joiner: invisible, not a zero-width space
NBH = "\u2011"  # non-breaking hyphen

# Name particles: a survival of these alone is counted apart in RESULTS.md (heldout5's rule
# counts any word of three letters or more).
PARTICLES = {"bin", "bint", "binti", "al", "el", "de", "la", "le", "dela", "delos", "van",
             "ibn", "kyzy", "qızı", "oğlu", "қызы", "ұлы", "adi", "ratu"}  # fmt: skip

DESCRIBED: list[str] = [
    "大阪で唯一の女性の文楽人形遣い",
    "بائیں کلائی پر مور کا ٹیٹو",
    "ਸੱਜੀ ਬਾਂਹ ਉੱਤੇ ਖੰਡੇ ਦਾ ਨਿਸ਼ਾਨ",
    "በግንባሯ ላይ የመስቀል ንቅሳት",
    "Երևանի միակ կին դուդուկահարը",
    "сол жақ бетінде туа біткен қызыл дақ",
    "sağ əlində altı barmaq",
    "единствената жена ѕвонар во Охрид",
    "the only woman thanaka seller on 19th Street with a transplant",
    "ស្នាមរលាកនៅកខាងស្តាំ",
    "the only woman Kandyan dancer in the transplant programme",
    "tattoo of a jeepney with the word LOLA on her left calf",
    "the only woman camel trader on the Hargeisa livestock market",
    "yon mak brili an fòm kè sou do men goch li",
    "the only woman steelpan tuner in Marabella",
    "a tribal scarification of three lines on each cheek",
    "the only woman sevens referee in Fiji",
    "the only Bahraini woman pearl diver",
    "the only woman Jersey Battle of Flowers float builder on dialysis",
    "a burn scar shaped like the map of Botswana on her back",
]

HELDOUT9: list[Patient] = [
    # 1. Osaka, Japan (Japanese): haemodialysis, a discharge summary in Japanese form
    Patient(
        name="森田 春子",
        mrn="患者ID 0081-4427",
        birth="1931-05-05",
        notes=[
            ja(
                "退院サマリー　患者氏名：森田 春子（モリタ ハルコ）様　患者ID 0081-4427　生年月日：昭和6年5月5日　{維持血液透析}歴12年、{腎硬化症}による{末期腎不全}。"
            ),
            ja(
                "住所：〒530-0012 大阪府大阪市北区芝田二丁目8番14号 メゾン梅田503号室；自宅 06-6372-4418、携帯 090-4417-2286；キーパーソンは長男の森田 健一さん。"
            ),
            ja(
                "本年九十三歳、卒寿の祝いは透析室で行った。主治医：腎臓内科 岡本 直樹 先生（医籍登録番号 第412877号）、大阪市立総合医療センター。"
            ),
            ja(
                "{L:カリウム} {X:6.2 mEq/L}（基準 {X:3.6-4.8}）、{L:リン} {X:7.1 mg/dL}、{L:intact PTH} {X:412 pg/mL}；{D:ホスレノール} {X:750 mg/日}、{D:オルケディア} {X:2 mg}、{D:ネスプ} {X:40 µg/週}。"
            ),
            ja(
                "令和6年8月15日（お盆）に{シャント閉塞}で入院、{M:PTA}施行、敬老の日の翌日に退院。{M:腹部CT}で{V:第4腰椎}に{圧迫骨折}あり。"
            ),
            ja(
                "マイナンバー 4417 2286 9031、被保険者証 記号 27-41 番号 81129、介護保険 被保険者番号 2700418877；かかりつけ薬局の連絡は FAX 06-6372-4419。"
            ),
            ja(
                "大阪で唯一の女性の文楽人形遣いで、舞台写真は haruko_bunraku のインスタグラムに。メール：haruko.morita アットマーク ezweb ドット ne ドット jp。"
            ),
            ja(
                "家族の車は なにわ 500 ち 41-77 ；透析監視装置 日機装 DCS-100NX 製造番号 NK21A0447；ブラッドアクセス{M:超音波}で{L:上腕動脈血流量} {X:620 mL/min}。"
            ),
            ja(
                "嫁の美智子さんが付き添い。{D:ヘパリンナトリウム}から{D:ナファモスタット}({D:フサン})へ変更、{D:ダルベポエチン アルファ}継続；{L:Hb} {X:10.4 g/dL}、{L:フェリチン} {X:88 ng/mL}；{D:カルシトリオール}。"
            ),
            ja(
                "全角で記入された旧カルテ：ＭＯＲＩＴＡ　ＨＡＲＵＫＯ；静脈認証で透析室に入室（手のひら静脈パターン登録済み）；{E:キンメルスティール・ウィルソン}病変なし、{S:CKD G5D}。"
            ),
            ja("透析カード用の顔写真 DSC00447.JPG を添付、{L:ドライウェイト} {X:41.5 kg}。"),
        ],
        planted=[
            ("name/recorded in kanji with honorific (phrase)", "森田 春子"),
            ("name/recorded in katakana (phrase)", "モリタ ハルコ"),
            ("medical record number/患者ID", "0081-4427"),
            ("date/birth in the Shōwa era", "昭和6年5月5日"),
            ("geographic/postcode with 〒", "〒530-0012"),
            (
                "geographic/Japanese block address chōme-ban-gō with building and room",
                "芝田二丁目8番14号 メゾン梅田503号室",
            ),
            ("telephone/JP landline Osaka", "06-6372-4418"),
            ("telephone/JP mobile", "090-4417-2286"),
            ("name/eldest son after 長男 (phrase)", "森田 健一"),
            ("age over 89/in kanji numerals 九十三歳", "九十三歳"),
            ("age over 89/卒寿 (the 90th-birthday celebration)", "卒寿の祝い"),
            ("name/doctor before 先生 (phrase)", "岡本 直樹"),
            ("licence number/医籍登録番号", "第412877号"),
            ("date/Reiwa era with Obon holiday", "令和6年8月15日（お盆）"),
            ("date/holiday relative: the day after Respect for the Aged Day", "敬老の日の翌日"),
            ("social security number/My Number grouped 4-4-4", "4417 2286 9031"),
            ("health plan number/insurance card symbol and number", "記号 27-41 番号 81129"),
            ("health plan number/long-term care insured number", "2700418877"),
            ("fax/JP pharmacy FAX", "06-6372-4419"),
            (
                "other unique identifier/occupation unique in a city",
                "大阪で唯一の女性の文楽人形遣い",
            ),
            ("url/Instagram username", "haruko_bunraku"),
            (
                "email/obfuscated ja アットマーク ドット",
                "haruko.morita アットマーク ezweb ドット ne ドット jp",
            ),
            ("vehicle identifier/JP plate with region and kana", "なにわ 500 ち 41-77"),
            ("device identifier/dialysis console serial 製造番号", "NK21A0447"),
            ("name/daughter-in-law after 嫁 given name with さん (phrase)", "美智子"),
            ("name/recorded in full-width Latin capitals", "ＭＯＲＩＴＡ　ＨＡＲＵＫＯ"),
            ("biometric identifier/palm vein pattern", "手のひら静脈パターン"),
            ("full-face photograph/camera file name for a dialysis card", "DSC00447.JPG"),
        ],
    ),
    # 2. Lahore, Pakistan (Urdu in Arabic script, Urdu digits; English of Pakistan): transplant
    Patient(
        name="Shazia Parveen Butt",
        mrn="MR# 24-771903",
        birth="1968-03-23",
        notes=[
            ur(
                "مریضہ: محترمہ شازیہ پروین بٹ زوجہ محمد اکرم بٹ، عمر ۵۶ سال، {گردے کی پیوندکاری} ۲۰۱۹ میں، ڈونر بھائی عمران؛ {D:ٹیکرولیمس} {X:۲ ملی گرام} دن میں دو بار۔"
            ),
            ur(
                "پتہ: مکان نمبر ۱۴، گلی نمبر ۷، محلہ کرشن نگر، نزد جامع مسجد بلال، لاہور؛ موبائل ۰۳۰۰-۴۴۱۷۲۲۸؛ شناختی کارڈ ۳۵۲۰۲-۴۴۱۷۷۱۲-۴۔"
            ),
            ur(
                "داخلہ ۱۰ ذوالحجہ ۱۴۴۵ھ (عید الاضحیٰ کے دن)، ڈسچارج یومِ آزادی کے بعد۔ معالج: ڈاکٹر فرحان قریشی، پی ایم ڈی سی رجسٹریشن ۵۵۱۲۳-پی۔"
            ),
            pk(
                "Lab printout, Shaukat Khanum: {L:Tacrolimus trough} {X:11.8 ng/mL} H ({X:5-10}); {L:creatinine} {X:1.9 mg/dL} H ({X:0.5-1.1}); {L:BK virus PCR} {X:4.2 log copies/mL}; {O:BK polyomavirus} nephropathy on {M:renal allograft biopsy}, {S:Banff class B}."
            ),
            pk(
                "Plan: reduce {D:mycophenolate mofetil} ({D:CellCept}) to {X:500 mg BD}, add {D:leflunomide}; {D:valganciclovir} ({D:Valcyte}) {X:450 mg} daily; {L:CMV PCR} negative; {E:Tamm-Horsfall} casts absent."
            ),
            ur(
                "بائیں کلائی پر مور کا ٹیٹو ہے؛ گاڑی نمبر LEB-17-4471؛ جاز کیش اکاؤنٹ ۰۳۴۵۷۷۱۲۲۰۹؛ بینک الحبیب اکاؤنٹ PK36 BAHL 1012 0081 0044 1701۔"
            ),
            pk(
                "Referral e-mail. From: Dr Farhan Qureshi <farhan.qureshi@skm.org.pk> To: transplant.lhr@skm.org.pk Subject: Mrs S. P. Butt, MR# 24-771903, BKVAN. Her son Hamza uses WhatsApp +92 321 4471 902; Sehat Card 35202-4417712-4/F."
            ),
            ur(
                "{L:ہیموگلوبن} {X:۹.۸ گرام/ڈیسی لیٹر}؛ {D:پریڈنیسولون} {X:۵ ملی گرام}؛ {M:الٹراساؤنڈ} میں {ہائیڈرونیفروسس} نہیں؛ {V:L4-L5} پر {کمر درد}۔"
            ),
            pk(
                "Pharmacy label: Sandimmun Neoral discontinued; {D:Advagraf} {X:4 mg} OD, Rx 778120, dispensed to Bilquis (sister-in-law) on Defence Day; IP of the tele-clinic login 39.42.117.204."
            ),
            pk(
                "Front-facing photo for the transplant registry attached as IMG-20240617-WA0012.jpg; {D:tacrolimus} level repeat in {X:1 week}."
            ),
        ],
        planted=[
            ("name/recorded in Urdu script after محترمہ", "شازیہ پروین بٹ"),
            ("name/husband after زوجہ", "محمد اکرم بٹ"),
            ("name/donor brother", "عمران"),
            (
                "geographic/Lahore house-street-mohalla address",
                "مکان نمبر ۱۴، گلی نمبر ۷، محلہ کرشن نگر",
            ),
            ("geographic/landmark near a mosque", "نزد جامع مسجد بلال"),
            ("telephone/PK mobile in Urdu digits", "۰۳۰۰-۴۴۱۷۲۲۸"),
            ("social security number/CNIC in Urdu digits", "۳۵۲۰۲-۴۴۱۷۷۱۲-۴"),
            ("date/Hijri in Urdu digits with Eid ul Adha", "۱۰ ذوالحجہ ۱۴۴۵ھ"),
            ("date/holiday PK after Independence Day", "یومِ آزادی کے بعد"),
            ("name/doctor after ڈاکٹر", "فرحان قریشی"),
            ("licence number/PMDC registration", "۵۵۱۲۳-پی"),
            ("other unique identifier/tattoo", "بائیں کلائی پر مور کا ٹیٹو"),
            ("vehicle identifier/plate PK Lahore", "LEB-17-4471"),
            ("account number/JazzCash mobile wallet in Urdu digits", "۰۳۴۵۷۷۱۲۲۰۹"),
            ("account number/IBAN PK", "PK36 BAHL 1012 0081 0044 1701"),
            ("name/doctor in an e-mail header", "Farhan Qureshi"),
            ("email/doctor's address in a From: header", "farhan.qureshi@skm.org.pk"),
            ("name/recorded as initials and surname in a Subject line", "S. P. Butt"),
            ("medical record number/MR#", "24-771903"),
            ("name/son", "Hamza"),
            ("telephone/WhatsApp PK international", "+92 321 4471 902"),
            ("health plan number/Sehat Card on the CNIC with family suffix", "35202-4417712-4/F"),
            ("name/sister-in-law on a pharmacy label", "Bilquis"),
            ("date/holiday PK Defence Day", "Defence Day"),
            ("ip address/IPv4 of a tele-clinic login", "39.42.117.204"),
            ("other unique identifier/prescription number", "Rx 778120"),
            ("full-face photograph/WhatsApp image file name", "IMG-20240617-WA0012.jpg"),
        ],
    ),
    # 3. Amritsar, India (Punjabi in Gurmukhi, Gurmukhi digits): diabetic CKD, PD
    Patient(
        name="Gurpreet Kaur Sandhu",
        mrn="GNDH/CAPD/3391",
        birth="1959-11-15",
        notes=[
            pa(
                "ਮਰੀਜ਼: ਬੀਬੀ ਗੁਰਪ੍ਰੀਤ ਕੌਰ ਸੰਧੂ ਪਤਨੀ ਸ. ਬਲਵਿੰਦਰ ਸਿੰਘ ਸੰਧੂ, ਪਿੰਡ ਜੰਡਿਆਲਾ ਗੁਰੂ, ਤਹਿਸੀਲ ਬਾਬਾ ਬਕਾਲਾ; {ਸ਼ੂਗਰ ਨਾਲ ਗੁਰਦੇ ਦੀ ਬਿਮਾਰੀ}; {M:CAPD} ਚਾਰ ਸਾਲ ਤੋਂ।"
            ),
            pa(
                "ਫ਼ੋਨ ੯੮੧੪੪-੧੭੭੨੦; ਆਧਾਰ ੪੪੧੭ ੮੨੨੦ ੯੧੩੬; ਦਾਖ਼ਲਾ ਗੁਰਪੁਰਬ ਵਾਲੇ ਦਿਨ, ੧ ਪੋਹ ੫੫੬ ਨਾਨਕਸ਼ਾਹੀ; ਨੂੰਹ ਹਰਮਨਦੀਪ ਨਾਲ ਆਈ।"
            ),
            pa(
                "ਸੱਜੀ ਬਾਂਹ ਉੱਤੇ ਖੰਡੇ ਦਾ ਨਿਸ਼ਾਨ ਹੈ; ਡਾ. ਮਨਜੀਤ ਸਿੰਘ ਗਿੱਲ, ਪੀ.ਐਮ.ਸੀ. ਰਜਿ. ੪੪੧੭੭; ਗੱਡੀ PB-02-DK-4471 ਟਰੈਕਟਰ ਨੰਬਰ PB-17-T-2209।"
            ),
            pa(
                "{L:ਹੀਮੋਗਲੋਬਿਨ} {X:੯.੧ ਗ੍ਰਾਮ/ਡੀ.ਐਲ.}; {D:ਇਨਸੁਲਿਨ} {X:੧੪ ਯੂਨਿਟ}; {D:ਫਿਊਰੋਸੇਮਾਈਡ} {X:੮੦ ਮਿ.ਗ੍ਰਾ.}; {L:HbA1c} {X:7.9%}; {L:Kt/V} {X:1.8}; {O:Staphylococcus aureus} {peritonitis}।"
            ),
            pa(
                "ਪੀ.ਡੀ. ਸਾਈਕਲਰ ਸੀਰੀਅਲ BXT-HC-0447712; ਜਨਮ ਮਿਤੀ ੧੫-੧੧-੧੯੫੯; ਬੈਂਕ ਖਾਤਾ ੦੦੫੨੯੮੧੩੬੦੦੯੧ ਪੰਜਾਬ ਐਂਡ ਸਿੰਧ ਬੈਂਕ; ਉਮਰ ਪੈਂਠ ਸਾਲ।"
            ),
            inn(
                "Email from the CAPD nurse: please call Gurpreet ji's grandson Jashan at 98144 17720 extn 2 before the Baisakhi camp; her ABHA number is 91-4417-8220-9136; village Jandiala Guru, PIN 143115."
            ),
            inn(
                "{D:Dianeal} {X:2.5%} {X:2 L} x 3 and {D:Extraneal} overnight; {D:vancomycin} {X:1 g} IP weekly; {L:PD effluent WBC} {X:840/µL}; {M:peritoneal equilibration test}: {S:high average transporter}; {V:T12-L1} {osteopenia}."
            ),
            pa(
                "ਬਲੱਡ ਪ੍ਰੈਸ਼ਰ ਮਸ਼ੀਨ ਸੀਰੀਅਲ OMR-HEM7156-44177; ਅੰਗੂਠੇ ਦਾ ਨਿਸ਼ਾਨ ਸਹਿਮਤੀ ਫਾਰਮ ਉੱਤੇ; {D:ਡਾਪਾਗਲੀਫਲੋਜ਼ਿਨ} ਬੰਦ।"
            ),
        ],
        planted=[
            ("name/recorded in Gurmukhi script after ਬੀਬੀ (phrase)", "ਗੁਰਪ੍ਰੀਤ ਕੌਰ ਸੰਧੂ"),
            ("name/husband after ਸ. (Sardar) in Gurmukhi (phrase)", "ਬਲਵਿੰਦਰ ਸਿੰਘ ਸੰਧੂ"),
            (
                "geographic/village and tehsil in Gurmukhi (phrase)",
                "ਪਿੰਡ ਜੰਡਿਆਲਾ ਗੁਰੂ, ਤਹਿਸੀਲ ਬਾਬਾ ਬਕਾਲਾ",
            ),
            ("telephone/IN mobile in Gurmukhi digits", "੯੮੧੪੪-੧੭੭੨੦"),
            ("social security number/Aadhaar in Gurmukhi digits", "੪੪੧੭ ੮੨੨੦ ੯੧੩੬"),
            ("date/Nanakshahi calendar in Gurmukhi digits", "੧ ਪੋਹ ੫੫੬ ਨਾਨਕਸ਼ਾਹੀ"),
            ("date/festival Gurpurab (phrase)", "ਗੁਰਪੁਰਬ ਵਾਲੇ ਦਿਨ"),
            ("name/daughter-in-law after ਨੂੰਹ (phrase)", "ਹਰਮਨਦੀਪ"),
            ("other unique identifier/tattoo of a khanda (phrase)", "ਸੱਜੀ ਬਾਂਹ ਉੱਤੇ ਖੰਡੇ ਦਾ ਨਿਸ਼ਾਨ"),
            ("name/doctor after ਡਾ. (phrase)", "ਮਨਜੀਤ ਸਿੰਘ ਗਿੱਲ"),
            ("licence number/Punjab Medical Council in Gurmukhi digits", "੪੪੧੭੭"),
            ("vehicle identifier/plate IN Punjab", "PB-02-DK-4471"),
            ("vehicle identifier/tractor plate", "PB-17-T-2209"),
            ("device identifier/PD cycler serial", "BXT-HC-0447712"),
            ("date/birth in Gurmukhi digits", "੧੫-੧੧-੧੯੫੯"),
            ("account number/bank account in Gurmukhi digits", "੦੦੫੨੯੮੧੩੬੦੦੯੧"),
            ("name/recorded given name with ji", "Gurpreet ji"),
            ("name/grandson", "Jashan"),
            ("telephone/IN mobile with extension", "98144 17720 extn 2"),
            ("date/festival Baisakhi", "Baisakhi camp"),
            ("health plan number/ABHA number", "91-4417-8220-9136"),
            ("geographic/village in English", "Jandiala Guru"),
            ("geographic/PIN code", "PIN 143115"),
            ("device identifier/BP monitor serial", "OMR-HEM7156-44177"),
            ("biometric identifier/thumbprint on a consent form (phrase)", "ਅੰਗੂਠੇ ਦਾ ਨਿਸ਼ਾਨ"),
        ],
    ),
    # 4. Addis Ababa, Ethiopia (Amharic in Ge'ez script, the Ethiopian calendar): lupus nephritis
    Patient(
        name="Tigist Abebe Woldemariam",
        mrn="TASH-HD-55019",
        birth="1990-02-14",
        notes=[
            am(
                "ታካሚ፡ ወ/ሮ ትዕግስት አበበ ወልደማርያም፣ ዕድሜ ፴፬፣ {ሉፐስ ኔፍራይቲስ} {S:ISN/RPS class IV}፤ {D:ሃይድሮክሲክሎሮኪን} {X:200 mg}፤ {D:ማይኮፊኖሌት} {X:1 g} በቀን ሁለት ጊዜ።"
            ),
            am(
                "አድራሻ፡ አዲስ አበባ፣ ቦሌ ክፍለ ከተማ፣ ወረዳ 03፣ የቤት ቁጥር 1147፣ ከኤድናሞል ጀርባ፤ ስልክ 0911 44 17 72፤ ባለቤቷ አቶ ዳዊት ተስፋዬ።"
            ),
            am(
                "የገባችበት ቀን መስከረም ፲፭ ቀን ፳፻፲፯ ዓ.ም.፤ የወጣችው ከጥምቀት በዓል በኋላ፤ ሐኪም ዶ/ር ሰላማዊት ገብረመድኅን፣ የኢትዮጵያ የጤና ባለሙያ ፈቃድ ቁጥር MD/4417/2015።"
            ),
            am(
                "በግንባሯ ላይ የመስቀል ንቅሳት አለ፤ የፋይዳ ቁጥር 4417 7220 9136 5508፤ የመኪና ሰሌዳ ኮድ 2 A41772 አአ፤ ቴሌብር 0930521986።"
            ),
            am(
                "{L:ክሬቲኒን} {X:2.4 mg/dL}፤ {L:ፕሮቲን በሽንት} {X:3.2 g/ቀን}፤ {L:C3} {X:0.42 g/L} ዝቅ፤ {L:anti-dsDNA} {X:> 300 IU/mL}፤ {M:የኩላሊት ባዮፕሲ}፤ {D:ሳይክሎፎስፋሚድ} በ{E:Euro-Lupus} መጠን {X:500 mg}።"
            ),
            am("እህቷ መቅደስ ጠዋት ትመጣለች፤ ልጇ ናሆም ፲፪ ዓመቱ ነው፤ የጤና መድን ቁጥር EHIA-AA-0447122።"),
            am(
                "{D:ፕሬድኒሶሎን} {X:60 mg}፤ {D:rituximab} ({D:Truxima}) {X:1 g}፤ {O:Pneumocystis jirovecii} ለመከላከል {D:co-trimoxazole}፤ {O:Strongyloides stercoralis} ምርመራ አሉታዊ፤ {D:ivermectin} {X:200 µg/kg}።"
            ),
            am(
                "ኢሜይል፡ tigist.abebe90 በ gmail ነጥብ com፤ ፌስቡክ facebook.com/tigist.woldemariam.7፤ የቤት ሰራተኛዋ እማማ ዘውዲቱ።"
            ),
        ],
        planted=[
            (
                "name/recorded in Ge'ez script after ወ/ሮ, given name an ordinary word (patience)",
                "ትዕግስት አበበ ወልደማርያም",
            ),
            ("geographic/Addis sub-city, woreda, house number", "ቦሌ ክፍለ ከተማ፣ ወረዳ 03፣ የቤት ቁጥር 1147"),
            ("geographic/landmark behind a mall", "ከኤድናሞል ጀርባ"),
            ("telephone/ET mobile", "0911 44 17 72"),
            ("name/husband after አቶ", "ዳዊት ተስፋዬ"),
            ("date/Ethiopian calendar in Ge'ez numerals", "መስከረም ፲፭ ቀን ፳፻፲፯ ዓ.ም."),
            ("date/holiday Timket relative", "ከጥምቀት በዓል በኋላ"),
            ("name/doctor after ዶ/ር", "ሰላማዊት ገብረመድኅን"),
            ("licence number/ET health professional licence", "MD/4417/2015"),
            ("other unique identifier/tattoo on the forehead", "በግንባሯ ላይ የመስቀል ንቅሳት"),
            ("social security number/Fayda national ID", "4417 7220 9136 5508"),
            ("vehicle identifier/plate ET with code and region in Ge'ez", "ኮድ 2 A41772 አአ"),
            ("account number/telebirr wallet", "0930521986"),
            ("name/sister, given name an ordinary word (sanctuary)", "መቅደስ"),
            ("name/son", "ናሆም"),
            ("health plan number/EHIA", "EHIA-AA-0447122"),
            ("email/obfuscated am በ ነጥብ", "tigist.abebe90 በ gmail ነጥብ com"),
            ("url/Facebook profile", "facebook.com/tigist.woldemariam.7"),
            ("name/housekeeper after እማማ", "ዘውዲቱ"),
        ],
    ),
    # 5. Yerevan, Armenia (Armenian): Familial Mediterranean fever, AA amyloidosis
    Patient(
        name="Anahit Sargsyan",
        mrn="ՀԲ-2024/4471",
        birth="1931-09-21",
        notes=[
            hy(
                "Հիվանդ՝ տիկին Անահիտ Սարգսյան, 93 տարեկան, {պարբերական հիվանդություն} ({E:Familial Mediterranean fever}), {AA ամիլոիդոզ}; {D:կոլխիցին} {X:1 մգ/օր}; {G:MEFV} M694V հոմոզիգոտ."
            ),
            hy(
                "Հասցե՝ ք. Երևան, Կոմիտասի պող. 47, բն. 18, 0014; հեռ. +374 10 22 41 77, բջջ. 093 44 17 72, ֆաքս +374 10 22 52 98; դուստրը՝ Լուսինե Հակոբյան."
            ),
            hy(
                "Ընդունվել է Վարդավառի օրը, դուրս է գրվել 2024 թ. սեպտեմբերի 21-ին՝ Անկախության տոնին; բժիշկ՝ Արմեն Պետրոսյան, լիցենզիա № ԲԼ-044177."
            ),
            hy(
                "Հանրային ծառայությունների համարանիշ (ՀԾՀ) 4417720913; անձնագիր AM0447712; մեքենայի համարանիշ 35 ՕՕ 417; Երևանի միակ կին դուդուկահարը."
            ),
            hy(
                "{L:Կրեատինին} {X:214 մկմոլ/լ}, {L:պրոտեինուրիա} {X:4.8 գ/օր}, {L:SAA} {X:88 մգ/լ}; {D:կանակինումաբ} ({D:Ilaris}) {X:150 մգ} ամեն 4 շաբաթը; {M:ԷԽՈ} ; {M:երիկամի բիոպսիա} {E:Congo red} դրական."
            ),
            hy(
                "Էլ. փոստ՝ anahit.sargsyan31 շնիկ mail.am; որդին՝ Գագիկը, ապրում է Գլենդելում; էլեկտրոնային առողջապահության ID ARMED-771240."
            ),
            hy(
                "{D:ֆուրոսեմիդ} {X:40 մգ}; {L:ալբումին} {X:24 գ/լ}; {V:L3-L4} {օստեոպորոզ}; {D:դենոսումաբ} ({D:Prolia}) {X:60 մգ}; {L:կալիում} {X:5.4 մմոլ/լ}."
            ),
        ],
        planted=[
            ("name/recorded in Armenian script after տիկին", "Անահիտ Սարգսյան"),
            ("age over 89/number with տարեկան", "93 տարեկան"),
            ("geographic/Yerevan avenue with flat and postcode", "Կոմիտասի պող. 47, բն. 18, 0014"),
            ("telephone/AM landline international", "+374 10 22 41 77"),
            ("telephone/AM mobile", "093 44 17 72"),
            ("fax/AM fax ֆաքս", "+374 10 22 52 98"),
            ("name/daughter, given name an ordinary word (moonlight)", "Լուսինե Հակոբյան"),
            ("date/festival Vardavar", "Վարդավառի օրը"),
            (
                "date/Armenian in words with genitive and Independence Day",
                "2024 թ. սեպտեմբերի 21-ին",
            ),
            ("name/doctor after բժիշկ", "Արմեն Պետրոսյան"),
            ("licence number/AM licence №", "ԲԼ-044177"),
            ("social security number/AM public services number ՀԾՀ", "4417720913"),
            ("other unique identifier/passport AM", "AM0447712"),
            ("vehicle identifier/plate AM in Armenian letters", "35 ՕՕ 417"),
            ("other unique identifier/occupation unique in a city", "Երևանի միակ կին դուդուկահարը"),
            ("email/obfuscated hy շնիկ (puppy for @)", "anahit.sargsyan31 շնիկ mail.am"),
            ("name/son with the definite article -ը", "Գագիկը"),
            ("geographic/city abroad in Armenian with locative", "Գլենդելում"),
            ("health plan number/ARMED e-health id", "ARMED-771240"),
        ],
    ),
    # 6. Almaty, Kazakhstan (Kazakh in Cyrillic): haemodialysis, a run sheet in columns
    Patient(
        name="Гүлнар Серікқызы Омарова",
        mrn="ИБ № 4471/24",
        birth="1957-03-22",
        notes=[
            kk(
                "ДИАЛИЗ ХАТТАМАСЫ | Науқас: Омарова Гүлнар Серікқызы | ИБ № 4471/24 | ИИН 570322401772 | Аппарат Fresenius 5008S № 4FRA1229 | {M:гемодиализ} {X:4 сағ} | {L:Qb} {X:300 мл/мин} | {L:UF} {X:2,8 л} | {D:гепарин} {X:5000 ХБ}"
            ),
            kk(
                "Мекенжайы: Алматы қ., Бостандық ауданы, Әл-Фараби даңғылы 77/7, 12-үй, 144-пәтер; тел. +7 727 244 17 72, ұялы +7 701 441 7720; қызы Айгерім Омарова."
            ),
            kk(
                "Наурыз мейрамы күні түсті, 2024 жылғы 22 наурызда; Туыстары: Серік Омаров ұлы Нұрлан; дәрігер: нефролог Ержан Сейітқалиұлы Бекмұхамбетов, лицензия KZ44VEG00017720."
            ),
            kk(
                "{L:Калий} {X:6,4 ммоль/л} ↑ ({X:3,5–5,1}); {L:Гемоглобин} {X:92 г/л} ↓; {D:Эпрекс} {X:4000 ХБ} аптасына 3 рет; {D:кальций ацетаты}; {D:Цинакальцет} {X:30 мг}; {V:L2–L3} {остеохондроз}."
            ),
            kk(
                "сол жақ бетінде туа біткен қызыл дақ бар; көлігі 417 AKE 02; Kaspi Gold картасы 4400 4302 1177 2086; МӘМС сақтандыру № 0044177209."
            ),
            kk(
                "Электрондық пошта: gulnar_omarova57 собака mail точка kz; немересі Әлия, Telegram @aliya_omarova_almaty; жеке басты растау: Egov Mobile арқылы бет тану."
            ),
            kk(
                "{M:Артериовеноздық фистула} сол білекте; {L:Kt/V} {X:1,32}; {L:Альбумин} {X:36 г/л}; {O:Klebsiella pneumoniae} {катетер инфекциясы}; {D:меропенем} {X:500 мг}; {E:Чвостек} белгісі теріс."
            ),
        ],
        planted=[
            ("name/recorded surname first with patronymic қызы", "Омарова Гүлнар Серікқызы"),
            ("medical record number/case history ИБ №", "ИБ № 4471/24"),
            ("social security number/KZ IIN", "570322401772"),
            ("device identifier/dialysis machine number", "4FRA1229"),
            (
                "geographic/Almaty avenue with block and flat",
                "Әл-Фараби даңғылы 77/7, 12-үй, 144-пәтер",
            ),
            ("telephone/KZ landline", "+7 727 244 17 72"),
            ("telephone/KZ mobile", "+7 701 441 7720"),
            ("name/daughter", "Айгерім Омарова"),
            ("date/holiday Nauryz", "Наурыз мейрамы"),
            ("date/Kazakh in words with case ending", "2024 жылғы 22 наурызда"),
            ("name/brother after ұлы (son of)", "Серік Омаров ұлы Нұрлан"),
            ("name/doctor with patronymic -ұлы", "Ержан Сейітқалиұлы Бекмұхамбетов"),
            ("licence number/KZ medical licence", "KZ44VEG00017720"),
            ("other unique identifier/birthmark", "сол жақ бетінде туа біткен қызыл дақ"),
            ("vehicle identifier/plate KZ with region code", "417 AKE 02"),
            ("account number/Kaspi card number", "4400 4302 1177 2086"),
            ("health plan number/MSHI insurance", "0044177209"),
            ("email/obfuscated собака точка", "gulnar_omarova57 собака mail точка kz"),
            ("name/granddaughter", "Әлия"),
            ("url/Telegram username", "@aliya_omarova_almaty"),
            ("biometric identifier/face recognition in Egov Mobile", "Egov Mobile арқылы бет тану"),
        ],
    ),
    # 7. Baku, Azerbaijan (Azerbaijani): cystinosis in an adult, transplant
    Patient(
        name="Günay Səfərova",
        mrn="MRK-44-17720",
        birth="1994-08-11",
        notes=[
            az(
                "Xəstə: Günay xanım Səfərova, Kamran qızı, 30 yaş; {nefropatik sistinoz}, {G:CTNS} delesiyası; {D:sisteamin} ({D:Procysbi}) {X:1,3 q/m²/gün}; {böyrək transplantasiyası} 2016."
            ),
            az(
                "Ünvan: Bakı, Nəsimi rayonu, Füzuli küç. 49, mənzil 17, AZ1014; tel. (012) 441 77 20, mob. 050 441 77 29; anası Aygün Məmmədova."
            ),
            az(
                "FİN kod 5ZK7R2P; şəxsiyyət vəsiqəsi AZE 14417720; İcbari Tibbi Sığorta № 4417-2209-AZ; sağ əlində altı barmaq var."
            ),
            az(
                "Novruz bayramında qəbul olundu, 2024-cü il 20 martda; həkim: Rəşad müəllim Quliyev, Tibb Universiteti, lisenziya HT-0044177."
            ),
            az(
                "{L:kreatinin} {X:132 mkmol/l}; {L:leykositlərdə sistin} {X:1,9 nmol yarım-sistin/mq zülal}; {D:takrolimus} {X:3 mq}; {D:Cystadrops} göz damcısı; {M:yarıq lampa} ilə {kornea kristalları}."
            ),
            az(
                "Avtomobil 10-RS-417; e-poçt gunay.safarova (et) box (nöqtə) az; qardaşı Tural, Instagram @tural_safarov94; bank kartı AZ21 NABZ 0136 0100 0000 0044 1772."
            ),
            az(
                "{D:levotiroksin} {X:50 mkq}; {L:TSH} {X:6,1 mIU/l}; {D:alfakalsidol} {X:0,5 mkq}; {M:DEXA}: {V:L1–L4} T-skor {X:-2,3}; {E:Fanconi sindromu}; {D:kalium sitrat}."
            ),
            az("Üz şəkli foto_3x4_20240320.png kimi yükləndi; {L:sistin} nəzarəti {X:3 ayda bir}."),
        ],
        planted=[
            ("name/recorded given name an ordinary word (sunny day) before xanım", "Günay"),
            ("name/recorded surname after xanım", "Səfərova"),
            ("name/father's name with qızı", "Kamran qızı"),
            ("geographic/Baku street with flat and postcode", "Füzuli küç. 49, mənzil 17, AZ1014"),
            ("telephone/AZ landline", "(012) 441 77 20"),
            ("telephone/AZ mobile", "050 441 77 29"),
            ("name/mother, given name an ordinary word (moon-sun)", "Aygün Məmmədova"),
            ("social security number/AZ FIN code", "5ZK7R2P"),
            ("other unique identifier/identity card AZE", "AZE 14417720"),
            ("health plan number/compulsory medical insurance", "4417-2209-AZ"),
            ("other unique identifier/polydactyly", "sağ əlində altı barmaq"),
            ("date/holiday Novruz", "Novruz bayramında"),
            ("date/Azerbaijani with case ending", "2024-cü il 20 martda"),
            ("name/doctor given name before müəllim", "Rəşad"),
            ("name/doctor surname after müəllim", "Quliyev"),
            ("licence number/AZ licence", "HT-0044177"),
            ("vehicle identifier/plate AZ", "10-RS-417"),
            ("email/obfuscated az (et) (nöqtə)", "gunay.safarova (et) box (nöqtə) az"),
            ("name/brother", "Tural"),
            ("url/Instagram handle", "@tural_safarov94"),
            ("account number/IBAN AZ", "AZ21 NABZ 0136 0100 0000 0044 1772"),
            ("full-face photograph/3x4 portrait file name", "foto_3x4_20240320.png"),
        ],
    ),
    # 8. Skopje, North Macedonia (Macedonian in Cyrillic): Balkan nephropathy, urothelial cancer
    Patient(
        name="Весна Стојановска",
        mrn="ИЗ 2024-0447",
        birth="1945-06-02",
        notes=[
            mk(
                "Отпусна листа. Пациентка: Весна Стојановска, ЕМБГ 0206945455017, {балканска ендемска нефропатија}, {уротелијален карцином} на {десен уретер}; {M:нефроуретеректомија} во 2023."
            ),
            mk(
                "Адреса: ул. Македонија бр. 17/3-12, 1000 Скопје; населба Карпош 4; тел. 02 3144 177, моб. 070 441 772; сопруг Благоја, ќерка Љубица."
            ),
            mk(
                "Примена на Илинден, 2 август, отпуштена по Велигден; д-р Зоран Трајковски, лекарска лиценца 0044177, Универзитетска клиника за нефрологија."
            ),
            mk(
                "{L:креатинин} {X:287 µmol/L} (реф. {X:45–84}), {L:хемоглобин} {X:98 g/L}; {D:еритропоетин} ({D:Бинокрит}) {X:4000 IU}; {M:цистоскопија} на 3 месеци; {D:аристолохична киселина}."
            ),
            mk(
                "Регистарска табличка SK-4417-AB; е-пошта vesna.stojanovska мајмунче t-home точка mk; ФЗОМ осигуреник бр. 44177209913."
            ),
            mk(
                "единствената жена ѕвонар во Охрид; внук Дамјан, TikTok @damjan.sk; сметка МК07 2501 2000 0093 518."
            ),
            mk(
                "{D:тамсулозин} {X:0,4 mg}; {L:калиум} {X:5,9 mmol/L}; {D:натриум бикарбонат} {X:1 g}; {O:Enterococcus faecalis} во {L:урокултура}; {D:нитрофурантоин}; {V:L5-S1} {дискус хернија}; {E:Бенс Џонс} протеин негативен."
            ),
        ],
        planted=[
            ("name/recorded, given name an ordinary word (spring)", "Весна Стојановска"),
            ("social security number/MK EMBG", "0206945455017"),
            (
                "geographic/Skopje street with entrance and flat",
                "ул. Македонија бр. 17/3-12, 1000 Скопје",
            ),
            ("geographic/neighbourhood", "Карпош 4"),
            ("telephone/MK landline", "02 3144 177"),
            ("telephone/MK mobile", "070 441 772"),
            ("name/husband", "Благоја"),
            ("name/daughter, given name an ordinary word (love)", "Љубица"),
            ("date/holiday Ilinden with day", "Илинден, 2 август"),
            ("date/holiday Easter Велигден", "по Велигден"),
            ("name/doctor after д-р", "Зоран Трајковски"),
            ("licence number/MK doctor licence", "0044177"),
            ("vehicle identifier/plate MK", "SK-4417-AB"),
            ("email/obfuscated mk мајмунче точка", "vesna.stojanovska мајмунче t-home точка mk"),
            ("health plan number/FZOM insured number", "44177209913"),
            (
                "other unique identifier/occupation unique in a town",
                "единствената жена ѕвонар во Охрид",
            ),
            ("name/grandson", "Дамјан"),
            ("url/TikTok handle", "@damjan.sk"),
            ("account number/IBAN MK", "МК07 2501 2000 0093 518"),
        ],
    ),
    # 9. Yangon, Myanmar (Burmese, Burmese digits; English of Myanmar in a lab printout): CKDu, HD
    Patient(
        name="Daw Khin Myat Noe",
        mrn="YGH-HD-၄၄၁၇",
        birth="1962-04-13",
        notes=[
            my(
                "လူနာအမည် ဒေါ်ခင်မြတ်နိုး ၊ အသက် ၆၂ နှစ် ၊ {ကျောက်ကပ်ပျက်စီးခြင်း} ၊ {M:သွေးသန့်စင်ခြင်း} တစ်ပတ် နှစ်ကြိမ် ၊ မှတ်ပုံတင် ၁၂/မရက(နိုင်)၄၄၁၇၇၂ ။"
            ),
            my(
                "နေရပ်လိပ်စာ အမှတ် ၄၇ ၊ ၁၉ လမ်း ၊ လသာမြို့နယ် ၊ ရန်ကုန် ၊ ဖုန်း ၀၉ ၄၄၁ ၇၇၂ ၀၉၁ ၊ သမီး မသီတာဝင်း နှင့် ခင်ပွန်း ဦးအောင်ကျော် ။"
            ),
            my(
                "သင်္ကြန် အကြိုနေ့ ၁၃ ဧပြီ ၂၀၂၄ တွင် ဆေးရုံတက် ၊ တန်ဆောင်မုန်းလပြည့်နေ့ ဆေးရုံဆင်း ၊ ဆရာဝန် ဒေါက်တာ ဇော်မင်းထွန်း ၊ SAMA မှတ်ပုံတင် ၅၂၉၈၁ ။"
            ),
            my(
                "the only woman thanaka seller on 19th Street with a transplant ; ဆိုင်ကယ် YGN/9J-4417 ; KBZPay ၀၉၇၃၆၁၄၂၈၀၅ ။"
            ),
            my(
                "{L:ပိုတက်စီယမ်} {X:5.8 mmol/L} ; {L:ဟီမိုဂလိုဘင်} {X:8.4 g/dL} ; {D:အီရီသရိုပိုအီတင်} {X:4000 IU} ; {D:ferrous sulphate} {X:200 mg} ; {M:ultrasound} ။"
            ),
            mm(
                "Lab printout (Yangon General Hospital) | Patient: Khin Myat Noe | Ref. Dr Zaw Min Htun | {L:Urea} {X:28.1 mmol/L} H ({X:2.5-7.5}) | {L:Creatinine} {X:842 µmol/L} H | {L:Bicarbonate} {X:14 mmol/L} L | {L:Phosphate} {X:2.4 mmol/L} H | {O:Burkholderia} negative"
            ),
            mm(
                "{D:calcium carbonate} {X:1.25 g} TDS; {D:amlodipine} ({D:Norvasc}) {X:10 mg}; {O:Plasmodium vivax} treated with {D:chloroquine}; {O:hepatitis C virus} {D:sofosbuvir}; {V:T11-T12} {vertebral fracture}."
            ),
        ],
        planted=[
            ("name/recorded in Burmese script glued to Daw (phrase)", "ခင်မြတ်နိုး"),
            ("social security number/NRC in Burmese digits", "၁၂/မရက(နိုင်)၄၄၁၇၇၂"),
            ("geographic/house number and street in Burmese (phrase)", "အမှတ် ၄၇ ၊ ၁၉ လမ်း ၊ လသာမြို့နယ်"),
            ("telephone/MM mobile in Burmese digits", "၀၉ ၄၄၁ ၇၇၂ ၀၉၁"),
            ("name/daughter after မ (phrase)", "သီတာဝင်း"),
            ("name/husband glued to ဦး (phrase)", "အောင်ကျော်"),
            ("date/Thingyan eve in Burmese digits", "သင်္ကြန် အကြိုနေ့ ၁၃ ဧပြီ ၂၀၂၄"),
            ("date/Burmese calendar full moon of Tazaungmon (phrase)", "တန်ဆောင်မုန်းလပြည့်နေ့"),
            ("name/doctor after ဒေါက်တာ (phrase)", "ဇော်မင်းထွန်း"),
            ("licence number/SAMA registration in Burmese digits", "၅၂၉၈၁"),
            (
                "other unique identifier/occupation unique in a street",
                "the only woman thanaka seller on 19th Street with a transplant",
            ),
            ("vehicle identifier/motorbike plate MM", "YGN/9J-4417"),
            ("account number/KBZPay wallet in Burmese digits", "၀၉၇၃၆၁၄၂၈၀၅"),
            ("name/recorded in Latin, no surname", "Khin Myat Noe"),
            ("name/doctor in Latin after Dr", "Zaw Min Htun"),
        ],
    ),
    # 10. Phnom Penh, Cambodia (Khmer, Khmer digits): melioidosis, AKI on CKD
    Patient(
        name="Sok Chanthy",
        mrn="CMH-២០២៤-៤៤១៧",
        birth="1950-01-07",
        notes=[
            km(
                "អ្នកជំងឺ៖ លោកស្រី សុខ ចាន់ធី អាយុ ៧៤ឆ្នាំ {ខ្សោយតម្រងនោមស្រួចស្រាវ} ដោយ {O:Burkholderia pseudomallei}; {D:ceftazidime} {X:2 g} រៀងរាល់ ៨ ម៉ោង; {D:meropenem}។"
            ),
            km(
                "អាសយដ្ឋាន៖ ផ្ទះលេខ ៤៧ ផ្លូវ ២៧១ សង្កាត់ទឹកថ្លា ខណ្ឌសែនសុខ រាជធានីភ្នំពេញ; ទូរស័ព្ទ ០១២ ៤៤១ ៧៧២; កូនប្រុស ឈឹម វិចិត្រ។"
            ),
            km(
                "ចូលមន្ទីរពេទ្យនៅថ្ងៃភ្ជុំបិណ្ឌ ឆ្នាំ២០២៤ ចេញនៅថ្ងៃទី៧ ខែមករា ២០២៥; វេជ្ជបណ្ឌិត ហេង សុភាព លេខចុះបញ្ជី ម.វ. ០៥២៩៨១។"
            ),
            km(
                "ស្នាមរលាកនៅកខាងស្តាំ; អត្តសញ្ញាណប័ណ្ណ ០១០៤៤១៧៧២; ម៉ូតូ ភ្នំពេញ 1AB-4417; ABA 004 417 720; ប័ណ្ណមូលនិធិសមធម៌ IDPoor 12-04-4417-7720។"
            ),
            km(
                "{L:គ្រេអាទីនីន} {X:4.1 mg/dL}; {L:ប៉ូតាស្យូម} {X:6.0 mmol/L}; {M:ការលាងឈាម} {X:3 ដង}; {M:CT ពោះ} បង្ហាញ {splenic abscess}; {D:co-trimoxazole} {X:960 mg} រយៈពេល {X:12 សប្តាហ៍}។"
            ),
            km(
                "ចៅស្រី ស្រីនាង ផ្ញើសារ Telegram; អ៊ីមែល sokchanthy50 អាត់ gmail ដត់ com; {L:HbA1c} {X:9.2%}; {D:insulin glargine} ({D:Lantus}) {X:18 units}; {E:Kussmaul breathing} មិនមាន។"
            ),
        ],
        planted=[
            ("name/recorded in Khmer script surname first after លោកស្រី (phrase)", "សុខ ចាន់ធី"),
            (
                "geographic/Phnom Penh house, street, sangkat, khan (phrase)",
                "ផ្ទះលេខ ៤៧ ផ្លូវ ២៧១ សង្កាត់ទឹកថ្លា ខណ្ឌសែនសុខ",
            ),
            ("telephone/KH mobile in Khmer digits", "០១២ ៤៤១ ៧៧២"),
            ("name/son surname first (phrase)", "ឈឹម វិចិត្រ"),
            ("date/festival Pchum Ben with year (phrase)", "ថ្ងៃភ្ជុំបិណ្ឌ ឆ្នាំ២០២៤"),
            ("date/Khmer in words with Khmer digits (phrase)", "ថ្ងៃទី៧ ខែមករា ២០២៥"),
            ("name/doctor after វេជ្ជបណ្ឌិត (phrase)", "ហេង សុភាព"),
            ("licence number/Medical Council of Cambodia in Khmer digits", "០៥២៩៨១"),
            ("other unique identifier/burn scar on the neck (phrase)", "ស្នាមរលាកនៅកខាងស្តាំ"),
            ("social security number/KH national ID in Khmer digits", "០១០៤៤១៧៧២"),
            ("vehicle identifier/motorbike plate Phnom Penh", "1AB-4417"),
            ("account number/ABA account", "004 417 720"),
            ("health plan number/IDPoor equity card", "12-04-4417-7720"),
            ("name/granddaughter (phrase)", "ស្រីនាង"),
            ("email/obfuscated km អាត់ ដត់", "sokchanthy50 អាត់ gmail ដត់ com"),
        ],
    ),
    # 11. Kandy, Sri Lanka (Sinhala; English of Sri Lanka): CKD of uncertain aetiology, transplant
    Patient(
        name="W. A. Kumari Perera",
        mrn="NHK/TX/0447",
        birth="1976-05-23",
        notes=[
            si(
                "රෝගියා: ඩබ්ලිව්. ඒ. කුමාරි පෙරේරා මහත්මිය, වයස 48; {නිදන්ගත වකුගඩු රෝගය}; {වකුගඩු බද්ධ කිරීම} 2021; {D:ටැක්‍රොලිමස්} {X:3 mg}."
            ),
            si(
                "ලිපිනය: අංක 47/2, පේරාදෙණිය පාර, ගැටඹේ, මහනුවර; දුරකථන 081 238 4417, ජංගම 077 441 7720; සැමියා සුනිල් ජයසිංහ."
            ),
            si("වෙසක් පෝය දිනයේ ඇතුළත් කළා, 2024 මැයි 23; වෛද්‍ය චමින්ද රත්නායක, SLMC ලියාපදිංචි අංකය 44177."),
            lk(
                "NIC 197664401772; passport N5298136; Kumari's daughter Dilhani works at the Temple of the Tooth; she is the only woman Kandyan dancer in the transplant programme."
            ),
            lk(
                "Transplant clinic letter. Dear Dr Rathnayake, Mrs W.A.K. Perera ({S:KDIGO G3a A2}) had {acute cellular rejection}, {S:Banff 1B}; {D:methylprednisolone} {X:500 mg} x 3; {D:basiliximab} ({D:Simulect}) at induction; {L:donor-specific antibodies} {X:MFI 1800}; {O:JC virus} negative."
            ),
            lk(
                "Three-wheeler CP QA-4417; email kumari.perera76 at sltnet dot lk; Ceylinco health policy HP/44/1772/09; the hospital's {CKDu} cohort: {D:glyphosate} exposure history; {L:urinary β2-microglobulin} {X:4.8 mg/L}; {V:L4/L5} {spondylosis}."
            ),
            si(
                "{L:ක්‍රියැටිනින්} {X:1.6 mg/dL}; {D:මයිකොෆෙනොලේට්} {X:720 mg}; {M:අල්ට්‍රා සවුන්ඩ්} ; {D:prednisolone} {X:5 mg}; {O:Leptospira interrogans} {leptospirosis} 2019."
            ),
        ],
        planted=[
            ("name/recorded in Sinhala script, initials first (phrase)", "කුමාරි පෙරේරා"),
            (
                "geographic/Sri Lankan address with number and road (phrase)",
                "අංක 47/2, පේරාදෙණිය පාර, ගැටඹේ",
            ),
            ("telephone/LK landline", "081 238 4417"),
            ("telephone/LK mobile", "077 441 7720"),
            ("name/husband in Sinhala (phrase)", "සුනිල් ජයසිංහ"),
            ("date/holiday Vesak Poya (phrase)", "වෙසක් පෝය දිනයේ"),
            ("date/Sinhala with year and month", "2024 මැයි 23"),
            ("name/doctor after වෛද්‍ය (phrase)", "චමින්ද රත්නායක"),
            ("licence number/SLMC registration", "SLMC ලියාපදිංචි අංකය 44177"),
            ("social security number/NIC LK new form", "197664401772"),
            ("other unique identifier/passport LK", "N5298136"),
            ("name/recorded given name with a possessive", "Kumari's"),
            ("name/daughter", "Dilhani"),
            ("geographic/daughter's workplace, a landmark", "Temple of the Tooth"),
            (
                "other unique identifier/occupation unique in a programme",
                "the only woman Kandyan dancer in the transplant programme",
            ),
            ("name/doctor in a letter's salutation", "Rathnayake"),
            ("name/recorded with initials joined", "W.A.K. Perera"),
            ("vehicle identifier/three-wheeler plate LK", "CP QA-4417"),
            ("email/obfuscated at dot", "kumari.perera76 at sltnet dot lk"),
            ("health plan number/private health policy", "HP/44/1772/09"),
        ],
    ),
    # 12. Quezon City, Philippines (Tagalog, Taglish): PD, an SMS reminder and a chat
    Patient(
        name="Maria Luningning Dela Cruz Bautista",
        mrn="NKTI-PD-2024-4417",
        birth="1932-10-31",
        notes=[
            tl(
                'Pasyente: Gng. Maria Luningning "Ning" Dela Cruz Bautista, siyamnapu\'t dalawang taong gulang, {peritoneal dialysis} mula 2020; {D:Dianeal} {X:1.5%}; {peritonitis} dahil sa {O:Pseudomonas aeruginosa}.'
            ),
            tl(
                "Tirahan: 47 Kalye Maginhawa, Brgy. Teachers Village East, Lungsod Quezon 1101; cel 0917 441 7720; apo si Lovely Bautista at anak na si Kuya Jun-Rey."
            ),
            tl(
                "Na-admit noong Araw ng mga Patay, 1 Nobyembre 2024, at umuwi bago mag-Simbang Gabi; doktor: Dra. Rowena Santos-Lim, PRC Lic. No. 0114177."
            ),
            tl(
                "PhilHealth PIN 12-044177209-1; SSS 34-4417720-9; UMID CRN 0111-4417-7209; GCash 0917 441 7721 sa pangalan ng apo."
            ),
            tl(
                "SMS: Gud pm po Lola Ning! Paalala: PET test bukas 8am sa NKTI. Reply YES. Jeep ng pamilya: plate NCL 4417; may tattoo of a jeepney with the word LOLA on her left calf."
            ),
            tl(
                "Chat ng pamilya (Messenger): @lovelybautista: Ma, inom na ng {D:sevelamer} ({D:Renvela}) {X:800 mg}! #LabanLolaNing; e-mail ng apo: lovely.bautista@yahoo.com.ph; IP 112.198.44.177."
            ),
            tl(
                "{L:albumin} {X:2.9 g/dL}; {L:Kt/V} {X:1.6}; {D:ceftazidime} {X:1 g} IP; {D:gentamicin} cream sa {exit site}; {M:chest X-ray}; {O:Mycobacterium tuberculosis} dati, {D:rifampicin} tapos na; {V:L4-L5}."
            ),
            tl(
                "Selfie ni Lola para sa PhilHealth ID: 20241101_083015.jpg; {L:hemoglobin} {X:10.1 g/dL}."
            ),
        ],
        planted=[
            (
                "name/recorded with nickname in quotes and two surnames",
                'Maria Luningning "Ning" Dela Cruz Bautista',
            ),
            ("age over 89/Tagalog in words", "siyamnapu't dalawang taong gulang"),
            ("geographic/street and barangay", "47 Kalye Maginhawa, Brgy. Teachers Village East"),
            ("geographic/city with ZIP", "Lungsod Quezon 1101"),
            ("telephone/PH mobile", "0917 441 7720"),
            ("name/granddaughter, given name an ordinary word", "Lovely Bautista"),
            ("name/son after Kuya with a double nickname", "Jun-Rey"),
            ("date/holiday All Souls' Day with date", "Araw ng mga Patay, 1 Nobyembre 2024"),
            ("date/festival Simbang Gabi", "bago mag-Simbang Gabi"),
            ("name/doctor after Dra. with hyphenated surname", "Rowena Santos-Lim"),
            ("licence number/PRC licence", "0114177"),
            ("health plan number/PhilHealth PIN", "12-044177209-1"),
            ("social security number/SSS number", "34-4417720-9"),
            ("other unique identifier/UMID CRN", "0111-4417-7209"),
            ("account number/GCash wallet", "0917 441 7721"),
            ("name/recorded nickname after Lola in an SMS", "Ning"),
            ("vehicle identifier/PH plate on a jeep", "NCL 4417"),
            (
                "other unique identifier/tattoo",
                "tattoo of a jeepney with the word LOLA on her left calf",
            ),
            ("url/Messenger @username", "@lovelybautista"),
            ("name/recorded nickname in a hashtag", "#LabanLolaNing"),
            ("email/plain", "lovely.bautista@yahoo.com.ph"),
            ("ip address/IPv4", "112.198.44.177"),
            ("full-face photograph/selfie file name", "20241101_083015.jpg"),
        ],
    ),
    # 13. Hargeisa, Somaliland (Somali; a referral to Nairobi in English)
    Patient(
        name="Faadumo Cabdi Xirsi",
        mrn="HGH-4417",
        birth="1931-07-01",
        notes=[
            so(
                "Bukaanka: Marwo Faadumo Cabdi Xirsi (Faadumo Dheere), da'deedu waa sagaashan iyo saddex jir; {cudurka kelyaha} oo daran; {M:sifaynta dhiigga} toddobaadkii laba jeer."
            ),
            so(
                "Cinwaanka: Xaafadda Jigjiga Yar, Degmada Maxamuud Xaaybe, Hargeysa, agagaarka Masjidka Sheekh Cali; tel. +252 63 441 7720; wiilkeeda Maxamed Faarax Cabdi."
            ),
            so(
                "Waxay timid 1da Luulyo 2024 (Maalinta Xorriyadda), waxay baxday Ciidul Adxa kadib; dhakhtarka: Dr. Cabdiraxmaan Jaamac Warsame, diiwaanka SLMC-HG 0447."
            ),
            so(
                "Waa the only woman camel trader on the Hargeisa livestock market; ZAAD 063 441 7720; gaariga SL-4417-B; kaarka aqoonsiga SL-ID 0044177209."
            ),
            so(
                "{L:kreatiniin} {X:7.4 mg/dL}; {L:haemoglobin} {X:7.9 g/dL}; {D:epoetin alfa} {X:4000 IU}; {O:Schistosoma mansoni} hore; {D:praziquantel} {X:40 mg/kg}; {E:Kimmelstiel-Wilson} ma jiro."
            ),
            so(
                "Gabadheeda Hodan Yare ayaa la socota; iimayl: hodan.faarax (at) hotmail (dot) com; faraha farsamada: faraha ayaa la qaaday garoonka Cigaal."
            ),
            sol(
                "Referral to Nairobi: Mrs F. C. Xirsi, a 93-year-old on {HD} via {M:right internal jugular tunnelled catheter}; {D:heparin} {X:2000 IU}; {L:ferritin} {X:1240 µg/L}; {O:Brucella} serology negative; {V:L1} {compression fracture}; contact grand-nephew Guuleed on +254 722 441 772."
            ),
        ],
        planted=[
            ("name/recorded name chain after Marwo", "Faadumo Cabdi Xirsi"),
            ("name/nickname 'the tall one'", "Faadumo Dheere"),
            ("age over 89/Somali in words", "sagaashan iyo saddex jir"),
            (
                "geographic/Hargeisa neighbourhood and district",
                "Xaafadda Jigjiga Yar, Degmada Maxamuud Xaaybe",
            ),
            ("geographic/landmark near a mosque", "agagaarka Masjidka Sheekh Cali"),
            ("telephone/Somaliland mobile", "+252 63 441 7720"),
            ("name/son name chain", "Maxamed Faarax Cabdi"),
            ("date/Somali with Independence Day", "1da Luulyo 2024"),
            ("date/holiday Eid al-Adha relative", "Ciidul Adxa kadib"),
            ("name/doctor after Dr.", "Cabdiraxmaan Jaamac Warsame"),
            ("licence number/Somaliland Medical Council", "SLMC-HG 0447"),
            (
                "other unique identifier/occupation unique on a market",
                "the only woman camel trader on the Hargeisa livestock market",
            ),
            ("account number/ZAAD mobile money", "063 441 7720"),
            ("vehicle identifier/plate Somaliland", "SL-4417-B"),
            ("social security number/Somaliland ID", "0044177209"),
            ("name/daughter, with nickname 'the little one'", "Hodan Yare"),
            ("email/obfuscated (at) (dot)", "hodan.faarax (at) hotmail (dot) com"),
            (
                "biometric identifier/fingerprints at the airport",
                "faraha ayaa la qaaday garoonka Cigaal",
            ),
            ("name/recorded as initials in a referral", "F. C. Xirsi"),
            ("age over 89/NN-year-old", "93-year-old"),
            ("name/grand-nephew", "Guuleed"),
            ("telephone/KE mobile", "+254 722 441 772"),
        ],
    ),
    # 14. Port-au-Prince, Haiti (Haitian Creole; a CDA fragment): cholera AKI, sickle cell nephropathy
    Patient(
        name="Dieula Pierre-Louis",
        mrn="HUEH-24-44177",
        birth="1988-01-01",
        notes=[
            ht(
                "Pasyan: Madan Dieula Pierre-Louis, 36 an, {ensifizans renal egi} apre {O:Vibrio cholerae}; {D:sewòm Ringer laktat} {X:4 L}; {L:kreyatinin} {X:5.2 mg/dL}; {M:emodyaliz} twa fwa."
            ),
            ht(
                "Adrès: Ri Kapwa #47, Katye Bwa Vèna, Pòtoprens, HT6110; telefòn +509 3441 7720; manman li Mercidieu Joseph, tonton Wilner."
            ),
            ht(
                "Li antre jou Kanaval 2024, li soti premye janvye, jou Endepandans; doktè: Dr Ketly Jean-Baptiste, nimewo lisans MSPP 4417-PAP."
            ),
            ht(
                "NIF 004-417-720-9; CIN 01-04-99-1988-01-00447; MonCash 3441 7721; machin AA-52981; yon mak brili an fòm kè sou do men goch li."
            ),
            ht(
                '<patientRole><id extension="HUEH-24-44177" root="2.16.332.1.4417"/><patient><name><given>Dieula</given><family>Pierre-Louis</family></name><birthTime value="19880101"/></patient></patientRole> {drepanositoz} ({G:HbSS}); {D:hydroxyurea} {X:500 mg}.'
            ),
            ht(
                "{L:potasyòm} {X:6.8 mmol/L}; {D:kalsyòm glikonat} {X:10 mL}; {D:ensilin} ak {D:glikoz}; {O:Salmonella Typhi} negatif; {E:Fanconi} non; {V:T8} {vètèb an H}; imel dieula.pl88 nan gmail pwen com."
            ),
        ],
        planted=[
            (
                "name/recorded after Madan, given name an ordinary word (God-there)",
                "Dieula Pierre-Louis",
            ),
            ("geographic/Port-au-Prince street and quarter", "Ri Kapwa #47, Katye Bwa Vèna"),
            ("geographic/postcode HT", "HT6110"),
            ("telephone/HT mobile", "+509 3441 7720"),
            ("name/mother, given name an ordinary word (thank God)", "Mercidieu Joseph"),
            ("name/uncle after tonton", "Wilner"),
            ("date/holiday Carnival with year", "Kanaval 2024"),
            ("date/Creole in words, Independence Day", "premye janvye"),
            ("name/doctor after Dr", "Ketly Jean-Baptiste"),
            ("licence number/MSPP licence", "4417-PAP"),
            ("social security number/NIF", "004-417-720-9"),
            ("other unique identifier/CIN national card", "01-04-99-1988-01-00447"),
            ("account number/MonCash", "3441 7721"),
            ("vehicle identifier/plate HT", "AA-52981"),
            (
                "other unique identifier/burn scar shaped like a heart",
                "yon mak brili an fòm kè sou do men goch li",
            ),
            ("medical record number/in a CDA id extension", "HUEH-24-44177"),
            (
                "name/recorded in CDA given/family elements (phrase)",
                "<given>Dieula</given><family>Pierre-Louis</family>",
            ),
            ("date/birth in a CDA birthTime", "19880101"),
            ("email/obfuscated ht nan pwen", "dieula.pl88 nan gmail pwen com"),
        ],
    ),
    # 15. San Fernando, Trinidad and Tobago (English of Trinidad): a dialysis run sheet
    Patient(
        name="Indira Ramdass-Baptiste",
        mrn="SFGH 0447712",
        birth="1966-11-01",
        notes=[
            tt(
                "HAEMODIALYSIS RUN SHEET | Pt: RAMDASS-BAPTISTE, Indira | Reg # SFGH 0447712 | Machine: Nipro Surdial X s/n 22KX04471 | Chair 6 | {L:Pre-weight} {X:71.4 kg} | {L:Post-weight} {X:68.9 kg} | {L:BP} {X:162/88} | {D:Heparin} {X:1000 IU} bolus | Nurse: Sr. Charmaine Alleyne"
            ),
            tt(
                "Address: LP 47 Rahamut Trace, Penal Rock Road, Penal; home 1-868-647-4417, cell 1-868-744-1772; her aunt, Tanty Dolly (Doolarie Ramdass), takes her to dialysis in a maxi-taxi, plate HDA 4417."
            ),
            tt(
                "Admitted on Divali 2024 with {fluid overload}; discharged on Carnival Tuesday; next review the Friday after Corpus Christi; Dr Vishnu Maharaj, Medical Board of Trinidad and Tobago reg. no. MBTT 4417."
            ),
            tt(
                "National ID 19661101044; driver's permit DP 447172; NIS number 1044177; she is the only woman steelpan tuner in Marabella; email indira.rb at tstt dot net dot tt."
            ),
            tt(
                "{L:Potassium} {X:6.3 mmol/L} (ref {X:3.5-5.1}) H; {L:Hb} {X:8.8 g/dL} L; {D:Epoetin beta} ({D:NeoRecormon}) {X:4000 IU} x3/wk; {D:Sevelamer carbonate} {X:1.6 g} TDS; {D:Calcitriol} {X:0.25 mcg}; {L:URR} {X:68%}."
            ),
            tt(
                "{O:Leptospira} serology negative after the floods; {D:Metformin} stopped; {D:Insulin NPH} ({D:Humulin N}) {X:12 units}; {M:Doppler ultrasound} of the {AV fistula}: {L:flow} {X:900 mL/min}; {V:C5-C6} {cervical spondylosis}; {E:Charcot foot} on the right."
            ),
            tt(
                "Fax cover sheet - To: Dr V. Maharaj, SFGH Renal Unit; Fax: 1-868-652-4419; From: Nephrocare Pharmacy; Re: Mrs I. Ramdass-Baptiste; WhatsApp from her son Kavir: wa.me/18687441773."
            ),
            tt(
                "Photo ID badge picture taken at registration, file PXL_20241031_141522.jpg; {D:Epoetin beta} dose unchanged."
            ),
        ],
        planted=[
            ("name/recorded surname first in capitals on a run sheet", "RAMDASS-BAPTISTE, Indira"),
            ("medical record number/hospital registration on a run sheet", "SFGH 0447712"),
            ("device identifier/dialysis machine serial s/n", "22KX04471"),
            ("name/nurse after Sr. (Sister)", "Charmaine Alleyne"),
            (
                "geographic/TT lightpole (LP) address with trace and road",
                "LP 47 Rahamut Trace, Penal Rock Road, Penal",
            ),
            ("telephone/TT home with 1-868", "1-868-647-4417"),
            ("telephone/TT cell", "1-868-744-1772"),
            ("name/aunt's nickname after Tanty", "Dolly"),
            ("name/aunt's full name in brackets", "Doolarie Ramdass"),
            ("vehicle identifier/maxi-taxi plate TT (H for hire)", "HDA 4417"),
            ("date/holiday Divali with year", "Divali 2024"),
            ("date/holiday Carnival Tuesday", "Carnival Tuesday"),
            ("date/relative to Corpus Christi", "the Friday after Corpus Christi"),
            ("name/doctor after Dr", "Vishnu Maharaj"),
            ("licence number/MBTT registration", "MBTT 4417"),
            ("social security number/TT national ID with birth date", "19661101044"),
            ("licence number/driver's permit", "DP 447172"),
            ("other unique identifier/NIS number", "1044177"),
            (
                "other unique identifier/occupation unique in a town",
                "the only woman steelpan tuner in Marabella",
            ),
            ("email/obfuscated at dot dot", "indira.rb at tstt dot net dot tt"),
            ("name/doctor as initial and surname on a fax cover", "V. Maharaj"),
            ("fax/TT fax on a cover sheet", "1-868-652-4419"),
            ("name/recorded as initial and surname", "I. Ramdass-Baptiste"),
            ("name/son", "Kavir"),
            ("url/WhatsApp click-to-chat link", "wa.me/18687441773"),
            ("full-face photograph/phone camera file name", "PXL_20241031_141522.jpg"),
        ],
    ),
    # 16. Lusaka, Zambia (English of Zambia, Bemba words): HIVAN, a pharmacy note
    Patient(
        name="Memory Chanda Mwale",
        mrn="UTH/REN/24/4417",
        birth="1979-07-06",
        notes=[
            zm(
                "Discharge letter, University Teaching Hospital, Lusaka, file UTH/REN/24/4417. Name: Memory Chanda Mwale, 45, {HIV-associated nephropathy}; on {D:tenofovir alafenamide}/{D:emtricitabine}/{D:dolutegravir} ({D:TAF/FTC/DTG}); {L:CD4} {X:310 cells/µL}; {L:viral load} {X:< 50 copies/mL}."
            ),
            zm(
                "Residence: Plot 4417, off Chilimbulu Road, Libala South, near the Libala Baptist Church; cell 0977 441 772; sister Precious Mwale and her husband Given Banda; her mother is called Bana Chanda."
            ),
            zm(
                "Admitted on Heroes Day 2024 (1 July) and discharged on Independence Day; review on the Tuesday after Farmers' Day; Dr Mwansa Kapwepwe, HPCZ reg. no. 4417/MED."
            ),
            zm(
                "NRC 447172/10/1; NHIMA member no. 1044177209; Airtel Money 0977 441 773; her minibus plate ALB 4417 ZM; she bears a tribal scarification of three lines on each cheek."
            ),
            zm(
                "Pharmacy note: dispensed {D:amlodipine} {X:10 mg} OD, {D:furosemide} ({D:Lasix}) {X:40 mg} BD, {D:co-trimoxazole} {X:960 mg} OD; {D:isoniazid} preventive therapy with {D:pyridoxine} {X:25 mg}; collected by Blessings (nephew); signed T. Zulu, pharm tech."
            ),
            zm(
                "{L:creatinine} {X:388 µmol/L} (ref {X:45-90}); {L:urine protein:creatinine ratio} {X:560 mg/mmol}; {M:renal ultrasound}: echogenic enlarged kidneys; {O:Cryptococcus neoformans} antigen negative; {O:Schistosoma haematobium} eggs absent; {V:L3} {Schmorl node}."
            ),
            zm(
                "Calendar invite: BEGIN:VEVENT SUMMARY:Renal clinic ATTENDEE;CN=Memory Mwale:mailto:memorymwale79@gmail.com DTSTART:20250114T083000 LOCATION:UTH Renal Clinic END:VEVENT"
            ),
        ],
        planted=[
            ("name/recorded, given name an ordinary word", "Memory Chanda Mwale"),
            ("medical record number/file number with slashes", "UTH/REN/24/4417"),
            (
                "geographic/Lusaka plot, road and township",
                "Plot 4417, off Chilimbulu Road, Libala South",
            ),
            ("geographic/landmark church", "near the Libala Baptist Church"),
            ("telephone/ZM mobile", "0977 441 772"),
            ("name/sister, given name an ordinary word", "Precious Mwale"),
            ("name/brother-in-law, given name an ordinary word", "Given Banda"),
            ("name/mother as a teknonym after Bana", "Chanda"),
            ("date/holiday Heroes Day with date", "Heroes Day 2024 (1 July)"),
            ("date/holiday ZM Independence Day", "Independence Day"),
            ("date/relative to Farmers' Day", "the Tuesday after Farmers' Day"),
            ("name/doctor after Dr", "Mwansa Kapwepwe"),
            ("licence number/HPCZ registration", "4417/MED"),
            ("social security number/ZM NRC", "447172/10/1"),
            ("health plan number/NHIMA member", "1044177209"),
            ("account number/Airtel Money", "0977 441 773"),
            ("vehicle identifier/minibus plate ZM", "ALB 4417 ZM"),
            (
                "other unique identifier/scarification",
                "a tribal scarification of three lines on each cheek",
            ),
            ("name/nephew, given name an ordinary word", "Blessings"),
            ("name/pharmacy technician as initial and surname", "T. Zulu"),
            ("name/recorded in an iCalendar CN", "CN=Memory Mwale"),
            ("email/in an iCalendar mailto", "memorymwale79@gmail.com"),
            ("date/appointment in an iCalendar DTSTART", "20250114T083000"),
        ],
    ),
    # 17. Suva, Fiji (English of Fiji, Fijian): diabetic nephropathy, a vCard
    Patient(
        name="Adi Litia Tuivanuavou",
        mrn="CWMH 44177",
        birth="1961-10-10",
        notes=[
            fjen(
                "Colonial War Memorial Hospital renal unit. Adi Litia Tuivanuavou, 63, of Nabua, {diabetic nephropathy}, {CKD stage 5}; started {M:haemodialysis} at the Kidney Foundation of Fiji; {D:insulin mixtard} ({D:Mixtard 30/70}) {X:20 units} BD."
            ),
            fj(
                "Na nona koro: Lot 47, Ratu Dovi Road, Nadera, Nasinu; yavusa Nakorovou, tikina Rewa; na luvena yalewa o Mere Tuivanuavou kei na watina o Ratu Josaia Nawaqa."
            ),
            fjen(
                "Admitted on Fiji Day, 10 October 2024, her birthday; discharged after Diwali; Dr Kamlesh Prasad, Fiji Medical and Dental Council reg. MD 4417; phone 330 4417, mobile 927 4417."
            ),
            fjen(
                "TIN 44-17720-9-1; FNPF member 1044177; voter card VC 5093186; she is the only woman sevens referee in Fiji; minivan plate LT 4417."
            ),
            fjen(
                "BEGIN:VCARD FN:Mere Tuivanuavou TEL;TYPE=cell:+679 927 4418 EMAIL:mere.tuiva@connect.com.fj NOTE:daughter of patient END:VCARD"
            ),
            fjen(
                "{L:HbA1c} {X:8.6%}; {L:potassium} {X:5.7 mmol/L}; {L:creatinine} {X:640 µmol/L}; {D:kava} use stopped; {O:Burkholderia pseudomallei} serology negative; {O:Leptospira} {leptospirosis} in 2012; {D:doxycycline}; {E:Kussmaul} breathing absent; {V:L2-L3}."
            ),
            fj(
                "{D:Amlodipine} {X:5 mg}; {D:Aspirin} {X:100 mg}; {M:ultrasound}; {L:Hb} {X:9.4 g/dL}; {D:Iron sucrose} ({D:Venofer}) {X:200 mg}."
            ),
        ],
        planted=[
            ("name/recorded with the chiefly title Adi", "Adi Litia Tuivanuavou"),
            ("geographic/suburb", "of Nabua"),
            ("geographic/Fiji lot and road address", "Lot 47, Ratu Dovi Road, Nadera, Nasinu"),
            ("geographic/clan and district (yavusa, tikina)", "yavusa Nakorovou, tikina Rewa"),
            ("name/daughter", "Mere Tuivanuavou"),
            ("name/son-in-law with the chiefly title Ratu", "Ratu Josaia Nawaqa"),
            ("date/holiday Fiji Day with full date", "Fiji Day, 10 October 2024"),
            ("date/festival Diwali relative", "after Diwali"),
            ("name/doctor after Dr", "Kamlesh Prasad"),
            ("licence number/FMDC registration", "MD 4417"),
            ("telephone/FJ landline", "330 4417"),
            ("telephone/FJ mobile", "927 4417"),
            ("social security number/FJ TIN", "44-17720-9-1"),
            ("other unique identifier/FNPF member", "1044177"),
            ("other unique identifier/voter card", "VC 5093186"),
            (
                "other unique identifier/occupation unique in a country",
                "the only woman sevens referee in Fiji",
            ),
            ("vehicle identifier/plate FJ", "LT 4417"),
            ("name/daughter in a vCard FN", "FN:Mere Tuivanuavou"),
            ("telephone/in a vCard TEL", "+679 927 4418"),
            ("email/in a vCard", "mere.tuiva@connect.com.fj"),
        ],
    ),
    # 18. Manama, Bahrain (English of Bahrain): sickle cell disease, a referral e-mail
    Patient(
        name="Hessa Ebrahim Al Mannai",
        mrn="SMC-4417720",
        birth="1985-12-16",
        notes=[
            bh(
                "From: nephrology.smc@health.gov.bh To: Dr Noora Al Khalifa Subject: Referral - Hessa Ebrahim Al Mannai, CPR 851244177, {sickle cell nephropathy} with {papillary necrosis}; {L:Hb} {X:7.6 g/dL}; {D:hydroxyurea} ({D:Siklos}) {X:1 g}."
            ),
            bh(
                "Address: Flat 12, Building 447, Road 1772, Block 338, Adliya; mobile +973 3944 1772; husband Yusuf Jassim Bucheeri; her father is Hajji Ebrahim."
            ),
            bh(
                "Admitted on Bahrain National Day, 16 December 2024, discharged on the first day of Eid al-Fitr; follow-up in Ramadan 1446; NHRA licence PH-4417 for Dr Noora."
            ),
            bh(
                "She is the only Bahraini woman pearl diver; her car plate is 441772 (private, Bahrain); Benefit Pay account BH67 BMAG 0000 1299 1234 56; Instagram @hessa.dives."
            ),
            bh(
                "{L:creatinine} {X:112 µmol/L}; {L:urine albumin:creatinine ratio} {X:88 mg/mmol}; {D:voxelotor} considered; {D:crizanlizumab} ({D:Adakveo}); {M:CT urogram}; {O:Salmonella} {osteomyelitis} of {V:T9}; {E:Fanconi} not present."
            ),
            bh(
                "{D:morphine} PCA; {D:folic acid} {X:5 mg}; {D:enalapril} {X:5 mg}; {L:HbS} {X:82%}; {L:LDH} {X:510 U/L}; exchange transfusion; {G:HbF} {X:14%}; logged in from 37.131.44.17."
            ),
            bh(
                "Passport-style face photo uploaded to the portal as face_upload_88231.jpg; {L:Hb} {X:8.1 g/dL} after exchange."
            ),
        ],
        planted=[
            ("name/recorded with Al in an e-mail subject", "Hessa Ebrahim Al Mannai"),
            ("name/doctor in a To: header", "Noora Al Khalifa"),
            ("social security number/Bahrain CPR", "851244177"),
            (
                "geographic/Bahrain flat, building, road, block",
                "Flat 12, Building 447, Road 1772, Block 338, Adliya",
            ),
            ("telephone/BH mobile", "+973 3944 1772"),
            ("name/husband", "Yusuf Jassim Bucheeri"),
            ("name/father after Hajji", "Ebrahim"),
            (
                "date/holiday Bahrain National Day with date",
                "Bahrain National Day, 16 December 2024",
            ),
            ("date/holiday Eid al-Fitr relative", "the first day of Eid al-Fitr"),
            ("date/Hijri month with year", "Ramadan 1446"),
            ("licence number/NHRA licence", "PH-4417"),
            ("name/doctor's given name alone", "Dr Noora"),
            (
                "other unique identifier/occupation unique in a country",
                "the only Bahraini woman pearl diver",
            ),
            ("vehicle identifier/plate BH digits only", "441772 (private, Bahrain)"),
            ("account number/IBAN BH", "BH67 BMAG 0000 1299 1234 56"),
            ("url/Instagram handle", "@hessa.dives"),
            ("ip address/IPv4", "37.131.44.17"),
            ("full-face photograph/portal upload file name", "face_upload_88231.jpg"),
        ],
    ),
    # 19. St Helier, Jersey (English of Jersey, Jèrriais place names): IgA nephropathy, transplant letter
    Patient(
        name="Marguerite Le Cornu",
        mrn="GH-J 44177",
        birth="1930-06-09",
        notes=[
            je(
                "Transplant clinic letter, General Hospital, St Helier. Re: Mrs Marguerite Le Cornu, Clos de Mon Plaisir, La Rue de la Hougue Bie, Grouville, JE3 9UR; a nonagenarian with a {deceased-donor kidney transplant} (1998) for {IgA nephropathy}."
            ),
            je(
                "Dear Dr Renouf, she remains well; {L:creatinine} {X:118 µmol/L} (ref {X:45-84}); {L:tacrolimus level} {X:5.4 µg/L}; {D:tacrolimus} ({D:Adoport}) {X:1 mg} BD; {D:azathioprine} ({D:Imuran}) {X:50 mg}; {D:prednisolone} {X:5 mg}."
            ),
            je(
                "Her son Philippe Le Cornu and his partner Hope drive her to the clinic; home 01534 854417, mobile 07797 441772; social security number JY 52 98 13 C; car plate J 44177."
            ),
            je(
                "She was admitted on Liberation Day 2024 and went home the week after the Battle of Flowers; she was the only woman Jersey Battle of Flowers float builder on dialysis, before her transplant."
            ),
            je(
                "{M:DEXA}: {V:L1-L4} T-score {X:-2.8}; {D:alendronic acid} {X:70 mg} weekly; {O:BK virus} {X:<500 copies/mL}; {L:eGFR} {X:38 mL/min/1.73m²}; {S:Oxford MEST-C} M1 E0 S1 T1 C0 at diagnosis; {E:Berger disease}."
            ),
            je(
                "cc: Dr Thomas Renouf, GP, Les Quennevais Surgery, GMC 4417720; her signature pad record (handwriting biometrics) is held by the Parish Hall; email m.lecornu at jerseymail dot co dot uk."
            ),
        ],
        planted=[
            ("name/recorded with the particle Le", "Marguerite Le Cornu"),
            (
                "geographic/Jersey house name and road",
                "Clos de Mon Plaisir, La Rue de la Hougue Bie, Grouville",
            ),
            ("geographic/postcode JE", "JE3 9UR"),
            ("age over 89/nonagenarian", "a nonagenarian"),
            ("name/GP in a salutation", "Dr Renouf"),
            ("name/son", "Philippe Le Cornu"),
            ("name/son's partner, given name an ordinary word", "Hope"),
            ("telephone/JE landline", "01534 854417"),
            ("telephone/JE mobile", "07797 441772"),
            ("social security number/Jersey", "JY 52 98 13 C"),
            ("vehicle identifier/plate Jersey", "J 44177"),
            ("date/holiday Liberation Day with year", "Liberation Day 2024"),
            ("date/relative to the Battle of Flowers", "the week after the Battle of Flowers"),
            (
                "other unique identifier/role unique on an island",
                "the only woman Jersey Battle of Flowers float builder on dialysis",
            ),
            ("name/GP full name after cc:", "Thomas Renouf"),
            ("geographic/GP surgery with place name", "Les Quennevais Surgery"),
            ("licence number/GMC", "GMC 4417720"),
            (
                "biometric identifier/handwriting biometrics on a signature pad",
                "signature pad record (handwriting biometrics)",
            ),
            ("email/obfuscated at dot dot dot", "m.lecornu at jerseymail dot co dot uk"),
        ],
    ),
    # 20. Gaborone, Botswana (English of Botswana, Setswana): preeclampsia AKI, lab printout
    Patient(
        name="Boitumelo Kgosietsile",
        mrn="PMH-4417-24",
        birth="1991-09-30",
        notes=[
            bw(
                "Princess Marina Hospital. Mma Boitumelo Kgosietsile, 33, {postpartum acute kidney injury} after {preeclampsia} with {HELLP syndrome}; {D:magnesium sulphate} {X:4 g} load; {D:labetalol} {X:200 mg} TDS; {D:nifedipine} ({D:Adalat XL}) {X:30 mg}."
            ),
            tn(
                "Aterese: Plot 44177, Block 8, Gaborone; mogala 71 441 772; monna wa gagwe Rra Kagiso Molefe; mmaagwe Mma Mpho Kgosietsile; ngwana wa gagwe Lorato."
            ),
            bw(
                "Admitted on Sir Seretse Khama Day, 1 July 2024; discharged on Botswana Day; Dr Onkarabile Seretse-Masire, BHPC reg. 4417/MP; Omang 447127219."
            ),
            bw(
                "LAB REPORT PMH-4417-24 | fax results to 395 3118 | {L:Platelets} {X:62 x10^9/L} L ({X:150-400}) | {L:ALT} {X:188 U/L} H | {L:LDH} {X:920 U/L} H | {L:Creatinine} {X:412 µmol/L} H ({X:49-90}) | {L:Uric acid} {X:0.52 mmol/L} H | {L:sFlt-1/PlGF ratio} {X:214} H"
            ),
            bw(
                "Orange Money 71 441 773; car plate B 447 BCA; BOMaid member 4417720-01; she has a burn scar shaped like the map of Botswana on her back; Facebook: Tumi Kgosietsile."
            ),
            bw(
                "{M:haemodialysis} x4 via {M:femoral catheter}; {D:enoxaparin} ({D:Clexane}) {X:40 mg}; {O:Cryptococcus} negative; {O:Mycobacterium tuberculosis} GeneXpert negative; {D:ceftriaxone}; {L:urine output} {X:0.3 mL/kg/h}; {V:L4}; {S:KDIGO AKI stage 3}."
            ),
            bw(
                "Omang photo re-taken on the ward, saved as CAM00918.jpg; {L:creatinine} {X:236 µmol/L} on recovery."
            ),
        ],
        planted=[
            ("name/recorded after Mma, given name an ordinary word (joy)", "Boitumelo Kgosietsile"),
            ("geographic/Gaborone plot and block", "Plot 44177, Block 8, Gaborone"),
            ("telephone/BW mobile", "71 441 772"),
            ("name/husband after Rra, given name an ordinary word (peace)", "Kagiso Molefe"),
            ("name/mother after Mma, given name an ordinary word (gift)", "Mpho Kgosietsile"),
            ("name/child, given name an ordinary word (love)", "Lorato"),
            ("date/holiday Sir Seretse Khama Day with date", "Sir Seretse Khama Day, 1 July 2024"),
            ("date/holiday Botswana Day", "Botswana Day"),
            ("name/doctor with a double surname", "Onkarabile Seretse-Masire"),
            ("licence number/BHPC registration", "4417/MP"),
            ("social security number/Omang", "447127219"),
            ("account number/Orange Money", "71 441 773"),
            ("vehicle identifier/plate BW", "B 447 BCA"),
            ("health plan number/BOMaid", "4417720-01"),
            ("medical record number/in a lab report header", "PMH-4417-24"),
            ("fax/BW fax in a lab report header", "395 3118"),
            (
                "other unique identifier/burn scar",
                "a burn scar shaped like the map of Botswana on her back",
            ),
            ("name/recorded as a nickname on Facebook", "Tumi Kgosietsile"),
            ("full-face photograph/camera file name", "CAM00918.jpg"),
        ],
    ),
]

# Clinical prose with no identifier in it: every term and word must survive; one or more
# notes in every language of the patients.
TERM_NOTES: list[Note] = [
    ja(
        "{E:アルポート症候群}（{G:COL4A5}）：{血尿}と{感音難聴}；{D:ラミプリル}ではなく{D:エナラプリル} {X:5 mg}；{L:尿蛋白/クレアチニン比} {X:1.2 g/gCr}；{M:腎生検}で{基底膜の菲薄化}。"
    ),
    ja(
        "{E:ファブリー病}：{L:α-ガラクトシダーゼA活性} {X:低値}、{D:ミガーラスタット}（{D:ガラフォルド}）{X:123 mg}隔日；{M:心臓MRI}；{L:lyso-Gb3} {X:12 nmol/L}；{V:L3/L4}の{腰痛}。"
    ),
    ja(
        "{イタイイタイ病}（{カドミウム腎症}）と{水俣病}の鑑別；{L:尿中β2ミクログロブリン} {X:12,400 µg/L}；{D:ロキサデュスタット}（{D:エベレンゾ}）{X:70 mg}週3回；{D:エボカルセト}。"
    ),
    ur(
        "{E:گڈپاسچر سنڈروم}: {L:اینٹی جی بی ایم} {X:۱۲۰ یونٹ}؛ {M:پلازما فیریسس}؛ {D:سائیکلو فاسفامائیڈ} {X:۲ ملی گرام/کلو}؛ {D:میتھائل پریڈنیسولون} {X:۵۰۰ ملی گرام}؛ {پھیپھڑوں سے خون}۔"
    ),
    pk(
        "{O:Salmonella Typhi} XDR with {AKI}: {D:azithromycin} {X:1 g} and {D:meropenem} {X:1 g} TDS; {L:creatinine} {X:3.1 mg/dL}; {O:Plasmodium falciparum} smear negative; {E:Widal test} unreliable; {V:T12} {spondylodiscitis}."
    ),
    pa(
        "{D:ਮੈਟਫਾਰਮਿਨ} ਬੰਦ, {D:ਲੀਨਾਗਲਿਪਟਿਨ} {X:੫ ਮਿ.ਗ੍ਰਾ.}; {L:ਕਰੀਏਟੀਨਿਨ} {X:੩.੨ mg/dL}; {M:ਅਲਟਰਾਸਾਊਂਡ}; {ਪਿਸ਼ਾਬ ਵਿੱਚ ਪ੍ਰੋਟੀਨ}; {L:HbA1c} {X:8.1%}।"
    ),
    inn(
        "{E:Kimmelstiel-Wilson} nodules on {M:light microscopy}; {D:finerenone} ({D:Kerendia}) {X:10 mg}; {D:empagliflozin} ({D:Jardiance}) {X:10 mg}; {L:UACR} {X:420 mg/g}; {S:KDIGO G4 A3}; {V:L5-S1} {radiculopathy}."
    ),
    am(
        "{የኩላሊት ጠጠር}፤ {L:ካልሲየም በሽንት} {X:320 mg/ቀን}፤ {D:ሃይድሮክሎሮታያዛይድ} {X:25 mg}፤ {D:ፖታሲየም ሲትሬት}፤ {M:ሲቲ ስካን}፤ {O:Proteus mirabilis}፤ {struvite stones}።"
    ),
    am(
        "{E:Wilms tumour} ታሪክ፤ {G:WT1}፤ {M:ኔፍሬክቶሚ}፤ {D:vincristine}፤ {L:ፕሮቲን በሽንት} {X:1.1 g/ቀን}፤ {V:T10-T11}።"
    ),
    hy(
        "{E:Բարտերի համախտանիշ}, {L:կալիում} {X:2,9 մմոլ/լ}; {D:ինդոմետացին} {X:25 մգ}; {D:սպիրոնոլակտոն} ({D:Վերոշպիրոն}) {X:50 մգ}; {M:ուլտրաձայնային հետազոտություն}; {նեֆրոկալցինոզ}."
    ),
    kk(
        "{E:Гудпасчер синдромы}: {L:анти-GBM антиденелер} {X:210 U/мл}; {M:плазмаферез} {X:7 сеанс}; {D:ритуксимаб} {X:375 мг/м²}; {D:преднизолон} {X:1 мг/кг}; {V:Th12–L1} сынық жоқ; {O:Хантаан вирусы} теріс."
    ),
    az(
        "{E:Alport sindromu} ({G:COL4A3}); {D:ramipril} {X:2,5 mq}; {L:proteinuriya} {X:1,4 q/gün}; {O:Krım-Konqo hemorragik qızdırması} virusu mənfi; {M:audiometriya}; {V:C6-C7}."
    ),
    mk(
        "{E:Фабриева болест}: {D:агалзидаза бета} ({D:Fabrazyme}) {X:1 mg/kg}; {L:лизо-Gb3} {X:18 nmol/L}; {M:ехокардиографија}; {V:L4-L5} {дискус хернија}; {O:Leptospira} негативна."
    ),
    my(
        "{ကျောက်ကပ်ကျောက်} ; {L:ယူရစ်အက်ဆစ်} {X:9.2 mg/dL} ; {D:allopurinol} {X:100 mg} ; {D:febuxostat} ({D:Feburic}) {X:40 mg} ; {M:CT KUB} ; {O:Escherichia coli} ။"
    ),
    mm(
        "{O:Orientia tsutsugamushi} {scrub typhus} with {AKI}; {D:doxycycline} {X:100 mg} BD; {L:platelets} {X:48 x10^9/L}; {E:Weil-Felix} OX-K positive; {O:Japanese encephalitis virus} IgM negative."
    ),
    km(
        "{ជំងឺតម្រងនោមរ៉ាំរ៉ៃ}; {L:អេម៉ូក្លូប៊ីន} {X:9.0 g/dL}; {D:erythropoietin} {X:4000 IU}; {O:Dengue virus} NS1 អវិជ្ជមាន; {M:ultrasound}; {D:iron sucrose} {X:100 mg}។"
    ),
    si(
        "{වකුගඩු ගල්}; {D:පැරසිටමෝල්} {X:1 g}; {L:ක්‍රියැටිනින්} {X:2.1 mg/dL}; {O:Leptospira} ; {M:CT}; {D:ceftriaxone} {X:2 g}; {V:L2}."
    ),
    lk(
        "{CKD of uncertain aetiology} (Uddanam and Sri Lankan {Mesoamerican nephropathy} pattern): {chronic tubulointerstitial nephritis} on {M:biopsy}; {L:serum uric acid} {X:0.48 mmol/L}; {D:sodium bicarbonate} {X:1 g} TDS; {O:Hantavirus} IgG negative."
    ),
    tl(
        "{E:Henoch-Schönlein purpura} ({IgA vasculitis}): {L:urinalysis} {X:RBC 30-50/hpf}; {D:prednisone} {X:1 mg/kg}; {D:losartan} ({D:Cozaar}) {X:50 mg}; {M:kidney biopsy}; {S:Oxford MEST-C} M1 E1 S0 T0 C1; {O:Streptococcus pyogenes}."
    ),
    tl(
        "{leptospirosis} pagkatapos ng baha: {O:Leptospira interrogans}; {D:penicillin G} {X:1.5 MU} q6h; {L:bilirubin} {X:8.4 mg/dL}; {E:Weil disease}; {M:hemodialysis} {X:3 sessions}."
    ),
    so(
        "{E:Fanconi syndrome} ka dib {D:tenofovir}; {L:fosfeet} {X:0.6 mmol/L}; {D:potassium citrate}; {O:Mycobacterium tuberculosis}; {D:rifampicin} {X:600 mg}; {V:L1-L2} {Pott disease}."
    ),
    sol(
        "{Rift Valley fever} with {AKI}: {O:Rift Valley fever virus} PCR positive; {L:ALT} {X:640 U/L}; {M:haemodialysis}; {O:Brucella melitensis} serology negative; {D:ceftriaxone}."
    ),
    ht(
        "{E:Sendwòm Alport}; {D:lizinopril} {X:10 mg}; {L:pwoteyin nan pipi} {X:2 g/jou}; {O:Vibrio cholerae} O1; {D:doksisiklin} {X:300 mg}; {M:ekografi}; {V:L3-L4}."
    ),
    tt(
        "{E:Goodpasture syndrome} with {pulmonary haemorrhage}: {M:plasma exchange} {X:14 sessions}; {D:cyclophosphamide} ({D:Endoxan}) {X:2 mg/kg}; {L:anti-GBM} {X:160 U/mL}; {D:methylprednisolone} {X:1 g}; {S:Birmingham Vasculitis Activity Score} {X:18}."
    ),
    tt(
        "{O:Leptospira} after the rains; {dengue shock} with {AKI}; {O:Dengue virus serotype 2}; {M:CRRT} with {D:citrate} anticoagulation; {L:ionised calcium} {X:1.02 mmol/L}; {E:Starling forces}."
    ),
    zm(
        "{HIV-associated nephropathy} ({HIVAN}): {G:APOL1} high-risk genotype G1/G2; {D:dolutegravir} ({D:Tivicay}) {X:50 mg}; {L:cystatin C} {X:2.1 mg/L}; {O:Cryptococcus neoformans}; {D:fluconazole} ({D:Diflucan}) {X:800 mg}; {V:L5}."
    ),
    zm(
        "{Schistosoma haematobium} {obstructive uropathy}: {O:Schistosoma haematobium}; {D:praziquantel} ({D:Biltricide}) {X:40 mg/kg}; {M:intravenous urogram}; {L:haematuria} {X:3+}; {bladder calcification}."
    ),
    fjen(
        "{E:Bowman capsule} rupture with {crescentic glomerulonephritis}; {L:ANCA MPO} {X:98 IU/mL}; {D:avacopan} ({D:Tavneos}) {X:30 mg} BD; {D:rituximab} {X:1 g}; {S:Berden classification} mixed; {O:Burkholderia pseudomallei} negative."
    ),
    fj(
        "{D:Metformin} {X:500 mg}; {L:HbA1c} {X:9.1%}; {M:ultrasound}; {diabetic foot ulcer}; {O:Staphylococcus aureus}; {D:flucloxacillin} {X:1 g}."
    ),
    bh(
        "{E:Bartter syndrome} type 4 ({G:BSND}); {L:chloride} {X:88 mmol/L}; {D:indomethacin} {X:50 mg}; {D:potassium chloride} ({D:Slow-K}) {X:1200 mg}; {E:Familial Mediterranean fever} excluded; {G:MEFV} negative; {V:T6}."
    ),
    je(
        "{E:Berger disease} ({IgA nephropathy}): {D:sparsentan} ({D:Filspari}) {X:400 mg}; {D:targeted-release budesonide} ({D:Kinpeygo}) {X:16 mg}; {L:proteinuria} {X:1.8 g/day}; {S:International IgAN Prediction Tool} {X:24%}; {V:L4/L5}."
    ),
    je(
        "{E:Liddle syndrome} ({G:SCNN1B}): {L:renin} suppressed, {L:aldosterone} {X:<50 pmol/L}; {D:amiloride} {X:10 mg}; {D:bendroflumethiazide} {X:2.5 mg}; {E:Gordon syndrome} excluded; {E:Cushing} excluded; {V:C5/C6}."
    ),
    bw(
        "{E:Castleman disease} with {AA amyloidosis}: {D:siltuximab} ({D:Sylvant}) {X:11 mg/kg}; {L:IL-6} {X:88 pg/mL}; {M:PET-CT}; {O:Kaposi sarcoma herpesvirus} ({O:HHV-8}) PCR positive; {E:Congo red} staining; {V:T4}."
    ),
    tn(
        "{D:Allopurinol} {X:100 mg}; {L:uric acid} {X:0.61 mmol/L}; {E:Lesch-Nyhan} excluded; {M:ultrasound}; {gout}; {D:colchicine} {X:0.5 mg}."
    ),
    ur(
        "{ذیابیطس کی وجہ سے گردے کی بیماری}؛ {D:انسولین گلارجین} {X:۲۰ یونٹ}؛ {L:یوریا} {X:۱۱۰ ملی گرام/ڈیسی لیٹر}؛ {M:الٹراساؤنڈ}؛ {D:ایمپاگلیفلوزن} ({D:جارڈینس}) {X:۱۰ ملی گرام}۔"
    ),
    kk(
        "{D:Такролимус} ({D:Програф}) {X:2 мг}; {L:такролимус деңгейі} {X:7,2 нг/мл}; {O:Цитомегаловирус} ПТР теріс; {D:валганцикловир} {X:450 мг}; {M:трансплантат биопсиясы}; {S:Banff} {X:IA}."
    ),
    hy(
        "{D:տակրոլիմուս} {X:2 մգ}; {O:BK վիրուս} {X:10^4 կրկնօրինակ/մլ}; {M:ԿՏ}; {E:Kussmaul} շնչառություն; {L:բիկարբոնատ} {X:14 մմոլ/լ}; {V:Th11/Th12}."
    ),
]
