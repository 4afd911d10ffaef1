"""What each patient of a series was treated with, read from the drug courses by rule:

- the **treatment**: the first course of a suspect or treatment drug begun on or after day 0
  (else the first such course at all; else, when no drug has a role, the first course begun
  on or after day 0);
- the **follow-on** drugs: suspect or treatment drugs begun after the treatment's first dose,
  and any drug begun after its last dose (an antiresorptive after romosozumab is often
  recorded with the default role);
- the **prior** drugs: every other course begun before day 0.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

from caselog.core.dates import PartialDate
from caselog.report.series.members import STUDIED_ROLES, Course, Member, courses


@dataclass
class Regimen:
    treatment: Course | None
    follow_on: list[Course] = field(default_factory=list)
    prior: list[Course] = field(default_factory=list)


def regimen(m: Member) -> Regimen:
    all_ = courses(m.case)
    pos = {id(c): m.ctx.position(c.events[0].date) for c in all_}
    studied = [c for c in all_ if c.role in STUDIED_ROLES]
    treatment = next((c for c in studied if pos[id(c)] >= 0), studied[0] if studied else None)
    if treatment is None and not studied:
        treatment = next((c for c in all_ if pos[id(c)] >= 0), None)
    follow: list[Course] = []
    if treatment is not None:
        start = pos[id(treatment)]
        given = treatment.given or treatment.events
        last = m.ctx.position(given[-1].date)
        for c in all_:
            if c is treatment:
                continue
            if (c.role in STUDIED_ROLES and pos[id(c)] > start) or pos[id(c)] > last:
                follow.append(c)
    prior = [c for c in all_ if c is not treatment and c not in follow and pos[id(c)] < 0]
    return Regimen(treatment, follow, prior)


def drug_names(courses_: Sequence[Course | None]) -> list[str]:
    """The distinct drug names, in order (first spelling kept)."""
    seen: dict[str, str] = {}
    for c in courses_:
        if c is not None:
            seen.setdefault(c.drug.casefold(), c.drug)
    return list(seen.values())


def last_dose(course: Course) -> PartialDate:
    given = course.given or course.events
    return given[-1].date


def dose_count(course: Course) -> int:
    return len(course.given)
