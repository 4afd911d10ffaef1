"""The patients of a series as the report names and describes them: their labels, their
drug courses in relative time, and the measurements tracked in more than one of them."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass, field

from caselog.clinical import exposure
from caselog.core.dates import PartialDate
from caselog.core.model import Case, Event
from caselog.report._context import Context
from caselog.report.series.privacy import Clean
from caselog.report.tables import medication_text

DEFAULT_LABEL = "the patient"
STUDIED_ROLES = ("suspect", "treatment")
MONTH_DAYS = 30.44
MINUS = "\u2212"


@dataclass
class Member:
    label: str  # "Patient 1", never an identifier
    ctx: Context  # over the de-identified case

    @property
    def case(self) -> Case:
        return self.ctx.case


def member_labels(cases: Sequence[Case]) -> list[str]:
    """The cases' own labels when every one is set, distinct and not redacted; else
    "Patient 1", "Patient 2", ... in series order for all of them."""
    raw = [(c.patient.label or "").strip() for c in cases]
    keys = [r.casefold() for r in raw]
    usable = all(r and k != DEFAULT_LABEL and "[" not in r for r, k in zip(raw, keys, strict=True))
    if usable and len(set(keys)) == len(keys):
        return [r[0].upper() + r[1:] for r in raw]
    return [f"Patient {n}" for n in range(1, len(cases) + 1)]


def members(clean: Clean) -> list[Member]:
    labels = member_labels(clean.cases)
    return [
        Member(label, member_context(case, age))
        for label, case, age in zip(labels, clean.cases, clean.ages, strict=True)
    ]


def series_index(case: Case) -> tuple[PartialDate, str] | None:
    """Day 0 and how to name it for a case with no index date and no suspect drug: the
    first dose of a treatment drug. None when the case's own rule applies."""
    if case.index_date is not None or case.suspect_drugs():
        return None
    for e in case.timeline():
        if e.kind == "medication" and e.action == "start" and e.effective_role == "treatment":
            return e.date, f"the first dose of {e.drug}"
    return None


def member_context(case: Case, age: str | None) -> Context:
    """The case's context counted from its series day 0 (``series_index``)."""
    found = series_index(case)
    if found is None:
        return Context.of(case, age)
    date, anchor = found
    ctx = Context.of(case, age)
    ctx.index, ctx.anchor = date, anchor
    return ctx


# -- drug courses --------------------------------------------------------------------------


@dataclass
class Course:
    drug: str
    role: str
    events: list[Event] = field(default_factory=list)

    @property
    def given(self) -> list[Event]:
        return [e for e in self.events if e.action in ("start", "dose", "change")]

    @property
    def stop(self) -> Event | None:
        return next((e for e in reversed(self.events) if e.action == "stop"), None)


def courses(case: Case) -> list[Course]:
    """One course per drug (its courses as ``clinical.exposure`` reads them, so "Evenity" and
    "romosozumab" are one drug), in the order the drugs first appear on the timeline; the
    role is the drug's most telling one (suspect over treatment over concomitant)."""
    by_drug: dict[str, Course] = {}
    rank = {"suspect": 0, "treatment": 1, "concomitant": 2}
    for c in exposure.courses(case):
        course = by_drug.get(c.key)
        if course is None:
            by_drug[c.key] = Course(c.drug, c.role, list(c.events))
            continue
        if rank.get(c.role, 2) < rank.get(course.role, 2):
            course.role = c.role
        course.events.extend(c.events)
    return list(by_drug.values())


def course_text(ctx: Context, course: Course) -> str:
    """``romosozumab 210 mg subcutaneous monthly: 12 doses, day 0 to day 334``;
    ``alendronate 70 mg oral weekly: day −800 to day −30``."""
    given = course.given
    head = medication_text(given[0] if given else course.events[0])
    first, stop = course.events[0].date, course.stop
    daily = any((e.frequency or "").lower() == "daily" for e in course.events)
    if len(given) > 1 and not daily:
        last = given[-1].date
        text = f"{head}: {len(given)} doses, {ctx.when(first)} to {ctx.when(last)}"
        if stop is not None and ctx.position(stop.date) > ctx.position(last):
            text += f", stopped {ctx.when(stop.date)}"
        return text
    if stop is not None and stop.date != first:
        return f"{head}: {ctx.when(first)} to {ctx.when(stop.date)}"
    if len(given) == 1 and not given[0].frequency:
        return f"{head}: one dose, {ctx.when(first)}"
    return f"{head}: from {ctx.when(first)}"


def started_before(ctx: Context, course: Course) -> bool:
    return ctx.position(course.events[0].date) < 0


# -- measurements ----------------------------------------------------------------------------


@dataclass
class Measure:
    """A measurement (a lab test by name) tracked in more than one patient."""

    name: str
    unit: str | None  # the common unit; None when the patients' units differ
    tracks: list[tuple[Member, list[Event]]]

    @property
    def mixed_units(self) -> bool:
        return len({e.unit or "" for _, events in self.tracks for e in events}) > 1


def measure_key(test: str) -> str:
    folded = unicodedata.normalize("NFKD", test)
    folded = "".join(ch for ch in folded if not unicodedata.combining(ch)).casefold()
    return re.sub(r"\s+", " ", folded).strip()


def measures(group: Sequence[Member], *, least: int = 2) -> list[Measure]:
    """Tests with ``least`` or more numeric values in each of two or more patients, in the
    order they first appear."""
    found: dict[str, list[tuple[Member, list[Event]]]] = {}
    names: dict[str, str] = {}
    for m in group:
        mine: dict[str, list[Event]] = {}
        for e in m.case.timeline():
            if e.kind == "lab" and e.value is not None and e.test:
                key = measure_key(e.test)
                mine.setdefault(key, []).append(e)
                names.setdefault(key, e.test)
        for key, events in mine.items():
            if len(events) >= least:
                found.setdefault(key, []).append((m, events))
    out = []
    for key, tracks in found.items():
        if len(tracks) < 2:
            continue
        units = {e.unit or "" for _, events in tracks for e in events}
        unit = (units.pop() or None) if len(units) == 1 else None
        out.append(Measure(names[key], unit, tracks))
    return out


BASELINE_DAYS = (-180, 30)  # a DXA some months before day 0 is still the baseline


def baseline(m: Member, events: list[Event]) -> Event | None:
    """The value nearest day 0 taken from 180 days before to 30 days after it."""
    lo, hi = BASELINE_DAYS
    near = [e for e in events if lo <= m.ctx.position(e.date) <= hi]
    return min(near, key=lambda e: abs(m.ctx.position(e.date))) if near else None


def month_of(ctx: Context, date: PartialDate) -> int:
    return round(ctx.position(date) / MONTH_DAYS)
