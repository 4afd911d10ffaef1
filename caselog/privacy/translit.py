"""Clinical loanwords in other scripts, read through a consonant skeleton.

Drug names (INNs), lab names and many disease and procedure words are written in other
scripts as they sound: Georgian "კრეატინინი", Arabic "الكرياتينين", Persian "کراتینین",
Hindi "क्रिएटिनिन", Korean "크레아티닌", Thai "ครีเอตินีน" and Hebrew "קריאטינין" are all
creatinine. Each script's letters are read as classes of consonants (``_TABLES``): P (p b
f v), T (t d), K (k g q, c and ch as k), J (j, g and c soft), S (s z sh ts), M, N, L (l
and r, which Korean and Japanese do not tell apart); vowels, h, y and w are dropped (the
scripts write vowels partly or not at all), a letter that is a vowel or a consonant
(Hebrew ו, Persian و) may be either, and a run of one class is one. A Latin word is read
the same way (``latin_skeleton``).

A word of another script is a clinical loanword when one of its readings, with the
script's article, prefixes or case endings taken off (``_AFFIXES``), is the skeleton of a
word of the clinical vocabularies (``vocab``: clinical words, drugs, the medical
dictionary; five letters or more) and no skeleton of a name or a place of the gazetteers
(the name lists, the medical dictionary's eponyms named after persons): a transliterated
name is never clinical, however clinical its skeleton. Skeletons shorter than four
classes say too little and match nothing.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache, lru_cache
from itertools import product

MIN_CLASSES = 5  # a shorter skeleton matches too many words and names
_MAX_READINGS = 256
_TOLERANCE = 0  # full-key edits allowed
# a reading that needs vowels the script left out is trusted from six classes: read
# without their vowels, 4.3% of the names held out of the gazetteers found a clinical
# word at five classes, 0.45% at six
_MIN_CLASSES_UNWRITTEN = 6
_NAME_MARGIN = 0  # edits within which a name's full key excludes a clinical word's

# Each letter's classes: a string of class letters, "" for a letter read as nothing (a
# vowel, h, y, w), "-" among them for a letter that may be either (a vowel letter that is
# also a consonant).
_GEORGIAN = {
    **dict.fromkeys("აეიოუ", "V"),
    "ბ": "P", "გ": "K", "დ": "T", "ვ": "PV", "ზ": "S", "თ": "T", "კ": "K", "ლ": "L",
    "მ": "M", "ნ": "N", "პ": "P", "ჟ": "J", "რ": "L", "ს": "S", "ტ": "T", "ფ": "P",
    "ქ": "K", "ღ": "K", "ყ": "K", "შ": "S", "ჩ": "JS", "ც": "S", "ძ": "SJ", "წ": "S",
    "ჭ": "JS", "ხ": "K", "ჯ": "J", "ჰ": "",
}  # fmt: skip
_ARABIC = {
    **dict.fromkeys("اأإآٱىءؤئعةۀےۃ", "V"), **dict.fromkeys("حهھ", ""),
    "ب": "P", "ت": "T", "ث": "TS", "ج": "JK", "خ": "K", "د": "T", "ذ": "TS", "ر": "L",
    "ز": "S", "س": "S", "ش": "S", "ص": "S", "ض": "T", "ط": "T", "ظ": "TS", "غ": "K",
    "ف": "P", "ق": "K", "ك": "K", "ل": "L", "م": "M", "ن": "N", "و": "VP", "ي": "V",
    # Persian and Urdu letters
    "پ": "P", "چ": "JS", "ژ": "JS", "گ": "K", "ک": "K", "ی": "V", "ٹ": "T", "ڈ": "T",
    "ڑ": "L", "ں": "N", "ڤ": "P",
}  # fmt: skip
_HEBREW = {
    **dict.fromkeys("אעי", "V"), "ה": "",
    "ב": "P", "ג": "KJ", "ד": "T", "ו": "VP", "ז": "SJ", "ח": "K", "ט": "T", "כ": "K",
    "ך": "K", "ל": "L", "מ": "M", "ם": "M", "נ": "N", "ן": "N", "ס": "S", "פ": "P",
    "ף": "P", "צ": "S", "ץ": "S", "ק": "K", "ר": "L", "ש": "S", "ת": "T",
}  # fmt: skip
_DEVANAGARI = {
    "क": "K", "ख": "K", "ग": "K", "घ": "K", "ङ": "N", "च": "JS", "छ": "JS", "ज": "JS",
    "झ": "JS", "ञ": "N", "ट": "T", "ठ": "T", "ड": "T", "ढ": "T", "ण": "N", "त": "T",
    "थ": "T", "द": "T", "ध": "T", "न": "N", "प": "P", "फ": "P", "ब": "P", "भ": "P",
    "म": "M", "य": "V", "र": "L", "ल": "L", "ळ": "L", "व": "PV",
    **dict.fromkeys("अआइईउऊऋएऐओऔऑ", "V"), "श": "S", "ष": "S",
    "स": "S", "ह": "", "ं": "NV", "ँ": "",
}  # fmt: skip
_BENGALI = {
    "ক": "K", "খ": "K", "গ": "K", "ঘ": "K", "ঙ": "N", "চ": "JS", "ছ": "JS", "জ": "JS",
    "ঝ": "JS", "ঞ": "N", "ট": "T", "ঠ": "T", "ড": "T", "ঢ": "T", "ণ": "N", "ত": "T",
    "থ": "T", "দ": "T", "ধ": "T", "ন": "N", "প": "P", "ফ": "P", "ব": "PV", "ভ": "P",
    "ম": "M", "য": "VJ", "র": "L", "ল": "L", "শ": "S",
    **dict.fromkeys("অআইঈউঊঋএঐওঔ", "V"),
    "ষ": "S", "স": "S", "হ": "", "ৎ": "T", "ং": "NV", "ঁ": "", "ড়": "L", "ঢ়": "L", "য়": "V",
}  # fmt: skip
_TAMIL = {
    "க": "K", "ங": "N", "ச": "SJ", "ஞ": "N", "ட": "T", "ண": "N", "த": "T", "ந": "N",
    "ப": "P", "ம": "M", "ய": "V", "ர": "L", "ற": "LT", "ல": "L", "ள": "L", "ழ": "L",
    "வ": "PV", "ன": "N", "ஜ": "J", "ஷ": "S", "ஸ": "S", "ஹ": "", "ஃ": "",
    **dict.fromkeys("அஆஇஈஉஊஎஏஐஒஓஔ", "V"),
}  # fmt: skip
_THAI = {
    **dict.fromkeys("กขฃคฅฆ", "K"), "ง": "N", **dict.fromkeys("จฉชฌ", "JS"), "ซ": "S",
    "ญ": "NV", **dict.fromkeys("ฎดฏต", "T"), **dict.fromkeys("ฐฑฒถทธ", "T"),
    **dict.fromkeys("ณน", "N"), **dict.fromkeys("บป", "P"), **dict.fromkeys("ผพภฝฟ", "P"),
    "ม": "M", "ย": "V", **dict.fromkeys("รฤลฦฬ", "L"), "ว": "VP",
    **dict.fromkeys("ศษส", "S"), **dict.fromkeys("หฮ", ""), "อ": "V",
    **dict.fromkeys("ะาำเแโใไๅ", "V"),
}  # fmt: skip
# Armenian, both cases ("Ալպորտի" at a sentence's start as "ալպորտի").
_ARMENIAN_LOWER = {
    **dict.fromkeys("աեէըիոօւյ", "V"), "հ": "", "և": "VP",
    "բ": "P", "գ": "K", "դ": "T", "զ": "S", "թ": "T", "ժ": "J", "լ": "L", "խ": "K",
    "ծ": "S", "կ": "K", "ձ": "S", "ղ": "K", "ճ": "JS", "մ": "M", "ն": "N", "շ": "S",
    "չ": "JS", "պ": "P", "ջ": "J", "ռ": "L", "ս": "S", "վ": "PV", "տ": "T", "ր": "L",
    "ց": "S", "փ": "P", "ք": "K", "ֆ": "P",
}  # fmt: skip
_ARMENIAN = {**_ARMENIAN_LOWER, **{c.upper(): v for c, v in _ARMENIAN_LOWER.items() if c != "և"}}
# Katakana, the script of Japanese loanwords (a syllable's consonant).
_KATAKANA = {
    **dict.fromkeys("アイウエオァィゥェォヤユヨャュョワヲー", "V"), "ッ": "",
    **dict.fromkeys("カキクケコガギグゲゴ", "K"), **dict.fromkeys("サスセソザズゼゾ", "S"),
    "シ": "SJ", "ジ": "SJT", **dict.fromkeys("タテトダデド", "T"), "チ": "TJS",
    "ツ": "TS", **dict.fromkeys("ナニヌネノン", "N"), **dict.fromkeys("ハヒヘホ", ""),
    "フ": "P", **dict.fromkeys("バビブベボパピプペポヴ", "P"),
    **dict.fromkeys("マミムメモ", "M"), **dict.fromkeys("ラリルレロ", "L"),
}  # fmt: skip
# Hangul jamo of a syllable: its initial (19) and final (28) consonants.
_HANGUL_INITIAL = ("K", "K", "N", "T", "T", "L", "M", "P", "P", "S", "S", "", "JS", "JS",
                   "JS", "K", "T", "P", "")  # fmt: skip
_HANGUL_FINAL = ("", "K", "K", "K S", "N", "N J", "N", "T", "L", "L K", "L M", "L P", "L S",
                 "L T", "L P", "L", "M", "P", "P S", "S", "S", "N", "JS", "JS", "K", "T", "P",
                 "")  # fmt: skip

_TABLES: dict[str, dict[str, str]] = {
    "GEORGIAN": _GEORGIAN,
    "ARMENIAN": _ARMENIAN,
    "ARABIC": _ARABIC,
    "HEBREW": _HEBREW,
    "DEVANAGARI": _DEVANAGARI,
    "BENGALI": _BENGALI,
    "TAMIL": _TAMIL,
    "THAI": _THAI,
    "KATAKANA": _KATAKANA,
}
# Letters of a table's script read as nothing: vowel signs, viramas, tone marks (every
# mark not in the table), and the Thai consonant a thanthakhat silences kept as optional.
_THANTHAKHAT = "\u0e4c"

# Articles, prefixes and endings that a script writes joined to a word, tried off in turn
# (a prefix, an ending, or both).
_AFFIXES: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {
    "ARABIC": (
        ("وال", "بال", "فال", "كال", "لل", "ال", "و", "ب", "ل", "ف", "ك", "با", "به"),
        ("های", "ها", "ات", "ی", "ش"),
    ),
    "HEBREW": (
        ("וה", "שה", "בה", "לה", "מה", "כה", "ה", "ו", "ב", "ל", "מ", "ש", "כ"),
        ("ים", "ות"),
    ),
    "GEORGIAN": ((), ("ების", "ები", "ებს", "ისა", "ის", "ში", "ით", "მა", "ზე", "თან", "ად", "ს")),
    # Armenian's article, case endings and plurals ("երիկամի", "երիկամում", "դեղերը")
    "ARMENIAN": ((), ("ների", "ներ", "երի", "եր", "ում", "ից", "ով", "ին", "ը", "ն", "ի")),
    "HANGUL": (
        (),
        (
            "이었다",
            "이다",
            "이며",
            "에서",
            "으로",
            "에게",
            "을",
            "를",
            "이",
            "가",
            "은",
            "는",
            "의",
            "에",
            "과",
            "와",
            "로",
            "도",
            "만",
        ),
    ),  # fmt: skip
    "TAMIL": ((), ("த்தில்", "த்தின்", "க்கு", "த்தை", "உடன்", "ில்", "ின்", "ை", "ால்")),
    "BENGALI": ((), ("ের", "র", "কে", "তে", "টি", "টা")),
    "DEVANAGARI": ((), ("ों", "ें")),
}


# Kana whose vowel Japanese adds to a consonant that has none in the source word.
_EPENTHETIC_KANA = frozenset("クスツヌフムルグズブプトド")
_ARTICLES = frozenset({"وال", "بال", "فال", "كال", "لل", "ال"})


def _hangul(c: str) -> list[str]:
    code = ord(c) - 0xAC00
    initial, final = code // 588, code % 28
    out = [_HANGUL_INITIAL[initial]] if _HANGUL_INITIAL[initial] else []
    # ㅡ (eu) is the vowel Korean puts between the consonants of a cluster ("크레아티닌"):
    # it may stand for none, at no cost ("~")
    vowel = "V~" if (code % 588) // 28 == 18 else "V"
    return [*out, vowel, *_HANGUL_FINAL[final].split()]


# Marks that write no vowel: viramas, nuktas, Thai tone marks, Arabic shadda and
# sukun, Hebrew dagesh and the shin's dots.
_NOT_VOWELS = frozenset(
    "\u094d\u09cd\u0bcd\u093c\u09bc\u0e47\u0e48\u0e49\u0e4a\u0e4b\u0651\u0652"
    "\u05bc\u05c1\u05c2\u05f3\u05f4\u200c\u0640"
)
_INDIC = frozenset({"DEVANAGARI", "BENGALI", "TAMIL"})
_VIRAMA = frozenset("\u094d\u09cd\u0bcd")
# Scripts that may leave vowels unwritten (Arabic's short vowels, Hebrew's, the Thai
# vowel a consonant cluster implies): a run of one class may stand for two.
_VOWELS_UNWRITTEN = frozenset({"ARABIC", "HEBREW", "THAI"})


def _slots(word: str, script_name: str) -> list[str] | None:
    """Each letter's options in turn (class letters, "V" for a vowel, "-" for nothing at
    a cost, "~" for nothing at none),
    or None for a letter outside the script's table."""
    import unicodedata

    slots: list[str] = []
    if script_name == "HANGUL":
        for c in word:
            if not ("\uac00" <= c <= "\ud7a3"):
                return None
            slots += _hangul(c)
        return slots
    table = _TABLES.get(script_name)
    if table is None:
        return None
    text = unicodedata.normalize("NFC", word)
    if script_name == "THAI":
        text = _thai_spoken_order(text, table)
    for i, c in enumerate(text):
        if c == _THANTHAKHAT and slots:
            slots[-1] += "-"  # the consonant it silences may be read or not
            continue
        if c in table:
            if table[c]:
                slots.append(table[c])
            consonant = table[c] not in ("", "V")
            nxt = text[i + 1] if i + 1 < len(text) else ""
            if consonant and script_name in _INDIC and nxt not in _VIRAMA:
                # the vowel a consonant carries unless a virama stops it, which Hindi
                # and Bengali often leave unsaid ("प्रेडनिसोलोन" is pred-ni-so-lon)
                slots.append("V-" if nxt in table and table[nxt] not in ("", "V") else "V")
            elif consonant and script_name == "KATAKANA" and c not in "ン":
                # the u and o Japanese puts after a consonant of a cluster ("ク" of
                # "クレアチニン", "ト" of "ウルトラ") may stand for no vowel, at no cost
                slots.append("V~" if c in _EPENTHETIC_KANA else "V")
        elif unicodedata.category(c).startswith("M") or c in "\u05f3\u05f4\u200c\u0640":
            if c not in _NOT_VOWELS and not (script_name in _INDIC and slots[-1:] == ["V"]):
                slots.append("V")  # a vowel sign
        else:
            return None
    return slots


