"""What every part of a report needs to know about one case: its index date, its anchor
("the first dose of romosozumab"), and how to tell a date and a lab value.

Times are told by ``caselog.clinical.relative``, honouring each date's precision: "Day 93"
for a date known to the day, "Month 3" / "about 3 months after ..." for one known to the
month. ``position`` (days from day 0, partial dates at their middle) only places events on
a chart or in order; it is never printed as a day count.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from caselog.clinical.catalogue.values import flag as lab_flag
from caselog.clinical.catalogue.values import reference_range
from caselog.clinical.relative import (
    INDEX_ANCHOR,
    MINUS,
    describe_relative,
    duration_words,
    short_relative,
)
from caselog.core.dates import PartialDate
from caselog.core.model import Case, Event


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
        anchor = INDEX_ANCHOR
        for e in case.timeline():
            suspect = e.kind == "medication" and e.effective_role == "suspect"
            if suspect and e.action in ("start", "dose"):  # a first dose without a start too
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
        """``Day 93``, ``Day −3``, ``Month 3`` (for tables)."""
        return short_relative(date, self.index, minus=MINUS)

    def when(self, date: PartialDate) -> str:
        """``day 93``, ``month 3`` (inside a sentence)."""
        return self.day(date).lower()

    def on(self, date: PartialDate) -> str:
        """``on day 93``; ``in month 3`` for a date known only to the month."""
        label = self.when(date)
        return ("on " if label.startswith("day") else "in ") + label

    def position(self, date: PartialDate) -> int:
        """Days from day 0 to place ``date`` on a chart or in order (partial dates at their
        middle): never printed as a day count."""
        return (date.midpoint() - self.index.midpoint()).days

    def relative(self, date: PartialDate) -> str:
        """``3 months after the first dose of romosozumab``; ``about 3 months after ...``."""
        anchor = None if self.anchor == INDEX_ANCHOR else self.anchor
        return describe_relative(date, self.index, anchor=anchor)

    def before(self, date: PartialDate) -> str | None:
        """How long before day 0 ``date`` was ("about 8 years"), None unless surely before."""
        if date.last_day() >= self.index.first_day():
            return None
        return duration_words(date, self.index)


def signed(n: int) -> str:
    """``-3`` with the typographic minus sign."""
    return f"{MINUS}{-n}" if n < 0 else str(n)


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
    """The range a result is judged by (``clinical.catalogue.values.reference_range``): its
    own, else the catalogue's typical range in its unit, printed as "typical ..."."""
    rng = reference_range(e)
    if rng is None:
        return ""
    lo, hi = rng
    own = e.ref_low is not None or e.ref_high is not None
    d = decimals_of([x for x in (lo, hi) if x is not None])
    d = d if own else min(d, 2)
    if lo is not None and hi is not None:
        text = f"{number(lo, d)}\u2013{number(hi, d)}"
    elif hi is not None:
        text = f"\u2264 {number(hi, d)}"
    elif lo is not None:
        text = f"\u2265 {number(lo, d)}"
    else:
        return ""
    return text if own else f"typical {text}"


def flag(e: Event) -> str | None:
    """``H`` above the range ``ref_range`` gives, ``L`` below, None inside or without one
    (the clinical flag, ``clinical.catalogue.values.flag``)."""
    return {"high": "H", "low": "L"}.get(lab_flag(e) or "")


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


def with_unit(value: str, unit: str | None) -> str:
    """``8.3 mg/dL``; ``6.8 × 10³/µL`` (a power of ten multiplies: it is not a unit word)."""
    if not unit:
        return value
    shown = pretty_unit(unit)
    if re.match(r"10[\u00b2\u00b3\u2070-\u2079]", shown):
        return f"{value} \u00d7 {shown}"
    return f"{value}%" if shown == "%" else f"{value} {shown}"


def lower_first(text: str) -> str:
    """``Extensive calcification`` -> ``extensive calcification``; ``CT ...`` stays."""
    text = text.strip()
    if len(text) > 1 and text[0].isupper() and text[1].islower():
        return text[0].lower() + text[1:]
    return text


def merged_specimen(name: str, specimen: str) -> str | None:
    """A test's name with its specimen said inside it, when the name already names the
    specimen's kind: ``Culture of drained fluid`` and ``epidural fluid`` -> ``Culture of
    drained epidural fluid``; ``Fluid culture`` and ``pleural fluid`` -> ``Pleural fluid
    culture``. None when the name has no word of the kind (the caller then says the
    specimen apart), or when the specimen is one word."""
    words = specimen.split()
    tokens = name.split()
    if len(words) < 2:
        return None
    head, modifiers = words[-1].casefold(), [w.casefold() for w in words[:-1]]
    at = next((i for i, t in enumerate(tokens) if t.casefold() == head), None)
    if at is None or [t.casefold() for t in tokens[max(0, at - len(modifiers)) : at]] == modifiers:
        return None
    said = " ".join(words)
    if at == 0 and tokens[0][:1].isupper():
        said = said[0].upper() + said[1:]
    return " ".join([*tokens[:at], said, *tokens[at + 1 :]])


def sentence(text: str) -> str:
    """Capitalised, ending with a full stop."""
    text = text.strip()
    if not text:
        return text
    text = text[0].upper() + text[1:]
    return text if text[-1] in ".!?" else text + "."
