"""The Word renderers: the same ``Report`` the PDF renderers lay out, as an editable
manuscript (python-docx). Real Word headings (Heading 1 for a section, Heading 2 for a
subsection), tables, figures with their legends, references as a numbered list, and the
same words in the same order as the PDF of the same template: Cureus (Additional
Information with the Disclosures before the references), CMAJ (one text, citations in
superscript, the footer block in small type) and the case series (a structured abstract
with its labels in bold)."""

from __future__ import annotations

from pathlib import Path
from typing import IO

from docx.document import Document
from docx.shared import Pt

from caselog.report.model import Block, Figure, Report, Table, TrendFigure
from caselog.report.render import docx_parts as parts
from caselog.report.render.base import ReportRenderer
from caselog.report.render.cmaj import CmajRenderer
from caselog.report.render.cureus import CureusRenderer
from caselog.report.render.docx_figures import FigureImage, figure_image
from caselog.report.render.series import SeriesRenderer
from caselog.report.series.tables import SeriesChart

SMALL = Pt(9)
MM = 72 / 25.4


class DocxRenderer:
    """Cureus's shape; the CMAJ and series renderers change what differs."""

    pdf: type[ReportRenderer] = CureusRenderer  # the PDF renderer of the same template
    cite_superscript = False

    def __init__(
        self,
        report: Report,
        *,
        invariant: bool = False,
        images: dict[int, FigureImage] | None = None,
    ) -> None:
        self.report = report
        self.invariant = invariant
        self.images = images or {}  # figure number -> its picture, when drawn already
        margin_mm = self.pdf.margin / MM
        self.width = 612 - 2 * self.pdf.margin  # the PDF's text width, in points
        r = report
        self.doc: Document = parts.new(
            title=r.title,
            author=", ".join(a.name for a in r.authors),
            subject=f"{r.label} ({self.pdf.shape})",
            keywords=r.keywords,
        )
        parts.page_setup(self.doc, margin_mm)

    # -- the document ----------------------------------------------------------------

    def render(self, out: Path | str | IO[bytes]) -> None:
        self.front()
        self.body()
        self.closing()
        parts.footer(self.doc, self.footer_text())
        parts.fix_dates(self.doc, self.invariant)
        parts.save(self.doc, str(out) if isinstance(out, Path) else out)

    def footer_text(self) -> str:
        return f"Manuscript draft, {self.pdf.shape}; de-identified"

    def para(self, text: str, style: str | None = None) -> None:
        p = self.doc.add_paragraph(style=style)
        parts.runs(p, text, superscript_citations=self.cite_superscript)

    def heading(self, text: str, level: int) -> None:
        if text:
            parts.runs(self.doc.add_heading(level=level), text)

    def label_and_title(self) -> None:
        p = self.doc.add_paragraph()
        parts.runs(p, self.report.label.upper(), bold=True, size=SMALL)
        if self.report.title:
            parts.runs(self.doc.add_paragraph(style="Title"), self.report.title)

    def authors(self, *, degrees: bool, marks: bool) -> None:
        r = self.report
        if not r.authors:
            return
        p = self.doc.add_paragraph()
        for i, a in enumerate(r.authors):
            if i:
                p.add_run(", ")
            parts.runs(p, a.name + (f" {a.degrees}" if degrees and a.degrees else ""))
            if marks and a.affiliations:
                p.add_run(",".join(str(n) for n in a.affiliations)).font.superscript = True

    def front(self) -> None:
        r = self.report
        self.label_and_title()
        self.authors(degrees=False, marks=True)
        for n, aff in enumerate(r.affiliations, 1):
            p = self.doc.add_paragraph()
            p.add_run(str(n)).font.superscript = True
            parts.runs(p, f" {aff}", size=SMALL)
        if r.correspondence:
            parts.labelled(
                self.doc.add_paragraph(), "Corresponding author", r.correspondence, size=SMALL
            )
        if r.abstract:
            self.heading("Abstract", 1)
            self.abstract(r.abstract)
        if r.keywords:
            parts.labelled(self.doc.add_paragraph(), "Keywords", ", ".join(r.keywords), size=SMALL)

    def abstract(self, text: str) -> None:
        self.para(text)

    def body(self) -> None:
        for section in self.report.sections:
            self.heading(section.heading, 1 if section.level == 1 else 2)
            for b in section.blocks:
                self.block(b)

    def block(self, b: Block) -> None:
        if isinstance(b, str):
            self.para(b)
        elif isinstance(b, Table):
            parts.table(self.doc, b, self.width, superscript_citations=self.cite_superscript)
        elif isinstance(b, Figure | TrendFigure):
            image = self.images.get(b.number) or figure_image(b, self.width, self.report.template)
            parts.figure(self.doc, image, self.legend(b))
        else:
            raise TypeError(f"unknown report block {type(b).__name__}")

    def legend(self, f: Figure | TrendFigure) -> str:
        return f.legend

    def closing(self) -> None:
        if self.report.footer:
            self.heading("Additional Information", 1)
            self.heading("Disclosures", 2)
            for label, text in self.report.footer:
                parts.labelled(self.doc.add_paragraph(), label, text)
        self.references()

    def references(self) -> None:
        if not self.report.references:
            return
        self.heading("References", 1)
        for ref in self.report.references:
            self.para(ref, style="List Number")


