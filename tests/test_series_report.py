"""The case-series report: built from four synthetic patients, checked in the PDF text."""

from __future__ import annotations

import io
from dataclasses import replace

import pytest
from pypdf import PdfReader

from caselog.core.dates import PartialDate
from caselog.core.model import Case, Event
from caselog.report import build_series_report, render_pdf
from caselog.report.model import Report, Table
from caselog.report.series import SeriesChart, series_title
from caselog.report.series.members import member_labels
from tests.report_helpers import date_forms, pdf_text
from tests.series_helpers import BMD, CTX, P1NP, four_patients, identifiers


@pytest.fixture(scope="module")
def built() -> tuple[list[Case], Report, bytes]:
    cases, series = four_patients()
    report = build_series_report(cases, series)
    out = io.BytesIO()
    render_pdf(report, out, invariant=True)
    return cases, report, out.getvalue()


def _table(report: Report, number: int) -> list[Table]:
    return [t for t in report.tables() if t.number == number]


def test_front_matter_and_sections_in_order(built: tuple[list[Case], Report, bytes]) -> None:
    _, report, data = built
    text = pdf_text(data)
    assert report.title.endswith(": a case series")
    assert text.index("CASE SERIES") < text.index("a case series") < text.index("Abstract")
    order = ["Abstract", "Objective:", "Methods:", "Results:", "Conclusions:", "Introduction",
             "Materials and methods", "Results", "Table 1", "Table 2", "Figure 1",
             "Patient 1 was", "Patient 4 was", "Discussion", "Consent", "References"]  # fmt: skip
    at = 0
    for x in order:  # each after the one before
        at = text.index(x, at) + len(x)
    assert "A. Example" in text and "B. Sample" in text
    assert (
        "The four patients, three women and one man, were aged 61–74 years; one of the four "
        "was on dialysis."
    ) in text
    assert "Conclusions: Romosozumab may be an option after rebound fractures." in text


def test_table_1_sets_the_patients_side_by_side(built: tuple[list[Case], Report, bytes]) -> None:
    _, report, data = built
    [t1] = _table(report, 1)
    assert t1.header == ["", "Patient 1", "Patient 2", "Patient 3", "Patient 4"]
    rows = {r[0].text: [c.text for c in r[1:]] for r in t1.rows}
    assert rows["Age, years"] == ["71", "64", "74", "61"]
    assert rows["Sex"] == ["Female", "Male", "Female", "Female"]
    assert (
        rows["Kidney status"][1] == "CKD stage 5D; IgA nephropathy; hemodialysis for about 5 years"
    )
    assert rows["Kidney status"][2] == "Not recorded"
    assert rows["Drugs before day 0"][0] == (
        "denosumab 60 mg subcutaneously every 6 months: 4 doses, day \u22121000 to day \u2212454, "
        "stopped day \u2212420"
    )
    assert (
        rows["Suspect drug and doses"]
        == ["romosozumab 210 mg subcutaneously monthly: 12 doses, day 0 to day 330"] * 4
    )
    assert rows["Fractures"][0] == "Day \u221255: multiple vertebral fractures (T12-L3)"
    assert rows["Number of fractures"][0] == "Not stated"  # "multiple", a span of levels
    assert rows["Time from last denosumab dose to first fracture"][0] == (
        "13 months (7 months after the next dose was due)"
    )
    assert rows["Baseline BMD"][0] == "BMD, lumbar spine: 0.712 g/cm² (day \u22127)"
    assert rows["Baseline T- or Z-score"] == ["Not recorded"] * 4
    assert rows["Follow-on drug"] == ["None recorded"] * 4
    assert rows["Follow-up"][0] == "12 months (to day 370)"
    assert rows["New fractures"][0] == "None (day 370: no new fractures; calcium normal)"
    assert rows["Suspected reaction"][0] == "hypocalcaemia, onset day 20"
    assert rows["Causality"][0] == "Naranjo 2 (possible); WHO-UMC possible"
    text = pdf_text(data)
    assert "12 doses, day 0 to day 330" in text and "IgA nephropathy" in text


