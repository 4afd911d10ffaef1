"""Ordinary and clinical words of the scripts ``scripts`` judges, where a list ships.

``resources/words/scripts.txt`` holds each script's function words and common clinical
words, written for caselog. A dictionary's words may be added as
``resources/words/scripts/<script>.txt.gz`` (``build_words.py --only scripts``); none is
shipped: their names and places cannot be told from their words (README.md). A word no
list knows is a possible identifier unless ``translit`` reads it as a clinical
loanword.
"""

from __future__ import annotations

import gzip
import unicodedata
from functools import cache

from caselog.paths import resource_path
from caselog.privacy.letter_scripts import script
from caselog.privacy.normalize import fold_word
from caselog.privacy.vocab import date_word as _latin_date_word


@cache
def _written() -> dict[str, frozenset[str]]:
    """``scripts.txt``: each script's function words and common clinical words."""
    out: dict[str, set[str]] = {}
    for ln in resource_path("words", "scripts.txt").read_text(encoding="utf-8").splitlines():
        head, sep, rest = ln.partition(":")
        if sep and not ln.startswith("#"):
            ws = [unicodedata.normalize("NFC", w) for w in rest.split()]
            # the normal form drops the Persian joiner ("میلی‌گرم" is read "میلیگرم")
            out.setdefault(head.strip(), set()).update(ws, (_unjoined(w) for w in ws))
    return {k: frozenset(v) for k, v in out.items()}


def _unjoined(word: str) -> str:
    return word.replace("\u200c", "").replace("\u200d", "")


@cache
def words_of(script_name: str) -> frozenset[str]:
    """The listed words of a script (NFC): ``scripts.txt``'s, and a dictionary's where
    one is built (``scripts/<script>.txt.gz``)."""
    written = _written().get(script_name, frozenset())
    path = resource_path("words", f"scripts/{script_name.lower()}.txt.gz")
    if not path.exists():
        return written
    text = gzip.decompress(path.read_bytes()).decode("utf-8")
    return written | {ln for ln in text.splitlines() if ln and not ln.startswith("#")}


def head(word: str, script_name: str) -> bool:
    """``word`` is a head word of ``scripts.txt``'s ``HEADS`` line (syndrome, disease,
    sign, test), with its script's affixes off."""
    from caselog.privacy.translit import stripped

    heads = words_of("HEADS")
    w = unicodedata.normalize("NFC", word)
    return any(x in heads for x in stripped(w, script_name)) or w.lower() in heads


@cache
def _longest_word(script_name: str) -> int:
    return max((len(w) for w in words_of(script_name)), default=0)


def ordinary(word: str, script_name: str) -> bool:
    """``word`` is a word of its script's list."""
    from caselog.privacy.translit import stripped

    ws = words_of(script_name)
    if not ws or date_word(word):
        return False
    # with the script's article, prefixes or endings off ("والكلى", "신장의")
    w = unicodedata.normalize("NFC", word)
    if w in ws or any(x in ws for x in stripped(w, script_name)):
        return True
    # a script with capitals (Armenian): a listed word at a sentence's start
    low = w.lower()
    return low != w and (low in ws or any(x in ws for x in stripped(low, script_name)))


def longest(run: str, i: int, script_name: str) -> int:
    """The length of the longest listed word of ``run`` starting at ``i`` (0 for none)."""
    ws = words_of(script_name)
    if not ws:
        return 0
    for j in range(min(len(run), i + _longest_word(script_name)), i, -1):
        if run[i:j] in ws:
            return 0 if date_word(run[i:j]) else j - i
    return 0


# Scripts the word lists read, whose words ``common`` judges as written (the scanner's
# folding strips the accents that tell Vietnamese "chứng" from the surname Chung, and reads
# Cyrillic and Greek letters as the Latin ones they look like).
_AS_WRITTEN = frozenset({"CYRILLIC", "GREEK", "LATIN"})
# Endings of gender and number a Cyrillic participle or adjective takes ("назначен",
# "назначена", "назначено", "назначены").
_CYRILLIC_ENDINGS = tuple("аоиыеяу")


