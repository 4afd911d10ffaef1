"""Identifiers made of safe words or numbers, found by their shape (issue 14).

Redacting every capitalised word no list knows does not catch what is written in words
every list knows, or in digits: an e-mail spelt out with a local word for "at" and "dot";
a number in space-separated groups (an identity card, a phone at a sentence's end); a car
plate; a season with its year; a day and a Roman month; an age over 89 written as a
number word, or beside an age word; a role that singles a person out ("the only
goldsmith on ..."). Each finder is written for the shape, with the words of many
languages where a shape needs a word (``kin`` holds the lists), never for one corpus.

Every finder reads the normal form of ``normalize`` (accents stripped) and yields ``Hit``s.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from caselog.privacy import gazetteer as g
from caselog.privacy import kin
from caselog.privacy.patterns import DIGIT, Hit, phrases

_alt = phrases


# -- e-mails spelt out -----------------------------------------------------------------------

_BRACKETED = r"[(\[{<]\s*[^\W\d_]{1,12}\s*[)\]}>]"
_AT = rf"(?:\s*{_BRACKETED}\s*|\s+(?i:{_alt(kin.AT_WORDS)})\s+|\s*@\s*)"
_DOT = rf"(?:\s*{_BRACKETED}\s*|\s+(?i:{_alt(kin.DOT_WORDS)})\s+|\.)"
_LOCAL = r"(?<![\w.@-])[A-Za-z0-9][\w.+-]*[A-Za-z0-9]"
_SPELT_EMAIL = re.compile(
    rf"(?P<local>{_LOCAL})(?P<at>{_AT})[A-Za-z0-9][\w-]*(?:{_DOT}[A-Za-z0-9][\w-]*)*"
    rf"(?P<dot>{_DOT})[A-Za-z]{{2,6}}(?![\w@])"
)
_PLAIN_AT = frozenset({"at", "et", "a", "en"})  # words that are ordinary words as well


def _spelt_emails(text: str) -> Iterator[Hit]:
    for mt in _SPELT_EMAIL.finditer(text):
        at = mt["at"].strip(" ()[]{}<>").lower()
        if mt["at"].strip() == "@" and mt["dot"] == ".":
            continue  # a plain address: the generic pattern's
        if at in _PLAIN_AT and not re.search(r"[._\d]", mt["local"]):
            continue  # "seen at home dot ..." is no address: the local part has no dot
        if mt["dot"] == "." and not re.search(r"[(\[{<]", mt["at"]) and at in _PLAIN_AT:
            if not re.search(r"[._]", mt["local"]):
                continue
        yield Hit(mt.start(), mt.end(), "email", "[email]")


# -- numbers in groups, plates -----------------------------------------------------------------

_UNIT_AFTER = (
    r"(?!\s*(?:%|mg|g|kg|mcg|ug|ng|ml|l|dl|mmol|umol|nmol|iu|u|units?|mm|cm|m|km|"
    r"cells|copies|kopij|/)\b)"
)
# Eight digits or more in groups of two or more, with a letter at either end if any
# ("0904931 505118", "079 131 004 812", "J 3022 0118 K", "03 9918 2201 6"); a date
# ("2024-01-05") is the date finders'.
_GROUPS = re.compile(
    r"(?<![\w.,/])(?:[A-Z]\s)?\d{2,}(?:[ \u00a0-]\d{1,}){1,5}(?!\d)(?:\s[A-Z](?![\w-]))?"
    + _UNIT_AFTER
    + r"(?![\w.,]\d|\s*(?:per|copies|cells|x\s*10)\b)"
)
_DATE_SHAPE = re.compile(r"^\d{4}-\d{2}-\d{2}$|^\d{2}-\d{2}-\d{4}$")
# A British national insurance number ("QQ 12 34 56 C").
_NI = re.compile(r"\b[A-Z]{2}\s?\d{2}\s?\d{2}\s?\d{2}\s?[A-D]\b")
# Plates of three groups, or of a shape no clinical code takes: "AA 412 BK", "AB 6952 KL",
# "LJ 45-KRN", "ABC-123-D", "KCB 418X", "59-X3 412.58", "4417 KLM" (consonants).
_PLATES = re.compile(
    r"\b(?:[A-Z]{2,3}[ -]\d{2,4}[ -][A-Z]{1,3}"
    r"|[A-Z]{2}\s\d{2,3}-[A-Z]{2,3}"
    r"|[A-Z]{3}\s\d{3}[A-Z]"
    r"|\d{2}-[A-Z]\d\s\d{3}\.\d{2}"
    r"|\d{4}\s[B-DF-HJ-NP-TV-Z]{3})\b(?![/-])"
)
_NOT_PLATE = re.compile(r"^(?:HLA|CKD|NYHA|ASA|ECOG|GCS|KDIGO|CD|IG[AGME])\b")
# Two groups after a word for a vehicle, a few words before: "the car FBK 217", "a jeep,
# plate NBC 4412", "targa e makinës AA 412".
_VEHICLE = re.compile(
    rf"(?i:\b(?:{_alt(kin.VEHICLE_WORDS)})\b)(?:[\s,:]+(?i:[a-z'’.]+)){{0,4}}?[\s,:]+"
    r"(?P<v>(?:[A-Z]{1,3}[ -]?\d{2,4}[A-Z]?|\d{3,4}[ -]?[A-Z]{2,3}))(?![\w-])"
)


_LICENCE = re.compile(
    rf"(?i:\b(?:{_alt(kin.LICENCE_LABELS)})(?:-[A-Z]{{2}})?\.?"
    r"(?:\s+(?:lic|reg|no|nr|n|num|number|numero|nummer|registration|profissional|profesional)\.?"
    r"(?:\s*[º°o]\.?)?){0,3}\s*[:#]?\s*(?:is\s+)?)"
    r"(?P<v>[A-Z]{0,4}\d[\d/.-]{3,14}\d)(?![\w/])"
)
# A postcode with its country's letters ("LV-3401", "SI-1000", "LT-01103") or the postal
# mark ("〒900-0032"); a Maltese one after its town ("Zebbug ZBG 1402").
_POSTCODE = re.compile(
    r"(?:\b(?:LV|LT|EE|SI|HR|SK|CZ|PL|DE|AT|CH|FR|IT|ES|PT|BE|NL|LU|DK|SE|NO|FI|IS|GR|CY|"
    r"MT|RO|BG|HU|RS|BA|ME|MK|AL|UA|MD|BY|GE|AM|AZ|IL|TR|D|A|F|I|B|L|S|N)-\d{3,5}\b"
    r"|〒\s?\d{3}-?\d{4}\b"
    r"|(?<=[a-z] )[A-Z]{3}\s?\d{4}\b(?![/-]|\s*[a-z]))"
)


# -- dates -----------------------------------------------------------------------------------

_SEASON_YEAR = re.compile(
    rf"(?i)\b(?:the\s+)?(?:{_alt(kin.SEASONS)})"
    rf"(?:\s+(?:{_alt(kin.SEASON_LINKS)}))?(?:\s+(?:year|ano|ano|anno|any|godine|leta))?"
    r"\s+(?:19|20)\d\d\b"
)
_ROMAN = "XII|XI|X|IX|VIII|VII|VI|V|IV|III|II|I"
_DAY_ROMAN = re.compile(
    rf"(?<![\w./-])(?:[12]\d|3[01]|0?[1-9])\s?[./]\s?(?:{_ROMAN})\b(?![./-]?\s?\d)"
)
_NOT_ROMAN_DAY = re.compile(
    r"(?i)(?:grade|stage|class|type|ckd|nyha|clavien|gustilo|tanner|fontaine|grado|"
    r"stadium|stadio|estadio|klasse|tipo|typ|factor|faktor)\s*$"
)
_MONTH_AFTER_D = re.compile(
    rf"(?i)\b(?:[12]\d|3[01]|0?[1-9])\s+d['’](?:{_alt(kin.ELIDED_MONTHS)})\b"
)


_FEAST = re.compile(
    rf"(?i:\b(?:the\s+)?(?:{_alt(kin.FEAST_WORDS)})\s+(?:{_alt(kin.FEAST_LINKS)})\s+"
    r"(?:(?:the|our|la|el|il|l['’]|is-|il-)\s*)?)(?:(?:St\.?|Saint|Santa?|Sant|San|Sao|Santo|"
    r"Nostra|Nuestra|Our)\s+)?[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,2}"
)


_DAY_MONTH_INFLECTED = re.compile(
    rf"(?i)\b(?:[12]\d|3[01]|0?[1-9])\.?\s+(?:{_alt(tuple(g.MONTH_WORDS))})[a-z]{{1,4}}\b"
)


def _dates(text: str, low: str, seen: set[str]) -> Iterator[Hit]:
    yield from _hits(_DAY_MONTH_INFLECTED, text, "date", "[date]")
    if seen & _SEASON_FIRST and _YEAR.search(text):
        yield from _hits(_SEASON_YEAR, text, "date", "[date]")
    for mt in _DAY_ROMAN.finditer(text):
        if not _NOT_ROMAN_DAY.search(text[max(0, mt.start() - 12) : mt.start()]):
            yield Hit(mt.start(), mt.end(), "date", "[date]")
    if "d'" in low or "d’" in low:
        yield from _hits(_MONTH_AFTER_D, text, "date", "[date]")


# -- ages over 89 ----------------------------------------------------------------------------

_OLD = r"(?:9\d|1[01]\d)"
_AGE_WORD_AFTER = re.compile(
    rf"(?i)(?<![\d.,])(?P<n>{_OLD})(?:\s*-\s*|\s+)(?:{_alt(kin.AGE_WORDS_AFTER)})\b"
)
_AGE_WORD_BEFORE = re.compile(
    rf"(?i)\b(?:{_alt(kin.AGE_WORDS_BEFORE)})\s+(?P<n>{_OLD})\b(?![.,]\d|\s*(?:%|mg|ml|kg|/))"
)
_NINETY = re.compile(
    rf"(?i)\b(?:{_alt(kin.NINETY_WORDS)})(?:[\s-]+(?:{_alt(kin.NUMBER_LINKS)}))?"
    rf"(?:[\s-]*(?:{_alt(kin.ONES_WORDS)}))?\b"
    rf"(?![\w-]|\s*(?:%|mg|ml|kg|g|mmhg|minutes?|mins?|seconds?|percent|per\s+cent|times|"
    r"percentile|centile|percentil|perzentil|"
    r"beats|bpm|days?|hours?|patients?|cases?|units?))"
)


# -- roles that single a person out ----------------------------------------------------------

_CLAUSE_END = (
    r"(?=[.;:,!?\n)]|$|\s+(?:and|but|who|which|where|in|i|y|e|na|dhe|va|ou|und|og|och|"
    r"dan|ja|ir|un|es|ve|et)\s)"
)
# Where the role is: a settlement word, or a capitalised name ("the village", "Gatundu").
_WHERE = (
    r"(?:(?:the|a|el|la|le|il|o|a|y|yr|ang|i)\s+)?"
    rf"(?:(?i:{_alt(kin.SETTLEMENT_WORDS)})\b|[A-Z][a-z]|[^\W\d_]+\s+\d+\b)"
)
_ONLY = re.compile(
    rf"(?i:\b(?:{_alt(kin.ONLY_WORDS)})\s+(?:[^\W\d_][\w'’-]*\s+){{0,5}}?"
    rf"(?:{_alt(kin.PLACE_LINKS)})\s+){_WHERE}[^.;:,!?\n]{{0,60}}?{_CLAUSE_END}"
)
_OWNED_ONLY = re.compile(
    rf"\b(?i:the\s+)?(?:(?i:{_alt(kin.SETTLEMENT_WORDS)})|[A-Z][\w-]+)['’]s\s+"
    r"(?i:only|sole|last|first)\s+[\w'’-]+(?:\s+[a-z'’-]+)?(?=[.;:,!?\n]|$|\s+(?:and|but|who))"
)
_AFTER_NOUN_ONLY = re.compile(
    rf"(?i:\b[^\W\d_]{{3,}}\s+(?:{_alt(kin.ONLY_AFTER_WORDS)})\s+(?:{_alt(kin.PLACE_LINKS)})"
    rf"\s+){_WHERE}[^.;:,!?\n]{{0,40}}?{_CLAUSE_END}"
)


def _firsts(ws: tuple[str, ...]) -> frozenset[str]:
    """The first word of each entry: a text holds none of them, the pattern cannot match."""
    return frozenset(w.split("_")[0] for w in ws)


_WORDS = re.compile(r"[a-z][a-z'’-]*")
_AT_FIRST = _firsts(kin.AT_WORDS)
_LICENCE_FIRST = _firsts(kin.LICENCE_LABELS)
_VEHICLE_FIRST = _firsts(kin.VEHICLE_WORDS)
_SEASON_FIRST = _firsts(kin.SEASONS)
_AGE_BEFORE_FIRST = _firsts(kin.AGE_WORDS_BEFORE)
_ONLY_FIRST = _firsts(kin.ONLY_WORDS + kin.ONLY_AFTER_WORDS)
_FEAST_FIRST = _firsts(kin.FEAST_WORDS)
_NINETY_STEMS = tuple(w.split("_")[0] for w in kin.NINETY_WORDS)
_BRACKETED_WORD = re.compile(_BRACKETED)
_YEAR = re.compile(r"(?:19|20)\d\d")
_DIGIT_GROUPS = re.compile(r"\d[ \u00a0-]\d")


def find_shapes(text: str) -> Iterator[Hit]:
    """Every identifier of this module's shapes in ``text`` (normal form). A pattern that
    begins with a word list runs only when the text holds one of its first words."""
    low = text.lower()
    seen = set(_WORDS.findall(low))
    seen |= {piece for w in seen if "-" in w for piece in w.split("-")}
    if "@" in text or seen & _AT_FIRST or _BRACKETED_WORD.search(text):
        yield from _spelt_emails(text)
    if DIGIT.search(text):
        if seen & _LICENCE_FIRST:
            yield from _hits(_LICENCE, text, "licence number", "[licence number]", "v")
        yield from _hits(_POSTCODE, text, "postcode", "[postcode]")
        if _DIGIT_GROUPS.search(text):
            for mt in _GROUPS.finditer(text):
                value = mt.group()
                if sum(c.isdigit() for c in value) >= 8 and not _DATE_SHAPE.match(value):
                    yield Hit(mt.start(), mt.end(), "id number", "[ID number]")
        yield from _hits(_NI, text, "id number", "[ID number]")
        for mt in _PLATES.finditer(text):
            if not _NOT_PLATE.match(mt.group()):
                yield Hit(mt.start(), mt.end(), "vehicle identifier", "[vehicle identifier]")
        if seen & _VEHICLE_FIRST:
            for mt in _VEHICLE.finditer(text):
                if not _NOT_PLATE.match(mt["v"]):
                    v = ("vehicle identifier", "[vehicle identifier]")
                    yield Hit(mt.start("v"), mt.end("v"), *v)
        yield from _dates(text, low, seen)
        yield from _hits(_AGE_WORD_AFTER, text, "age", "90 or older")
        if seen & _AGE_BEFORE_FIRST:
            yield from _hits(_AGE_WORD_BEFORE, text, "age", "90 or older")
    if any(stem in low for stem in _NINETY_STEMS):
        yield from _hits(_NINETY, text, "age", "90 or older")
    if seen & _ONLY_FIRST:
        for pat in (_ONLY, _AFTER_NOUN_ONLY):
            yield from _hits(pat, text, "unique identifier", "[unique identifier]")
    if "'s " in low or "’s " in low:
        yield from _hits(_OWNED_ONLY, text, "unique identifier", "[unique identifier]")
    if seen & _FEAST_FIRST:
        yield from _hits(_FEAST, text, "date", "[date]")


def _hits(
    pat: re.Pattern[str], text: str, kind: str, placeholder: str, group: int | str = 0
) -> Iterator[Hit]:
    for mt in pat.finditer(text):
        yield Hit(mt.start(group), mt.end(group), kind, placeholder)