def test_measurements_table_by_patient_and_month(built: tuple[list[Case], Report, bytes]) -> None:
    _, report, data = built
    [t2] = _table(report, 2)
    assert t2.header == ["Measurement", "Patient", "Baseline", "Month 3", "Month 6", "Month 12"]
    rows = [[c.text for c in r] for r in t2.rows]
    assert rows[0] == ["BMD, lumbar spine (g/cm²)", "Patient 1", "0.712", "–", "0.768", "0.801"]
    assert rows[1] == ["", "Patient 2", "0.655", "–", "0.690", "0.702"]
    assert rows[4] == ["CTX (pg/mL)", "Patient 1", *(str(v) for v in CTX[0])]
    assert rows[11] == ["", "Patient 4", *(str(v) for v in P1NP[3])]
    assert len(rows) == 12
    text = pdf_text(data)
    for values in (*BMD, *CTX, *P1NP):
        for v in values:
            assert f"{v:.3f}" in text if isinstance(v, float) else str(v) in text


def test_one_chart_per_shared_measurement_one_line_per_patient(
    built: tuple[list[Case], Report, bytes],
) -> None:
    _, report, data = built
    charts = [f for f in report.figures() if isinstance(f, SeriesChart)]
    assert [c.measure for c in charts] == ["BMD, lumbar spine", "CTX", "P1NP"]
    for chart in charts:
        assert [t.test for t in chart.trends] == [
            "Patient 1",
            "Patient 2",
            "Patient 3",
            "Patient 4",
        ]
    bmd = charts[0].trends[0]
    assert [round(p.day, 1) for p in bmd.points] == [-0.2, 6.0, 12.0]  # months from day 0
    assert [p.value for p in bmd.points] == list(BMD[0])
    text = pdf_text(data)
    assert "Figure 3: P1NP (ng/mL) in each patient over months from day 0" in text


def test_change_from_baseline_when_baselines_differ_widely() -> None:
    cases, series = four_patients()
    for case, scale in zip(cases, (1, 3, 1, 1), strict=True):
        for e in case.events:
            if e.test == "CTX" and e.value is not None:
                e.value *= scale
    report = build_series_report(cases, series)
    ctx = next(f for f in report.figures() if isinstance(f, SeriesChart) and f.measure == "CTX")
    assert ctx.change and ctx.y_title == "Change from baseline (%)"
    assert ctx.trends[0].points[0].value == 0.0
    assert round(ctx.trends[0].points[-1].value, 1) == round((480 - 1210) / 1210 * 100, 1)


def test_no_identifier_of_any_patient_appears(built: tuple[list[Case], Report, bytes]) -> None:
    cases, _, data = built
    text = pdf_text(data).casefold()
    reader = PdfReader(io.BytesIO(data))
    meta = " ".join(str(v) for v in (reader.metadata or {}).values()).casefold()
    forms = list(identifiers(cases))
    for c in cases:
        dates = [e.date for e in c.events]
        assert c.patient.private.birth_date is not None
        dates.append(c.patient.private.birth_date)
        forms += [f for d in dates for f in date_forms(d)]
    for form in forms:
        assert form.casefold() not in text, form
        assert form.casefold() not in meta, form
    assert "[" not in text  # no placeholder: the introduction's sentence naming one is left out
    assert "stopping denosumab is followed by a rebound" in text


def test_a_patient_named_in_another_patients_notes_is_redacted() -> None:
    cases, series = four_patients()
    cases[0].patient.history[0].notes = f"like {cases[2].patient.private.name}, MRN-5512003"
    report = build_series_report(cases, series)
    out = io.BytesIO()
    render_pdf(report, out)
    text = pdf_text(out.getvalue())
    assert "Halvorsen" not in text and "Ingrid" not in text and "5512003" not in text
    assert any(r.kind == "name" and "Halvorsen" in r.original for r in report.redactions)


