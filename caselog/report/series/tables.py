"""The series' measurements over time by patient (a table), and one chart per measurement
with one line per patient. Table 1 is ``characteristics``."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

from caselog.core.model import Event
from caselog.report._context import decimals_of, number
from caselog.report.model import Cell, Point, Table, Trend, TrendFigure
from caselog.report.series.members import (
    MONTH_DAYS,
    Measure,
    Member,
    baseline,
)

MONTHS_PER_TABLE = 7
DASH = "\u2013"
WEEKS_BELOW = 90  # days: measurements all within this of day 0 are told in weeks


@dataclass(frozen=True)
class Step:
    """The unit of the measurements' time axis: months, or weeks for a short course."""

    days: float
    word: str  # "Month", "Week"


MONTHS = Step(MONTH_DAYS, "Month")
WEEKS = Step(7.0, "Week")


def step_of(found: Sequence[Measure]) -> Step:
    far = max(
        (abs(m.ctx.position(e.date)) for x in found for m, evs in x.tracks for e in evs), default=0
    )
    return WEEKS if far < WEEKS_BELOW else MONTHS


def step_index(m: Member, e: Event, step: Step) -> int:
    return round(m.ctx.position(e.date) / step.days)


# -- measurements ------------------------------------------------------------------------


def measure_title(measure: Measure) -> str:
    return f"{measure.name} ({measure.unit})" if measure.unit else measure.name


def measurement_tables(found: Sequence[Measure], number_: int) -> list[Table]:
    """Rows: each measurement by patient; columns: months (weeks for a short course) from
    each patient's day 0."""
    step = step_of(found)
    months = sorted(
        {step_index(m, e, step) for x in found for m, events in x.tracks for e in events}
    )
    tables = []
    for start in range(0, len(months), MONTHS_PER_TABLE):
        chunk = months[start : start + MONTHS_PER_TABLE]
        body: list[list[Cell]] = []
        for measure in found:
            d = decimals_of(
                [e.value for _, evs in measure.tracks for e in evs if e.value is not None]
            )
            for i, (m, events) in enumerate(measure.tracks):
                cells = [Cell(measure_title(measure) if i == 0 else ""), Cell(m.label)]
                for month in chunk:
                    here = [e for e in events if step_index(m, e, step) == month]
                    values = []
                    for e in here:
                        text = number(e.value or 0.0, d)
                        if measure.mixed_units and e.unit:
                            text += f" {e.unit}"
                        values.append(text)
                    cells.append(Cell("; ".join(values) or DASH))
                body.append(cells)
        cont = " (continued)" if start else ""
        month_w = 0.62 / len(chunk)
        tables.append(
            Table(
                number_,
                f"Measurements tracked in more than one patient, by {step.word.lower()}s from "
                f"each patient's day 0{cont}",
                ["Measurement", "Patient", *(_column(x, step) for x in chunk)],
                body,
                widths=[0.24, 0.14, *([month_w] * len(chunk))],
                note=f"{step.word} n: n {step.word.lower()}s ({step.days:g} days, rounded) from "
                f"the patient's day 0. Values as recorded. {DASH}: not measured.",
            )
        )
    return tables


def _column(n: int, step: Step) -> str:
    return "Baseline" if n == 0 else f"{step.word} {n}" if n > 0 else f"{step.word} \u2212{-n}"


@dataclass
class SeriesChart(TrendFigure):
    """One measurement over months from day 0, one line per patient (``trends``, each
    named by the patient's label). ``change``: percent change from each patient's
    baseline instead of the values."""

    measure: str = ""
    unit: str | None = None
    change: bool = False
    labels: list[str] = field(default_factory=list)
    step: str = "Month"  # the unit of the time axis ("Week" for a short course)

    @property
    def y_title(self) -> str:
        if self.change:
            return "Change from baseline (%)"
        return f"{self.measure} ({self.unit})" if self.unit else self.measure


def use_change(measure: Measure) -> bool:
    """Percent change when every patient has a positive baseline and the baselines differ
    more than twofold (values on one axis would flatten the smaller lines), or the units
    differ; values otherwise."""
    bases = [baseline(m, events) for m, events in measure.tracks]
    if any(b is None or (b.value or 0) <= 0 for b in bases):
        return False
    values = [b.value or 0.0 for b in bases if b is not None]
    return measure.mixed_units or max(values) > 2 * min(values)


def chart(measure: Measure, number_: int, step: Step = MONTHS) -> SeriesChart | None:
    change = use_change(measure)
    if measure.mixed_units and not change:
        return None
    trends = []
    for m, events in measure.tracks:
        base = baseline(m, events)
        points = []
        for e in events:
            value = e.value or 0.0
            if change and base is not None and base.value:
                value = (value - base.value) / base.value * 100
            points.append(Point(m.ctx.position(e.date) / step.days, value))
        trends.append(Trend(m.label, measure.unit, points, None, None))
    what = "percent change from each patient's baseline" if change else "values as recorded"
    title = (
        f"{measure_title(measure)} in each patient over {step.word.lower()}s from day 0 ({what})."
    )
    return SeriesChart(
        number_,
        title,
        trends,
        [],
        measure=measure.name,
        unit=measure.unit,
        change=change,
        labels=[m.label for m, _ in measure.tracks],
        step=step.word,
    )
