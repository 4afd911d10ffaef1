"""The example case (shared/examples/epidural-calcification) read as a nephrologist would.

A patient on hemodialysis received three monthly doses of romosozumab, each with a calcium
result within 3 days before it (or the same day); back pain began on day 91, calcium was low
on day 92 (after the last dose, before the stop), romosozumab was stopped on day 94 for the
suspected reaction, and the calcification regressed by day 280.

No warning is right: doses are monthly (28-31 days apart), 3 of 12, no MI/stroke, no low
calcium before any dose, calcium checked before every dose. The course ended without an
antiresorptive, but it was stopped for a suspected adverse reaction in a dialysis patient in
whom bisphosphonates are not recommended and denosumab carries a high risk of severe
hypocalcaemia: a reminder (info), not a warning.
"""

from caselog.clinical import check_case, format_findings
from caselog.clinical.care import checklist
from caselog.clinical.exposure import courses, dechallenge_interval, time_to_onset
from caselog.clinical.naranjo import band, score, suggest
from tests.clinical_cases import load_example


def test_the_example_raises_no_warning() -> None:
    findings = check_case(load_example())
    assert [f for f in findings if f.level == "warning"] == []
    infos = [f for f in findings if f.level == "info"]
    # two queries on the causality (issue 16): WHO-UMC 'probable' with Naranjo question 5
    # answered "don't know", and beside a Naranjo score of 4 ('possible')
    assert [f.rule for f in infos] == [
        "romosozumab.no-followon-antiresorptive",
        "who_umc.alternative-causes-unknown",
        "who_umc.naranjo-discordant",
    ]
    assert infos[0].event_ids == [15]  # the stop
    assert "day 94" in infos[0].message and "adverse reaction" in infos[0].message
    assert "bisphosphonates are not recommended" in infos[0].message  # she is on dialysis


def test_the_examples_care_checklist_item_by_item() -> None:
    got = {i.key: i.status for i in checklist(load_example())}
    assert got == {
        "title": "partial",  # no "case report" in the title
        "keywords": "reported",  # five
        "abstract": "reported",  # reaction, outcome (recovered) and conclusion
        "introduction": "reported",  # with a reference
        "patient-information": "reported",  # sex, birth date, history, back pain
        "clinical-findings": "partial",  # no examination finding recorded
        "timeline": "reported",
        "diagnostic-assessment": "reported",  # labs, CT, culture, differential ruled out
        "therapeutic-intervention": "reported",  # 210 mg s.c. monthly; stop with its reason
        "follow-up": "reported",  # outcome recovered, follow-up at 15 months
        "discussion": "reported",
        "patient-perspective": "missing",
        "consent": "reported",
    }


def test_the_examples_exposure_and_causality() -> None:
    c = load_example()
    (course,) = courses(c)
    assert course.n_doses == 3 and course.cumulative.describe() == "630 mg"
    assert course.time_on_drug.describe() == "94 days (3 months)"
    assert time_to_onset(c).describe() == "91 days (3 months)"  # type: ignore[union-attr]
    dechallenge = dechallenge_interval(c)
    assert dechallenge is not None and dechallenge.describe() == "186 days (6 months)"
    s = suggest(c)
    assert {k: v.answer for k, v in s.items()} == {
        "after_drug": "yes",
        "improved_on_stop": "yes",
        "reappeared_on_readministration": "unknown",
    }
    # the suggestions agree with what the clinician recorded
    assert all(c.assessment.naranjo[k] == v.answer for k, v in s.items())  # type: ignore[union-attr]
    total = score(c.assessment.naranjo)  # type: ignore[union-attr]
    assert (total, band(total)) == (4, "possible")


def test_check_output_is_level_tab_rule_tab_message() -> None:
    text = format_findings(check_case(load_example()))
    lines = text.splitlines()
    assert lines and text.endswith("\n")
    for line in lines:
        level, rule, message = line.split("\t")
        assert level in ("warning", "info", "missing") and rule and message
    assert lines[0].startswith("info\tromosozumab.no-followon-antiresorptive\t")
    assert "2024" not in text and "Testcase" not in text
