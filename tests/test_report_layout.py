"""Layout: a table's caption is never left at a page foot away from its table, nor a
figure's legend away from its figure, in every template."""

from __future__ import annotations

import io

import pytest

from caselog.report import render_pdf
from caselog.report.model import Block, Cell, Report, Section, Table
from tests.report_helpers import page_texts

FILLER = "A line of running text that takes one line of the page."


def _report(template: str, lines: int) -> Report:
    rows = [[Cell(f"row{n} first cell"), Cell("a value\nover\nthree lines")] for n in range(8)]
    table = Table(1, "Captioned table", ["Headerone", "Headertwo"], rows, note="Tablenote.")
    body: list[Block] = [*([FILLER] * lines), table, "Afterwards."]
    return Report(
        template=template,
        label="Case Report",
        title="Layout",
        authors=[],
        affiliations=[],
        correspondence=None,
        keywords=[],
        abstract=None,
        sections=[Section("Body", body)],
        references=[],
    )


@pytest.mark.parametrize("template", ["cureus", "cmaj", "series"])
def test_a_table_caption_is_on_the_page_of_its_header_and_first_row(template: str) -> None:
    """Filler pushes the table down a line at a time across the whole first page: at every
    position the caption, the header and the first row share a page."""
    for lines in range(20, 46):
        out = io.BytesIO()
        render_pdf(_report(template, lines), out, invariant=True)
        pages = [" ".join(t.split()) for t in page_texts(out.getvalue())]

        def page_of(text: str, pages: list[str] = pages) -> int:
            return next(i for i, t in enumerate(pages) if text in t)

        caption = page_of("Table 1: Captioned table")
        assert caption == page_of("Headerone") == page_of("row0 first cell"), (template, lines)
        assert page_of("row7 first cell") == page_of("Tablenote."), (template, lines)
