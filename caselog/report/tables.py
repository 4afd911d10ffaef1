"""The report's tables and figures: the timeline (CARE item 7), the laboratory table, the
image figures and the lab trend figure, all in relative time."""

from __future__ import annotations

import io
from collections.abc import Iterable

from PIL import Image as PILImage

from caselog.clinical.catalogue import correction, corrections
from caselog.clinical.exposure import Course, courses
from caselog.core.model import Event, Image
from caselog.core.vocab import KIND_LABELS, label
from caselog.figures.compose import figure_png, natural_size
from caselog.report._context import (
    Context,
    decimals_of,
    flag,
    merged_specimen,
    number,
    pretty_unit,
    ref_range,
    sentence,
    with_unit,
)
from caselog.report.model import Cell, Exposure, Figure, Panel, Point, Table, Trend, TrendFigure
from caselog.report.prose import normal

LAB_COLUMNS = 6  # time columns per laboratory table before it continues
FREQUENCY_DAYS = {"daily": 1, "weekly": 7, "monthly": 30, "every 2 weeks": 14, "yearly": 365}


# -- one line per event ----------------------------------------------------------------


ROUTE_ADVERBS = {
    "subcutaneous": "subcutaneously",
    "intravenous": "intravenously",
    "intramuscular": "intramuscularly",
    "oral": "orally",
    "topical": "topically",
    "inhaled": "by inhalation",
}


def imaging_name(e: Event) -> str:
    """``CT of the lumbar spine``; ``imaging of the hip`` for modality "other"."""
    modality = {"other": "imaging"}.get(e.modality or "", e.modality or "imaging")
    return modality + (f" of the {e.region}" if e.region else "")


def medication_text(e: Event) -> str:
    """``romosozumab 210 mg subcutaneously monthly``."""
    parts = [e.drug or "drug"]
    if e.dose is not None:
        d = decimals_of([e.dose])
        parts.append(f"{number(e.dose, d)} {e.dose_unit or ''}".strip())
    if e.route:
        parts.append(ROUTE_ADVERBS.get(e.route.strip().lower(), e.route))
    if e.frequency:
        parts.append(e.frequency)
    return " ".join(parts)


def lab_value(e: Event, decimals: int | None = None) -> str:
    if e.value is None:
        return e.text or ""
    d = decimals if decimals is not None else decimals_of([e.value])
    return number(e.value, d)


def lab_text(e: Event, decimals: int | None = None) -> str:
    """``Calcium 8.3 mg/dL (low, reference 8.5–10.5)``; ``culture (fluid): no growth``."""
    if e.value is None:
        merged = merged_specimen(e.test or "", e.specimen or "")
        if merged is not None:  # "Culture of drained epidural fluid: no growth"
            return f"{merged}: {e.text or ''}"
        said = e.specimen and normal(e.specimen) in normal(e.test or "")  # "Urine culture"
        spec = f" ({e.specimen})" if e.specimen and not said else ""
        return f"{e.test}{spec}: {e.text or ''}"
    shown = with_unit(lab_value(e, decimals), e.unit)
    f = flag(e)
    rng = ref_range(e)
    extra = ", ".join(
        x
        for x in ({"H": "high", "L": "low"}.get(f or ""), f"reference {rng}" if rng and f else "")
        if x
    )
    return f"{e.test} {shown}" + (f" ({extra})" if extra else "")


def event_text(e: Event) -> str:
    """A short description of an event for the timeline table."""
    k = e.kind
    if k == "medication":
        role = f" ({e.effective_role} drug)" if e.effective_role == "suspect" else ""
        why = e.indication if e.action == "start" else e.reason
        text = f"{medication_text(e)}{role}: {label(e.action or '')}"
        return text + (f" ({why})" if why else "")
    if k == "symptom":
        sev = e.severity and label(e.severity)
        return e.name or "" if not sev or sev in (e.name or "") else f"{e.name} ({sev})"
    if k in ("finding", "procedure"):
        return e.name or ""
    if k == "diagnosis":
        return f"{e.name} ({label(e.effective_status or '')})"
    if k == "lab":
        return lab_text(e)
    if k == "imaging":
        imp = f" Impression: {e.impression}" if e.impression else ""
        return sentence(imaging_name(e))[:-1] + f": {e.findings}{imp}"
    if k == "follow_up":
        return e.summary or ""
    return e.text or ""


# -- tables ----------------------------------------------------------------------------