# Thai vowels written before the consonant they are said after ("เซ" is se, "ไม" mai,
# "โร" ro).
_THAI_LEADING = frozenset("เแโใไ")


def _thai_spoken_order(text: str, table: dict[str, str]) -> str:
    """``text`` with each leading vowel after the consonant it is said after, as the
    skeleton reads a word: "ฟูโรเซไมด์" as furosemide, not fu-o-r-e-s-ai-m-d."""
    out = list(text)
    i = 0
    while i + 1 < len(out):
        if out[i] in _THAI_LEADING and table.get(out[i + 1], "") not in ("", "V"):
            # after a cluster's second letter too ("โคร" is kro, "เพร" pre)
            n = 2 if "".join(out[i + 1 : i + 3]) in _THAI_CLUSTERS else 1
            out[i : i + n + 1] = out[i + 1 : i + n + 1] + [out[i]]
            i += n + 1
        else:
            i += 1
    return "".join(out)


# Two consonants Thai says together, before a leading vowel's sound (kr, kl, kw, pr, pl,
# phr, phl, tr, thr).
_THAI_CLUSTERS = frozenset(a + b for a in "กขคปพผตทบฟ" for b in "รลว")


def _keys(reading: str) -> tuple[str, str, str]:
    """A reading's strict key (a run of one class is one only where no vowel stands in
    it), its loose key (every run is one) and its full key (the strict one with a "V"
    for each run of vowels)."""
    r = reading.replace("-", "").replace("~", "")
    # a last vowel says nothing (endings differ: Georgian "-ი", Latin "-e")
    full = re.sub(r"V+", "V", re.sub(r"([^V])\1+", r"\1", r)).removesuffix("V")
    return full.replace("V", ""), _collapse(r.replace("V", "")), full


