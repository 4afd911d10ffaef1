"""The Naranjo adverse drug reaction probability scale (Naranjo et al., Clin Pharmacol Ther
1981;30:239-45): questions, weights, score, band, and answers suggested by the timeline.

The score is always computed from the answers, never typed. Suggestions are only
suggestions: the window shows each with its reason and the clinician confirms it.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, field

from caselog.clinical import events as ev
from caselog.clinical.catalogue import drug_key
from caselog.clinical.exposure import (
    courses,
    improvement_after,
    onset,
    suspect_course,
)
from caselog.clinical.relative import compare, may_be_after
from caselog.core.model import Case, Event
from caselog.core.vocab import NARANJO_ANSWERS, NARANJO_KEYS

SOURCE = (
    "Naranjo CA, et al. A method for estimating the probability of adverse drug reactions. "
    "Clin Pharmacol Ther. 1981;30:239-45"
)


@dataclass(frozen=True)
class Question:
    number: int
    key: str
    text: str
    yes: int
    no: int
    unknown: int = 0

    def weight(self, answer: str) -> int:
        return {"yes": self.yes, "no": self.no, "unknown": self.unknown}[answer]


QUESTIONS: tuple[Question, ...] = (
    Question(
        1, "previous_reports", "Are there previous conclusive reports on this reaction?", 1, 0
    ),
    Question(
        2,
        "after_drug",
        "Did the adverse event appear after the suspected drug was administered?",
        2,
        -1,
    ),
    Question(
        3,
        "improved_on_stop",
        "Did the adverse reaction improve when the drug was discontinued or a specific "
        "antagonist was administered?",
        1,
        0,
    ),
    Question(
        4,
        "reappeared_on_readministration",
        "Did the adverse reaction reappear when the drug was readministered?",
        2,
        -1,
    ),
    Question(
        5,
        "alternative_causes",
        "Are there alternative causes (other than the drug) that could on their own have "
        "caused the reaction?",
        -1,
        2,
    ),
    Question(6, "placebo_reaction", "Did the reaction reappear when a placebo was given?", -1, 1),
    Question(
        7,
        "toxic_concentration",
        "Was the drug detected in the blood (or other fluids) in concentrations known to be toxic?",
        1,
        0,
    ),
    Question(
        8,
        "dose_response",
        "Was the reaction more severe when the dose was increased, or less severe when the "
        "dose was decreased?",
        1,
        0,
    ),
    Question(
        9,
        "previous_similar_reaction",
        "Did the patient have a similar reaction to the same or similar drugs in any previous "
        "exposure?",
        1,
        0,
    ),
    Question(
        10,
        "objective_evidence",
        "Was the adverse event confirmed by any objective evidence?",
        1,
        0,
    ),
)
assert tuple(q.key for q in QUESTIONS) == NARANJO_KEYS

BANDS = (("definite", 9), ("probable", 5), ("possible", 1), ("doubtful", None))
MIN_SCORE = sum(min(q.yes, q.no, q.unknown) for q in QUESTIONS)
MAX_SCORE = sum(max(q.yes, q.no, q.unknown) for q in QUESTIONS)


def question(key: str) -> Question:
    for q in QUESTIONS:
        if q.key == key:
            return q
    raise KeyError(f"no Naranjo question {key!r}")


def score(answers: Mapping[str, str]) -> int:
    """The Naranjo total. Unanswered questions count as "don't know" (0).

    Raises ValueError naming the key for an unknown question or answer."""
    for key, answer in answers.items():
        if key not in NARANJO_KEYS:
            raise ValueError(f"naranjo.{key}: not a Naranjo question")
        if answer not in NARANJO_ANSWERS:
            raise ValueError(
                f"naranjo.{key}: answer must be one of {', '.join(NARANJO_ANSWERS)}, not {answer!r}"
            )
    return sum(q.weight(answers.get(q.key, "unknown")) for q in QUESTIONS)


def scored(answers: Mapping[str, str]) -> bool:
    """Whether a Naranjo score can be given: at least one question answered yes or no.
    "Don't know" weighs 0, so answers that are all "don't know" would make a score of 0,
    "doubtful", that nobody judged; the reports give no score then."""
    return any(answers.get(key) in ("yes", "no") for key in NARANJO_KEYS)


def answered(answers: Mapping[str, str]) -> int:
    """How many of the ten questions are answered: yes, no or don't know chosen (a question
    left blank is not). The window, the report and the check all count this way."""
    return sum(1 for key in NARANJO_KEYS if answers.get(key) in NARANJO_ANSWERS)


def band(total: int) -> str:
    """definite (>= 9), probable (5-8), possible (1-4), doubtful (<= 0)."""
    for name, floor in BANDS:
        if floor is None or total >= floor:
            return name
    raise AssertionError("unreachable")


# ---------------------------------------------------------------- suggestions


@dataclass(frozen=True)
class Suggestion:
    answer: str
    reason: str
    event_ids: list[int] = field(default_factory=list)


_NO_RECURRENCE = re.compile(
    r"\b(no|without)\s+(\w+\s+){0,2}recurr\w*|did not recur|\bnot recur", re.IGNORECASE
)


def _suggest_after_drug(case: Case) -> Suggestion | None:
    course = suspect_course(case)
    found = onset(case)
    if course is None or found is None:
        return None
    index = case.effective_index_date() or course.first_dose_date
    date, symptom = found
    what = f"the onset ({ev.ref(symptom, index)})" if symptom else "the recorded onset date"
    first = f"the first dose of {course.drug}"
    order = compare(date, course.first_dose_date)
    ids = ev.ids([e for e in (symptom, course.events[0]) if e is not None])
    if order == 1:
        return Suggestion("yes", f"{what[0].upper()}{what[1:]} follows {first}.", ids)
    if order == -1:
        return Suggestion("no", f"{what[0].upper()}{what[1:]} precedes {first}.", ids)
    return None


def _suggest_improved_on_stop(case: Case) -> Suggestion | None:
    course = suspect_course(case)
    if course is None:
        return None
    index = case.effective_index_date() or course.first_dose_date
    if course.stop is not None:
        better = improvement_after(case, course.stop.date)
        if better is not None:
            return Suggestion(
                "yes",
                f"{course.drug} was stopped ({ev.ref(course.stop, index)}) and improvement is "
                f"recorded afterwards ({ev.ref(better, index)}).",
                ev.ids([course.stop, better]),
            )
    dechallenge = case.assessment.dechallenge if case.assessment else None
    if dechallenge == "positive":
        return Suggestion("yes", "The assessment records a positive dechallenge.")
    if dechallenge == "negative":
        return Suggestion("no", "The assessment records a negative dechallenge.")
    return None


def _readministrations(case: Case) -> list[tuple[Event, Event]]:
    """(stop, restart) pairs of the suspect drug: a course that follows a stopped one."""
    first = suspect_course(case)
    if first is None:
        return []
    same = [c for c in courses(case) if c.key == drug_key(first.drug)]
    pairs = []
    for before, after in zip(same, same[1:], strict=False):
        if before.stop is not None:
            pairs.append((before.stop, after.events[0]))
    return pairs


def _suggest_readministration(case: Case) -> Suggestion | None:
    index = case.effective_index_date()
    pairs = _readministrations(case)
    rechallenge = case.assessment.rechallenge if case.assessment else None
    if pairs and index is not None:
        stop, restart = pairs[0]
        later = [e for e in case.timeline() if may_be_after(e.date, restart.date)]
        symptom = next((e for e in later if e.kind == "symptom"), None)
        if symptom is not None:
            return Suggestion(
                "yes",
                f"The drug was given again ({ev.ref(restart, index)}) after it was stopped, and "
                f"a symptom followed ({ev.ref(symptom, index)}).",
                ev.ids([stop, restart, symptom]),
            )
        calm = next(
            (e for e in later if e.kind == "follow_up" and _NO_RECURRENCE.search(_text(e))), None
        )
        if calm is not None:
            return Suggestion(
                "no",
                f"The drug was given again ({ev.ref(restart, index)}) and follow-up records no "
                f"recurrence ({ev.ref(calm, index)}).",
                ev.ids([stop, restart, calm]),
            )
    if rechallenge == "positive":
        return Suggestion("yes", "The assessment records a positive rechallenge.")
    if rechallenge == "negative":
        return Suggestion("no", "The assessment records a negative rechallenge.")
    if not pairs and suspect_course(case) is not None:
        return Suggestion("unknown", "The timeline shows no readministration of the drug.")
    return None


def _text(e: Event) -> str:
    return " ".join(p for p in (e.summary, e.notes) if p)


def suggest(case: Case) -> dict[str, Suggestion]:
    """Answers the timeline supports, by question key, each with its reason.

    Covers ``after_drug`` (onset after the first suspect dose), ``improved_on_stop``
    (improvement recorded after a stop) and ``reappeared_on_readministration`` (a restart after
    a stop followed by a symptom); questions the timeline cannot speak to are left out."""
    out: dict[str, Suggestion] = {}
    for key, fn in (
        ("after_drug", _suggest_after_drug),
        ("improved_on_stop", _suggest_improved_on_stop),
        ("reappeared_on_readministration", _suggest_readministration),
    ):
        s = fn(case)
        if s is not None:
            out[key] = s
    return out
