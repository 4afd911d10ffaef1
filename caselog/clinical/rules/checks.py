"""The checks label rules are built from. Each takes the case context and one rule (with its
parameters from ``resources/rules.json``) and returns findings.

Dates known only to the month or year are handled conservatively: a check warns when a
coarse date *may* break the rule only where missing the problem would be unsafe (an MI
possibly within the year), and otherwise stays silent rather than claim what it cannot know.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from caselog.clinical.catalogue import find_drug
from caselog.clinical.exposure import Administration, Course
from caselog.clinical.findings import Finding
from caselog.clinical.relative import day_label, relative_days
from caselog.clinical.rules.calcium import lab_near_dose, low_lab_before_dose
from caselog.clinical.rules.context import Context, Rule
from caselog.core.dates import PartialDate, Precision
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


# ---------------------------------------------------------------- prior condition


def _matches(text: str, patterns: list[str], exclude: list[str]) -> bool:
    low = text.lower()
    if any(re.search(p, low) for p in exclude):
        return False
    return any(re.search(p, low) for p in patterns)


def _precision_note(date: PartialDate) -> str:
    if date.precision is Precision.DAY:
        return ""
    return f" (date known only to the {date.precision.value})"


def prior_condition(ctx: Context, rule: Rule) -> list[Finding]:
    """A condition (MI, stroke) before the first dose: within ``within_days`` at ``level``,
    earlier (or undated) at ``earlier_level``."""
    p = rule.params
    patterns, exclude = list(p["patterns"]), list(p.get("exclude", []))
    within = int(p["within_days"])
    first_course = ctx.courses_of(rule.drug)[0]
    first = first_course.first_dose_date
    first_event = first_course.events[0]
    out: list[Finding] = []

    def judge(date: PartialDate | None, label: str, events: list[Event]) -> None:
        if date is None:
            out.append(
                rule.finding(
                    f"{label}, date not recorded, before {rule.drug} ({ctx.ref(first_event)}): "
                    f"{p['earlier_note']}; {p['within_note']}.",
                    events,
                    level=p["earlier_level"],
                )
            )
            return
        if date.first_day() > first.last_day():
            return  # after the first dose: not this rule's business
        nearest = (first.first_day() - date.last_day()).days
        note = _precision_note(date)
        if nearest <= within:
            out.append(
                rule.finding(
                    f"{label} at {day_label(date, ctx.index)}{note}, within {within} days before "
                    f"the first dose of {rule.drug} ({ctx.ref(first_event)}): {p['within_note']}.",
                    [*events, first_event],
                )
            )
        else:
            out.append(
                rule.finding(
                    f"{label} at {day_label(date, ctx.index)}{note}, more than {within} days "
                    f"before the first dose of {rule.drug}: {p['earlier_note']}.",
                    events,
                    level=p["earlier_level"],
                )
            )

    for e in ctx.case.timeline():
        if e.kind != "diagnosis" or e.effective_status != "confirmed" or not e.name:
            continue
        if _matches(e.name, patterns, exclude):
            judge(e.date, f"Diagnosis of {e.name}", [e])
    for item in ctx.case.patient.history:
        if _matches(item.condition, patterns, exclude):
            judge(item.since, f"History of {item.condition}", [])
    return out


def dose_after_condition(ctx: Context, rule: Rule) -> list[Finding]:
    """A dose given after the condition (MI, stroke) occurred on treatment."""
    p = rule.params
    patterns, exclude = list(p["patterns"]), list(p.get("exclude", []))
    first = ctx.courses_of(rule.drug)[0].first_dose_date
    given = ctx.administrations(rule.drug)
    out = []
    for e in ctx.case.timeline():
        if e.kind != "diagnosis" or e.effective_status != "confirmed" or not e.name:
            continue
        if not _matches(e.name, patterns, exclude) or e.date.first_day() <= first.last_day():
            continue
        later = [_first(a) for a in given if a.date.first_day() > e.date.last_day()]
        if later:
            out.append(
                rule.finding(
                    f"{rule.drug.capitalize()} given after {ctx.ref(e)}: next dose "
                    f"{ctx.ref(later[0])}; {p['advice']}.",
                    [e, later[0]],
                )
            )
    return out


# ---------------------------------------------------------------- follow-on therapy

_ADR = re.compile(
    r"adverse|reaction|\badr\b|side[- ]effect|toxicit|intoleran|allerg|hypersensitiv|complication",
    re.IGNORECASE,
)


def _stopped_for_reaction(ctx: Context, course: Course) -> bool:
    stop = course.stop
    if stop is None:
        return False
    text = " ".join(t for t in (stop.reason, stop.notes) if t)
    if text:
        return bool(_ADR.search(text))
    return course.role == "suspect" and ctx.case.assessment is not None


def _course_end(course: Course, rule: Rule) -> Event | None:
    if course.stop is not None:
        return course.stop
    full = rule.params.get("course_doses")
    if full is not None and course.n_doses >= int(full) and course.administrations:
        return _first(course.administrations[-1])
    return None


def followon_antiresorptive(ctx: Context, rule: Rule) -> list[Finding]:
    out = []
    for course in ctx.courses_of(rule.drug):
        end = _course_end(course, rule)
        if end is None:
            continue  # still on the drug
        own = {id(e) for e in course.events}
        follow = [
            e
            for e in ctx.case.timeline()
            if e.kind == "medication"
            and e.action in ("start", "dose", "change")
            and id(e) not in own
            and (d := find_drug(e.drug)) is not None
            and d.antiresorptive
            and e.date.last_day() >= end.date.first_day()
        ]
        if follow:
            continue
        adr = _stopped_for_reaction(ctx, course)
        how = "stopped" if course.stop is not None else "completed"
        why = ""
        if course.stop is not None and course.stop.reason:
            why = f"; reason: {course.stop.reason}"
        level = rule.params.get("adr_stop_level", rule.level) if adr else rule.level
        tail = (
            " It was stopped for an adverse reaction, so what follows is a clinical judgement."
            if adr and level != rule.level
            else ""
        )
        kidney = ctx.case.patient.kidney
        if rule.params.get("renal_note") and kidney is not None:
            if kidney.dialysis in ("hemodialysis", "peritoneal") or kidney.ckd_stage in (
                rule.params.get("ckd_stages", [])
            ):
                note = str(rule.params["renal_note"])
                tail += f" {note[0].upper()}{note[1:]}."
        out.append(
            rule.finding(
                f"{rule.drug.capitalize()} course {how} ({ctx.ref(end)}{why}) with no "
                f"antiresorptive after it on the timeline: {rule.params['advice']}.{tail} "
                "Record what was decided.",
                [end],
                level=level,
            )
        )
    return out


CHECKS: dict[str, Check] = {
    "max_doses": max_doses,
    "dose_interval": dose_interval,
    "prior_condition": prior_condition,
    "dose_after_condition": dose_after_condition,
    "low_lab_before_dose": low_lab_before_dose,
    "lab_near_dose": lab_near_dose,
    "followon_antiresorptive": followon_antiresorptive,
}
