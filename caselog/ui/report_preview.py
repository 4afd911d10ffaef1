"""Building, laying out and rasterising a report off the window's thread.

The worker builds the report from a plain case (no database), renders the PDF into memory
and rasterises each page with pdfium into a ``QImage`` (safe outside the GUI thread; a
``QPixmap`` is not). Cancelling stops between stages and between pages; ReportLab's layout
itself cannot be interrupted, so its result is dropped when a cancel came during it.
"""

from __future__ import annotations

import io
import logging
import threading
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QThread, Signal, Slot
from PySide6.QtGui import QImage

from caselog.core.model import Case

if TYPE_CHECKING:
    from caselog.report.model import Report

log = logging.getLogger(__name__)

PREVIEW_SCALE = 1.5
"""Pixels per PDF point of the preview (1.0 is 72 dpi)."""

_PDFIUM = threading.Lock()  # pdfium is not thread-safe: one document at a time


def rasterise(pdf: bytes, *, scale: float = PREVIEW_SCALE) -> list[QImage]:
    """Every page of ``pdf`` as an image (for tests and the worker)."""
    return list(_pages(pdf, scale, threading.Event()))


def _pages(pdf: bytes, scale: float, cancel: threading.Event) -> list[QImage]:
    import pypdfium2 as pdfium

    out: list[QImage] = []
    with _PDFIUM:
        doc = pdfium.PdfDocument(pdf)
        try:
            for i in range(len(doc)):
                if cancel.is_set():
                    break
                out.append(_page_image(doc[i], scale))
        finally:
            doc.close()
    return out


def _page_image(page: object, scale: float) -> QImage:
    bitmap = page.render(scale=scale)  # type: ignore[attr-defined]
    pil = bitmap.to_pil().convert("RGB")
    w, h = pil.size
    return QImage(pil.tobytes(), w, h, 3 * w, QImage.Format.Format_RGB888).copy()


class PreviewWorker(QObject):
    """Builds the report, renders its PDF, rasterises its pages; emits as it goes."""

    progress = Signal(int, int, str)  # step done, steps in all, what is being done
    page = Signal(int, QImage)  # page number (0-based), its image
    built = Signal(object)  # Report (warnings and redactions shown before the pages)
    done = Signal(bytes, bool)  # the PDF (empty on failure or cancel), cancelled
    failed = Signal(str)

    def __init__(self, case: Case, template: str, *, scale: float = PREVIEW_SCALE) -> None:
        super().__init__()
        self._case = case
        self._template = template
        self._scale = scale
        self._cancel = threading.Event()

    def cancel(self) -> None:
        self._cancel.set()

    @property
    def cancelled(self) -> bool:
        return self._cancel.is_set()

    @Slot()
    def run(self) -> None:
        try:
            pdf = self._run()
        except Exception as exc:  # shown in the dialog; the log keeps the detail
            log.exception("report preview failed")
            self.failed.emit(f"The report could not be laid out: {exc}")
            self.done.emit(b"", False)
            return
        self.done.emit(pdf if not self.cancelled else b"", self.cancelled)

    def _run(self) -> bytes:
        from caselog.report import build_report, render_pdf

        self.progress.emit(5, 100, "Building the report…")
        report: Report = build_report(self._case, self._template)
        if self.cancelled:
            return b""
        self.built.emit(report)
        self.progress.emit(15, 100, "Laying out the pages…")
        buffer = io.BytesIO()
        render_pdf(report, buffer)
        pdf = buffer.getvalue()
        if self.cancelled:
            return b""
        import pypdfium2 as pdfium

        with _PDFIUM:
            doc = pdfium.PdfDocument(pdf)
            try:
                n = len(doc)
                for i in range(n):
                    if self.cancelled:
                        return b""
                    percent = 60 + 40 * i // n
                    self.progress.emit(percent, 100, f"Drawing page {i + 1} of {n}…")
                    self.page.emit(i, _page_image(doc[i], self._scale))
            finally:
                doc.close()
        return pdf


class PreviewJob(QObject):
    """Owns the thread and the worker of one preview; signals arrive on the GUI thread."""

    progress = Signal(int, int, str)
    page = Signal(int, QImage)
    built = Signal(object)
    failed = Signal(str)
    finished = Signal(bytes, bool)  # PDF bytes, cancelled

    def __init__(
        self,
        case: Case,
        template: str,
        *,
        scale: float = PREVIEW_SCALE,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.template = template
        self._thread = QThread()
        self.worker = PreviewWorker(case, template, scale=scale)
        self.worker.moveToThread(self._thread)
        self._thread.started.connect(self.worker.run)
        self.worker.progress.connect(self.progress)
        self.worker.page.connect(self.page)
        self.worker.built.connect(self.built)
        self.worker.failed.connect(self.failed)
        self.worker.done.connect(self._done)
        self.running = False

    def start(self) -> None:
        self.running = True
        self._thread.start()

    def cancel(self) -> None:
        self.worker.cancel()

    @property
    def cancelled(self) -> bool:
        return self.worker.cancelled

    def wait(self) -> None:
        """Block until the thread ends (closing the dialog mid-preview)."""
        self.worker.cancel()
        self._thread.quit()
        self._thread.wait()

    def _done(self, pdf: bytes, cancelled: bool) -> None:
        self._thread.quit()
        self._thread.wait()
        self.running = False
        self.finished.emit(pdf, cancelled)


class TaskJob(QObject):
    """Runs one function on its own thread (an export); ``finished(result, error)`` on the
    GUI thread, ``error`` the message of what went wrong or ``""``."""

    finished = Signal(object, str)

    def __init__(self, task: Callable[[], object], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._thread = QThread()
        self.worker = _TaskWorker(task)
        self.worker.moveToThread(self._thread)
        self._thread.started.connect(self.worker.run)
        self.worker.done.connect(self._done)

    def start(self) -> None:
        self._thread.start()

    def wait(self) -> None:
        self._thread.quit()
        self._thread.wait()

    def _done(self, result: object, error: str) -> None:
        self._thread.quit()
        self._thread.wait()
        self.finished.emit(result, error)


class _TaskWorker(QObject):
    done = Signal(object, str)

    def __init__(self, task: Callable[[], object]) -> None:
        super().__init__()
        self._task = task

    @Slot()
    def run(self) -> None:
        try:
            result = self._task()
        except Exception as exc:  # shown to the user; the log keeps the detail
            log.exception("background task failed")
            self.done.emit(None, str(exc) or type(exc).__name__)
            return
        self.done.emit(result, "")
