"""The calcium checks: a low calcium standing before a dose, and calcium not measured near
the doses of a patient at risk of hypocalcaemia.

A total calcium measured with an albumin is judged by its albumin-corrected value (Payne's
formula, ``caselog.clinical.catalogue.corrected``), except on dialysis, where the correction
agrees less well with ionized calcium than the uncorrected value does: there the total is
judged and the corrected value is named beside it. Where the two disagree the finding says
so at ``info`` and asks for an ionized calcium.
"""

from __future__ import annotations

import datetime as dt

from caselog.clinical.catalogue import (
    CorrectedCalcium,
    correction,
    corrections,
    flag,
    lab_test_of,
)
from caselog.clinical.exposure import Administration
from caselog.clinical.findings import Finding
from caselog.clinical.relative import day_label
from caselog.clinical.rules.context import Context, Rule
from caselog.core.dates import PartialDate
from caselog.core.model import Event


def _first(a: Administration) -> Event:
    return a.events[0]


def _lab_results(ctx: Context, test_ids: list[str]) -> list[Event]:
    wanted = set(test_ids)
    return [
        e
        for e in ctx.case.timeline()
        if e.kind == "lab" and (t := lab_test_of(e)) is not None and t.id in wanted
    ]


def _latest_before(results: list[Event], date: PartialDate, prefer: list[str]) -> Event | None:
    """The latest valued result on or before ``date``; among results of that date the most
    preferred test (a corrected or ionized calcium over a total one)."""
    before = [r for r in results if r.value is not None and r.date.sort_key() <= date.sort_key()]
    if not before:
        return None
    last = max(r.date.sort_key() for r in before)
    same = [r for r in before if r.date.sort_key() == last]

    def rank(r: Event) -> int:
        t = lab_test_of(r)
        return prefer.index(t.id) if t is not None and t.id in prefer else len(prefer)

    return min(same, key=rank)


def _on_dialysis(ctx: Context, date: PartialDate) -> str | None:
    """The dialysis the patient was on at ``date`` (``hemodialysis``), if any."""
    kidney = ctx.case.patient.kidney
    if kidney is None or kidney.dialysis not in ("hemodialysis", "peritoneal"):
        return None
    since = kidney.dialysis_since
    return kidney.dialysis if since is None or since.first_day() <= date.last_day() else None


def _judged(ctx: Context, lab: Event, fixed: CorrectedCalcium | None) -> tuple[str, str]:
    """(level or "", what is said of the latest calcium before a dose): "" when nothing is
    wrong; ``warning`` when the value judged is low; ``info`` when only the other one is."""
    own = flag(lab)
    if fixed is None:
        return ("warning", "is below its lower limit") if own == "low" else ("", "")
    corrected = fixed.flag()
    how = f"{fixed.phrase()}, it is {fixed.shown}"
    dialysis = _on_dialysis(ctx, lab.date)
    if dialysis is not None:  # the uncorrected value is judged; the corrected one named
        aside = (
            f"the correction is not relied on, as the patient is on {dialysis}: "
            f"{correction().limits_brief}"
        )
        if own == "low":
            return "warning", f"is below its lower limit; {how}, but {aside}"
        if corrected == "low":
            return "info", f"is within its range, but {how}, below it; {aside}. {_ASK}"
        return "", ""
    if corrected == "low" and own == "low":
        return (
            "warning",
            f"is below its lower limit, and {fixed.phrase()}, it still is ({fixed.shown})",
        )
    if corrected == "low":
        return "warning", f"is within its range, but {how}, below the lower limit"
    if own == "low":
        return "info", f"is below its lower limit, but {how}, within range. {_ASK}"
    return "", ""


_ASK = "An ionized calcium settles it"


