"""Checks about a condition and the doses around it: MI or stroke before a course starts,
a dose after an MI, stroke, osteonecrosis of the jaw or atypical femoral fracture, and a dose
after a hypersensitivity reaction to the same drug.

Conditions are read from diagnoses (``kinds``, default ``diagnosis``; by default only
confirmed ones, ``statuses`` widens that), the patient's history, and, for reactions to
the drug, the case's own reaction. Courses are read as ``caselog.clinical.therapy`` reads
them: a course restarted after a missed dose or a stop is a new course start.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from caselog.clinical.catalogue import find_drug
from caselog.clinical.exposure import onset, suspect_course
from caselog.clinical.findings import Finding
from caselog.clinical.relative import day_label
from caselog.clinical.rules.context import Context, Rule
from caselog.clinical.therapy import Treatment
from caselog.core.dates import PartialDate, Precision
from caselog.core.model import Event


def matches(text: str, patterns: list[str], exclude: list[str]) -> bool:
    low = text.lower()
    if any(re.search(p, low) for p in exclude):
        return False
    return any(re.search(p, low) for p in patterns)


def _precision_note(date: PartialDate) -> str:
    if date.precision is Precision.DAY:
        return ""
    return f" (date known only to the {date.precision.value})"


@dataclass(frozen=True)
class Occurrence:
    """One recorded condition: its date (None: not recorded), how a message names it, the
    events to point at, and its text (to tell which drug it names)."""

    date: PartialDate | None
    label: str
    events: list[Event]
    text: str


def _event_text(e: Event) -> str:
    return " ".join(t for t in (e.name, e.notes) if t)


def occurrences(ctx: Context, rule: Rule) -> list[Occurrence]:
    p = rule.params
    patterns, exclude = list(p["patterns"]), list(p.get("exclude", []))
    kinds = set(p.get("kinds", ["diagnosis"]))
    statuses = set(p.get("statuses", ["confirmed"]))
    out: list[Occurrence] = []
    for e in ctx.case.timeline():
        if e.kind not in kinds or not e.name:
            continue
        if e.kind == "diagnosis" and e.effective_status not in statuses:
            continue
        if matches(e.name, patterns, exclude):
            what = "Diagnosis" if e.kind == "diagnosis" else e.kind.capitalize()
            status = e.effective_status
            shown = f" ({status})" if status not in (None, "confirmed") else ""
            out.append(Occurrence(e.date, f"{what} of {e.name}{shown}", [e], _event_text(e)))
    for item in ctx.case.patient.history:
        if matches(item.condition, patterns, exclude):
            text = " ".join(t for t in (item.condition, item.notes) if t)
            out.append(Occurrence(item.since, f"History of {item.condition}", [], text))
    return out


def _lower_first(text: str) -> str:
    """ "Diagnosis of ONJ" as it reads inside a sentence: "diagnosis of ONJ"."""
    return text[:1].lower() + text[1:]


def _first(t: Treatment) -> Event:
    return t.first_event


def _nth(treatments: list[Treatment], t: Treatment) -> str:
    if len(treatments) == 1:
        return ""
    n = treatments.index(t) + 1
    return f" (course {n} of {len(treatments)})"


# ---------------------------------------------------------------- before a course starts


def prior_condition(ctx: Context, rule: Rule) -> list[Finding]:
    """A condition (MI, stroke) before a course starts, checked at every course start (a
    course restarted after a stop or a missed dose too): within ``within_days`` before it at
    ``level``; only earlier (or undated) at ``earlier_level``, once per condition."""
    p = rule.params
    within = int(p["within_days"])
    starts = ctx.treatments_of(rule.drug)
    out: list[Finding] = []
    for occ in occurrences(ctx, rule):
        if occ.date is None:
            out.append(
                rule.finding(
                    f"{occ.label}, date not recorded, before {rule.drug} "
                    f"({ctx.ref(_first(starts[0]))}): {p['earlier_note']}; {p['within_note']}.",
                    occ.events,
                    level=p["earlier_level"],
                )
            )
            continue
        date = occ.date
        # the course starts the condition may precede (a condition surely after a start is
        # not before it: during a course it is the on-treatment rule's business)
        later = [t for t in starts if date.first_day() <= t.first_dose_date.last_day()]
        note = _precision_note(date)
        near = False
        for t in later:
            nearest = (t.first_dose_date.first_day() - date.last_day()).days
            if nearest > within:
                continue
            near = True
            in_year = [
                a
                for a in t.administrations
                if (a.date.first_day() - date.last_day()).days <= within
            ]
            out.append(
                rule.finding(
                    f"{occ.label} at {day_label(date, ctx.index)}{note}, within {within} days "
                    f"before the first dose of {rule.drug}{_nth(starts, t)} "
                    f"({ctx.ref(_first(t))}; {len(in_year)} dose(s) of it within the "
                    f"{within} days): {p['within_note']}.",
                    [*occ.events, _first(t)],
                )
            )
        if later and not near:
            out.append(
                rule.finding(
                    f"{occ.label} at {day_label(date, ctx.index)}{note}, more than {within} "
                    f"days before the first dose of {rule.drug}{_nth(starts, later[0])}: "
                    f"{p['earlier_note']}.",
                    occ.events,
                    level=p["earlier_level"],
                )
            )
    return out


# ---------------------------------------------------------------- a dose after it


def _surely_after(a: PartialDate, b: PartialDate) -> bool:
    return a.first_day() > b.last_day()


def dose_after_condition(ctx: Context, rule: Rule) -> list[Finding]:
    """A dose given after a condition that arose on the drug.

    ``scope`` ``during`` (MI, stroke): the condition lies within a course (after its first
    dose, not after its end) and a later dose of that course followed; a course started after
    it is ``prior_condition``'s. ``since_first_dose`` (osteonecrosis of the jaw, atypical
    femoral fracture): the condition came on or after the first dose of the drug (or a coarse
    date may put it there), and a dose surely after it followed, in the same course or a new
    one."""
    p = rule.params
    scope = p.get("scope", "during")
    starts = ctx.treatments_of(rule.drug)
    out = []
    first = starts[0].first_dose_date
    for occ in occurrences(ctx, rule):
        date = occ.date
        if date is None:
            continue
        if scope == "during":
            # surely after a course's first dose (one that may precede it is a prior condition)
            pool = [t for t in starts if t.covers(date) and _surely_after(date, t.first_dose_date)]
        elif date.last_day() >= first.first_day():
            pool = starts  # on or after the first dose, or may be (a coarse date)
        else:
            continue  # surely before the drug: a history, not a reaction on it
        later = [
            a.events[0] for t in pool for a in t.administrations if _surely_after(a.date, date)
        ]
        if later:
            out.append(
                rule.finding(
                    f"{rule.drug.capitalize()} given after {_lower_first(occ.label)} at "
                    f"{day_label(date, ctx.index)}: next dose {ctx.ref(later[0])}; "
                    f"{p['advice']}.",
                    [*occ.events, later[0]],
                )
            )
    return out


# ---------------------------------------------------------------- a reaction to the drug


def _names_drug(text: str, drug: str) -> bool:
    entry = find_drug(drug)
    names = entry.all_names if entry is not None else (drug,)
    low = text.lower()
    return any(re.search(rf"(?<![\w-]){re.escape(n.lower())}(?![\w])", low) for n in names)


def _reactions_to(ctx: Context, rule: Rule) -> list[Occurrence]:
    """Hypersensitivity to the rule's drug: a recorded condition whose text names the drug
    (any of its names, synonyms or brands), or the case's own reaction when it matches and
    the suspect drug is this one (dated at its onset)."""
    p = rule.params
    found = [o for o in occurrences(ctx, rule) if _names_drug(o.text, rule.drug)]
    a = ctx.case.assessment
    suspect = suspect_course(ctx.case)
    if (
        a is not None
        and a.reaction
        and suspect is not None
        and suspect.key in {t.course.key for t in ctx.treatments_of(rule.drug)}
        and matches(a.reaction, list(p["patterns"]), list(p.get("exclude", [])))
    ):
        at = onset(ctx.case)
        if at is not None:
            found.append(
                Occurrence(at[0], f"the reaction under assessment ({a.reaction})", [], a.reaction)
            )
    return found


def dose_after_reaction(ctx: Context, rule: Rule) -> list[Finding]:
    """A dose of the drug after a hypersensitivity reaction to that same drug (by any of its
    names): a contraindication. An undated history of it makes every recorded dose one."""
    p = rule.params
    doses = [a for t in ctx.treatments_of(rule.drug) for a in t.administrations]
    out = []
    for occ in _reactions_to(ctx, rule):
        if occ.date is None:
            later = [a.events[0] for a in doses]
            when = "date not recorded"
        else:
            date = occ.date
            later = [a.events[0] for a in doses if _surely_after(a.date, date)]
            when = f"at {day_label(date, ctx.index)}{_precision_note(date)}"
        if not later:
            continue
        out.append(
            rule.finding(
                f"{rule.drug.capitalize()} given after a hypersensitivity reaction to it "
                f"({_lower_first(occ.label)}, {when}): {len(later)} dose(s) after "
                f"it, the first {ctx.ref(later[0])}; {p['advice']}.",
                [*occ.events, later[0]],
            )
        )
    return out


CHECKS = {
    "prior_condition": prior_condition,
    "dose_after_condition": dose_after_condition,
    "dose_after_reaction": dose_after_reaction,
}
