# ruff: noqa: E501, RUF001  (a corpus: one note a line reads best; homoglyphs are planted)
"""An eleventh held-out corpus (2026-12-03), written by an outside examiner before it was
run against anything, and never shown to the de-identifier's authors.

Twelve synthetic nephrology patients (haemodialysis, peritoneal dialysis, transplant, AKI,
glomerular disease and drug reactions: lithium, NSAIDs, contrast, romosozumab, checkpoint
inhibitors, tacrolimus, aristolochic acid) from Erbil, Nangarhar, Pokhara, Nashik,
Surakarta, Cebu, Upolu, Kumasi, Kinshasa, Mekelle, Kashgar and Tainan, written in Central
Kurdish (Sorani, Arabic script, Eastern Arabic digits, the Kurdish calendar) and Northern
Kurdish (Kurmanji, Latin script), Pashto (Arabic script, Persian digits, the Solar Hijri
calendar with Pashto month names), Nepali (Devanagari, Nepali digits, Bikram Sambat),
Marathi (Devanagari, the Shaka calendar and its tithis), Javanese (krama and ngoko, the
pasaran weekdays) and Indonesian, Cebuano, Samoan, Twi (Akan day names, Ghana Post GPS
addresses), Lingala and the French of Congo, Tigrinya (Ge'ez script, the Ethiopian
calendar), Uyghur (Arabic script and its Latin transcription) and Chinese (simplified, of
Xinjiang; traditional, of Taiwan, with the Minguo calendar) and Taiwanese Hokkien
(Pe̍h-ōe-jī), and the English of Iraq, Afghanistan, Nepal, India, the Philippines, Samoa,
Ghana and Ethiopia (about a third of the notes), in shapes a clinic writes: a referral
letter, a discharge summary, a dialysis run sheet, a pharmacy label, an insurance card, a
WhatsApp or Viber or WeChat or LINE message, an e-mail header, a portal log, a
handwritten chart transcribed, OCR output with its errors.

Every person, number and address is invented (real town, street and institution names are
used as places, never with a real person). The large cities (Erbil, Jalalabad, Pokhara,
Nashik, Surakarta, Cebu, Apia, Kumasi, Kinshasa, Mekelle, Kashgar, Tainan) are written
only inside planted spans (an address, a facility, a plate), never alone as ordinary words.

The format is heldout4's to heldout10's (``tests/privacy/heldout4/corpus.py``): each
``Note`` is one free-text field in one language (a language tag, with its country or
script where it matters: ``en-GH``, ``ug-Latn``); clinical terms that must survive are
braced with a category letter (``CATEGORIES``); planted identifiers are listed per patient
as ``(kind, text)``, the kind being ``"<Safe Harbor kind>/<form>"``; a kind marked
``(phrase)`` is measured as a whole (a name in Devanagari, whose vowel signs split
heldout4's words into letters; a name in Chinese, written with no spaces; a name in spaced
letters). Every other word is an ordinary word of the note's language and should survive
too. ``DESCRIBED`` lists the words that describe a planted unique feature (part of the
identifier, not ordinary words); ``PARTICLES`` the particles of names, whose survival alone
is counted apart.

``SEALED`` (part B, a third of the patients) is the lead's blind measure: its figures are
reported, never what survives in it. ``PART_A`` is the rest.
"""

from __future__ import annotations

from tests.privacy.heldout4.corpus import CATEGORIES, Note, Patient
from tests.privacy.heldout7.corpus import _in  # a note in one language

__all__ = [
    "CATEGORIES",
    "DESCRIBED",
    "HELDOUT11",
    "PARTICLES",
    "PART_A",
    "SEALED",
    "TERM_NOTES",
    "Note",
    "Patient",
]

ckb, kmr, iq = (_in(x) for x in ("ckb", "kmr", "en-IQ"))
ps, af = (_in(x) for x in ("ps", "en-AF"))
ne, np_ = (_in(x) for x in ("ne", "en-NP"))
mr, inn = (_in(x) for x in ("mr", "en-IN"))
jv, idn = (_in(x) for x in ("jv", "id"))
ceb, ph = (_in(x) for x in ("ceb", "en-PH"))
sm, ws = (_in(x) for x in ("sm", "en-WS"))
tw, gh = (_in(x) for x in ("tw", "en-GH"))
ln, frcd = (_in(x) for x in ("ln", "fr-CD"))
ti, et = (_in(x) for x in ("ti", "en-ET"))
ug, ugl, zhs = (_in(x) for x in ("ug", "ug-Latn", "zh-Hans"))
zht, nan = (_in(x) for x in ("zh-Hant", "nan-Latn"))

ZW = "\u200b"  # zero-width space
ZWNJ = "\u200c"  # zero-width non-joiner
SHY = "\u00ad"  # soft hyphen
WJ = "\u2060"  # word joiner

# Name particles and honorifics glued into planted names: a survival of these alone is
# counted apart.
PARTICLES = {"nana", "bibi", "mbah", "mas", "inday", "maame", "auntie", "mama", "tata", "jan"}  # fmt: skip

DESCRIBED: list[str] = [
    "دەق لەسەر چەناگە و پشتی دەستی چەپ",
    "تاکە ژنە کە لە بازاڕی قەیسەری بەڕە دەچنێت",
    "د کامې ولسوالۍ یوازینۍ ښځه ده چې د مچیو ساتنه کوي",
    "د ښي لاس په شا د سوځیدو داغ",
    "दाहिने हातमा खुकुरीको ट्याटु",
    "अन्नपूर्ण सर्किट एक्लै पैदल पार गर्ने पहिलो गुरुङ महिला",
    "डाव्या हातावर नवऱ्याचे नाव गोंदवलेले",
    "ओझरच्या द्राक्ष बागायतदार संघाची एकमेव महिला अध्यक्ष",
    "siji-sijine sindhen wadon sing tau nembang ing pahargyan Kraton",
    "tapak lara kobong ing gulu kiwa",
    "tattoo nga rosaryo sa tuong buolbuol",
    "bugtong babaye nga referee sa liga sa basketbol sa barangay",
    "o le tufuga tā tatau fafine e toʻatasi i Savaiʻi",
    "malu ma le faʻailoga o le laumei i tua o le tulivae agavale",
    "Kuru bi a ɛfiri sekan ho wɔ ne nsam benkum",
    "ɔbaa baako pɛ a ɔyɛ fitter wɔ Suame Magazine",
    "mwasi se moko azali kokumba taxi-bus na ligne Victoire–UPN",
    "elembo ya kozika na loboko ya mwasi",
    "ኣብ ግንባራ ንቕሳት መስቀል",
    "ኣብ 1974 ዓ.ም. ናይ መቐለ ውድድር ብሽክለታ ዝሰዓረት ቀዳመይቲ ጓል ኣንስተይቲ",
    "كونا شەھەردىكى بىردىنبىر ئايال دۇتارچى",
    "سول بىلىكىدە ئانار شەكلىدىكى تاتۇ",
    "台南最後一位手繪電影看板女畫師",
    "右手背上的蓮花刺青",
]

