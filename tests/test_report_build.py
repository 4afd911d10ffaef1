"""The report object built from the example case: shapes, numbers, figures, warnings."""

from __future__ import annotations

import pytest

from caselog.clinical.relative import INDEX_ANCHOR
from caselog.core.dates import PartialDate
from caselog.core.model import Event
from caselog.report import build_report
from caselog.report._context import Context
from caselog.report.model import Figure, Table, TrendFigure
from tests.report_helpers import load_example


def test_context_tells_time_with_clinical_and_a_typographic_minus() -> None:
    index = PartialDate(2024, 3, 4)
    ctx = Context(load_example(), index, "the first dose", None)
    assert ctx.day(PartialDate(2024, 6, 5)) == "Day 93"
    assert ctx.day(PartialDate(2024, 3, 1)) == "Day \u22123"
    assert ctx.day(PartialDate(2024, 6)) == "Month 3"  # never a day count for a month date
    assert ctx.relative(PartialDate(2024, 6, 3)) == "3 months after the first dose"
    assert ctx.relative(PartialDate(2024, 6)) == "about 3 months after the first dose"
    assert ctx.before(PartialDate(2016, 5)) == "about 8 years"
    assert ctx.before(PartialDate(2024, 3)) is None  # the index month: not surely before
    index_ctx = Context(load_example(), index, INDEX_ANCHOR, None)
    assert index_ctx.relative(PartialDate(2024, 3, 14)) == "10 days after the index date"
    assert index_ctx.relative(index) == "on the index date"


def test_cureus_sections_in_order_with_numbers() -> None:
    r = build_report(load_example(), "cureus")
    assert r.label == "Case Report"
    assert [s.heading for s in r.sections] == [
        "Introduction",
        "Case Presentation",
        "Causality assessment",
        "Discussion",
        "Conclusions",
    ]
    assert [label for label, _ in r.footer] == [
        "Human subjects", "Ethics approval", "Conflicts of interest", "Funding",
    ]  # fmt: skip
    assert r.affiliations == ["Nephrology, Example General Hospital, Springfield, USA"]
    assert r.authors[0].affiliations == [1]
    assert r.correspondence == "A. Example, a.example@example.org"
    assert r.abstract is not None and len(r.abstract.split()) < 250
    for fact in ("75-year-old woman", "romosozumab 210 mg", "Three months after the first dose",
                 "CT of the lumbar spine showed extensive",
                 "Romosozumab was stopped 3 days after presentation",
                 "Six months after stopping romosozumab, CT of the lumbar spine showed marked "
                 "regression", "At the last follow-up, 15 months after the first dose of "
                 "romosozumab, she had recovered", "Naranjo score was 4 (possible)",
                 "Clinicians should consider"):  # fmt: skip
        assert fact in r.abstract, fact
    causality = r.sections[2].blocks[0]
    assert isinstance(causality, str)
    assert (
        "a score of 4 (possible), all 10 questions answered" in causality  # dk counts
        and "WHO-UMC causality category was probable" in causality
    )
    assert "Dechallenge was positive" in causality and "rechallenge was not done" in causality
    assert r.references[0].startswith("Cosman F")
    # the example records no competing interests, funding or ethics, and cites nothing
    assert r.warnings == [
        "ethics approval or exemption not recorded: the report prints a gap for the authors "
        "to fill (Report tab: Ethics approval or exemption)",
        "competing interests not recorded: the report prints a gap for the authors to fill "
        "(Report tab: Competing interests)",
        "funding not recorded: the report prints a gap for the authors to fill "
        "(Report tab: Funding)",
        "no citation markers in the text: mark each citation with [@key], e.g. [@1] for the "
        "first reference",
    ]


def test_cureus_tables_and_figures() -> None:
    r = build_report(load_example(), "cureus")
    timeline, labs = r.tables()
    assert (timeline.number, labs.number) == (1, 2)
    assert [row[0].text for row in timeline.rows][:3] == ["Day \u22123", "Day 0", "Day 28"]
    assert labs.header == [
        "Test",
        "Day \u22123",
        "Day 28",
        "Day 59",
        "Day 92",
        "Day 102",
        "Unit",
        "Reference range",
    ]
    calcium = next(row for row in labs.rows if row[0].text == "Calcium")
    assert [c.text for c in calcium[1:5]] == ["9.1", "9.0", "8.7", "8.3 L"]
    assert calcium[4].flag == "L" and calcium[1].flag is None
    figures = r.figures()
    assert isinstance(figures[0], Figure) and isinstance(figures[1], TrendFigure)
    # two imaging events lettered A and B by the clinician: one figure of two panels
    assert [p.label for p in figures[0].panels] == ["A", "B"]
    assert figures[0].legend.startswith("Figure 1: CT of the lumbar spine. (A) Day 93: Sagittal CT")
    assert "(B) Day 280:" in figures[0].legend
    trend = figures[1]
    assert [t.test for t in trend.trends] == ["Calcium"]  # the only test with 3+ values
    assert [p.day for p in trend.trends[0].points] == [-3, 28, 59, 92]
    assert (trend.exposures[0].start, trend.exposures[0].end) == (0, 94)
    assert trend.exposures[0].doses == [0, 28, 59]
    narrative = " ".join(b for b in r.sections[1].blocks if isinstance(b, str))
    assert "(Figure\u00a01A)" in narrative and "(Figure\u00a01B)" in narrative
    assert "Three months after the first dose of romosozumab (day 91), she developed" in narrative


