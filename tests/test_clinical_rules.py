"""Every label rule: where it must fire, and where it must stay silent."""

from caselog.clinical.findings import Finding
from caselog.clinical.rules import load_rules, run_rules
from caselog.core.model import Case, HistoryItem, Kidney, Patient
from tests.clinical_cases import calcium, case, d, event, med, monthly, symptom


def fired(c: Case, rule: str) -> list[Finding]:
    return [f for f in run_rules(c) if f.rule == rule]


def test_rule_set_loads_with_stable_ids_levels_and_sources() -> None:
    rules = load_rules()
    assert {r.id for r in rules} == {
        "romosozumab.max-doses",
        "romosozumab.dose-interval",
        "romosozumab.recent-mi-stroke",
        "romosozumab.mi-stroke-on-treatment",
        "romosozumab.hypocalcaemia-before-dose",
        "romosozumab.calcium-monitoring",
        "romosozumab.no-followon-antiresorptive",
        "denosumab.no-followon-antiresorptive",
        "romosozumab.dose-after-hypersensitivity",
        "denosumab.dose-after-hypersensitivity",
        "romosozumab.dose-after-onj",
        "denosumab.dose-after-onj",
        "romosozumab.dose-after-atypical-femoral-fracture",
        "denosumab.dose-after-atypical-femoral-fracture",
    }
    assert all(r.source and r.level in ("warning", "info") for r in rules)


def test_no_rule_fires_on_a_case_without_the_drugs() -> None:
    c = case(med("2024-01-01", "start", drug="amlodipine", dose=5.0), symptom("2024-02-01"))
    assert run_rules(c) == []
    assert run_rules(case()) == []


# ---------------------------------------------------------------- max doses


def test_max_doses_fires_on_the_13th_dose() -> None:
    doses = monthly("2023-01-01", 13)
    (f,) = fired(case(*doses), "romosozumab.max-doses")
    assert f.level == "warning"
    assert f.event_ids == [doses[12].id]
    assert "13 doses" in f.message and "day 360" in f.message and "event " not in f.message
    assert "EVENITY" in f.source


def test_max_doses_silent_at_12_and_counts_same_day_syringes_once() -> None:
    assert fired(case(*monthly("2023-01-01", 12)), "romosozumab.max-doses") == []
    doses = monthly("2023-01-01", 12)
    halves = [med(e.date.isoformat(), "dose", dose=105.0) for e in doses]
    assert fired(case(*doses, *halves), "romosozumab.max-doses") == []


def test_max_doses_counts_across_courses_and_brand_names() -> None:
    first = monthly("2022-01-01", 8)
    stop = med("2022-08-15", "stop")
    second = [
        med(f"2023-0{m}-01", "start" if m == 1 else "dose", drug="Evenity") for m in range(1, 6)
    ]
    (f,) = fired(case(*first, stop, *second), "romosozumab.max-doses")
    assert f.event_ids == [second[4].id]


# ---------------------------------------------------------------- dose interval


def test_doses_less_than_25_days_apart_fire() -> None:
    a, b = med("2024-01-01", "start"), med("2024-01-20", "dose")
    (f,) = fired(case(a, b), "romosozumab.dose-interval")
    assert f.event_ids == [a.id, b.id] and "19 days apart" in f.message


def test_monthly_doses_and_coarse_dates_are_silent() -> None:
    assert fired(case(*monthly("2024-01-01", 6, gap_days=28)), "romosozumab.dose-interval") == []
    assert (
        fired(
            case(med("2024-01-01", "start"), med("2024-01-26", "dose")), "romosozumab.dose-interval"
        )
        == []
    )
    coarse = case(med("2024-01", "start"), med("2024-01", "dose"))
    assert fired(coarse, "romosozumab.dose-interval") == []


# ---------------------------------------------------------------- MI / stroke


def _with_history(*items: HistoryItem) -> Patient:
    return Patient(sex="female", age=72, history=list(items))


def test_mi_within_a_year_before_the_first_dose_warns() -> None:
    mi = event("diagnosis", "2023-09-01", name="Acute myocardial infarction (NSTEMI)")
    first = med("2024-03-01", "start")
    (f,) = fired(case(mi, first), "romosozumab.recent-mi-stroke")
    assert f.level == "warning" and f.event_ids == [mi.id, first.id]
    assert "within 365 days" in f.message


