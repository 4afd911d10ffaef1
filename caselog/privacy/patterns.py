"""Finding identifiers in free text: calendar dates in their usual written forms, and the
generic HIPAA Safe Harbor patterns (emails, phone and fax numbers, URLs, IP addresses,
labelled identifiers: record, health-plan, account, licence, vehicle, device, biometric and
other numbers; VINs, codes and long numbers). People and places: ``persons``, ``places``.

Each finder yields ``Hit``s; the engine in ``deidentify`` decides what replaces them.
"""

from __future__ import annotations

import calendar
import re
import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass

MONTHS: dict[str, int] = {}
for _n in range(1, 13):
    MONTHS[calendar.month_name[_n].lower()] = _n
    MONTHS[calendar.month_abbr[_n].lower()] = _n
MONTHS["sept"] = 9

_MONTH = r"(?P<{g}>" + "|".join(sorted(MONTHS, key=len, reverse=True)) + r")\.?"
_ORD = r"(?:st|nd|rd|th)?"


_YEAR_ALONE = re.compile(r"(?:19|20)\d\d")


def is_year(value: str) -> bool:
    """``value`` is a year of these two centuries and nothing else ("1987", "2024")."""
    return _YEAR_ALONE.fullmatch(value) is not None


def words(text: str) -> tuple[str, ...]:
    """The words of a data table written as one string."""
    return tuple(text.split())


def alternation(pattern: str) -> str:
    """A regex alternation (``a|b|...``) rewritten so that its plain words share their
    prefixes ("son|sister|sibling" -> "s(?:on|i(?:ster|bling))"): the same matches, but
    the engine tries each letter once instead of each word. Branches with regex syntax
    are kept as they are, before the plain words."""
    branches, depth, cur = [], 0, ""
    for ch in pattern:  # split at the top level only
        if ch == "|" and depth == 0:
            branches.append(cur)
            cur = ""
            continue
        depth += ch in "([" and not cur.endswith("\\")
        depth -= ch in ")]" and not cur.endswith("\\")
        cur += ch
    branches.append(cur)
    plain = [b for b in branches if re.fullmatch(r"[\w'’-]+", b)]
    other = [b for b in branches if b not in plain]
    trie: dict[str, dict] = {}  # type: ignore[type-arg]
    for w in plain:
        node = trie
        for ch in w:
            node = node.setdefault(ch, {})
        node[""] = {}

    def emit(node: dict) -> str:  # type: ignore[type-arg]
        alts = []
        end = "" in node
        for ch in sorted(k for k in node if k):
            alts.append(re.escape(ch) + emit(node[ch]))
        if not alts:
            return ""
        body = alts[0] if len(alts) == 1 else "(?:" + "|".join(alts) + ")"
        return f"(?:{body})?" if end else body

    return "|".join([*other, emit(trie)] if plain else other)


def phrases(ws: tuple[str, ...] | list[str]) -> str:
    """An alternation of the words (a trie, ``alternation``), phrases ("_" or a space
    between their words) with any spaces."""
    every = {w.replace("_", " ") for w in ws}
    single = sorted(w for w in every if re.fullmatch(r"[\w'’-]+", w))
    multi = sorted(every - set(single), key=len, reverse=True)
    parts = [re.escape(w).replace(r"\ ", r"\s+") for w in multi]
    if single:
        parts.append(f"(?:{alternation('|'.join(single))})")
    return "|".join(parts)


# A capitalised word as names of people and places are written: Mary, O'Flannery,
# McAllister, Ulvaeus-Pike (never all capitals: CT, ICU, L2 are not names).
CAPITALISED_WORD = (
    r"(?:[A-Z][a-z]+(?:[A-Z][a-z]+)?(?:['’][A-Z]?[a-z]+)?|[A-Z]['’][A-Z][a-z]+)(?:-[A-Z][a-z]+)*"
)


def _m(group: str) -> str:
    return _MONTH.format(g=group)


@dataclass(frozen=True)
class DateHit:
    """A date written in text. ``candidates`` are the (year, month, day) readings it allows
    (two for 05/06/2024); ``year`` or ``day`` may be None for partial forms."""

    start: int
    end: int
    candidates: tuple[tuple[int | None, int, int | None], ...]