class CureusDocx(DocxRenderer):
    pdf = CureusRenderer


class SeriesDocx(DocxRenderer):
    """The series PDF prints no Additional Information block: its consent is a section."""

    pdf = SeriesRenderer

    def abstract(self, text: str) -> None:
        if "\n" not in text:
            return self.para(text)
        p = self.doc.add_paragraph()
        for i, line in enumerate(text.split("\n")):
            if i:
                p.add_run().add_break()
            head, _, rest = line.partition(": ")
            parts.labelled(p, head, rest)
        return None

    def legend(self, f: Figure | TrendFigure) -> str:
        if isinstance(f, SeriesChart):
            return f"Figure {f.number}: {f.title}"
        return f.legend

    def closing(self) -> None:
        self.references()


class CmajDocx(DocxRenderer):
    pdf = CmajRenderer
    cite_superscript = True

    def front(self) -> None:
        self.label_and_title()
        self.authors(degrees=True, marks=len(self.report.affiliations) > 1)

    def body(self) -> None:
        for section in self.report.sections:
            self.heading(section.heading, 2)
            for b in section.blocks:
                self.block(b)

    def closing(self) -> None:
        r = self.report
        self.references()
        if not r.footer:
            return
        p = self.doc.add_paragraph()
        for i, (label, text) in enumerate(r.footer):
            if i:
                p.add_run("   ")
            if label == "Affiliations" and len(r.affiliations) > 1:
                parts.runs(p, f"{label}:", bold=True, size=SMALL)
                for n, aff in enumerate(r.affiliations, 1):
                    parts.runs(p, " " if n == 1 else "; ", size=SMALL)
                    sup = p.add_run(str(n))
                    sup.font.superscript = True
                    sup.font.size = SMALL
                    parts.runs(p, aff, size=SMALL)
            else:
                parts.labelled(p, label, text, size=SMALL)


class DocumentDocx(DocxRenderer):
    """A submission's companion document (title page, cover letter, CARE checklist): the
    label, the title and the authors with degrees and affiliations when it has them, then
    its sections; its foot names the document."""

    def __init__(self, report: Report, *, foot: str, invariant: bool = False) -> None:
        super().__init__(report, invariant=invariant)
        self.foot = foot

    def footer_text(self) -> str:
        return self.foot

    def front(self) -> None:
        r = self.report
        self.label_and_title()
        self.authors(degrees=True, marks=True)
        for n, aff in enumerate(r.affiliations, 1):
            p = self.doc.add_paragraph()
            p.add_run(str(n)).font.superscript = True
            parts.runs(p, f" {aff}")
        if r.correspondence:
            parts.labelled(self.doc.add_paragraph(), "Corresponding author", r.correspondence)

    def closing(self) -> None:
        pass


DOCX_RENDERERS: dict[str, type[DocxRenderer]] = {
    "cureus": CureusDocx,
    "cmaj": CmajDocx,
    "series": SeriesDocx,
}


def render_docx(
    report: Report,
    out: Path | IO[bytes],
    *,
    invariant: bool = False,
    images: dict[int, FigureImage] | None = None,
) -> None:
    """Write ``report`` as a Word document to a path or a binary file.

    ``invariant`` fixes the document's dates (byte-stable output for tests); ``images``
    gives figures already drawn (``docx_figures.figure_image``), by number."""
    DOCX_RENDERERS[report.template](report, invariant=invariant, images=images).render(out)
