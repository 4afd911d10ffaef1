"""Time on the timeline, told relative to the index date the way a clinician says it.

Dates keep their precision (core.dates.PartialDate). Arithmetic is done at the coarsest
precision of the two dates involved, so a date known only to the month is "about 3 months
after", never "day 95": day counts are given only when both dates are known to the day.

- ``relative_days(date, index)``: exact days, or None when either date lacks a day.
- ``relative_months(date, index)``: calendar-month difference, or None when either lacks a month.
- ``describe_relative(date, index, anchor=...)``: "3 months after the first dose of romosozumab".
- ``short_relative(date, index)``: for tables, "Day 95", "Month 3", "Year -5".
- ``Span`` / ``describe_span``: a duration between two dates ("93 days (about 3 months)");
  ``duration_words``: the same in a sentence's words ("3 months", "about 8 years").
"""

from __future__ import annotations

import calendar
import datetime as dt
import math
from dataclasses import dataclass
from fractions import Fraction

from caselog.core.dates import PartialDate, Precision

DAYS_PER_MONTH = 365.25 / 12
INDEX_ANCHOR = "the index date"
MINUS = "\u2212"
"""The typographic minus sign, for printed output (``short_relative(..., minus=MINUS)``)."""


def relative_days(date: PartialDate, index: PartialDate) -> int | None:
    """Days from ``index`` to ``date`` (negative before); None unless both are known to the day."""
    if date.precision is not Precision.DAY or index.precision is not Precision.DAY:
        return None
    return (date.first_day() - index.first_day()).days


def relative_months(date: PartialDate, index: PartialDate) -> int | None:
    """Calendar months from ``index`` to ``date``; None unless both are known to the month."""
    if date.month is None or index.month is None:
        return None
    return (date.year * 12 + date.month) - (index.year * 12 + index.month)


def relative_years(date: PartialDate, index: PartialDate) -> int:
    """Calendar years from ``index`` to ``date`` (always known)."""
    return date.year - index.year


def common_precision(a: PartialDate, b: PartialDate) -> Precision:
    """The coarsest precision of the two: what arithmetic between them may claim."""
    order = (Precision.DAY, Precision.MONTH, Precision.YEAR)
    return max(a.precision, b.precision, key=order.index)


def _round(x: float | Fraction) -> int:
    """Half up, as a clinician rounds (3.5 years is "about 4 years", 4.5 "about 5"), never
    Python's half-to-even ``round``, which makes 42 and 54 months both "about 4 years"."""
    half = Fraction(1, 2)
    return math.floor(x + half) if x >= 0 else -math.floor(-x + half)


def _plural(n: int, unit: str) -> str:
    return f"{n} {unit}" if n == 1 else f"{n} {unit}s"


def _add_months(d: dt.date, months: int) -> dt.date:
    y, m = divmod(d.month - 1 + months, 12)
    year, month = d.year + y, m + 1
    return dt.date(year, month, min(d.day, calendar.monthrange(year, month)[1]))


def calendar_months(start: dt.date, end: dt.date) -> Fraction:
    """The calendar months from ``start`` to ``end`` (``end`` not before it), exactly: the
    whole months to the last monthly anniversary on or before ``end``, plus the days left
    as a fraction of the month that follows it (15 January to 15 July 2024 is 6; to
    30 July, 6 and 15/31)."""
    whole = (end.year - start.year) * 12 + end.month - start.month
    while whole > 0 and _add_months(start, whole) > end:
        whole -= 1
    anniversary = _add_months(start, whole)
    following = _add_months(start, whole + 1)
    rest = Fraction((end - anniversary).days, (following - anniversary).days)
    return whole + rest


def _amount_between(start: dt.date, end: dt.date) -> str:
    """A duration known to the day, in the unit a clinician would use.

    Under 14 days in days, under 60 in weeks; then in calendar months (``calendar_months``),
    "N months" within a week of a whole month, else "about N months"; from 23.5 months on in
    years, rounded half up from the months (never from days / 365.25, which makes 30 calendar
    months 2.497 years): 18 months is "18 months", 30 "about 3 years", 42 "about 4 years",
    54 "about 5 years"; "N years" within about 5 weeks (0.1 year) of a whole year."""
    if end < start:
        start, end = end, start
    n = (end - start).days
    if n < 14:
        return _plural(n, "day")
    if n < 60:
        weeks, rest = divmod(n, 7)
        if rest == 0:
            return _plural(weeks, "week")
        return "about " + _plural(_round(Fraction(n, 7)), "week")
    months = calendar_months(start, end)
    if months < Fraction(47, 2):
        whole = _round(months)
        near = abs(months - whole) < Fraction(1, 4)
        return _plural(whole, "month") if near else "about " + _plural(whole, "month")
    years = months / 12
    whole = _round(years)
    near = abs(years - whole) < Fraction(1, 10)
    return _plural(whole, "year") if near else "about " + _plural(whole, "year")


def _amount_from_months(months: int) -> str:
    n = abs(months)
    if n < 24:
        return "about " + _plural(n, "month")
    years, rest = divmod(n, 12)
    if rest == 0:
        return "about " + _plural(years, "year")
    return "about " + _plural(_round(n / 12), "year")