@dataclass(frozen=True)
class Hit:
    start: int
    end: int
    kind: str
    replacement: str


def fold(text: str) -> str:
    """Strip accents one character for one, so that spans found in the folded text are
    spans of the original: ``José`` -> ``Jose``."""
    if text.isascii():
        return text
    out = []
    for ch in text:
        base = unicodedata.normalize("NFD", ch)[0]
        out.append(base if len(base) == 1 else ch)
    return "".join(out)


def _year(text: str) -> int:
    y = int(text)
    if len(text) == 2:
        y += 2000 if y <= 40 else 1900
    return y


def _valid(y: int | None, m: int, d: int | None) -> bool:
    if not 1 <= m <= 12:
        return False
    if y is not None and not 1850 <= y <= 2150:
        return False
    if d is None:
        return True
    last = calendar.monthrange(y if y is not None else 2000, m)[1]
    return 1 <= d <= last


def _month_ok(token: str) -> bool:
    """'may' and 'mar' are words too: only count them capitalised."""
    return token.lower() not in ("may", "mar") or token[:1].isupper()


_FULL_FORMS: list[re.Pattern[str]] = [
    # 2024-06-05, 2024/06/05, 2024.06.05; with the time ISO 8601 and exports write after
    # it ("2024-06-05T08:30", "2024-06-05 08:30:00Z")
    re.compile(
        r"(?<![\d.-])(?P<y>\d{4})(?P<s>[-/.])(?P<m>\d{1,2})(?P=s)(?P<d>\d{1,2})"
        r"(?:(?:T|\s)\d{1,2}:\d{2}(?::\d{2}(?:[.,]\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?(?![\d:]))?(?![\d])"
    ),
    # 05/06/2024, 6/5/2024, 5.6.2024, 05-06-24
    re.compile(
        r"(?<![\d/.-])(?P<a>\d{1,2})(?P<s>[-/.])(?P<b>\d{1,2})(?P=s)(?P<y>\d{4}|\d{2})(?![\d/])"
    ),
    # June 5, 2024 / Jun 5 2024 / June 5th, 2024
    # JUN-30-2022 / Jun/30/2022
    re.compile(
        r"\b"
        + _m("mon")
        + r"(?:\s+|(?P<s>[-/]))(?P<d>\d{1,2})"
        + _ORD
        + r"(?:,?\s+|(?P=s))(?P<y>\d{4})\b",
        re.I,
    ),
    # 5 June 2024 / 5 Jun 2024 / 5th of June, 2024 / 5-Jun-2024 / 05-jun-24
    re.compile(
        r"\b(?P<d>\d{1,2})"
        + _ORD
        + r"(?:\s+of)?[\s-]+"
        + _m("mon")
        + r",?[\s-]+(?P<y>\d{4}|\d{2})\b",
        re.I,
    ),
    # 2024 Jun 5 (NLM style), 2024-Jun-05
    re.compile(r"\b(?P<y>\d{4})[\s-]+" + _m("mon") + r"[\s-]+(?P<d>\d{1,2})\b", re.I),
]
_COMPACT = re.compile(
    r"(?<![\w.])(?P<y>(?:19|20)\d{2})(?P<m>\d{2})(?P<d>\d{2})(?:T\d{4}(?:\d{2})?Z?)?(?!\w|\.\d)"
)
_MONTH_YEAR: list[re.Pattern[str]] = [
    re.compile(r"\b" + _m("mon") + r",?\s+(?P<y>\d{4})\b", re.I),
    re.compile(r"(?<![\d/.-])(?P<m>\d{1,2})/(?P<y>\d{4})(?![\d/])"),
    re.compile(r"(?<![\d/.-])(?P<y>\d{4})-(?P<m>\d{2})(?![\d-])"),
]
_MONTH_DAY: list[re.Pattern[str]] = [
    re.compile(r"\b" + _m("mon") + r"\s+(?P<d>\d{1,2})" + _ORD + r"\b(?!\s*[:.]\d)", re.I),
    re.compile(r"\b(?P<d>\d{1,2})" + _ORD + r"(?:\s+of)?\s+" + _m("mon") + r"\b", re.I),
    # "March the 3rd"
    re.compile(r"\b" + _m("mon") + r"\s+the\s+(?P<d>\d{1,2})(?:st|nd|rd|th)\b", re.I),
]


