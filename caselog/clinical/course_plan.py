"""A medication course as the clinician enters it: drug, dose, route, schedule, first date
and the number of doses (or the last date), and perhaps a stop with its reason.

The course is not stored as such: it is written as the timeline's own events (a ``start``
carrying the first dose, a ``dose`` event for each later one, a ``stop``), and read back from
them (``plan_of``, over ``caselog.clinical.exposure.courses``), so that a case file, the
report and every derived fact see the same events they always did.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from collections.abc import Iterator
from dataclasses import dataclass, field

from caselog.clinical.exposure import Course
from caselog.core.dates import PartialDate, Precision
from caselog.core.model import Event

MAX_DOSES = 400  # a course longer than this is a daily drug: record its start and stop


class CourseError(ValueError):
    """A course that cannot be written as events; the message says which field and why."""

    def __init__(self, field_key: str, message: str) -> None:
        super().__init__(message)
        self.field = field_key


@dataclass(frozen=True)
class Schedule:
    """Every ``count`` ``unit``s (day, week, month or year); ``text`` as the event records it."""

    count: int
    unit: str
    text: str

    def step(self, first: dt.date, n: int) -> dt.date:
        """The date of the ``n``-th dose after ``first`` (0: ``first``)."""
        k = self.count * n
        if self.unit == "day":
            return first + dt.timedelta(days=k)
        if self.unit == "week":
            return first + dt.timedelta(weeks=k)
        months = k * (12 if self.unit == "year" else 1)
        y, m = divmod(first.month - 1 + months, 12)
        year, month = first.year + y, m + 1
        return dt.date(year, month, min(first.day, calendar.monthrange(year, month)[1]))


_WORDS = {
    "daily": (1, "day"),
    "once daily": (1, "day"),
    "weekly": (1, "week"),
    "once weekly": (1, "week"),
    "fortnightly": (2, "week"),
    "monthly": (1, "month"),
    "once monthly": (1, "month"),
    "quarterly": (3, "month"),
    "yearly": (1, "year"),
    "annually": (1, "year"),
    "once a year": (1, "year"),
    "once a month": (1, "month"),
    "once a week": (1, "week"),
}
_EVERY = re.compile(r"^(?:every|q)\s*(\d+)?\s*(day|week|month|year)s?$")
_SHORT = re.compile(r"^q(\d+)(d|w|m|y)$")
_UNIT_OF = {"d": "day", "w": "week", "m": "month", "y": "year"}


def parse_schedule(text: str) -> Schedule:
    """``monthly``, ``every 6 months``, ``q4w``, ``weekly``...; CourseError otherwise."""
    t = " ".join(text.lower().split())
    if t in _WORDS:
        count, unit = _WORDS[t]
        return Schedule(count, unit, t)
    m = _EVERY.match(t)
    if m:
        count = int(m.group(1) or 1)
        if count < 1:
            raise CourseError("frequency", f"{text!r}: the interval must be at least 1")
        return Schedule(count, m.group(2), t)
    m = _SHORT.match(t)
    if m:
        return Schedule(int(m.group(1)), _UNIT_OF[m.group(2)], t)
    raise CourseError(
        "frequency",
        f"{text!r} is not a schedule caselog can count doses by "
        "(daily, weekly, monthly, every 6 months, q4w, yearly)",
    )


def schedule_of_days(days: int) -> Schedule:
    """The schedule a catalogue interval in days names (30: monthly, 182: every 6 months)."""
    named = {1: "daily", 7: "weekly", 365: "yearly", 366: "yearly"}
    if days in named:
        return parse_schedule(named[days])
    if 28 <= days <= 31:
        return parse_schedule("monthly")
    months = round(days / 30.4)
    if months >= 2 and abs(days - months * 30.4) <= 3:
        return parse_schedule(f"every {months} months")
    if days % 7 == 0:
        return parse_schedule(f"every {days // 7} weeks")
    return parse_schedule(f"every {days} days")


@dataclass(frozen=True)
class CoursePlan:
    drug: str
    first: PartialDate
    schedule: Schedule | None = None  # None: a single dose
    n_doses: int | None = None  # the number of doses, or
    last: PartialDate | None = None  # the date of the last one
    dose: float | None = None
    dose_unit: str | None = None
    route: str | None = None
    role: str | None = None
    indication: str | None = None
    stop: PartialDate | None = None
    stop_reason: str | None = None
    notes: str | None = None
    ids: tuple[int, ...] = field(default=(), compare=False)  # the stored events it replaces
    # the dose dates as recorded, and the schedule they were read with: kept (and continued
    # from the last) while the first date and the schedule stay as they were
    kept: tuple[PartialDate, ...] = field(default=(), compare=False)
    kept_schedule: str | None = field(default=None, compare=False)

    def _series(self, first: dt.date, schedule: Schedule) -> Iterator[dt.date]:
        kept = [d.first_day() for d in self.kept if d.precision is Precision.DAY]
        keep = (
            len(kept) == len(self.kept)
            and bool(kept)
            and kept[0] == first
            and self.kept_schedule == schedule.text
        )
        if not keep:
            kept = [first]
        yield from kept
        n = 1
        while True:
            yield schedule.step(kept[-1], n)
            n += 1

    def dose_dates(self) -> list[PartialDate]:
        """The date of each dose; CourseError naming the field when they cannot be counted."""
        if self.n_doses is not None and self.n_doses < 1:
            raise CourseError("n_doses", "a course has at least one dose")
        if self.n_doses is not None and self.n_doses > MAX_DOSES:
            raise CourseError(
                "n_doses", f"{self.n_doses} doses: record a course this long by start and stop"
            )
        if self.schedule is None:
            if (self.n_doses or 1) > 1 or self.last is not None:
                raise CourseError("frequency", "more than one dose needs a schedule (monthly…)")
            return [self.first]
        if self.n_doses is None and self.last is None:
            raise CourseError("n_doses", "give the number of doses or the date of the last one")
        if self.first.precision is not Precision.DAY:
            raise CourseError("date", "the first dose needs a full date (YYYY-MM-DD) to count on")
        first = self.first.first_day()
        series = self._series(first, self.schedule)
        if self.n_doses is not None:
            dates = [next(series) for _ in range(self.n_doses)]
        else:
            assert self.last is not None
            end = self.last.last_day()
            if end < first:
                raise CourseError("last", f"the last dose ({self.last}) is before the first")
            dates = []
            while len(dates) <= MAX_DOSES:
                d = next(series)
                if d > end:
                    break
                dates.append(d)
            if len(dates) > MAX_DOSES:
                raise CourseError("last", "more than 400 doses: record it by start and stop")
        if self.stop is not None and self.stop.last_day() < dates[-1]:
            raise CourseError(
                "stop", f"the stop ({self.stop}) is before the last dose ({dates[-1]})"
            )
        return [PartialDate.of(d) for d in dates]

    def events(self) -> list[Event]:
        """The start (with the first dose), a dose event for each later dose, the stop."""
        dates = self.dose_dates()
        common = {
            "kind": "medication",
            "drug": self.drug,
            "role": self.role,
            "dose": self.dose,
            "dose_unit": self.dose_unit,
            "route": self.route,
        }
        out = [
            Event(
                date=dates[0],
                action="start",
                frequency=self.schedule.text if self.schedule else None,
                indication=self.indication,
                notes=self.notes,
                **common,  # type: ignore[arg-type]
            )
        ]
        out += [Event(date=d, action="dose", **common) for d in dates[1:]]  # type: ignore[arg-type]
        if self.stop is not None:
            out.append(
                Event(
                    kind="medication",
                    date=self.stop,
                    drug=self.drug,
                    action="stop",
                    role=self.role,
                    reason=self.stop_reason,
                )
            )
        elif self.stop_reason:
            raise CourseError("stop", "a reason for stopping needs the date of the stop")
        return out


def plan_of(course: Course) -> CoursePlan:
    """The course as its form shows it, read from its events (the ids kept for the rewrite).

    The schedule is the start's ``frequency`` when caselog can count by it; else the gap of
    the first two doses when it is a whole number of weeks or months; else none."""
    start = course.start or course.events[0]
    schedule: Schedule | None = None
    if start.frequency:
        try:
            schedule = parse_schedule(start.frequency)
        except CourseError:
            schedule = None
    dates = [a.date for a in course.administrations] or [start.date]
    if schedule is None and len(dates) >= 2 and all(d.precision is Precision.DAY for d in dates):
        gap = (dates[1].first_day() - dates[0].first_day()).days
        schedule = schedule_of_days(gap) if gap > 0 else None
    first_dose = next((e for a in course.administrations for e in a.events), start)
    stop = course.stop
    return CoursePlan(
        drug=course.drug,
        first=dates[0],
        schedule=schedule,
        n_doses=len(course.administrations) or 1,
        dose=first_dose.dose,
        dose_unit=first_dose.dose_unit,
        route=first_dose.route or start.route,
        role=start.role,
        indication=start.indication,
        stop=stop.date if stop else None,
        stop_reason=stop.reason if stop else None,
        notes=start.notes,
        ids=tuple(e.id for e in course.events if e.id is not None),
        kept=tuple(dates),
        kept_schedule=schedule.text if schedule else None,
    )


def rewritable(course: Course, plan: CoursePlan) -> str | None:
    """Why the form may not rewrite ``course`` as ``plan`` without losing what was recorded
    (None: it may): a dose change, doses of different amounts, or dates off the schedule."""
    if any(e.action == "change" for e in course.events):
        return "the course has a dose change: edit its events one by one"
    amounts = {(e.dose, e.dose_unit, e.route) for a in course.administrations for e in a.events}
    if len(amounts) > 1:
        return "the doses of this course differ: edit its events one by one"
    if any(len(a.events) > 1 for a in course.administrations):
        return "a dose of this course is split over two events: edit them one by one"
    try:
        planned = [e.date for e in plan.events() if e.action in ("start", "dose")]
    except CourseError as exc:
        return str(exc)
    recorded = [a.date for a in course.administrations] or [plan.first]
    if planned != recorded:
        return "the dose dates do not follow one schedule: edit its events one by one"
    return None
