"""Report ▸ Report…: choose a journal shape, preview its pages, see what was redacted and
what to check, then export the PDF through the same function as ``caselog report``."""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QCloseEvent, QImage, QPixmap, QResizeEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QProgressBar,
    QPushButton,
    QScrollArea,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from caselog.core.model import Case
from caselog.report.model import FieldWarning, Report
from caselog.ui.dialogs import ZIP_FILTER, DialogService
from caselog.ui.redactions_model import RedactionsModel, where_label
from caselog.ui.report_preview import Built, Decisions, FormBuilt, Page, preview_work
from caselog.ui.screen import fit_to_screen
from caselog.ui.taskman import Done, Task, taskman

PDF_FILTER = "PDF files (*.pdf)"
DOCX_FILTER = "Word documents (*.docx)"
REPORT_FILTER = f"{PDF_FILTER};;{DOCX_FILTER}"
"""A journal report is written as a PDF or, named ``.docx``, as an editable Word file."""
TEMPLATE_CHOICES = (
    ("cureus", "Cureus case report"),
    ("cmaj", "CMAJ clinical image"),
    ("cioms", "CIOMS I form (to a regulator)"),
    ("medwatch", "MedWatch 3500 (to the FDA)"),
)
IDENTIFIED_TEMPLATES = ("cioms", "medwatch")  # printed identified: no redaction review
IDENTIFIED = (
    "A regulator's form is identified, as the form asks: it prints the patient's initials, "
    "the birth date, calendar dates and the reporter's contact (never the name or record "
    "number). Send it to the regulator only."
)

Export = Callable[[str, Path], tuple[Path, list[str]]]
"""(template, out) -> (written path, warnings): ``services.write_report`` for this case."""
PackageWriter = Callable[[str, Path], tuple[Path, Any]]
"""(template, out) -> (written zip, the package): ``services.write_package`` for this case."""
PACKAGE_TEMPLATES = ("cureus", "cmaj")  # the journal shapes of one case


def suggested_name(title: str, template: str, suffix: str = ".pdf") -> str:
    slug = re.sub(r"[^a-z0-9]+", "-", title.lower()).strip("-")[:60] or "case"
    return f"{slug}-{template}{suffix}"


class PageView(QScrollArea):
    """The pages one under another on a grey desk, each as wide as the view allows (never
    wider than drawn), so the pages read without scrolling sideways."""

    MARGIN = 14

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWidgetResizable(True)
        self.setAccessibleName("Report preview")
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        body = QWidget(self)
        body.setObjectName("previewDesk")
        body.setStyleSheet("#previewDesk { background: #8a8f96; }")
        self._layout = QVBoxLayout(body)
        self._layout.setSpacing(self.MARGIN)
        m = self.MARGIN
        self._layout.setContentsMargins(m, m, m, m)
        self._layout.setAlignment(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop)
        self.setWidget(body)
        self.pages: list[QLabel] = []
        self._images: list[QImage] = []

    def clear(self) -> None:
        for label in self.pages:
            self._layout.removeWidget(label)
            label.deleteLater()
        self.pages = []
        self._images = []

    def add_page(self, image: QImage) -> QLabel:
        label = QLabel(self.widget())
        label.setAccessibleName(f"Page {len(self.pages) + 1}")
        label.setStyleSheet("border: 1px solid #5b6068; background: white;")
        self._layout.addWidget(label)
        self.pages.append(label)
        self._images.append(image)
        self._fit(label, image)
        return label

    def _fit(self, label: QLabel, image: QImage) -> None:
        room = self.viewport().width() - 2 * self.MARGIN - 2
        if 0 < room < image.width():
            image = image.scaledToWidth(room, Qt.TransformationMode.SmoothTransformation)
        label.setPixmap(QPixmap.fromImage(image))

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if event.size().width() != event.oldSize().width():
            for label, image in zip(self.pages, self._images, strict=True):
                self._fit(label, image)