def find_dates(text: str) -> Iterator[DateHit]:
    """Every calendar date written in ``text`` (full, month-year or month-day forms)."""
    if not DIGIT.search(text):
        return
    for pat in _FULL_FORMS:
        for mt in pat.finditer(text):
            g = mt.groupdict()
            if "mon" in g and g["mon"] is not None:
                if not _month_ok(g["mon"]):
                    continue
                cands = [(_year(g["y"]), MONTHS[g["mon"].lower().rstrip(".")], int(g["d"]))]
            elif "a" in g and g["a"] is not None:
                y, a, b = _year(g["y"]), int(g["a"]), int(g["b"])
                cands = [(y, a, b), (y, b, a)]
            else:
                cands = [(int(g["y"]), int(g["m"]), int(g["d"]))]
            ok = tuple(dict.fromkeys(c for c in cands if _valid(*c)))
            if ok:
                yield DateHit(mt.start(), mt.end(), ok)
    for mt in _COMPACT.finditer(text):
        c = (int(mt["y"]), int(mt["m"]), int(mt["d"]))
        if _valid(*c):
            yield DateHit(mt.start(), mt.end(), (c,))
    for pat in _MONTH_YEAR:
        for mt in pat.finditer(text):
            g = mt.groupdict()
            if g.get("mon") is not None:
                if not _month_ok(g["mon"]):
                    continue
                month = MONTHS[g["mon"].lower().rstrip(".")]
            else:
                month = int(g["m"])
            cand: tuple[int | None, int, int | None] = (int(g["y"]), month, None)
            if _valid(*cand):
                yield DateHit(mt.start(), mt.end(), (cand,))
    for pat in _MONTH_DAY:
        for mt in pat.finditer(text):
            if not _month_ok(mt["mon"]):
                continue
            c2: tuple[int | None, int, int | None] = (
                None,
                MONTHS[mt["mon"].lower().rstrip(".")],
                int(mt["d"]),
            )
            if _valid(*c2):
                yield DateHit(mt.start(), mt.end(), (c2,))