def test_partial_dates_are_told_without_day_counts() -> None:
    case = load_example()
    for e in case.events:
        if e.kind == "symptom":
            e.date = PartialDate(2024, 6)  # onset known only to the month
        if e.kind == "medication" and e.date == PartialDate(2024, 5, 2):
            e.date = PartialDate(2024, 5)
    r = build_report(case, "cureus")
    assert r.abstract is not None
    assert "About 3 months after the first dose of romosozumab, she presented" in r.abstract
    # the CT of the onset month may follow the onset: it is the key finding, not a later one
    assert "showed extensive epidural" in r.abstract
    # the regression is the outcome, told after the stop, never as the presenting finding
    assert r.abstract.index("regression") > r.abstract.index("was stopped")
    narrative = " ".join(b for b in r.sections[1].blocks if isinstance(b, str))
    assert "About 3 months after the first dose of romosozumab (month 3), she developed" in (
        narrative
    )
    assert "further doses were given on day 28 and month 2." in narrative
    times = [row[0].text for row in r.tables()[0].rows]
    assert "Month 2" in times and "Month 3" in times


def test_a_result_without_its_own_range_is_judged_by_the_catalogue() -> None:
    case = load_example()
    case.events.append(Event(kind="lab", date=PartialDate(2024, 6, 4), test="Phosphate",
                             value=1.2, unit="mg/dL"))  # fmt: skip
    r = build_report(case, "cureus")
    labs = r.tables()[1]
    phosphate = next(row for row in labs.rows if row[0].text == "Phosphate")
    assert phosphate[4].text == "1.2 L" and phosphate[4].flag == "L"
    narrative = " ".join(b for b in r.sections[1].blocks if isinstance(b, str))
    assert "phosphate 1.2 mg/dL (typical range 2.5\u20134.5 mg/dL)" in narrative


def test_cmaj_shape_and_its_warnings() -> None:
    case = load_example()
    r = build_report(case, "cmaj")
    assert r.label == "Clinical Images" and r.abstract is None
    figures = r.figures()
    assert len(figures) == 1 and isinstance(figures[0], Figure)
    assert [p.label for p in figures[0].panels] == ["A", "B"]
    assert [label for label, _ in r.footer] == [
        "Competing interests", "Consent", "Affiliations", "Correspondence to",
    ]  # fmt: skip
    assert not any(isinstance(b, Table) for s in r.sections for b in s.blocks)
    assert 300 <= r.word_count <= 500
    assert case.report is not None
    case.report.references = [f"Ref {n}." for n in range(7)]
    case.report.discussion = "word " * 400
    long = build_report(case, "cmaj")
    assert "7 references; CMAJ clinical images take at most 5: cut 2" in long.warnings
    assert (
        f"text is {long.word_count} words; CMAJ clinical images run 300-500 words" in long.warnings
    )


def test_missing_parts_are_placeholders_and_warnings() -> None:
    case = load_example()
    case.report = None
    case.keywords = ["one"]
    r = build_report(case, "cureus")
    assert r.sections[0].blocks == ["[To be written by the authors.]"]
    assert "discussion: not written yet" in r.warnings
    assert "1 keywords; CARE asks for 2 to 5" in r.warnings
    assert "consent for publication is not recorded as obtained" in r.warnings


def test_age_over_89_and_unknown_template() -> None:
    case = load_example()
    case.patient.private.birth_date = PartialDate(1930, 1, 1)
    r = build_report(case, "cureus")
    assert r.abstract is not None and "a woman aged 90 or older" in r.abstract
    with pytest.raises(ValueError, match="unknown report template 'nejm'"):
        build_report(case, "nejm")


def test_redactions_are_reported_and_deidentify_false_keeps_text() -> None:
    case = load_example()
    case.events[8].notes = "Hanako Testcase reported pain since June 1, 2024."
    r = build_report(case, "cureus")
    assert [(x.kind, x.original) for x in r.redactions] == [
        ("name", "Hanako Testcase"),
        ("date", "June 1, 2024"),
    ]
    kept = build_report(case, "cureus", deidentify=False)
    assert kept.redactions == []
    assert any(
        "Hanako Testcase" in b for s in kept.sections for b in s.blocks if isinstance(b, str)
    )


def test_characters_the_fonts_cannot_draw_are_warned_about() -> None:
    case = load_example()
    assert case.report is not None
    # a symbol, not a letter: a hanzi alone is a possible identifier now, redacted before
    # the report is drawn (``caselog.privacy.scripts``)
    case.report.discussion = "≥ µ α é are fine; 〠 and \U0001f600 are not."
    r = build_report(case, "cureus")
    glyphs = [w for w in r.warnings if w.startswith("no glyph")]
    assert glyphs == ["no glyph in the embedded fonts (prints blank): 〠 \U0001f600"]
