"""WHO-UMC causality categories with their criteria, and hints where the case contradicts the
category the clinician chose.

Hints are findings: ``warning`` where recorded facts contradict the category (a negative
dechallenge under "probable", onset before the drug), ``info`` where the case merely lacks
what the category asks for (no recorded dechallenge under "probable"). Under "certain",
whose criteria are absolute, a lack is a warning too.

- "Definitive pharmacologically or phenomenologically" ("certain") is a positive rechallenge
  or the drug in toxic concentration; Naranjo question 10 (objective evidence) is not: it
  confirms that the event happened (imaging of it), not that the drug caused it.
- Naranjo question 5 (alternative causes) answered "don't know" under "certain" (cannot be
  explained by disease or other drugs) or "probable" (unlikely to be): a hint.
- A category above the Naranjo band of the recorded answers (certain ~ definite, probable ~
  probable, possible ~ possible; "probable" beside a Naranjo 1 to 4) is queried (``info``).
- A disease cause the record holds (``disease_causes``: high phosphate or PTH before the
  onset of a bone, mineral or calcification event) is raised under "certain".
- A reaction with neither a category nor any Naranjo answer: ``who_umc.not-assessed``.
"""

from __future__ import annotations

from dataclasses import dataclass

from caselog.clinical import disease_causes
from caselog.clinical import events as ev
from caselog.clinical import naranjo as nar
from caselog.clinical.exposure import dechallenge_interval, onset, suspect_course
from caselog.clinical.findings import Finding
from caselog.clinical.relative import compare
from caselog.core.model import Case

SOURCE = (
    "WHO-UMC, The use of the WHO-UMC system for standardised case causality assessment "
    "(Uppsala Monitoring Centre)"
)
FIELD = "assessment.who_umc"
CLOSE_ONSET_DAYS = 365
"""Onset within this many days of the first dose counts as "following the drug closely"."""


@dataclass(frozen=True)
class Category:
    key: str
    label: str
    criteria: tuple[str, ...]


CATEGORIES: tuple[Category, ...] = (
    Category(
        "certain",
        "Certain",
        (
            "Event or laboratory test abnormality, with plausible time relationship to drug intake",
            "Cannot be explained by disease or other drugs",
            "Response to withdrawal plausible (pharmacologically, pathologically)",
            "Event definitive pharmacologically or phenomenologically (an objective and "
            "specific medical disorder or a recognised pharmacological phenomenon)",
            "Rechallenge satisfactory, if necessary",
        ),
    ),
    Category(
        "probable",
        "Probable / likely",
        (
            "Event or laboratory test abnormality, with reasonable time relationship to drug "
            "intake",
            "Unlikely to be attributed to disease or other drugs",
            "Response to withdrawal clinically reasonable",
            "Rechallenge not required",
        ),
    ),
    Category(
        "possible",
        "Possible",
        (
            "Event or laboratory test abnormality, with reasonable time relationship to drug "
            "intake",
            "Could also be explained by disease or other drugs",
            "Information on drug withdrawal may be lacking or unclear",
        ),
    ),
    Category(
        "unlikely",
        "Unlikely",
        (
            "Event or laboratory test abnormality, with a time to drug intake that makes a "
            "relationship improbable (but not impossible)",
            "Disease or other drugs provide plausible explanations",
        ),
    ),
    Category(
        "conditional",
        "Conditional / unclassified",
        (
            "Event or laboratory test abnormality",
            "More data for proper assessment needed, or additional data under examination",
        ),
    ),
    Category(
        "unassessable",
        "Unassessable / unclassifiable",
        (
            "Report suggesting an adverse reaction",
            "Cannot be judged because information is insufficient or contradictory",
            "Data cannot be supplemented or verified",
        ),
    ),
)


def category(key: str) -> Category:
    for c in CATEGORIES:
        if c.key == key:
            return c
    raise KeyError(f"no WHO-UMC category {key!r}")


def _hint(
    level: str,
    rule: str,
    message: str,
    event_ids: list[int] | None = None,
    source: str = SOURCE,
) -> Finding:
    return Finding(level, f"who_umc.{rule}", message, event_ids or [], FIELD, source)


NARANJO_BAND_OF = {"certain": "definite", "probable": "probable", "possible": "possible"}
"""The Naranjo band each WHO-UMC category corresponds to; a category above the band of the
recorded Naranjo score is queried (both scales grade the same evidence)."""
_BAND_RANK = {"doubtful": 0, "possible": 1, "probable": 2, "definite": 3}
_BAND_SCORES = {"definite": "9 or more", "probable": "5 to 8", "possible": "1 to 4"}


def not_assessed(case: Case) -> list[Finding]:
    """``who_umc.not-assessed``: a reaction under assessment with neither a WHO-UMC category
    nor any Naranjo answer."""
    a = case.assessment
    if a is None or a.who_umc is not None or nar.answered(a.naranjo):
        return []
    return [
        _hint(
            "info",
            "not-assessed",
            "Causality not assessed: the reaction has neither a WHO-UMC category nor any "
            "Naranjo answer.",
        )
    ]


