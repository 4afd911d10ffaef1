"""Table 1 of a series: the patients side by side, one row per characteristic, each cell
"Not recorded" (or "None recorded") where the record says nothing."""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from caselog.clinical import naranjo
from caselog.core.model import Assessment
from caselog.core.vocab import label
from caselog.report._context import decimals_of, number
from caselog.report.model import Cell, Table
from caselog.report.series import bone
from caselog.report.series.members import MINUS, Course, Member, baseline, course_text
from caselog.report.series.regimen import regimen
from caselog.review.onset import onset_date

PATIENTS_PER_TABLE = 4
SEX = {"female": "Female", "male": "Male", "other": "Other", "unknown": "Unknown"}
NOT_RECORDED = "Not recorded"


def signed_value(value: float, places: int) -> str:
    """``−3.4`` with the typographic minus sign."""
    return number(value, places).replace("-", MINUS)


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


def courses_text(m: Member, which: Sequence[Course]) -> str:
    return "\n".join(course_text(m.ctx, c) for c in which) or "None recorded"


def treatment_text(m: Member) -> str:
    t = regimen(m).treatment
    return course_text(m.ctx, t) if t is not None else NOT_RECORDED


def follow_on_text(m: Member) -> str:
    return "\n".join(course_text(m.ctx, c) for c in regimen(m).follow_on) or "None recorded"


def fractures_text(m: Member) -> str:
    """The fractures of the timeline, and those the history names (before day 0)."""
    lines = [f"History: {h.condition}" for h in bone.history_fractures(m)]
    lines += [bone.fracture_text(m, x) for x in bone.fractures(m)]
    return "\n".join(lines) or "None recorded"


def diagnoses_text(m: Member) -> str:
    return "\n".join(f"{m.ctx.day(e.date)}: {e.name}" for e in bone.diagnoses(m)) or "None recorded"


def count_text(m: Member) -> str:
    if not bone.episode(m):
        return NOT_RECORDED if bone.history_fractures(m) else "None recorded"
    n = bone.fracture_count(m)
    return str(n) if n is not None else "Not stated"


def gap_text(m: Member, *, named: bool) -> str:
    gap = bone.stopped_before_fracture(m)
    if gap is None:
        return NOT_RECORDED
    text = bone.span_text(gap.days, gap.exact)
    due = bone.after_due(m, gap)
    if due:
        text += f" ({due})"
    return f"{gap.course.drug}: {text}" if named else text


def density_text(m: Member, kind: str) -> str:
    lines = []
    for d in bone.densities(m):
        if (d.kind == "BMD") != (kind == "BMD"):
            continue
        base = baseline(m, d.events)
        if base is None or base.value is None:
            continue
        value = signed_value(base.value, decimals_of([e.value or 0.0 for e in d.events]))
        unit = f" {base.unit}" if base.unit and not bone.is_score(d.name, base.unit) else ""
        lines.append(f"{d.name}: {value}{unit} ({m.ctx.when(base.date)})")
    return "\n".join(lines) or NOT_RECORDED


def follow_up_text(m: Member) -> str:
    days = bone.follow_up_days(m)
    if days is None:
        return NOT_RECORDED
    last = max(m.case.timeline(), key=lambda e: m.ctx.position(e.date))
    return f"{bone.span_text(days)} (to {m.ctx.when(last.date)})"


def new_fractures_text(m: Member) -> str:
    new = bone.new_fractures(m)
    if new.present:
        return "\n".join(bone.fracture_text(m, x) for x in new.present)
    if new.absent:
        last = new.absent[-1]
        return f"None ({m.ctx.when(last.event.date)}: {last.text})"
    return NOT_RECORDED


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
        return NOT_RECORDED
    return label(a.outcome).capitalize()


def answered(answers: dict[str, str]) -> bool:
    """Whether a Naranjo score can be given: ``clinical.naranjo.scored`` (some question
    answered yes or no), as the single-case report decides it."""
    return naranjo.scored(answers)


def grades(a: Assessment) -> tuple[str | None, str | None]:
    """``("2 (possible)", "possible")``: the Naranjo score and band when any question was
    answered (none answered is no score, never 0), and the WHO-UMC category."""
    score = None
    if answered(a.naranjo):
        total = naranjo.score(a.naranjo)
        score = f"{total} ({naranjo.band(total)})"
    return score, label(a.who_umc) if a.who_umc else None