def common(word: str) -> bool:
    """``word``, as written in the note (its accents and letters, any case), is an
    ordinary or clinical word of a language of ``scripts.txt``'s Cyrillic, Greek or Latin
    lines: Ukrainian, Bulgarian, Serbian, Macedonian and Mongolian words, Russian
    participles, Greek verb forms, Vietnamese syllables (those that are names too, the
    ``LATIN-LOWER`` line, only in lower case); a Cyrillic word also less one ending of
    gender or number, the rest five letters or more."""
    w = unicodedata.normalize("NFC", word).lower()
    s = _script_of(w)
    if s not in _AS_WRITTEN:
        return False
    if s == "LATIN" and w in words_of("LATIN-LOWER"):
        return word.islower()  # a Vietnamese syllable that is a name too: in lower case only
    ws = words_of(s)
    if w in ws or (s == "LATIN" and _latin_known(w)):
        return True
    if s == "LATIN" and word.islower() and w in latin_dictionaries():
        return True  # a dictionary's word (Swahili, Tagalog): in lower case only
    return s == "CYRILLIC" and len(w) > 5 and w.endswith(_CYRILLIC_ENDINGS) and w[:-1] in ws


# Tone marks of Yoruba and Igbo (and the accents of any list's words): a note may write
# a word with them, without them, or with its dots below alone ("lẹ́yìn", "lẹyin", "leyin").
_TONES = frozenset("\u0300\u0301\u0302\u0304\u030c")


def _unmarked(word: str, keep: str) -> str:
    d = unicodedata.normalize("NFD", word)
    return unicodedata.normalize("NFC", "".join(c for c in d if c in keep or c.isalpha()))


@cache
def latin_languages() -> dict[str, frozenset[str]]:
    """``latin-languages.txt``: each language's common and clinical words (Swahili,
    Malagasy, Quechua, Tagalog, Yoruba, Hausa, Igbo, Zulu, Xhosa, Somali, Haitian Creole,
    Kinyarwanda), lower case, NFC, each also without its tone marks, without any mark
    and with either apostrophe; never a month, weekday or holiday (``vocab.date_word``:
    Haitian "fèb" unmarked is "feb")."""
    out: dict[str, frozenset[str]] = {}
    for lang, rest in _latin_lines():
        if lang.endswith(("-endings", "-beginnings")):
            continue
        found: set[str] = set()
        for raw in rest.split():
            w = unicodedata.normalize("NFC", raw.lower())
            keep = "".join(c for c in unicodedata.normalize("NFD", w) if not c.isalpha())
            forms = {w, _unmarked(w, "".join(set(keep) - _TONES)), _unmarked(w, "'’-")}
            forms |= {f.replace("'", "’") for f in forms}
            found |= {f for f in forms if not _latin_date_word(fold_word(f))}
        out[lang.strip()] = frozenset(found)
    return out


def _latin_lines() -> list[tuple[str, str]]:
    text = resource_path("words", "latin-languages.txt").read_text(encoding="utf-8")
    return [
        (lang.strip(), rest)
        for lang, sep, rest in (ln.partition(":") for ln in text.splitlines())
        if sep and not lang.startswith("#")
    ]


@cache
def _latin_endings() -> tuple[tuple[str, tuple[str, ...]], ...]:
    """Each language's endings (its ``xx-endings`` line), longest first."""
    return tuple(
        (lang.removesuffix("-endings"), tuple(sorted(rest.split(), key=len, reverse=True)))
        for lang, rest in _latin_lines()
        if lang.endswith("-endings")
    )


@cache
def latin_dictionaries() -> frozenset[str]:
    """The lower-case entries of the hunspell dictionaries of these languages
    (``latin-sw.txt.gz``, ``latin-tl.txt.gz``, built by build_words.py less names,
    places and dates), NFC."""
    out: set[str] = set()
    for path in sorted(resource_path("words").glob("latin-*.txt.gz")):
        text = gzip.decompress(path.read_bytes()).decode("utf-8")
        out.update(ln for ln in text.splitlines() if ln and not ln.startswith("#"))
    return frozenset(out)


@cache
def _latin_any() -> frozenset[str]:
    return frozenset().union(*latin_languages().values())


@cache
def _latin_beginnings() -> tuple[tuple[str, str, str], ...]:
    """(language, beginning, what it stands for) of the ``xx-beginnings`` lines."""
    return tuple(
        (lang.removesuffix("-beginnings"), b, r)
        for lang, rest in _latin_lines()
        if lang.endswith("-beginnings")
        for b, _, r in (pair.partition("=") for pair in rest.split())
    )