def readings(word: str, script_name: str) -> list[tuple[str, str, str, int]]:
    """The (strict, loose, full) skeleton keys ``word`` may be read as, each with its
    cost: how many letters or vowels it reads as nothing that may be read (at most
    ``_MAX_READINGS``); none for a script with no table or a letter outside it."""
    if _romanised(script_name):
        return _romanised_readings(word)
    slots = _slots(word, script_name)
    if not slots:
        return []
    n = 1
    for o in slots:
        n *= len(o)
        if n > _MAX_READINGS:
            return []
    best: dict[tuple[str, str, str], int] = {}
    for p in product(*slots):
        cost = sum(1 for c, o in zip(p, slots, strict=True) if c == "-" and len(o) > 1)
        k = _keys("".join(p))
        best[k] = min(cost, best.get(k, cost))
    return sorted((*k, c) for k, c in best.items())


_NOT_LETTERS = re.compile(r"[^a-z]")
# scripts.UNSPACED and Tibetan (scripts imports this module, so it cannot be imported here)
_UNSPACED = frozenset({"THAI", "LAO", "KHMER", "MYANMAR", "TIBETAN"})
# the scripts the word lists read, Hangul (read by syllable), and hanzi and kana (read as
# Chinese and Japanese, not as sounds), and no script at all
_NOT_ROMANISED = frozenset({"LATIN", "GREEK", "CYRILLIC", "HANGUL", "CJK", "HIRAGANA", ""})