def causality_text(m: Member) -> str:
    a = m.case.assessment
    if a is None:
        return "Not assessed"
    score, who_umc = grades(a)
    parts = [f"Naranjo {score}"] if score else []
    parts += [f"WHO-UMC {who_umc}"] if who_umc else []
    return "; ".join(parts) or "Not assessed"


Row = tuple[str, Callable[[Member], str]]


def is_bone_series(group: Sequence[Member]) -> bool:
    """Fractures or bone density recorded in any patient: the bone rows are shown."""
    return any(bone.mentions(m) or bone.densities(m) or bone.history_fractures(m) for m in group)


def treatment_label(group: Sequence[Member]) -> str:
    roles = {t.role for m in group if (t := regimen(m).treatment) is not None}
    return "Suspect drug and doses" if roles == {"suspect"} else "Treatment and doses"


def characteristic_rows(group: Sequence[Member]) -> list[Row]:
    """The rows of Table 1: who the patients were, their fractures and bone density when the
    series records any, the treatment and what followed it, and the reaction assessed when
    any patient's was."""
    rows: list[Row] = [
        ("Age, years", lambda m: m.ctx.age or NOT_RECORDED),
        ("Sex", lambda m: SEX.get(m.case.patient.sex, m.case.patient.sex)),
        ("Kidney status", kidney_text),
        ("Relevant history", history_text),
        ("Drugs before day 0", lambda m: courses_text(m, regimen(m).prior)),
    ]
    if any(bone.diagnoses(m) for m in group):
        rows.append(("Diagnoses", diagnoses_text))
    bone_rows = is_bone_series(group)
    if bone_rows:
        rows += [("Fractures", fractures_text), ("Number of fractures", count_text)]
        gaps = [bone.stopped_before_fracture(m) for m in group]
        drugs = {g.course.drug.casefold() for g in gaps if g is not None}
        if len(drugs) == 1:
            drug = next(g.course.drug for g in gaps if g is not None)
            rows.append(
                (f"Time from last {drug} dose to first fracture",
                 lambda m: gap_text(m, named=False))
            )  # fmt: skip
        elif drugs:
            rows.append(
                ("Time from last dose to first fracture", lambda m: gap_text(m, named=True))
            )
        rows += [
            ("Baseline BMD", lambda m: density_text(m, "BMD")),
            ("Baseline T- or Z-score", lambda m: density_text(m, "score")),
        ]
    rows += [
        (treatment_label(group), treatment_text),
        ("Follow-on drug", follow_on_text),
        ("Follow-up", follow_up_text),
    ]
    if bone_rows:
        rows.append(("New fractures", new_fractures_text))
    if any(m.case.assessment is not None for m in group):
        rows += [
            ("Suspected reaction", reaction_text),
            ("Outcome of the reaction", outcome_text),
            ("Causality", causality_text),
        ]
    return rows


def characteristics_tables(group: Sequence[Member], number_: int) -> list[Table]:
    """Table 1: one column per patient (four to a table), one row per characteristic."""
    tables = []
    rows_of = characteristic_rows(group)
    for start in range(0, len(group), PATIENTS_PER_TABLE):
        chunk = list(group[start : start + PATIENTS_PER_TABLE])
        rows = [[Cell(name), *(Cell(text(m)) for m in chunk)] for name, text in rows_of]
        first = 0.18
        cont = " (continued)" if start else ""
        tables.append(
            Table(
                number_,
                f"Characteristics of the patients{cont}",
                ["", *(m.label for m in chunk)],
                rows,
                widths=[first, *([(1 - first) / len(chunk)] * len(chunk))],
                note=f"Times are from each patient's day 0 ({_anchors(chunk)})."
                + _abbreviations(rows),
            )
        )
    return tables


ABBREVIATIONS = {"BMD": "bone mineral density", "CKD": "chronic kidney disease"}


def _abbreviations(rows: list[list[Cell]]) -> str:
    """`` BMD: bone mineral density.`` for each abbreviation the table uses."""
    text = " ".join(c.text for row in rows for c in row)
    used = [f" {k}: {v}." for k, v in ABBREVIATIONS.items() if re.search(rf"\b{k}\b", text)]
    return "".join(used)


def _anchors(group: Sequence[Member]) -> str:
    anchors = {m.ctx.anchor for m in group}
    if len(anchors) == 1:
        return f"day 0: {anchors.pop()}, in every patient"
    return "day 0: " + "; ".join(f"{m.label}, {m.ctx.anchor}" for m in group)
