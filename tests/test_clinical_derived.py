"""One definition of each derived fact (caselog.clinical), and every place that shows it
gives the same value: the dose count, the onset, the time to onset and the answered Naranjo
questions, in the exposure table, the review overview, the report text and the check."""

from __future__ import annotations

from caselog.clinical import check_case, naranjo
from caselog.clinical.exposure import courses, onset, time_to_onset
from caselog.core.model import Assessment, Case
from caselog.core.vocab import NARANJO_KEYS
from caselog.report import abstract, draft
from caselog.report._context import Context
from caselog.review.overview import overview
from tests.clinical_cases import case, d, med, symptom


def with_assessment(c: Case, **fields: object) -> Case:
    c.assessment = Assessment(reaction="back pain", **fields)  # type: ignore[arg-type]
    return c


def test_a_symptom_on_day_0_is_the_onset() -> None:
    c = with_assessment(case(med("2024-03-04", "start"), symptom("2024-03-04", "urticaria")))
    found = onset(c)
    assert found is not None and found[0] == d("2024-03-04")
    span = time_to_onset(c)
    assert span is not None and span.days == 0
    [row] = overview([c])
    assert row.time_to_onset_days == 0


def test_time_to_onset_counts_from_the_first_dose_not_from_a_set_index_date() -> None:
    # day 0 set by the clinician to the admission, nine days before the first dose
    c = with_assessment(
        case(med("2024-01-10", "start"), symptom("2024-02-09"), index_date=d("2024-01-01"))
    )
    span = time_to_onset(c)
    assert span is not None and span.days == 30
    [row] = overview([c])
    assert row.time_to_onset_days == 30  # the overview said 39 (days from day 0)
    ctx = Context.of(c, None)
    said = abstract.abstract(ctx).lower()
    assert "about 4 weeks after the first dose of romosozumab" in said  # 30 days


def test_symptoms_before_day_0_are_not_the_onset() -> None:
    c = with_assessment(
        case(symptom("2024-02-01", "old pain"), med("2024-03-04", "start"), symptom("2024-06-03"))
    )
    found = onset(c)
    assert found is not None and found[0] == d("2024-06-03")
    span = time_to_onset(c)
    assert span is not None and span.days == 91


def test_the_dose_count_counts_the_start_with_the_doses() -> None:
    # romosozumab monthly: the start typed without its amount, two later doses
    c = case(
        med("2024-03-04", "start", dose=None),
        med("2024-04-01", "dose"),
        med("2024-05-02", "dose"),
    )
    [course] = courses(c)
    assert course.n_doses == 3
    # the report's exposure bar ticks the same doses
    from caselog.report.tables import exposures

    [bar] = exposures(Context.of(c, None))
    assert len(bar.doses) == course.n_doses


def test_answered_naranjo_questions_count_dont_know_and_report_says_the_same() -> None:
    answers = {key: "unknown" for key in NARANJO_KEYS}
    answers.update(after_drug="yes", alternative_causes="no", objective_evidence="yes")
    c = with_assessment(case(med("2024-03-04", "start"), symptom("2024-06-03")), naranjo=answers)
    # all ten answered, three of them yes or no: the report said "3 of the 10" (now "all 10")
    text = draft.causality(Context.of(c, None))
    assert text is not None and "all 10 questions answered" in text
    assert naranjo.answered(answers) == 10
    assert naranjo.answered({"after_drug": "yes", "placebo_reaction": "unknown"}) == 2
    assert naranjo.answered({}) == 0


def test_the_check_reads_the_same_onset() -> None:
    # day 0 set to the admission, with the symptom already there: the onset precedes the first
    # dose, and the check says so for the WHO-UMC category chosen
    c = with_assessment(
        case(
            symptom("2024-01-01", "back pain"),
            med("2024-01-10", "start"),
            symptom("2024-02-09", "worse back pain"),
            index_date=d("2024-01-01"),
        ),
        who_umc="probable",
    )
    span = time_to_onset(c)
    assert span is not None and span.days == -9 and span.negative
    assert [row.time_to_onset_days for row in overview([c])] == [-9]
    found = check_case(c)
    assert any("the onset precedes the first dose" in f.message for f in found)