HELDOUT11: list[Patient] = [
    # 1. Erbil, Kurdistan Region of Iraq (Sorani, Kurmanji, English of Iraq): lithium toxicity
    Patient(
        name="Shilan Qadir",
        mrn="RH-ERB-2024-0088172",
        birth="1933-03-21",
        notes=[
            ckb(
                "نەخۆش: شیلان قادر، تەمەنی نەوەد و یەک ساڵ، لە نەورۆزی ٢٦٣٣ی کوردی لەدایکبووە؛ ژمارەی تۆمار RH-ERB-2024-0088172. بە {ژەهراویبوونی لیسیۆم} و {شکستی توندی گورچیلە} هاتووە؛ {L:لیسیۆمی خوێن} {X:3.4 mmol/L}، {L:کرێاتینین} {X:4.1 mg/dL}."
            ),
            ckb(
                "ناونیشان: گەڕەکی ئازادی، کۆڵانی ٣١٢، خانووی ١٧، نزیک مزگەوتی حاجی ڕەسوڵ؛ مۆبایل ٠٧٥٠ ٤١٢ ٨٨٧٣. جوان هەموو بەیانییەک دەیهێنێت و لە کۆمپانیای کۆرەک تێلیکۆم کار دەکات."
            ),
            iq(
                "Referred by Dr. Rebaz Othman (KMS-9174) from Shaqlawa General Hospital on Thursday 14.03.2024: {D:lithium carbonate} {X:400 mg} BD for thirty years for {bipolar disorder}, lately {D:hydrochlorothiazide} {X:25 mg} and {D:ibuprofen} {X:400 mg} TDS; {L:serum sodium} {X:151 mmol/L}; {nephrogenic diabetes insipidus}; {M:haemodialysis} two sessions."
            ),
            kmr(
                "Şîlanê got ku ew ji Hecî Omeran e; pasaporta wê A11872265, qerta niştimanî 199304172281. Keça wê Jwan Qadir li malê alîkariyê dike. {D:Lîtyûm} hat rawestandin; {L:mîza 24 saetan} {X:6,2 L}; {M:ultrasona gurçikan} normal e."
            ),
            ckb(
                "تێبینی: دەق لەسەر چەناگە و پشتی دەستی چەپ هەیە؛ تاکە ژنە کە لە بازاڕی قەیسەری بەڕە دەچنێت. پەنجەمۆری لەسەر فۆرمی ڕەزامەندی داناوە. {D:فیورۆسێماید} ڕاگیرا؛ {L:پۆتاسیۆم} {X:5.8 mmol/L}؛ {M:ئێکۆی دڵ} ئاسایی بوو."
            ),
            iq(
                "WhatsApp from granddaughter Rozhan (+964 770 331 4528): Nana Gulê is drowsy again. Ward fax +964 66 222 4519; e-mail dayka.shilan@gmail.com; Telegram @hawler_kilim_91; photo IMG-20240314-WA0017.jpg uploaded from 37.236.14.92; family car Erbil 22 H 41877; Nikkiso DBB-07 console serial 7K04451."
            ),
            ckb(
                "لە دووەم ڕۆژی جەژنی ڕەمەزان (١٠ی نیسانی ٢٠٢٤) گەڕایەوە؛ {L:هیمۆگلۆبین} {X:9.1 g/dL}؛ {D:ئێریترۆپۆیەتین} {X:4000 IU}؛ {E:نیشانەی شڤۆستێک} نەبوو. کارتی بیمەی ئاسیا AI/HLT/55129؛ هەژماری بانکی FIB 7701 2293 4418."
            ),
            iq(
                f"Clinic card typed as SHILAN QA{ZW}DIR, the lab system as Sh\u0456lan and an old chart as S h i l a n; {{D:amiloride}} {{X:5 mg}} for residual {{polyuria}}; {{L:urine osmolality}} {{X:142 mOsm/kg}}; {{S:KDIGO stage 3}} AKI; {{V:L1}} {{osteoporotic wedge fracture}} on {{M:DEXA}}, {{D:romosozumab}} deferred."
            ),
        ],
        planted=[
            ("name/recorded in Sorani script", "شیلان قادر"),
            ("age over 89/in Sorani words", "تەمەنی نەوەد و یەک ساڵ"),
            (
                "date/birth on Newroz in the Kurdish calendar, Eastern Arabic digits",
                "نەورۆزی ٢٦٣٣ی کوردی",
            ),
            ("medical record number/hospital, city and year", "RH-ERB-2024-0088172"),
            (
                "geographic/quarter, alley and house in Sorani, the quarter an ordinary word",
                "گەڕەکی ئازادی، کۆڵانی ٣١٢، خانووی ١٧",
            ),
            ("geographic/landmark mosque named after a person", "نزیک مزگەوتی حاجی ڕەسوڵ"),
            ("telephone/IQ mobile in Eastern Arabic digits", "٠٧٥٠ ٤١٢ ٨٨٧٣"),
            ("name/daughter, an ordinary Sorani word (beautiful), no cue, sentence start", "جوان"),
            ("name/employer of the daughter in Sorani", "کۆمپانیای کۆرەک تێلیکۆم"),
            ("name/doctor after Dr.", "Rebaz Othman"),
            ("licence number/medical syndicate", "KMS-9174"),
            ("geographic/facility named after a town", "Shaqlawa General Hospital"),
            ("date/weekday and dotted date", "Thursday 14.03.2024"),
            ("name/recorded in Kurmanji with the oblique ending -ê", "Şîlanê"),
            ("geographic/town after ji, no cue", "Hecî Omeran"),
            ("other unique identifier/Iraqi passport number", "A11872265"),
            ("social security number/Iraqi unified national card, no separator", "199304172281"),
            ("name/daughter in Latin script with the family name", "Jwan Qadir"),
            (
                "other unique identifier/traditional deq facial tattoo in Sorani",
                "دەق لەسەر چەناگە و پشتی دەستی چەپ",
            ),
            (
                "other unique identifier/occupation unique in the bazaar, Sorani",
                "تاکە ژنە کە لە بازاڕی قەیسەری بەڕە دەچنێت",
            ),
            ("biometric identifier/thumbprint in Sorani", "پەنجەمۆری"),
            ("name/granddaughter after granddaughter", "Rozhan"),
            ("telephone/IQ mobile international", "+964 770 331 4528"),
            ("name/nickname with a Kurdish diminutive", "Nana Gulê"),
            ("fax/IQ landline international", "+964 66 222 4519"),
            ("email/with the recorded name", "dayka.shilan@gmail.com"),
            ("url/Telegram username", "@hawler_kilim_91"),
            ("full-face photograph/WhatsApp image file name", "IMG-20240314-WA0017.jpg"),
            ("ip address/IPv4 IQ", "37.236.14.92"),
            ("vehicle identifier/Erbil plate", "Erbil 22 H 41877"),
            ("device identifier/dialysis console serial", "7K04451"),
            (
                "date/second day of Eid al-Fitr in Sorani with the date",
                "دووەم ڕۆژی جەژنی ڕەمەزان (١٠ی نیسانی ٢٠٢٤)",
            ),
            ("health plan number/private insurer policy", "AI/HLT/55129"),
            ("account number/bank account grouped", "7701 2293 4418"),
            ("name/recorded in capitals with a zero-width space", f"SHILAN QA{ZW}DIR"),
            ("name/recorded with a Cyrillic homoglyph", "Sh\u0456lan"),
            ("name/recorded in spaced letters (phrase)", "S h i l a n"),
        ],
    ),
    # 2. Nangarhar, Afghanistan (Pashto, English of Afghanistan): contrast and diclofenac AKI
    Patient(
        name="Gulalai Shinwari",
        mrn="NRH-1403-22871",
        birth="1931-05-02",
        notes=[
            ps(
                "ناروغه ګلالۍ شینواري، درې نوي کلنه، د ۱۴۰۳ کال د غويي په ۱۲مه د زړه له {M:انجیوګرافۍ} وروسته راغله؛ د دوسیې شمېره NRH-1403-22871. {D:ډیکلوفیناک} {X:۵۰ ملي ګرامه} ورځ کې درې ځله خوړل؛ {L:کریاټینین} {X:۳٫۹ mg/dL}؛ {د کنټراسټ له امله د پښتورګو حاده صدمه}."
            ),
            ps(
                "پته: د بهسودو ولسوالۍ، سمرخیل کلی، د تلاشي څلورلارې ته نږدې؛ ټيليفون ۰۷۹۹ ۴۱۳ ۲۲۷. وحید هره ورځ ورسره راځي، شهزاده یې په موټر کې راولي. ډاکټر ذبیح الله امرخیل یې معالج دی."
            ),
            af(
                "Discharge summary, Nangarhar Regional Hospital, Nephrology: {D:iohexol} ({D:Omnipaque}) {X:180 mL} for {M:coronary angiography}; {D:diclofenac} stopped; {L:urine output} {X:0.3 mL/kg/h}; {M:haemodialysis} three sessions; {S:KDIGO stage 3}; {E:Mehran score} {X:14}. e-Tazkira 1400-0101-44718; Sehatmandi card SM-NGR-88213; AMC reg. AMC-44619 (Dr. Amarkhel)."
            ),
            ps(
                "ځانګړې نښې: د کامې ولسوالۍ یوازینۍ ښځه ده چې د مچیو ساتنه کوي، او د ښي لاس په شا د سوځیدو داغ لري. د تذکرې لپاره د سترګو سکن شوی. {L:پوټاشیم} {X:۶٫۱ mmol/L}؛ {D:کلسیم ګلوکونیټ} {X:۱۰ ml}؛ {M:ECG} کې {لوړې T څپې}."
            ),
            af(
                "From: wahid.jbd93 at gmail dot com. To: nephro-ward@nrh.gov.af. Subject: my mother Bibi Jan, bed 14. Her Omron M3 serial 20230811457LG reads 190/100; we sell honey at facebook.com/kama.shahad.asal; login from 2a02:4780:2c::19a; Azizi Bank account 0102-1187-4430-22; rickshaw NGR 3-44819."
            ),
            ps(
                "د لوی اختر په دریمه ورځ بیا داخله شوه؛ {L:هیموګلوبین} {X:۸٫۲ g/dL}؛ {D:اریتروپویټین} {X:۲۰۰۰ IU}؛ {M:التراسونډ} کې {پښتورګي کوچني} دي؛ {O:Escherichia coli} په ادرار کې؛ {D:سیفټریاکسون} {X:۱ ګرام}."
            ),
            af(
                "Old paper chart reads GULALAY SHENWARAI, the pharmacy label Gulalai Shin-\nwari; {D:amlodipine} {X:5 mg} OD; {D:sodium bicarbonate} {X:500 mg} TDS; {L:bicarbonate} {X:15 mmol/L}; {E:Kussmaul} breathing absent; {V:L4-L5} {spondylolisthesis} on {M:X-ray}. Phone +93 78 552 1190; photo tazkira_photo_0417.jpg."
            ),
            ps(
                "لمسی شهزاده خپل پیغام ولېږه: «نیا مې ښه ده، په جمعه د ماښام لمانځه وروسته مو کور ته راوړه.» {D:فوروسیمایډ} {X:۴۰ ملي ګرامه}؛ {L:سوډیم} {X:۱۳۲ mmol/L}؛ {S:eGFR} {X:۱۸}."
            ),
        ],
        planted=[
            ("name/recorded in Pashto script", "ګلالۍ شینواري"),
            ("age over 89/ninety-three in Pashto words", "درې نوي کلنه"),
            (
                "date/Solar Hijri with a Pashto month name, Persian digits",
                "د ۱۴۰۳ کال د غويي په ۱۲مه",
            ),
            ("medical record number/hospital and Solar Hijri year", "NRH-1403-22871"),
            ("geographic/district and village in Pashto", "د بهسودو ولسوالۍ، سمرخیل کلی"),
            ("geographic/landmark roundabout in Pashto", "د تلاشي څلورلارې"),
            ("telephone/AF mobile in Persian digits", "۰۷۹۹ ۴۱۳ ۲۲۷"),
            ("name/son, an ordinary Pashto word (unique), no cue, sentence start", "وحید"),
            ("name/grandson, an ordinary word (prince), no cue", "شهزاده"),
            ("name/doctor with Allah as a word of the name", "ذبیح الله امرخیل"),
            ("geographic/facility named after a province", "Nangarhar Regional Hospital"),
            ("social security number/e-Tazkira", "1400-0101-44718"),
            ("health plan number/Sehatmandi card", "SM-NGR-88213"),
            ("licence number/Afghanistan Medical Council", "AMC-44619"),
            ("name/doctor's family name alone after Dr.", "Amarkhel"),
            (
                "other unique identifier/occupation unique in the district, Pashto",
                "د کامې ولسوالۍ یوازینۍ ښځه ده چې د مچیو ساتنه کوي",
            ),
            ("other unique identifier/burn scar in Pashto", "د ښي لاس په شا د سوځیدو داغ"),
            ("biometric identifier/iris scan in Pashto", "د سترګو سکن"),
            ("email/obfuscated with at and dot", "wahid.jbd93 at gmail dot com"),
            ("email/ward address", "nephro-ward@nrh.gov.af"),
            ("name/nickname with honorifics (Bibi Jan)", "Bibi Jan"),
            ("device identifier/blood pressure monitor serial", "20230811457LG"),
            ("url/Facebook page without scheme", "facebook.com/kama.shahad.asal"),
            ("ip address/IPv6 compressed", "2a02:4780:2c::19a"),
            ("account number/bank account with dashes", "0102-1187-4430-22"),
            ("vehicle identifier/Nangarhar rickshaw plate", "NGR 3-44819"),
            ("date/third day of Eid al-Adha in Pashto", "د لوی اختر په دریمه ورځ"),
            ("name/recorded transliterated otherwise, capitals", "GULALAY SHENWARAI"),
            ("name/recorded with a line-break hyphenation", "Gulalai Shin-\nwari"),
            ("telephone/AF mobile international", "+93 78 552 1190"),
            ("full-face photograph/ID photo file name", "tazkira_photo_0417.jpg"),
            ("name/grandson after the Pashto word for grandson (phrase)", "لمسی شهزاده"),
            ("date/Friday after the evening prayer in Pashto", "په جمعه د ماښام لمانځه وروسته"),
        ],
    ),
    # 3. Pokhara, Nepal (Nepali in Devanagari, English of Nepal): transplant, BK virus
    Patient(
        name="Dhan Kumari Gurung",
        mrn="WRH-2080-44172",
        birth="1956-08-01",
        notes=[
            ne(
                "बिरामी धनकुमारी गुरुङ (६८ वर्ष), जन्म मिति वि.सं. २०१३ साउन १७, दर्ता नं. WRH-2080-44172। सात वर्षअघि {M:मृगौला प्रत्यारोपण} भएको; {D:ट्याक्रोलिमस} {X:२ मि.ग्रा.} बिहान बेलुका; {L:ट्याक्रोलिमस ट्रफ} {X:१४.२ ng/mL}; {L:क्रियाटिनिन} {X:२.६ mg/dL}।"
            ),
            ne(
                "ठेगाना: पोखरा महानगरपालिका वडा नं. १७, बिरौटा; सम्पर्क ९८५६०४४७१२; घरको फोन ०६१-५३१४४७। उहाँकी आमा, उमेर चौरानब्बे वर्ष, घान्द्रुकमा बस्नुहुन्छ र छोरा रेशम सँगै आउँछन्।"
            ),
            np_(
                "Referral from Dr. Surendra Thapa Magar (NMC No. 11473), Gandaki Medical College, dated 2080/11/05 BS (17 Feb 2024): {BK virus nephropathy} suspected; {L:BK viraemia} {X:4.2 log copies/mL}; {D:mycophenolate mofetil} reduced to {X:500 mg} BD; {O:BK polyomavirus} on {M:renal biopsy} with {L:SV40 staining} positive; {S:Banff} ci1 ct1."
            ),
            ne(
                "नागरिकता प्रमाणपत्र नं. ४१-०१-७७-०२२१८; स्वास्थ्य बीमा नं. ४५७१८८२३; श्रीमान् पूर्व ब्रिटिश गोर्खा सैनिक, सेवा नं. २११४७७१८। दाहिने हातमा खुकुरीको ट्याटु छ। {D:भ्यालगान्सिक्लोभिर} {X:४५० मि.ग्रा.}; {L:हेमोग्लोबिन} {X:९.४ g/dL}।"
            ),
            np_(
                "Viber from daughter Sunmaya (+977 9846 118 204): Aama has had fever since Dashain tika day, 12 October 2024. E-mail dhan.didi56@gmail.com; eSewa wallet 9806 447 130; scooter Ga 1 Pa 4417; glucometer On Call Plus SN 0G44172X8; passport photo DSC_0417_passport.JPG; portal login from 27.34.101.66."
            ),
            ne(
                "अन्नपूर्ण सर्किट एक्लै पैदल पार गर्ने पहिलो गुरुङ महिला भनेर उहाँ चिनिनुहुन्छ। गएको बिहीबार, तिहारको भाइटीकाको भोलिपल्ट, {ज्वरो} र {पिसाबमा पोल्ने}; {O:Escherichia coli}; {D:नाइट्रोफ्युरान्टोइन} रोकियो; {D:सेफ्ट्रियाक्सोन} {X:१ ग्राम}; {M:अल्ट्रासाउन्ड} मा {हाइड्रोनेफ्रोसिस} छैन।"
            ),
            np_(
                "Discharge: {D:tacrolimus} ({D:Prograf}) resumed at {X:1.5 mg} BD; {D:prednisolone} {X:5 mg}; {L:eGFR} {X:28 mL/min/1.73 m²}; {V:T12} {vertebral compression fracture} on {M:MRI}; {E:Cushingoid} habitus. Portal user dhankumari.g; next review on the Sunday after Buddha Jayanti."
            ),
            ne(
                f"पुरानो हस्तलिखित कार्ड: ध न कु मा री गु रु ङ; बुबाको नाम: भीमबहादुर गुरुङ; औषधि पसलको लेबलमा धनकु{ZW}मारी; {{D:एम्लोडिपिन}} {{X:५ मि.ग्रा.}}; {{L:रक्तचाप}} {{X:१५०/९० mmHg}}; {{S:CKD चरण ४}}।"
            ),
        ],
        planted=[
            ("name/recorded in Devanagari (phrase)", "धनकुमारी गुरुङ"),
            (
                "date/birth in Bikram Sambat with the Nepali month, Nepali digits",
                "वि.सं. २०१३ साउन १७",
            ),
            ("medical record number/hospital and Bikram Sambat year", "WRH-2080-44172"),
            (
                "geographic/metropolitan ward and locality in Nepali",
                "पोखरा महानगरपालिका वडा नं. १७, बिरौटा",
            ),
            ("telephone/NP mobile in Nepali digits, no separator", "९८५६०४४७१२"),
            ("telephone/Pokhara landline with its area code, Nepali digits", "०६१-५३१४४७"),
            ("age over 89/of the mother, ninety-four in Nepali words", "चौरानब्बे वर्ष"),
            ("geographic/village with the locative -मा", "घान्द्रुकमा"),
            ("name/son, an ordinary Nepali word (silk), no cue (phrase)", "रेशम"),
            ("name/doctor after Dr.", "Surendra Thapa Magar"),
            ("licence number/Nepal Medical Council", "11473"),
            ("geographic/facility named after a river and province", "Gandaki Medical College"),
            ("date/Bikram Sambat with slashes", "2080/11/05 BS"),
            ("date/day month-abbreviation year", "17 Feb 2024"),
            ("social security number/citizenship certificate in Nepali digits", "४१-०१-७७-०२२१८"),
            ("health plan number/Health Insurance Board in Nepali digits", "४५७१८८२३"),
            ("other unique identifier/Gurkha service number in Nepali digits", "२११४७७१८"),
            ("other unique identifier/khukuri tattoo in Nepali", "दाहिने हातमा खुकुरीको ट्याटु"),
            ("name/daughter after daughter, two ordinary words joined", "Sunmaya"),
            ("telephone/NP mobile international", "+977 9846 118 204"),
            ("date/Dashain tika with the date", "Dashain tika day, 12 October 2024"),
            ("email/with a kinship word and a year", "dhan.didi56@gmail.com"),
            ("account number/eSewa wallet", "9806 447 130"),
            ("vehicle identifier/old Gandaki zone scooter plate", "Ga 1 Pa 4417"),
            ("device identifier/glucometer serial", "0G44172X8"),
            ("full-face photograph/passport photo file name", "DSC_0417_passport.JPG"),
            ("ip address/IPv4 NP", "27.34.101.66"),
            (
                "other unique identifier/fame, first woman of her people in Nepali",
                "अन्नपूर्ण सर्किट एक्लै पैदल पार गर्ने पहिलो गुरुङ महिला",
            ),
            (
                "date/last Thursday, the day after Bhai Tika of Tihar, in Nepali",
                "गएको बिहीबार, तिहारको भाइटीकाको भोलिपल्ट",
            ),
            ("url/portal username", "dhankumari.g"),
            ("date/Sunday after a Buddhist holiday", "the Sunday after Buddha Jayanti"),
            ("name/recorded in spaced Devanagari syllables (phrase)", "ध न कु मा री गु रु ङ"),
            ("name/father, Bahadur (brave) joined (phrase)", "भीमबहादुर गुरुङ"),
            ("name/recorded with a zero-width space in Devanagari (phrase)", f"धनकु{ZW}मारी"),
        ],
    ),
    # 4. Nashik, Maharashtra (Marathi in Devanagari, English of India): romosozumab
    Patient(
        name="Sakhubai Jadhav",
        mrn="NCH/NSK/24/07719",
        birth="1929-04-06",
        notes=[
            mr(
                "रुग्ण: सखुबाई दत्तात्रय जाधव, वय पंचाण्णव वर्षे, केस क्र. NCH/NSK/24/07719. {अस्थिसुषिरता} साठी {D:रोमोसोझुमॅब} {X:२१० मि.ग्रॅ.} महिन्यातून एकदा सुरू केले; तिसऱ्या डोसनंतर {कॅल्शियमची कमतरता}: {L:कॅल्शियम} {X:६.८ mg/dL}, {L:पीटीएच} {X:४१० pg/mL}; {S:सीकेडी टप्पा ४}."
            ),
            mr(
                "पत्ता: मु. पो. सिन्नर, ता. सिन्नर, जि. नाशिक ४२२१०३; मुलगा विठ्ठल एचएएल ओझर कारखान्यात कामाला आहे; मोबाईल ९८२२० ४४७१९. आधार ४४१७ ८८२० ६६१३."
            ),
            inn(
                "Seen by Dr. Madhuri Kulkarni (MMC Reg. 2009/03/1447) at Sahyadri Hospital, Gangapur Road (fax 0253 257 1447), on Gudi Padwa, 9 April 2024: {D:romosozumab} ({D:Evenity}) withheld; {D:calcitriol} {X:0.25 mcg} OD; {D:calcium carbonate} {X:500 mg} BD; {L:25-hydroxyvitamin D} {X:11 ng/mL}; {M:DEXA} {L:T-score} {X:-3.4} at {V:L2-L4}; {E:Trousseau sign} positive."
            ),
            mr(
                "शके १९४५ फाल्गुन वद्य त्रयोदशीला छातीत दुखू लागले; {M:ईसीजी} मध्ये {एसटी उंचावणे}; {L:ट्रोपोनिन} {X:२.४ ng/mL}; {तीव्र हृदयविकाराचा झटका}; {D:रोमोसोझुमॅब}चा संबंध संशयित. डाव्या हातावर नवऱ्याचे नाव गोंदवलेले आहे."
            ),
            inn(
                "PM-JAY card PMJAY-MH-7K4419X; ration card 27-1144-0071-8812; UPI sakhu.jadhav@okaxis; the family WhatsApp group posts from Vitthalrao (+91 94221 53307); grandson's bike MH 15 GK 4471; photo WhatsApp Image 2024-04-10 at 09.14.22.jpeg; Dr. Morepen BP-02 serial BP02-2210447."
            ),
            mr(
                "ओझरच्या द्राक्ष बागायतदार संघाची एकमेव महिला अध्यक्ष; बोटांचे ठसे आधार नोंदणीत आहेत. गणेश चतुर्थीनंतरच्या मंगळवारी पुन्हा दाखल: {L:सोडियम} {X:१२८ mmol/L}; {D:टॉल्व्हॅप्टन} नाही; {M:सोनोग्राफी}त {मूत्रपिंड आकुंचन}."
            ),
            inn(
                "Typed in the portal as SAKHUBAI JADHAO, in the lab as Sakhu-\nbai Jadhav and on the label as Sakhubaai J.; {D:denosumab} avoided; {D:alendronate} contraindicated at {L:eGFR} {X:22 mL/min/1.73 m²}; {S:FRAX} {X:31%}; {V:T11} and {V:T12} {vertebral fractures}; {E:Paget disease} excluded; e-mail aai.sinnar1929@rediffmail.com; IP 117.214.88.41."
            ),
            mr(
                "नातू म्हणतो की आजीला चक्कर येते; {D:मेटोप्रोलॉल} {X:२५ मि.ग्रॅ.}; {L:हृदयाचे ठोके} {X:४८/मिनिट}; {M:होल्टर} चाचणी; {E:मोबिट्झ प्रकार १}; नातवाचा वाहन परवाना MH15 20110044719."
            ),
        ],
        planted=[
            ("name/recorded with the husband's name in Devanagari (phrase)", "सखुबाई दत्तात्रय जाधव"),
            ("age over 89/ninety-five in Marathi words", "पंचाण्णव वर्षे"),
            ("medical record number/hospital, town, year and serial", "NCH/NSK/24/07719"),
            (
                "geographic/village post, taluka, district and PIN in Marathi",
                "मु. पो. सिन्नर, ता. सिन्नर, जि. नाशिक ४२२१०३",
            ),
            ("name/son, a god's name, after मुलगा (phrase)", "विठ्ठल"),
            ("name/employer, inflected locative (phrase)", "एचएएल ओझर कारखान्यात"),
            ("telephone/IN mobile in Devanagari digits", "९८२२० ४४७१९"),
            ("social security number/Aadhaar in Devanagari digits", "४४१७ ८८२० ६६१३"),
            ("name/doctor after Dr.", "Madhuri Kulkarni"),
            ("licence number/Maharashtra Medical Council", "2009/03/1447"),
            (
                "geographic/facility named after mountains, with its road",
                "Sahyadri Hospital, Gangapur Road",
            ),
            ("fax/Nashik landline with its STD code, spaced", "0253 257 1447"),
            ("date/Gudi Padwa holiday with the date", "Gudi Padwa, 9 April 2024"),
            (
                "date/Shaka year, month and tithi, inflected, in Marathi",
                "शके १९४५ फाल्गुन वद्य त्रयोदशीला",
            ),
            (
                "other unique identifier/tattoo of the husband's name in Marathi",
                "डाव्या हातावर नवऱ्याचे नाव गोंदवलेले",
            ),
            ("health plan number/PM-JAY card", "PMJAY-MH-7K4419X"),
            ("other unique identifier/ration card", "27-1144-0071-8812"),
            ("account number/UPI ID", "sakhu.jadhav@okaxis"),
            ("name/son with the honorific suffix -rao joined", "Vitthalrao"),
            ("telephone/IN mobile international", "+91 94221 53307"),
            ("vehicle identifier/Maharashtra plate", "MH 15 GK 4471"),
            (
                "full-face photograph/WhatsApp image file name with a date",
                "WhatsApp Image 2024-04-10 at 09.14.22.jpeg",
            ),
            ("device identifier/blood pressure monitor serial", "BP02-2210447"),
            (
                "other unique identifier/occupation unique, only woman chair, in Marathi",
                "ओझरच्या द्राक्ष बागायतदार संघाची एकमेव महिला अध्यक्ष",
            ),
            ("biometric identifier/fingerprints in Marathi", "बोटांचे ठसे"),
            (
                "date/Tuesday after Ganesh Chaturthi, inflected, in Marathi",
                "गणेश चतुर्थीनंतरच्या मंगळवारी",
            ),
            ("name/recorded in capitals as a Marathi spelling", "SAKHUBAI JADHAO"),
            ("name/recorded with a line-break hyphenation", "Sakhu-\nbai Jadhav"),
            ("name/recorded with a doubled vowel and an initial", "Sakhubaai J."),
            ("email/with the village and the birth year", "aai.sinnar1929@rediffmail.com"),
            ("ip address/IPv4 IN", "117.214.88.41"),
            ("licence number/driving licence of the grandson", "MH15 20110044719"),
        ],
    ),
    # 5. Surakarta, Central Java (Javanese krama and ngoko, Indonesian): CAPD peritonitis
    Patient(
        name="Tentrem Rahayu",
        mrn="RSDM-PD-0044719",
        birth="1934-02-12",
        notes=[
            jv(
                "Pasien Ibu Tentrem Rahayu, yuswa sangang dasa taun, miyos dinten Senen Pon, 12 Februari 1934; nomer rekam medis RSDM-PD-0044719. Panjenenganipun ngagem {M:CAPD} wiwit kalih taun; {L:kreatinin} {X:9,4 mg/dL}; {peritonitis} sampun kaping kalih."
            ),
            jv(
                "Omahe ing Kampung Baluwarti RT 03 RW 05, Pasar Kliwon, Surakarta 57144, cedhak regol Kori Brajanala. Putune, Bejo, sing ngeterake saben minggu numpak motor AD 4471 XK. Nomer HP 0812-2671-4490."
            ),
            idn(
                "Rujukan dari dr. Bambang Wicaksono, Sp.PD-KGH (STR 3321100223144719), RSUD Dr. Moewardi, tanggal 3 Syawal 1445 H: {peritonitis terkait dialisis peritoneal}; {L:hitung sel dialisat} {X:1.200/µL} dengan {X:80%} {L:PMN}; {O:Staphylococcus aureus}; {D:vankomisin} {X:2 g} intraperitoneal; {D:seftazidim} {X:1 g}."
            ),
            jv(
                "NIK 3372 0452 0234 0002; BPJS Kesehatan 0001 4478 2219 3; rekening BRI 0382-01-044719-50-3. Ibu punika siji-sijine sindhen wadon sing tau nembang ing pahargyan Kraton, lan wonten tapak lara kobong ing gulu kiwa."
            ),
            idn(
                "[WA 14/04/24 21.07] Mas Joko: Mbah Tentrem meriang lagi, cairannya keruh. Email joko.baluwarti@yahoo.co.id; IG @sindhen_baluwarti; foto IMG_20240414_210455.jpg; cycler Baxter HomeChoice Claria SN HC8874512; akses portal dari 36.72.218.45."
            ),
            jv(
                "Ing dinten H+2 Lebaran, 12 April 2024, dipun opname malih; {L:albumin} {X:2,6 g/dL}; {D:furosemid} {X:40 mg}; {M:foto thorax} nedahaken {efusi pleura} tengen; {E:napas Kussmaul} mboten wonten."
            ),
            idn(
                "Ringkasan pulang: {D:asam mefenamat} dan {jamu} dihentikan; {D:eritropoietin} {X:3.000 IU} dua kali seminggu; {L:hemoglobin} {X:8,7 g/dL}; {L:feritin} {X:620 ng/mL}; {M:USG abdomen}; {V:L3-L4} {spondilosis}; {S:skor Charlson} {X:8}. Cucu yang bekerja di Batik Danar Hadi ikut menjaga."
            ),
            jv(
                "Kertu lawas: TENTREM RAHAJOE (ejaan lami), ing SMS Tentr3m R4hayu, ing kuitansi T e n t r e m; kaping pisan mlebet griya sakit tanggal 1 Sura 1957 Jawa. Sidik jari sampun dipun pindai. {D:amlodipin} {X:10 mg}; {L:kalium} {X:5,6 mmol/L}."
            ),
        ],
        planted=[
            ("name/recorded, the family name an ordinary Javanese word", "Tentrem Rahayu"),
            ("age over 89/ninety in Javanese krama words", "yuswa sangang dasa taun"),
            ("date/birth with the Javanese pasaran weekday", "Senen Pon, 12 Februari 1934"),
            ("medical record number/hospital and unit", "RSDM-PD-0044719"),
            (
                "geographic/kampung, RT/RW, kecamatan, city and postcode",
                "Kampung Baluwarti RT 03 RW 05, Pasar Kliwon, Surakarta 57144",
            ),
            ("geographic/landmark gate of the palace", "regol Kori Brajanala"),
            ("name/grandson, an ordinary Javanese word (lucky), between commas", "Bejo"),
            ("vehicle identifier/Surakarta motorbike plate", "AD 4471 XK"),
            ("telephone/ID mobile with dashes", "0812-2671-4490"),
            ("name/doctor after dr. with his specialist title", "Bambang Wicaksono"),
            ("licence number/STR registration", "3321100223144719"),
            ("geographic/facility named after a person", "RSUD Dr. Moewardi"),
            ("date/Hijri in Indonesian", "3 Syawal 1445 H"),
            ("social security number/NIK grouped", "3372 0452 0234 0002"),
            ("health plan number/BPJS", "0001 4478 2219 3"),
            ("account number/BRI account with dashes", "0382-01-044719-50-3"),
            (
                "other unique identifier/fame, the only palace singer, in Javanese",
                "siji-sijine sindhen wadon sing tau nembang ing pahargyan Kraton",
            ),
            ("other unique identifier/burn scar in Javanese", "tapak lara kobong ing gulu kiwa"),
            ("date/WhatsApp timestamp dd/mm/yy", "14/04/24 21.07"),
            ("name/grandson after Mas", "Mas Joko"),
            ("name/recorded after Mbah (grandmother)", "Mbah Tentrem"),
            ("email/with a place", "joko.baluwarti@yahoo.co.id"),
            ("url/Instagram username", "@sindhen_baluwarti"),
            ("full-face photograph/photo file name", "IMG_20240414_210455.jpg"),
            ("device identifier/peritoneal dialysis cycler serial", "HC8874512"),
            ("ip address/IPv4 ID", "36.72.218.45"),
            ("date/second day after Lebaran with the date", "H+2 Lebaran, 12 April 2024"),
            ("name/employer of the grandchild", "Batik Danar Hadi"),
            ("name/recorded in the old Dutch-era spelling", "TENTREM RAHAJOE"),
            ("name/recorded in leetspeak, digit for a letter (phrase)", "Tentr3m R4hayu"),
            ("name/recorded in spaced letters (phrase)", "T e n t r e m"),
            ("date/Javanese calendar new year", "1 Sura 1957 Jawa"),
            ("biometric identifier/fingerprints in Javanese", "Sidik jari"),
        ],
    ),
    # 6. Cebu, the Philippines (Cebuano, English of the Philippines): lupus nephritis
    Patient(
        name="Lourdes Alferez",
        mrn="VSMMC-24-031447",
        birth="1991-06-29",
        notes=[
            ceb(
                "Pasyente: Lourdes Tabada Alferez, 32 anyos, taga Purok 4, Barangay Tabunok, Talisay City; hospital no. VSMMC-24-031447. Na-diagnose og {lupus nephritis} {S:ISN/RPS class IV}; {L:anti-dsDNA} {X:480 IU/mL}; {L:C3} {X:0.41 g/L}; gihimoan og {M:kidney biopsy}."
            ),
            ceb(
                "Nagpuyo siya uban sa iyang lola nga 97 anyos na, si Lola Ising, ug sa iyang manghod nga si Dodong. Cellphone 0917 552 4418; landline (032) 254 1177. Nagtrabaho siya sa Tabunok Lechon House isip kahera."
            ),
            ph(
                "Seen by Dra. Imelda Sarmiento-Go (PRC Lic. No. 0114471) on Sinulog Sunday, 21 January 2024, results faxed to (032) 253 9984: {D:mycophenolate mofetil} ({D:CellCept}) {X:1 g} BID; {D:hydroxychloroquine} {X:200 mg} OD; {D:methylprednisolone} {X:500 mg} IV x3; {L:urine protein-creatinine ratio} {X:3.8 g/g}; {E:Libman-Sacks} endocarditis excluded on {M:2D echo}."
            ),
            ceb(
                "PhilHealth PIN 12-025514781-6; PhilSys PSN 4417-2289-1150-6634; GCash 0928 551 4472. Dunay tattoo nga rosaryo sa tuong buolbuol, ug siya ang bugtong babaye nga referee sa liga sa basketbol sa barangay. Ang {D:ibuprofen} nga gipalit sa botika gihunong; {L:creatinine} {X:1.9 mg/dL}."
            ),
            ph(
                "Messenger from her boyfriend, user jun.kalihim.0817: Lourdes Alferez's blood pressure is 170/110. Email lulu.alferez91@gmail.com; Facebook fb.com/lulu.referee.talisay; habal-habal plate 4417 TK; her car GAB 4471; Omron HEM-7120 serial 20230514221VG; selfie 20240121_093312.jpg; logged in from 112.198.71.15."
            ),
            ceb(
                "Niadto siya sa ER sa Biyernes Santo, 29 Marso 2024, tungod sa {hubag sa tiil} ug {ubo}; {O:Pneumocystis jirovecii}; {D:cotrimoxazole} {X:960 mg}; {L:LDH} {X:540 U/L}; ang {M:chest CT} nagpakita og {ground-glass opacities}."
            ),
            ph(
                "Outpatient chart, handwritten, transcribed: LOURDES ALFE-\nREZ; OCR of the old card Lourdcs AIferez; called Inday Lulu at the barangay hall; {D:tacrolimus} {X:2 mg} BID; {L:tacrolimus trough} {X:6.1 ng/mL}; {S:SLEDAI-2K} {X:6}; {V:C5-C6} disc bulge; {G:anti-PLA2R} negative; {D:voclosporin} not available. Fingerprint biometrics taken at enrolment."
            ),
            ceb(
                "Gi-follow-up sa ikatulo nga Domingo sa Disyembre, sa wala pa ang Simbang Gabi; {D:belimumab} {X:10 mg/kg}; {L:proteinuria} {X:0.6 g/adlaw}; {M:ultrasound} sa kidney; {partial remission}."
            ),
        ],
        planted=[
            ("name/recorded with the middle name", "Lourdes Tabada Alferez"),
            ("geographic/purok, barangay and city", "Purok 4, Barangay Tabunok, Talisay City"),
            ("medical record number/hospital and year", "VSMMC-24-031447"),
            ("age over 89/of the grandmother in digits with anyos", "97 anyos"),
            ("name/grandmother's nickname after Lola", "Ising"),
            ("name/brother's nickname, an ordinary word (little boy)", "Dodong"),
            ("telephone/PH mobile spaced", "0917 552 4418"),
            ("telephone/Cebu landline with area code in brackets", "(032) 254 1177"),
            ("name/employer a restaurant named after the barangay", "Tabunok Lechon House"),
            ("name/doctor after Dra., hyphenated family name", "Imelda Sarmiento-Go"),
            ("licence number/PRC licence", "0114471"),
            ("date/Sinulog festival Sunday with the date", "Sinulog Sunday, 21 January 2024"),
            ("fax/Cebu landline in brackets", "(032) 253 9984"),
            ("health plan number/PhilHealth PIN", "12-025514781-6"),
            ("social security number/PhilSys number", "4417-2289-1150-6634"),
            ("account number/GCash wallet", "0928 551 4472"),
            ("other unique identifier/tattoo in Cebuano", "tattoo nga rosaryo sa tuong buolbuol"),
            (
                "other unique identifier/occupation unique in the barangay, Cebuano",
                "bugtong babaye nga referee sa liga sa basketbol sa barangay",
            ),
            ("url/Messenger username", "jun.kalihim.0817"),
            ("name/recorded possessive", "Lourdes Alferez's"),
            ("email/with the nickname and year", "lulu.alferez91@gmail.com"),
            ("url/Facebook short domain", "fb.com/lulu.referee.talisay"),
            ("vehicle identifier/motorcycle plate", "4417 TK"),
            ("vehicle identifier/PH car plate", "GAB 4471"),
            ("device identifier/blood pressure monitor serial", "20230514221VG"),
            ("full-face photograph/selfie file name", "20240121_093312.jpg"),
            ("ip address/IPv4 PH", "112.198.71.15"),
            ("date/Good Friday in Cebuano with the date", "Biyernes Santo, 29 Marso 2024"),
            ("name/recorded in capitals with a line-break hyphenation", "LOURDES ALFE-\nREZ"),
            ("name/recorded in OCR errors, c for e and capital I for l", "Lourdcs AIferez"),
            ("name/nickname after Inday", "Inday Lulu"),
            ("biometric identifier/fingerprint", "Fingerprint biometrics"),
            (
                "date/third Sunday of December before Simbang Gabi, Cebuano",
                "ikatulo nga Domingo sa Disyembre, sa wala pa ang Simbang Gabi",
            ),
        ],
    ),
    # 7. Upolu and Savaiʻi, Samoa (Samoan, English of Samoa): diabetic CKD, gout, indomethacin
    Patient(
        name="Alofa Leavasa",
        mrn="TTM-224471",
        birth="1933-05-13",
        notes=[
            sm(
                "Maʻi: Alofa Leavasa, e 91 ona tausaga, na fanau i le 13 Me 1933 i Lalomanu; numera o le faila TTM-224471. E iai lona {maʻi suka} ma le {maʻi fatugaʻo} i le tulaga lima; e {M:fufulu toto} faatolu i le vaiaso."
            ),
            sm(
                "E nofo i Faleasiu-uta, i tafatafa o le Ekalesia Faapotopotoga Kerisiano, i le auala i Faleolo; telefoni 772 4419; o lona afafine o Sina e tausia o ia. O lona atalii o Tavita e faigaluega i le Samoa Breweries."
            ),
            ws(
                "Referral from Dr. Leota Faamausili (MCS reg. no. 2217) at Tupua Tamasese Meaole Hospital, Motootua, on White Monday, 14 October 2024: {D:indomethacin} {X:50 mg} TDS for {gout} flares, {D:allopurinol} {X:300 mg}; {L:serum urate} {X:0.62 mmol/L}; {L:potassium} {X:6.3 mmol/L}; {D:sodium polystyrene sulfonate} {X:15 g}; {tophi} over both {E:Heberden nodes}."
            ),
            sm(
                "O ia o le tufuga tā tatau fafine e toʻatasi i Savaiʻi, ma e iai lona malu ma le faʻailoga o le laumei i tua o le tulivae agavale. {L:suka i le toto} {X:14.2 mmol/L}; {D:inisalini} {X:20 iunite}; {L:HbA1c} {X:9.1%}."
            ),
            ws(
                "From: lofa.leavasa@samoa.ws, sent from Digicel +685 776 4418. Remittance by Western Union, MTCN 441-778-2290, from her son overseas; NID 1933-0513-227; NHS Samoa card NHS-WS-0093562; page facebook.com/tatau.fafine.savaii; taxi plate T 2519; IP 202.4.48.71; photo for the card Photo_0931_NHS.png."
            ),
            sm(
                "Na toe taofia i le Aso Lulu aʻo leʻi oʻo i le Eseta; {D:colchicine} {X:0.5 mg}; {L:creatinine} {X:812 µmol/L}; {M:X-ray} o le vae; {O:Staphylococcus aureus} i le {fistula}."
            ),
            ws(
                "Dialysis run sheet: pt LEAVASA, A.; machine Fresenius 4008S no. 4008S-WS-1173; dry weight {X:82 kg}; {L:Kt/V} {X:1.1}; {D:heparin} {X:2000 IU} bolus; {D:epoetin alfa} {X:4000 IU}; {M:AV fistula} left arm; {V:L5} {spondylosis}; {S:Charlson index} {X:9}; nicknamed Nana Lofa on the ward; husband holds the matai title Tuiasosopo."
            ),
            sm(
                "Na aumai o ia e Lagi i le taeao nei; {D:amlodipine} {X:10 mg}; {L:toto maualuga} {X:180/100}; {S:CKD tulaga 5}; {E:fatu Kussmaul} e leai."
            ),
        ],
        planted=[
            ("name/recorded, the given name an ordinary Samoan word (love)", "Alofa Leavasa"),
            ("age over 89/in digits with ona tausaga", "e 91 ona tausaga"),
            ("date/birth in Samoan", "13 Me 1933"),
            ("geographic/village after i, no cue", "Lalomanu"),
            ("medical record number/hospital prefix", "TTM-224471"),
            (
                "geographic/inland village and church landmark",
                "Faleasiu-uta, i tafatafa o le Ekalesia Faapotopotoga Kerisiano",
            ),
            ("geographic/village on the road", "Faleolo"),
            ("telephone/WS landline 7 digits", "772 4419"),
            ("name/daughter, an ordinary Samoan word (white-haired)", "Sina"),
            ("name/son, a Samoan form of David", "Tavita"),
            ("name/employer of the son", "Samoa Breweries"),
            ("name/doctor whose family name is also a village and a title", "Leota Faamausili"),
            ("licence number/Medical Council registration", "reg. no. 2217"),
            (
                "geographic/facility named after a person, with its village",
                "Tupua Tamasese Meaole Hospital, Motootua",
            ),
            ("date/White Monday holiday with the date", "White Monday, 14 October 2024"),
            (
                "other unique identifier/occupation unique, woman master tattooist, Samoan",
                "o le tufuga tā tatau fafine e toʻatasi i Savaiʻi",
            ),
            (
                "other unique identifier/malu tattoo with a turtle, Samoan",
                "malu ma le faʻailoga o le laumei i tua o le tulivae agavale",
            ),
            ("email/with the nickname", "lofa.leavasa@samoa.ws"),
            ("telephone/WS mobile international", "+685 776 4418"),
            ("account number/Western Union MTCN", "441-778-2290"),
            ("social security number/national ID with the birth date", "1933-0513-227"),
            ("health plan number/NHS Samoa card", "NHS-WS-0093562"),
            ("url/Facebook page without scheme", "facebook.com/tatau.fafine.savaii"),
            ("vehicle identifier/Samoan taxi plate", "T 2519"),
            ("ip address/IPv4 WS", "202.4.48.71"),
            ("full-face photograph/card photo file name", "Photo_0931_NHS.png"),
            ("date/Wednesday before Easter in Samoan", "Aso Lulu aʻo leʻi oʻo i le Eseta"),
            ("name/recorded family name in capitals with an initial", "LEAVASA, A."),
            ("device identifier/dialysis machine number", "4008S-WS-1173"),
            ("name/nickname after Nana", "Nana Lofa"),
            ("name/husband's matai title", "Tuiasosopo"),
            ("name/granddaughter, an ordinary Samoan word (sky), no cue", "Lagi"),
        ],
    ),
    # 8. Kumasi, Ghana (Twi, English of Ghana): NSAID and herbal AKI on hypertensive CKD
    Patient(
        name="Akosua Serwaa Boateng",
        mrn="KATH/RD/24/05518",
        birth="1931-11-01",
        notes=[
            tw(
                "Ɔyarefoɔ: Akosua Serwaa Boateng, ne mfeɛ aduokron ne mmiɛnsa, wɔwoo no Kwasiada, 1 Ɔbɛnem 1931; ne nɔma KATH/RD/24/05518. Ɔwɔ {asikyire yadeɛ} ne {mogya kɔ soro}; wɔyɛ no {M:dialysis} mprɛnsa dapɛn biara."
            ),
            tw(
                "Ɔte Bantama, Ohwimase, fie nɔma OH 14, bɛn Bantama Baptist asɔre; Ghana Post GPS AK-039-4417. Ne ba Adom na ɔde no ba; Nhyira nso boa no. Ne fon 024 417 7329."
            ),
            gh(
                "Referral letter, Komfo Anokye Teaching Hospital, Renal Unit (fax 0322 022 308), 12/03/2024: Madam Serwaa, a 93-year-old retired trader, used {D:diclofenac} ({D:Diclo-Denk}) {X:100 mg} daily and a {herbal enema} for {knee osteoarthritis}; {L:creatinine} {X:1,104 µmol/L}; {L:haemoglobin} {X:6.8 g/dL}; {G:HbAS} on {L:haemoglobin electrophoresis}; signed Dr. Kwabena Asamoah-Darko (MDC/RN/22417)."
            ),
            tw(
                "Ghana Card GHA-714452289-3; NHIS 09914472; MoMo 055 218 4471 (ne ba barima Kofi Adom-Bekoe din). Kuru bi a ɛfiri sekan ho wɔ ne nsam benkum; ɔbaa baako pɛ a ɔyɛ fitter wɔ Suame Magazine. Wɔagye ne nsateaa ho mfonini ama Ghana Card no."
            ),
            gh(
                "WhatsApp +233 20 331 8842 (Auntie Akos): Doc, Nana has swollen legs since Farmers' Day. Email akos.serwaa1931@gmail.com; TikTok @suame_fitter_maa; photo IMG-20231201-WA0044.jpg; Toyota Vitz AS 4471-22; logged in from 154.160.22.87."
            ),
            tw(
                "Akwasidae a ɛtwa toɔ no akyi Dwoada no, wɔsan de no baa ayaresabea; {L:potassium} {X:6,4 mmol/L}; {D:calcium gluconate} {X:10 ml}; {D:insulin} {X:10 units}; {M:ECG} kyerɛɛ {T waves a ɛkɔ soro}."
            ),
            gh(
                "Renal unit run sheet: pt BOATENG A.S., Nipro Surdial X serial 21G04418; {D:heparin} {X:1000 IU}; {L:Kt/V} {X:1.2}; {D:sevelamer} {X:800 mg}; {L:phosphate} {X:2.3 mmol/L}; {L:PTH} {X:96 pmol/L}; {V:T8} {wedge fracture}; {S:Karnofsky} {X:50}. Called Maame Serwaa by the nurses; OCR of the old card: AK0SUA SERVVAA."
            ),
            tw(
                "Ɔtɔn nneɛma wɔ Kejetia dwam; {D:amlodipine} {X:10 mg}; {D:nifedipine} {X:30 mg}; {L:mogya mu nhyɛsoɔ} {X:190/110}; {S:CKD stage 5}; {E:Kussmaul} home nni hɔ."
            ),
        ],
        planted=[
            ("name/recorded with an Akan day name", "Akosua Serwaa Boateng"),
            ("age over 89/ninety-three in Twi words", "mfeɛ aduokron ne mmiɛnsa"),
            ("date/birth with the Akan weekday and the Twi month", "Kwasiada, 1 Ɔbɛnem 1931"),
            ("medical record number/hospital, unit, year and serial", "KATH/RD/24/05518"),
            ("geographic/suburb, area and house number", "Bantama, Ohwimase, fie nɔma OH 14"),
            ("geographic/landmark church named after the suburb", "Bantama Baptist asɔre"),
            ("geographic/Ghana Post GPS digital address", "AK-039-4417"),
            ("name/son, an ordinary Twi word (grace)", "Adom"),
            ("name/granddaughter, an ordinary Twi word (blessing), no cue", "Nhyira"),
            ("telephone/GH mobile spaced", "024 417 7329"),
            ("geographic/facility named after a person", "Komfo Anokye Teaching Hospital"),
            ("fax/Kumasi landline in brackets after fax", "0322 022 308"),
            ("date/dd/mm/yyyy", "12/03/2024"),
            ("name/recorded after Madam", "Madam Serwaa"),
            ("age over 89/in digits, hyphenated", "93-year-old"),
            ("name/doctor with a hyphenated family name", "Kwabena Asamoah-Darko"),
            ("licence number/Medical and Dental Council", "MDC/RN/22417"),
            ("social security number/Ghana Card", "GHA-714452289-3"),
            ("health plan number/NHIS", "09914472"),
            ("account number/mobile money", "055 218 4471"),
            ("name/son with a day name and a hyphenated family name", "Kofi Adom-Bekoe"),
            (
                "other unique identifier/cutlass scar in Twi",
                "Kuru bi a ɛfiri sekan ho wɔ ne nsam benkum",
            ),
            (
                "other unique identifier/occupation unique in Twi",
                "ɔbaa baako pɛ a ɔyɛ fitter wɔ Suame Magazine",
            ),
            ("biometric identifier/fingerprints in Twi", "ne nsateaa ho mfonini"),
            ("telephone/GH mobile international", "+233 20 331 8842"),
            ("name/nickname after Auntie", "Auntie Akos"),
            ("date/Farmers' Day holiday", "Farmers' Day"),
            ("email/with the recorded name and the birth year", "akos.serwaa1931@gmail.com"),
            ("url/TikTok username", "@suame_fitter_maa"),
            ("full-face photograph/WhatsApp image file name", "IMG-20231201-WA0044.jpg"),
            ("vehicle identifier/Ashanti car plate", "AS 4471-22"),
            ("ip address/IPv4 GH", "154.160.22.87"),
            ("date/Monday after the last Akwasidae in Twi", "Akwasidae a ɛtwa toɔ no akyi Dwoada"),
            ("name/recorded family name in capitals with initials", "BOATENG A.S."),
            ("device identifier/dialysis machine serial", "21G04418"),
            ("name/nickname after Maame", "Maame Serwaa"),
            ("name/recorded in OCR errors, zero for O and VV for W (phrase)", "AK0SUA SERVVAA"),
            ("geographic/market after wɔ, no cue", "Kejetia"),
        ],
    ),
    # 9. Kinshasa, DR Congo (Lingala, French of Congo): severe malaria AKI, haemoglobinuria
    Patient(
        name="Mamie Kiese Nsimba",
        mrn="CUK/NEPH/2024/0417",
        birth="1957-06-30",
        notes=[
            frcd(
                "Patiente : Mamie Kiese Nsimba, 66 ans, née le 30 juin 1957 (jour de l'Indépendance) à Mbanza-Ngungu ; dossier CUK/NEPH/2024/0417. Admise pour {insuffisance rénale aiguë} sur {paludisme grave} à {O:Plasmodium falciparum} ({X:12 %} de parasitémie) ; {L:créatinine} {X:9,8 mg/dl} ; {hémoglobinurie}."
            ),
            ln(
                "Afandi na Avenue ya Kimpwanza n° 118, Quartier Yolo-Sud, Commune ya Kalamu, pene na zando ya Gambela ; telefone +243 81 441 7729. Elikya, mwana na ye ya mwasi, ayaka na ye mikolo nyonso ; Matondo atindaka mbongo na M-Pesa 0815 229 447."
            ),
            frcd(
                "Vue par le Dr Ngalula Kabeya (CNOM/KIN/08817) aux Cliniques universitaires de Kinshasa, Mont-Amba, le mardi 14/05/2024 : {D:artésunate} {X:2,4 mg/kg} IV ; {D:quinine} arrêtée ; {M:hémodialyse} {X:5 séances} ; {L:hémoglobine} {X:5,9 g/dl} ; {L:LDH} {X:2 140 UI/l} ; {E:syndrome de Lyell} écarté ; {S:score de Glasgow} {X:13}."
            ),
            ln(
                "Mama oyo azali mwasi se moko azali kokumba taxi-bus na ligne Victoire–UPN ; azali na elembo ya kozika na loboko ya mwasi. Bazwaki bilembo ya misapi na ye mpo na kalati ya pota. {D:ibuprofène} etelemisami ; {L:potasiumu} {X:6,2 mmol/L}."
            ),
            frcd(
                "Courriel de : elikya.nsimba@yahoo.fr — Objet : maman Mimi, lit 7. Carte d'électeur n° 1A4B7C22 ; mutuelle MUSAKIN n° MSK-22-04417 ; page facebook.com/mamie.taxibus.kalamu ; plaque du taxi-bus 4471BH01 ; photo WhatsApp Image 2024-05-14 at 18.22.09.jpeg ; connexion depuis 41.243.12.77."
            ),
            ln(
                "Mokolo ya mibale liboso ya Pasika, azongaki na lopitalo na {fièvre} mpe {kosanza} ; {D:ceftriaxone} {X:2 g} ; {M:échographie rénale} ; {L:globules blancs} {X:18 000/mm³} ; {O:Salmonella Typhi}."
            ),
            frcd(
                "Ordonnance de sortie : {D:amlodipine} {X:10 mg} ; {D:acide folique} {X:5 mg} ; {D:érythropoïétine} {X:4 000 UI} ; {L:ferritine} {X:910 µg/l} ; {M:radiographie du thorax} ; {V:D12-L1} {tassement vertébral} ; glucomètre Accu-Chek Active n° GN41772093. Chauffeur remplaçant : Papa Fiston ; dossier papier au nom de NSIMBA KIESE MAMIE et de Mam1e Ns1mba."
            ),
            ln(
                "Tata na ye, Mbuta Lukusa, azali na mibu ntuku libwa na mitano, afandi na Kisantu ; {D:losartan} {X:50 mg} ; {L:protéinurie} {X:2,4 g/24 h} ; {M:biopsie rénale} te."
            ),
        ],
        planted=[
            ("name/recorded, the middle name an ordinary Kikongo word (joy)", "Mamie Kiese Nsimba"),
            ("date/birth on Independence Day in French", "30 juin 1957 (jour de l'Indépendance)"),
            ("geographic/town after à", "Mbanza-Ngungu"),
            ("medical record number/hospital, unit, year and serial", "CUK/NEPH/2024/0417"),
            (
                "geographic/avenue, quartier and commune in Lingala",
                "Avenue ya Kimpwanza n° 118, Quartier Yolo-Sud, Commune ya Kalamu",
            ),
            ("geographic/landmark market in Lingala", "zando ya Gambela"),
            ("telephone/CD mobile international", "+243 81 441 7729"),
            ("name/daughter, an ordinary Lingala word (hope), sentence start", "Elikya"),
            ("name/son, an ordinary Lingala word (thanks), no cue", "Matondo"),
            ("account number/M-Pesa RDC", "0815 229 447"),
            ("name/doctor after Dr without a full stop", "Ngalula Kabeya"),
            ("licence number/Ordre des médecins", "CNOM/KIN/08817"),
            (
                "geographic/facility named after the city, with its hill",
                "Cliniques universitaires de Kinshasa, Mont-Amba",
            ),
            ("date/weekday and dd/mm/yyyy in French", "mardi 14/05/2024"),
            (
                "other unique identifier/occupation unique in Lingala",
                "mwasi se moko azali kokumba taxi-bus na ligne Victoire–UPN",
            ),
            ("other unique identifier/burn mark in Lingala", "elembo ya kozika na loboko ya mwasi"),
            ("biometric identifier/fingerprints in Lingala", "bilembo ya misapi"),
            ("email/with the daughter's name", "elikya.nsimba@yahoo.fr"),
            ("name/nickname after maman", "Mimi"),
            ("social security number/voter card as national ID", "1A4B7C22"),
            ("health plan number/mutual insurance", "MSK-22-04417"),
            ("url/Facebook page without scheme", "facebook.com/mamie.taxibus.kalamu"),
            ("vehicle identifier/Kinshasa plate", "4471BH01"),
            (
                "full-face photograph/WhatsApp image file name with a date",
                "WhatsApp Image 2024-05-14 at 18.22.09.jpeg",
            ),
            ("ip address/IPv4 CD", "41.243.12.77"),
            ("date/Tuesday before Easter in Lingala", "Mokolo ya mibale liboso ya Pasika"),
            ("device identifier/glucometer serial", "GN41772093"),
            ("name/nickname, an ordinary French word (sonny), after Papa", "Fiston"),
            ("name/recorded in capitals, family name first", "NSIMBA KIESE MAMIE"),
            ("name/recorded in leetspeak, 1 for i (phrase)", "Mam1e Ns1mba"),
            ("name/father after Mbuta (elder)", "Mbuta Lukusa"),
            (
                "age over 89/of the father, ninety-five in Lingala words",
                "mibu ntuku libwa na mitano",
            ),
            ("geographic/town after na, no cue", "Kisantu"),
        ],
    ),
    # 10. Mekelle, Tigray, Ethiopia (Tigrinya in Ge'ez script, English of Ethiopia): AIN
    Patient(
        name="Mebrat Hagos",
        mrn="AHCSH-2016-33418",
        birth="1931-09-22",
        notes=[
            ti(
                "ሕሙም: ወ/ሮ መብራት ሓጎስ ገብረማርያም፡ ዕድሚኣ ተስዓን ሰለስተን ዓመት፡ ዝተወልደትሉ መስከረም 12 1924 ዓ.ም.፤ ቁጽሪ ፋይል AHCSH-2016-33418። {ኣጣዳፊ ናይ ኩሊት ጉድኣት} ብሰንኪ {D:ዲክሎፈናክ} ከምኡውን {D:ኦሜፕራዞል}፤ {L:ክሬቲኒን} {X:7.2 mg/dL}።"
            ),
            ti(
                "ኣድራሻ፡ ክፍለ ከተማ ሓድነት፡ ቀበሌ 14፡ ገዛ ቁጽሪ 2117፡ ጥቓ ሰማእታት ሓውልቲ፤ ተሌፎን 0914 417 728። ሃብተ ወዳ ኩሉ ግዜ የምጽኣ፤ ፀጋ ጓላ ኣብ ኣክሱም ሆቴል ትሰርሕ።"
            ),
            et(
                "Referral, Ayder Comprehensive Specialized Hospital, 21/07/2016 E.C. (29 March 2024): {acute interstitial nephritis} on {M:kidney biopsy}; {D:prednisolone} {X:1 mg/kg}; {D:omeprazole} stopped; {L:urine eosinophils} positive; {E:Fanconi syndrome} absent; {S:KDIGO stage 3}; signed Dr. Teklay Kidane (EFDA lic. 22/4471/MD), fax +251 34 440 9912."
            ),
            ti(
                "ፋይዳ ቁጽሪ 3418 6620 7741፤ ናይ ማሕበረሰብ ጥዕና መድሕን CBHI/MK/22741፤ ሕሳብ ባንኪ 1000224477198። ኣብ ግንባራ ንቕሳት መስቀል ኣለዋ፤ ኣብ 1974 ዓ.ም. ናይ መቐለ ውድድር ብሽክለታ ዝሰዓረት ቀዳመይቲ ጓል ኣንስተይቲ እያ። ኣሻራ ኣጻብዕ ተወሲዱ።"
            ),
            et(
                "Telegram from her grandson @mekelle_habte_bike: Adey Mebrat is dizzy again. E-mail habte.hagos77@gmail.com; telebirr +251 914 228 619; Bajaj plate ትግ 3-51726; photo IMG_20240120_101544.jpg; console Fresenius 4008B serial 4008B-ET-7719; login from 196.190.62.14."
            ),
            ti(
                "ኣብ በዓል ኣሸንዳ፡ ነሓሰ 16 2016 ዓ.ም.፡ ከም ብሓድሽ ኣተወት፤ {L:ሄሞግሎቢን} {X:8.4 g/dL}፤ {D:ኤሪትሮፖይቲን} {X:4000 IU}፤ {M:ኩሊት ምሕጻብ} ሰለስተ ግዜ ኣብ ሰሙን።"
            ),
            et(
                "Handwritten chart transcribed: MEBRAT HAGOS G/MARIAM; Mebrat H-\nagos on the lab slip; {D:furosemide} {X:40 mg}; {D:nifedipine} {X:20 mg}; {L:potassium} {X:5.4 mmol/L}; {V:L3} {compression fracture}; {O:Mycobacterium tuberculosis} excluded by {L:GeneXpert}; admitted the day after Timket."
            ),
            ti(
                "ዝሓለፈ ሰንበት ቅድሚ ፋሲካ ምስ ሓፍታ ለተብርሃን መጺኣ፤ ካብ ጥቅምቲ ፲፪ ጀሚራ {D:ኣምሎዲፒን} {X:10 mg}፤ {L:ጸቕጢ ደም} {X:170/95}፤ {S:CKD ደረጃ 5}።"
            ),
        ],
        planted=[
            (
                "name/recorded with the grandfather's name in Ge'ez script, the given name an ordinary word (light)",
                "መብራት ሓጎስ ገብረማርያም",
            ),
            ("age over 89/ninety-three in Tigrinya words", "ተስዓን ሰለስተን ዓመት"),
            ("date/birth in the Ethiopian calendar", "መስከረም 12 1924 ዓ.ም."),
            ("medical record number/hospital and Ethiopian year", "AHCSH-2016-33418"),
            (
                "geographic/sub-city, kebele and house number in Tigrinya",
                "ክፍለ ከተማ ሓድነት፡ ቀበሌ 14፡ ገዛ ቁጽሪ 2117",
            ),
            ("geographic/landmark monument in Tigrinya", "ጥቓ ሰማእታት ሓውልቲ"),
            ("telephone/ET mobile spaced", "0914 417 728"),
            ("name/son, an ordinary Tigrinya word (wealth), sentence start", "ሃብተ"),
            (
                "name/daughter, an ordinary Tigrinya word (grace), two Ge'ez syllables (phrase)",
                "ፀጋ",
            ),
            ("name/employer a hotel named after a town", "ኣክሱም ሆቴል"),
            ("geographic/facility named after a hill", "Ayder Comprehensive Specialized Hospital"),
            ("date/Ethiopian calendar with slashes", "21/07/2016 E.C."),
            ("date/day month year", "29 March 2024"),
            ("name/doctor after Dr.", "Teklay Kidane"),
            ("licence number/EFDA licence", "22/4471/MD"),
            ("fax/ET landline international after fax", "+251 34 440 9912"),
            ("social security number/Fayda national ID grouped", "3418 6620 7741"),
            ("health plan number/community-based health insurance", "CBHI/MK/22741"),
            ("account number/bank account", "1000224477198"),
            (
                "other unique identifier/cross tattoo on the forehead in Tigrinya",
                "ኣብ ግንባራ ንቕሳት መስቀል",
            ),
            (
                "other unique identifier/fame, first woman to win a race, Tigrinya",
                "ኣብ 1974 ዓ.ም. ናይ መቐለ ውድድር ብሽክለታ ዝሰዓረት ቀዳመይቲ ጓል ኣንስተይቲ",
            ),
            ("biometric identifier/fingerprints in Tigrinya", "ኣሻራ ኣጻብዕ"),
            ("url/Telegram username", "@mekelle_habte_bike"),
            ("name/recorded after Adey (mother)", "Adey Mebrat"),
            ("email/with the son's names", "habte.hagos77@gmail.com"),
            ("account number/telebirr wallet", "+251 914 228 619"),
            ("vehicle identifier/Tigray plate in Ge'ez script", "ትግ 3-51726"),
            ("full-face photograph/photo file name", "IMG_20240120_101544.jpg"),
            ("device identifier/dialysis console serial", "4008B-ET-7719"),
            ("ip address/IPv4 ET", "196.190.62.14"),
            ("date/Ashenda festival with the Ethiopian date", "በዓል ኣሸንዳ፡ ነሓሰ 16 2016 ዓ.ም."),
            (
                "name/recorded in capitals with an abbreviated grandfather's name",
                "MEBRAT HAGOS G/MARIAM",
            ),
            ("name/recorded with a line-break hyphenation", "Mebrat H-\nagos"),
            ("date/the day after Timket", "the day after Timket"),
            ("date/last Sunday before Easter in Tigrinya", "ዝሓለፈ ሰንበት ቅድሚ ፋሲካ"),
            ("name/sister, a name meaning for light", "ለተብርሃን"),
            ("date/Ethiopian month with Ge'ez numerals", "ጥቅምቲ ፲፪"),
        ],
    ),
    # 11. Kashgar, Xinjiang (Uyghur in Arabic script and in Latin, Chinese simplified):
    # checkpoint-inhibitor interstitial nephritis
    Patient(
        name="Ayshem Tursun",
        mrn="KSH-2024-0071419",
        birth="1953-03-12",
        notes=[
            ug(
                "بىمار: ئايشەم تۇرسۇن، 71 ياش، 1953-يىلى 3-ئاينىڭ 12-كۈنى تۇغۇلغان؛ دېلو نومۇرى KSH-2024-0071419. {ئۆپكە راكى} ئۈچۈن {D:سىنتىلىماب} {X:200 mg} ھەر ئۈچ ھەپتىدە بىر قېتىم؛ ئالتىنچى قېتىمدىن كېيىن {ئىممۇنىتېت خاراكتېرلىك بۆرەك ياللۇغى}؛ {L:كرېئاتىنىن} {X:3.8 mg/dL}."
            ),
            ug(
                "ئادرېسى: توققۇزاق بازىرى، ئارال كەنتى 3-مەھەللە، 27-نومۇر؛ تېلېفون 138 9987 4412. ئانىسى توقسان ئالتە ياشتا، ئۇنىڭ بىلەن بىللە تۇرىدۇ. گۈلنار ھەر كۈنى ئېلىپ كېلىدۇ."
            ),
            zhs(
                "喀什地区第一人民医院肾内科会诊记录（2024年3月12日）：患者阿依仙木·吐尔逊，{D:信迪利单抗}治疗后出现{免疫检查点抑制剂相关急性间质性肾炎}；{D:泼尼松}{X:1 mg/kg}；{L:尿蛋白}{X:1.2 g/24h}；{M:肾穿刺活检}。会诊医师：张晓燕（执业证书编码110650000447190），传真 0998-2824471。"
            ),
            ug(
                "كىملىك نومۇرى 653101195303124426؛ داۋالىنىش سۇغۇرتىسى 6531 0044 7719؛ بانكا كارتىسى 6217 0044 1923 7755. ئۇ كونا شەھەردىكى بىردىنبىر ئايال دۇتارچى؛ سول بىلىكىدە ئانار شەكلىدىكى تاتۇ بار. بارماق ئىزى ئېلىنغان."
            ),
            ugl(
                "WeChat: ayshem_kashgar_53; oghli Abduqadir Memet (+86 139 9981 2207) yazidu: Apam Roza heytning ikkinchi küni yene qusti. E-mail memet.abduqadir@163.com; süret IMG_20240411_093015.jpg; kirish 117.190.44.21."
            ),
            zhs(
                "出院小结：{D:泼尼松}逐渐减量；{L:血肌酐}{X:176 μmol/L}；{D:奥美拉唑}停用；{M:胸部CT}示{肺部病灶稳定}；{S:CTCAE 3级}；{G:PD-L1} TPS {X:60%}；{V:T10}{椎体转移}已排除。家属车牌新Q·4471A；血糖仪序列号 JG44172093；微信头像为其本人正面照。"
            ),
            ug(
                "قۇربان ھېيتتىن بۇرۇنقى پەيشەنبە كۈنى قايتا دوختۇرخانىغا كەلدى؛ {L:كالىي} {X:5.9 mmol/L}؛ {D:فۇروسېمىد} {X:40 mg}؛ {M:ئۇلترا ئاۋاز} تەكشۈرۈشى ئېلىپ بېرىلدى. دوختۇر مۇختەر ئىمىن (ئىجازەتنامە UG-650112) تەكشۈردى."
            ),
            ugl(
                "Kona kartida AYSHEM TURSUN, xenzuche Aishamu Tuerxun dep yézilghan; Ayshem Tursunning doriliri: {D:amlodipin} {X:5 mg}; {L:qan bésimi} {X:160/90}; {S:CKD 4-basquch}."
            ),
        ],
        planted=[
            ("name/recorded in Uyghur Arabic script", "ئايشەم تۇرسۇن"),
            (
                "date/birth in Uyghur with year, month and day suffixes",
                "1953-يىلى 3-ئاينىڭ 12-كۈنى",
            ),
            ("medical record number/hospital and year", "KSH-2024-0071419"),
            (
                "geographic/town, village, neighbourhood and house in Uyghur",
                "توققۇزاق بازىرى، ئارال كەنتى 3-مەھەللە، 27-نومۇر",
            ),
            ("telephone/CN mobile spaced 3-4-4", "138 9987 4412"),
            ("age over 89/of the mother, ninety-six in Uyghur words", "توقسان ئالتە ياشتا"),
            (
                "name/daughter, an ordinary Uyghur word (pomegranate flower), sentence start",
                "گۈلنار",
            ),
            ("geographic/facility named after the prefecture (phrase)", "喀什地区第一人民医院"),
            ("date/Chinese year, month, day", "2024年3月12日"),
            (
                "name/recorded transliterated into Chinese with a middle dot (phrase)",
                "阿依仙木·吐尔逊",
            ),
            ("name/doctor in Chinese after a colon (phrase)", "张晓燕"),
            ("licence number/Chinese physician practising certificate", "110650000447190"),
            ("fax/Kashgar landline with its area code", "0998-2824471"),
            (
                "social security number/Chinese resident ID with the birth date",
                "653101195303124426",
            ),
            ("health plan number/medical insurance grouped", "6531 0044 7719"),
            ("account number/bank card grouped", "6217 0044 1923 7755"),
            (
                "other unique identifier/occupation unique, only woman dutar maker, Uyghur",
                "كونا شەھەردىكى بىردىنبىر ئايال دۇتارچى",
            ),
            (
                "other unique identifier/pomegranate tattoo in Uyghur",
                "سول بىلىكىدە ئانار شەكلىدىكى تاتۇ",
            ),
            ("biometric identifier/fingerprint in Uyghur", "بارماق ئىزى"),
            ("url/WeChat ID", "ayshem_kashgar_53"),
            ("name/son in Uyghur Latin after oghli", "Abduqadir Memet"),
            ("telephone/CN mobile international", "+86 139 9981 2207"),
            ("date/second day of Eid al-Fitr in Uyghur Latin", "Roza heytning ikkinchi küni"),
            ("email/Chinese provider with the son's names", "memet.abduqadir@163.com"),
            ("full-face photograph/photo file name", "IMG_20240411_093015.jpg"),
            ("ip address/IPv4 CN", "117.190.44.21"),
            ("vehicle identifier/Kashgar plate with a middle dot", "新Q·4471A"),
            ("device identifier/glucometer serial", "JG44172093"),
            ("full-face photograph/WeChat avatar described in Chinese", "微信头像为其本人正面照"),
            ("date/Thursday before Qurban Eid in Uyghur", "قۇربان ھېيتتىن بۇرۇنقى پەيشەنبە كۈنى"),
            ("name/doctor in Uyghur after دوختۇر", "مۇختەر ئىمىن"),
            ("licence number/doctor's licence in Uyghur", "UG-650112"),
            ("name/recorded in capitals", "AYSHEM TURSUN"),
            ("name/recorded in the pinyin of its Chinese transliteration", "Aishamu Tuerxun"),
            ("name/recorded with the genitive suffix -ning", "Ayshem Tursunning"),
        ],
    ),
    # 12. Tainan, Taiwan (Chinese traditional, Minguo calendar; Taiwanese Hokkien in
    # Pe̍h-ōe-jī): aristolochic acid nephropathy, urothelial carcinoma, haemodialysis
    Patient(
        name="陳美玉",
        mrn="NCKUH-113-0044719",
        birth="1932-03-03",
        notes=[
            zht(
                "病人陳美玉女士，九十二歲，民國21年3月3日生，病歷號 NCKUH-113-0044719。早年服用含{O:馬兜鈴}酸之中草藥，診斷為{馬兜鈴酸腎病變}併{上泌尿道上皮癌}；{L:肌酸酐}{X:6.8 mg/dL}；每週三次{M:血液透析}。"
            ),
            zht(
                "住址：708台南市安平區安億路118巷7號4樓，近安平古堡；手機 0912-447-183；市話 (06) 221-4471；傳真06-275-8841。兒子在台積電南科廠上班，媳婦阿芬每天陪同。"
            ),
            nan(
                "Tân Bí-gio̍k a-má chhut-sì tī Sin-hòa, chit-má tòa An-pêng. I kóng i ê {sin-chōng} bô hó, lé-pài it, saⁿ, gō͘ lâi {M:sé-hoeh}; i-seng kóng sī {O:má-tau-lêng} ê {tiong-io̍h} hāi--ê."
            ),
            zht(
                "全民健保卡號 0000 4417 2291；身分證字號 R224417719；郵局帳號 0031-4471-2290-18。她是台南最後一位手繪電影看板女畫師；右手背上的蓮花刺青。指紋已登錄於透析室門禁。"
            ),
            zht(
                "LINE 訊息（113/04/05 清明節）孫子 @ahmei_tainan：「阿嬤又喘了」；電子郵件 meiyu.chen1932@gmail.com；機車 MZX-418；透析機 費森尤斯 5008S 序號 5KT44172；大頭照檔名 LINE_ALBUM_20240405_2.jpg；登入 IP 1.171.88.203。"
            ),
            zht(
                "農曆正月初五（開工日）再次入院：{L:血紅素}{X:8.1 g/dL}；{D:紅血球生成素}{X:4000 IU}；{M:膀胱鏡}檢查；{E:Lynch 症候群}已排除；{S:ECOG 2}；{V:L4-L5}{腰椎退化}。"
            ),
            zht(
                "舊病歷：陳 美 玉（手寫，字間有空格）、CHEN MEI-YU；林醫師（醫字第038562號）開立{D:Sevelamer}（{D:Renvela}）{X:800 mg}三餐隨餐；{L:磷}{X:6.4 mg/dL}；{L:副甲狀腺素}{X:620 pg/mL}；{E:Kimmelstiel-Wilson}病變陰性。"
            ),
            nan(
                "Sun-á A-hông kóng a-má tī Toan-ngō͘-cheh hit-kang ē-po͘ sim-koaⁿ chin thiám; {D:amlodipine} {X:5 mg}; {L:hoeh-ap} {X:168/92 mmHg}; {S:CKD 5D}."
            ),
        ],
        planted=[
            ("name/recorded in Chinese before 女士 (phrase)", "陳美玉"),
            ("age over 89/ninety-two in Chinese numerals", "九十二歲"),
            ("date/birth in the Minguo calendar", "民國21年3月3日"),
            ("medical record number/hospital and Minguo year", "NCKUH-113-0044719"),
            (
                "geographic/postcode, city, district, road, lane, number and floor",
                "708台南市安平區安億路118巷7號4樓",
            ),
            ("geographic/landmark fort named after the district", "安平古堡"),
            ("telephone/TW mobile with dashes", "0912-447-183"),
            ("telephone/Tainan landline with its area code in brackets", "(06) 221-4471"),
            ("fax/Tainan landline glued to 傳真", "06-275-8841"),
            ("name/employer of the son, a company and its plant (phrase)", "台積電南科廠"),
            ("name/daughter-in-law with the A- prefix (phrase)", "阿芬"),
            ("name/recorded in Pe̍h-ōe-jī", "Tân Bí-gio̍k"),
            ("geographic/district in Pe̍h-ōe-jī after tī", "Sin-hòa"),
            ("geographic/district in Pe̍h-ōe-jī, no cue", "An-pêng"),
            ("health plan number/NHI card grouped", "0000 4417 2291"),
            ("social security number/ROC national ID", "R224417719"),
            ("account number/post office account with dashes", "0031-4471-2290-18"),
            (
                "other unique identifier/fame, the last woman film-poster painter, Chinese",
                "台南最後一位手繪電影看板女畫師",
            ),
            ("other unique identifier/lotus tattoo in Chinese", "右手背上的蓮花刺青"),
            ("biometric identifier/fingerprint in Chinese", "指紋"),
            ("date/Minguo date with slashes and the Qingming holiday", "113/04/05 清明節"),
            ("url/LINE ID", "@ahmei_tainan"),
            ("email/with the name in pinyin and the birth year", "meiyu.chen1932@gmail.com"),
            ("vehicle identifier/TW scooter plate", "MZX-418"),
            ("device identifier/dialysis machine serial", "5KT44172"),
            ("full-face photograph/LINE photo file name", "LINE_ALBUM_20240405_2.jpg"),
            ("ip address/IPv4 TW", "1.171.88.203"),
            ("date/fifth day of the first lunar month", "農曆正月初五"),
            ("name/recorded in spaced Chinese characters (phrase)", "陳 美 玉"),
            ("name/recorded in Wade-Giles-like capitals", "CHEN MEI-YU"),
            ("name/doctor, a one-character family name before 醫師 (phrase)", "林醫師"),
            ("licence number/Taiwanese medical licence", "醫字第038562號"),
            ("name/grandson with the A- prefix in Pe̍h-ōe-jī", "A-hông"),
            ("date/the day of the Dragon Boat Festival in Pe̍h-ōe-jī", "Toan-ngō͘-cheh hit-kang"),
        ],
    ),
]