def test_patients_are_named_by_distinct_labels_or_numbered() -> None:
    cases, _ = four_patients()
    assert member_labels(cases) == ["Patient 1", "Patient 2", "Patient 3", "Patient 4"]
    for case, lab in zip(cases, ("Case A", "case b", "Case C", "Case D"), strict=True):
        case.patient.label = lab
    assert member_labels(cases) == ["Case A", "Case b", "Case C", "Case D"]
    cases[3].patient.label = "Case a"  # two share a label: number them all
    assert member_labels(cases) == ["Patient 1", "Patient 2", "Patient 3", "Patient 4"]
    cases[3].patient.label = "[name]"  # a label the privacy engine redacted
    assert member_labels(cases)[3] == "Patient 4"


def test_a_label_that_is_the_patients_name_never_prints() -> None:
    cases, series = four_patients()
    for c in cases:
        c.patient.label = c.patient.private.name
    report = build_series_report(cases, series)
    assert [t.test for t in report.figures()[0].trends] == [f"Patient {n}" for n in range(1, 5)]  # type: ignore[union-attr]
    out = io.BytesIO()
    render_pdf(report, out)
    assert "Oyelaran" not in pdf_text(out.getvalue())


def test_title_and_defaults() -> None:
    assert series_title("Romosozumab after denosumab.") == (
        "Romosozumab after denosumab: a case series"
    )
    assert series_title("Four cases: A Case Series") == "Four cases: A Case Series"
    cases, _ = four_patients()
    report = build_series_report(cases[:2])
    assert report.title == "Hypocalcaemia after romosozumab: a case series"
    assert "the introduction is not written yet" in report.warnings
    assert "the series has no authors of its own; the cases' authors are listed" in report.warnings
    assert [a.name for a in report.authors] == ["A. Example"]
    with pytest.raises(ValueError, match="at least two cases, not 1"):
        build_series_report(cases[:1])


def test_a_measurement_in_one_patient_only_gets_no_table_or_chart() -> None:
    cases, series = four_patients()
    for c in cases[1:]:
        c.events = [e for e in c.events if e.kind != "lab"]
    cases[1].events.append(
        Event(kind="lab", date=PartialDate(2023, 6), test="PTH", value=300, unit="pg/mL")
    )
    report = build_series_report(cases, series)
    assert _table(report, 2) == []
    assert not [f for f in report.figures() if isinstance(f, SeriesChart)]


def test_consent_is_told_per_patient(built: tuple[list[Case], Report, bytes]) -> None:
    _, report, data = built
    assert (
        "Informed consent for publication was obtained from Patient 1, Patient 2, and "
        "Patient 3. Consent was not obtained from Patient 4."
    ) in pdf_text(data)
    assert "consent for publication is not recorded for Patient 4" in report.warnings


def test_series_text_is_escaped_not_markup() -> None:
    cases, series = four_patients()
    series = replace(series, discussion="Values <b>bold</b> & <img src='/etc/passwd'/> stay text")
    out = io.BytesIO()
    render_pdf(build_series_report(cases, series), out)
    assert "Values <b>bold</b> & <img src='/etc/passwd'/> stay text" in pdf_text(out.getvalue())


def test_the_same_series_renders_byte_identical(built: tuple[list[Case], Report, bytes]) -> None:
    cases, report, data = built
    again = io.BytesIO()
    render_pdf(build_series_report(cases, four_patients()[1]), again, invariant=True)
    assert again.getvalue() == data


def test_more_than_four_patients_continue_table_1() -> None:
    cases, series = four_patients()
    extra = [replace(c, title=c.title + " (again)") for c in cases[:2]]
    report = build_series_report([*cases, *extra], series)
    parts = _table(report, 1)
    assert [t.header[1:] for t in parts] == [
        ["Patient 1", "Patient 2", "Patient 3", "Patient 4"],
        ["Patient 5", "Patient 6"],
    ]
    assert parts[1].caption.endswith("(continued)")
    assert "six or more cases: journals treat this as an original article" in report.warnings
