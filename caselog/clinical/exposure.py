"""Drug exposure read off the timeline: courses, doses, cumulative dose, time on drug, time
to onset of the reaction and the dechallenge interval.

How the timeline is read (documented so the numbers can be defended):

- Medication events are grouped by drug, recognised through the catalogue (so "Evenity"
  and "romosozumab" are one drug), and walked in timeline order. A ``start`` opens a course;
  a ``stop`` closes it. A ``dose`` or ``change`` with no open course opens one (the start was
  not recorded); a ``start`` inside an open course is read as a continuation.
- An administration is the ``start`` that opens a course (the first dose, whether or not
  its amount was typed: the first-dose date counts it), a later ``start`` that carries a
  dose, or a ``dose`` event; the number of doses is the number of administrations. Administrations
  on the same calendar day are one administration (romosozumab's 210 mg is given as two
  105 mg syringes one after the other) whose amount is their sum.
- The cumulative dose is the sum of the administrations' amounts, given only when every
  administration has a dose and all share one unit: mixed units are refused, never summed.
- Onset of the reaction: ``assessment.onset_date``; else the first ``symptom`` dated on or
  after the index date (day 0, by default the first start of the suspect drug): a symptom on
  day 0 itself counts (docs/case-format.md). A ``finding`` does not: it holds examination
  results too, and nothing tells a baseline finding from a sign of the reaction.
- Time to onset: from the first dose of the suspect course (first exposure) to the onset,
  one :class:`Span` that every view and the report print (``time_to_onset``).
- Dechallenge interval: from the ``stop`` to the first ``follow_up``, ``imaging`` or
  ``diagnosis`` event after it whose text states improvement (improved, regression,
  resolved, recovered, asymptomatic, ...), not negated ("no improvement") and not mixed with
  a worsening word ("progressed", "worse", "enlarged"). Procedures are not counted: relief
  after a drainage is the treatment's effect, not the withdrawal's.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from caselog.clinical.catalogue import drug_key, norm_unit
from caselog.clinical.relative import Span, may_be_after
from caselog.core.dates import PartialDate, Precision
from caselog.core.model import Case, Event


@dataclass
class Administration:
    """One administration of a drug (same-day dose events merged)."""

    date: PartialDate
    events: list[Event]

    @property
    def amount(self) -> float | None:
        if any(e.dose is None for e in self.events):
            return None
        return sum(e.dose for e in self.events if e.dose is not None)

    @property
    def units(self) -> set[str]:
        return {norm_unit(e.dose_unit) for e in self.events if e.dose_unit}

    @property
    def unit(self) -> str | None:
        for e in self.events:
            if e.dose_unit:
                return e.dose_unit
        return None


@dataclass(frozen=True)
class CumulativeDose:
    """The total given in a course, or why it cannot be given (``problem``)."""

    amount: float | None
    unit: str | None
    problem: str | None = None

    def describe(self) -> str:
        if self.amount is None:
            return f"not known ({self.problem})" if self.problem else "not known"
        return f"{self.amount:g} {self.unit or ''}".strip()


@dataclass
class Course:
    """One course of one drug, from its (possibly unrecorded) start to its stop."""

    drug: str
    key: str
    events: list[Event] = field(default_factory=list)
    administrations: list[Administration] = field(default_factory=list)
    start: Event | None = None
    stop: Event | None = None

    @property
    def role(self) -> str:
        roles = {e.effective_role for e in self.events}
        for r in ("suspect", "treatment", "concomitant"):
            if r in roles:
                return r
        return "concomitant"

    @property
    def n_doses(self) -> int:
        return len(self.administrations)

    @property
    def ongoing(self) -> bool:
        return self.stop is None

    @property
    def start_date(self) -> PartialDate:
        return self.events[0].date

    @property
    def end_date(self) -> PartialDate:
        """The stop, else the last recorded event of the course."""
        return self.stop.date if self.stop is not None else self.events[-1].date

    @property
    def first_dose_date(self) -> PartialDate:
        """The first administration; a start without a dose counts as the first dose's date."""
        if self.start is not None:
            return self.start.date
        return self.administrations[0].date if self.administrations else self.start_date

    @property
    def last_dose_date(self) -> PartialDate | None:
        return self.administrations[-1].date if self.administrations else None

    @property
    def time_on_drug(self) -> Span:
        return Span(self.start_date, self.end_date)

    @property
    def cumulative(self) -> CumulativeDose:
        if not self.administrations:
            return CumulativeDose(None, None, "no dose recorded")
        missing = sum(1 for a in self.administrations if a.amount is None)
        if missing:
            return CumulativeDose(
                None, None, f"the dose is not recorded for {missing} of {self.n_doses} doses"
            )
        units: set[str] = set()
        for a in self.administrations:
            units |= a.units or {""}
        if len(units) > 1:
            shown = ", ".join(sorted(u or "no unit" for u in units))
            return CumulativeDose(None, None, f"mixed units ({shown}) are not summed")
        total = sum(a.amount or 0.0 for a in self.administrations)
        return CumulativeDose(total, self.administrations[0].unit)