def _romanised(script_name: str) -> bool:
    """``script_name`` has no table here and is read through its romanisation: every
    script but those with a table, Hangul (read by syllable) and hanzi and kana."""
    return script_name not in _TABLES and script_name not in _NOT_ROMANISED


@lru_cache(maxsize=1 << 14)
def _romanised_readings(word: str) -> list[tuple[str, str, str, int]]:
    """The one reading of a word of a script with no table here (Gujarati, Gurmukhi,
    Telugu, Kannada, Malayalam, Sinhala, Odia, Lao, Khmer, Myanmar, Ethiopic...): its
    romanisation (anyascii, made for every script: "ક્રિએટિનિન" is "krietinin",
    "ክሬቲኒን" "kretinin") read as a Latin word (``latin_keys``). These scripts write
    their vowels, so the full key must match as it stands; none for a word whose
    romanisation holds no letter."""
    import unicodedata

    from anyascii import anyascii

    roman = _NOT_LETTERS.sub("", anyascii(unicodedata.normalize("NFC", word)).lower())
    if not roman:
        return []
    return [(*latin_keys(roman), 0)]


def _collapse(s: str) -> str:
    return re.sub(r"(.)\1+", r"\1", s)


_LATIN_STEPS = (
    ("ph", "f"), ("th", "t"), ("ch", "k"), ("sh", "s"), ("ck", "k"), ("qu", "k"),
    ("x", "ks"), ("gh", "k"),
)  # fmt: skip
_SOFT_C = re.compile(r"c(?=[eiy])")
_SOFT_G = re.compile(r"g(?=[eiy])")
_LATIN_CLASSES = str.maketrans(
    {**dict.fromkeys("bpfv", "P"), **dict.fromkeys("td", "T"), **dict.fromkeys("kcgq", "K"),
     "j": "J", **dict.fromkeys("sz", "S"), "m": "M", "n": "N", **dict.fromkeys("lr", "L"),
     **dict.fromkeys("aeiouy", "V"), **dict.fromkeys("hw", "")}
)  # fmt: skip


