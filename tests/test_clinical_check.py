from caselog.clinical import check_case, format_findings
from caselog.clinical.findings import Finding
from caselog.core.model import Assessment
from tests.clinical_cases import calcium, case, event, med, monthly, symptom


def test_warnings_come_first_then_information_then_care_gaps() -> None:
    c = case(*monthly("2023-01-01", 13), med("2024-01-10", "stop", reason="adverse reaction"))
    levels = [f.level for f in check_case(c)]
    assert levels == sorted(levels, key=("warning", "info", "missing").index)
    assert levels[0] == "warning" and levels[-1] == "missing"


def test_implausible_lab_values_are_warnings() -> None:
    bad = calcium("2024-01-05", 80.0)
    found = [
        f for f in check_case(case(med("2024-01-01", "start"), bad)) if f.rule == "lab.implausible"
    ]
    assert [f.event_ids for f in found] == [[bad.id]]
    assert found[0].level == "warning" and "day 4" in found[0].message


def test_naranjo_answers_the_timeline_contradicts_are_information() -> None:
    c = case(med("2024-01-01", "start"), pain := symptom("2024-02-01"))
    c.assessment = Assessment(reaction="pain", naranjo={"after_drug": "no"})
    (f,) = [f for f in check_case(c) if f.rule.startswith("naranjo.")]
    assert f.rule == "naranjo.after_drug" and f.level == "info"
    assert f.field == "assessment.naranjo.after_drug" and pain.id in f.event_ids
    c.assessment.naranjo["after_drug"] = "yes"
    assert not [f for f in check_case(c) if f.rule.startswith("naranjo.")]


def test_format_is_one_line_per_finding_without_stray_tabs() -> None:
    text = format_findings(
        [
            Finding("warning", "x.y", "two\tparts\nand a line"),
            Finding("missing", "care.title", "CARE 1"),
        ]
    )
    assert text == "warning\tx.y\ttwo parts and a line\nmissing\tcare.title\tCARE 1\n"
    assert format_findings([]) == ""


def test_an_empty_case_is_checked_without_error() -> None:
    found = check_case(case(title=""))
    assert {f.level for f in found} == {"missing"}
    assert check_case(case(event("note", "2024", text="x")))


def test_a_well_managed_course_raises_no_warning() -> None:
    """12 monthly doses in CKD stage 4 with calcium a week before each, then denosumab
    (a bisphosphonate is not recommended below a creatinine clearance of 35 mL/min)."""
    from caselog.core.model import Kidney, Patient

    doses = monthly("2023-01-02", 12, gap_days=30)
    labs = [calcium(e.date.shifted(-7).isoformat(), 9.2) for e in doses]
    follow = med("2024-01-10", "start", drug="Prolia", dose=60.0, role="treatment")
    patient = Patient(sex="female", age=78, kidney=Kidney(ckd_stage="4"))
    found = check_case(case(*labs, *doses, follow, patient=patient))
    assert [f for f in found if f.level in ("warning", "info")] == []
