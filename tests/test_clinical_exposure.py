from caselog.clinical.exposure import (
    courses,
    courses_of,
    dechallenge_interval,
    onset,
    states_improvement,
    suspect_course,
    time_to_onset,
)
from caselog.core.model import Assessment
from tests.clinical_cases import case, d, event, med, monthly, symptom


def test_doses_cumulative_dose_and_time_on_drug() -> None:
    c = case(*monthly("2024-01-01", 3), med("2024-04-15", "stop"))
    (course,) = courses(c)
    assert course.n_doses == 3
    assert course.cumulative.amount == 630 and course.cumulative.unit == "mg"
    assert course.cumulative.describe() == "630 mg"
    assert course.time_on_drug.days == 105
    assert not course.ongoing


def test_a_start_without_a_dose_is_the_first_dose_its_amount_not_recorded() -> None:
    # the start is the first administration whether or not its amount was typed: the dose
    # count agrees with the first-dose date and the report's dose ticks
    c = case(med("2024-01-01", "start", dose=None), med("2024-02-01", "dose"))
    (course,) = courses(c)
    assert course.n_doses == 2
    assert course.first_dose_date == d("2024-01-01")
    assert course.cumulative.amount is None
    assert "not recorded for 1 of 2 doses" in course.cumulative.describe()
    assert course.ongoing


def test_same_day_injections_are_one_administration() -> None:
    c = case(
        med("2024-01-01", "start", dose=105.0, dose_unit="mg"),
        med("2024-01-01", "dose", dose=105.0, dose_unit="mg"),
        med("2024-02-01", "dose"),
    )
    (course,) = courses(c)
    assert course.n_doses == 2
    assert course.administrations[0].amount == 210
    assert course.cumulative.amount == 420


def test_mixed_units_are_refused_not_summed() -> None:
    c = case(
        med("2024-01-01", "start", drug="teriparatide", dose=20.0, dose_unit="mcg"),
        med("2024-01-02", "dose", drug="teriparatide", dose=0.02, dose_unit="mg"),
    )
    cumulative = courses(c)[0].cumulative
    assert cumulative.amount is None
    assert cumulative.problem is not None and "mixed units" in cumulative.problem


def test_unit_spelling_is_not_a_mixed_unit() -> None:
    c = case(
        med("2024-01-01", "start", drug="teriparatide", dose=20.0, dose_unit="mcg"),
        med("2024-01-02", "dose", drug="teriparatide", dose=20.0, dose_unit="µg"),
    )
    assert courses(c)[0].cumulative.amount == 40


def test_a_missing_dose_makes_the_cumulative_dose_unknown() -> None:
    c = case(med("2024-01-01", "start"), med("2024-02-01", "dose", dose=None))
    cumulative = courses(c)[0].cumulative
    assert cumulative.amount is None and "1 of 2" in (cumulative.problem or "")


def test_brand_and_generic_are_one_course_and_restart_is_a_new_course() -> None:
    c = case(
        med("2024-01-01", "start"),
        med("2024-02-01", "dose", drug="Evenity"),
        med("2024-02-20", "stop"),
        med("2024-06-01", "start", drug="EVENITY"),
        med("2024-03-01", "start", drug="denosumab", dose=60.0),
    )
    romo = courses_of(c, "romosozumab")
    assert [x.n_doses for x in romo] == [2, 1]
    assert len(courses_of(c, "Prolia")) == 1


def test_dose_without_a_recorded_start_opens_a_course() -> None:
    c = case(med("2024-01-01", "dose"), med("2024-02-01", "dose"), med("2024-02-15", "stop"))
    (course,) = courses(c)
    assert course.start is None and course.n_doses == 2 and course.stop is not None


def test_onset_defaults_to_the_first_symptom_after_the_index_date() -> None:
    before = symptom("2023-12-01", "old pain")
    after = symptom("2024-03-15", "rash")
    c = case(before, med("2024-01-01", "start"), after)
    assert onset(c) == (d("2024-03-15"), after)
    assert time_to_onset(c).days == 74  # type: ignore[union-attr]
    c.assessment = Assessment(reaction="rash", onset_date=d("2024-02"))
    assert onset(c) == (d("2024-02"), None)
    span = time_to_onset(c)
    assert span is not None and span.days is None and span.describe() == "about 1 month"


def test_dechallenge_interval_is_stop_to_first_stated_improvement() -> None:
    c = case(
        med("2024-01-01", "start"),
        symptom("2024-02-10"),
        med("2024-02-15", "stop"),
        event("procedure", "2024-02-16", name="drainage", notes="symptomatic relief"),
        event("follow_up", "2024-03-01", summary="No improvement yet."),
        event("imaging", "2024-04-15", modality="CT", findings="Calcification regressed."),
    )
    span = dechallenge_interval(c)
    assert span is not None and span.days == 60
    assert suspect_course(c) is not None


def test_no_dechallenge_interval_without_a_stop_or_an_improvement() -> None:
    running = case(med("2024-01-01", "start"), event("follow_up", "2024-03-01", summary="Better."))
    assert dechallenge_interval(running) is None
    worse = case(
        med("2024-01-01", "start"),
        med("2024-02-15", "stop"),
        event("follow_up", "2024-03-01", summary="Pain worse; lesion progressed."),
    )
    assert dechallenge_interval(worse) is None


def test_improvement_wording() -> None:
    def says(text: str, kind: str = "follow_up") -> bool:
        field = {"follow_up": "summary", "imaging": "findings", "diagnosis": "name"}[kind]
        extra = {"modality": "CT"} if kind == "imaging" else {}
        return states_improvement(event(kind, "2024-01-01", **{field: text}, **extra))

    assert says("Asymptomatic, without recurrence of pain.")
    assert says("Marked regression of the calcification.", "imaging")
    assert says("Lesion reduced in size.", "imaging")
    assert says("Hypercalcaemia resolved", "diagnosis")
    assert not says("No improvement.")
    assert not says("Pain did not resolve.")
    assert not says("Calcification unchanged.", "imaging")
    assert not says("Pain improved but the lesion enlarged.")
    assert not states_improvement(
        event("diagnosis", "2024-01-01", name="infection resolved", status="ruled_out")
    )
    assert not states_improvement(event("procedure", "2024-01-01", name="relief, improved"))