@lru_cache(maxsize=1 << 16)
def latin_keys(word: str) -> tuple[str, str, str]:
    """The strict, loose and full skeleton keys of a Latin word (folded, lower case):
    "creatinine" -> ("KLTNN", "KLTN", "KLVTVNVNV")."""
    w = word.lower()
    for a, b in _LATIN_STEPS:
        w = w.replace(a, b)
    w = _SOFT_G.sub("j", _SOFT_C.sub("s", w))
    return _keys(w.translate(_LATIN_CLASSES))


@dataclass(frozen=True)
class _Index:
    """The full keys of the clinical vocabularies' words (five letters or more) and of
    the names and places, each by its strict and by its loose key."""

    clinical_strict: dict[str, list[str]]
    clinical_loose: dict[str, list[str]]
    names_strict: dict[str, list[str]]
    names_loose: dict[str, list[str]]


def _by_key(keys: list[tuple[str, str, str]], which: int) -> dict[str, list[str]]:
    out: dict[str, list[str]] = {}
    for k in keys:
        if len(k[which]) >= MIN_CLASSES:
            out.setdefault(k[which], []).append(k[2])
    return out


@cache
def _index() -> _Index:
    from caselog.privacy.vocab import vocabulary

    v = vocabulary()
    return build_index(v.proper | v.persons | v.context_eponyms | v.scores)