DIGIT = re.compile(r"\d")
CAPITAL = re.compile(r"[A-Z]")
_URL_HINT = re.compile(r"://|www\.", re.I)
# an address, with spaces around its "@" and dots ("agnieszka @ gmail . com") or "#" for
# its "@" ("maria.lopez#hotmail.com"), or a local domain with no dot ("a.k@hospital")
_EMAIL = re.compile(
    r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+"
    r"|[\w.+-]+\s+@\s+[\w-]+(?:\s*\.\s*[a-z]{2,})+\b"
    r"|[\w.+-]+#[\w-]+(?:\.[\w-]+)*\.(?:com|net|org|edu|gov|[a-z]{2})\b"
    r"|[\w.+-]+@[A-Za-z][\w-]{2,}\b"
)
_URL = re.compile(r"(?:\b[a-z][a-z0-9+.-]*://|\bwww\.)[^\s<>\"]+", re.I)
_IPV4 = re.compile(
    r"(?<![\d.])(?:(?:25[0-5]|2[0-4]\d|1?\d?\d)\.){3}(?:25[0-5]|2[0-4]\d|1?\d?\d)(?!\d|\.\d)"
)
_IPV6 = re.compile(
    r"(?<![\w:])(?:(?:[0-9a-f]{1,4}:){7}[0-9a-f]{1,4}"
    r"|(?:[0-9a-f]{1,4}:){1,6}:(?:[0-9a-f]{1,4}(?::[0-9a-f]{1,4})*)?|::(?:[0-9a-f]{1,4}:?)+)(?![\w:])",
    re.I,
)
_SSN = re.compile(r"(?<![\d-])\d{3}-\d{2}-\d{4}(?![\d-])")
_PHONE = re.compile(
    r"(?<![\w.])(?:\+\d{1,3}[\s.-]?)?(?:\(\d{2,4}\)[\s.-]?|\d{2,5}[\s.-])\d{3,4}[\s.-]\d{3,4}(?!\w|\.\d)"
)
# A number as Europe writes it: a trunk prefix and the rest in one group ("06-48213377",
# "020 5551234", "+31 6 48213377").
_TRUNK_PHONE = re.compile(
    r"(?<![\w.,/-])(?:\+\d{1,3}[\s.-]?)?\(?0?\d{1,4}\)?[\s.-]\d{6,8}(?![\w-]|[.,]\d)"
)
_LABELLED_PHONE = re.compile(
    r"\b(?:phone|tel(?:ephone)?|fax|mobile|cell|pager|telefon|telefoon|telefono|telefone|"
    r"mobiel|mobil|komorka|cep|gsm|puhelin|tfn)\.?\s*(?:no\.?|number)?\s*[:#]?\s*"
    r"(?P<num>\+?[\d(][\d\s().-]{5,}\d)",
    re.I,
)
# Labelled identifiers: (kind, placeholder, labels). A label, then optional filler words
# ("number", "no.", "ID", "#", ":"), then the value: a code with at least three digits.
LABELLED: list[tuple[str, str, str]] = [
    ("record number", "[record number]",
     r"MRN|medical\s+record|record|chart|hospital|patient\s+ID|case\s+(?:number|no)|"
     r"encounter|visit\s+(?:number|no|ID)|admission\s+(?:number|no|ID)|accession"),
    ("health plan number", "[health plan number]",
     r"health[\s-]*plan|(?:insurance\s+)?plan|insurance|insurer|policy|member|subscriber|"
     r"beneficiary|medicare|medicaid|payer"),
    ("account number", "[account number]", r"account|acct|billing|invoice"),
    ("licence number", "[licence number]",
     r"(?:driver'?s?\s+)?licen[cs]e|DEA|NPI|certificate|permit|passport"),
    ("vehicle identifier", "[vehicle identifier]",
     r"(?:licen[cs]e\s+|number\s+|car\s+)?plate|VIN|vehicle|(?:car|vehicle)\s+registration"),
    ("device identifier", "[device identifier]",
     r"(?:pacemaker|pump|implant|device|defibrillator|ICD|stent|catheter|valve)?\s*"
     r"(?:serial|S/N|UDI|lot)|device|implant|pacemaker|defibrillator"),
    ("id number", "[ID number]", r"SSN|social\s+security|national\s+(?:insurance|ID)|NHS"),
    ("biometric", "[biometric identifier]",
     r"(?:finger|voice|palm|face)\s?print|(?:retinal?|iris)\s+scan|biometric"),
    ("other code", "[code]",
     r"(?:study|subject|participant|trial|enrol?ment|specimen|sample|barcode|reference|"
     r"randomi[sz]ation|kit)(?:\s+subject)?"),
]  # fmt: skip
_FILLER = r"(?:\s+(?:number|no\.?|ID|code|identifier|template|scan|record))*\s*(?:is\s+|[:#]\s*)?"
_CHUNK = r"[A-Z0-9]+(?:[-/.][A-Z0-9]+)*"
# The value's first chunk has a digit, or is capitals followed by one (plate ABC 1234).
_VALUE = (
    rf"(?P<id>(?=[A-Z0-9/.-]*\d|(?-i:[A-Z]{{1,4}})\s\d){_CHUNK}(?:\s(?=[A-Z0-9-]*\d){_CHUNK})*)"
)
_UNIT = (
    r"\s*(?:%|/|x\s*10|(?:mg|g|kg|mcg|µg|μg|ug|ng|pg|mmol|µmol|μmol|umol|nmol|pmol|mEq|IU|U|"
    r"units?|mL|dL|L|cells|copies|cfu|Gy|cGy|mGy|mSv|mm|cm|m|kcal|days?|weeks?|months?|"
    r"years?|hours?|h|min)\b)"
)
_LABELLED = [
    (kind, placeholder, re.compile(rf"\b(?:{labels})\b{_FILLER}{_VALUE}(?!\w)(?!{_UNIT})", re.I))
    for kind, placeholder, labels in LABELLED
]
# A vehicle identification number: 17 letters and digits (no I, O, Q), both present.
_VIN = re.compile(
    r"(?<![\w-])(?=[A-HJ-NPR-Z0-9]*\d)(?=[0-9]*[A-HJ-NPR-Z])[A-HJ-NPR-Z0-9]{17}(?![\w-])"
)
# A code of capitals and digits with five digits or more: KX-03751, SN-627-Y373262 (a
# public trial registration, NCT01234567, is not a person's).
_CODE = re.compile(
    r"(?<![\w.-])(?!NCT\d{8}(?![\w-]))(?=[A-Z0-9-]*[A-Z])(?=(?:[A-Z-]*\d){5})[A-Z0-9]+(?:-[A-Z0-9]+)*(?![\w-])"
)
# Six digits or more in a row that are not a measurement (210000 IU, 250000/uL stay).
_LONG_NUMBER = re.compile(rf"(?<![\w.,/^-])\d{{6,}}(?!\w|[.,]\d|{_UNIT})")