def timeline_table(ctx: Context, number_: int) -> Table:
    """Table: one row per event (laboratory results of one day in one row)."""
    rows: list[list[Cell]] = []
    labs_row: dict[tuple[int, int, int], list[Cell]] = {}
    fixes = corrections(ctx.case.events)  # a total calcium with the albumin of its day
    kidney = ctx.case.patient.kidney
    dialysis = kidney is not None and kidney.dialysis in ("hemodialysis", "peritoneal")
    limit = f" ({correction().limits_brief})" if dialysis else ""
    for e in ctx.case.timeline():
        time = ctx.day(e.date)
        if e.kind == "lab":
            key = e.date.sort_key()
            told = lab_text(e, ctx.places(e))
            if (fixed := fixes.get(id(e))) is not None:
                told += f", {fixed.sentence()}{limit}"
            if key in labs_row:
                labs_row[key][2].text += "; " + told
                continue
            row = [Cell(time), Cell(KIND_LABELS["lab"]), Cell(told)]
            labs_row[key] = row
        else:
            text = event_text(e)
            ref = ctx.figure_refs.get(id(e))
            row = [Cell(time), Cell(KIND_LABELS[e.kind]), Cell(text + (f" ({ref})" if ref else ""))]
        rows.append(row)
    return Table(
        number_,
        f"Timeline of the case (day 0: {ctx.anchor})",
        ["Time", "Event", "Details"],
        rows,
        widths=[0.13, 0.15, 0.72],
    )


def lab_tables(ctx: Context, number_: int) -> list[Table]:
    """Table: tests as rows, values over relative time as columns; H/L outside the range.

    More than ``LAB_COLUMNS`` time points continue in further tables of the same number.
    """
    labs = [e for e in ctx.case.timeline() if e.kind == "lab"]
    if not labs:
        return []
    days: dict[int, str] = {}
    rows: dict[tuple[str, str], list[Event]] = {}
    for e in labs:
        days.setdefault(ctx.position(e.date), ctx.day(e.date))
        rows.setdefault((e.test or "", e.unit or ""), []).append(e)
    columns = sorted(days)
    tables: list[Table] = []
    for start in range(0, len(columns), LAB_COLUMNS):
        chunk = columns[start : start + LAB_COLUMNS]
        body: list[list[Cell]] = []
        for (test, unit), events in rows.items():
            by_day = {c: [e for e in events if ctx.position(e.date) == c] for c in chunk}
            if not any(by_day.values()):
                continue
            d = decimals_of([e.value for e in events if e.value is not None])
            cells = [Cell(test)]
            for c in chunk:
                here = by_day[c]
                flags = [flag(e) for e in here]
                text = "; ".join(lab_value(e, d) + (f" {flag(e)}" if flag(e) else "") for e in here)
                cells.append(Cell(text, next((f for f in flags if f), None)))
            cells += [Cell(pretty_unit(unit)), Cell(ref_range(events[-1]))]
            body.append(cells)
        cont = " (continued)" if start else ""
        tables.append(
            Table(
                number_,
                f"Laboratory results over time{cont}",
                ["Test", *(days[c] for c in chunk), "Unit", "Reference range"],
                body,
                widths=[0.24, *([0.5 / len(chunk)] * len(chunk)), 0.12, 0.14],
                note="H: above and L: below the reference range. Day 0: " + ctx.anchor + ".",
            )
        )
    return tables


# -- figures ---------------------------------------------------------------------------


def clean_image(image: Image) -> tuple[bytes, int, int]:
    """The pixels without any metadata (JPEG bytes would otherwise reach the PDF as they
    are, EXIF included), and the size."""
    with PILImage.open(io.BytesIO(image.data)) as im:
        im.load()
        w, h = im.size
        if image.media_type == "image/png" or im.format == "PNG":
            return image.data, w, h
        out = io.BytesIO()
        im.convert("RGB").save(out, "JPEG", quality=92)
        return out.getvalue(), w, h


def _panel(ctx: Context, e: Event, im: Image) -> Panel:
    if im.window or im.crop or im.annotations or im.source:  # the figure as the window shows it
        data = figure_png(im)
        w, h = natural_size(im)
        caption = f"{ctx.day(e.date)}: {im.caption or e.findings or ''}".strip()
        return Panel(data, "image/png", w, h, im.panel, caption)
    data, w, h = clean_image(im)
    caption = f"{ctx.day(e.date)}: {im.caption or e.findings or ''}".strip()
    return Panel(data, im.media_type, w, h, im.panel, caption)


