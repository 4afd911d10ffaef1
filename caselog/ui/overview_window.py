"""Review overview: every case with a suspect drug, time to onset, outcome, Naranjo band and
WHO-UMC category side by side; sortable by any column; "Export CSV…" writes what is shown."""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from caselog.review.overview import COLUMNS
from caselog.store import services
from caselog.store.services import OverviewRow, Store
from caselog.ui.dialogs import CSV_FILTER, DialogService, no_default_button
from caselog.ui.overview_model import OverviewModel
from caselog.ui.screen import fit_to_screen
from caselog.ui.taskman import Done, Task, TaskContext, taskman
from caselog.ui.window_parts import close_buttons, row_table

log = logging.getLogger(__name__)


def load_overview(store: Store, ctx: TaskContext) -> list[OverviewRow]:
    """The overview rows (every stored case read once, off the window's thread)."""

    def progress(i: int, n: int) -> None:
        ctx.check()
        if i % 25 == 0:
            ctx.progress(i, n, f"Reading case {i + 1} of {n}…")

    return services.case_overview(store=store, progress=progress)


class OverviewWindow(QDialog):
    openCase = Signal(int)  # a row double-clicked

    def __init__(self, store: Store, dialogs: DialogService, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle("Review overview")
        self.setObjectName("overviewWindow")
        self.store = store
        self.dialogs = dialogs
        self.task: Task | None = None
        self.model = OverviewModel(self)
        self.table = row_table(
            self,
            self.model,
            "Overview of cases with a suspect drug",
            resize=QHeaderView.ResizeMode.Interactive,
        )
        self.table.setSortingEnabled(True)
        self.table.setWordWrap(False)
        self.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        self.table.doubleClicked.connect(
            lambda index: self.openCase.emit(index.data(OverviewModel.CaseIdRole))
        )
        self.summary = QLabel(self)
        self.summary.setEnabled(False)
        self.export_button = QPushButton("Export CSV…", self)
        self.export_button.clicked.connect(self.export_csv)
        self.refresh_button = QPushButton("Refresh", self)
        self.refresh_button.clicked.connect(self.load)
        close = close_buttons(self)
        bottom = QHBoxLayout()
        bottom.addWidget(self.summary, 1)
        bottom.addWidget(self.refresh_button)
        bottom.addWidget(self.export_button)
        bottom.addWidget(close)
        lay = QVBoxLayout(self)
        lay.addWidget(self.table, 1)
        lay.addLayout(bottom)
        fit_to_screen(self, 1180, 560)
        no_default_button(self)

    def load(self) -> Task | None:
        """Read the cases in the background; the table fills when they are in."""
        if self.task is not None:
            return None
        self.summary.setText("Reading the cases…")
        store = self.store
        self.task = taskman().with_progress(
            lambda ctx: load_overview(store, ctx),
            self._loaded,
            parent=self,
            title="Review overview",
            label="Reading the cases…",
            cancellable=True,
        )
        return self.task

    def _loaded(self, done: Done[list[OverviewRow]]) -> None:
        self.task = None
        if done.error is not None:
            self.summary.setText("")
            self.dialogs.error("Review overview", f"The cases could not be read: {done.message}")
        elif done.cancelled:
            self.summary.setText("Reading the cases was cancelled.")
        elif done.result is not None:
            self.show_rows(done.result)

    def show_rows(self, rows: object) -> None:
        self.model.set_rows(list(rows))  # type: ignore[call-overload]
        header = self.table.horizontalHeader()
        if header.sortIndicatorSection() >= 0:
            self.model.sort(header.sortIndicatorSection(), header.sortIndicatorOrder())
        self.table.resizeColumnsToContents()
        # long titles and reactions must not push the judgement columns out of sight
        char = self.table.fontMetrics().averageCharWidth()
        for name, chars in (("title", 34), ("patient", 12), ("suspect_drug", 16), ("reaction", 22)):
            c = COLUMNS.index(name)
            self.table.setColumnWidth(c, min(self.table.columnWidth(c), chars * char))
        n = self.model.rowCount()
        self.summary.setText(f"{n} case{'s' if n != 1 else ''} with a suspect drug")
        self.export_button.setEnabled(n > 0)

    def sort_by(self, column: int, order: Qt.SortOrder) -> None:
        self.table.sortByColumn(column, order)

    def export_csv(self) -> Path | None:
        out = self.dialogs.save_file("Export overview", "overview.csv", CSV_FILTER)
        if out is None:
            return None
        # what left caselog goes into each case's audit trail, as every export does
        try:
            services.export_overview_csv(self.model.rows(), out, store=self.store)
        except OSError as exc:
            log.info("overview export failed", exc_info=True)
            self.dialogs.error("Export CSV", f"Could not write {out}: {exc.strerror or exc}")
            return None
        except services.ExportNotRecorded as exc:
            log.exception("recording the overview export failed")
            self.dialogs.error("Export CSV", str(exc))
        return out
