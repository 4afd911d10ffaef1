"""What every part of a report needs to know about one case: its index date, its anchor
("the first dose of romosozumab"), and how to tell a date and a lab value."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from caselog.core.dates import PartialDate
from caselog.core.model import Case, Event
from caselog.report._time import day_label, day_offset, relative_phrase


@dataclass
class Context:
    case: Case  # already de-identified when the report is
    index: PartialDate
    anchor: str
    age: str | None  # "75" or "90 or older"
    figure_refs: dict[int, str] = field(default_factory=dict)  # id(event) -> "Figure 1A"
    decimals: dict[tuple[str, str], int] = field(default_factory=dict)  # (test, unit) -> places

    @classmethod
    def of(cls, case: Case, age: str | None) -> Context:
        index = case.effective_index_date() or PartialDate(2000, 1, 1)
        anchor = "the index date"
        for e in case.timeline():
            if e.kind == "medication" and e.action == "start" and e.effective_role == "suspect":
                if e.date == index and e.drug:
                    anchor = f"the first dose of {e.drug}"
                break
        values: dict[tuple[str, str], list[float]] = {}
        for e in case.events:
            if e.kind == "lab" and e.value is not None:
                values.setdefault((e.test or "", e.unit or ""), []).append(e.value)
        places = {key: decimals_of(v) for key, v in values.items()}
        return cls(case, index, anchor, age, decimals=places)

    def places(self, e: Event) -> int | None:
        """Decimal places for a lab value: as many as the test's values were written with."""
        return self.decimals.get((e.test or "", e.unit or ""))

    def day(self, date: PartialDate) -> str:
        """``Day 93`` (for tables)."""
        return day_label(date, self.index)

    def when(self, date: PartialDate) -> str:
        """``day 93`` (inside a sentence)."""
        return day_label(date, self.index).lower()

    def offset(self, date: PartialDate) -> int:
        return day_offset(date, self.index)

    def relative(self, date: PartialDate) -> str:
        return relative_phrase(date, self.index, self.anchor)


def number(value: float, decimals: int) -> str:
    return f"{value:.{decimals}f}"


def decimals_of(values: list[float]) -> int:
    """The most decimals any of the values was written with (9.1, 9.0 -> 1; 310 -> 0)."""
    most = 0
    for v in values:
        text = f"{v:g}"
        if "e" not in text and "." in text:
            most = max(most, len(text.split(".")[1]))
    return min(most, 4)


def ref_range(e: Event) -> str:
    lo, hi = e.ref_low, e.ref_high
    d = decimals_of([x for x in (lo, hi) if x is not None])
    if lo is not None and hi is not None:
        return f"{number(lo, d)}\u2013{number(hi, d)}"
    if hi is not None:
        return f"\u2264 {number(hi, d)}"
    if lo is not None:
        return f"\u2265 {number(lo, d)}"
    return ""


def flag(e: Event) -> str | None:
    """``H`` above the reference range, ``L`` below, None inside or without a range."""
    if e.value is None:
        return None
    if e.ref_high is not None and e.value > e.ref_high:
        return "H"
    if e.ref_low is not None and e.value < e.ref_low:
        return "L"
    return None


_UNIT_FORMS = [
    (re.compile(r"\^3\b"), "\u00b3"),
    (re.compile(r"\^6\b"), "\u2076"),
    (re.compile(r"\^9\b"), "\u2079"),
    (re.compile(r"\^2\b"), "\u00b2"),
    (re.compile(r"(?<=\d)\s?m2\b"), " m\u00b2"),
    (re.compile(r"(?<![A-Za-z])u(?=(?:L|l|mol|g|IU)\b)"), "\u00b5"),
]


def pretty_unit(unit: str) -> str:
    """A unit as it is printed: ``10^3/uL`` -> ``10³/µL``, ``1.73 m2`` -> ``1.73 m²``."""
    for pattern, replacement in _UNIT_FORMS:
        unit = pattern.sub(replacement, unit)
    return unit


def lower_first(text: str) -> str:
    """``Extensive calcification`` -> ``extensive calcification``; ``CT ...`` stays."""
    text = text.strip()
    if len(text) > 1 and text[0].isupper() and text[1].islower():
        return text[0].lower() + text[1:]
    return text


def sentence(text: str) -> str:
    """Capitalised, ending with a full stop."""
    text = text.strip()
    if not text:
        return text
    text = text[0].upper() + text[1:]
    return text if text[-1] in ".!?" else text + "."
