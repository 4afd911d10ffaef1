"""The Naranjo ADR probability scale (Naranjo et al., Clin Pharmacol Ther 1981;30:239-45).

Stand-in for ``caselog.clinical.naranjo`` (built in parallel): ``score`` and ``band`` only.
"""

from __future__ import annotations

# key -> (yes, no, don't know)
WEIGHTS: dict[str, tuple[int, int, int]] = {
    "previous_reports": (1, 0, 0),
    "after_drug": (2, -1, 0),
    "improved_on_stop": (1, 0, 0),
    "reappeared_on_readministration": (2, -1, 0),
    "alternative_causes": (-1, 2, 0),
    "placebo_reaction": (-1, 1, 0),
    "toxic_concentration": (1, 0, 0),
    "dose_response": (1, 0, 0),
    "previous_similar_reaction": (1, 0, 0),
    "objective_evidence": (1, 0, 0),
}
_COLUMN = {"yes": 0, "no": 1, "unknown": 2}


def score(answers: dict[str, str]) -> int:
    """The total score; unanswered questions count as "don't know" (0)."""
    return sum(WEIGHTS[k][_COLUMN[answers.get(k, "unknown")]] for k in WEIGHTS)


def band(total: int) -> str:
    if total >= 9:
        return "definite"
    if total >= 5:
        return "probable"
    if total >= 1:
        return "possible"
    return "doubtful"
