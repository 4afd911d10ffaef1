"""The series report on series it was not written for (``tests.series_cases``): the treatment
and the outcomes are named whatever the drugs' roles, every statement comes from the record,
nothing absent is filled in, T-scores change in absolute units, no placeholder prints, and
no sentence is said twice in a section."""

from __future__ import annotations

import io
import re
from collections.abc import Callable
from dataclasses import replace

import pytest

from caselog.core.model import Assessment, Case, Series
from caselog.report import build_series_report, render_pdf
from caselog.report.front import TO_WRITE
from caselog.report.model import Report, Table
from caselog.report.series.guard import PLACEHOLDER, clean_cell, clean_text, sentences
from tests.report_helpers import pdf_text
from tests.series_cases import rebound_series, romo_zol_series, unassessed_series
from tests.series_helpers import four_patients

SERIES: list[Callable[[], tuple[list[Case], Series]]] = [
    four_patients,
    rebound_series,
    romo_zol_series,
    unassessed_series,
]


def _build(make: Callable[[], tuple[list[Case], Series]]) -> tuple[Report, str]:
    cases, series = make()
    report = build_series_report(cases, series)
    out = io.BytesIO()
    render_pdf(report, out, invariant=True)
    return report, pdf_text(out.getvalue())


def _rows(report: Report) -> dict[str, list[str]]:
    [t1] = [t for t in report.tables() if t.number == 1]
    return {r[0].text: [c.text for c in r[1:]] for r in t1.rows}


@pytest.mark.parametrize("make", SERIES, ids=lambda f: f.__name__)
def test_the_jbmr_plus_shape(make: Callable[[], tuple[list[Case], Series]]) -> None:
    report, text = _build(make)
    assert report.abstract is not None
    labels = [line.split(":")[0] for line in report.abstract.split("\n")]
    assert labels[:3] == ["Objective", "Methods", "Results"]
    headings = [s.heading for s in report.sections if s.level == 1]
    assert headings == ["Introduction", "Materials and methods", "Results", "Discussion", "Consent"]
    results = next(s for s in report.sections if s.heading == "Results")
    assert any(isinstance(b, Table) and b.number == 1 for b in results.blocks)
    at = 0
    for x in ("Objective:", "Methods:", "Results:", "Materials and methods", "Table 1"):
        at = text.index(x, at) + len(x)


@pytest.mark.parametrize("make", SERIES, ids=lambda f: f.__name__)
def test_no_placeholder_and_no_sentence_twice(
    make: Callable[[], tuple[list[Case], Series]],
) -> None:
    report, text = _build(make)
    assert not PLACEHOLDER.search(text), PLACEHOLDER.search(text)
    said = [s for sec in report.sections for b in sec.blocks if isinstance(b, str)
            for s in sentences(b) if s != TO_WRITE]  # fmt: skip  # the gap may recur
    assert len(said) == len(set(said)), [s for s in said if said.count(s) > 1]
    abstract = sentences(report.abstract or "")
    assert len(abstract) == len(set(abstract))
    for t in report.tables():
        for row in t.rows:
            for cell in row:
                assert not PLACEHOLDER.search(cell.text)


def test_a_treatment_series_names_its_treatment_and_outcome() -> None:
    """Romosozumab then zoledronate, both "treatment" drugs, no assessment: the series is
    about them and about the fractures that did not happen."""
    report, text = _build(romo_zol_series)
    assert report.abstract is not None
    objective = report.abstract.split("\n")[0]
    assert "romosozumab" in objective and "zoledronate" in objective
    assert report.title.startswith("Romosozumab")
    rows = _rows(report)
    assert (
        rows["Treatment and doses"]
        == ["romosozumab 210 mg subcutaneously monthly: 12 doses, day 0 to day 330"] * 4
    )
    assert rows["Follow-on drug"] == ["zoledronate 5 mg intravenously yearly: from day 365"] * 4
    assert rows["New fractures"] == ["None (day 730: no new clinical fractures)"] * 4
    assert rows["Follow-up"] == ["24 months (to day 730)"] * 4
    assert rows["Fractures"] == ["History: prior vertebral fracture"] * 4
    assert rows["Number of fractures"] == ["Not recorded"] * 4
    assert "Suspect drug" not in " ".join(rows)
    assert "No new clinical fractures were recorded in any patient" in report.abstract
    assert "No new clinical fractures were recorded at follow-up on day 730." in text
    assert "Follow-up from day 0 was 24 months" in report.abstract


