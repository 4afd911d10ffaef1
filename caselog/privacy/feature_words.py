# ruff: noqa: RUF001  (words of many scripts)
"""The words of the features that single a person out, language by language: for
``regional.find_regional_features``, beyond the older lists of ``gazetteer`` and ``kin``.

Each language (its ISO 639 code) has three lists:

- marks: a tattoo, a birthmark (the lay word; never the clinical "naevus"), a piercing, a
  brand, a ritual or tribal scarification: the word alone is the identifier;
- scars: the scar word, an identifier only with a cue in its clause;
- cues: what makes a scar someone's (a burn, a knife, a machete, a bite, an accident, a
  shape, a letter, a cross, a star) or a place everyone sees (the face, a cheek, the
  forehead, the hands).

How an entry is written: words apart by spaces, "_" between the words of a phrase, "*"
after a stem (any ending may follow), "*" before one that may stand inside a word (after a
Bantu noun-class prefix: "unesibazi"). In Latin, Greek and Cyrillic letters an entry is a
whole word, a stem folds to five letters or more and a word to three (no stem that begins
ordinary words: ``tests/privacy/test_feature_words``). In the other scripts an entry is a
word's start, its endings and particles free (Arabic and Hebrew after their proclitic
letters); in the scripts written without spaces (Thai, Lao, Khmer, Burmese, Chinese,
Japanese, Korean's compounds) anywhere.

Beyond the lists, ``LOANWORDS``: the shape of the loanword "tattoo" and "piercing" as
the languages of Europe spell them, for the languages no list holds.

Left out on purpose: "tatu" (Swahili and Zulu "three"), Tagalog "balat" (skin), Arabic
"خال" ("خالي من": free of), Thai "ปาน" alone ("ปานกลาง": moderate), Korean "칼" alone
("칼륨": potassium), Chinese "刀" alone ("刀口": a surgical incision), Estonian "arm"
(English "arm"), Persian "صورت" ("به صورت": as), Hindi "तिल" (sesame), and "mole" or
"naevus" wherever they are the clinical words.
"""

from __future__ import annotations

from collections.abc import Iterable

from caselog.privacy.letter_scripts import LISTED_SCRIPTS, script
from caselog.privacy.normalize import list_form
from caselog.privacy.patterns import phrases

# Scripts written without spaces between words (and Korean, whose particles and compounds
# join its words): an entry matches anywhere.
_UNSPACED = frozenset({"THAI", "LAO", "KHMER", "MYANMAR", "CJK", "HIRAGANA", "KATAKANA", "HANGUL"})
# The letters written before a word as part of it: the article and the prepositions
# ("الوجه", "بالسكين"; "בלחי", "והקעקוע").
_PROCLITICS = {"ARABIC": "(?:وال|بال|فال|كال|لل|ال|و|ب|ف|ل|ك)?", "HEBREW": "(?:[הובלמשכ]{1,2})?"}
_LETTER = r"[^\W\d_]"

