"""The label rules of issue 16 (items 2 and 3): hypersensitivity, osteonecrosis of the jaw,
atypical femoral fracture, and MI or stroke at every course start; each where it must fire
and where it must not, by brand and generic name."""

import pytest

from caselog.clinical.findings import Finding
from caselog.clinical.rules import load_rules, run_rules
from caselog.core.model import Assessment, Case, Event, HistoryItem, Patient
from tests.clinical_cases import case, d, event, med, monthly


def fired(c: Case, rule: str) -> list[Finding]:
    return [f for f in run_rules(c) if f.rule == rule]


def _history(*items: HistoryItem) -> Patient:
    return Patient(sex="female", age=72, history=list(items))


def dmab(date: str, action: str = "dose", drug: str = "denosumab") -> Event:
    return med(date, action, drug=drug, dose=60.0)


def test_every_new_rule_cites_us_and_eu_labels() -> None:
    by_id = {r.id: r for r in load_rules()}
    for drug, label in (("romosozumab", "EVENITY"), ("denosumab", "PROLIA")):
        for what in ("dose-after-hypersensitivity", "dose-after-onj",
                     "dose-after-atypical-femoral-fracture"):  # fmt: skip
            rule = by_id[f"{drug}.{what}"]
            assert label in rule.source and "US Prescribing Information" in rule.source
            assert "EU SmPC" in rule.source and rule.level == "warning"


# ---------------------------------------------------------------- hypersensitivity

HS = "romosozumab.dose-after-hypersensitivity"


def test_a_dose_after_a_confirmed_angioedema_to_romosozumab_fires() -> None:
    doses = monthly("2024-01-01", 3)
    angio = event("diagnosis", "2024-01-02", name="angioedema after romosozumab")
    (f,) = fired(case(*doses, angio), HS)
    assert f.level == "warning" and f.event_ids == [angio.id, doses[1].id]
    assert "2 dose(s) after it" in f.message
    assert "US Prescribing Information 4" in f.message and "EU SmPC 4.3" in f.message
    assert "systemic hypersensitivity" in f.message  # the US wording
    assert "active substance or an excipient" in f.message  # the EU wording


def test_hypersensitivity_by_brand_name_and_as_a_symptom() -> None:
    doses = monthly("2024-01-01", 2)
    ana = event("symptom", "2024-01-01", name="anaphylaxis to Evenity")
    # the reaction on the day of the first dose: the second dose is after it
    (f,) = fired(case(*doses, ana), HS)
    assert f.event_ids == [ana.id, doses[1].id]


def test_undated_history_of_hypersensitivity_makes_every_dose_one() -> None:
    p = _history(HistoryItem("allergy to Prolia (urticaria)"))
    (f,) = fired(
        case(dmab("2024-01-01", "start"), patient=p), "denosumab.dose-after-hypersensitivity"
    )
    assert "date not recorded" in f.message and "1 dose(s)" in f.message


def test_the_case_s_own_hypersensitivity_reaction_to_the_suspect_counts() -> None:
    doses = monthly("2024-01-01", 3)
    c = case(*doses)
    c.assessment = Assessment("angioedema of the lips", onset_date=d("2024-01-03"))
    (f,) = fired(c, HS)
    assert "the reaction under assessment" in f.message and f.event_ids == [doses[1].id]


def test_hypersensitivity_silent_where_it_must_be() -> None:
    doses = monthly("2024-01-01", 3)
    cases = [
        # to another drug
        case(*doses, event("diagnosis", "2024-01-02", name="angioedema to lisinopril")),
        # ruled out
        case(
            *doses,
            event(
                "diagnosis", "2024-01-02", name="romosozumab hypersensitivity", status="ruled_out"
            ),
        ),  # fmt: skip
        # after the last dose
        case(*doses, event("diagnosis", "2024-03-15", name="urticaria after romosozumab")),
        # a rash is not named by the labels as hypersensitivity on its own
        case(*doses, event("symptom", "2024-01-02", name="rash after romosozumab")),
        # negated
        case(*doses, patient=_history(HistoryItem("no known allergy to romosozumab"))),
    ]
    for c in cases:
        assert fired(c, HS) == []
    other = case(*doses)
    other.assessment = Assessment("angioedema", onset_date=d("2024-01-03"))
    other.events[0].role = "concomitant"
    other.events.append(med("2023-12-20", "start", drug="lisinopril", dose=10.0, role="suspect"))
    assert fired(other, HS) == []  # the case's reaction is to another suspect drug


