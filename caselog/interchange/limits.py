"""The limits and value rules of the case file (docs/case-format.md, "Limits"), each a plain
function of a value, so that the importer (on the raw file), the services (on what the window
or a script hands them) and the window's forms (as the user types) say the same thing.

Each ``*_problem`` function returns the message for a value that breaks its rule, or None.
"""

from __future__ import annotations

import datetime as dt
import re

from caselog.core.dates import PartialDate

MAX_TEXT = 100_000
"""The longest text value (characters) anywhere in a case."""
MAX_LINE = 2_000
"""The longest single-line value: a title, a name, a drug, a test, a keyword..."""

_BIDI = "\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069"
_UNSAFE = re.compile(f"[\x00-\x1f\x7f-\x9f{_BIDI}]")
"""Control characters (Unicode category Cc: C0, DEL, C1) and the direction marks and
overrides a terminal or a list would show out of order (U+202E...)."""


def unsafe_character(text: str) -> str | None:
    """The first control or direction-override character in ``text`` (ESC, BEL, a line
    break, U+202E...), which a single-line value may not hold, or None."""
    m = _UNSAFE.search(text)
    return None if m is None else m.group()


def text_problem(text: str) -> str | None:
    """A text value longer than ``MAX_TEXT``."""
    if len(text) > MAX_TEXT:
        return f"is {len(text):,} characters long; text may have at most {MAX_TEXT:,}"
    return None


def line_problem(text: str) -> str | None:
    """A single-line value: at most ``MAX_LINE`` characters, no control character. The
    length is checked first, so a huge value is refused without being scanned."""
    if len(text) > MAX_LINE:
        return (
            f"is {len(text):,} characters long; a single-line value may have at most {MAX_LINE:,}"
        )
    bad = unsafe_character(text.replace("\x00", ""))  # a NUL: said by clean_text
    if bad is not None:
        return (
            f"contains the control character U+{ord(bad):04X}, which a single-line value "
            "may not hold"
        )
    return None


def date_digits_problem(text: str) -> str | None:
    """A date written with digits other than ASCII 0-9 (Arabic-Indic, Devanagari,
    fullwidth...): refused, saying which character."""
    for ch in text:
        if ch.isdigit() and not ch.isascii():
            return (
                f"{text!r} is written with the digit U+{ord(ch):04X}; dates use the ASCII "
                "digits 0-9 only (YYYY-MM-DD, YYYY-MM or YYYY)"
            )
    return None


def lab_result_problem(has_value: bool, has_text: bool) -> str | None:
    """A lab result is a number (``value``) or a text (``text``): one of them, not both."""
    if has_value and has_text:
        return "a lab result has `value` (a number) or `text`, not both"
    if not has_value and not has_text:
        return "a lab result needs `value` (a number) or `text`"
    return None


def _years(born: dt.date, on: dt.date) -> int:
    return on.year - born.year - ((on.month, on.day) < (born.month, born.day))


def ages_possible(birth: PartialDate, on: PartialDate) -> tuple[int, int]:
    """The least and greatest whole-year age a patient born on ``birth`` has on ``on``: one
    age when both are known to the day; a range as wide as their precision leaves open."""
    low = _years(birth.last_day(), on.first_day())
    high = _years(birth.first_day(), on.last_day())
    return max(low, 0), max(high, 0)


def age_problem(age: int, birth: PartialDate, at: PartialDate | None, today: dt.date) -> str | None:
    """``age`` (years at the index date ``at``) against the birth date: it must be an age
    the two dates allow, no tolerance beyond their precision. Without an index date (a
    case with no dated event yet) the age may not exceed the patient's age today."""
    if at is None:
        _, oldest = ages_possible(birth, PartialDate.of(today))
        if age > oldest:
            return (
                f"{age} does not agree with the birth date {birth}: the patient is at most "
                f"{oldest} today"
            )
        return None
    low, high = ages_possible(birth, at)
    if low <= age <= high:
        return None
    then = str(low) if low == high else f"{low} to {high}"
    return (
        f"{age} does not agree with the birth date {birth}: at the index date {at} the "
        f"patient was {then} (leave the age empty to take it from the birth date)"
    )
