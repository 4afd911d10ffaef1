"""Courses and lab panels: several events as one write, one transaction, one Change."""

from __future__ import annotations

import pytest

from caselog.clinical.course_plan import CoursePlan, parse_schedule, plan_of
from caselog.clinical.exposure import courses
from caselog.core.dates import PartialDate
from caselog.core.model import Event
from caselog.store import services
from caselog.store.changes import Part
from caselog.store.engine import Store
from tests.store.factory import minimal_case

D = PartialDate.parse


def _case(store: Store) -> int:
    change = services.create_case(minimal_case(), store=store)
    assert change.case.id is not None
    return change.case.id


def romo(**kw: object) -> CoursePlan:
    base: dict[str, object] = dict(
        drug="romosozumab", first=D("2024-03-04"), schedule=parse_schedule("monthly"),
        n_doses=3, dose=210.0, dose_unit="mg", route="subcutaneous", role="suspect",
    )  # fmt: skip
    base.update(kw)
    return CoursePlan(**base)  # type: ignore[arg-type]


def meds(store: Store, case_id: int) -> list[tuple[str, str | None, float | None]]:
    case = services.get_case(case_id, store=store)
    return [(str(e.date), e.action, e.dose) for e in case.timeline() if e.kind == "medication"]


def test_a_course_writes_its_start_and_doses_in_one_change(store: Store) -> None:
    case_id = _case(store)
    change = services.save_course(case_id, romo(), store=store)
    assert Part.TIMELINE in change.parts and Part.INDEX_DATE in change.parts
    assert meds(store, case_id) == [
        ("2024-03-04", "start", 210.0),
        ("2024-04-04", "dose", 210.0),
        ("2024-05-04", "dose", 210.0),
    ]
    assert change.event.action == "start"
    case = services.get_case(case_id, store=store)
    [course] = courses(case)
    assert course.n_doses == 3 and course.cumulative.amount == 630
    assert case.effective_index_date() == D("2024-03-04")


def test_editing_the_course_rewrites_its_events_and_a_stop_takes_its_reason(
    store: Store,
) -> None:
    case_id = _case(store)
    services.save_course(case_id, romo(), store=store)
    case = services.get_case(case_id, store=store)
    plan = plan_of(courses(case)[0])
    assert (plan.n_doses, plan.schedule and plan.schedule.text, plan.role) == (
        3,
        "monthly",
        "suspect",
    )
    edited = CoursePlan(**{**vars(plan), "n_doses": 4, "stop": D("2024-07-01"),
                           "stop_reason": "suspected adverse reaction"})  # fmt: skip
    services.save_course(case_id, edited, store=store)
    assert meds(store, case_id) == [
        ("2024-03-04", "start", 210.0),
        ("2024-04-04", "dose", 210.0),
        ("2024-05-04", "dose", 210.0),
        ("2024-06-04", "dose", 210.0),
        ("2024-07-01", "stop", None),
    ]
    case = services.get_case(case_id, store=store)
    [course] = courses(case)
    assert course.stop is not None and course.stop.reason == "suspected adverse reaction"
    # the note the case began with is untouched
    assert [e.kind for e in case.events].count("note") == 1
    # and the interval too
    again = CoursePlan(
        **{**vars(plan_of(course)), "schedule": parse_schedule("every 2 months"), "n_doses": 2}
    )
    services.save_course(case_id, again, store=store)
    assert meds(store, case_id) == [
        ("2024-03-04", "start", 210.0),
        ("2024-05-04", "dose", 210.0),
        ("2024-07-01", "stop", None),
    ]


def test_a_bad_course_changes_nothing(store: Store) -> None:
    case_id = _case(store)
    services.save_course(case_id, romo(), store=store)
    before = services.get_case(case_id, store=store)
    plan = plan_of(courses(before)[0])
    bad = CoursePlan(**{**vars(plan), "stop": D("2024-04-01")})  # before the last dose
    with pytest.raises(services.EntryError) as info:
        services.save_course(case_id, bad, store=store)
    assert info.value.field == "stop" and "before the last dose" in str(info.value)
    with pytest.raises(services.EntryError, match="dose"):
        services.save_course(case_id, romo(dose=-5.0), store=store)
    assert services.get_case(case_id, store=store).events == before.events