# language: (marks, scars, cues)
LANGUAGES: dict[str, tuple[str, str, str]] = {
    # English (en): beyond ``gazetteer``'s; the places a scar is seen
    "en": (
        "tribal_mark tribal_marks facial_marks ritual_marks ritual_scarification "
        "tribal_scarification scarification_marks",
        "",
        "face cheek cheeks forehead chin eyebrow eyelid facial hand hands knuckles",
    ),
    # Icelandic (is)
    "is": (
        "húðflúr* fæðingarblett*",
        "örið örum",
        "kinninni enninu hnífi hnífur bruna*",
    ),
    # Faroese (fo)
    "fo": (
        "føðingarmerk*",
        "ørr ørrið",
        "andlit* kinnini enninum knívur*",
    ),
    # Danish (da), Norwegian (nb, nn), Swedish (sv): the places and causes
    "da": (
        "brandmærke* brennemerke* brannmerke* brännmärk* fødselsmærke*",
        "arrene",
        "ansigt* ansikt* kinden kinnet panden pannen pannan handen handa brandsar* knivstik* "
        "hundebid*",
    ),
    # Afrikaans (af)
    "af": ("", "", "gesig* voorkop*"),
    # Dutch (nl), Frisian (fy), Luxembourgish (lb), German (de)
    "nl": (
        "brandmerk* geboortevlek* brandmal* brandzeichen* schmiss schmisse schmissen",
        "littekens",
        "gezicht* voorhoofd* gesicht* wange wangen stirn* handrucken* messerstich* "
        "bisses bisswunde* hundebiss*",
    ),
    # French (fr), Haitian (ht), Seychellois (crs), Mauritian (mfe)
    "fr": (
        "tatou tatwaz mak_nesans marque_au_fer mark_brile mak_brile mak_boule",
        "sikatris lamark",
        "visage joue joues figi figir lafigir kouto machet aksidan boule brile* "
        "lazou lazoue lafront fron lamem",
    ),
    # Spanish (es), Catalan (ca), Galician (gl), Papiamento (pap), Chavacano (cbk)
    "es": (
        "marca_a_fuego herrado",
        "",
        "cara rostro mejilla* galta pomulo cuchillada* navajazo* machetazo*",
    ),
    # Portuguese (pt), Cape Verdean (kea)
    "pt": ("marca_de_nascenca", "", "rosto bochecha* testa facada* queimad*"),
    # Italian (it)
    # (and the lay birthmark "una voglia di fragola", of strawberry, wine or coffee;
    # "voglia" alone, a wish, only with a cue)
    "it": (
        "macchia_di_nascita voglia_di_fragola voglia_di_vino voglia_di_caffe",
        "voglia",
        "viso volto guancia* fronte coltellat* morsicat*",
    ),
    # Romanian (ro)
    "ro": (
        "semn_de_nastere",
        "",
        "obrazul frunte* cutit* muscat muscatura arsur*",
    ),
    # Polish (pl)
    "pl": ("", "", "twarz* policzk* czole czolo ugryzi*"),
    # Czech (cs), Slovak (sk)
    "cs": ("", "", "oblicej* tvari noze popalen* kousnut*"),
    # Slovene (sl), Croatian (hr), Bosnian (bs), Serbian (sr) in Latin letters
    "hr": ("", "", "licu lica celu opeklin*"),
    # Russian (ru)
    "ru": (
        "родимое_пятно родимого_пятна родимым_пятном пирсинг* клеймо клейма",
        "",
        "лице лицо лица лицу лбу лоб щеке щеки щеку щека щёк ножев* ожоговы* укуса укусом",
    ),
    # Ukrainian (uk)
    "uk": (
        "родима_пляма родиму_пляму родимої_плями татуюван* пірсинг* тавро",
        "",
        "обличч* щоці щоках чолі ножов* опіком укусу",
    ),
    # Belarusian (be)
    "be": (
        "татуіроў* радзімая_пляма",
        "шнар шнара шнары",
        "твары твар шчацэ ілбе нажом апёку",
    ),
    # Bulgarian (bg), Macedonian (mk), Serbian (sr) in Cyrillic letters
    "bg": (
        "татуировк* тетовирањ* тетоважа* рождено_петно родилен_белег",
        "белегот лузната",
        "лицето чело челото ножове изгорениц* ухапван*",
    ),
    # Lithuanian (lt)
    "lt": (
        "apgamas apgamo apgamu",
        "randai randu rando",
        "veidas veido veide skruost* kaktoje kakta peili* nudegim* ikandim*",
    ),
    # Latvian (lv)
    "lv": (
        "dzimumzim*",
        "retas retu",
        "seja sejas seju vaigs vaiga vaigu piere* nazi naza apdegum*",
    ),
    # Estonian (et)
    "et": ("sunnimark*", "armid armiga", "naol poskel otsal noaga poletus*"),
    # Finnish (fi)
    "fi": ("", "arven arpia", "kasvot kasvoissa kasvoilla kasvojen poskessa otsassa puukon*"),
    # Hungarian (hu)
    "hu": ("", "hegek heget", "arcan arcon homlok* kessel kesszuras*"),
    # Greek (el)
    "el": (
        "σημάδι_εκ_γενετής πίρσινγκ",
        "ουλές ουλών",
        "πρόσωπο προσώπου μάγουλο* μέτωπο* δάγκωμα* τροχαίο*",
    ),
    # Albanian (sq)
    "sq": ("nishan_lindje", "", "fytyr* balle thike thika kafshim*"),
    # Basque (eu)
    "eu": ("", "orbain*", "aurpegi* masail* kopeta* labana* erredura* hozka*"),
    # Irish (ga), Scottish Gaelic (gd), Breton (br)
    "ga": ("ball_broinne ball-broinne", "", "leiceann* aghaidh* eudann* scian* loscadh"),
    # Esperanto (eo)
    "eo": ("naskigmakul*", "cikatr*", "vizag* vango frunto trancil* brulvund*"),
    # Armenian (hy)
    "hy": (
        "դաջվածք տատու պիրսինգ ծննդյան_բիծ",
        "սպիներ",
        "դեմք այտին այտի ճակատ դանակ այրվածք խայթ",
    ),
    # Georgian (ka)
    "ka": ("ტატუ სვირინგ პირსინგ", "ნაწიბურ", "სახეზე სახის ლოყა შუბლ დანა დამწვრ ნაკბენ"),
    # Persian (fa), Dari (prs), Tajik (tg) in Persian letters
    "fa": (
        "خالکوبی ماهگرفتگی ماه_گرفتگی",
        "",
        "چهره پیشانی گونه‌اش گاز_گرفتگی",
    ),
    # Tajik (tg)
    "tg": (
        "холкӯб* модарзод*",
        "доғи_захм доғ_захм",
        "рӯй рӯяш рухсора* пешона* корд корди сӯхтагӣ",
    ),
    # Kurdish (ku, Kurmanji)
    "ku": ("deq deqa deqê", "", "rûyê eniya şewat*"),
    # Pashto (ps), Urdu (ur)
    "ur": (
        "ٹیٹو گودنا گودے پیدائشی_نشان",
        "زخم_کا_نشان زخم_کے_نشان",
        "چہرے چہرہ ماتھے گال چاقو جلنے",
    ),
    # Hindi (hi), Marathi (mr), Nepali (ne)
    "hi": (
        "टैटू टॅटू ट्याटु पियर्सिंग गोदना गोदने गोंदण जन्मचिह्न जन्म_चिह्न जन्म_का_निशान जन्मखूण",
        "",
        "चेहरे चेहरा चेहऱ्या माथे गाल चाकू जलने जले अनुहार कपाल",
    ),
    # Bengali (bn), Assamese (as)
    "bn": ("ট্যাটু উল্কি জন্মদাগ জন্ম_দাগ", "ক্ষতচিহ্ন ক্ষত_চিহ্ন কাটা_দাগ", "মুখে মুখের গালে কপালে ছুরি পোড়া"),
    # Punjabi (pa)
    "pa": ("ਟੈਟੂ", "ਨਿਸ਼ਾਨ", "ਚਿਹਰੇ ਮੱਥੇ ਗੱਲ੍ਹ ਚਾਕੂ ਸੜ"),
    # Gujarati (gu)
    "gu": ("ટેટૂ છૂંદણ", "ડાઘ", "ચહેરા કપાળ ગાલ ચાકુ દાઝ"),
    # Sinhala (si)
    "si": ("පච්ච ටැටූ", "කැළැල", "මුහුණ කම්මුල නළල පිහි පිළිස්ස"),
    # Tamil (ta)
    "ta": ("பச்சை_குத்த டாட்டூ", "தழும்ப", "முகத்த கன்னத்த நெற்றி கத்தி தீக்காய"),
    # Telugu (te)
    "te": ("పచ్చబొట్ట టాటూ", "మచ్చ", "ముఖం ముఖంపై చెంప నుదుట కత్తి కాలిన"),
    # Kannada (kn)
    "kn": ("ಹಚ್ಚೆ ಟ್ಯಾಟೂ", "ಗಾಯದ_ಗುರುತ", "ಮುಖದ ಮುಖದಲ್ಲಿ ಕೆನ್ನೆ ಹಣೆ ಚಾಕು ಸುಟ್ಟ"),
    # Malayalam (ml)
    "ml": ("പച്ചകുത്ത ടാറ്റൂ", "മുറിപ്പാട", "മുഖത്ത കവിള നെറ്റി കത്തി പൊള്ള"),
    # Turkish (tr)
    "tr": ("", "", "yuzunde yuzundeki yanag* alninda bicak* isirik* kazada kazasi"),
    # Azerbaijani (az)
    "az": ("doymə* doyme", "capiq* yara_yeri", "uzundə yanaq* bicaq* yaniq*"),
    # Uzbek (uz), Turkmen (tk)
    "uz": (
        "tugma_dog tug'ma_dog tugʻma_dogʻ tugma_belgi",
        "chandiq* yara_yzy",
        "yuzida yanog* peshona* pichoq* kuyish* kuygan*",
    ),
    # Kazakh (kk), Kyrgyz (ky), Tatar (tt), Uzbek in Cyrillic
    # (a mole or birthmark, Kazakh and Kyrgyz "мең", Kyrgyz "кал", Tatar and Bashkir
    # "миң", Uzbek "хол", is one only where everyone sees it: a cue)
    "kk": (
        "",
        "тыртық* тырык* чандиқ* мең меңи кал калы миң хол холи",
        "бетінде бетинде бетинен жүзінде пышақ* бычак* күйік* күйүк* жаагында жаагынан "
        "маңдайында маңдайынан юзида юзидаги пешонасида",
    ),
    # Mongolian (mn)
    "mn": ("шивээс*", "сорви*", "нүүрэн нүүрэнд нүүрний хацар* духан* хутга* түлэгд*"),
    # Arabic (ar), Maltese (mt) in Latin letters beyond ``gazetteer``
    "ar": (
        "وشم وشوم تاتو بيرسينغ بيرسنج وحمة وحمه",
        "ندوب ندبه",
        "وجه وجهه خده جبين جبهة سكين عضة حادث حروق",
    ),
    # Hebrew (he), Yiddish (yi)
    "he": ("קעקוע קעקועים כתם_לידה", "צלקות", "פניו לחי מצח סכין נשיכה"),
    # Amharic (am), Tigrinya (ti)
    "am": ("ንቅሳት ንቕሳት", "ጠባሳ", "ፊቱ ፊቷ ጉንጩ ግንባሩ ቢላዋ ቃጠሎ"),
    # Hausa (ha)
    "ha": ("tsaga tsagar zanen_fata", "tabo", "fuska* wuka gobara"),
    # Somali (so)
    "so": ("", "nabar nabarro", "wajiga wejiga mindi"),
    # Chichewa (ny)
    "ny": ("", "chipsera", "nkhope mpeni"),
    # Yoruba (yo), Igbo (ig), Wolof (wo), Fula (ff)
    "yo": ("ichi njam", "", "ihu oju"),
    # Swahili (sw): places and causes beyond ``gazetteer``'s
    "sw": ("", "", "usoni shavuni kisu panga ajali"),
    # Zulu (zu), Xhosa (xh), Ndebele (nd)
    "zu": ("", "*sibazi *zibazi isiva", "*busweni ubuso ummese imela"),
    # Kinyarwanda (rw), Kirundi (rn), Luganda (lg)
    "rw": ("", "inkovu enkovu", "mu_maso mu_maaso icyuma ekiso"),
    # Malagasy (mg)
    "mg": ("tatoazy", "holatra", "tarehy* tarehiny antsy takolaka takolany handrina handriny"),
    # Indonesian (id), Malay (ms), Javanese (jv), Sundanese (su)
    "id": (
        "tanda_lahir tanda_kelahiran",
        "parutnya",
        "wajah* muka pipi dahi pisau parang terbakar* luka_bakar kecelakaan gigitan",
    ),
    # Tagalog (tl), Cebuano (ceb), Ilocano (ilo)
    "tl": ("", "piklat", "mukha pisngi noo kutsilyo itak sunog aksidente kagat nawong"),
    # Hawaiian (haw), Maori (mi), Samoan (sm), Tongan (to), Fijian (fj)
    "mi": ("tatatau veiqia", "", "kanohi paparinga rae maripi naifi"),
    # Inuktitut (iu), Greenlandic (kl): the women's tattoos
    "iu": ("tunniit kakiniit", "", ""),
    # Odia (or)
    "or": ("ଟାଟୁ", "", ""),
    # Tok Pisin (tpi), Bislama (bi), Solomons Pijin (pis)
    "tpi": (
        "makim_skin",
        # any mark ("mak bilong sik", a sickness's; "mak bilong sua") where a cue says whose
        "mak_bilong_sua mak_blong_soa mak_bilong_bagarap mak_bilong mak_blong",
        "long_pes long_fes busnaip naip naef paia aksiden",
    ),
    # Krio (kri), Nigerian Pidgin (pcm), Jamaican (jam), Sranan (srn)
    "kri": ("kontri_mak kontri_mark tribal_mak", "", "in_fes nayf"),
    # Vietnamese (vi)
    "vi": ("xo_khuyen", "", "tren_mat o_mat tren_ma tren_tran bi_dao dao_dam tai_nan cho_can"),
    # Khmer (km)
    "km": ("ស្នាមសាក់ សាក់", "ស្លាកស្នាម ស្នាមរបួស", "លើមុខ ថ្ពាល់ ថ្ងាស កាំបិត រលាក"),
    # Thai (th)
    "th": (
        "รอยสัก แทททู ปานแดง ปานดำ ปานโปน",
        "แผลเป็น",
        "ใบหน้า หน้าผาก แก้ม มีด ไฟไหม้ ไฟลวก อุบัติเหตุ ถูกกัด",
    ),
    # Lao (lo)
    "lo": ("ຮອຍສັກ", "ແຜເປັນ", "ໃບໜ້າ ແກ້ມ ໜ້າຜາກ ມີດ ໄຟໄໝ້"),
    # Burmese (my)
    "my": ("ဆေးမင်ထိုး တက်တူး", "အမာရွတ်", "မျက်နှာ နဖူး ဓား မီးလောင်"),
    # Chinese (zh)
    "zh": (
        "纹身 紋身 刺青 胎记 胎記 烙印 文身",
        "疤 瘢痕",
        "脸 臉 面部 面颊 面頰 额头 額頭 额部 刀伤 刀傷 刀疤 砍伤 烧伤 燒傷 烫伤 咬伤 咬傷 "
        "车祸 車禍 十字 星形 心形 字母",
    ),
    # Japanese (ja)
    "ja": (
        "入れ墨 入墨 いれずみ イレズミ タトゥー ピアス",
        "傷跡 傷痕 きずあと",
        "顔 頬 ほお おでこ 額に 火傷 やけど ナイフ 刃物 咬まれ 事故",
    ),
    # Korean (ko)
    "ko": (
        "문신 타투 피어싱",
        "흉터",
        "얼굴 뺨 이마 화상 칼자국 칼에 흉기 물린 교통사고 십자 별_모양",
    ),
}