def _same_day(a: PartialDate, b: PartialDate) -> bool:
    return a.precision is Precision.DAY and a == b


def courses(case: Case) -> list[Course]:
    """All courses of all drugs, in order of their first event."""
    open_by_key: dict[str, Course] = {}
    out: list[Course] = []
    for e in case.timeline():
        if e.kind != "medication" or not e.drug:
            continue
        key = drug_key(e.drug)
        course = open_by_key.get(key)
        if course is None:
            course = Course(drug=e.drug, key=key)
            out.append(course)
            open_by_key[key] = course
            if e.action == "start":
                course.start = e
        course.events.append(e)
        opens = e.action == "start" and course.start is e
        if opens or (e.action == "start" and e.dose is not None) or e.action == "dose":
            last = course.administrations[-1] if course.administrations else None
            if last is not None and _same_day(last.date, e.date):
                last.events.append(e)
            else:
                course.administrations.append(Administration(e.date, [e]))
        if e.action == "stop":
            course.stop = e
            del open_by_key[key]
    return out


def courses_of(case: Case, drug: str) -> list[Course]:
    """The courses of one drug (by name, synonym or brand)."""
    key = drug_key(drug)
    return [c for c in courses(case) if c.key == key]


def suspect_course(case: Case) -> Course | None:
    """The first course of the first suspect drug: what Naranjo and WHO-UMC are about."""
    for c in courses(case):
        if c.role == "suspect":
            return c
    return None


# ---------------------------------------------------------------- onset


def onset(case: Case) -> tuple[PartialDate, Event | None] | None:
    """The onset of the reaction and the symptom that marks it (None when entered directly)."""
    if case.assessment is not None and case.assessment.onset_date is not None:
        return case.assessment.onset_date, None
    index = case.effective_index_date()
    if index is None:
        return None
    for e in case.timeline():
        if e.kind == "symptom" and not surely_before(e.date, index):
            return e.date, e
    return None


def surely_before(a: PartialDate, b: PartialDate) -> bool:
    """True when every day ``a`` may stand for lies before every day of ``b``."""
    return a.last_day() < b.first_day()


def time_to_onset(case: Case, course: Course | None = None) -> Span | None:
    """From the first dose of ``course`` (default: the suspect course) to the onset: the one
    time to onset of the case (its ``days`` are exact, or None for a partial date)."""
    course = course or suspect_course(case)
    found = onset(case)
    if course is None or found is None:
        return None
    return Span(course.first_dose_date, found[0])


# ---------------------------------------------------------------- dechallenge

_IMPROVE = re.compile(
    r"\b(improv\w*|regress\w*|resol\w*|recover\w*|asymptomatic|symptom[- ]free|pain[- ]free|"
    r"disappear\w*|normali[sz]\w*|subsid\w*|remission|better|healed|"
    r"(?:reduc\w*|decreas\w*) in size|smaller|shrunk|shrink\w*)\b",
    re.IGNORECASE,
)
_WORSE = re.compile(
    r"\b(worse\w*|worsen\w*|progress\w*|enlarg\w*|deteriorat\w*|increas\w*|"
    r"new\b|recurr\w*|recur\b|persist\w*|unchanged|stable)",
    re.IGNORECASE,
)
_NEGATION = re.compile(
    r"\b(no|not|without|never|nor|neither|failed to|did not|didn't|absence of|free of)"
    r"(?:\s+\S+){0,2}\s*$",
    re.IGNORECASE,
)
IMPROVEMENT_KINDS = ("follow_up", "imaging", "diagnosis")


def _texts(e: Event) -> str:
    parts = (e.summary, e.findings, e.impression, e.name, e.notes)
    return " ".join(p for p in parts if p)


def _unnegated(pattern: re.Pattern[str], text: str) -> bool:
    for m in pattern.finditer(text):
        clause_start = max(text.rfind(c, 0, m.start()) for c in ".;,:") + 1
        before = text[clause_start : m.start()]
        if not _NEGATION.search(before):
            return True
    return False


def states_improvement(event: Event) -> bool:
    """Whether an event's text says the condition improved (see the module docstring)."""
    if event.kind not in IMPROVEMENT_KINDS:
        return False
    if event.kind == "diagnosis" and event.effective_status == "ruled_out":
        return False
    text = _texts(event)
    return _unnegated(_IMPROVE, text) and not _unnegated(_WORSE, text)


def improvement_after(case: Case, date: PartialDate) -> Event | None:
    """The first event after ``date`` that states improvement."""
    for e in case.timeline():
        if may_be_after(e.date, date) and e.date != date and states_improvement(e):
            return e
    return None


def dechallenge_interval(case: Case, course: Course | None = None) -> Span | None:
    """From the stop of ``course`` (default: the suspect course) to the first improvement."""
    course = course or suspect_course(case)
    if course is None or course.stop is None:
        return None
    better = improvement_after(case, course.stop.date)
    return None if better is None else Span(course.stop.date, better.date)