def test_stroke_in_history_within_a_year_warns_even_known_to_the_month() -> None:
    p = _with_history(HistoryItem("ischaemic stroke", d("2023-04")))
    (f,) = fired(case(med("2024-03-01", "start"), patient=p), "romosozumab.recent-mi-stroke")
    assert f.level == "warning" and "known only to the month" in f.message


def test_older_mi_or_stroke_is_information_under_the_eu_label() -> None:
    p = _with_history(HistoryItem("old MI", d("2015")), HistoryItem("CVA", None))
    found = fired(case(med("2024-03-01", "start"), patient=p), "romosozumab.recent-mi-stroke")
    assert [f.level for f in found] == ["info", "info"]
    assert "EU label" in found[0].message and "date not recorded" in found[1].message


def test_mi_stroke_rule_silent_where_it_must_be() -> None:
    c = case(
        event("diagnosis", "2023-09-01", name="myocardial infarction", status="ruled_out"),
        event("diagnosis", "2023-10-01", name="heat stroke"),
        event("diagnosis", "2023-11-01", name="transient ischaemic attack"),
        event("diagnosis", "2023-12-01", name="mild cognitive impairment"),
        med("2024-03-01", "start"),
        event("diagnosis", "2024-05-01", name="stroke"),  # after the first dose
        patient=_with_history(HistoryItem("sunstroke", d("2023-07"))),
    )
    assert fired(c, "romosozumab.recent-mi-stroke") == []


def test_a_dose_after_an_mi_or_stroke_on_treatment_warns() -> None:
    doses = monthly("2024-01-01", 4)
    stroke = event("diagnosis", "2024-02-10", name="Ischemic stroke")
    (f,) = fired(case(*doses, stroke), "romosozumab.mi-stroke-on-treatment")
    assert f.level == "warning" and f.event_ids == [stroke.id, doses[2].id]
    assert "stop romosozumab" in f.message


def test_mi_or_stroke_on_treatment_followed_by_a_stop_is_silent() -> None:
    doses = monthly("2024-01-01", 2)
    c = case(*doses, event("diagnosis", "2024-02-10", name="STEMI"), med("2024-02-12", "stop"))
    assert fired(c, "romosozumab.mi-stroke-on-treatment") == []
    ruled_out = event("diagnosis", "2024-01-10", name="stroke", status="ruled_out")
    assert (
        fired(case(*monthly("2024-01-01", 3), ruled_out), "romosozumab.mi-stroke-on-treatment")
        == []
    )


# ---------------------------------------------------------------- hypocalcaemia before a dose


def test_low_calcium_as_the_latest_result_before_a_dose_warns() -> None:
    low = calcium("2024-01-29", 8.1)
    dose = med("2024-02-01", "dose")
    (f,) = fired(
        case(med("2024-01-01", "start"), low, dose), "romosozumab.hypocalcaemia-before-dose"
    )
    assert f.event_ids == [low.id, dose.id] and "Calcium 8.1 mg/dL" in f.message


def test_catalogue_range_applies_when_the_result_has_none() -> None:
    low = calcium("2024-01-29", 1.9, unit="mmol/L", ref_low=None, ref_high=None)
    c = case(med("2024-01-01", "start"), low, med("2024-02-01", "dose"))
    assert len(fired(c, "romosozumab.hypocalcaemia-before-dose")) == 1


def test_corrected_low_calcium_later_or_corrected_calcium_normal_is_silent() -> None:
    c = case(
        calcium("2023-12-20", 8.0),
        calcium("2023-12-30", 9.0),  # corrected before the start
        med("2024-01-01", "start"),
        calcium("2024-01-29", 8.0),
        event("lab", "2024-01-29", test="Corrected calcium", value=2.3, unit="mmol/L"),
        med("2024-02-01", "dose"),
        calcium("2024-02-10", 7.9),  # low after the last dose: no dose follows it
    )
    assert fired(c, "romosozumab.hypocalcaemia-before-dose") == []


# ---------------------------------------------------------------- calcium monitoring


def test_dialysis_without_calcium_near_a_dose_warns_naming_the_doses() -> None:
    doses = monthly("2024-01-01", 3)
    c = case(
        calcium("2023-12-28", 9.0), calcium("2024-01-30", 9.1), *doses, dialysis="hemodialysis"
    )
    (f,) = fired(c, "romosozumab.calcium-monitoring")
    assert f.event_ids == [doses[2].id]
    assert "hemodialysis" in f.message