class ReportDialog(QDialog):
    """Previews the case's report in the chosen shape; exports it on request."""

    previewFinished = Signal(bool)  # cancelled
    exportFinished = Signal(object)  # the written Path, or None
    packageFinished = Signal(object)  # the written zip's Path, or None

    def __init__(
        self,
        case: Case,
        export: Export,
        dialogs: DialogService,
        *,
        template: str = "cureus",
        parent: QWidget | None = None,
        review: Callable[[], bool] | None = None,
        decisions: Decisions | None = None,
        package: PackageWriter | None = None,
    ) -> None:
        super().__init__(parent)
        self._package = package  # the submission package, when the window offers it
        self.package_job: Task | None = None
        self._review = review  # the author's review of redactions, before the PDF is written
        self._decisions = decisions  # the author's decisions, applied to the preview too
        self.setWindowTitle(f"Report — {case.title}")
        self.case = case
        self._export = export
        self._dialogs = dialogs
        self.job: Task | None = None  # the preview being drawn
        self._restart = False
        self.export_job: Task | None = None
        self.report: Report | None = None
        self.written: Path | None = None

        self.template = QComboBox(self)
        self.template.setAccessibleName("Report template")
        for key, text in TEMPLATE_CHOICES:
            self.template.addItem(text, key)
        self.template.setCurrentIndex(max(0, self.template.findData(template)))
        self.template.currentIndexChanged.connect(lambda _i: self.start_preview())
        self.template.currentIndexChanged.connect(lambda _i: self._package_enabled())
        template_label = QLabel("&Template:", self)
        template_label.setBuddy(self.template)
        self.status = QLabel(self)
        self.progress = QProgressBar(self)
        self.progress.setRange(0, 100)
        self.progress.setMaximumWidth(180)
        self.progress.setTextVisible(False)
        self.cancel_button = QPushButton("Stop", self)
        self.cancel_button.setToolTip("Stop drawing the preview")
        self.cancel_button.clicked.connect(self.cancel_preview)

        self.pages = PageView(self)

        self.warnings = QLabel(self)
        self.warnings.setWordWrap(True)
        self.warnings.setAccessibleName("Report warnings")
        self.warnings.setTextFormat(Qt.TextFormat.PlainText)
        self.warnings.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        warn_box = QGroupBox("Check before sending", self)
        QVBoxLayout(warn_box).addWidget(self.warnings)

        self.redactions = RedactionsModel(self)
        self.redaction_table = QTableView(self)
        self.redaction_table.setModel(self.redactions)
        self.redaction_table.setAccessibleName("Redactions")
        self.redaction_table.verticalHeader().hide()
        self.redaction_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.redaction_table.setWordWrap(False)
        header = self.redaction_table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        self.redaction_note = QLabel(self)
        self.redaction_note.setWordWrap(True)
        red_box = QGroupBox("Redacted before export", self)
        red_lay = QVBoxLayout(red_box)
        red_lay.addWidget(self.redaction_note)
        red_lay.addWidget(self.redaction_table, 1)

        side = QWidget(self)
        side_lay = self._side_layout = QVBoxLayout(side)
        side_lay.setContentsMargins(0, 0, 0, 0)
        side_lay.addWidget(warn_box)
        side_lay.addWidget(red_box)
        side_lay.addStretch(1)
        self._red_box = red_box
        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.addWidget(self.pages)
        self.splitter.addWidget(side)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        self.splitter.setSizes([880, 480])

        self.export_button = QPushButton("&Export PDF or Word…", self)
        self.export_button.setDefault(True)
        self.export_button.clicked.connect(self.export_pdf)
        self.package_button = QPushButton("Submission &package…", self)
        self.package_button.setToolTip(
            "Write a zip for the journal: the manuscript as Word and PDF, title page, cover "
            "letter, CARE checklist, each figure, the references as RIS"
        )
        self.package_button.clicked.connect(self.export_package)
        self.package_button.setVisible(package is not None)
        close = QPushButton("Close", self)
        close.clicked.connect(self.reject)

        top = QHBoxLayout()
        top.addWidget(template_label)
        top.addWidget(self.template)
        top.addSpacing(12)
        top.addWidget(self.status, 1)
        top.addWidget(self.progress)
        top.addWidget(self.cancel_button)
        bottom = QHBoxLayout()
        bottom.addStretch(1)
        bottom.addWidget(self.package_button)
        bottom.addWidget(self.export_button)
        bottom.addWidget(close)
        lay = QVBoxLayout(self)
        lay.addLayout(top)
        lay.addWidget(self.splitter, 1)
        lay.addLayout(bottom)
        fit_to_screen(self, 1360, 900)
        self._show_side(None)
        self._package_enabled()

    # -- preview ---------------------------------------------------------------------------

    @property
    def template_key(self) -> str:
        return str(self.template.currentData())

    @property
    def busy(self) -> bool:
        return self.job is not None

    def start_preview(self) -> Task | None:
        """Lay out the report in the chosen shape on a worker thread. One layout at a time:
        a running one is stopped and this one starts when it has ended (None is returned),
        so the window never waits for it."""
        self.pages.clear()
        self.report = None
        self._show_side(None)
        if self.job is not None:
            self.job.cancel()
            self._restart = True
            self.status.setText("Starting again…")
            return None
        holder: list[Task] = []
        job = taskman().run_in_background(
            preview_work(self.case, self.template_key, decisions=self._decisions),
            lambda done: self._on_done(holder[0], done),
            on_progress=lambda d, t, text: self._on_progress(holder[0], d, t, text),
            on_partial=lambda item: self._on_piece(holder[0], item),
            owner=self,
            name="preview",
        )
        holder.append(job)  # the callbacks run on this thread, after this returns
        self.job = job
        self._restart = False
        self.progress.setValue(0)
        self.progress.show()
        self.cancel_button.show()
        self.cancel_button.setEnabled(True)
        self.status.setText("Preparing the preview…")
        return job

    def cancel_preview(self) -> None:
        self._restart = False
        if self.job is not None:
            self.job.cancel()
            self.cancel_button.setEnabled(False)
            self.status.setText("Stopping…")

    def _current(self, job: Task) -> bool:
        return job is self.job and not job.cancelled

    def _on_progress(self, job: Task, done: int, total: int, text: str) -> None:
        if self._current(job):
            self.progress.setMaximum(total)
            self.progress.setValue(done)
            self.status.setText(text)

    def _on_piece(self, job: Task, item: object) -> None:
        if not self._current(job):
            return
        if isinstance(item, Built):
            self.report = item.report
            self._show_side(item.report)
        elif isinstance(item, FormBuilt):
            self._show_identified()
        elif isinstance(item, Page):
            self.pages.add_page(item.image)

    def _on_done(self, job: Task, done: Done[bytes]) -> None:
        if job is not self.job:
            return  # dropped on closing
        self.job = None
        if self._restart:  # the template changed while this one was drawn
            self.start_preview()
            return
        self.progress.hide()
        self.cancel_button.hide()
        n = len(self.pages.pages)
        if done.cancelled:
            self.status.setText(f"Preview stopped ({n} page{'s' if n != 1 else ''} drawn).")
        elif done.error is not None:
            self.status.setText(done.message)
        elif n:
            shown = "identified, for the regulator" if self.report is None else "de-identified"
            self.status.setText(f"{n} page{'s' if n != 1 else ''}, {shown}.")
        self.previewFinished.emit(done.cancelled)

    def _show_identified(self) -> None:
        self.warnings.setText(IDENTIFIED)
        self.warnings.setStyleSheet("color: #8a5a00;")
        self.redaction_table.hide()
        self.redaction_note.setText("Nothing is redacted from a regulator's form.")

    def _show_side(self, report: Report | None) -> None:
        if report is None:
            self.warnings.setText("…")
            self.redactions.set_redactions([])
            self.redaction_table.hide()
            self.redaction_note.setText("")
            return
        if report.warnings:
            self.warnings.setText("\n".join(f"⚠ {readable(w, self.case)}" for w in report.warnings))
            self.warnings.setStyleSheet("color: #8a5a00;")
        else:
            self.warnings.setText("Nothing to check.")
            self.warnings.setStyleSheet("")
        self.redactions.set_redactions(report.redactions, self.case)
        n = len(report.redactions)
        self.redaction_table.setVisible(n > 0)
        self._side_layout.setStretchFactor(self._red_box, 1 if n else 0)
        self.redaction_note.setText(
            "Nothing in the free text named the patient or gave a calendar date."
            if n == 0
            else f"{n} passage{'s' if n != 1 else ''} of free text replaced. What was typed is "
            "shown here only, on this computer; the PDF prints the replacement."
        )

    # -- export ----------------------------------------------------------------------------

    def export_pdf(self) -> Task | None:
        """Ask where, then write the PDF on a worker thread (``exportFinished``)."""
        if self.export_job is not None:
            return None
        template = self.template_key
        journal = template not in IDENTIFIED_TEMPLATES  # a regulator's form is identified
        if journal and not self._reviewed():
            return None
        out = self._dialogs.save_file(
            "Export report",
            suggested_name(self.case.title, template),
            REPORT_FILTER if journal else PDF_FILTER,
        )
        if out is None:
            return None
        wanted = (".pdf", ".docx") if journal else (".pdf",)
        if out.suffix.lower() not in wanted:
            out = out.with_name(out.name + ".pdf")
        self.export_button.setEnabled(False)
        self.status.setText(f"Writing {out.name}…")
        export = self._export
        self.export_job = taskman().run_in_background(
            lambda _ctx: export(template, out),
            lambda done: self._exported(out, done),
            owner=self,
            name="export report",
        )
        return self.export_job

    def _package_enabled(self) -> None:
        self.package_button.setEnabled(
            self.template_key in PACKAGE_TEMPLATES and self.package_job is None
        )

    def _reviewed(self) -> bool:
        """The author's review of redactions before anything leaves (True: go on)."""
        if self._review is None:
            return True
        go_on = self._review()
        self.start_preview()  # the author may have decided words: show what will print
        return go_on

    def export_package(self) -> Task | None:
        """Ask where, then write the submission package on a worker (``packageFinished``)."""
        template = self.template_key
        if self._package is None or self.package_job is not None:
            return None
        if template not in PACKAGE_TEMPLATES or not self._reviewed():
            return None
        out = self._dialogs.save_file(
            "Submission package", suggested_name(self.case.title, template, ".zip"), ZIP_FILTER
        )
        if out is None:
            return None
        if out.suffix.lower() != ".zip":
            out = out.with_name(out.name + ".zip")
        self.status.setText(f"Writing {out.name}…")
        write = self._package
        self.package_job = taskman().run_in_background(
            lambda _ctx: write(template, out),
            lambda done: self._packaged(out, done),
            owner=self,
            name="submission package",
        )
        self._package_enabled()
        return self.package_job

    def _packaged(self, out: Path, done: Done[tuple[Path, Any]]) -> None:
        self.package_job = None
        self._package_enabled()
        if done.result is None:
            self.status.setText("The package was not written.")
            self._dialogs.error("Submission package", f"Could not write {out}: {done.message}")
            self.packageFinished.emit(None)
            return
        written, package = done.result
        self.status.setText(f"Package written to {written} ({len(package.files)} files)")
        notes = [
            w for w in package.warnings if self.report is None or w not in self.report.warnings
        ]
        if notes:
            extra = "\n".join(f"⚠ {w}" for w in notes)
            self.warnings.setText(f"{self.warnings.text()}\n{extra}".strip())
        self.packageFinished.emit(written)

    def _exported(self, out: Path, done: Done[tuple[Path, list[str]]]) -> None:
        self.export_job = None
        self.export_button.setEnabled(True)
        if done.result is None:
            self.status.setText("The report was not exported.")
            self._dialogs.error("Export report", f"Could not write {out}: {done.message}")
            self.exportFinished.emit(None)
            return
        written: Path = done.result[0]
        self.written = written
        self.status.setText(f"Exported to {written}")
        self.exportFinished.emit(written)

    # -- closing ---------------------------------------------------------------------------

    def done(self, result: int) -> None:
        self._stop_preview()
        super().done(result)

    def closeEvent(self, event: QCloseEvent) -> None:
        self._stop_preview()
        super().closeEvent(event)

    def _stop_preview(self) -> None:
        """Closing mid-preview: the worker is told to stop and is not waited for (its
        callbacks are dropped). An export under way ends on its own; quitting waits for it."""
        if self.job is not None:
            self.job.cancel()
            self.job = None
            self._restart = False


def readable(warning: str, case: Case) -> str:
    """A report warning as the window says it: one about a field of the case
    (``FieldWarning``, "case.events[8].notes: ..." on the command line) names the field as
    the review table does ("Timeline 2024-06-03 symptom ▸ notes: ..."); any other as it is."""
    if isinstance(warning, FieldWarning):
        return f"{where_label(warning.field, case)}: {warning.message}"
    return warning
