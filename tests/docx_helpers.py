"""Reading a Word file the way an editor reads it: its sections (a heading and what follows
it, tables included) as plain text, for comparison with the PDF of the same report."""

from __future__ import annotations

import io
import re
from collections import Counter

import pytest
from docx import Document
from docx.table import Table as DocxTable
from docx.text.paragraph import Paragraph
from reportlab.pdfgen.canvas import Canvas

from caselog.report.model import Report
from caselog.report.render import docx_figures
from caselog.report.render.docx_figures import figure_flowable
from tests.report_helpers import page_texts

RUNNING = re.compile(
    r"^(Page \d+ of \d+|Manuscript draft, .*|Case Report|Case Series|Clinical Images)$"
)


def quick_figures(monkeypatch: pytest.MonkeyPatch) -> None:
    """Figures drawn at 96 dpi: what a test of words, places and files checks does not depend
    on their resolution (drawing at 300-600 dpi is most of a package's time)."""
    monkeypatch.setattr(docx_figures, "MIN_DPI", 96.0)
    monkeypatch.setattr(docx_figures, "MAX_DPI", 96.0)


def docx_blocks(data: bytes) -> list[tuple[str, str]]:
    """Each paragraph and table of the body in order, as (style, text); a table's cells
    are joined by spaces (style ``table``)."""
    doc = Document(io.BytesIO(data))
    out = []
    for item in doc.iter_inner_content():
        if isinstance(item, Paragraph):
            out.append((item.style.name if item.style else "", item.text))
        elif isinstance(item, DocxTable):
            cells = [c.text for row in item.rows for c in row.cells]
            out.append(("table", " ".join(cells)))
    return out


def docx_sections(data: bytes) -> list[tuple[str, str]]:
    """(heading, text) for the front matter (heading "") and each Heading 1/2 section;
    list items numbered as Word prints them ("1. ...")."""
    sections: list[tuple[str, list[str]]] = [("", [])]
    number = 0
    for style, text in docx_blocks(data):
        if style.startswith("Heading"):
            sections.append((text, []))
            continue
        if style == "List Number":
            number += 1
            text = f"{number}. {text}"
        sections[-1][1].append(text)
    return [(h, " ".join(parts)) for h, parts in sections]


def pdf_sections(data: bytes, headings: list[str], running_title: str) -> list[tuple[str, str]]:
    """The PDF's text cut at each of ``headings`` (a line of its own, in order), without
    the running head and foot."""
    lines: list[str] = []
    for page in page_texts(data):
        for line in page.splitlines():
            line = line.strip()
            head = RUNNING.match(line.removesuffix(running_title).strip())
            if not line or RUNNING.match(line) or (head and line.endswith(running_title)):
                continue
            lines.append(line)
    sections: list[tuple[str, list[str]]] = [("", [])]
    wanted = list(headings)
    for line in lines:
        if wanted and line == wanted[0]:
            sections.append((wanted.pop(0), []))
            continue
        sections[-1][1].append(line)
    assert not wanted, f"headings not found in the PDF: {wanted}"
    return [(h, " ".join(parts)) for h, parts in sections]


def figure_words(report: Report, width: float) -> Counter[str]:
    """The words drawn inside the report's figures (axis labels, panel letters): in the PDF
    they are text, in the Word file part of the picture."""
    out: Counter[str] = Counter()
    for f in report.figures():
        flow = figure_flowable(f, width)
        w, h = flow.wrap(width, 100_000)
        buffer = io.BytesIO()
        canvas = Canvas(buffer, pagesize=(w, h))
        flow.drawOn(canvas, 0, 0)
        canvas.save()
        out.update(words(" ".join(page_texts(buffer.getvalue()))))
    return out


def words(text: str) -> list[str]:
    """Normalised words: case, white space and the joins of superscripts ignored."""
    return sorted(re.findall(r"[^\W_]+|[^\w\s]", text.casefold()))
