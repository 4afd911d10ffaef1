"""Drawing a regulator's paper form: numbered boxes in rows, check boxes, and boxes whose
text flows onto continuation pages when it does not fit (CIOMS I box 7+13).

A form is a list of :class:`Row` s of :class:`Cell` s over its own pages. A cell's text is
user text: it is escaped before it reaches a ``Paragraph``. What a cell cannot hold (it
is never dropped) goes on continuation pages after the form's, under the box's number and title, and
the box says on which page it continues. Every page carries the form's name and "page x
of y". Fonts are the embedded DejaVu (every character prints); ``invariant`` makes the
bytes stable for tests.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO, Any
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Paragraph

from caselog.report.render.fonts import SANS, register_fonts

MARGIN = 28.0
TITLE_SIZE = 6.2
TEXT_SIZE = 8.0
PAD = 3.0
CHECK = 7.0


@dataclass(frozen=True)
class Cell:
    """One numbered box: its number ("7 + 13"), title, and what it holds."""

    number: str
    title: str
    lines: Sequence[str] = ()  # text, one paragraph a line
    checks: Sequence[tuple[str, bool]] = ()  # labelled check boxes, ticked or not
    width: float = 1.0  # relative to the other cells of its row
    flow: bool = False  # expected to run long (any box continues when it must)
    across: bool = False  # the check boxes side by side (YES NO NA), not one under another
    note: str = ""  # small print under the title (e.g. "(Day Month Year)")


@dataclass(frozen=True)
class Row:
    height: float
    cells: Sequence[Cell]
    band: str = ""  # a section heading drawn as a dark band instead of cells
    new_page: bool = False  # the form's next page starts with this row


@dataclass(frozen=True)
class Form:
    name: str  # e.g. "CIOMS FORM"
    heading: str  # e.g. "SUSPECT ADVERSE REACTION REPORT"
    rows: Sequence[Row]
    page_size: tuple[float, float]
    footer: str = ""  # one line under the boxes of the first page


@dataclass
class _Continued:
    cell: Cell
    paragraphs: list[Paragraph]
    page: int = 0


@dataclass
class _Page:
    placements: list[tuple[Any, float, float]] = field(default_factory=list)


def _styles() -> tuple[ParagraphStyle, ParagraphStyle, ParagraphStyle]:
    register_fonts()
    title = ParagraphStyle("title", fontName=SANS, fontSize=TITLE_SIZE, leading=7.2)
    text = ParagraphStyle("text", fontName=SANS, fontSize=TEXT_SIZE, leading=9.6)
    head = ParagraphStyle("head", fontName=f"{SANS}-Bold", fontSize=9, leading=12)
    return title, text, head


def paragraphs(lines: Sequence[str], style: ParagraphStyle) -> list[Paragraph]:
    return [Paragraph(escape(line).replace("\n", "<br/>"), style) for line in lines if line]


def _fit(items: list[Paragraph], width: float, height: float) -> tuple[list[Any], list[Any]]:
    """The flowables (split where a paragraph breaks) that fill ``height``, and the rest."""
    kept: list[Any] = []
    rest = list(items)
    left = height
    while rest:
        f = rest[0]
        _, h = f.wrap(width, left)
        if h <= left:
            kept.append(f)
            left -= h
            rest.pop(0)
            continue
        pieces = f.split(width, left)
        if len(pieces) >= 2:
            pieces[0].wrap(width, left)
            kept.append(pieces[0])
            rest[0:1] = pieces[1:]
        break
    return kept, rest


class FormRenderer:
    """Lays out and draws one :class:`Form`."""

    def __init__(self, form: Form, *, invariant: bool = False) -> None:
        self.form = form
        self.invariant = invariant
        self.title_style, self.text_style, self.head_style = _styles()

    def render(self, out: Path | IO[bytes]) -> int:
        """Write the PDF; return its number of pages."""
        continued, form_pages = self._form_pages()
        pages = self._continuation(continued, len(form_pages))
        total = len(form_pages) + len(pages)
        canvas = Canvas(
            out if not isinstance(out, Path) else str(out),
            pagesize=self.form.page_size,
            invariant=1 if self.invariant else 0,
        )
        canvas.setTitle(f"{self.form.name}: {self.form.heading}")
        canvas.setAuthor("caselog")
        height = self.form.page_size[1]
        for n, draws in enumerate(form_pages, start=1):
            if n > 1:
                canvas.showPage()
            self._draw_frame(canvas, n, total)
            for draw in draws:
                draw(canvas)
        for n, page in enumerate(pages, start=len(form_pages) + 1):
            canvas.showPage()
            self._draw_frame(canvas, n, total)
            canvas.setFont(f"{SANS}-Bold", 10)
            canvas.drawString(MARGIN, height - MARGIN - 30, "CONTINUATION")
            for flowable, x, y in page.placements:
                flowable.drawOn(canvas, x, y)
        canvas.showPage()
        canvas.save()
        return total

    # ---- the form's own pages

    def _form_pages(self) -> tuple[list[_Continued], list[list[Any]]]:
        width, height = self.form.page_size
        top = height - MARGIN - 34
        usable = width - 2 * MARGIN
        draws: list[Any] = []
        pages = [draws]
        continued: list[_Continued] = []
        y = top
        for row in self.form.rows:
            if row.new_page:
                draws = []
                pages.append(draws)
                y = top
            y -= row.height
            if row.band:
                draws.append(_band(MARGIN, y, usable, row.height, row.band))
                continue
            total = sum(c.width for c in row.cells)
            x = MARGIN
            for cell in row.cells:
                w = usable * cell.width / total
                draws.append(self._cell(cell, x, y, w, row.height, continued))
                x += w
        if self.form.footer:
            footer = Paragraph(escape(self.form.footer), self.title_style)
            footer.wrap(usable, 40)
            pages[0].append(lambda c, f=footer: f.drawOn(c, MARGIN, MARGIN + 2))
        return continued, pages

    def _cell(self, cell: Cell, x: float, y: float, w: float, h: float,
              continued: list[_Continued]) -> Any:  # fmt: skip
        inner = w - 2 * PAD
        head = f"{cell.number}. {cell.title}" if cell.number else cell.title
        title = Paragraph(escape(head), self.title_style)
        _, th = title.wrap(inner, h)
        note = Paragraph(escape(cell.note), self.title_style) if cell.note else None
        nh = note.wrap(inner, h)[1] if note is not None else 0.0
        room = h - th - nh - 2 * PAD - 1
        checks_h = self._checks_height(cell, inner)
        items = paragraphs(cell.lines, self.text_style)
        kept, rest = _fit(items, inner, room - checks_h)
        tail: _Continued | None = None
        if rest:  # never dropped: keep a line for "continued on page N"
            kept, rest = _fit(items, inner, room - checks_h - self.text_style.leading)
            tail = _Continued(cell, rest)
            continued.append(tail)

        def draw(c: Canvas) -> None:
            c.setStrokeColor(colors.black)
            c.setLineWidth(0.6)
            c.rect(x, y, w, h)
            top = y + h - PAD
            title.drawOn(c, x + PAD, top - th)
            top -= th
            if note is not None:
                note.drawOn(c, x + PAD, top - nh)
                top -= nh
            top -= 1
            for f in kept:
                f.drawOn(c, x + PAD, top - f.height)
                top -= f.height
            if cell.checks:
                self._draw_checks(c, cell, x + PAD, top, inner)
            if tail is not None:
                more = Paragraph(f"<i>(continued on page {tail.page})</i>", self.text_style)
                more.wrap(inner, h)
                more.drawOn(c, x + PAD, y + PAD)

        return draw

    def _checks_height(self, cell: Cell, inner: float) -> float:
        if not cell.checks:
            return 0.0
        if cell.across:
            return CHECK + 3
        heights = [self._check_paragraph(lbl, inner).wrap(inner - CHECK - 4, 100)[1]
                   for lbl, _ in cell.checks]  # fmt: skip
        return float(sum(max(h, CHECK) + 2 for h in heights))

    def _check_paragraph(self, text: str, inner: float) -> Paragraph:
        return Paragraph(escape(text), self.title_style)

    def _draw_checks(self, c: Canvas, cell: Cell, x: float, top: float, inner: float) -> None:
        if cell.across:
            step = inner / len(cell.checks)
            for n, (text, ticked) in enumerate(cell.checks):
                _tick_box(c, x + n * step, top - CHECK - 1, ticked)
                c.setFont(SANS, TITLE_SIZE)
                c.drawString(x + n * step + CHECK + 3, top - CHECK + 0.5, text)
            return
        for text, ticked in cell.checks:
            p = self._check_paragraph(text, inner)
            _, ph = p.wrap(inner - CHECK - 4, 100)
            _tick_box(c, x, top - CHECK - 1, ticked)
            p.drawOn(c, x + CHECK + 4, top - max(ph, CHECK))
            top -= max(ph, CHECK) + 2

    # ---- continuation pages

    def _continuation(self, continued: list[_Continued], before: int) -> list[_Page]:
        width, height = self.form.page_size
        inner = width - 2 * MARGIN
        top = height - MARGIN - 40
        bottom = MARGIN + 20
        pages: list[_Page] = []
        page: _Page | None = None
        y = bottom
        for item in continued:
            head = Paragraph(
                escape(f"{item.cell.number}. {item.cell.title} (continued)"), self.head_style
            )
            flowables: list[Any] = [head, *item.paragraphs]
            first = True
            while flowables:
                if page is None or y - bottom < 3 * self.text_style.leading:
                    page = _Page()
                    pages.append(page)
                    y = top
                if first:
                    item.page = len(pages) + before
                    first = False
                kept, flowables = _fit(flowables, inner, y - bottom)
                if not kept:  # nothing fits on what is left of this page: a fresh one
                    page = None
                    continue
                for f in kept:
                    y -= f.height
                    page.placements.append((f, MARGIN, y))
                y -= 8
                if flowables:
                    page = None
        return pages

    def _draw_frame(self, c: Canvas, n: int, total: int) -> None:
        width, height = self.form.page_size
        c.setFont(f"{SANS}-Bold", 12)
        c.drawString(MARGIN, height - MARGIN - 12, self.form.heading)
        c.setFont(f"{SANS}-Bold", 10)
        c.drawRightString(width - MARGIN, height - MARGIN - 12, self.form.name)
        c.setFont(SANS, 7)
        c.drawRightString(width - MARGIN, MARGIN - 10, f"page {n} of {total}")
        c.drawString(MARGIN, MARGIN - 10, "Written by caselog from the recorded case")


def _tick_box(c: Canvas, x: float, y: float, ticked: bool) -> None:
    c.rect(x, y, CHECK, CHECK)
    if ticked:
        c.setFont(f"{SANS}-Bold", 7)
        c.drawCentredString(x + CHECK / 2, y + 1.2, "X")


def _band(x: float, y: float, w: float, h: float, text: str) -> Any:
    def draw(c: Canvas) -> None:
        c.setFillColor(colors.HexColor("#222222"))
        c.rect(x, y, w, h, fill=1, stroke=1)
        c.setFillColor(colors.white)
        c.setFont(f"{SANS}-Bold", 8.5)
        c.drawCentredString(x + w / 2, y + (h - 8.5) / 2 + 1.5, text)
        c.setFillColor(colors.black)

    return draw
