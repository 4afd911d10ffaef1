"""Denosumab discontinuation (issue 16, item 1): a follow-on antiresorptive counts only if
started by the next planned dose + 28 days (6 months + 28 days after the last injection);
a course with no stop event but no dose for longer than that is a stop."""

import datetime as dt

import pytest

from caselog.clinical.findings import Finding
from caselog.clinical.rules import run_rules
from caselog.core.model import Case, Event
from tests.clinical_cases import case, event, med, monthly
from tests.series_cases import rebound_case

RULE = "denosumab.no-followon-antiresorptive"


def fired(c: Case) -> list[Finding]:
    return [f for f in run_rules(c) if f.rule == RULE]


def dmab(
    date: dt.date | str, action: str = "dose", drug: str = "denosumab", **more: object
) -> Event:
    text = date if isinstance(date, str) else date.isoformat()
    if action != "stop":
        more.setdefault("dose", 60.0)
    return med(text, action, drug=drug, **more)


def _series_patient(i: int) -> tuple[Case, Event, Event]:
    """The issue's series: denosumab every 6 months, stopped "discontinued without follow-on
    therapy", vertebral fractures 3 to 4 months later, zoledronate 17 to 20 months after the
    stop."""
    first = dt.date(2019, 3 + i, 4 + i)
    doses = [
        dmab(first + dt.timedelta(days=182 * k), "start" if k == 0 else "dose") for k in range(5)
    ]
    stop_day = first + dt.timedelta(days=182 * 4 + 183)
    stop = dmab(stop_day, "stop", reason="discontinued without follow-on therapy")
    fracture = event(
        "diagnosis", (stop_day + dt.timedelta(days=90 + 10 * i)).isoformat(),
        name="multiple vertebral fractures",
    )  # fmt: skip
    zol = med(
        (stop_day + dt.timedelta(days=int(30.44 * (17 + i)))).isoformat(), "start",
        drug="zoledronate", dose=5.0, role="treatment",
    )  # fmt: skip
    return case(*doses, stop, fracture, zol), stop, zol


@pytest.mark.parametrize("i", range(4))
def test_the_four_patient_series_fires_for_every_patient(i: int) -> None:
    c, stop, zol = _series_patient(i)
    (f,) = fired(c)
    assert f.level == "warning" and f.event_ids == [stop.id]
    assert "stopped" in f.message and "discontinued without follow-on therapy" in f.message
    assert "too late to count" in f.message and "zoledronate start" in f.message
    assert "6 months + 28 days after the last dose" in f.message


@pytest.mark.parametrize("i", range(4))
def test_the_series_without_stop_events_fires_from_the_missed_dose(i: int) -> None:
    (f,) = fired(rebound_case(i))  # the seventh dose never came; zoledronate ~10 months later
    assert "ended by a missed dose" in f.message and "last dose day 910" in f.message
    assert "too late to count" in f.message


def test_a_follow_on_on_the_last_day_of_the_window_counts_and_a_day_later_does_not() -> None:
    doses = [dmab("2022-01-15", "start"), dmab("2022-07-15")]
    stop = dmab("2022-08-01", "stop")
    # the next dose was due 2023-01-15; 28 days of grace end 2023-02-12
    on_time = med("2023-02-12", "start", drug="Reclast", dose=5.0)
    assert fired(case(*doses, stop, on_time)) == []
    late = med("2023-02-13", "start", drug="Reclast", dose=5.0)
    (f,) = fired(case(*doses, stop, late))
    assert "(day 393, 6 months + 28 days after the last dose)" in f.message  # 2023-02-12
    assert "day 394, medication Reclast start" in f.message and "came 7 months after" in f.message


def test_a_follow_on_before_the_stop_is_recorded_still_counts_from_the_last_dose() -> None:
    doses = [dmab("2022-01-15", "start"), dmab("2022-07-15")]
    zol = med("2023-01-20", "start", drug="zoledronic acid", dose=5.0)
    stop = dmab("2023-03-01", "stop", reason="switched")
    assert fired(case(*doses, zol, stop)) == []


def test_a_stop_recorded_long_after_the_last_dose_is_measured_from_the_dose() -> None:
    doses = [dmab("2021-01-15", "start"), dmab("2021-07-15")]
    stop = dmab("2022-09-01", "stop", reason="noticed at review")
    alendronate = med("2022-09-15", "start", drug="Fosamax", dose=70.0)
    (f,) = fired(case(*doses, stop, alendronate))
    assert "too late to count" in f.message and "Fosamax start" in f.message


def test_a_course_with_no_stop_but_no_dose_for_over_7_months_is_a_stop() -> None:
    doses = [dmab("2022-01-15", "start"), dmab("2022-07-15")]
    fracture = event("diagnosis", "2023-04-01", name="L1 vertebral fracture")
    (f,) = fired(case(*doses, fracture))
    assert "ended by a missed dose" in f.message and f.event_ids == [doses[1].id]


def test_silent_while_the_record_may_still_be_within_the_interval() -> None:
    doses = [dmab("2022-01-15", "start"), dmab("2022-07-15")]
    assert fired(case(*doses, event("note", "2023-02-10", text="review"))) == []
    assert fired(case(*doses)) == []


def test_denosumab_resumed_in_time_after_a_stop_counts_as_follow_on() -> None:
    first = [dmab("2022-01-15", "start", drug="Prolia"), dmab("2022-07-15", drug="Prolia")]
    stop = dmab("2022-08-01", "stop", drug="Prolia", reason="dental work")
    again = dmab("2023-01-30", "start", drug="denosumab-bbdz")
    assert fired(case(*first, stop, again)) == []


def test_denosumab_resumed_late_is_a_gap_and_fires_for_the_first_course() -> None:
    first = [dmab("2022-01-15", "start"), dmab("2022-07-15")]
    again = [dmab("2023-06-01"), dmab("2023-12-01")]
    (f,) = fired(case(*first, *again))
    assert "ended by a missed dose" in f.message and f.event_ids == [first[1].id]


def test_teriparatide_in_the_window_is_no_antiresorptive() -> None:
    doses = [dmab("2022-01-15", "start"), dmab("2022-07-15")]
    teri = med("2022-12-01", "start", drug="Forteo", dose=20.0, dose_unit="mcg")
    assert len(fired(case(*doses, teri, event("note", "2023-06-01")))) == 1


def test_a_follow_on_known_only_to_the_month_counts_if_it_may_lie_in_the_window() -> None:
    doses = [dmab("2022-01-15", "start"), dmab("2022-07-15")]
    stop = dmab("2022-08-01", "stop")
    assert fired(case(*doses, stop, med("2023-02", "start", drug="zoledronate", dose=5.0))) == []
    assert (
        len(fired(case(*doses, stop, med("2023-03", "start", drug="zoledronate", dose=5.0)))) == 1
    )


# ---------------------------------------------------------------- romosozumab's own window

ROMO = "romosozumab.no-followon-antiresorptive"


@pytest.mark.parametrize(("start", "silent"), [("2024-11-27", True), ("2024-11-28", False)])
def test_romosozumab_follow_on_counts_within_12_months_of_the_last_dose(
    start: str, silent: bool
) -> None:
    doses = monthly("2023-01-01", 12)  # the last on 2023-11-27
    zol = med(start, "start", drug="Aclasta", dose=5.0, dose_unit="mg")
    found = [f for f in run_rules(case(*doses, zol)) if f.rule == ROMO]
    assert (found == []) is silent
    if not silent:
        assert "within 12 months of the last dose" in found[0].message
        assert "Aclasta start" in found[0].message and "too late" in found[0].message
