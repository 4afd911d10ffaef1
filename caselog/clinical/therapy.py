"""Drug courses as the label rules read them: runs of doses, how each ended, and the window
a follow-on drug must start in. Every rule reads courses through here (``rules.context``).

``exposure.courses`` groups a drug's events between a recorded ``start`` and ``stop``. A
rule needs more: real discontinuations are usually a dose that never came, not a stop
event. So, for a drug whose dosing is given (``Dosing``, from ``resources/rules.json``
``dosing``):

- **A missed dose is a stop.** A dose given more than ``interval_months`` plus
  ``grace_days`` after the one before it (denosumab: 6 months + 28 days, "more than about 7
  months") starts a new treatment; the one before ended at its missed dose, dated at the
  last dose + ``interval_months`` (when the next dose was due). A course with no stop event
  whose record goes on past that threshold without a dose (any event later than it: a
  fracture, a visit) ended the same way. A record that ends sooner says nothing: the course
  may still be running. Only a course that records its doses one by one (two or more) is
  read so: a lone start, with or without a stop, may stand for doses nobody entered (a course
  recorded by its start and stop), and its follow-on window then runs from the stop.
- **Follow-on windows run from the last dose**: a follow-on drug counts only if started by
  the last dose + ``interval_months`` + ``grace_days`` (``Treatment.deadline``), the next
  planned dose plus the grace, however late the stop was recorded.

Dates known only to the month or year are compared by the days they may stand for: a gap
is a missed dose only when it surely exceeds the threshold (the later dose's first possible
day after the earlier one's last possible day plus the threshold); a deadline is counted
from the last dose's last possible day. A drug with no ``Dosing`` keeps its recorded courses
whole (no stop is inferred) and its follow-on window has no end.
"""

from __future__ import annotations

import calendar
import datetime as dt
from dataclasses import dataclass
from typing import Any

from caselog.clinical.exposure import Administration, Course
from caselog.core.dates import PartialDate, Precision
from caselog.core.model import Case, Event


def plus_months(date: PartialDate, months: int) -> PartialDate:
    """``date`` moved by whole calendar months, keeping its precision (31 Jan + 1 month is
    the last day of February)."""
    if date.month is None:
        return PartialDate(date.year + months // 12)
    y, m = divmod(date.month - 1 + months, 12)
    year, month = date.year + y, m + 1
    if date.day is None:
        return PartialDate(year, month)
    return PartialDate(year, month, min(date.day, calendar.monthrange(year, month)[1]))


def _plus_months_day(day: dt.date, months: int) -> dt.date:
    moved = plus_months(PartialDate.of(day), months)
    return moved.first_day()


@dataclass(frozen=True)
class Dosing:
    """How a drug is given, for reading its courses: a dose every ``interval_months``; a dose
    not given within ``grace_days`` after it was due was missed (the course stopped)."""

    interval_months: int
    grace_days: int
    source: str

    @classmethod
    def from_json(cls, raw: dict[str, Any]) -> Dosing:
        return cls(int(raw["interval_months"]), int(raw["grace_days"]), str(raw["source"]))

    def due(self, last: PartialDate) -> PartialDate:
        """When the dose after ``last`` was due."""
        if last.precision is Precision.YEAR:
            return last  # a year-only date cannot be moved by months honestly
        return plus_months(last, self.interval_months)

    def deadline(self, last: PartialDate) -> dt.date:
        """The last day the next dose, or a follow-on drug, may come: the due date + grace,
        counted from the last day ``last`` may stand for."""
        return _plus_months_day(last.last_day(), self.interval_months) + dt.timedelta(
            days=self.grace_days
        )

    def describe(self) -> str:
        months = "month" if self.interval_months == 1 else f"{self.interval_months} months"
        return f"{months} + {self.grace_days} days"


@dataclass
class Treatment:
    """One run of doses of one drug with no missed dose inside (a course as a rule reads it).

    ``stop`` is the recorded stop that ended it, ``missed`` the due date of the dose that
    never came (the inferred stop); neither: it may be running."""

    course: Course
    administrations: list[Administration]
    dosing: Dosing | None
    stop: Event | None = None
    missed: PartialDate | None = None

    @property
    def drug(self) -> str:
        return self.course.drug

    @property
    def n_doses(self) -> int:
        return len(self.administrations)

    @property
    def first_event(self) -> Event:
        if self.administrations:
            return self.administrations[0].events[0]
        return self.course.events[0]

    @property
    def first_dose_date(self) -> PartialDate:
        if self.administrations:
            return self.administrations[0].date
        return self.course.first_dose_date

    @property
    def last_dose(self) -> Administration | None:
        return self.administrations[-1] if self.administrations else None

    @property
    def last_event(self) -> Event:
        """The last dose's event, else the course's last event (a stop with no dose)."""
        last = self.last_dose
        return last.events[0] if last is not None else self.course.events[-1]

    @property
    def events(self) -> list[Event]:
        own = [e for a in self.administrations for e in a.events]
        return own + ([self.stop] if self.stop is not None else [])

    @property
    def ended(self) -> bool:
        return self.stop is not None or self.missed is not None

    @property
    def end_date(self) -> PartialDate | None:
        if self.stop is not None:
            return self.stop.date
        return self.missed

    @property
    def doses_recorded(self) -> bool:
        """Whether the course records its doses one by one (two or more): a lone start
        followed by a stop may stand for doses nobody entered (a course recorded by its start
        and stop), so no missed dose is inferred from it."""
        return self.n_doses >= 2

    @property
    def window_from(self) -> PartialDate:
        """Where the follow-on window starts: the last dose; for a course recorded by its
        start and stop alone, the stop (its doses may have run up to it)."""
        last = self.last_dose
        if self.stop is not None and (last is None or not self.doses_recorded):
            return self.stop.date
        return last.date if last is not None else self.first_dose_date

    @property
    def deadline(self) -> dt.date | None:
        """The last day a follow-on drug may start and still count (None: no end)."""
        if self.dosing is None:
            return None
        return self.dosing.deadline(self.window_from)

    def covers(self, date: PartialDate) -> bool:
        """Whether ``date`` may lie on treatment: on or after the first dose and not surely
        after the end (the stop, or the missed dose)."""
        if date.last_day() < self.first_dose_date.first_day():
            return False
        end = self.end_date
        return end is None or date.first_day() <= end.last_day()


def _missed_between(dosing: Dosing | None, a: PartialDate, b: PartialDate) -> bool:
    return dosing is not None and b.first_day() > dosing.deadline(a)


def horizon(case: Case) -> dt.date | None:
    """The latest day the record surely reaches: the first possible day of its last event."""
    days = [e.date.first_day() for e in case.events]
    return max(days) if days else None


def treatments(course: Course, dosing: Dosing | None, until: dt.date | None) -> list[Treatment]:
    """``course`` split at its missed doses (see the module docstring); ``until`` is the
    record's horizon (``horizon``)."""
    runs: list[list[Administration]] = [[]]
    for a in course.administrations:
        run = runs[-1]
        if run and _missed_between(dosing, run[-1].date, a.date):  # two doses: recorded
            runs.append([])
        runs[-1].append(a)
    out: list[Treatment] = []
    for i, run in enumerate(runs):
        t = Treatment(course, run, dosing)
        if i < len(runs) - 1:
            assert dosing is not None
            t.missed = dosing.due(run[-1].date)
        elif course.stop is not None:
            t.stop = course.stop
        elif dosing is not None and len(course.administrations) >= 2 and until is not None:
            if until > dosing.deadline(run[-1].date):
                t.missed = dosing.due(run[-1].date)
        out.append(t)
    return out
