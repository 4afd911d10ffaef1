"""The shared base of the report renderers: page templates with header and footer drawn in
``onPage``, "Page x of y" from a numbered canvas, embedded fonts, escaped user text, and
PDF metadata that carries nothing private."""

from __future__ import annotations

from typing import IO, Any

from reportlab.lib import colors
from reportlab.lib.enums import TA_LEFT
from reportlab.lib.pagesizes import LETTER
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import BaseDocTemplate, Flowable, Frame, PageTemplate, Paragraph, Spacer

from caselog.report.model import Block, Figure, Report, Table, TrendFigure
from caselog.report.render.flowables import figure_flowables, table_flowables, trend_flowables
from caselog.report.render.fonts import SANS, SERIF, register_fonts
from caselog.report.render.text import esc

ACCENT = colors.Color(0.0, 0.36, 0.45)
MUTED = colors.Color(0.4, 0.4, 0.4)


class NumberedCanvas(Canvas):  # type: ignore[misc]  # reportlab ships no type hints
    """Keeps each page until the end so every footer can say "Page x of y"."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._pages: list[dict[str, Any]] = []

    def showPage(self) -> None:  # noqa: N802 - ReportLab's name
        self._pages.append(dict(self.__dict__))
        self._startPage()

    def save(self) -> None:
        total = len(self._pages)
        for state in self._pages:
            self.__dict__.update(state)
            self.setFont(SANS, 7.5)
            self.setFillColor(MUTED)
            width = self._pagesize[0]
            self.drawRightString(width - 20 * mm, 12 * mm, f"Page {self._pageNumber} of {total}")
            super().showPage()
        super().save()


class ReportRenderer:
    """Lays a ``Report`` out. Subclasses give the journal's front matter and order."""

    margin = 20 * mm
    shape = "manuscript"  # printed in the footer, e.g. "Cureus case report format"

    def __init__(self, report: Report, *, invariant: bool = False) -> None:
        register_fonts()
        self.report = report
        self.invariant = invariant
        self.width = LETTER[0] - 2 * self.margin
        self.styles = self.make_styles()
        self._running_title: str | None = None

    # -- styles ---------------------------------------------------------------------------

    def make_styles(self) -> dict[str, ParagraphStyle]:
        body = ParagraphStyle(
            "body", fontName=SERIF, fontSize=9.5, leading=13.5, alignment=TA_LEFT, spaceAfter=6
        )
        return {
            "body": body,
            "label": ParagraphStyle(
                "label",
                fontName=f"{SANS}-Bold",
                fontSize=8.5,
                leading=11,
                textColor=ACCENT,
                spaceAfter=6,
            ),
            "title": ParagraphStyle(
                "title", fontName=f"{SANS}-Bold", fontSize=17, leading=21, spaceAfter=8
            ),
            "authors": ParagraphStyle(
                "authors", fontName=SANS, fontSize=10, leading=14, spaceAfter=4
            ),
            "small": ParagraphStyle(
                "small",
                fontName=SANS,
                fontSize=8,
                leading=10.5,
                textColor=colors.black,
                spaceAfter=2,
            ),
            "h1": ParagraphStyle(
                "h1",
                fontName=f"{SANS}-Bold",
                fontSize=11.5,
                leading=15,
                textColor=ACCENT,
                spaceBefore=10,
                spaceAfter=4,
                keepWithNext=1,
            ),
            "h2": ParagraphStyle(
                "h2",
                fontName=f"{SANS}-Bold",
                fontSize=10,
                leading=13,
                spaceBefore=6,
                spaceAfter=3,
                keepWithNext=1,
            ),
            "cell": ParagraphStyle("cell", fontName=SANS, fontSize=7.5, leading=9.5),
            "caption": ParagraphStyle(
                "caption", fontName=SANS, fontSize=8, leading=10.5, spaceAfter=8
            ),
            "ref": ParagraphStyle(
                "ref",
                fontName=SERIF,
                fontSize=8.5,
                leading=11.5,
                leftIndent=14,
                firstLineIndent=-14,
                spaceAfter=2,
            ),
        }

    # -- pages ----------------------------------------------------------------------------

    def page_templates(self) -> list[PageTemplate]:
        frame_h = LETTER[1] - 2 * self.margin - 6 * mm
        first = Frame(self.margin, self.margin, self.width, frame_h, id="first", showBoundary=0)
        later = Frame(self.margin, self.margin, self.width, frame_h, id="later", showBoundary=0)
        return [
            PageTemplate("first", [first], onPage=self.on_first_page, autoNextPageTemplate="later"),
            PageTemplate("later", [later], onPage=self.on_later_page),
        ]

    def on_first_page(self, canvas: Canvas, doc: BaseDocTemplate) -> None:
        self.draw_footer(canvas)

    def on_later_page(self, canvas: Canvas, doc: BaseDocTemplate) -> None:
        self.draw_running_head(canvas)
        self.draw_footer(canvas)

    def draw_running_head(self, canvas: Canvas) -> None:
        canvas.saveState()
        canvas.setFont(SANS, 7.5)
        canvas.setFillColor(MUTED)
        top = LETTER[1] - 12 * mm
        canvas.drawString(self.margin, top, self.report.label)
        title = self.running_title()
        canvas.drawRightString(self.margin + self.width, top, title)
        canvas.setStrokeColor(MUTED)
        canvas.setLineWidth(0.4)
        canvas.line(self.margin, top - 3, self.margin + self.width, top - 3)
        canvas.restoreState()

    def running_title(self) -> str:
        """The title cut to fit three quarters of the running head, computed once."""
        if self._running_title is None:
            title, room = " ".join(self.report.title.split()), self.width * 0.75
            title = title[: int(room / 2)]  # no glyph is narrower than 2 pt at 7.5 pt
            if stringWidth(title, SANS, 7.5) > room or title != self.report.title:
                while title and stringWidth(title + "…", SANS, 7.5) > room:
                    title = title[:-1]
                title = title.rstrip() + "…"
            self._running_title = title
        return self._running_title

    def draw_footer(self, canvas: Canvas) -> None:
        canvas.saveState()
        canvas.setFont(SANS, 7.5)
        canvas.setFillColor(MUTED)
        canvas.drawString(self.margin, 12 * mm, f"Manuscript draft, {self.shape}; de-identified")
        canvas.restoreState()

    # -- content --------------------------------------------------------------------------

    def para(self, text: str, style: str = "body") -> Paragraph:
        """A paragraph of user text (escaped)."""
        return Paragraph(esc(text), self.styles[style])

    def block(self, b: Block) -> list[Flowable]:
        if isinstance(b, str):
            return [self.para(b)]
        if isinstance(b, Table):
            return [
                *table_flowables(b, self.width, self.styles["cell"], self.styles["caption"]),
                Spacer(0, 8),
            ]
        if isinstance(b, Figure):
            return figure_flowables(b, self.width, self.styles["caption"])
        if isinstance(b, TrendFigure):
            return trend_flowables(b, self.width, self.styles["caption"])
        raise TypeError(f"unknown report block {type(b).__name__}")

    def references(self) -> list[Flowable]:
        if not self.report.references:
            return []
        out: list[Flowable] = [Paragraph("References", self.styles["h1"])]
        for n, ref in enumerate(self.report.references, 1):
            out.append(Paragraph(f"{n}.&nbsp;&nbsp;{esc(ref)}", self.styles["ref"]))
        return out

    def story(self) -> list[Flowable]:
        raise NotImplementedError

    def after_flowable(self, doc: BaseDocTemplate, flowable: Flowable) -> None:
        """Called as each flowable is laid out (the CMAJ fit check counts what overflows)."""

    # -- output ---------------------------------------------------------------------------

    def render(self, out: str | IO[bytes]) -> int:
        """Write the PDF; return its number of pages."""
        r = self.report
        doc = BaseDocTemplate(
            out,
            pagesize=LETTER,
            leftMargin=self.margin,
            rightMargin=self.margin,
            topMargin=self.margin,
            bottomMargin=self.margin,
            title=r.title,
            author=", ".join(a.name for a in r.authors),
            subject=f"{r.label} ({self.shape})",
            creator="caselog",
            keywords=list(r.keywords),
            invariant=1 if self.invariant else 0,
            lang="en",
        )
        doc.addPageTemplates(self.page_templates())
        doc.afterFlowable = lambda flowable: self.after_flowable(doc, flowable)
        doc.build(self.story(), canvasmaker=NumberedCanvas)
        return int(doc.page)