def _latin_known(w: str) -> bool:
    """``w`` (lower case, NFC) is a word of a language of ``latin-languages.txt``, or one
    with an ending of that language off ("hampita", "isbitaalkii"), its beginning read as
    what it stands for ("nomchamo" as "umchamo"), or after an elided word and an
    apostrophe ("n'inkari")."""
    if w in _latin_any():
        return True
    lists = latin_languages()
    head, sep, tail = w.replace("’", "'").rpartition("'")
    if sep and len(head) <= 2 and len(tail) >= 3 and tail in _latin_any():
        return True
    if any(
        len(w) - len(b) >= 4 and w.startswith(b) and r + w[len(b) :] in lists.get(lang, ())
        for lang, b, r in _latin_beginnings()
    ):
        return not _latin_date_word(fold_word(w))
    return any(
        w[: len(w) - len(end)] in lists.get(lang, frozenset())
        for lang, ends in _latin_endings()
        for end in ends
        if len(w) - len(end) >= 3 and w.endswith(end)
    ) and not _latin_date_word(fold_word(w))


def _script_of(word: str) -> str:
    """The script of ``word``'s letters when they are all of one, else ""."""
    found = {script(c) for c in word if c.isalpha()}
    return found.pop() if len(found) == 1 else ""


# Months of the calendars written in these scripts (Gregorian, Hijri, Solar Hijri,
# Hebrew, Hindu, Bengali, Thai; the Vikram Samvat months in Gujarati and Nepali): parts
# of a date, never ordinary words of a list.
_MONTHS = """
    كانون تشرين شباط آذار نيسان أيار حزيران تموز آب
    أيلول يناير فبراير مارس أبريل إبريل مايو يونيو يوليو
    أغسطس سبتمبر أكتوبر نوفمبر ديسمبر جانفي فيفري أفريل ماي
    جوان جويلية أوت محرم صفر ربيع جمادى رجب شعبان
    رمضان شوال القعدة الحجة فروردین اردیبهشت خرداد تیر مرداد
    شهریور مهر آبان آذر دی بهمن اسفند ژانویه فوریه
    آوریل مه ژوئن ژوئیه اوت سپتامبر اکتبر نوامبر دسامبر
    ינואר פברואר מרץ אפריל מאי יוני יולי אוגוסט ספטמבר
    אוקטובר נובמבר דצמבר תשרי חשוון חשון כסלו טבת שבט
    אדר ניסן אייר סיוון סיון תמוז אב אלול जनवरी
    फ़रवरी फरवरी मार्च अप्रैल मई जून जुलाई अगस्त सितंबर
    सितम्बर अक्टूबर अक्तूबर नवंबर नवम्बर दिसंबर दिसम्बर चैत्र वैशाख
    ज्येष्ठ आषाढ़ श्रावण सावन भाद्रपद आश्विन कार्तिक मार्गशीर्ष पौष
    माघ फाल्गुन জানুয়ারি ফেব্রুয়ারি মার্চ এপ্রিল মে জুন জুলাই
    আগস্ট সেপ্টেম্বর অক্টোবর নভেম্বর ডিসেম্বর বৈশাখ জ্যৈষ্ঠ আষাঢ় শ্রাবণ
    ভাদ্র আশ্বিন কার্তিক অগ্রহায়ণ পৌষ মাঘ ফাল্গুন চৈত্র มกราคม
    กุมภาพันธ์ มีนาคม เมษายน พฤษภาคม มิถุนายน กรกฎาคม สิงหาคม กันยายน ตุลาคม
    พฤศจิกายน ธันวาคม იანვარი თებერვალი მარტი აპრილი მაისი ივნისი ივლისი
    აგვისტო სექტემბერი ოქტომბერი ნოემბერი დეკემბერი հունվար հունվարի փետրվար
    փետրվարի մարտ մարտի ապրիլ ապրիլի մայիս մայիսի հունիս հունիսի հուլիս հուլիսի
    օգոստոս օգոստոսի սեպտեմբեր սեպտեմբերի հոկտեմբեր հոկտեմբերի նոյեմբեր նոյեմբերի
    դեկտեմբեր դեկտեմբերի ਜਨਵਰੀ ਫ਼ਰਵਰੀ ਫਰਵਰੀ ਮਾਰਚ ਅਪ੍ਰੈਲ ਅਪਰੈਲ ਮਈ ਜੂਨ ਜੁਲਾਈ ਅਗਸਤ
    ਸਤੰਬਰ ਅਕਤੂਬਰ ਨਵੰਬਰ ਦਸੰਬਰ جنوری فروری مارچ اپریل مئی جولائی اگست ستمبر
    اکتوبر نومبر دسمبر ஜனவரி பிப்ரவரி மார்ச் ஏப்ரல் ஜூன் ஜூலை ஆகஸ்ட் செப்டம்பர்
    அக்டோபர் நவம்பர் டிசம்பர் ජනවාරි පෙබරවාරි මාර්තු අප්‍රේල් මැයි ජූනි ජූලි අගෝස්තු
    සැප්තැම්බර් ඔක්තෝබර් නොවැම්බර් දෙසැම්බර් ဇန်နဝါရီ ဖေဖော်ဝါရီ ဧပြီ ဇူလိုင်
    ဩဂုတ် စက်တင်ဘာ အောက်တိုဘာ နိုဝင်ဘာ ဒီဇင်ဘာ មករា កុម្ភៈ មីនា មេសា ឧសភា មិថុនា
    កក្កដា សីហា កញ្ញា តុលា វិច្ឆិកា ធ្នូ ጥር የካቲት መጋቢት ሚያዝያ ግንቦት ሰኔ ሐምሌ ነሐሴ
    መስከረም ጥቅምት ኅዳር ታኅሣሥ ጃንዋሪ ፌብሩዋሪ ማርች ኤፕሪል ሜይ ጁን ጁላይ ኦገስት
    ሴፕቴምበር ኦክቶበር ኖቬምበር ዲሴምበር જાન્યુઆરી ફેબ્રુઆરી માર્ચ એપ્રિલ જૂન જુલાઈ
    ઓગસ્ટ સપ્ટેમ્બર ઓક્ટોબર નવેમ્બર ડિસેમ્બર జనవరి ఫిబ్రవరి మార్చి ఏప్రిల్ జూన్ జూలై
    ఆగస్టు సెప్టెంబర్ అక్టోబర్ నవంబర్ డిసెంబర్ ജനുവരി ഫെബ്രുവരി മാർച്ച് ഏപ്രിൽ ജൂൺ
    ജൂലൈ ഓഗസ്റ്റ് സെപ്റ്റംബർ ഒക്ടോബർ നവംബർ ഡിസംബർ ಜನವರಿ ಫೆಬ್ರವರಿ ಮಾರ್ಚ್ ಏಪ್ರಿಲ್
    ಜೂನ್ ಜುಲೈ ಆಗಸ್ಟ್ ಸೆಪ್ಟೆಂಬರ್ ಅಕ್ಟೋಬರ್ ನವೆಂಬರ್ ಡಿಸೆಂಬರ್ ມັງກອນ ກຸມພາ ມີນາ ເມສາ
    ພຶດສະພາ ມິຖຸນາ ກໍລະກົດ ສິງຫາ ກັນຍາ ຕຸລາ ພະຈິກ ທັນວາ
    કારતક માગશર પોષ ફાગણ ચૈત્ર વૈશાખ જેઠ અષાઢ શ્રાવણ ભાદરવો ભાદરવા આસો
    बैशाख वैशाख जेठ असार साउन भदौ असोज कात्तिक मंसिर पुस फागुन चैत
"""
DATE_WORDS = frozenset(unicodedata.normalize("NFC", w) for w in _MONTHS.split())


def date_word(word: str) -> bool:
    """``word`` is a month of one of the calendars, or an inflected form of one: it
    begins with a month of five letters or more less its last letter and is at most
    three letters longer (Georgian "მარტს", "მარტში")."""
    w = unicodedata.normalize("NFC", word)
    if w in DATE_WORDS:
        return True
    return any(len(m) >= 5 and w.startswith(m[:-1]) and len(w) <= len(m) + 3 for m in _MONTH_STEMS)


_MONTH_STEMS = tuple(m for m in DATE_WORDS if unicodedata.normalize("NFC", m) == m)