def describe_relative(date: PartialDate, index: PartialDate, *, anchor: str | None = None) -> str:
    """``date`` relative to ``index`` in words, honouring the precision of both.

    ``anchor`` names what the index date is ("the first dose of romosozumab");
    by default "the index date".

    >>> d = PartialDate.parse
    >>> describe_relative(d("2024-06-05"), d("2024-03-04"), anchor="the first dose of romosozumab")
    '3 months after the first dose of romosozumab'
    >>> describe_relative(d("2024-06"), d("2024-03-04"))
    'about 3 months after the index date'
    """
    what = anchor or INDEX_ANCHOR
    precision = common_precision(date, index)
    if precision is Precision.DAY:
        days = relative_days(date, index)
        assert days is not None
        if days == 0:
            return "on the index date" if anchor is None else f"on the day of {what}"
        side = "after" if days > 0 else "before"
        return f"{_amount_between(index.first_day(), date.first_day())} {side} {what}"
    if precision is Precision.MONTH:
        months = relative_months(date, index)
        assert months is not None
        if months == 0:
            return f"in the month of {what}"
        if months == 1:
            return f"in the month after {what}"
        if months == -1:
            return f"in the month before {what}"
        side = "after" if months > 0 else "before"
        return f"{_amount_from_months(months)} {side} {what}"
    years = relative_years(date, index)
    if years == 0:
        return f"in the year of {what}"
    if years == 1:
        return f"in the year after {what}"
    if years == -1:
        return f"in the year before {what}"
    side = "after" if years > 0 else "before"
    return f"about {_plural(abs(years), 'year')} {side} {what}"


def short_relative(date: PartialDate, index: PartialDate, *, minus: str = "-") -> str:
    """The short form for tables: "Day 95", "Day -3", "Month 3", "Year -5" (``minus`` is the
    sign written before a time before the index date; printed output passes ``MINUS``)."""
    precision = common_precision(date, index)
    if precision is Precision.DAY:
        unit, n = "Day", relative_days(date, index)
    elif precision is Precision.MONTH:
        unit, n = "Month", relative_months(date, index)
    else:
        unit, n = "Year", relative_years(date, index)
    assert n is not None
    return f"{unit} {minus}{-n}" if n < 0 else f"{unit} {n}"


def day_label(date: PartialDate, index: PartialDate, *, minus: str = "-") -> str:
    """The lower-case short form used inside sentences: "day 95", "month 3"."""
    text = short_relative(date, index, minus=minus)
    return text[0].lower() + text[1:]


@dataclass(frozen=True)
class Span:
    """The time from ``start`` to ``end`` (for time on drug, time to onset, dechallenge)."""

    start: PartialDate
    end: PartialDate

    @property
    def precision(self) -> Precision:
        return common_precision(self.start, self.end)

    @property
    def days(self) -> int | None:
        """Exact days when both ends are known to the day, else None."""
        return relative_days(self.end, self.start)

    @property
    def months(self) -> float | None:
        """Months, exact-ish from days when known, else whole calendar months; None for years."""
        if self.days is not None:
            return self.days / DAYS_PER_MONTH
        whole = relative_months(self.end, self.start)
        return None if whole is None else float(whole)

    @property
    def negative(self) -> bool:
        """Whether the end surely lies before the start (onset before the first dose)."""
        return compare(self.end, self.start) == -1

    def describe(self) -> str:
        """E.g. "93 days (3 months)", "about 4 months", "about 2 years"; a span whose end
        precedes its start reads "minus 30 days"."""
        words = describe_span(self.start, self.end)
        return f"minus {words}" if self.negative else words


def describe_span(start: PartialDate, end: PartialDate) -> str:
    """A duration in words; days shown only when both ends are known to the day."""
    words = duration_words(start, end)
    days = relative_days(end, start)
    if days is not None and abs(days) >= 14:
        return f"{_plural(abs(days), 'day')} ({words})"
    return words


def duration_words(start: PartialDate, end: PartialDate) -> str:
    """The time from ``start`` to ``end`` as a sentence says it, honouring precision:
    "10 days", "3 months", "about 2 years" (day precision), "about 8 years" (month or year
    precision), "less than a month"; the sign is dropped (say "before" or "after" yourself)."""
    precision = common_precision(start, end)
    if precision is Precision.DAY:
        return _amount_between(start.first_day(), end.first_day())
    if precision is Precision.MONTH:
        months = relative_months(end, start)
        assert months is not None
        return "less than a month" if months == 0 else _amount_from_months(months)
    years = relative_years(end, start)
    return "less than a year" if years == 0 else f"about {_plural(abs(years), 'year')}"


def compare(a: PartialDate, b: PartialDate) -> int | None:
    """-1 if ``a`` is surely before ``b``, 1 if surely after, 0 if the same day, None if the
    spans of the two dates overlap so their order is unknown."""
    if a.last_day() < b.first_day():
        return -1
    if a.first_day() > b.last_day():
        return 1
    if a.precision is Precision.DAY and b.precision is Precision.DAY:
        return 0
    return None


def may_be_after(a: PartialDate, b: PartialDate) -> bool:
    """True unless ``a`` is surely on or before ``b``."""
    return a.last_day() > b.first_day()


describe = describe_relative
"""The name the shared interface contract uses for ``describe_relative``."""