def _naranjo_query(chosen: str, answers: dict[str, str]) -> list[Finding]:
    """WHO-UMC stronger than the Naranjo band of the recorded answers (probable beside a
    Naranjo 'possible', 1 to 4): a query, not a contradiction."""
    if chosen not in NARANJO_BAND_OF or not nar.scored(answers):
        return []
    total = nar.score(answers)
    got = nar.band(total)
    want = NARANJO_BAND_OF[chosen]
    if _BAND_RANK[got] >= _BAND_RANK[want]:
        return []
    return [
        _hint(
            "info",
            "naranjo-discordant",
            f"WHO-UMC '{chosen}' beside a Naranjo score of {total} ('{got}'): the two scales "
            f"grade the same evidence, and '{chosen}' corresponds to Naranjo '{want}' "
            f"({_BAND_SCORES[want]}). Check "
            "the answers or the category.",
            source=f"{SOURCE}; {nar.SOURCE}",
        )
    ]


def hints(case: Case) -> list[Finding]:
    """Where the case contradicts the chosen WHO-UMC category, or lacks what it asks for;
    and ``who_umc.not-assessed`` when causality was not assessed at all."""
    a = case.assessment
    if a is None or a.who_umc is None:
        return not_assessed(case)
    chosen = a.who_umc
    naranjo = a.naranjo
    out: list[Finding] = []

    course = suspect_course(case)
    found = onset(case)
    order = None
    onset_ids: list[int] = []
    if course is not None and found is not None:
        order = compare(found[0], course.first_dose_date)
        onset_ids = ev.ids([e for e in (found[1], course.events[0]) if e is not None])
    dechallenge = a.dechallenge
    if dechallenge in (None, "unknown") and course is not None:
        if dechallenge_interval(case, course) is not None:
            dechallenge = "positive"  # the timeline records improvement after the stop

    if chosen in ("certain", "probable", "possible") and order == -1:
        out.append(
            _hint(
                "warning",
                "time-relationship",
                f"WHO-UMC '{chosen}' needs a plausible time relationship, but the onset precedes "
                f"the first dose of {course.drug if course else 'the suspect drug'}.",
                onset_ids,
            )
        )
    if chosen == "certain":
        # Naranjo question 10 (objective evidence) confirms that the event happened (imaging
        # of it); it does not make the event definitive pharmacologically or
        # phenomenologically, which a positive rechallenge or a toxic concentration does.
        definitive = a.rechallenge == "positive" or naranjo.get("toxic_concentration") == "yes"
        if not definitive:
            objective = naranjo.get("objective_evidence") == "yes"
            out.append(
                _hint(
                    "warning",
                    "certain-without-definitive",
                    "WHO-UMC 'certain' needs an event definitive pharmacologically or "
                    "phenomenologically (a positive rechallenge, or the drug found in toxic "
                    "concentration); the case records neither"
                    + (
                        ". Objective evidence of the event (Naranjo question 10) shows that it "
                        "happened, not that the drug caused it."
                        if objective
                        else "."
                    ),
                )
            )
        cause = disease_causes.mineral_disease(case)
        if cause is not None:
            out.append(
                _hint(
                    "warning",
                    "certain-disease-cause",
                    f"WHO-UMC 'certain' asks that disease cannot explain the event, but the "
                    f"record holds a plausible disease cause: {cause.describe(case)}.",
                    ev.ids(cause.events),
                    f"{SOURCE}; {disease_causes.SOURCE}",
                )
            )
        if a.rechallenge == "negative":
            out.append(
                _hint(
                    "warning",
                    "certain-negative-rechallenge",
                    "WHO-UMC 'certain' although the rechallenge was negative.",
                )
            )
    if chosen in ("certain", "probable"):
        if dechallenge == "negative":
            out.append(
                _hint(
                    "warning",
                    f"{chosen}-without-dechallenge",
                    f"WHO-UMC '{chosen}' needs a reasonable response to withdrawal, but the "
                    "dechallenge is recorded as negative.",
                )
            )
        elif dechallenge != "positive":
            out.append(
                _hint(
                    "info",
                    f"{chosen}-without-dechallenge",
                    f"WHO-UMC '{chosen}' needs a reasonable response to withdrawal; the case "
                    "records no positive dechallenge.",
                )
            )
        if naranjo.get("alternative_causes") == "yes":
            out.append(
                _hint(
                    "warning",
                    "alternative-causes",
                    f"WHO-UMC '{chosen}' asks that disease or other drugs do not explain the "
                    "event, but the Naranjo answers record alternative causes.",
                )
            )
        elif naranjo.get("alternative_causes") == "unknown":
            need = (
                "cannot be explained by disease or other drugs"
                if chosen == "certain"
                else "is unlikely to be due to disease or other drugs"
            )
            out.append(
                _hint(
                    "warning" if chosen == "certain" else "info",
                    "alternative-causes-unknown",
                    f"WHO-UMC '{chosen}' asks that the event {need}, but Naranjo question 5 "
                    "(alternative causes) is answered 'don't know'.",
                )
            )
    out += _naranjo_query(chosen, naranjo)
    if chosen == "unlikely" and order == 1 and dechallenge == "positive" and course and found:
        days = (found[0].first_day() - course.first_dose_date.last_day()).days
        if days <= CLOSE_ONSET_DAYS:
            out.append(
                _hint(
                    "warning",
                    "unlikely-contradicted",
                    f"WHO-UMC 'unlikely' although the onset follows the first dose of "
                    f"{course.drug} within a year and the dechallenge is positive.",
                    onset_ids,
                )
            )
    if (
        chosen == "possible"
        and order == 1
        and dechallenge == "positive"
        and naranjo.get("alternative_causes") == "no"
    ):
        out.append(
            _hint(
                "info",
                "possible-may-be-probable",
                "WHO-UMC 'possible', but the onset follows the drug, the dechallenge is positive "
                "and no alternative cause is recorded: the case may meet 'probable'.",
                onset_ids,
            )
        )
    return out
