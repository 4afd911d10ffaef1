import itertools

import pytest

from caselog.clinical import naranjo
from caselog.core.model import Assessment
from caselog.core.vocab import NARANJO_KEYS
from tests.clinical_cases import case, event, med, symptom

# The published table (Naranjo et al. 1981), written out independently of the module:
# question order, then the points for yes / no / don't know.
PUBLISHED = [
    (+1, 0, 0),
    (+2, -1, 0),
    (+1, 0, 0),
    (+2, -1, 0),
    (-1, +2, 0),
    (-1, +1, 0),
    (+1, 0, 0),
    (+1, 0, 0),
    (+1, 0, 0),
    (+1, 0, 0),
]
COLUMN = {"yes": 0, "no": 1, "unknown": 2}


def published_band(total: int) -> str:
    if total >= 9:
        return "definite"
    if 5 <= total <= 8:
        return "probable"
    if 1 <= total <= 4:
        return "possible"
    return "doubtful"


def test_all_3_to_the_10_answer_combinations_match_the_published_table() -> None:
    seen = set()
    n = 0
    for combo in itertools.product(("yes", "no", "unknown"), repeat=10):
        answers = dict(zip(NARANJO_KEYS, combo, strict=True))
        expected = sum(row[COLUMN[a]] for row, a in zip(PUBLISHED, combo, strict=True))
        total = naranjo.score(answers)
        assert total == expected, answers
        assert naranjo.band(total) == published_band(expected)
        seen.add(total)
        n += 1
    assert n == 3**10
    assert min(seen) == -4 and max(seen) == 13
    assert seen == set(range(-4, 14))
    assert (naranjo.MIN_SCORE, naranjo.MAX_SCORE) == (-4, 13)


def test_questions_have_text_and_follow_the_case_format_keys() -> None:
    assert [q.key for q in naranjo.QUESTIONS] == list(NARANJO_KEYS)
    assert [q.number for q in naranjo.QUESTIONS] == list(range(1, 11))
    assert all(q.text.endswith("?") for q in naranjo.QUESTIONS)


def test_unanswered_questions_count_as_dont_know() -> None:
    assert naranjo.score({}) == 0
    assert naranjo.score({"after_drug": "yes"}) == 2


@pytest.mark.parametrize(
    ("answers", "message"),
    [({"after_drug": "maybe"}, "naranjo.after_drug"), ({"bogus": "yes"}, "naranjo.bogus")],
)
def test_bad_answers_are_refused_with_the_key(answers: dict[str, str], message: str) -> None:
    with pytest.raises(ValueError, match=message):
        naranjo.score(answers)


def test_band_edges() -> None:
    assert [naranjo.band(s) for s in (-4, 0, 1, 4, 5, 8, 9, 13)] == [
        "doubtful",
        "doubtful",
        "possible",
        "possible",
        "probable",
        "probable",
        "definite",
        "definite",
    ]


def test_suggestions_from_the_timeline() -> None:
    start = med("2024-01-01", "start")
    pain = symptom("2024-03-15")
    stop = med("2024-03-20", "stop")
    better = event("follow_up", "2024-05-01", summary="Pain resolved.")
    c = case(start, pain, stop, better)
    s = naranjo.suggest(c)
    assert s["after_drug"].answer == "yes" and pain.id in s["after_drug"].event_ids
    assert "day 74" in s["after_drug"].reason
    assert s["improved_on_stop"].answer == "yes"
    assert s["improved_on_stop"].event_ids == [stop.id, better.id]
    assert s["reappeared_on_readministration"].answer == "unknown"


def test_suggestion_no_when_onset_precedes_the_drug() -> None:
    c = case(med("2024-01-01", "start"), stop := med("2024-02-01", "stop"))
    c.assessment = Assessment(reaction="rash", onset_date=stop.date.shifted(-60))
    assert naranjo.suggest(c)["after_drug"].answer == "no"


def test_rechallenge_suggestions() -> None:
    recurred = case(
        med("2024-01-01", "start"),
        symptom("2024-02-01"),
        med("2024-02-05", "stop"),
        restart := med("2024-05-01", "start"),
        again := symptom("2024-05-10", "rash again"),
    )
    s = naranjo.suggest(recurred)["reappeared_on_readministration"]
    assert s.answer == "yes" and restart.id in s.event_ids and again.id in s.event_ids

    quiet = case(
        med("2024-01-01", "start"),
        symptom("2024-02-01"),
        med("2024-02-05", "stop"),
        med("2024-05-01", "start"),
        event("follow_up", "2024-08-01", summary="Well, no recurrence."),
    )
    assert naranjo.suggest(quiet)["reappeared_on_readministration"].answer == "no"


def test_no_suggestion_where_the_timeline_is_silent() -> None:
    c = case(med("2024-01-01", "start", role="concomitant"), symptom("2024-02-01"))
    assert naranjo.suggest(c) == {}
    ongoing = case(med("2024-01-01", "start"), symptom("2024-02-01"))
    assert "improved_on_stop" not in naranjo.suggest(ongoing)