def test_t_scores_change_in_absolute_units_bmd_in_percent() -> None:
    """−3.4 to −2.5 is +0.9, never a percentage (the old report printed −23.5%, sign
    reversed, for −3.4 to −2.6)."""
    report, text = _build(romo_zol_series)
    assert "lumbar spine T-score rose from \u22123.4 to \u22122.5 (+0.9)" in text
    assert "lumbar spine BMD rose from 0.702 to 0.790 g/cm² (+12.5%)" in text
    assert re.search(r"T-score[^.;]*%", text) is None
    assert "+0.8 in lumbar spine T-score (range +0.4 to +1.0)" in text
    assert (
        _rows(report)["Baseline T- or Z-score"][0]
        == "T-score, lumbar spine: \u22123.4 (day \u221220)"
    )


def test_a_series_without_assessments_says_nothing_of_causality() -> None:
    for make in (romo_zol_series, unassessed_series, rebound_series):
        report, text = _build(make)
        for word in ("Naranjo", "WHO-UMC", "ausality", "Not assessed", "suspected reaction"):
            assert word not in text, (make.__name__, word)
        assert "Suspected reaction" not in _rows(report)


def test_an_assessment_without_answers_has_no_naranjo_score() -> None:
    cases, series = romo_zol_series()
    cases[0].assessment = Assessment(reaction="injection-site reaction", who_umc="possible")
    report = build_series_report(cases, series)
    rows = _rows(report)
    assert rows["Causality"] == ["WHO-UMC possible", "Not assessed", "Not assessed", "Not assessed"]
    text = " ".join(report.texts())
    assert "Naranjo" not in text
    assert "with the WHO-UMC system in Patient 1" in text
    assert (
        "Outcome of the reaction" in rows and rows["Outcome of the reaction"][0] == "Not recorded"
    )


def test_rebound_fractures_after_the_missed_dose_then_zoledronate() -> None:
    """Denosumab at its default role, stopped; vertebral fractures 3 to 4 months after the
    dose that never came; zoledronate after them."""
    report, text = _build(rebound_series)
    rows = _rows(report)
    assert rows["Time from last denosumab dose to first fracture"] == [
        "9 months (3 months after the next dose was due)",
        "10 months (4 months after the next dose was due)",
        "10 months (4 months after the next dose was due)",
        "10 months (4 months after the next dose was due)",
    ]
    assert rows["Number of fractures"] == ["3", "2", "3", "3"]
    assert rows["Treatment and doses"] == ["zoledronate 5 mg intravenously: one dose, day 0"] * 4
    assert rows["Drugs before day 0"][0].startswith("denosumab 60 mg subcutaneously every 6 months")
    assert rows["New fractures"] == [
        "None (day 365: no new fractures; back pain settled)",
        "Day 270: new T8 vertebral fracture",
        "None (day 400: Spine X-ray: no further fractures.)",
        "Not recorded",  # a visit that says nothing of fractures
    ]
    assert rows["Baseline BMD"] == ["Not recorded"] * 4
    assert report.abstract is not None
    assert "after the last dose of denosumab" in report.abstract.split("\n")[0]
    assert "a median of 10 months (range 9–10) after the last dose of denosumab" in text
    assert "New fractures were recorded in Patient 2" in text
    assert "whether new fractures occurred is not recorded for Patient 4" in text
    assert "A new T8 vertebral fracture was recorded on day 270." in text


