"""The follow-on check: a course that ended (stopped, completed, or ended by a missed dose)
must be followed by an antiresorptive, started by the end of its follow-on window.

The window runs from the last dose of the course to ``Treatment.deadline`` (the next planned
dose plus the drug's grace; ``caselog.clinical.therapy``), or to the rule's own
``followon_within_months`` after it (romosozumab: 12, caselog's bound, see its source): an
antiresorptive started after it does not count, however it is recorded, and the finding names
it as too late. With neither, the window has no end (any later antiresorptive counts). Other
courses of the same drug count too: denosumab resumed in time is the antiresorptive that
follows. An event known only to the month or year counts when it may lie in the window.
"""

from __future__ import annotations

import datetime as dt
import re

from caselog.clinical.catalogue import find_drug
from caselog.clinical.findings import Finding
from caselog.clinical.relative import day_label, duration_words
from caselog.clinical.rules.context import Context, Rule
from caselog.clinical.therapy import Treatment, plus_months
from caselog.core.dates import PartialDate
from caselog.core.model import Event

_ADR = re.compile(
    r"adverse|reaction|\badr\b|side[- ]effect|toxicit|intoleran|allerg|hypersensitiv|complication",
    re.IGNORECASE,
)


def _stopped_for_reaction(ctx: Context, t: Treatment) -> bool:
    stop = t.stop
    if stop is None:
        return False
    text = " ".join(x for x in (stop.reason, stop.notes) if x)
    if text:
        return bool(_ADR.search(text))
    return t.course.role == "suspect" and ctx.case.assessment is not None


def _end(t: Treatment, rule: Rule) -> tuple[str, Event] | None:
    """How the course ended and the event a finding points at; None while it may run on."""
    if t.stop is not None:
        return "stopped", t.stop
    if t.missed is not None:
        return "missed", t.last_event
    full = rule.params.get("course_doses")
    if full is not None and t.n_doses >= int(full) and t.administrations:
        return "completed", t.last_event
    return None


def _antiresorptive_starts(ctx: Context, t: Treatment) -> list[Event]:
    own = {id(e) for e in t.events}
    return [
        e
        for e in ctx.case.timeline()
        if e.kind == "medication"
        and e.action in ("start", "dose", "change")
        and id(e) not in own
        and (d := find_drug(e.drug)) is not None
        and d.antiresorptive
    ]


def _in_window(e: Event, start: PartialDate, deadline: dt.date | None) -> bool:
    if e.date.last_day() < start.first_day():
        return False
    return deadline is None or e.date.first_day() <= deadline


def _how(ctx: Context, t: Treatment, kind: str, end: Event) -> str:
    if kind == "missed":
        assert t.missed is not None and t.dosing is not None
        return (
            f"ended by a missed dose (last dose {ctx.ref(end)}; the next was due at "
            f"{day_label(t.missed, ctx.index)} and none came within "
            f"{t.dosing.grace_days} days of it)"
        )
    why = ""
    if kind == "stopped" and t.stop is not None and t.stop.reason:
        why = f"; reason: {t.stop.reason}"
    return f"{kind} ({ctx.ref(end)}{why})"


def _window(ctx: Context, t: Treatment, rule: Rule, since: str) -> tuple[dt.date | None, str]:
    """The last day a follow-on drug may start, and how a message says it: the rule's own
    ``followon_within_months`` if it sets one, else the drug's dosing (the next planned dose
    plus its grace), else no end."""
    within = rule.params.get("followon_within_months")
    if within is not None:
        end = plus_months(PartialDate.of(t.window_from.last_day()), int(within)).first_day()
        day = day_label(PartialDate.of(end), ctx.index)
        return end, f"within {within} months of {since} ({day})"
    deadline = t.deadline
    if deadline is not None and t.dosing is not None:
        return deadline, (
            f"by the next planned dose plus {t.dosing.grace_days} days "
            f"({day_label(PartialDate.of(deadline), ctx.index)}, "
            f"{t.dosing.describe()} after {since})"
        )
    return None, "after it"


def followon_antiresorptive(ctx: Context, rule: Rule) -> list[Finding]:
    out = []
    for t in ctx.treatments_of(rule.drug):
        ended = _end(t, rule)
        if ended is None:
            continue  # still on the drug, as far as the record goes
        kind, end = ended
        start = t.window_from
        last = t.last_dose
        since = "the last dose" if last is not None and start is last.date else "the stop"
        deadline, by = _window(ctx, t, rule, since)
        candidates = [
            e for e in _antiresorptive_starts(ctx, t) if e.date.last_day() >= start.first_day()
        ]
        if any(_in_window(e, start, deadline) for e in candidates):
            continue
        adr = _stopped_for_reaction(ctx, t)
        level = rule.params.get("adr_stop_level", rule.level) if adr else rule.level
        tail = (
            " It was stopped for an adverse reaction, so what follows is a clinical judgement."
            if adr and level != rule.level
            else ""
        )
        late = ""
        if candidates:
            first = candidates[0]
            gap = duration_words(start, first.date)
            late = (
                f" The first antiresorptive after it, {ctx.ref(first)}, came {gap} after "
                f"{since}, too late to count as follow-on therapy."
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
                f"{rule.drug.capitalize()} course {_how(ctx, t, kind, end)} with no "
                f"antiresorptive started {by}: {rule.params['advice']}.{late}{tail} "
                "Record what was decided.",
                [end],
                level=level,
            )
        )
    return out


CHECKS = {"followon_antiresorptive": followon_antiresorptive}
