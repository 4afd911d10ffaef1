"""Finding identifiers in free text: calendar dates in their usual written forms, and the
generic HIPAA Safe Harbor patterns (emails, phone and fax numbers, SSN-like numbers, URLs,
IP addresses, record numbers, ages over 89).

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
    # 2024-06-05, 2024/06/05, 2024.06.05
    re.compile(r"(?<![\d.-])(?P<y>\d{4})(?P<s>[-/.])(?P<m>\d{1,2})(?P=s)(?P<d>\d{1,2})(?![\d])"),
    # 05/06/2024, 6/5/2024, 5.6.2024, 05-06-24
    re.compile(
        r"(?<![\d/.-])(?P<a>\d{1,2})(?P<s>[-/.])(?P<b>\d{1,2})(?P=s)(?P<y>\d{4}|\d{2})(?![\d/])"
    ),
    # June 5, 2024 / Jun 5 2024 / June 5th, 2024
    re.compile(r"\b" + _m("mon") + r"\s+(?P<d>\d{1,2})" + _ORD + r",?\s+(?P<y>\d{4})\b", re.I),
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
_COMPACT = re.compile(r"(?<![\w.])(?P<y>(?:19|20)\d{2})(?P<m>\d{2})(?P<d>\d{2})(?![\w.])")
_MONTH_YEAR: list[re.Pattern[str]] = [
    re.compile(r"\b" + _m("mon") + r",?\s+(?P<y>\d{4})\b", re.I),
    re.compile(r"(?<![\d/.-])(?P<m>\d{1,2})/(?P<y>\d{4})(?![\d/])"),
    re.compile(r"(?<![\d/.-])(?P<y>\d{4})-(?P<m>\d{2})(?![\d-])"),
]
_MONTH_DAY: list[re.Pattern[str]] = [
    re.compile(r"\b" + _m("mon") + r"\s+(?P<d>\d{1,2})" + _ORD + r"\b(?!\s*[:.]\d)", re.I),
    re.compile(r"\b(?P<d>\d{1,2})" + _ORD + r"(?:\s+of)?\s+" + _m("mon") + r"\b", re.I),
]


def find_dates(text: str) -> Iterator[DateHit]:
    """Every calendar date written in ``text`` (full, month-year or month-day forms)."""
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


_EMAIL = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
_URL = re.compile(r"(?:\b[a-z][a-z0-9+.-]*://|\bwww\.)[^\s<>\"]+", re.I)
_IPV4 = re.compile(
    r"(?<![\d.])(?:(?:25[0-5]|2[0-4]\d|1?\d?\d)\.){3}(?:25[0-5]|2[0-4]\d|1?\d?\d)(?![\d.])"
)
_IPV6 = re.compile(
    r"(?<![\w:])(?:(?:[0-9a-f]{1,4}:){7}[0-9a-f]{1,4}"
    r"|(?:[0-9a-f]{1,4}:){1,6}:(?:[0-9a-f]{1,4}(?::[0-9a-f]{1,4})*)?|::(?:[0-9a-f]{1,4}:?)+)(?![\w:])",
    re.I,
)
_SSN = re.compile(r"(?<![\d-])\d{3}-\d{2}-\d{4}(?![\d-])")
_PHONE = re.compile(
    r"(?<![\w.])(?:\+\d{1,3}[\s.-]?)?(?:\(\d{2,4}\)[\s.-]?|\d{2,4}[\s.-])\d{3,4}[\s.-]\d{3,4}(?![\w.])"
)
_LABELLED_PHONE = re.compile(
    r"\b(?:phone|tel(?:ephone)?|fax|mobile|cell|pager)\.?\s*(?:no\.?|number)?\s*[:#]?\s*"
    r"(?P<num>\+?[\d(][\d\s().-]{5,}\d)",
    re.I,
)
_LABELLED_ID = re.compile(
    r"\b(?:MRN|medical record(?:\s+(?:number|no\.?))?|record\s+(?:number|no\.?)|"
    r"chart\s+(?:number|no\.?)|hospital\s+(?:number|no\.?)|patient\s+ID|"
    r"health[- ]plan\s+(?:number|no\.?)|account\s+(?:number|no\.?)|SSN)"
    r"\s*[:#]?\s*(?P<id>[A-Z0-9][A-Z0-9/-]{3,})",
    re.I,
)
_OLD_AGE = re.compile(
    r"\b(?P<n>\d{2,3})(?P<tail>(?:\s*|-)(?:years?|yrs?|y)(?:\s*|-)old\b|(?:\s*|-)year-old\b)", re.I
)
_AGED = re.compile(r"\b(?P<lead>aged?\s+)(?P<n>\d{2,3})\b(?!\s*(?:mg|kg|%))", re.I)


def find_generic(text: str) -> Iterator[Hit]:
    """The Safe Harbor patterns that need no knowledge of the patient."""
    for mt in _EMAIL.finditer(text):
        yield Hit(mt.start(), mt.end(), "email", "[email]")
    for mt in _URL.finditer(text):
        end = mt.end()
        while end > mt.start() and text[end - 1] in ".,;:)]}'":
            end -= 1
        yield Hit(mt.start(), end, "url", "[URL]")
    for mt in _IPV4.finditer(text):
        yield Hit(mt.start(), mt.end(), "ip address", "[IP address]")
    for mt in _IPV6.finditer(text):
        if "::" in mt.group() or mt.group().count(":") == 7:
            yield Hit(mt.start(), mt.end(), "ip address", "[IP address]")
    for mt in _SSN.finditer(text):
        yield Hit(mt.start(), mt.end(), "id number", "[ID number]")
    for mt in _LABELLED_PHONE.finditer(text):
        yield Hit(mt.start("num"), mt.end("num"), "phone", "[phone]")
    for mt in _PHONE.finditer(text):
        if sum(c.isdigit() for c in mt.group()) >= 9:
            yield Hit(mt.start(), mt.end(), "phone", "[phone]")
    for mt in _LABELLED_ID.finditer(text):
        if any(c.isdigit() for c in mt["id"]):
            yield Hit(mt.start("id"), mt.end("id"), "record number", "[record number]")
    for mt in _OLD_AGE.finditer(text):
        if int(mt["n"]) > 89:
            yield Hit(mt.start(), mt.end(), "age", "≥90-year-old")
    for mt in _AGED.finditer(text):
        if int(mt["n"]) > 89:
            yield Hit(mt.start("n"), mt.end("n"), "age", "90 or older")