# Words that make a scar surgery's or a procedure's: a scar whose clause holds one is a
# finding, whatever place or cause the clause names ("a surgical scar on the cheek after
# Mohs", "ожог ... после операции"); a shape or a letter (``gazetteer.SCAR_CUES``) still
# singles it out.
CLINICAL = (
    "operat* operac* operas* operaz* operaç* opere* surgic* surgery chirurg* quirurg* "
    "cirurg* incision* incizi* incisi* *ectom* *ektom* *otomy* *otomi* laparo* sternot* "
    "fistul* biops* transplant* graft* pembedahan ameliyat* *leikkau* mutet* "
    "kateter* katheter* cathet* catet* postop* pooperac* posoperat* mohs excision* "
    "exzision* *plasty *plastik* *plastie upasuaji sokuhlinzwa pokanga operesen "
    "операц* послеоперац* хирург* разрез* χειρουργ* εγχείρ* τομή "
    "جراح عملية ניתוח ऑपरेशन सर्जरी शल्य অস্ত্রোপচার ਆਪ੍ਰੇਸ਼ਨ ઓપરેશન அறுவை "
    "శస్త్రచికిత్స ಶಸ್ತ್ರಚಿಕಿತ್ಸೆ ശസ്ത്രക്രിയ ශල්‍ය ოპერაცი ვირურგ վիրահատ ቀዶ "
    "手术 手術 수술 ผ่าตัด ຜ່າຕັດ វះកាត់ ခွဲစိတ် мэс_засал"
)


