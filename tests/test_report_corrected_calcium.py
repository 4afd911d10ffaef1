"""A report that prints a corrected calcium says it is corrected and how (issue 16 item 5);
a calcium without an albumin of its day is printed as measured, with no correction."""

from caselog.core.model import Case, Event, Kidney
from caselog.report.build import build_report
from tests.clinical_cases import calcium, case, event, med
from tests.report_cases import prose_of, texts

FORMULA = (
    "when corrected for albumin by Payne's formula "
    "(calcium + 0.8 × [4.0 − albumin in g/dL], in mg/dL)"
)


def _case(*labs: Event) -> Case:
    return case(
        med("2024-01-01", "start"),
        *labs,
        med("2024-02-01", "dose"),
        event("symptom", "2024-02-10", name="back pain"),
        title="Case report",
    )


def test_the_case_presentation_and_the_timeline_table_say_corrected_and_how() -> None:
    c = _case(
        calcium("2024-01-29", 8.1),
        event("lab", "2024-01-29", test="Albumin", value=2.5, unit="g/dL"),
    )
    report = build_report(c, "cureus")
    prose = "\n".join(prose_of(report))
    assert f"calcium was 8.1 mg/dL (reference 8.5–10.5 mg/dL), 9.3 mg/dL {FORMULA}" in prose
    table = [t for t in texts(report) if "Calcium 8.1" in t]
    assert any(f"9.3 mg/dL {FORMULA}" in t for t in table)


def test_no_albumin_no_correction_printed() -> None:
    c = _case(
        calcium("2024-01-29", 8.1),
        event("lab", "2024-01-20", test="Albumin", value=2.5, unit="g/dL"),
    )
    report = build_report(c, "cureus")
    assert not any("corrected for albumin" in t for t in texts(report))
    assert any("calcium was 8.1 mg/dL" in t for t in prose_of(report))


def test_on_dialysis_the_printed_correction_says_its_limit() -> None:
    c = _case(
        calcium("2024-01-29", 8.1),
        event("lab", "2024-01-29", test="Albumin", value=2.5, unit="g/dL"),
    )
    c.patient.kidney = Kidney(dialysis="hemodialysis")
    printed = [t for t in texts(build_report(c, "cureus")) if FORMULA in t]
    assert printed and all("Clase CM" in t and "on dialysis" in t for t in printed)