# ---------------------------------------------------------------- ONJ and AFF


@pytest.mark.parametrize(
    ("rule", "name"),
    [
        ("romosozumab.dose-after-onj", "osteonecrosis of the jaw"),
        ("romosozumab.dose-after-onj", "MRONJ of the left mandible"),
        ("romosozumab.dose-after-atypical-femoral-fracture", "atypical femoral fracture, right"),
        ("romosozumab.dose-after-atypical-femoral-fracture", "atypical subtrochanteric fracture"),
    ],
)
def test_a_dose_after_onj_or_aff_on_romosozumab_fires(rule: str, name: str) -> None:
    doses = monthly("2024-01-01", 4)
    dx = event("diagnosis", "2024-02-10", name=name)
    (f,) = fired(case(*doses, dx), rule)
    assert f.event_ids == [dx.id, doses[2].id]
    assert "benefit-risk" in f.message and "EU SmPC" in f.message


def test_onj_after_a_stop_then_a_new_denosumab_course_by_brand_fires() -> None:
    c = case(
        dmab("2022-01-10", "start"),
        dmab("2022-07-10"),
        med("2022-09-01", "stop", drug="denosumab"),
        event("diagnosis", "2022-10-01", name="ONJ", status="suspected"),
        dmab("2023-01-10", "start", drug="Xgeva"),
    )
    (f,) = fired(c, "denosumab.dose-after-onj")
    assert "after diagnosis of ONJ (suspected) at day 264" in f.message
    assert "Xgeva start" in f.message


def test_onj_and_aff_silent_where_they_must_be() -> None:
    doses = monthly("2024-01-01", 3)
    silent = [
        # before the first dose (a history from a bisphosphonate): no label rule
        case(event("diagnosis", "2023-06-01", name="osteonecrosis of the jaw"), *doses),
        # after the last dose
        case(*doses, event("diagnosis", "2024-04-01", name="atypical femoral fracture")),
        # ruled out, or only a risk
        case(*doses, event("diagnosis", "2024-01-10", name="ONJ", status="ruled_out")),
        case(*doses, event("diagnosis", "2024-01-10", name="risk of ONJ discussed")),
        # an ordinary femoral neck fracture is not atypical
        case(*doses, event("diagnosis", "2024-01-10", name="femoral neck fracture")),
    ]
    for c in silent:
        assert fired(c, "romosozumab.dose-after-onj") == []
        assert fired(c, "romosozumab.dose-after-atypical-femoral-fracture") == []


# ---------------------------------------------------------------- MI or stroke

MI = "romosozumab.recent-mi-stroke"


def test_a_second_course_within_a_year_of_an_mi_fires() -> None:
    first = [*monthly("2022-01-01", 3), med("2022-03-15", "stop")]
    mi = event("diagnosis", "2022-06-01", name="NSTEMI")
    second = monthly("2023-01-10", 2, drug="Evenity")
    (f,) = fired(case(*first, mi, *second), MI)
    assert f.level == "warning" and f.event_ids == [mi.id, second[0].id]
    assert "course 2 of 2" in f.message and "2 dose(s) of it within the 365 days" in f.message
    assert "US boxed warning" in f.message and "EU label contraindicates" in f.message
    # the MI fell between the courses: not "on treatment"
    assert fired(case(*first, mi, *second), "romosozumab.mi-stroke-on-treatment") == []


