"""The series' tables and charts: Table 1 (the patients side by side), the measurements
over time by patient, and one chart per measurement with one line per patient."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

from caselog.clinical import naranjo
from caselog.core.vocab import label
from caselog.report._context import decimals_of, number
from caselog.report.model import Cell, Point, Table, Trend, TrendFigure
from caselog.report.series.members import (
    MONTH_DAYS,
    Measure,
    Member,
    baseline,
    course_text,
    courses,
    month_of,
    started_before,
)
from caselog.report.tables import event_text
from caselog.review.onset import onset_date

PATIENTS_PER_TABLE = 4
MONTHS_PER_TABLE = 7
KEY_EVENT_KINDS = ("symptom", "finding", "diagnosis", "procedure", "imaging")
KEY_EVENTS = 5
KEY_EVENTS_FROM = -90  # days: what led to the suspect drug counts too
SEX = {"female": "Female", "male": "Male", "other": "Other", "unknown": "Unknown"}
DASH = "\u2013"


# -- Table 1 ---------------------------------------------------------------------------


def kidney_text(m: Member) -> str:
    k = m.case.patient.kidney
    if k is None:
        return "Not recorded"
    parts = []
    if k.ckd_stage:
        parts.append(f"CKD stage {k.ckd_stage}")
    if k.cause:
        parts.append(k.cause)
    dialysis = {"hemodialysis": "hemodialysis", "peritoneal": "peritoneal dialysis"}
    if k.dialysis in dialysis:
        since = ""
        span = m.ctx.before(k.dialysis_since) if k.dialysis_since is not None else None
        if span is not None:
            since = f" for {span}"
        parts.append(dialysis[k.dialysis or ""] + since)
    elif k.dialysis == "none":
        parts.append("no dialysis")
    return "; ".join(parts) or "Not recorded"


def history_text(m: Member) -> str:
    items = []
    for h in m.case.patient.history:
        items.append(h.condition + (" (ongoing)" if h.ongoing else ""))
    return "; ".join(items) or "None recorded"


def drugs_text(m: Member, *, prior: bool) -> str:
    """Suspect drugs (``prior=False``) or the other drugs begun before day 0."""
    lines = []
    for c in courses(m.case):
        if (
            prior
            and c.role != "suspect"
            and started_before(m.ctx, c)
            or not prior
            and c.role == "suspect"
        ):
            lines.append(course_text(m.ctx, c))
    return "\n".join(lines) or "None recorded"


def key_events_text(m: Member) -> str:
    events = [
        e
        for e in m.case.timeline()
        if e.kind in KEY_EVENT_KINDS and m.ctx.position(e.date) >= KEY_EVENTS_FROM
    ]
    lines = [f"{m.ctx.day(e.date)}: {event_text(e)}" for e in events[:KEY_EVENTS]]
    if len(events) > KEY_EVENTS:
        lines.append(f"and {len(events) - KEY_EVENTS} more")
    return "\n".join(lines) or "None recorded"


def reaction_text(m: Member) -> str:
    a = m.case.assessment
    if a is None:
        return "Not assessed"
    onset = onset_date(m.case)
    when = f", onset {m.ctx.when(onset)}" if onset is not None else ""
    return f"{a.reaction}{when}"


def outcome_text(m: Member) -> str:
    a = m.case.assessment
    if a is None or not a.outcome:
        return "Not recorded"
    return label(a.outcome).capitalize()


def causality_text(m: Member) -> str:
    a = m.case.assessment
    if a is None:
        return "Not assessed"
    score = naranjo.score(a.naranjo)
    text = f"Naranjo {score} ({naranjo.band(score)})"
    if a.who_umc:
        text += f"; WHO-UMC {label(a.who_umc)}"
    return text


ROWS = (
    ("Age, years", lambda m: m.ctx.age or "Not recorded"),
    ("Sex", lambda m: SEX.get(m.case.patient.sex, m.case.patient.sex)),
    ("Kidney status", kidney_text),
    ("Relevant history", history_text),
    ("Prior drugs (before day 0)", lambda m: drugs_text(m, prior=True)),
    ("Suspect drug", lambda m: drugs_text(m, prior=False)),
    ("Key events", key_events_text),
    ("Suspected reaction", reaction_text),
    ("Outcome", outcome_text),
    ("Causality", causality_text),
)


def characteristics_tables(group: Sequence[Member], number_: int) -> list[Table]:
    """Table 1: one column per patient (four to a table), one row per characteristic."""
    tables = []
    for start in range(0, len(group), PATIENTS_PER_TABLE):
        chunk = list(group[start : start + PATIENTS_PER_TABLE])
        rows = [[Cell(name), *(Cell(text(m)) for m in chunk)] for name, text in ROWS]
        first = 0.16
        cont = " (continued)" if start else ""
        tables.append(
            Table(
                number_,
                f"Characteristics of the patients{cont}",
                ["", *(m.label for m in chunk)],
                rows,
                widths=[first, *([(1 - first) / len(chunk)] * len(chunk))],
                note=f"Times are days from each patient's index date ({_anchors(chunk)}). "
                "CKD: chronic kidney disease.",
            )
        )
    return tables


def _anchors(group: Sequence[Member]) -> str:
    anchors = {m.ctx.anchor for m in group}
    if len(anchors) == 1:
        return f"day 0: {anchors.pop()}, in every patient"
    return "day 0: " + "; ".join(f"{m.label}, {m.ctx.anchor}" for m in group)


# -- measurements ------------------------------------------------------------------------


def measure_title(measure: Measure) -> str:
    return f"{measure.name} ({measure.unit})" if measure.unit else measure.name


def measurement_tables(found: Sequence[Measure], number_: int) -> list[Table]:
    """Rows: each measurement by patient; columns: months from each patient's day 0."""
    months = sorted(
        {month_of(m.ctx, e.date) for x in found for m, events in x.tracks for e in events}
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
                    here = [e for e in events if month_of(m.ctx, e.date) == month]
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
                f"Measurements tracked in more than one patient, by months from each "
                f"patient's index date{cont}",
                ["Measurement", "Patient", *(_month(x) for x in chunk)],
                body,
                widths=[0.24, 0.14, *([month_w] * len(chunk))],
                note=f"Month n: n months ({MONTH_DAYS:g} days, rounded) from the patient's "
                f"day 0. Values as recorded. {DASH}: not measured.",
            )
        )
    return tables


def _month(n: int) -> str:
    return "Baseline" if n == 0 else f"Month {n}" if n > 0 else f"Month \u2212{-n}"


@dataclass
class SeriesChart(TrendFigure):
    """One measurement over months from day 0, one line per patient (``trends``, each
    named by the patient's label). ``change``: percent change from each patient's
    baseline instead of the values."""

    measure: str = ""
    unit: str | None = None
    change: bool = False
    labels: list[str] = field(default_factory=list)

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


def chart(measure: Measure, number_: int) -> SeriesChart | None:
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
            points.append(Point(m.ctx.position(e.date) / MONTH_DAYS, value))
        trends.append(Trend(m.label, measure.unit, points, None, None))
    what = "percent change from each patient's baseline" if change else "values as recorded"
    title = f"{measure_title(measure)} in each patient over months from the index date ({what})."
    return SeriesChart(
        number_,
        title,
        trends,
        [],
        measure=measure.name,
        unit=measure.unit,
        change=change,
        labels=[m.label for m, _ in measure.tracks],
    )
