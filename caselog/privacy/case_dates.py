"""Dates whose month or day carries a case ending, and dates that name the month by its
number (issue 14).

Agglutinative languages write the case on the date itself: Kazakh "12 наурызда" (on 12
March), Uzbek "12-martda", Azerbaijani "5 mayda", Hungarian "április 3-án", Finnish
"huhtikuun 3. päivänä", Armenian-style "12-ին". A month of ``calendar_words`` with one of
the endings below, or a day with an ending after a hyphen, beside a day of the month is a
date, in either order ("kovo 12 d.", "április 3-án" put the month first). Vietnamese and
Mongolian name the month by its number: "ngày 12 tháng 3", "3 сарын 12", "2024 оны 3-р
сарын 12-нд".

Only the endings are listed, not the inflected forms: a month's stem with any of them is
read, so a form no list holds is still a date; an English word or a function word is not
("maybe", "main", "mais" begin with "may", "mai"). A day beside a stem is required (a month
alone is ``datewords``'s), and a unit after the number makes it a value ("Mart 2 mg").
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import cache, lru_cache

from caselog.privacy.calendar_words import MONTHS, WEEKDAYS
from caselog.privacy.normalize import fold_word, normalise
from caselog.privacy.patterns import Hit, words
from caselog.privacy.vocab import function_word, vocabulary

# Case endings a month takes in a date, folded (``fold_word``: Cyrillic letters that look
# Latin read as Latin), in Turkic, Finno-Ugric, Baltic and Slavic languages: locative,
# ablative, dative, genitive and possessive endings.
_ENDINGS = frozenset(
    fold_word(w)
    for w in words(
        """
        a e i u n s l y ı ü o ə
        da de ta te də dan den tan ten dən ga ge ka ke ğa gə qa
        ning nin nıñ nin ni na ne nda nde ında inde unda ünde inda ya ye
        in ın un ün ta te ja je jä ssa ssä sta stä lla llä lta ltä ksi
        ig tól től ától étől ra re
        ил ist l st ks
        да де та те дан ден тан тен ға ге қа ке ы і ын ін ның нің дың дің тың тің
        нда нде на не ны ні а я у ю е ом ем
        """
    )
)
# A month stem is at least this long (so "may" + "or" is not May).
_MIN_STEM = 3
_UNIT_AFTER = re.compile(
    r"\s*(?:%|mg|mcg|µg|ug|g|kg|ml|l|mmol|µmol|umol|mm|cm|iu|u|units?|мг|мл|г|кг|ммоль)\b",
    re.I,
)
# A word, or a day of the month with what may follow it: a full stop, or a hyphen and an
# ending ("3-án", "12-ին", "12-нд", "5-го"), or an apostrophe and one ("12'sinde").
_TOKEN = re.compile(
    r"(?P<day>(?<![\d.,:/])(?:[12]\d|3[01]|0?[1-9])(?![\d,:/]|[^\W\d_])"
    r"(?:\.(?!\d)|[-'’](?P<end>[^\W\d_]{1,5})(?![^\W\d_]))?)"
    r"|(?P<word>[^\W\d_]+(?:['’-][^\W\d_]{1,5})?)"
)
_GAP = re.compile(r"[\s\u00a0]{1,3}(?:de\s+|of\s+)?|\s*-\s*")
# the number of a month: Vietnamese "tháng 3", Mongolian "3 сарын", "3-р сарын" (the
# Mongolian words in the normal form, whose Cyrillic letters that look Latin are Latin)
_MN = {w: normalise(w).text for w in ("р", "сарын", "сарийн", "сард", "ны", "ний", "нд")}
_NUMBERED = re.compile(
    r"(?i)\b(?:ngay|mung)\s+(?:[12]\d|3[01]|0?[1-9])\s+thang\s+(?:1[0-2]|0?[1-9])\b"
    r"|(?<![\d.,])(?:[12]\d|3[01]|0?[1-9])\s+thang\s+(?:1[0-2]|0?[1-9])\b"
    rf"|(?<![\d.,])(?:1[0-2]|0?[1-9])(?:-?{_MN['р']})?\s+(?:{_MN['сарын']}|{_MN['сарийн']}|{_MN['сард']})"
    rf"\s+(?:[12]\d|3[01]|0?[1-9])(?:-?(?:{_MN['ны']}|{_MN['ний']}|{_MN['нд']}))?(?!\d)"
)


# A day and a month in figures with no year, after a word that introduces a date ("am
# 12.03.", "vom 3.4. bis 10.4.", "le 12/03"): German, Dutch, Nordic, Slavic and Romance
# notes write it so. Without the word it may be a value ("1.05."), and is left.
_CUES = (
    "am vom bis seit ab zum zur den dem le du au el del al il dal dai op van tot på från till "
    "fra frem dne od do dnia от до с по на seen on since from until termin datum date"
)
_SHORT_DATE = re.compile(
    rf"(?i:\b(?:{'|'.join(_CUES.split())})\s+)"
    r"(?P<d>(?:0?[1-9]|[12]\d|3[01])(?:\.\s?(?:0?[1-9]|1[0-2])\.|/(?:0?[1-9]|1[0-2]))(?![\d/.]))"
)
# figures apart by a full stop and a space, with the year ("12. 3. 2024"; a Roman month is
# ``regional``'s)
_SPACED_DATE = re.compile(
    r"(?<![\d.,])(?:0?[1-9]|[12]\d|3[01])\.\s(?:0?[1-9]|1[0-2])\.\s(?:19|20)\d\d(?!\d)"
)


# A day with a month of the Islamic calendar in Latin letters ("12 Ramadan 1445", "3rd of
# Shawwal"), the Tagalog ordinal day ("ika-12 ng Marso"), a day of the month alone as an
# ordinal after "on the", "of the", "since the" ("seen on the 12th", "your letter of the
# 12th inst."), and a month cut short with a year after a hyphen ("Mar-24", "Sept-2023").
_HIJRI = (
    r"muharram|safar|rabi['’]?\s*(?:al|ul)[\s-]*(?:awwal|thani|akhir)|jumad[ai]\s*(?:al|ul)[\s-]*"
    r"(?:ula|awwal|akhirah?|thani)|rajab|sha['’]?ban|ramadh?an|ramazan|shawwal|"
    r"dhu\s*al[\s-]*(?:qa['’]?dah|hijjah)|dhul[\s-]*(?:qa['’]?dah|hijjah)|zul[\s-]*(?:qadah|hijjah)"
)
_DAY_PHRASES = re.compile(
    rf"(?i:(?<![\d.,])(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?(?:\s+of)?\s+(?:{_HIJRI})\b"
    r"(?:\s+(?:1[34]\d\d)\b)?)"
    r"|(?i:\bika-?\s?(?:[12]\d|3[01]|0?[1-9])\s+ng\s+[A-Z][a-z]+)"
    r"|(?i:\b(?:jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec)-(?:19|20)?\d\d\b(?!-))"
)


_ORDINAL_DAY = re.compile(
    r"(?i:\b(?:on|of|since|until|before|after|from|and)\s+(?P<d>the\s+(?:[12]\d|3[01]|0?[1-9])"
    r"(?:st|nd|rd|th))(?=\s*(?:[,;:.)]|$|inst\b|ult\b|and\b|or\b|at\b)))"
)


# A weekday, written out or cut short, with the day of the month after it: "Thursday
# 14th", "Mon 3rd", "Tues 12/3", "vendredi 13": the day is the date's, not a count.
_WEEKDAY_SHORT = "mon|tue|tues|wed|weds|thu|thur|thurs|fri|sat|sun"
_WEEKDAY_DAY = re.compile(
    r"(?i:\b(?P<w>[^\W\d_]{3,12})\.?,?\s+(?:the\s+|le\s+|den\s+)?)"
    r"(?P<d>(?:[12]\d|3[01]|0?[1-9])"
    # an ordinal's ending, a month after a slash, or the number alone at a clause's end
    r"(?:(?:st|nd|rd|th|er|e)\b|/(?:1[0-2]|0?[1-9])(?:/\d{2,4})?(?![\w/])|(?=\.(?!\d))|(?=\s*(?:[,;:)]|$))))"
)


def _weekday(word: str) -> bool:
    f = fold_word(word)
    return f in WEEKDAYS or re.fullmatch(_WEEKDAY_SHORT, f) is not None


@cache
def _stems() -> tuple[frozenset[str], int]:
    stems = frozenset(m for m in MONTHS if len(m) >= _MIN_STEM and " " not in m)
    return stems, max(len(m) for m in stems)


@lru_cache(maxsize=8192)
def month_with_ending(word: str) -> bool:
    """``word`` (as written) is a month, or a month's form with a case ending: "наурызда",
    "martda", "Mart'ta", "aprillil", "huhtikuun"."""
    f = fold_word(word).replace("'", "").replace("-", "")
    if f in vocabulary().english or function_word(f):
        return False  # "maybe", "main", "nova" are not May, mai, nov; English "may 5" is
        # ``patterns``'s
    stems, longest = _stems()
    if f in stems:
        return True
    for k in range(min(len(f) - 1, longest), _MIN_STEM - 1, -1):
        if f[:k] in stems and f[k:] in _ENDINGS:
            return True
    return False


def find_case_dates(text: str) -> Iterator[Hit]:
    """Dates in ``text`` (the normal form) whose month or day carries a case ending, and
    dates that give the month's number in words ("tháng 3", "3 сарын")."""
    for mt in _NUMBERED.finditer(text):
        yield Hit(mt.start(), mt.end(), "date", "[date]")
    for mt in _SPACED_DATE.finditer(text):
        yield Hit(mt.start(), mt.end(), "date", "[date]")
    for mt in _DAY_PHRASES.finditer(text):
        yield Hit(mt.start(), mt.end(), "date", "[date]")
    for mt in _ORDINAL_DAY.finditer(text):
        yield Hit(mt.start("d"), mt.end("d"), "date", "[date]")
    for mt in _SHORT_DATE.finditer(text):
        yield Hit(mt.start("d"), mt.end("d"), "date", "[date]")
    for mt in _WEEKDAY_DAY.finditer(text):
        if _weekday(mt["w"]):
            yield Hit(mt.start("w"), mt.end("d"), "date", "[date]")
    toks = list(_TOKEN.finditer(text))
    for i, t in enumerate(toks):
        if t["day"] is None:
            continue
        if t["end"] is not None and month_with_ending(t["end"]):
            yield Hit(t.start(), t.end(), "date", "[date]")  # "5-mayda": the month after a hyphen
            continue
        # the month before the day or after it: only a day's neighbours are looked up
        for j in (i + 1, i - 1):
            w = toks[j] if 0 <= j < len(toks) else None
            if w is None or w["word"] is None:
                continue
            a, b = (t, w) if j > i else (w, t)
            if not _GAP.fullmatch(text, a.end(), b.start()) or _UNIT_AFTER.match(text, t.end()):
                continue
            if month_with_ending(w["word"]):
                yield Hit(a.start(), b.end(), "date", "[date]")
                break