def build_index(name_words: frozenset[str] | set[str]) -> _Index:
    """The index of the clinical lists' keys less those of ``name_words`` (the
    gazetteers' names and places; a test holds some out)."""
    from caselog.privacy.vocab import vocabulary

    v = vocabulary()
    names = sorted({latin_keys(w) for w in name_words if w.isascii() and w.isalpha()})
    clinical = sorted(
        {latin_keys(w) for w in v.clinical if len(w) >= 5 and w.isascii() and w.isalpha()}
    )
    names_strict, names_loose = _by_key(names, 0), _by_key(names, 1)
    # a clinical word within one edit of a name of its skeleton is left out: a name
    # unknown to the gazetteers lies near the known ones as often as not
    clinical = [k for k in clinical if _nearest(k[2], names_strict.get(k[0], [])) > _NAME_MARGIN]
    return _Index(_by_key(clinical, 0), _by_key(clinical, 1), names_strict, names_loose)


def distance(a: str, b: str, limit: int | None = None) -> int:
    """Levenshtein distance; with ``limit``, ``limit + 1`` as soon as it is over."""
    if limit is not None and abs(len(a) - len(b)) > limit:
        return limit + 1
    prev = list(range(len(b) + 1))
    for i, x in enumerate(a, 1):
        cur = [i]
        for j, y in enumerate(b, 1):
            cur.append(min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (x != y)))
        if limit is not None and min(cur) > limit:
            return limit + 1
        prev = cur
    return prev[-1]


