"""The Word manuscript (``caselog.report.render.docx_render``): the same report as the PDF,
section by section, with real Word headings, tables, figures with legends and references
as a numbered list, for every template."""

from __future__ import annotations

import io
from collections import Counter

import pytest
from docx import Document

from caselog.core.model import ReportText
from caselog.report import build_report, build_series_report, render_pdf
from caselog.report.model import Figure, Report
from caselog.report.render.base import ReportRenderer
from caselog.report.render.docx_render import DOCX_RENDERERS, render_docx
from tests.docx_helpers import (
    docx_blocks,
    docx_sections,
    figure_words,
    pdf_sections,
    quick_figures,
    words,
)
from tests.examples import load_example
from tests.series_helpers import four_patients


@pytest.fixture(autouse=True)
def _quick_figures(monkeypatch: pytest.MonkeyPatch) -> None:
    quick_figures(monkeypatch)


def _report(template: str) -> Report:
    if template == "series":
        cases, series = four_patients()
        return build_series_report(cases, series)
    return build_report(load_example(), template)


def _docx(report: Report) -> bytes:
    out = io.BytesIO()
    render_docx(report, out, invariant=True)
    return out.getvalue()


def _pdf(report: Report) -> bytes:
    out = io.BytesIO()
    render_pdf(report, out, invariant=True)
    return out.getvalue()


@pytest.mark.parametrize("template", ["cureus", "cmaj", "series"])
def test_docx_text_matches_the_pdf_section_by_section(template: str) -> None:
    report = _report(template)
    docx_data, pdf_data = _docx(report), _pdf(report)
    ds = docx_sections(docx_data)
    headings = [h for h, _ in ds[1:]]
    running = ReportRenderer(report).running_title()
    ps = pdf_sections(pdf_data, headings, running)
    assert [h for h, _ in ps] == [h for h, _ in ds]
    drawn = figure_words(report, DOCX_RENDERERS[template](report).width)
    assert sum(len(words(t)) for _, t in ds) > 300  # the whole report, not an empty file
    for (heading, in_docx), (_, in_pdf) in zip(ds, ps, strict=True):
        docx_words, pdf_words = Counter(words(in_docx)), Counter(words(in_pdf))
        assert docx_words - pdf_words == Counter(), heading
        assert pdf_words - docx_words - drawn == Counter(), heading


def test_docx_uses_word_headings_tables_pictures_and_a_numbered_list() -> None:
    report = _report("cureus")
    data = _docx(report)
    doc = Document(io.BytesIO(data))
    styles = [(p.style.name if p.style else "", p.text) for p in doc.paragraphs]
    headings = {text: style for style, text in styles if style.startswith("Heading")}
    assert headings["Introduction"] == "Heading 1"
    assert headings["Causality assessment"] == "Heading 2"
    refs = [text for style, text in styles if style == "List Number"]
    assert refs == report.references
    assert len(doc.tables) == len(report.tables())
    pictures = doc.inline_shapes
    assert len(pictures) == len(report.figures())
    legends = [text for style, text in styles if style == "Caption" and text.startswith("Figure")]
    assert legends == [f.legend for f in report.figures()]


def test_cmaj_cites_in_superscript_and_prints_its_footer_block() -> None:
    case = load_example()
    assert case.report is not None
    case.report.discussion = "Romosozumab raises bone formation [@1]."
    report = build_report(case, "cmaj")
    doc = Document(io.BytesIO(_docx(report)))
    sup = [r.text for p in doc.paragraphs for r in p.runs if r.font.superscript]
    assert "1" in sup
    text = "\n".join(p.text for p in doc.paragraphs)
    assert "[1]" not in text
    for label, _ in report.footer:
        assert f"{label}:" in text


def test_markup_and_control_characters_print_as_typed() -> None:
    case = load_example()
    case.title = "Calcification <b>after</b> romosozumab\x07: a case report"
    case.report = ReportText(
        introduction="Tabs\there & <i>tags</i> stay text.\n\nNo\ufffe XML\ud800 breaks it."
    )
    report = build_report(case, "cureus")
    blocks = [text for _, text in docx_blocks(_docx(report))]
    assert "Calcification <b>after</b> romosozumab: a case report" in blocks
    assert "Tabs here & <i>tags</i> stay text." in blocks
    assert "No XML breaks it." in blocks  # what XML cannot hold is left out, not a crash


def test_word_properties_carry_nothing_private() -> None:
    case = load_example()
    report = build_report(case, "cureus")
    doc = Document(io.BytesIO(_docx(report)))
    props = doc.core_properties
    assert props.title == report.title
    assert props.last_modified_by == "caselog"
    assert props.created is not None and props.created.year == 2000  # invariant: no real date
    assert case.patient.private.name is None or case.patient.private.name not in str(vars(props))


def test_a_cmaj_figure_in_word_is_the_pdfs_lower_panel_row() -> None:
    """The Word file's figure is drawn on its template's page: CMAJ's clinical image keeps
    its panels to CMAJ's lower row, as its PDF does, not the Cureus page's."""
    from caselog.report.render.cmaj import FIGURE_HEIGHT
    from caselog.report.render.docx_figures import figure_image
    from caselog.report.render.flowables import panel_rows

    report = build_report(load_example(), "cmaj")
    [figure] = report.figures()
    assert isinstance(figure, Figure)
    width = DOCX_RENDERERS["cmaj"](report).width
    pdf_height = panel_rows(figure.panels, width, max_height=FIGURE_HEIGHT).wrap(width, 1e5)[1]
    cmaj, cureus = figure_image(figure, width, "cmaj"), figure_image(figure, width, "cureus")
    assert cmaj.height == pytest.approx(pdf_height) and cmaj.height < cureus.height
