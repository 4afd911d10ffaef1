"""Findings about the case's own data: implausible lab values, and Naranjo answers that the
timeline contradicts."""

from __future__ import annotations

from caselog.clinical import events as ev
from caselog.clinical import naranjo
from caselog.clinical.catalogue import implausible
from caselog.clinical.findings import Finding
from caselog.core.model import Case

LAB_SOURCE = "caselog laboratory catalogue (resources/labs.json), plausible ranges"


def lab_findings(case: Case) -> list[Finding]:
    """``lab.implausible`` warnings: values no patient can have (a unit or typing slip)."""
    index = case.effective_index_date()
    out = []
    for e in case.timeline():
        problem = implausible(e)
        if problem is not None and index is not None:
            out.append(
                Finding(
                    "warning",
                    "lab.implausible",
                    f"{ev.ref(e, index)}: {problem}",
                    ev.ids([e]),
                    None,
                    LAB_SOURCE,
                )
            )
    return out


def naranjo_findings(case: Case) -> list[Finding]:
    """``naranjo.<question>`` information where the recorded answer differs from what the
    timeline suggests (only where the timeline gives a yes or no)."""
    if case.assessment is None or not case.assessment.naranjo:
        return []
    recorded = case.assessment.naranjo
    out = []
    for key, s in naranjo.suggest(case).items():
        answer = recorded.get(key, "unknown")
        if s.answer in ("yes", "no") and answer != s.answer:
            q = naranjo.question(key)
            out.append(
                Finding(
                    "info",
                    f"naranjo.{key}",
                    f"Naranjo question {q.number} is answered '{answer}', but the timeline "
                    f"suggests '{s.answer}': {s.reason}",
                    list(s.event_ids),
                    f"assessment.naranjo.{key}",
                    naranjo.SOURCE,
                )
            )
    return out