def _near(full: str, candidates: list[str], vowelless: bool) -> int | None:
    """How far ``full`` (a reading's full key) is from the nearest candidate's full key:
    0 for the same; in a script that may leave vowels unwritten, the number of vowels
    it leaves out; None for no candidate within that."""
    if not vowelless:
        return 0 if _nearest(full, candidates) <= _TOLERANCE else None
    pattern = _vowel_pattern(full)
    fills = [c.count("V") - full.count("V") for c in candidates if pattern.fullmatch(c)]
    return min(fills, default=None)


@lru_cache(maxsize=1 << 12)
def _vowel_pattern(full: str) -> re.Pattern[str]:
    parts = re.findall(r"V|[^V]", full)
    out, i = [], 0
    while i < len(parts):
        if parts[i] == "V":
            out.append("V")
        else:
            out.append(parts[i])
            if i + 1 < len(parts) and parts[i + 1] != "V":
                out.append("V?")
        i += 1
    return re.compile("V?" * (full[:1] != "V") + "".join(out) + "V?")


def _nearest(full: str, candidates: list[str]) -> int:
    return min((distance(full, c) for c in candidates), default=99)


@cache
def _all_names() -> dict[str, list[str]]:
    """The full keys of the names and places of the gazetteers by strict key, short ones
    too."""
    from caselog.privacy.vocab import vocabulary

    v = vocabulary()
    out: dict[str, list[str]] = {}
    for w in v.proper | v.persons | v.context_eponyms | v.scores:
        if w.isascii() and w.isalpha() and len(w) >= 3:
            k = latin_keys(w)
            out.setdefault(k[0], []).append(k[2])
    return out


def name_like(word: str, script_name: str) -> bool:
    """A reading of ``word`` is the full key of a name or place of the gazetteers
    ("فاطمة" is Fatima, "שרה" Sarah, "โฮบาร์ต" Hobart): such a word of a script's
    dictionary is never an ordinary word."""
    names = _all_names()
    vowelless = script_name in _VOWELS_UNWRITTEN
    for w in stripped(word, script_name):
        for strict, _, full, _ in readings(w, script_name):
            if strict and _near(full, names.get(strict, []), vowelless) is not None:
                return True
    return False


def stripped(word: str, script_name: str) -> list[str]:
    """``word`` and its forms less the script's article, prefixes and endings; a word
    after the Arabic article is read only without it ("الجاردنز" is no "al-gardens")."""
    prefixes, endings = _AFFIXES.get(script_name, ((), ()))
    least = 1 if script_name == "HANGUL" else 3  # a Hangul syllable is a word's part
    if _romanised(script_name):
        # an unspaced script's run is cut into words by ``longest_clinical`` itself
        return [word] if script_name in _UNSPACED else [word, *_cut_endings(word)]
    out = [word]
    for p in prefixes:
        if word.startswith(p) and len(word) - len(p) >= least:
            if p in _ARTICLES and out[0] == word:
                out = []
            out.append(word[len(p) :])
    for w in list(out):
        for e in endings:
            if w.endswith(e) and len(w) - len(e) >= least:
                out.append(w[: -len(e)])
    return out


