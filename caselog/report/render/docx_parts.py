"""The pieces of a Word document the renderers share: runs of plain text (control
characters out, CMAJ's citations in superscript), tables with a repeating bold header,
figures with their legend, a footer with "Page x of y", and metadata that carries nothing
private. python-docx only; no ReportLab here but through ``docx_figures``."""

from __future__ import annotations

import datetime as dt
import io
import re
from typing import IO

from docx import Document as new_document
from docx.document import Document
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.oxml.table import CT_Row
from docx.shared import Mm, Pt, RGBColor
from docx.text.paragraph import Paragraph

from caselog.report.model import Table
from caselog.report.render.docx_figures import FigureImage
from caselog.report.render.text import plain

CITATION = re.compile(r" ?\[(\d[\d,\-]*)\]")
NOT_XML = re.compile("[\ud800-\udfff\ufffe\uffff]")
"""What XML cannot carry beyond the control characters ``plain`` drops: lone surrogates
and the two non-characters (the PDF prints them blank; the Word file leaves them out)."""
FIXED_DATE = dt.datetime(2000, 1, 1, tzinfo=dt.UTC)  # invariant output: no real date
BODY_FONT = "Times New Roman"
BODY_SIZE = Pt(12)


def xml_text(text: str) -> str:
    """User text as a Word file can hold it (``plain``, and ``NOT_XML`` left out)."""
    return NOT_XML.sub("", plain(text))


def new(*, title: str, author: str, subject: str, keywords: list[str]) -> Document:
    """An empty document in manuscript type, its properties set from the report alone."""
    doc = new_document()
    normal = doc.styles["Normal"]
    normal.font.name = BODY_FONT
    normal.font.size = BODY_SIZE
    caption = doc.styles["Caption"]
    caption.font.color.rgb = RGBColor(0, 0, 0)
    caption.font.italic = False
    caption.font.bold = False  # only "Table N:" / "Figure N:" in bold, as the PDF prints it
    props = doc.core_properties
    props.title = xml_text(title)
    props.author = xml_text(author)
    props.subject = xml_text(subject)
    props.keywords = "; ".join(xml_text(k) for k in keywords)
    props.comments = ""
    props.category = ""
    props.last_modified_by = "caselog"
    props.revision = 1
    return doc


def fix_dates(doc: Document, invariant: bool) -> None:
    now = FIXED_DATE if invariant else dt.datetime.now(dt.UTC).replace(microsecond=0)
    doc.core_properties.created = now
    doc.core_properties.modified = now
    doc.core_properties.last_printed = FIXED_DATE


def save(doc: Document, out: str | IO[bytes]) -> None:
    doc.save(out)


def runs(
    p: Paragraph,
    text: str,
    *,
    bold: bool = False,
    superscript_citations: bool = False,
    size: Pt | None = None,
) -> Paragraph:
    """Append ``text`` (plain user text) to ``p``; CMAJ's ``[1,2]`` in superscript."""
    text = xml_text(text)
    pieces = CITATION.split(text) if superscript_citations else [text]
    for i, piece in enumerate(pieces):
        if not piece:
            continue
        run = p.add_run(piece)
        run.bold = bold or None
        if size is not None:
            run.font.size = size
        if i % 2:  # the captured citation numbers
            run.font.superscript = True
    return p


def labelled(p: Paragraph, label: str, text: str, *, size: Pt | None = None) -> Paragraph:
    """``Label: text`` with the label in bold."""
    runs(p, f"{label}:", bold=True, size=size)
    return runs(p, f" {text}", size=size)


def table(doc: Document, t: Table, width: float, *, superscript_citations: bool = False) -> None:
    """Caption above (``Table N:`` in bold), kept with its table; the PDF's column widths;
    the header row repeated on every page, flagged (out-of-range) values in bold, the note
    below."""
    caption = doc.add_paragraph(style="Caption")
    caption.paragraph_format.keep_with_next = True
    labelled(caption, f"Table {t.number}", t.caption)
    grid = doc.add_table(rows=1 + len(t.rows), cols=len(t.header))
    grid.style = doc.styles["Table Grid"]
    grid.alignment = WD_TABLE_ALIGNMENT.LEFT
    if t.widths and len(t.widths) == len(t.header):
        grid.autofit = False
        for column, share in zip(grid.columns, t.widths, strict=True):
            for cell in column.cells:
                cell.width = Pt(share * width)
    small = Pt(9)
    for cell, head in zip(grid.rows[0].cells, t.header, strict=True):
        runs(cell.paragraphs[0], head, bold=True, size=small)
    _repeat_header(grid.rows[0]._tr)
    for row, values in zip(grid.rows[1:], t.rows, strict=True):
        for cell, value in zip(row.cells, values, strict=True):
            runs(
                cell.paragraphs[0],
                value.text,
                bold=value.flag is not None,
                size=small,
                superscript_citations=superscript_citations,
            )
    for row in grid.rows[:-1]:  # the table kept on one page when it fits, as the PDF keeps it
        for cell in row.cells:
            for p in cell.paragraphs:
                p.paragraph_format.keep_with_next = True
    if t.note:
        note = doc.add_paragraph(style="Caption")
        runs(note, t.note)


def _repeat_header(tr: CT_Row) -> None:
    props = tr.get_or_add_trPr()
    flag = OxmlElement("w:tblHeader")
    flag.set(qn("w:val"), "true")
    props.append(flag)


def figure(doc: Document, image: FigureImage, legend: str) -> None:
    """The figure as the PDF draws it (one picture), then its legend (``Figure N:`` bold)."""
    picture = doc.add_paragraph()
    picture.alignment = WD_ALIGN_PARAGRAPH.CENTER
    picture.paragraph_format.keep_with_next = True
    picture.add_run().add_picture(io.BytesIO(image.png), width=Pt(image.width))
    head, _, rest = legend.partition(": ")
    labelled(doc.add_paragraph(style="Caption"), head, rest)


def footer(doc: Document, text: str) -> None:
    """Every page's foot: ``text`` on the left, ``Page x of y`` after it."""
    p = doc.sections[0].footer.paragraphs[0]
    runs(p, text + "    Page ", size=Pt(8))
    _field(p, "PAGE")
    runs(p, " of ", size=Pt(8))
    _field(p, "NUMPAGES")


def _field(p: Paragraph, name: str) -> None:
    run = p.add_run()
    run.font.size = Pt(8)
    for kind, text in (("begin", None), (None, name), ("separate", None), (None, "1")):
        if kind is not None:
            el = OxmlElement("w:fldChar")
            el.set(qn("w:fldCharType"), kind)
        elif text == name:
            el = OxmlElement("w:instrText")
            el.set(qn("xml:space"), "preserve")
            el.text = f" {name} "
        else:
            el = OxmlElement("w:t")
            el.text = text
        run._r.append(el)
    end = OxmlElement("w:fldChar")
    end.set(qn("w:fldCharType"), "end")
    run._r.append(end)


def page_setup(doc: Document, margin_mm: float) -> None:
    """US Letter with the PDF's margins."""
    s = doc.sections[0]
    s.page_width, s.page_height = Pt(612), Pt(792)
    for side in ("left_margin", "right_margin", "top_margin", "bottom_margin"):
        setattr(s, side, Mm(margin_mm))
