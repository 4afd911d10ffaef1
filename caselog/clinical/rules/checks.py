"""The checks label rules are built from. Each takes the case context and one rule (with its
parameters from ``resources/rules.json``) and returns findings.

Dates known only to the month or year are handled conservatively: a check warns when a
coarse date *may* break the rule only where missing the problem would be unsafe (an MI
possibly within the year), and otherwise stays silent rather than claim what it cannot know.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from caselog.clinical.catalogue import flag, lab_test_of
from caselog.clinical.exposure import Administration
from caselog.clinical.findings import Finding
from caselog.clinical.relative import day_label, relative_days
from caselog.clinical.rules.context import Context, Rule
from caselog.core.dates import PartialDate
from caselog.core.model import Event

Check = Callable[[Context, Rule], list[Finding]]


def _ordinal(n: int) -> str:
    suffix = "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{suffix}"


def _first(a: Administration) -> Event:
    return a.events[0]


def max_doses(ctx: Context, rule: Rule) -> list[Finding]:
    limit = int(rule.params["max"])
    given = ctx.administrations(rule.drug)
    if len(given) <= limit:
        return []
    extra = [_first(a) for a in given[limit:]]
    return [
        rule.finding(
            f"{len(given)} doses of {rule.drug} recorded, more than the {limit} the label allows; "
            f"after the {_ordinal(limit)}: {ctx.refs(extra)}.",
            extra,
        )
    ]


def dose_interval(ctx: Context, rule: Rule) -> list[Finding]:
    min_days = int(rule.params["min_days"])
    usual = rule.params.get("usual", f"at least {min_days} days apart")
    given = ctx.administrations(rule.drug)
    out = []
    for a, b in zip(given, given[1:], strict=False):
        days = relative_days(b.date, a.date)
        if days is None or days >= min_days:
            continue  # a coarse date cannot show the interval: say nothing rather than guess
        pair = [_first(a), _first(b)]
        out.append(
            rule.finding(
                f"Doses of {rule.drug} {days} days apart ({ctx.refs(pair)}); "
                f"the label gives it {usual}.",
                pair,
            )
        )
    return out


# ---------------------------------------------------------------- labs around doses


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


def low_lab_before_dose(ctx: Context, rule: Rule) -> list[Finding]:
    """A low result that is the latest of its kind before one or more doses: one finding per
    result, naming the doses given while it stood uncorrected."""
    tests = list(rule.params["tests"])
    what = rule.params.get("what", "result")
    results = _lab_results(ctx, tests)
    by_lab: dict[int, tuple[Event, list[Event]]] = {}
    for a in ctx.administrations(rule.drug):
        lab = _latest_before(results, a.date, tests)
        if lab is None or flag(lab) != "low":
            continue
        by_lab.setdefault(id(lab), (lab, []))[1].append(_first(a))
    out = []
    for lab, doses in by_lab.values():
        out.append(
            rule.finding(
                f"Low {what} before {rule.drug}: {ctx.ref(lab)} is below its lower limit and "
                f"is the latest {what} result before {len(doses)} dose(s): {ctx.refs(doses)}.",
                [lab, *doses],
            )
        )
    return out


def _near_before(lab: PartialDate, dose: PartialDate, days: int) -> bool:
    """Whether a result may lie within ``days`` before the dose (or on its day)."""
    return lab.last_day() >= dose.first_day() - dt.timedelta(days=days) and (
        lab.first_day() <= dose.last_day()
    )


def _risk(ctx: Context, rule: Rule, dose: PartialDate) -> str | None:
    """Why calcium must be watched at this dose: dialysis, a CKD stage, or a low eGFR."""
    kidney = ctx.case.patient.kidney
    if kidney is not None:
        if kidney.dialysis in ("hemodialysis", "peritoneal"):
            since = kidney.dialysis_since
            if since is None or since.first_day() <= dose.last_day():
                return f"on {kidney.dialysis}"
        if kidney.ckd_stage in rule.params.get("ckd_stages", []):
            return f"CKD stage {kidney.ckd_stage}"
    egfr_test = rule.params.get("egfr_test")
    below = rule.params.get("egfr_below")
    if egfr_test and below is not None:
        egfr = _latest_before(_lab_results(ctx, [egfr_test]), dose, [egfr_test])
        if egfr is not None and egfr.value is not None and egfr.value < below:
            return f"eGFR {egfr.value:g} at {day_label(egfr.date, ctx.index)}"
    return None


def lab_near_dose(ctx: Context, rule: Rule) -> list[Finding]:
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
    return [
        rule.finding(
            f"No {what} result within {days} days before {len(doses)} dose(s) of {rule.drug} "
            f"although the patient is at risk of hypocalcaemia ({'; '.join(reasons)}): "
            f"{ctx.refs(doses)}.",
            doses,
        )
    ]


CHECKS: dict[str, Check] = {
    "max_doses": max_doses,
    "dose_interval": dose_interval,
    "low_lab_before_dose": low_lab_before_dose,
    "lab_near_dose": lab_near_dose,
}