def _cut_endings(word: str) -> list[str]:
    """``word`` less its last one to four letters, each cut where a letter starts (not
    inside a syllable's marks), four letters left at least: the case endings and
    postpositions that scripts with no table here write joined to a word (Gujarati
    "ક્રિએટિનિનનું", creatinine's, Telugu "ఇన్సులిన్‌తో"), listed for none of them."""
    import unicodedata

    out = []
    for k in range(1, 5):
        rest = word[:-k]
        if len(rest) >= 4 and not unicodedata.category(word[-k]).startswith("M"):
            out.append(rest)
    return out


@lru_cache(maxsize=1 << 14)
def clinical(word: str, script_name: str) -> bool:
    """``word`` (one run of ``script_name``) is a clinical loanword: a reading of it, or
    of it less an article, prefix or ending, has the skeleton of a clinical word (its
    strict key; the loose one too in scripts that leave vowels unwritten), vowels
    counted (full keys, the same but for the vowels such a script leaves out), and it
    reads so at less cost (``readings``, vowels left out) than as any name or place of
    the gazetteers."""
    if len(word) < 4:
        return False
    ix = _index()
    vowelless = script_name in _VOWELS_UNWRITTEN
    for w in stripped(word, script_name):
        keys = [k for k in readings(w, script_name) if len(k[0]) >= MIN_CLASSES]
        if (verdict := decide(keys, ix, vowelless)) is not None:
            return verdict
    return False


def decide(keys: list[tuple[str, str, str, int]], ix: _Index, vowelless: bool) -> bool | None:
    """Whether readings ``keys`` make a clinical word (True) or a name (False) by
    ``ix``, or None when no reading is a clinical word's."""
    clin: list[int] = []
    named: list[int] = []
    for strict, loose, full, cost in keys:
        found = ix.clinical_strict.get(strict, [])
        names = ix.names_strict.get(strict, [])
        if vowelless:
            found = found + ix.clinical_loose.get(loose, [])
            names = names + ix.names_loose.get(loose, [])
        d = _near(full, found, vowelless)
        if d is not None and (d == 0 or len(strict) >= _MIN_CLASSES_UNWRITTEN):
            clin.append(cost + d)
        if (d := _near(full, names, vowelless)) is not None:
            named.append(cost + d)
    if clin:
        # a clinical word read more closely than any name ("كرياتينين" is creatinine
        # with every vowel written, Caledonian with one left out)
        return not named or min(clin) < min(named)
    return None


def longest_clinical(run: str, i: int, script_name: str) -> int:
    """The length of the longest clinical loanword of ``run`` starting at ``i`` (0 for
    none), for scripts written without spaces."""
    if script_name in _NOT_ROMANISED - {"HANGUL"}:
        return 0
    for j in range(min(len(run), i + 24), i + 3, -1):
        if clinical(run[i:j], script_name):
            return j - i
    return 0


@cache
def _eponym_keys() -> dict[str, list[str]]:
    """The full keys of the medical lists' eponyms ("alport", "goodpasture", "fabry"),
    by strict key; not the persons of the medical dictionary, most of them family names
    of any note ("levinson")."""
    from caselog.privacy.vocab import vocabulary

    v = vocabulary()
    out: dict[str, list[str]] = {}
    for w in v.eponyms | v.context_eponyms:
        if w.isascii() and w.isalpha() and len(w) >= 4 and w not in v.proper:
            k = latin_keys(w)
            out.setdefault(k[0], []).append(k[2])
    return out


@lru_cache(maxsize=1 << 12)
def eponym(word: str, script_name: str) -> bool:
    """A reading of ``word`` (less the script's affixes) is an eponym of the medical
    lists, its vowels counted: "ألبورت", "אלפורט", "ალპორტის", "Ալպորտի" are Alport.
    Given names and places are no eponyms ("فاطمة" is none)."""
    ix = _eponym_keys()
    vowelless = script_name in _VOWELS_UNWRITTEN
    for w in stripped(word, script_name):
        for strict, _, full, _ in readings(w, script_name):
            if len(strict) >= 4 and _near(full, ix.get(strict, []), vowelless) is not None:
                return True
    return False