def test_the_methods_say_only_what_was_done() -> None:
    report, _ = _build(unassessed_series)
    methods = next(s for s in report.sections if s.heading == "Materials and methods")
    text = " ".join(b for b in methods.blocks if isinstance(b, str))
    assert "Causality" not in text and "fracture" not in text.casefold()
    assert "Phosphate was recorded at least twice in two or more patients" in text
    assert "the first dose of sodium thiosulfate" in text
    report, _ = _build(four_patients)
    methods = next(s for s in report.sections if s.heading == "Materials and methods")
    text = " ".join(b for b in methods.blocks if isinstance(b, str))
    assert "Naranjo adverse drug reaction probability scale in every patient" in text


def test_a_sentence_naming_an_identifier_is_left_out_and_listed() -> None:
    report, text = _build(rebound_series)
    assert "was the first we saw" not in text
    assert any('"[name' in w and 'was the first we saw."' in w for w in report.warnings)
    assert "Denosumab discontinuation can be followed by rebound fractures." in text


def test_no_statement_without_its_fact() -> None:
    """Strip the record: each statement goes with the fact it came from."""
    cases, series = romo_zol_series()
    for c in cases:
        c.events = [e for e in c.events if e.kind == "medication"]
        c.patient.history = []
    report = build_series_report(cases, series)
    text = " ".join(report.texts())
    rows = _rows(report)
    assert "fracture" not in text.casefold()
    assert "BMD" not in text and "T-score" not in text
    assert rows["Follow-up"] == ["12 months (to day 365)"] * 4  # the last dose recorded
    assert report.abstract is not None and "Conclusions" not in report.abstract


def test_the_guard_cuts_placeholders_and_says_a_sentence_once() -> None:
    warnings: list[str] = []
    seen: set[str] = set()
    text = "Pain began. Pain began. Seen by [name] on [date]. Hypertension (MRN [record number])."
    assert clean_text(text, "discussion", warnings, seen) == "Pain began. Hypertension."
    assert warnings == [
        "discussion: a sentence that names an identifier was left out; rephrase it without "
        'one: "Seen by [name] on [date]."'
    ]
    assert clean_text("Pain began.", "discussion", warnings, seen) == ""
    assert clean_cell("Day 3: fever\nDay 5: seen by [name]", "Table 1", warnings) == "Day 3: fever"
    assert clean_cell("", "Table 2", warnings) == ""


def test_the_authors_discussion_said_twice_prints_once() -> None:
    cases, series = romo_zol_series()
    series.discussion = "BMD rose in all four. Nothing else.\n\nBMD rose in all four."
    report = build_series_report(cases, series)
    discussion = next(s for s in report.sections if s.heading == "Discussion")
    assert discussion.blocks == ["BMD rose in all four. Nothing else."]


def test_what_patients_share_is_told_once_then_referred_to() -> None:
    report, text = _build(rebound_series)
    [patient3] = [b for s in report.sections if s.heading == "Patient 3" for b in s.blocks]
    assert isinstance(patient3, str)
    assert "As in Patient 1 and Patient 2, her history included postmenopausal" in patient3
    assert text.count("Her history included postmenopausal osteoporosis.") == 1


def test_a_stop_recorded_when_the_fracture_was_found_still_gives_the_time_from_last_dose() -> None:
    cases, series = rebound_series()
    for c in cases:
        fracture = next(e for e in c.events if e.kind == "imaging")
        c.events.append(replace(fracture, kind="medication", drug="denosumab", action="stop",
                                modality=None, region=None, findings=None))  # fmt: skip
    rows = _rows(build_series_report(cases, series))
    assert rows["Time from last denosumab dose to first fracture"][0] == (
        "9 months (3 months after the next dose was due)"
    )


def test_each_unwritten_section_keeps_its_gap_for_the_authors() -> None:
    report, _ = _build(unassessed_series)
    for heading in ("Introduction", "Discussion"):
        section = next(s for s in report.sections if s.heading == heading)
        assert section.blocks == [TO_WRITE], heading