def test_low_egfr_triggers_calcium_monitoring() -> None:
    egfr = event("lab", "2023-12-01", test="eGFR", value=24.0, unit="mL/min/1.73 m2")
    c = case(egfr, med("2024-01-01", "start"))
    (f,) = fired(c, "romosozumab.calcium-monitoring")
    assert "eGFR 24" in f.message


def test_calcium_monitoring_silent_when_monitored_or_not_at_risk() -> None:
    doses = monthly("2024-01-01", 3)
    labs = [calcium(e.date.shifted(-10).isoformat(), 9.0) for e in doses]
    assert fired(case(*labs, *doses, dialysis="peritoneal"), "romosozumab.calcium-monitoring") == []
    egfr = event("lab", "2023-12-01", test="eGFR", value=45.0, unit="mL/min/1.73 m2")
    assert fired(case(egfr, *monthly("2024-01-01", 3)), "romosozumab.calcium-monitoring") == []
    started_later = Patient(
        sex="female", age=70, kidney=Kidney(dialysis="hemodialysis", dialysis_since=d("2025-01"))
    )
    assert (
        fired(
            case(*monthly("2024-01-01", 3), patient=started_later), "romosozumab.calcium-monitoring"
        )
        == []
    )


# ---------------------------------------------------------------- follow-on antiresorptive


def test_completed_course_without_antiresorptive_warns() -> None:
    doses = monthly("2023-01-01", 12)
    (f,) = fired(case(*doses), "romosozumab.no-followon-antiresorptive")
    assert f.level == "warning" and f.event_ids == [doses[11].id] and "completed" in f.message


def test_stop_without_antiresorptive_warns_unless_stopped_for_a_reaction() -> None:
    stop = med("2023-04-01", "stop", reason="patient preference")
    (f,) = fired(case(*monthly("2023-01-01", 3), stop), "romosozumab.no-followon-antiresorptive")
    assert f.level == "warning" and f.event_ids == [stop.id]
    adr = med("2023-04-01", "stop", reason="suspected adverse reaction")
    (g,) = fired(case(*monthly("2023-01-01", 3), adr), "romosozumab.no-followon-antiresorptive")
    assert g.level == "info" and "adverse reaction" in g.message


def test_followon_antiresorptive_silences_the_rule_by_brand_too() -> None:
    c = case(*monthly("2023-01-01", 12), med("2024-01-15", "start", drug="Prolia", dose=60.0))
    assert fired(c, "romosozumab.no-followon-antiresorptive") == []
    ongoing = case(*monthly("2023-01-01", 5))
    assert fired(ongoing, "romosozumab.no-followon-antiresorptive") == []
    before_only = case(
        med("2022-01-01", "start", drug="alendronate", dose=70.0),
        med("2022-12-01", "stop", drug="alendronate"),
        *monthly("2023-01-01", 12),
    )
    assert len(fired(before_only, "romosozumab.no-followon-antiresorptive")) == 1


def test_denosumab_stopped_without_antiresorptive_warns_even_for_a_reaction() -> None:
    start = med("2022-01-01", "start", drug="denosumab", dose=60.0)
    stop = med("2023-01-01", "stop", drug="denosumab", reason="adverse reaction")
    (f,) = fired(case(start, stop), "denosumab.no-followon-antiresorptive")
    assert f.level == "warning" and "vertebral fractures" in f.message
    zol = med("2023-02-01", "start", drug="zoledronic acid", dose=5.0)
    assert fired(case(start, stop, zol), "denosumab.no-followon-antiresorptive") == []
    assert fired(case(start), "denosumab.no-followon-antiresorptive") == []
    # teriparatide is not an antiresorptive
    teri = med("2023-02-01", "start", drug="teriparatide", dose=20.0, dose_unit="mcg")
    assert len(fired(case(start, stop, teri), "denosumab.no-followon-antiresorptive")) == 1


def test_messages_name_events_relative_to_the_index_never_by_calendar_date() -> None:
    doses = monthly("2023-01-01", 13)
    for f in run_rules(case(*doses, dialysis="hemodialysis")):
        assert "2023" not in f.message and "2024" not in f.message


def test_one_finding_per_low_result_naming_every_dose_it_preceded() -> None:
    low = calcium("2023-12-30", 8.0)
    doses = monthly("2024-01-01", 6)
    (f,) = fired(case(low, *doses), "romosozumab.hypocalcaemia-before-dose")
    assert f.event_ids == [low.id, *(e.id for e in doses)]
    assert "6 dose(s)" in f.message and "and 2 more" in f.message