def _is_identifier(value: str) -> bool:
    """A labelled value is an identifier when it has three digits or more and is not a
    bare year."""
    digits = sum(c.isdigit() for c in value)
    return digits >= 3 and len(value) >= 4 and not is_year(value)


def find_generic(text: str) -> Iterator[Hit]:
    """The Safe Harbor patterns that need no knowledge of the patient."""
    if "@" in text or "#" in text:
        for mt in _EMAIL.finditer(text):
            yield Hit(mt.start(), mt.end(), "email", "[email]")
    if _URL_HINT.search(text):
        for mt in _URL.finditer(text):
            end = mt.end()
            while end > mt.start() and text[end - 1] in ".,;:)]}'":
                end -= 1
            yield Hit(mt.start(), end, "url", "[URL]")
    if ":" in text:
        for mt in _IPV6.finditer(text):
            if "::" in mt.group() or mt.group().count(":") == 7:
                yield Hit(mt.start(), mt.end(), "ip address", "[IP address]")
    if not DIGIT.search(text):
        return  # everything below has digits (most short fields of a case have none)
    for mt in _IPV4.finditer(text):
        yield Hit(mt.start(), mt.end(), "ip address", "[IP address]")
    for mt in _SSN.finditer(text):
        yield Hit(mt.start(), mt.end(), "id number", "[ID number]")
    for mt in _LABELLED_PHONE.finditer(text):
        yield Hit(mt.start("num"), mt.end("num"), "phone", "[phone]")
    for pat in (_PHONE, _TRUNK_PHONE):
        for mt in pat.finditer(text):
            if sum(c.isdigit() for c in mt.group()) >= 9:
                yield Hit(mt.start(), mt.end(), "phone", "[phone]")
    for kind, placeholder, pat in _LABELLED:
        for mt in pat.finditer(text):
            if _is_identifier(mt["id"]):
                yield Hit(mt.start("id"), mt.end("id"), kind, placeholder)
    for mt in _VIN.finditer(text):
        yield Hit(mt.start(), mt.end(), "vehicle identifier", "[vehicle identifier]")
    for mt in _CODE.finditer(text):
        yield Hit(mt.start(), mt.end(), "other code", "[code]")
    for mt in _LONG_NUMBER.finditer(text):
        yield Hit(mt.start(), mt.end(), "other code", "[number]")


SENTENCE_END = frozenset(".!?:;\n•*|>")
"""What ends a sentence, or a list item or table cell that stands as one."""


def at_sentence_start(text: str, pos: int) -> bool:
    """``pos`` begins a sentence: only quotes, brackets, dashes or spaces stand between it
    and the text's start, a line break or a sentence's end."""
    j = pos - 1
    while j >= 0 and (text[j].isspace() or text[j] in "\"'“‘([{-–—"):
        if text[j] == "\n":
            return True
        j -= 1
    return j < 0 or text[j] in SENTENCE_END