SEALED = [2, 5, 8, 11]  # part B, the lead's blind measure: Pokhara, Cebu, Kinshasa, Tainan
PART_A = [i for i in range(len(HELDOUT11)) if i not in SEALED]

# Clinical prose with no identifier in it, in every language of the patients: each term
# braced must survive, and every other word is ordinary language.
TERM_NOTES: list[Note] = [
    ckb(
        "{E:نەخۆشی ئەلپۆرت} ({G:COL4A5})؛ {D:ڕامیپریل} {X:5 mg} ڕۆژانە؛ {L:پرۆتینی میز} {X:1.6 g/24h}؛ {M:پارچەوەرگرتنی گورچیلە}؛ {S:KDIGO G3b}؛ {V:L4-L5}؛ {O:Escherichia coli} لە میزدا نەبوو."
    ),
    ckb(
        "{سیندرۆمی نێفرۆتیک} لە منداڵدا: {D:پرێدنیزۆلۆن} {X:60 mg/m²}؛ {L:ئەلبیومین} {X:1.8 g/dL}؛ {L:کۆلیسترۆڵ} {X:410 mg/dL}؛ {G:NPHS2}؛ {M:ئێکۆی گورچیلە}؛ {E:نەخۆشی بێرگەر} نییە."
    ),
    kmr(
        "{nexweşiya polîkîstîk a gurçikan} ({G:PKD1}); {D:tolvaptan} {X:45 mg}; {L:kreatînîn} {X:1,9 mg/dL}; {M:MRI ya zikê}; {V:T12-L1}; {S:Mayo class 1C}; {O:Klebsiella pneumoniae} di mîzê de; {E:nîşana Murphy} neyînî ye."
    ),
    kmr(
        "{şekirê xwînê} bilind û {nefropatiya dîyabetîk}: {D:metformîn} hat rawestandin; {D:empagliflozîn} {X:10 mg}; {L:HbA1c} {X:8,4%}; {L:albumîna mîzê} {X:420 mg/g}; {M:ultrasona gurçikan}; {S:KDIGO A3}."
    ),
    iq(
        "{Lithium-induced nephrogenic diabetes insipidus}: {D:amiloride} {X:5 mg} BD; {L:serum lithium} {X:0.4 mmol/L}; {L:urine osmolality} {X:180 mOsm/kg}; {M:water deprivation test}; {D:desmopressin} {X:2 mcg} without response; {E:Bartter syndrome} excluded; {V:C6-C7}."
    ),
    ps(
        "{د پښتورګو ډبرې} او {هایدرونفروزس}: {D:تامسولوسین} {X:۰٫۴ ملي ګرامه}؛ {L:یوریک اسید} {X:۹٫۲ mg/dL}؛ {M:سي ټي سکن}؛ {O:Proteus mirabilis} په ادرار کې؛ {V:L2-L3}؛ {S:KDIGO G2}."
    ),
    ps(
        "{نفروټیک سنډروم}: {D:پریډنیزولون} {X:۱ mg/kg}؛ {L:البومین} {X:۲٫۱ g/dL}؛ {L:د ادرار پروټین} {X:۴٫۲ ګرامه}؛ {M:د پښتورګي بایوپسي}؛ {E:د الپورټ ناروغي} نشته؛ {G:APOL1}."
    ),
    af(
        "{Crimean-Congo haemorrhagic fever} with {AKI}: {O:Nairovirus}; {D:ribavirin} {X:30 mg/kg}; {L:platelets} {X:18 ×10⁹/L}; {L:AST} {X:640 U/L}; {M:haemodialysis}; {S:SOFA} {X:9}; {E:Kussmaul respiration}; {V:T9}."
    ),
    ne(
        "{मधुमेहजन्य मृगौला रोग}: {D:मेटफर्मिन} बन्द; {D:इम्पाग्लिफ्लोजिन} {X:१० मि.ग्रा.}; {L:HbA1c} {X:९.१%}; {L:पिसाबमा एल्बुमिन} {X:५२० mg/g}; {M:अल्ट्रासाउन्ड}; {S:KDIGO G4 A3}; {V:L5-S1}।"
    ),
    ne(
        "{सर्पदंशपछि तीव्र मृगौला चोट}: {O:Daboia russelii}; {D:एन्टी स्नेक भेनम} {X:१० भायल}; {L:२० मिनेट रगत जम्ने परीक्षण} लम्बिएको; {M:हेमोडायलाइसिस}; {E:भिर्चो त्रयी} छैन; {G:HLA-B*58:01} नकारात्मक।"
    ),
    np_(
        "{Leptospirosis} with {non-oliguric AKI}: {O:Leptospira interrogans}; {D:ceftriaxone} {X:1 g} BD; {L:creatine kinase} {X:4200 U/L}; {L:bilirubin} {X:8.4 mg/dL}; {E:Weil disease}; {M:chest X-ray}; {S:qSOFA} {X:2}; {V:T6}."
    ),
    mr(
        "{मूत्रपिंडाचा खडा}: {D:पोटॅशियम सायट्रेट} {X:१० mEq}; {L:मूत्रातील कॅल्शियम} {X:३२० mg/दिवस}; {M:सीटी केयूबी}; {O:Proteus mirabilis}; {V:L3}; {E:रँडलचे प्लेक}; {S:KDIGO G2}."
    ),
    mr(
        "{ल्युपस नेफ्रायटिस}: {D:मायकोफेनोलेट} {X:१ ग्रॅ.} दिवसातून दोनदा; {D:हायड्रॉक्सिक्लोरोक्विन} {X:२०० मि.ग्रॅ.}; {L:अँटी-डीएसडीएनए} {X:३२० IU/mL}; {M:मूत्रपिंड बायोप्सी}; {S:ISN/RPS वर्ग IV}; {G:HLA-DR3}."
    ),
    inn(
        "{Checkpoint-inhibitor nephritis} after {D:pembrolizumab} ({D:Keytruda}) {X:200 mg}: {D:prednisolone} {X:1 mg/kg}; {L:urine protein-creatinine ratio} {X:0.9 g/g}; {M:renal biopsy} {tubulitis}; {S:CTCAE grade 3}; {E:Fanconi syndrome} absent; {G:PD-L1} {X:80%}; {V:T4}."
    ),
    jv(
        "{Watu ginjel} ing saluran kemih: {D:kalium sitrat} {X:1 g}; {L:asam urat} {X:8,9 mg/dL}; {M:BNO-IVP}; {O:Proteus mirabilis}; {V:L2}; {hidronefrosis} tengen; {S:skor STONE} {X:7}."
    ),
    jv(
        "{Sindrom nefrotik} ing bocah: {D:prednison} {X:2 mg/kg}; {L:albumin} {X:1,7 g/dL}; {L:protein urin} {X:+4}; {M:USG ginjel}; {G:NPHS1}; {E:penyakit Berger} mboten wonten; {X:40 mg} {D:furosemid}."
    ),
    idn(
        "{Nefropati kontras} setelah {D:iopamidol} ({D:Iopamiro}) {X:120 mL}: {L:kreatinin serum} naik {X:0,8 mg/dL}; {D:natrium klorida 0,9%} {X:1 mL/kg/jam}; {M:angiografi koroner}; {S:skor Mehran} {X:11}; {E:tanda Chvostek} negatif; {V:T10}."
    ),
    idn(
        "{Leptospirosis berat} dengan {cedera ginjal akut}: {O:Leptospira interrogans}; {D:penisilin G} {X:1,5 juta unit}; {L:trombosit} {X:45.000/µL}; {L:bilirubin total} {X:12 mg/dL}; {M:hemodialisis}; {E:penyakit Weil}; {S:SOFA} {X:8}."
    ),
    ceb(
        "{Leptospirosis} nga adunay {acute kidney injury}: {O:Leptospira}; {D:doxycycline} {X:100 mg} kaduha sa adlaw; {L:creatinine} {X:4.8 mg/dL}; {L:potassium} {X:2.9 mmol/L}; {M:hemodialysis}; {E:Weil disease}; {V:L1}."
    ),
    ceb(
        "{IgA nephropathy}: {D:losartan} {X:50 mg}; {L:hematuria} ug {L:proteinuria} {X:1.4 g/adlaw}; {M:kidney biopsy}; {S:Oxford MEST-C} M1 E0 S1 T0; {G:C3} deposits; {E:Henoch-Schönlein purpura} wala."
    ),
    ph(
        "{Post-streptococcal glomerulonephritis}: {O:Streptococcus pyogenes}; {L:ASO titre} {X:800 IU/mL}; {L:C3} {X:0.3 g/L}; {D:penicillin V} {X:500 mg}; {D:furosemide} {X:20 mg}; {M:renal ultrasound}; {S:KDIGO stage 1}; {V:C4-C5}."
    ),
    sm(
        "{maʻi suka} ma le {maʻi fatugaʻo}: {D:metformin} ua taofi; {D:linagliptin} {X:5 mg}; {L:HbA1c} {X:10.2%}; {L:albumin i le mimi} {X:880 mg/g}; {M:ultrasound o fatugaʻo}; {S:KDIGO G4}; {V:L4}."
    ),
    sm(
        "{gout} ma {tophi}: {D:febuxostat} {X:40 mg}; {D:colchicine} {X:0.5 mg}; {L:uric acid} {X:0.58 mmol/L}; {M:X-ray} o lima; {E:Heberden nodes}; {O:Staphylococcus aureus} e leai."
    ),
    ws(
        "{Scrub typhus} is rare; {rheumatic heart disease} with {D:benzathine penicillin} {X:1.2 MU} monthly; {L:ASO titre} {X:640 IU/mL}; {M:echocardiography}; {E:Jones criteria}; {S:NYHA class II}; {V:T5}; {O:Streptococcus pyogenes}."
    ),
    tw(
        "{sickle cell nephropathy}: {G:HbSS}; {D:hydroxyurea} {X:15 mg/kg}; {L:mogya mu haemoglobin} {X:7,2 g/dL}; {L:albumin wɔ dwonsɔ mu} {X:310 mg/g}; {M:ultrasound}; {O:Salmonella} nni hɔ; {V:L1} {E:H-shaped vertebra}."
    ),
    tw(
        "{asikyire yadeɛ} ne {asaabone} ho yare: {D:metformin} gyae; {D:insulin glargine} {X:12 units}; {L:HbA1c} {X:9,8%}; {L:creatinine} {X:3,2 mg/dL}; {M:ECG}; {S:CKD stage 4}."
    ),
    gh(
        "{HIV-associated nephropathy}: {G:APOL1} G1/G2; {D:dolutegravir} {X:50 mg}; {D:tenofovir alafenamide} {X:25 mg}; {L:CD4 count} {X:210 cells/µL}; {M:renal biopsy} {collapsing FSGS}; {O:Mycobacterium tuberculosis} excluded; {E:Pott disease} absent; {V:T11-T12}."
    ),
    ln(
        "{Maladi ya ngenge} ({drépanocytose}): {G:HbSS}; {D:hydroxyurée} {X:20 mg/kg}; {L:hémoglobine} {X:6,8 g/dl}; {L:protéinurie} {X:1,1 g/24 h}; {M:échographie}; {O:Plasmodium falciparum} te; {V:L2}."
    ),
    ln(
        "{Konzo} te; {nephropathie ya VIH}: {D:ténofovir} etelemisami; {D:dolutégravir} {X:50 mg}; {L:créatinine} {X:3,1 mg/dl}; {M:biopsie rénale}; {S:KDIGO G4}; {E:syndrome de Fanconi}."
    ),
    frcd(
        "{glomérulonéphrite extramembraneuse} : {G:PLA2R} positif ; {D:rituximab} {X:1 g} J1 et J15 ; {L:albuminémie} {X:19 g/l} ; {L:protéinurie} {X:8,2 g/24 h} ; {M:biopsie rénale} ; {E:syndrome de Fanconi} absent ; {S:score de Charlson} {X:4} ; {V:L3-L4}."
    ),
    frcd(
        "{schistosomiase urinaire} : {O:Schistosoma haematobium} ; {D:praziquantel} {X:40 mg/kg} ; {L:hématurie} macroscopique ; {M:cystoscopie} ; {hydronéphrose} bilatérale ; {S:KDIGO G3a} ; {V:S1}."
    ),
    ti(
        "{ሕማም ኩሊት ብሰንኪ ሽኮር}፤ {D:ሜትፎርሚን} ደው ኢሉ፤ {D:ኢንሱሊን} {X:20 units}፤ {L:HbA1c} {X:9.4%}፤ {L:ኣልቡሚን ሽንቲ} {X:610 mg/g}፤ {M:ኣልትራሳውንድ}፤ {S:KDIGO G4}።"
    ),
    ti(
        "{ኣጣዳፊ ናይ ኩሊት ጉድኣት} ድሕሪ {O:Plasmodium vivax}፤ {D:ኣርቴሱኔት} {X:2.4 mg/kg}፤ {L:ክሬቲኒን} {X:5.2 mg/dL}፤ {M:ኩሊት ምሕጻብ}፤ {E:ሕማም ዌይል} የለን፤ {V:L1-L2}።"
    ),
    et(
        "{Visceral leishmaniasis} with {AKI}: {O:Leishmania donovani}; {D:liposomal amphotericin B} {X:3 mg/kg}; {D:sodium stibogluconate} avoided; {L:creatinine} {X:2.8 mg/dL}; {L:rK39} positive; {M:splenic aspirate}; {S:KDIGO stage 2}; {E:Fanconi syndrome} absent."
    ),
    ug(
        "{دىئابېتلىق بۆرەك كېسىلى}: {D:مېتفورمىن} توختىتىلدى؛ {D:داپاگلىفلوزىن} {X:10 mg}؛ {L:HbA1c} {X:8.6%}؛ {L:سۈيدۈك ئاقسىلى} {X:1.8 g/24h}؛ {M:ئۇلترا ئاۋاز}؛ {S:KDIGO G3b}؛ {V:L2-L3}."
    ),
    ug(
        "{بۆرەك تاش كېسىلى}: {D:كالىي سىترات} {X:1 g}؛ {L:سۈيدۈك كالتسىي} {X:340 mg/24h}؛ {M:CT}؛ {O:Proteus mirabilis}؛ {E:رېنداڵ داغلىرى}؛ {V:L3}."
    ),
    ugl(
        "{Börek tash késili}: {D:tamsulozin} {X:0,4 mg}; {L:süydük kislatasi} {X:8,1 mg/dL}; {M:ultra awaz}; {O:Escherichia coli}; {S:KDIGO G2}; {V:L4}."
    ),
    ugl(
        "{Nefrotik sindrom}: {D:prednizolon} {X:1 mg/kg}; {L:albumin} {X:2,0 g/dL}; {L:süydük aqsili} {X:5,6 g/24h}; {M:börek biopsiyisi}; {G:PLA2R}; {E:Alport késili} yoq."
    ),
    zhs(
        "{IgA肾病}：{D:氯沙坦}{X:50 mg}每日一次；{L:24小时尿蛋白}{X:1.6 g}；{M:肾活检}；{S:牛津分型 MEST-C} M1 E1 S1 T0；{G:C3}沉积；{E:过敏性紫癜}已排除；{V:L5-S1}。"
    ),
    zhs(
        "{造影剂肾病}：{D:碘克沙醇}{X:100 mL}后{L:血肌酐}升高{X:40%}；{D:生理盐水}{X:1 mL/kg/h}水化；{M:冠状动脉造影}；{S:Mehran评分}{X:12}；{O:大肠埃希菌}阴性；{V:T12}。"
    ),
    zht(
        "{多囊腎}（{G:PKD2}）：{D:托伐普坦}{X:60 mg}；{L:估算腎絲球過濾率}{X:42 mL/min/1.73 m²}；{M:腹部磁振造影}；{S:Mayo 分級 1D}；{O:克雷伯氏肺炎桿菌}；{V:L1-L2}。"
    ),
    zht(
        "{痛風}與{慢性腎臟病}：{D:非布司他}{X:40 mg}；{D:秋水仙素}{X:0.5 mg}；{L:尿酸}{X:9.8 mg/dL}；{M:雙能量電腦斷層}；{E:Heberden結節}；{S:KDIGO G3b}；{V:C5/C6}。"
    ),
    nan(
        "{Sin-chōng-iām}: {D:prednisolone} {X:30 mg}; {L:lān-chhiū-sng} {X:8.2 mg/dL}; {M:sin-chōng sek-bé}; {S:KDIGO G3a}; {O:Escherichia coli}; {V:L3-L4}."
    ),
    nan(
        "{Thâng-jiō-pēⁿ} kap {sin-chōng hō͘-sit}: {D:metformin} thêng; {D:insulin} {X:14 tan-ūi}; {L:HbA1c} {X:8.8%}; {M:chhiau-im-pho}; {S:CKD 4}; {E:Kimmelstiel-Wilson}."
    ),
]