def _groups(entries: Iterable[str]) -> dict[tuple[str, bool, bool], list[str]]:
    """The entries' folded forms by how they are matched: the script's kind, whether
    inside a word, whether a stem."""
    out: dict[tuple[str, bool, bool], list[str]] = {}
    for entry in entries:
        inside, stem = entry.startswith("*"), entry.endswith("*")
        word = entry.strip("*")
        kind = _kind(word)
        for form in list_form((word,)):
            if form.isascii() and not list_form((word.lower(),))[0].isascii():
                continue  # capitals fold to Latin: "ТАВРО" to "tabpo", "ТАТУ" to Malagasy "taty"
            out.setdefault((kind, inside, stem), []).append(form)
    return out


def _kind(word: str) -> str:
    """How a word's script is matched: "listed" (Latin, Greek, Cyrillic), "unspaced",
    or the script's name."""
    s = next((script(c) for c in word if script(c)), "")
    if s in LISTED_SCRIPTS:
        return "listed"
    return "unspaced" if s in _UNSPACED else s


def source(entries: Iterable[str]) -> str:
    """One pattern for the entries, matched on the normal form in lower case."""
    parts = []
    for (kind, inside, stem), forms in sorted(_groups(entries).items()):
        body = f"(?:{phrases(forms)})"
        if kind == "unspaced":
            parts.append(body)
        elif kind == "listed":
            start = "" if inside else rf"(?<!{_LETTER})"
            parts.append(start + body + ("" if stem else rf"(?!{_LETTER})"))
        else:
            parts.append(("" if inside else r"(?<!\w)" + _PROCLITICS.get(kind, "")) + body)
    return "|".join(parts)


def _column(i: int) -> list[str]:
    return [w for lists in LANGUAGES.values() for w in lists[i].split()]


# The loanword "tattoo" as the languages of Europe took it, whichever the language
# ("tatuaghju", "tatouadur", "Tätowering", "tatowěrowanje", "tetovanie", "tatoveering",
# "tatuiruotė"), and "piercing" as they spell it ("pirsing", "pīrsings"): the marks of
# languages no list holds. Not "tatu" (three), "tatua" (Swahili: solve), "tetua"
# (Indonesian: an elder), "tatou" (an armadillo), "tatov", "tatovej" (Slovak: father's).
LOANWORDS = (
    r"(?<![^\W\d_])(?:tat{1,2}(?:ua[^\W\d_]|ue[rn]|uir|uim|uo[iwn])"
    r"|t[ae]t{1,2}(?:oo|ou[aeiw]|owe?i?e?r|oe[ae]|ov(?:er|ee))"
    r"|tet{1,2}ov(?:ej|an|al|az|ir|ac)|pie?rs{1,2}ing)[^\W\d_]*"
)
MARKS = source(_column(0)) + "|" + LOANWORDS
SCARS = source(_column(1))
CUES = source(_column(2))
CLINICAL_WORDS = source(CLINICAL.split())
