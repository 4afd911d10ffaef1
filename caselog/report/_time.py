"""Relative time, told as a clinician tells it ("day 93", "3 months after the first dose").

Stand-in for ``caselog.clinical.relative`` (built in parallel): every caller goes through
``day_offset``, ``day_label`` and ``relative_phrase`` so the lead can swap them in one place.
"""

from __future__ import annotations

from caselog.core.dates import PartialDate, Precision

MINUS = "\u2212"


def day_offset(date: PartialDate, index: PartialDate) -> int:
    """Days from the index date (day 0) to ``date``; partial dates count from their middle."""
    return (date.midpoint() - index.midpoint()).days


def signed(n: int) -> str:
    return f"{MINUS}{-n}" if n < 0 else str(n)


def day_label(date: PartialDate, index: PartialDate) -> str:
    """``Day 93``, ``Day −3``; ``Month 3`` / ``Year −5`` when the date is only that precise."""
    days = day_offset(date, index)
    if date.precision is Precision.DAY:
        return f"Day {signed(days)}"
    if date.precision is Precision.MONTH:
        return f"Month {signed(round(days / 30.44))}"
    return f"Year {signed(round(days / 365.25))}"


def span_words(days: int) -> str:
    """A positive span in the unit a clinician would use: 5 days, 3 weeks, 4 months, 2 years."""
    if days < 14:
        n, unit = days, "day"
    elif days < 60:
        n, unit = round(days / 7), "week"
    elif days < 700:
        n, unit = round(days / 30.44), "month"
    else:
        n, unit = round(days / 365.25), "year"
    return f"{n} {unit}{'' if n == 1 else 's'}"


def relative_phrase(date: PartialDate, index: PartialDate, anchor: str = "the index date") -> str:
    """``3 months after the first dose of romosozumab``, ``about 8 years before ...``."""
    days = day_offset(date, index)
    approx = "about " if date.precision is not Precision.DAY else ""
    if days == 0 and not approx:
        return f"on the day of {anchor}" if anchor != "the index date" else "on the index date"
    if days == 0:
        return f"around {anchor}"
    side = "after" if days > 0 else "before"
    return f"{approx}{span_words(abs(days))} {side} {anchor}"
