"""CARE checklist completeness (Gagnier et al. 2013, care-statement.org), computed from the case.

Each of the 13 items is ``reported``, ``partial`` or ``missing``, with the place in the window
that fills it (a stable field path) and a note saying what is there or what is lacking.
Items are judged from the structured case (events, assessment, report fields); the free
text of ``case_presentation`` is not parsed.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from caselog.clinical.findings import Finding
from caselog.core.model import Case, Event

SOURCE = "CARE guidelines (Gagnier JJ, et al. The CARE guidelines. 2013), care-statement.org"
STATUSES = ("reported", "partial", "missing")


@dataclass(frozen=True)
class CareItem:
    number: int
    key: str
    title: str
    status: str
    field: str
    note: str

    @property
    def rule(self) -> str:
        return f"care.{self.key}"


def _has(text: str | None) -> bool:
    return bool(text and text.strip())


def _events(case: Case, *kinds: str) -> list[Event]:
    return [e for e in case.events if e.kind in kinds]


Judgement = tuple[str, str, str]  # status, field, note


def _title(case: Case) -> Judgement:
    title = case.title.strip()
    if not title:
        return "missing", "title", "no title"
    low = title.lower()
    if "case report" not in low:
        return "partial", "title", 'the title should say "case report" after the phenomenon'
    if not re.sub(r"\b(?:a|case report)\b|\W", "", low):
        return "partial", "title", "the title names no phenomenon of interest"
    return "reported", "title", 'title names the phenomenon and says "case report"'


def _keywords(case: Case) -> Judgement:
    n = len([k for k in case.keywords if k.strip()])
    if n == 0:
        return "missing", "keywords", "no keywords (CARE asks for 2 to 5)"
    if 2 <= n <= 5:
        return "reported", "keywords", f"{n} keywords"
    return "partial", "keywords", f"{n} keyword(s); CARE asks for 2 to 5"


def _abstract(case: Case) -> Judgement:
    """The case file has no abstract: the report drafts one from the case (who, which drug,
    onset, key findings, diagnoses, outcome, the first sentence of the conclusion). It is
    ``reported`` when the clinician has recorded what it rests on: the phenomenon (the
    reaction, or a diagnosis in a case that is not a drug reaction), the outcome (or a
    follow-up) and a conclusion (the take-away lesson); else ``partial`` (never ``missing``:
    there is always a draft to complete)."""
    a = case.assessment
    if a is not None:
        phenomenon = ("assessment.reaction", "the reaction", _has(a.reaction))
        outcome = ("assessment.outcome", "the outcome", a.outcome not in (None, "unknown"))
    else:
        diagnosed = any(e.effective_status != "ruled_out" for e in _events(case, "diagnosis"))
        phenomenon = ("timeline", "a diagnosis", diagnosed)
        recorded = case.outcome is not None and not case.outcome.is_empty()
        followed = recorded or bool(_events(case, "follow_up"))
        outcome = ("outcome.follow_up", "a follow-up", followed)
    conclusion = (
        "report.conclusion",
        "a conclusion (take-away lesson)",
        case.report is not None and _has(case.report.conclusion),
    )
    lacking = [(where, name) for where, name, ok in (phenomenon, outcome, conclusion) if not ok]
    if not lacking:
        return "reported", "report.conclusion", "drafted by the report from the recorded case"
    names = ", ".join(name for _, name in lacking)
    return "partial", lacking[0][0], f"the report drafts it, but it lacks {names}"


def _introduction(case: Case) -> Judgement:
    r = case.report
    if r is None or not _has(r.introduction):
        return "missing", "report.introduction", "no introduction"
    if not r.references:
        return "partial", "report.references", "the introduction has no references"
    return "reported", "report.introduction", "introduction with references"


def _patient(case: Case) -> Judgement:
    p = case.patient
    demographics = p.sex != "unknown" and (p.age is not None or p.private.birth_date is not None)
    history = bool(p.history) or (p.kidney is not None and p.kidney.ckd_stage is not None)
    symptoms = bool(_events(case, "symptom"))
    if demographics and history and symptoms:
        return "reported", "patient", "demographics, history and main symptoms"
    lacking = [
        name
        for name, ok in (
            ("demographics (sex, age)", demographics),
            ("history", history),
            ("main symptoms", symptoms),
        )
        if not ok
    ]
    where = "patient" if not demographics else "patient.history" if not history else "timeline"
    status = "missing" if len(lacking) == 3 else "partial"
    return status, where, "lacks " + ", ".join(lacking)


def _findings(case: Case) -> Judgement:
    if _events(case, "finding"):
        return "reported", "timeline", "examination findings recorded"
    if _events(case, "symptom", "lab", "imaging"):
        return "partial", "timeline", "no examination finding recorded (add a finding event)"
    return "missing", "timeline", "no clinical findings"


def _timeline(case: Case) -> Judgement:
    n = len(case.events)
    if n >= 2:
        return "reported", "timeline", f"{n} dated events"
    if n == 1:
        return "partial", "timeline", "a single event"
    return "missing", "timeline", "no events"


def _diagnostic(case: Case) -> Judgement:
    methods = bool(_events(case, "lab", "imaging", "procedure"))
    reasoning = bool(_events(case, "diagnosis")) or case.assessment is not None
    if methods and reasoning:
        return "reported", "timeline", "tests and diagnostic reasoning recorded"
    if methods or reasoning:
        what = "diagnoses or differential" if methods else "tests (labs, imaging)"
        return "partial", "timeline", f"lacks {what}"
    return "missing", "timeline", "no diagnostic tests or diagnoses"


def _intervention(case: Case) -> Judgement:
    meds = _events(case, "medication")
    if not meds and not _events(case, "procedure"):
        return "missing", "timeline", "no intervention recorded"
    gaps = []
    opened = [e for e in meds if e.action in ("start", "dose")]
    if meds and not any(e.dose is not None and e.dose_unit for e in opened):
        gaps.append("dose and unit")
    if meds and not any(e.route or e.frequency for e in meds):
        gaps.append("route or frequency")
    unexplained = [e for e in meds if e.action in ("change", "stop") and not _has(e.reason)]
    if unexplained:
        gaps.append(f"the reason for {len(unexplained)} change(s) or stop(s)")
    if gaps:
        return "partial", "timeline", "lacks " + ", ".join(gaps)
    return "reported", "timeline", "administration and changes with their reasons"


def _follow_up(case: Case) -> Judgement:
    """Met by an outcome (the case's, or a drug reaction's: the reaction's) and a follow-up:
    a follow-up event, or the follow-up written with the case's outcome."""
    outcome = case.outcome_category() not in (None, "unknown")
    o = case.outcome
    follow = bool(_events(case, "follow_up")) or (o is not None and _has(o.follow_up))
    where = "assessment.outcome" if case.assessment is not None else "outcome.category"
    if outcome and follow:
        return "reported", "outcome", "outcome and follow-up recorded"
    if outcome:
        return "partial", "outcome.follow_up", "no follow-up recorded"
    if follow:
        return "partial", where, "no outcome recorded"
    return "missing", where, "no outcome or follow-up"


def _discussion(case: Case) -> Judgement:
    r = case.report
    if r is None or not _has(r.discussion):
        return "missing", "report.discussion", "no discussion"
    if not r.references:
        return "partial", "report.references", "the discussion cites no references"
    if not _has(r.conclusion):
        return "partial", "report.conclusion", "no take-away lesson (conclusion)"
    return "reported", "report.discussion", "discussion with references and a conclusion"


def _perspective(case: Case) -> Judgement:
    if case.report is not None and _has(case.report.patient_perspective):
        return "reported", "report.patient_perspective", "the patient's perspective is given"
    return "missing", "report.patient_perspective", "no patient perspective (when possible)"


def _consent(case: Case) -> Judgement:
    consent = case.report.consent if case.report is not None else None
    if consent is None or (consent.obtained is None and not _has(consent.notes)):
        return "missing", "report.consent", "consent not recorded"
    if consent.obtained is True:
        return "reported", "report.consent", "consent obtained"
    if consent.obtained is False:
        return "missing", "report.consent", "consent recorded as not obtained"
    return "partial", "report.consent", "consent noted but not confirmed as obtained"


ITEMS: tuple[tuple[int, str, str, Callable[[Case], Judgement]], ...] = (
    (1, "title", "Title", _title),
    (2, "keywords", "Keywords", _keywords),
    (3, "abstract", "Abstract", _abstract),
    (4, "introduction", "Introduction", _introduction),
    (5, "patient-information", "Patient information", _patient),
    (6, "clinical-findings", "Clinical findings", _findings),
    (7, "timeline", "Timeline", _timeline),
    (8, "diagnostic-assessment", "Diagnostic assessment", _diagnostic),
    (9, "therapeutic-intervention", "Therapeutic intervention", _intervention),
    (10, "follow-up", "Follow-up and outcomes", _follow_up),
    (11, "discussion", "Discussion", _discussion),
    (12, "patient-perspective", "Patient perspective", _perspective),
    (13, "consent", "Informed consent", _consent),
)


def checklist(case: Case) -> list[CareItem]:
    """The 13 CARE items, in order, each judged on the case."""
    out = []
    for number, key, title, judge in ITEMS:
        status, where, note = judge(case)
        out.append(CareItem(number, key, title, status, where, note))
    return out


def gaps(case: Case) -> list[Finding]:
    """Findings (level ``missing``) for the items not fully reported."""
    return [
        Finding(
            "missing",
            item.rule,
            f"CARE {item.number} {item.title}: {item.status}; {item.note}.",
            [],
            item.field,
            SOURCE,
        )
        for item in checklist(case)
        if item.status != "reported"
    ]
