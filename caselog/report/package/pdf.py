"""The PDFs of a submission package: the manuscript laid out once with the page of every
paragraph noted (the CARE checklist names them), and the companion documents (the CARE
checklist) on the report renderers' shared base."""

from __future__ import annotations

import io
from dataclasses import dataclass

from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import BaseDocTemplate, Flowable, Paragraph

from caselog.report.model import Report
from caselog.report.render import RENDERERS
from caselog.report.render.base import MUTED
from caselog.report.render.cureus import CureusRenderer
from caselog.report.render.fonts import SANS


@dataclass(frozen=True)
class Laid:
    """A PDF and the page each of its paragraphs starts on, as (page, plain text)."""

    pdf: bytes
    pages: int
    paragraphs: list[tuple[int, str]]

    def page_of(self, start: str) -> int | None:
        """The page of the first paragraph whose text starts with ``start``."""
        key = " ".join(start.split())
        for page, text in self.paragraphs:
            if " ".join(text.split()).startswith(key):
                return page
        return None

    def page_containing(self, part: str) -> int | None:
        key = " ".join(part.split())
        for page, text in self.paragraphs:
            if key in " ".join(text.split()):
                return page
        return None


def laid_out(report: Report, *, invariant: bool = False) -> Laid:
    """``report`` as the PDF ``render_pdf`` writes, with its paragraphs' pages."""
    seen: list[tuple[int, str]] = []
    renderer = RENDERERS[report.template](report, invariant=invariant)
    original = renderer.after_flowable

    def note(doc: BaseDocTemplate, flowable: Flowable) -> None:
        original(doc, flowable)
        if isinstance(flowable, Paragraph):
            seen.append((int(doc.page), flowable.getPlainText()))

    renderer.after_flowable = note  # type: ignore[method-assign]
    buffer = io.BytesIO()
    pages = renderer.render(buffer)
    return Laid(buffer.getvalue(), pages, seen)


class DocumentPdf(CureusRenderer):
    """A companion document: the label and title, its sections; its foot names it."""

    def __init__(self, report: Report, *, foot: str, invariant: bool = False) -> None:
        super().__init__(report, invariant=invariant)
        self.foot = foot
        self.shape = foot

    def draw_footer(self, canvas: Canvas) -> None:
        canvas.saveState()
        canvas.setFont(SANS, 7.5)
        canvas.setFillColor(MUTED)
        canvas.drawString(self.margin, 12 * mm, self.foot)
        canvas.restoreState()


def document_pdf(report: Report, foot: str, *, invariant: bool = False) -> bytes:
    buffer = io.BytesIO()
    DocumentPdf(report, foot=foot, invariant=invariant).render(buffer)
    return buffer.getvalue()
