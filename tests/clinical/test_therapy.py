"""Drug-course reasoning (caselog.clinical.therapy): a missed dose is a stop, windows run from
the last dose. Denosumab: every 6 months, 28 days of grace (resources/rules.json dosing)."""

import datetime as dt

from caselog.clinical.exposure import courses
from caselog.clinical.rules.engine import load_dosing
from caselog.clinical.therapy import Dosing, horizon, plus_months, treatments
from caselog.core.model import Case, Event
from tests.clinical_cases import case, d, event, med

DMAB = Dosing(6, 28, "test")


def dmab(date: str, action: str = "dose", **more: object) -> Event:
    return med(date, action, drug="denosumab", dose=60.0, **more)


def runs(c: Case, dosing: Dosing | None = DMAB) -> list[tuple[int, str | None, str | None]]:
    """(doses, recorded stop, inferred stop) per treatment of the first course."""
    (course,) = courses(c)
    return [
        (
            t.n_doses,
            t.stop.date.isoformat() if t.stop else None,
            t.missed.isoformat() if t.missed else None,
        )
        for t in treatments(course, dosing, horizon(c))
    ]


def test_the_rule_set_doses_denosumab_every_6_months_with_28_days_grace() -> None:
    dosing = load_dosing()
    assert dosing["denosumab"].interval_months == 6 and dosing["denosumab"].grace_days == 28
    assert "Cummings" in dosing["denosumab"].source and "Tsourdi" in dosing["denosumab"].source
    assert "romosozumab" not in dosing  # its label gives no threshold: courses kept whole


def test_plus_months_keeps_precision_and_clamps_the_day() -> None:
    assert plus_months(d("2023-08-31"), 6) == d("2024-02-29")
    assert plus_months(d("2023-08"), 6) == d("2024-02")
    assert plus_months(d("2023-11-15"), 2) == d("2024-01-15")


def test_a_dose_within_6_months_and_28_days_continues_the_course() -> None:
    # due 2023-07-15; the grace ends 2023-08-12: a dose that day continues the course
    c = case(dmab("2023-01-15", "start"), dmab("2023-08-12"), event("note", "2023-09-01"))
    assert runs(c) == [(2, None, None)]


def test_a_dose_one_day_past_the_grace_starts_a_new_course() -> None:
    c = case(dmab("2023-01-15", "start"), dmab("2023-08-13"))
    assert runs(c) == [(1, None, "2023-07-15"), (1, None, None)]


def test_no_dose_for_more_than_the_threshold_is_a_stop_dated_at_the_missed_dose() -> None:
    doses = [dmab("2022-01-10", "start"), dmab("2022-07-10"), dmab("2023-01-10")]
    later = event("diagnosis", "2023-10-01", name="vertebral fracture")
    assert runs(case(*doses, later)) == [(3, None, "2023-07-10")]
    # a record that ends within the grace says nothing: the course may still be running
    assert runs(case(*doses, event("note", "2023-08-07"))) == [(3, None, None)]
    # a drug with no dosing keeps its course whole
    assert runs(case(*doses, later), None) == [(3, None, None)]


def test_a_recorded_stop_ends_the_last_run_only() -> None:
    c = case(
        dmab("2021-01-05", "start"),
        dmab("2021-07-05"),
        dmab("2022-06-01"),  # eleven months later: the dose due 2022-01-05 was missed
        dmab("2022-09-01", "stop", reason="patient choice"),
    )
    assert runs(c) == [(2, None, "2022-01-05"), (1, "2022-09-01", None)]


def test_coarse_dates_infer_a_missed_dose_only_when_it_is_sure() -> None:
    # 2023-01 may be 31 January: the grace may run to 28 August, so August is not surely late
    assert runs(case(dmab("2023-01", "start"), dmab("2023-08"))) == [(2, None, None)]
    assert runs(case(dmab("2023-01", "start"), dmab("2023-09"))) == [
        (1, None, "2023-07"),
        (1, None, None),
    ]
    # a year-only date: a dose the next year may be six months later; two years on is late
    assert runs(case(dmab("2021", "start"), dmab("2022"))) == [(2, None, None)]
    assert len(runs(case(dmab("2021", "start"), dmab("2023")))) == 2


def test_a_course_recorded_by_start_and_stop_alone_infers_nothing() -> None:
    c = case(dmab("2020-01-01", "start", frequency="every 6 months"), event("note", "2023-01-01"))
    assert runs(c) == [(1, None, None)]
    (course,) = courses(case(dmab("2020-01-01", "start"), dmab("2021-06-01", "stop")))
    (t,) = treatments(course, DMAB, None)
    assert t.window_from == d("2021-06-01")  # its doses may have run up to the stop
    assert t.deadline == dt.date(2021, 12, 29)


def test_brand_and_generic_names_are_one_course() -> None:
    c = case(
        med("2022-01-10", "start", drug="Prolia", dose=60.0),
        med("2022-07-12", "dose", drug="denosumab", dose=60.0),
        med("2023-01-09", "dose", drug="denosumab-bbdz", dose=60.0),
    )
    assert runs(c) == [(3, None, None)]


def test_horizon_is_the_first_possible_day_of_the_last_event() -> None:
    assert horizon(case(dmab("2023-01-15", "start"), event("note", "2024"))) == dt.date(2024, 1, 1)
    assert horizon(case()) is None