def test_an_mi_during_a_course_then_a_restart_fires_both_rules_where_due() -> None:
    doses = monthly("2023-01-01", 4)
    mi = event("diagnosis", "2023-02-10", name="acute myocardial infarction")
    restart = monthly("2023-09-01", 1)
    c = case(*doses, mi, med("2023-04-15", "stop"), *restart)
    (on) = fired(c, "romosozumab.mi-stroke-on-treatment")
    assert [f.event_ids for f in on] == [[mi.id, doses[2].id]]
    (before,) = fired(c, MI)
    assert before.event_ids == [mi.id, restart[0].id]


def test_a_course_more_than_a_year_after_is_information_once() -> None:
    mi = event("diagnosis", "2020-01-01", name="STEMI")
    c = case(mi, *monthly("2022-01-01", 2), med("2022-03-01", "stop"), *monthly("2023-01-01", 2))
    (f,) = fired(c, MI)
    assert f.level == "info" and "course 1 of 2" in f.message


@pytest.mark.parametrize(
    "name",
    [
        "subarachnoid haemorrhage",
        "aneurysmal subarachnoid hemorrhage",
        "non-traumatic subarachnoid haemorrhage",
        "SAH",
        "haemorrhagic stroke",
        "intracerebral hemorrhage",
        "lacunar infarct",
        "ischemic stroke",
    ],
)
def test_every_kind_of_stroke_counts(name: str) -> None:
    dx = event("diagnosis", "2023-10-01", name=name)
    (f,) = fired(case(dx, med("2024-03-01", "start")), MI)
    assert f.level == "warning"


@pytest.mark.parametrize(
    "name",
    [
        "transient ischaemic attack",
        "TIA",
        "traumatic subarachnoid haemorrhage",
        "post-traumatic SAH",
        "heat stroke",
    ],
)
def test_not_strokes(name: str) -> None:
    assert (
        fired(case(event("diagnosis", "2023-10-01", name=name), med("2024-03-01", "start")), MI)
        == []
    )


def test_a_coarse_mi_date_that_may_lie_within_the_year_warns_at_each_start() -> None:
    p = _history(HistoryItem("myocardial infarction", d("2023")))
    c = case(*monthly("2024-01-10", 2), med("2024-03-01", "stop"), *monthly("2024-06-01", 1),
             patient=p)  # fmt: skip
    found = fired(c, MI)
    assert [f.level for f in found] == ["warning", "warning"]
    assert all("known only to the year" in f.message for f in found)


# ---------------------------------------------------------------- boundaries


def test_a_reaction_on_the_day_of_a_dose_is_after_that_dose_not_before_it() -> None:
    doses = monthly("2024-01-01", 3)
    same_day = event("diagnosis", "2024-01-31", name="anaphylaxis (romosozumab)")  # dose 2
    (f,) = fired(case(*doses, same_day), HS)
    assert f.event_ids == [same_day.id, doses[2].id] and "1 dose(s) after it" in f.message


def test_a_reaction_known_only_to_the_month_counts_doses_surely_after_it() -> None:
    doses = monthly("2024-01-01", 4)  # 01-01, 01-31, 03-01, 03-31
    coarse = event("diagnosis", "2024-01", name="urticaria to romosozumab")
    (f,) = fired(case(*doses, coarse), HS)
    assert "known only to the month" in f.message and f.event_ids == [coarse.id, doses[2].id]


@pytest.mark.parametrize(("gap", "level"), [(365, "warning"), (366, "info")])
def test_the_year_before_a_second_course_is_365_days(gap: int, level: str) -> None:
    first = [*monthly("2020-01-01", 2), med("2020-02-15", "stop")]
    mi = event("diagnosis", "2021-01-01", name="myocardial infarction")
    start = mi.date.shifted(gap).isoformat()
    (f,) = fired(case(*first, mi, med(start, "start", drug="EVENITY")), MI)
    assert f.level == level


def test_aff_known_only_to_the_month_counts_doses_surely_after_it() -> None:
    doses = monthly("2024-01-01", 4)
    aff = event("diagnosis", "2024-01", name="atypical femur fracture")
    (f,) = fired(case(*doses, aff), "romosozumab.dose-after-atypical-femoral-fracture")
    assert f.event_ids == [aff.id, doses[2].id]