def image_figures(ctx: Context, first: int) -> list[Figure]:
    """One figure per imaging event; a later event whose panel letter continues the
    previous figure's (A then B) joins it, as the clinician lettered them."""
    figures: list[Figure] = []
    members: list[tuple[Event, Figure, int, int]] = []  # event, figure, first panel, count
    for e in ctx.case.timeline():
        if e.kind != "imaging" or not e.images:
            continue
        panels = [_panel(ctx, e, im) for im in e.images]
        last = figures[-1] if figures else None
        if last is not None and _continues(last.panels[-1].label, panels[0].label):
            members.append((e, last, len(last.panels), len(panels)))
            last.panels += panels
        else:
            fig = Figure(first + len(figures), sentence(imaging_name(e)), panels)
            figures.append(fig)
            members.append((e, fig, 0, len(panels)))
    for fig in figures:
        for p, letter in zip(fig.panels, _letters(fig.panels), strict=True):
            p.label = letter if len(fig.panels) > 1 else None
    for e, fig, at, count in members:
        letters = "".join(p.label or "" for p in fig.panels[at : at + count])
        ctx.figure_refs[id(e)] = f"Figure\u00a0{fig.number}{letters}"
    return figures


def _continues(previous: str | None, this: str | None) -> bool:
    if not previous or not this or len(previous) != 1 or len(this) != 1:
        return False
    return ord(this.upper()) == ord(previous.upper()) + 1


def _letters(panels: list[Panel]) -> list[str]:
    return [chr(ord("A") + i) for i in range(len(panels))]


def combined_figure(ctx: Context, number_: int) -> Figure | None:
    """All the case's images as the panels (A), (B), ... of one figure (CMAJ)."""
    panels: list[Panel] = []
    for e in ctx.case.timeline():
        if e.kind == "imaging" and e.images:
            at = len(panels)
            panels += [_panel(ctx, e, im) for im in e.images]
            ctx.figure_refs[id(e)] = f"Figure\u00a0{number_}" + "".join(_letters(panels)[at:])
    if not panels:
        return None
    for p, letter in zip(panels, _letters(panels), strict=True):
        p.label = letter if len(panels) > 1 else None
    if len(panels) == 1:
        ctx.figure_refs = {k: f"Figure\u00a0{number_}" for k in ctx.figure_refs}
    # titled by every study it shows, never by the first alone ("X-ray of the thighs and
    # imaging of the skin", not "X-ray of the thighs" over a biopsy panel)
    names: list[str] = []
    for e in ctx.case.timeline():
        if e.kind == "imaging" and e.images and imaging_name(e) not in names:
            names.append(imaging_name(e))
    title = names[0] if len(names) == 1 else ", ".join(names[:-1]) + " and " + names[-1]
    return Figure(number_, sentence(title), panels)


def exposures(ctx: Context) -> list[Exposure]:
    """The suspect drugs' exposure in relative days, one bar per drug (its courses read by
    ``clinical.exposure``): first dose to the last stop, else to the last dose plus one
    dosing interval; ticks at the doses (same-day doses are one)."""
    out: list[Exposure] = []
    by_drug: dict[str, list[Course]] = {}
    for course in courses(ctx.case):
        if course.role == "suspect":
            by_drug.setdefault(course.key, []).append(course)
    for group in by_drug.values():
        dates = [c.first_dose_date for c in group]
        dates += [a.date for c in group for a in c.administrations]
        doses = sorted({float(ctx.position(d)) for d in dates})
        last = group[-1]
        interval = next(
            (
                FREQUENCY_DAYS.get((e.frequency or "").lower(), 0)
                for c in group
                for e in c.events
                if e.frequency
            ),
            0,
        )
        if last.stop is not None:
            end = float(ctx.position(last.stop.date))
        else:
            end = doses[-1] + max(interval, 1)
        out.append(Exposure(group[0].drug, doses[0], max(end, doses[0]), doses))
    return out


def trend_figure(ctx: Context, number_: int) -> TrendFigure | None:
    """Tests with three or more numeric values, over relative time."""
    series: dict[tuple[str, str], list[Event]] = {}
    for e in ctx.case.timeline():
        if e.kind == "lab" and e.value is not None:
            series.setdefault((e.test or "", e.unit or ""), []).append(e)
    trends = [
        Trend(
            test,
            pretty_unit(unit) or None,
            [Point(float(ctx.position(e.date)), float(e.value or 0), flag(e)) for e in events],
            _common(e.ref_low for e in events),
            _common(e.ref_high for e in events),
        )
        for (test, unit), events in series.items()
        if len(events) >= 3
    ]
    if not trends:
        return None
    exp = exposures(ctx)
    drugs = " and ".join(x.drug for x in exp)
    beneath = f"; bar beneath: {drugs} exposure, ticks at doses" if exp else ""
    title = (
        f"Laboratory trends over time (day 0: {ctx.anchor}). Shaded band: reference range; "
        f"red points: outside it{beneath}."
    )
    return TrendFigure(number_, title, trends, exp)


def _common(values: Iterable[float | None]) -> float | None:
    vals = [v for v in values if v is not None]
    return max(set(vals), key=vals.count) if vals else None
