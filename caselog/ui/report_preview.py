"""Building, laying out and rasterising a report off the window's thread.

``preview_work`` is the work ``caselog.ui.taskman`` runs: it builds the report from a plain
case (no database), renders the PDF into memory and rasterises each page with pdfium into
a ``QImage`` (safe outside the GUI thread; a ``QPixmap`` is not). ``decisions`` opens the
author's decisions on redactions (``services.using_decisions``) around the build, on the
worker, so the preview redacts what the exported PDF will. Cancelling stops between
stages and between pages; ReportLab's layout itself cannot be interrupted, so its result is
dropped when a cancel came during it.
"""

from __future__ import annotations

import io
import logging
from collections.abc import Callable
from contextlib import AbstractContextManager, nullcontext
from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtGui import QImage

from caselog import lazy
from caselog.core.model import Case
from caselog.core.vocab import REGULATORY_FORMS
from caselog.report import raster
from caselog.ui.taskman import Cancelled, TaskContext, Work

if TYPE_CHECKING:
    import pypdfium2 as pdfium

    from caselog import report as rendering
    from caselog.clinical import coding, regulatory
    from caselog.report import regulatory as forms
    from caselog.report.model import Report
else:  # ReportLab and pdfium load with the first preview (see caselog/lazy.py)
    pdfium = lazy.module("pypdfium2")
    rendering = lazy.module("caselog.report")
    forms = lazy.module("caselog.report.regulatory")
    coding = lazy.module("caselog.clinical.coding")
    regulatory = lazy.module("caselog.clinical.regulatory")

log = logging.getLogger(__name__)

PREVIEW_SCALE = 1.5
"""Pixels per PDF point of the preview (1.0 is 72 dpi)."""

_PDFIUM = raster.PDFIUM  # pdfium is not thread-safe: one document at a time, process-wide


def rasterise(pdf: bytes, *, scale: float = PREVIEW_SCALE) -> list[QImage]:
    """Every page of ``pdf`` as an image (for tests)."""

    with _PDFIUM:
        doc = pdfium.PdfDocument(pdf)
        try:
            return [_page_image(doc[i], scale) for i in range(len(doc))]
        finally:
            doc.close()


def _page_image(page: object, scale: float) -> QImage:
    bitmap = page.render(scale=scale)  # type: ignore[attr-defined]
    pil = bitmap.to_pil().convert("RGB")
    w, h = pil.size
    return QImage(pil.tobytes(), w, h, 3 * w, QImage.Format.Format_RGB888).copy()


@dataclass(frozen=True)
class Built:
    """The report is built: its warnings and redactions are shown before the pages."""

    report: Report


@dataclass(frozen=True)
class FormBuilt:
    """A regulator's form is built: it is identified, and has no journal warnings."""

    template: str


@dataclass(frozen=True)
class Page:
    """One page drawn (``index`` from 0)."""

    index: int
    image: QImage


class PreviewFailed(Exception):
    """The report could not be built or laid out (the message says why, for the user)."""


Decisions = Callable[[], AbstractContextManager[object]]
"""Opens the author's decisions on redactions for the build (``services.using_decisions``)."""


def preview_work(
    case: Case,
    template: str,
    *,
    scale: float = PREVIEW_SCALE,
    decisions: Decisions | None = None,
) -> Work[bytes]:
    """The work of one preview for ``taskman``: it sends ``Built`` then a ``Page`` each,
    and returns the PDF. Cancelled between stages and pages (``Cancelled``). The report is
    built inside ``decisions()`` (entered on the worker: a context variable does not cross
    threads), as ``services.write_report`` builds the exported PDF."""

    def work(ctx: TaskContext) -> bytes:
        try:
            with decisions() if decisions is not None else nullcontext():
                return _preview(case, template, scale, ctx)
        except Cancelled:
            raise
        except Exception as exc:  # shown in the dialog; the log keeps the detail
            log.info("report preview failed", exc_info=True)
            raise PreviewFailed(f"The report could not be laid out: {exc}") from exc

    return work


def _preview(case: Case, template: str, scale: float, ctx: TaskContext) -> bytes:
    ctx.progress(5, 100, "Building the report…")
    buffer = io.BytesIO()
    if template in REGULATORY_FORMS:  # the same facts and coding as caselog report
        facts = regulatory.facts_of(
            case, meddra=coding.meddra_from_env(), whodrug=coding.whodrug_from_env()
        )
        ctx.check()
        ctx.send(FormBuilt(template))
        ctx.progress(15, 100, "Laying out the pages…")
        forms.render_form(facts, template, buffer)
    else:
        report = rendering.build_report(case, template)
        ctx.check()
        ctx.send(Built(report))
        ctx.progress(15, 100, "Laying out the pages…")
        rendering.render_pdf(report, buffer)  # ReportLab's layout cannot stop half-way
    pdf = buffer.getvalue()
    ctx.check()

    with _PDFIUM:
        doc = pdfium.PdfDocument(pdf)
        try:
            n = len(doc)
            for i in range(n):
                ctx.check()
                ctx.progress(60 + 40 * i // n, 100, f"Drawing page {i + 1} of {n}…")
                ctx.send(Page(i, _page_image(doc[i], scale)))
        finally:
            doc.close()
    return pdf