def test_a_lab_panel_is_one_write_and_all_or_nothing(store: Store) -> None:
    case_id = _case(store)
    day = D("2024-06-04")
    results = [
        Event(kind="lab", date=day, test="Calcium", value=8.3, unit="mg/dL",
              ref_low=8.5, ref_high=10.5, loinc="17861-6"),
        Event(kind="lab", date=day, test="Alkaline phosphatase", value=412, unit="U/L"),
    ]  # fmt: skip
    change = services.add_lab_panel(case_id, results, store=store)
    labs = [e for e in change.after.events if e.kind == "lab"]  # type: ignore[union-attr]
    assert [(e.test, e.value) for e in labs] == [("Calcium", 8.3), ("Alkaline phosphatase", 412)]
    bad = [*results, Event(kind="lab", date=day, test="Phosphate")]  # no value nor text
    with pytest.raises(services.EntryError) as info:
        services.add_lab_panel(case_id, bad, store=store)
    assert info.value.row == 2
    mixed = [results[0], Event(kind="lab", date=D("2024-06-05"), test="ALP", value=1)]
    with pytest.raises(services.EntryError, match="one date"):
        services.add_lab_panel(case_id, mixed, store=store)
    assert len([e for e in services.get_case(case_id, store=store).events if e.kind == "lab"]) == 2


@pytest.mark.parametrize(
    ("gap_dates", "schedule"),
    [
        (("2024-03-04", "2024-04-01", "2024-05-02"), "monthly"),  # the example's dates
        (("2024-01-01", "2024-01-08"), "weekly"),
        (("2024-01-01", "2024-01-15"), "every 2 weeks"),
        (("2024-01-01", "2024-07-01"), "every 6 months"),
        (("2024-01-01", "2024-01-02"), "daily"),
        (("2024-01-01", "2025-01-01"), "yearly"),
    ],
)
def test_a_course_without_a_frequency_reads_its_schedule_off_the_dose_dates(
    gap_dates: tuple[str, ...], schedule: str
) -> None:
    from caselog.core.model import Case, Patient

    events = [
        Event(kind="medication", date=D(d), drug="romosozumab",
              action="start" if i == 0 else "dose", dose=210, dose_unit="mg")
        for i, d in enumerate(gap_dates)
    ]  # fmt: skip
    plan = plan_of(courses(Case(title="t", patient=Patient(sex="female"), events=events))[0])
    assert plan.schedule is not None and plan.schedule.text == schedule
    assert plan.n_doses == len(gap_dates)


def test_recorded_dose_dates_are_kept_while_the_schedule_stays() -> None:
    from caselog.core.model import Case, Patient

    dates = ("2024-03-04", "2024-04-01", "2024-05-02")  # a month is not always 30 days
    events = [
        Event(kind="medication", date=D(d), drug="romosozumab",
              action="start" if i == 0 else "dose", dose=210, dose_unit="mg")
        for i, d in enumerate(dates)
    ]  # fmt: skip
    plan = plan_of(courses(Case(title="t", patient=Patient(sex="female"), events=events))[0])
    more = CoursePlan(**{**vars(plan), "n_doses": 4})
    assert [str(d) for d in more.dose_dates()] == [*dates, "2024-06-02"]
    fewer = CoursePlan(**{**vars(plan), "n_doses": 2})
    assert [str(d) for d in fewer.dose_dates()] == list(dates[:2])
    # a new interval re-spaces every dose from the first
    spaced = CoursePlan(**{**vars(plan), "schedule": parse_schedule("every 2 months")})
    assert [str(d) for d in spaced.dose_dates()] == ["2024-03-04", "2024-05-04", "2024-07-04"]
