"""The words every drafted part of a series report shares: numbers as words, lists, "all
four" and "two of the four", ranges, a measurement's name as a sentence says it, changes
from baseline (absolute for T- and Z-scores), and a drug course as a phrase."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from caselog.core.model import Event
from caselog.report._context import number
from caselog.report.series import bone
from caselog.report.series.members import MINUS, Course, Member, baseline, course_text

NUMBERS = {2: "two", 3: "three", 4: "four", 5: "five", 6: "six", 7: "seven", 8: "eight"}


def count_word(n: int) -> str:
    return NUMBERS.get(n, str(n))


def listing(items: Sequence[str]) -> str:
    items = list(items)
    if len(items) <= 2:
        return " and ".join(items)
    return ", ".join(items[:-1]) + ", and " + items[-1]


def whom(k: int, n: int) -> str:
    """``all four``, ``both``, ``three of the four``, ``one``."""
    if k == n:
        return "both" if n == 2 else f"all {count_word(n)}"
    return f"{count_word(k) if k > 1 else 'one'} of the {count_word(n)}"


def value_range(values: Sequence[float], unit: str = "", places: int = 0) -> str:
    lo, hi = min(values), max(values)
    if lo == hi:
        return f"{number(lo, places)}{unit}"
    return f"{number(lo, places)}\u2013{number(hi, places)}{unit}"


def prose_name(test: str) -> str:
    """``BMD, lumbar spine`` -> ``lumbar spine BMD``: the site first, as a sentence says it."""
    head, sep, site = test.partition(",")
    if sep and site.strip() and "," not in site:
        return f"{site.strip()} {head.strip()}"
    return test


@dataclass
class Change:
    base: Event
    last: Event
    by: float  # percent, or absolute units for a T- or Z-score
    absolute: bool
    months: int


def change(m: Member, events: list[Event]) -> Change | None:
    """From the baseline value to the last one. T- and Z-scores change in absolute units
    (−3.4 to −2.6 is +0.8); other values in percent of a positive baseline."""
    base = baseline(m, events)
    last = events[-1]
    if base is None or last is base or base.value is None or last.value is None:
        return None
    months = bone.months(m.ctx.position(last.date))
    if bone.is_score(base.test or "", base.unit):
        return Change(base, last, last.value - base.value, True, months)
    if base.value <= 0:
        return None
    return Change(base, last, (last.value - base.value) / base.value * 100, False, months)


def by_text(c: Change, places: int) -> str:
    """``+12.5%``, ``−60.3%``; ``+0.8`` for a score (a true minus sign)."""
    text = f"{c.by:+.{places}f}" if c.absolute else f"{c.by:+.1f}%"
    return text.replace("-", MINUS)


def course_phrase(m: Member, c: Course) -> str:
    """``romosozumab 210 mg subcutaneously monthly (12 doses, day 0 to day 330)``."""
    text = course_text(m.ctx, c)
    head, sep, when = text.partition(": ")
    if not sep:
        return text
    when = when.replace(", stopped", "; stopped on")
    return f"{head} ({when})"


def indication(c: Course) -> str | None:
    start = next((e for e in c.events if e.action == "start" and e.indication), None)
    return start.indication.strip() if start and start.indication else None