def low_lab_before_dose(ctx: Context, rule: Rule) -> list[Finding]:
    """A low result that is the latest of its kind before one or more doses: one finding per
    result, naming the doses given while it stood uncorrected. A total calcium with an
    albumin of its day is judged corrected (see the module's docstring)."""
    tests = list(rule.params["tests"])
    what = rule.params.get("what", "result")
    results = _lab_results(ctx, tests)
    fixes = corrections(ctx.case.events)
    by_lab: dict[int, tuple[Event, str, str, list[Event]]] = {}
    for a in ctx.administrations(rule.drug):
        lab = _latest_before(results, a.date, tests)
        if lab is None:
            continue
        level, tail = _judged(ctx, lab, fixes.get(id(lab)))
        if level:
            by_lab.setdefault(id(lab), (lab, level, tail, []))[3].append(_first(a))
    out = []
    for lab, level, tail, doses in by_lab.values():
        fixed = fixes.get(id(lab))
        named = [lab, fixed.albumin] if fixed is not None else [lab]
        low = "Low " if level == "warning" else ""
        head = f"{low}{what} before {rule.drug}"
        head = head[0].upper() + head[1:]
        out.append(
            rule.finding(
                f"{head}: {ctx.ref(lab)} {tail}. It is the latest {what} result before "
                f"{len(doses)} dose(s): {ctx.refs(doses)}.",
                [*named, *doses],
                level=level,
            )
        )
    return out


def _near_before(lab: PartialDate, dose: PartialDate, days: int) -> bool:
    """Whether a result may lie within ``days`` before the dose (or on its day)."""
    return lab.last_day() >= dose.first_day() - dt.timedelta(days=days) and (
        lab.first_day() <= dose.last_day()
    )


def _renal(ctx: Context, rule: Rule, dose: PartialDate) -> str | None:
    """A kidney function below the threshold before the dose: the latest eGFR, or creatinine
    clearance, named as recorded (an eGFR written in mL/min is a creatinine clearance by its
    unit, and said to be)."""
    below = rule.params.get("egfr_below")
    tests = [t for t in (rule.params.get("egfr_test"), rule.params.get("crcl_test")) if t]
    if below is None or not tests:
        return None
    latest = _latest_before(_lab_results(ctx, tests), dose, tests)
    if latest is None or latest.value is None or latest.value >= below:
        return None
    lab = lab_test_of(latest)
    unit = f" {latest.unit}" if latest.unit else ""
    aside = (
        " (a creatinine clearance's unit)" if lab is not None and lab.refusal(latest.unit) else ""
    )
    name = "eGFR" if lab is not None and lab.id == rule.params.get("egfr_test") else latest.test
    return f"{name} {latest.value:g}{unit}{aside} at {day_label(latest.date, ctx.index)}"


def _risk(ctx: Context, rule: Rule, dose: PartialDate) -> str | None:
    """Why calcium must be watched at this dose: dialysis, a CKD stage, or a low eGFR (or
    creatinine clearance)."""
    dialysis = _on_dialysis(ctx, dose)
    if dialysis is not None:
        return f"on {dialysis}"
    kidney = ctx.case.patient.kidney
    if kidney is not None and kidney.ckd_stage in rule.params.get("ckd_stages", []):
        return f"CKD stage {kidney.ckd_stage}"
    return _renal(ctx, rule, dose)


def lab_near_dose(ctx: Context, rule: Rule) -> list[Finding]:
    """Doses of a patient at risk without a result of the tests within ``days_before``
    (any calcium counts: total, corrected or ionized). The window is the product's choice,
    and the message says so (``window_note``)."""
    tests = list(rule.params["tests"])
    what = rule.params.get("what", "a result")
    days = int(rule.params["days_before"])
    results = _lab_results(ctx, tests)
    unmonitored: list[tuple[Administration, str]] = []
    for a in ctx.administrations(rule.drug):
        why = _risk(ctx, rule, a.date)
        if why is None:
            continue
        if not any(_near_before(r.date, a.date, days) for r in results):
            unmonitored.append((a, why))
    if not unmonitored:
        return []
    doses = [_first(a) for a, _ in unmonitored]
    reasons = sorted({why for _, why in unmonitored})
    note = rule.params.get("window_note")
    window = f" ({note})" if note else ""
    return [
        rule.finding(
            f"No {what} result within {days} days before {len(doses)} dose(s) of {rule.drug}"
            f"{window} although the patient is at risk of hypocalcaemia "
            f"({'; '.join(reasons)}): {ctx.refs(doses)}.",
            doses,
        )
    ]
