"""Identifier classes written as other countries and languages write them, beyond
``world``: holidays, name days and weekday compounds in many languages; dates written out
with the month names of more languages, Roman months and English ordinal words; ages over
89 as ordinal words, decades and with the age words of many languages; tattoos, scars,
brands and birthmarks described in any language of ``feature_words``; nicknames after
"called" and its translations; identity, insurance, account and vehicle numbers a few
words after their label; address lines after an address label; postcodes beside an
address; coordinates, map codes, MAC addresses and a ward's bed.

Every finder reads the normal form of ``normalize`` (accents stripped) and yields ``Hit``s;
the word lists are ``gazetteer``'s and ``feature_words``'.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from caselog.privacy import feature_words as fw
from caselog.privacy import gazetteer as g
from caselog.privacy import kin
from caselog.privacy.age import OVER_89
from caselog.privacy.normalize import fold_word, list_form
from caselog.privacy.patterns import DIGIT, MONTHS, Hit, alternation, is_year, phrases, words
from caselog.privacy.vocab import CLINICAL_HEADS, function_word, vocabulary

_alt = phrases


class _Folded:
    """A case-insensitive pattern run on the text in lower case (much cheaper than the
    engine's case-insensitive matching); spans are the text's, whose lower case has the
    same length (else the pattern runs case-insensitively)."""

    def __init__(self, source: str) -> None:
        self.lower = re.compile(source)
        self.any_case = re.compile(source, re.I)

    def finditer(self, text: str) -> Iterator[re.Match[str]]:
        low = text.lower()
        if len(low) == len(text):
            return self.lower.finditer(low)
        return self.any_case.finditer(text)

    def search(self, text: str) -> re.Match[str] | None:
        return self.any_case.search(text)

    def search_lower(self, text: str) -> bool:
        """Whether the pattern occurs anywhere (a cheap test before the costlier ones)."""
        return self.lower.search(text.lower()) is not None


# -- dates ----------------------------------------------------------------------------------

_HOLIDAY = _Folded(
    rf"\b(?:{_alt(g.HOLIDAY_PHRASES + g.HOLIDAY_MULTI)})(?![\w-])"
    rf"|\b(?:{_alt(g.HOLIDAY_ROOTS)})[a-z]*(?:s?(?:{_alt(g.DAY_PARTS)}|dag|dagen|tag|paiva|"
    r"aatto|aattona|ena|na|en|ens|et|a))\b"
    rf"|\b(?i:{_alt(g.HOLIDAY_ROOTS)})(?=\s|[.,;:!?]|$)"
)
_HEADS = _alt(tuple(w.title() for w in g.HOLIDAY_HEADS))
_HOLIDAY_HEAD = re.compile(
    rf"\b(?P<w>(?:St\.?\s+)?[A-Z][a-z'’]+(?:'s|’s)?)\s+(?:{_HEADS})"
    # a year may follow ("National Day 2023"), a day's count may not ("Hospital Day 3"); nor
    # a department's word ("the Renal Day Unit", "Day Case", "Day Hospital")
    rf"\b(?!\s*\d{{1,3}}(?!\d)|\s+(?i:unit|ward|centre|center|case|cases|surgery|hospital|"
    rf"care|clinic|service|services|programme|program|room|bed|beds|patient|patients)\b)"
)
_WEEKDAY_COMPOUND = _Folded(
    rf"\b(?:{_alt(g.WEEKDAY_STEMS)})(?:s?(?:{_alt(g.DAY_PARTS)}))?(?:s|n|na|en|on|a)?\b"
)
_DAY = r"(?:[12]\d|3[01]|0?[1-9])"
_YEAR = r"(?:1[89]\d\d|20\d\d)"
_MONTHS = alternation("|".join(sorted(g.MONTH_WORDS, key=len, reverse=True)))
_ROMAN = alternation("|".join(sorted(g.ROMAN_MONTHS, key=len, reverse=True)))
_WRITTEN_DATE = _Folded(
    # 3. februar 2024, 14 martie 2024, 5. svibnja 2024., 12. januára 2024, 5 marts
    rf"\b{_DAY}\.?\s*(?:de\s+)?(?:{_MONTHS})\b(?:\s+(?:de\s+)?{_YEAR}\b\.?)?"
    # 2024. március 5., 2024 m. kovo 5 d.
    rf"|\b{_YEAR}\.?\s*(?:m\.\s*)?(?:{_MONTHS})\s+{_DAY}\b\.?(?:\s*d\.)?"
)
# 8. XI. 2023, 13.III.1933, 3/IV/2022, 12 III 2024; with two figures of the year only
# between full stops (12.III.24)
_ROMAN_DATE = re.compile(
    rf"(?<![\w.]){_DAY}(?:\s?[./-]\s?|\s+)(?:{_ROMAN.upper()})(?:\s?[./-]\s?|\s+){_YEAR}\b"
    rf"|(?<![\w.]){_DAY}\.(?:{_ROMAN.upper()})\.\d\d(?!\d)"
)
# any word between a day and a year: "17 lutego 1953", "3 Μαρτίου 2024"
_DAY_WORD_YEAR = re.compile(rf"\b{_DAY}\.?\s+(?P<w>[^\W\d_]{{3,12}})\.?\s+{_YEAR}\b")
_ORDINALS = _alt(g.ORDINAL_DAYS)
_EN_MONTHS = "January|February|March|April|May|June|July|August|September|October|November|December"
_ORDINAL_DATE = re.compile(
    rf"\b(?i:the\s+)?(?i:{_ORDINALS})\s+of\s+(?:{_EN_MONTHS})\b(?:,?\s+{_YEAR}\b)?"
    rf"|\b(?:{_EN_MONTHS})\s+the\s+(?i:{_ORDINALS})\b(?:,?\s+{_YEAR}\b)?"
)
_NOT_A_DATE_WORD = frozenset(
    words(
        """mg ml kg mmol umol years year jahre days day weeks week months month patients
        cycles sessions doses times units cases"""
    )
)


def find_regional_dates(text: str) -> Iterator[Hit]:
    """Holidays and weekday compounds of many languages; dates written out."""
    for mt in _HOLIDAY.finditer(text):
        yield Hit(mt.start(), mt.end(), "date", "[date]")
    for mt in _HOLIDAY_HEAD.finditer(text):
        w = mt["w"].lower().rstrip("'’s")
        if w not in g.NOT_HOLIDAY:
            yield Hit(mt.start(), mt.end(), "date", "[date]")
    for mt in _WEEKDAY_COMPOUND.finditer(text):
        yield Hit(mt.start(), mt.end(), "date", "[day]")
    for mt in _ORDINAL_DATE.finditer(text):
        yield Hit(mt.start(), mt.end(), "date", "[date]")
    if not DIGIT.search(text):
        return
    for mt in _ROMAN_DATE.finditer(text):
        yield Hit(mt.start(), mt.end(), "date", "[date]")
    for mt in _WRITTEN_DATE.finditer(text):
        inner = re.findall(r"[^\W\d_]{3,}", mt.group())
        if any(w.lower() in _NOT_A_DATE_WORD for w in inner):
            continue
        yield Hit(mt.start(), mt.end(), "date", "[date]")
    english = vocabulary().english
    for mt in _DAY_WORD_YEAR.finditer(text):
        w = mt["w"].lower()
        if w in _NOT_A_DATE_WORD or (w in english and w not in MONTHS):
            continue
        yield Hit(mt.start(), mt.end(), "date", "[date]")


# -- ages -----------------------------------------------------------------------------------

_OLD = r"(?:9\d|1[01]\d)"
_AGE_AFTER = _Folded(
    rf"(?<![\d.,])(?P<n>{_OLD})(?:\s*-\s*|\s+)(?:de\s+)?(?:{_alt(g.AGE_AFTER)})\b"
    r"|(?<![\d.,])(?P<m>" + _OLD + r")\s+(?:ετων|εtωv|ετ[ωώ]ν|χρονων|xpovωv|лет|лeт|года|гoдa)"
)
_AGE_BEFORE = _Folded(
    rf"\b(?:{_alt(g.AGE_BEFORE)})\s+(?:(?:von|de|di|od|ve|v|na|the|age|of|e|a)\s+)?"
    rf"(?P<n>{_OLD})\b(?![.,]\d|\s*(?:%|mg|ml|kg|mm|cm|/|x\b|times|mal|ganger|gange))"
)
_OLD_WORD = _Folded(
    rf"\b(?:{_alt(g.OLD_AGE_WORDS + g.OLD_ORDINALS)})\b"
    r"(?!\s+(?:percentile|centile|percentil|perzentile|day|minute|session|dose|cycle))"
)
_DECADE = _Folded(rf"\b(?:{_alt(g.OLD_DECADES)})\s+decade\b")
_COMPOUND_OLD = _Folded(
    r"\b(?:neunzig|hundert|negentig|honderd|nittio|nitti|halvfems|devadesati|"
    r"devadesat|devedeset|kilencven|yhdeksankymmen)[a-z]*(?:jahrig|jarig|arig|aarig|"
    r"leta|lety|rocna|rocny|godisnj|eves|vuotias)[a-z]*\b"
)


def find_regional_ages(text: str) -> Iterator[Hit]:
    """Ages over 89: with the age words of many languages, after "turned" and its
    translations, as ordinal words ("ninetieth") and decades ("tenth decade")."""
    for pat in (_OLD_WORD, _DECADE, _COMPOUND_OLD):
        for mt in pat.finditer(text):
            yield Hit(mt.start(), mt.end(), "age", OVER_89)
    if not DIGIT.search(text):
        return
    for mt in _AGE_AFTER.finditer(text):
        yield Hit(mt.start(), mt.end(), "age", OVER_89)
    for mt in _AGE_BEFORE.finditer(text):
        yield Hit(mt.start("n"), mt.end("n"), "age", OVER_89)


# -- unique features ------------------------------------------------------------------------

_CLAUSE = r"[^.;\n]*"
_TATTOO = _Folded(rf"\b(?:{_alt(g.TATTOO_WORDS + g.TATTOO_PHRASES)})\b{_CLAUSE}")
_SCAR_WORDS = g.SCAR_WORDS + list_form(kin.SCAR_WORDS_MORE)
# a cue of five letters or more in any of its case endings ("ugriza", "letters")
_SCAR_CUES = g.SCAR_CUES + list_form(kin.SCAR_CUES_MORE)  # shapes, bites; tribal and ritual marks
_SCAR_CUE = re.compile(
    rf"(?i)\b(?:(?:{_alt(tuple(c for c in _SCAR_CUES if len(c) >= 5))})[a-z]{{0,3}}"
    rf"|(?:{_alt(tuple(c for c in _SCAR_CUES if len(c) < 5))}))\b"
)
# a cue just before the scar word ("shark-bite scar", "burn scar")
_CUED_SCAR = _Folded(
    rf"\b[a-z]*-?(?:{_alt(_SCAR_CUES)})[a-z]{{0,3}}\s+(?:{_alt(_SCAR_WORDS)})\b{_CLAUSE}"
)
# The lexicon of every language (``feature_words``): marks, scar words of any list, the
# cues of a place or a cause, and the words that make a scar surgery's.
_MARK = _Folded(fw.MARKS)
_ANY_SCAR = _Folded(rf"\b(?:{_alt(_SCAR_WORDS)})\b|{fw.SCARS}")
_CUE = re.compile(fw.CUES)
_SURGERY = re.compile(fw.CLINICAL_WORDS)
# a clause ends at a full stop or a semicolon of any script (Chinese "。", the danda "।",
# Armenian "։", Ethiopic "።" and "፤", Burmese "။", Arabic "؛")
_STOPS = ".;\n。；！？!?।॥։።፤။؛"
_CLAUSE_END = re.compile(rf"[{_STOPS}]|$")
# the run a feature's word stands in and the two words before, which describe it ("a
# dragon tattoo", "용 문신", "ожоговый рубец", the whole run of "右腕に龍の刺青")
_WORDS_BEFORE = re.compile(rf"(?<![^\s{_STOPS}])(?:[^\s{_STOPS}]+\s+){{0,2}}[^\s{_STOPS}]*$")
_CLAUSE_START = re.compile(rf"[^{_STOPS}]*$")


FEATURE = "[distinguishing feature]"


def find_regional_features(text: str) -> Iterator[Hit]:
    """Tattoos, piercings, brands and birthmarks in many languages (the word, the two
    before and the rest of its clause), and scars with a cue in their clause (a shape, a
    letter, a bite, a burn, a knife, the face)."""
    for mt in _TATTOO.finditer(text):
        yield trimmed(text, Hit(mt.start(), mt.end(), "unique feature", FEATURE))
    low = text.lower() if len(text.lower()) == len(text) else text
    for mt in _MARK.finditer(text):
        yield trimmed(text, _feature(low, mt.start(), mt.end()))
    for mt in _ANY_SCAR.finditer(text):
        hit = _scar(low, mt.start(), mt.end())
        if hit is not None:
            yield trimmed(text, hit)
    for mt in _CUED_SCAR.finditer(text):
        yield trimmed(text, Hit(mt.start(), mt.end(), "unique feature", FEATURE))


_COMMA = re.compile(r",\s*(?P<next>[^,]*)")
# Findings of an examination the clinical lists lack (they hold drugs, labs, anatomy):
# after a feature, such a word says the note has gone on to the examination.
_FINDINGS = frozenset(
    words(
        """
        oedema edema pallor jaundice icterus crackles crepitations murmur murmurs wheeze
        wheezes tenderness tender swelling erythema rash cyanosis clubbing ascites effusion
        hepatomegaly splenomegaly lymphadenopathy afebrile febrile oedeme odem edemas
        edemi palidez ictericia soplo
        """
    )
)
_WORD_RUN = re.compile(r"[^\W\d_]+")


def trimmed(text: str, h: Hit) -> Hit:
    """``h`` (a feature and the rest of its clause) cut at the first comma after which
    the note goes on with findings: a number ("BP 180/100 mmHg") or a clinical word
    ("pedal oedema"); "a rose, with her son's name" goes on describing the feature."""
    v = vocabulary()
    for mt in _COMMA.finditer(text, h.start, h.end):
        following = mt["next"]
        found = (fold_word(w) for w in _WORD_RUN.findall(following))
        clinical = (w for w in found if len(w) > 3 and not function_word(w))
        if DIGIT.search(following) or any(w in v.clinical or w in _FINDINGS for w in clinical):
            return Hit(h.start, mt.start(), h.kind, h.replacement)
    return h


def _feature(low: str, start: int, end: int) -> Hit:
    """The feature's words from the two before ``start`` to the clause's end."""
    mt = _WORDS_BEFORE.search(low, max(0, start - 60), start)
    begin = mt.start() if mt else start
    stop = next(_CLAUSE_END.finditer(low, end)).start()  # "$" at the least
    return Hit(begin, stop, "unique feature", "[distinguishing feature]")


def _scar(low: str, start: int, end: int) -> Hit | None:
    """A scar with an older list's cue after it in its clause, or a cue of the lexicon's
    anywhere in its clause that does not say the scar is surgery's (Uzbek "Yuzida pichoq
    bilan kesilgan chandiq": the face and the knife long before the scar)."""
    feature = _feature(low, start, end)
    if _SCAR_CUE.search(low, end, feature.end):
        return Hit(start, feature.end, feature.kind, feature.replacement)
    begin = next(_CLAUSE_START.finditer(low, max(0, start - 200), start)).start()
    cue = _CUE.search(low, begin, feature.end)
    if cue is None or _SURGERY.search(low, begin, feature.end):
        return None
    return Hit(min(cue.start(), feature.start), feature.end, feature.kind, feature.replacement)


# -- nicknames ------------------------------------------------------------------------------

_NAME_WORD = r"[A-Z][a-z'’]+(?:-[A-Z][a-z'’]+)?"
_NICK_CUE = re.compile(
    rf"(?:(?i:\b(?:{_alt(g.NICKNAME_CUES)})\b)(?:\s+(?i:{_alt(g.NICKNAME_FILLERS)})\b){{0,5}}"
    r"|(?i:\bknown\b(?:\s+[a-z]+){0,5}?\s+as|\bconhecid[ao]\s+como|\bgoes\s+by))"
    rf"\s+[\"'“‘«]?(?P<v>{_NAME_WORD}(?:\s+{_NAME_WORD})?)"
)
_NOT_NICKNAMES = frozenset(
    words(
        """dr mr mrs ms mx prof the a an this that her his our their doctor nurse sister
        monday tuesday wednesday thursday friday saturday sunday"""
    )
)
_NICK_PRE = _Folded(rf"\b(?:{_alt(g.NICKNAME_CUES)}|known|conhecid[ao]|goes\s+by)\b")
# a name after "named" in any script: a capital first, or capitals ("KEMAL")
_ANY_NAME_WORD = r"[^\W\d_][\w'’-]*"
_NAMED = re.compile(
    rf"(?i:(?<!\w)(?:{_alt(list_form(g.NAMED_CUES))})(?!\w))\s+[\"'“‘«„]?(?P<v>{_ANY_NAME_WORD}(?:\s+{_ANY_NAME_WORD})?)"
)
# the speaker's own name after "I am" and its likes (``gazetteer.SELF_CUES``): a capital
# first, mid-sentence or not; the German cues apart (their nouns have capitals)
_SELF = re.compile(
    rf"(?i:(?<!\w)(?P<cue>{_alt(list_form(g.SELF_CUES + g.SELF_CUES_DE))})(?!\w))\s+[\"'“‘«„]?"
    rf"(?P<v>{_NAME_WORD}(?:\s+{_NAME_WORD})?)(?!\w)"
)
_SELF_DE = frozenset(list_form(g.SELF_CUES_DE))
# a name after a maiden-name cue, whatever its words ("geb. Fisher", "szül. Hunter Anna")
_MAIDEN = re.compile(
    rf"(?i:(?<!\w)(?:{_alt(list_form(g.MAIDEN_CUES))})(?!\w))\.?\s*:?\s+(?P<v>{_ANY_NAME_WORD}(?:\s+{_ANY_NAME_WORD})?)"
)
# an honorific written after a name (Hungarian néni with its case endings), found first;
# the word before it is read only then
_HONORIFIC = _Folded(
    rf"(?<=\s)(?:(?:neni|bacsi)[^\W\d_]{{0,6}}|(?:{_alt(list_form(g.TRAILING_HONORIFICS))}))(?!\w)"
)
_WORD_BEFORE = re.compile(rf"(?<![\w-])(?P<v>{_ANY_NAME_WORD})\s+$")
# a name before Turkish "diye" (called), "adlı", "isimli", "adında" and Hungarian "nevű"
# (named)
_DIYE = re.compile(rf"(?P<v>{_NAME_WORD})\s+(?i:diye|adl[ıi]|isimli|ad[ıi]nda|nev[űu])(?!\w)")


# a title after a slash is a unit's last part ("mg/dl. Χορηγήθηκε" is no "Dl. Xop...")
_TITLED = re.compile(
    rf"(?<![\w./])(?:(?i:{_alt(g.MORE_TITLES)})\.|(?i:{_alt(g.MORE_TITLES_WORDS)})\b)"
    rf"(?:\s*(?i:dr|med|hab|sc|n\.\s*med|univ\.-prof|prof|ing|dipl)\.)*\s+(?P<v>{_NAME_WORD}(?:\s+{_NAME_WORD})?)"
)


_TITLED_PRE = _Folded(rf"(?:{_alt(g.MORE_TITLES)})\.|\b(?:{_alt(g.MORE_TITLES_WORDS)})\b")


def find_titled(text: str) -> Iterator[Hit]:
    """A name after a title of the other languages ("Prim. Wögerbauer", "MUDr. Šťastná",
    "gospođa Horvat", "A D. Conceição")."""
    if not _TITLED_PRE.search_lower(text):
        return
    v = vocabulary()
    for mt in _TITLED.finditer(text):
        first = mt["v"].split()[0].lower()
        if first in _NOT_NICKNAMES or first in v.clinical or first in v.eponyms:
            continue
        yield Hit(mt.start("v"), mt.end("v"), "name", "[name]")


_HEAD_AFTER = re.compile(r"[\s-]+(?P<w>[^\W\d_]+)")


def clinical_after(text: str, end: int) -> bool:
    """The word after ``end`` is a clinical head ("syndrome", "disease", "sign"), or a
    hyphen joins a clinical word ("Anti-GBM")."""
    mt = _HEAD_AFTER.match(text, end)
    if mt is None:
        return False
    return mt["w"].lower() in CLINICAL_HEADS or text[end : end + 1] == "-"


def find_nicknames(text: str) -> Iterator[Hit]:
    """What someone is called: after "called", "known (to the staff) as", "kaldes",
    "la chiamano tutti", "poreclită", "conhecida como"; before Turkish "diye"."""
    if any(w in text for w in ("diye", "adl", "isimli", "nda", "nev")):
        for mt in _DIYE.finditer(text):
            yield Hit(mt.start("v"), mt.end("v"), "name", "[name]")
    yield from _named(text)
    yield from _self_named(text)
    yield from _maiden(text)
    yield from _honored(text)
    if not _NICK_PRE.search_lower(text):
        return
    v = vocabulary()
    for mt in _NICK_CUE.finditer(text):
        first = mt["v"].split()[0].lower()
        if first in _NOT_NICKNAMES or first in v.clinical or first in v.eponyms:
            continue
        if clinical_after(text, mt.end("v")):
            continue  # "known as Goodpasture syndrome"
        yield Hit(mt.start("v"), mt.end("v"), "name", "[name]")


def _honored(text: str) -> Iterator[Hit]:
    """A capitalised word before a trailing honorific ("Marika néni", "Ayşe teyze"): a
    name, unless a title, a clinical word or a function word."""
    v = vocabulary()
    for hon in _HONORIFIC.finditer(text):
        mt = _WORD_BEFORE.search(text, max(0, hon.start() - 40), hon.start())
        if mt is None:
            continue
        word = mt["v"]
        f = fold_word(word)
        if not word[0].isupper() or len(f) < 2 or f in _NOT_NICKNAMES or function_word(f):
            continue
        if f in v.clinical and not v.known_name(f):
            continue
        yield Hit(mt.start("v"), mt.end("v"), "name", "[name]")


def _one_or_two(mt: re.Match[str]) -> int:
    """The end of group ``v``'s first word, or of its second when that is capitalised."""
    first, *rest = mt["v"].split()
    return mt.end("v") if rest and rest[0][0].isupper() else mt.start("v") + len(first)


def _maiden(text: str) -> Iterator[Hit]:
    """A maiden or birth name after its cue: one capitalised word, or two, whatever they
    mean ("geb. Fisher", "szül. Hunter Anna", "z domu Cooper")."""
    for mt in _MAIDEN.finditer(text):
        first = mt["v"].split()[0]
        if first[0].isupper() and fold_word(first) not in _NOT_NICKNAMES:
            yield Hit(mt.start("v"), _one_or_two(mt), "name", "[name]")


def _self_named(text: str) -> Iterator[Hit]:
    """The speaker's own name ("I am Hope, her daughter", "ami ta Chichi", "soy Paloma"):
    one capitalised word, or two; never a title, a day, a clinical word or a drug, nor
    after a German cue an ordinary German word ("ich bin Rentnerin")."""
    v = vocabulary()
    for mt in _SELF.finditer(text):
        first = mt["v"].split()[0]
        f = fold_word(first)
        if f in _NOT_NICKNAMES or f in _NOT_SELF or f in v.eponyms:
            continue
        if (f in v.clinical or v.drug(f)) and not v.known_name(f):
            continue
        if clinical_after(text, mt.start("v") + len(first)):
            continue
        german = list_form(("_".join(mt["cue"].split()),))[0] in _SELF_DE
        if german and (v.foreign(f, "de") or f in v.english):
            continue
        yield Hit(mt.start("v"), _one_or_two(mt), "name", "[name]")


# what follows "I am" with a capital and names no one: the months (a date's), a speaker's
# country, faith or standing ("I am English", "soy Católica")
_NOT_SELF = frozenset(
    words(
        """january february march april may june july august september october november
        december english british irish scottish welsh american canadian australian
        catholic christian muslim hindu jewish buddhist sikh protestant anglican
        catolica catolico cristiana cristiano musulmana musulmano catholique chretienne
        chretien katholisch evangelisch sorry"""
    )
)


def _named(text: str) -> Iterator[Hit]:
    """A name after "named" ("mit dem Namen KEMAL", "по имени Светлана"): one capitalised
    word, or two; never a clinical word or a drug ("eine Tablette namens Ibuprofen")."""
    v = vocabulary()
    for mt in _NAMED.finditer(text):
        first = mt["v"].split()[0]
        f = fold_word(first)
        if not first[0].isupper() or f in _NOT_NICKNAMES:
            continue
        if (f in v.clinical or v.drug(f)) and not v.known_name(f):
            continue
        if f in v.eponyms or clinical_after(text, mt.start("v") + len(first)):
            continue  # "a syndrome named Alport syndrome"
        yield Hit(mt.start("v"), _one_or_two(mt), "name", "[name]")


# -- numbers with a label a few words before ------------------------------------------------

_GROUP = r"[A-Z0-9]{1,16}"
_CODE_VALUE = rf"(?P<v>(?=[A-Z0-9 /.-]*\d){_GROUP}(?:[ /-]{_GROUP}){{0,5}})"
_LABELLED_CODE = re.compile(
    rf"(?i:\b(?P<label>{_alt(g.ID_LABELS)})\b(?:-?(?:nummer|nr|no|number|numero|id))?)"
    rf"(?:(?:[\s'’]+|\s*[:#]\s*)(?i:{_alt(g.ID_FILLERS)})\b\.?){{0,5}}\s*[:#]?\s*"
    + _CODE_VALUE
    + r"(?![\w])(?!\s*(?i:mg|ml|kg|g|mmol|umol|min|h|%|/))"
)


_LABEL_PRE = _Folded(rf"\b(?:{_alt(g.ID_LABELS)})")
_PERSON_ID = ("id number", "[ID number]")
_LABEL_KINDS = {
    **dict.fromkeys(g.ID_LABELS_PLAN, ("health plan number", "[health plan number]")),
    **dict.fromkeys(g.ID_LABELS_ACCOUNT, ("account number", "[account number]")),
    **dict.fromkeys(g.ID_LABELS_VEHICLE, ("vehicle identifier", "[vehicle identifier]")),
}


def find_labelled_codes(text: str) -> Iterator[Hit]:
    """Identity, insurance, account and vehicle numbers a few words after their label,
    written with spaces, dashes or slashes ("polisnummer bij de zorgverzekeraar is FZV
    3390 1127", "CPR-nummer 110332 4418", "targa dell'auto del figlio è GE 447 KP")."""
    if not DIGIT.search(text) or not _LABEL_PRE.search_lower(text):
        return
    for mt in _LABELLED_CODE.finditer(text):
        v = mt["v"].rstrip(" -/")
        digits = sum(c.isdigit() for c in v)
        letters = sum(c.isalpha() for c in v)
        if digits >= 4 or (digits >= 2 and letters >= 2 and len(v) >= 5):
            if is_year(v):
                continue
            kind, placeholder = _LABEL_KINDS.get(mt["label"].lower(), _PERSON_ID)
            yield Hit(mt.start("v"), mt.start("v") + len(v), kind, placeholder)


# -- addresses ------------------------------------------------------------------------------

_ADDRESS_LABELS = g.ADDRESS_LABELS + kin.ADDRESS_LABELS_MORE
_ADDRESS_LINE = re.compile(
    rf"(?i:(?<![@\w.-])(?<!e-mail )(?<!email )(?<!ip )(?<!mac )(?<!web )"
    rf"\b(?:{_alt(_ADDRESS_LABELS)})\b)"
    r"(?:\s*:\s*|\s+(?:is|ist|est|es|e|er|ar|je|jest|on|este)\s+|\s+(?=[A-Z][^\W\d_]+\s+\d))"
    r"(?P<v>[^;\n]+?)(?=\s*(?:;|\n|$|\.\s+[A-Z][a-z]+\s+[a-z]|\.$|"
    r",\s+(?:she|he|they|elle|il|hun|han|hon)\b))"
)
_ADDRESS_PRE = _Folded(rf"\b(?:{_alt(_ADDRESS_LABELS)})\b")
_POSTCODE_SHAPE = (
    r"(?:[A-Z]{1,2}-)?(?:\d{4}\s?[A-Z]{2}|\d{2}-\d{3}|\d{4}-\d{3}|\d{3}\s\d{2}|\d{3,6}"
    r"|[A-Z]\d{2}\s?[A-Z0-9]{4}|[A-Z]{1,2}\d[A-Z\d]?\s?\d[A-Z]{2}|[A-Z]\d[A-Z]\s?\d[A-Z]\d)"
)
POSTCODE_AFTER = re.compile(
    rf"\s*,?\s*(?P<v>{_POSTCODE_SHAPE})(?![\w]|[.,]\d|\s*(?i:mg|ml|kg|mmol|%|x\b))"
)
# "602 00 Brno", "481 00 Πρέβεζα": the town in any script
_POSTCODE_BEFORE_TOWN = re.compile(
    r"(?<![\d.,/])(?P<v>\d{3}\s\d{2})(?=\s+[A-ZΑ-ΩΆ-ΏА-ЯЁЇІЄ][^\W\d_]{2,})"
)
_LABELLED_POSTCODE = re.compile(
    rf"(?i:\b(?:{_alt(g.POSTCODE_LABELS)})\b\.?(?:\s+postal|\s+pocztowy|\s+postale|\s+kodu)?"
    # not a value over another ("TK 140/80": the Czech blood pressure, "TK" the Greek
    # postcode's label too)
    rf"\s*:?\s*)(?P<v>{_POSTCODE_SHAPE})\b(?![/.,]\d)"
)
_COORDINATES = re.compile(
    r"-?\d{1,3}(?:\.\d+)?\s?°\s?(?:\d{1,2}(?:\.\d+)?\s?['’′]\s?)?(?:\d{1,2}(?:\.\d+)?\s?[\"″]\s?)?"
    r"[NS]?,?\s*-?\d{1,3}(?:\.\d+)?\s?°\s?(?:\d{1,2}(?:\.\d+)?\s?['’′]\s?)?"
    r"(?:\d{1,2}(?:\.\d+)?\s?[\"″]\s?)?[EWO]?\b"
    r"|\b-?\d{1,2}\.\d{4,},\s*-?\d{1,3}\.\d{4,}\b"
)
_MAP_CODE = re.compile(r"///[a-z]+\.[a-z]+\.[a-z]+")
_MAC = re.compile(r"(?i)\b(?:[0-9a-f]{2}[:-]){5}[0-9a-f]{2}\b")
_BED = re.compile(
    r"(?i)\b(?:ward|room|bed|zimmer|bett|kamer|bed|sal|sala|pokoj|lozko|oda|yatak|"
    r"rum|sang|seng|stue|huone|vuode|sobe|izba|postel)\s+(?=[A-Z0-9]*\d)[A-Z0-9]{1,4}\b"
    r"(?:,?\s+(?i:bed|bett|lozko|seng|sang|vuode|postel)\s+\d{1,3}\b)?"
)
# A Czech or Slovak birth number (rodné číslo): six digits, a slash, three or four.
_BIRTH_NUMBER = re.compile(r"(?<![\d/])\d{6}/\d{3,4}(?![\d/])")


def find_regional_places(text: str) -> Iterator[Hit]:
    """Address lines after a label, postcodes by label or before a town, coordinates,
    map codes, MAC addresses, a ward's room or bed, birth numbers."""
    for mt in _MAP_CODE.finditer(text):
        yield Hit(mt.start(), mt.end(), "geographic", "[address]")
    if not DIGIT.search(text):
        return
    for mt in _ADDRESS_LINE.finditer(text) if _ADDRESS_PRE.search_lower(text) else ():
        v = mt["v"]
        if "@" in v or not DIGIT.search(v):
            continue
        yield Hit(mt.start("v"), mt.end("v"), "geographic", "[address]")
    for pat in (_POSTCODE_BEFORE_TOWN, _LABELLED_POSTCODE):
        for mt in pat.finditer(text):
            yield Hit(mt.start("v"), mt.end("v"), "geographic", "[address]")
    for mt in _COORDINATES.finditer(text):
        yield Hit(mt.start(), mt.end(), "geographic", "[address]")
    for mt in _MAC.finditer(text):
        yield Hit(mt.start(), mt.end(), "device identifier", "[device identifier]")
    for mt in _BED.finditer(text):
        yield Hit(mt.start(), mt.end(), "geographic", "[location]")
    for mt in _BIRTH_NUMBER.finditer(text):
        yield Hit(mt.start(), mt.end(), "id number", "[ID number]")


def extend_over_postcodes(text: str, hits: list[Hit]) -> list[Hit]:
    """A postcode written right after an address or a place that is redacted ("Kleine
    Kerkstraat 14, 8601 BP", "Lövstavägen 12 B, 872 30") is part of it."""
    out: list[Hit] = []
    for h in hits:
        if h.kind in ("geographic", "name or place", "recorded identifier"):
            mt = POSTCODE_AFTER.match(text, h.end)
            if mt:
                value = mt["v"]
                if not is_year(value) and (
                    h.kind == "geographic" or sum(c.isdigit() for c in value) >= 4
                ):
                    h = Hit(h.start, mt.end("v"), h.kind, h.replacement)
        out.append(h)
    return out
