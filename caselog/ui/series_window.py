"""The Series window: the stored series beside the editor of the one selected, with
"New series", "Delete series", "Series report…" (a PDF written in the background) and
"Series package…" (the submission package, as ``caselog package --template series``)."""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path
from typing import TypeVar

from PySide6.QtCore import QItemSelectionModel, QModelIndex, Qt, Signal
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

import caselog.store.services as services
from caselog.core.model import Series
from caselog.store.engine import Store
from caselog.ui.dialogs import PDF_FILTER, ZIP_FILTER, DialogService, no_default_button
from caselog.ui.screen import fit_to_screen
from caselog.ui.series_editor import SeriesEditor
from caselog.ui.series_model import SeriesListModel
from caselog.ui.series_report import (
    Written,
    series_package_work,
    series_report_work,
)
from caselog.ui.taskman import Done, Task, Work, taskman

log = logging.getLogger(__name__)
T = TypeVar("T")
SeriesWork = Callable[..., Work[Written]]  # series_report_work or series_package_work


def new_series(store: Store, dialogs: DialogService, case_ids: list[int]) -> Series | None:
    """Ask for a title (required) and store a series of ``case_ids``; None when cancelled
    or refused (the user was told why)."""
    if len(case_ids) < 2:
        dialogs.error("New series", "Select two or more cases in the list for a series.")
        return None
    title = dialogs.ask_text("New series", f"Title of the series of {len(case_ids)} cases:")
    if title is None:
        return None
    if not title.strip():
        dialogs.error("New series", "A series needs a title; nothing was created.")
        return None
    try:
        return services.create_series(
            Series(title=title.strip(), case_ids=list(case_ids)), store=store
        ).series
    except Exception as exc:  # told to the user, detail in the log
        log.exception("creating a series failed")
        dialogs.error("New series", f"The series could not be created: {exc}")
        return None


class SeriesWindow(QDialog):
    """Not modal: the case list stays usable (to select cases to add)."""

    reportWritten = Signal(object)  # Path

    def __init__(
        self,
        store: Store,
        dialogs: DialogService,
        selected_case_ids: Callable[[], list[int]],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle("Case series")
        self.setObjectName("seriesWindow")
        self.store = store
        self.dialogs = dialogs
        self._selected = selected_case_ids
        self.task: Task | None = None

        self.model = SeriesListModel(self)
        self.table = QTableView(self)
        self.table.setModel(self.model)
        self.table.setAccessibleName("Series")
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.table.horizontalHeader().setSectionResizeMode(
            1, QHeaderView.ResizeMode.ResizeToContents
        )
        self.table.selectionModel().currentRowChanged.connect(self._current_changed)
        self.new_button = QPushButton("New series from selected cases…", self)
        self.new_button.clicked.connect(self.create_from_selection)
        self.delete_button = QPushButton("Delete series…", self)
        self.delete_button.clicked.connect(self.delete_current)

        self.editor = SeriesEditor(self._save, self._member_label, self)
        self.editor.saved.connect(self.model.replace)
        self.editor.addRequested.connect(lambda: self.editor.add_cases(self._selected()))
        self.report_button = QPushButton("Series report…", self)
        self.report_button.setToolTip(
            "A de-identified PDF of the series (the same as the "
            "command line's caselog report --template series)"
        )
        self.report_button.clicked.connect(self.write_report)
        self.package_button = QPushButton("Series package…", self)
        self.package_button.setToolTip(
            "The submission package of the series as one zip: the manuscript in Word and PDF, "
            "title page, cover letter, CARE checklist, figures and references (the same as "
            "the command line's caselog package --template series)"
        )
        self.package_button.clicked.connect(self.write_package)

        left = QWidget(self)
        left_lay = QVBoxLayout(left)
        left_lay.setContentsMargins(0, 0, 0, 0)
        left_lay.addWidget(self.table, 1)
        left_lay.addWidget(self.new_button)
        left_lay.addWidget(self.delete_button)
        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.addWidget(left)
        splitter.addWidget(self.editor)
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 4)
        splitter.setSizes([260, 900])
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        close.rejected.connect(self.close)
        bottom = QHBoxLayout()
        bottom.addStretch(1)
        bottom.addWidget(self.report_button)
        bottom.addWidget(self.package_button)
        bottom.addWidget(close)
        lay = QVBoxLayout(self)
        lay.addWidget(splitter, 1)
        lay.addLayout(bottom)
        fit_to_screen(self, 1200, 720)
        no_default_button(self)
        self.reload()

    # -- reading -----------------------------------------------------------------------

    def _attempt(self, what: str, fn: Callable[[], T]) -> T | None:
        try:
            return fn()
        except Exception as exc:  # told to the user, detail in the log
            log.exception("%s failed", what)
            self.dialogs.error("Case series", f"{what} failed: {exc}")
            return None

    def reload(self, select: int | None = None) -> None:
        keep = select if select is not None else self.current_id()
        found = self._attempt("Reading the series", lambda: services.list_series(store=self.store))
        self.model.set_series(found or [])
        row = self.model.row_of(keep)
        if row is None and self.model.rowCount() > 0:
            row = 0
        if row is None:
            self.editor.set_series(None)
        else:
            self.table.selectionModel().setCurrentIndex(
                self.model.index(row, 0),
                QItemSelectionModel.SelectionFlag.ClearAndSelect
                | QItemSelectionModel.SelectionFlag.Rows,
            )
            self.editor.set_series(self.model.series(row))
        self._update_buttons()

    def current_id(self) -> int | None:
        index = self.table.currentIndex()
        return index.data(SeriesListModel.SeriesIdRole) if index.isValid() else None

    def _current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        self.editor.set_series(self.model.series(current.row()) if current.isValid() else None)
        self._update_buttons()

    def _update_buttons(self) -> None:
        has = self.editor.series is not None
        self.delete_button.setEnabled(has)
        self.report_button.setEnabled(has and len(self.editor.series.case_ids) >= 2)  # type: ignore[union-attr]

    def _member_label(self, case_id: int) -> str:
        """The member's title and label; another team's case as its shared copy; a
        deleted case said so (``services.member_label``)."""
        try:
            return services.member_label(case_id, store=self.store)
        except Exception:  # a failed read: say so rather than fail, the detail in the log
            log.exception("naming case %s of the series failed", case_id)
            return f"case {case_id} (not read)"

    # -- writing -----------------------------------------------------------------------

    def _save(self, series: Series) -> Series | None:
        stored = self._attempt(
            "Saving the series", lambda: services.update_series(series, store=self.store).series
        )
        self._update_buttons()
        return stored

    def create_from_selection(self) -> Series | None:
        created = new_series(self.store, self.dialogs, self._selected())
        if created is not None:
            self.reload(select=created.id)
        return created

    def delete_current(self) -> Series | None:
        series = self.editor.series
        if series is None or series.id is None:
            return None
        if not self.dialogs.confirm(
            "Delete series",
            f"Delete the series “{series.title}”? Its cases are kept.",
            "Delete series",
        ):
            return None
        sid = series.id
        gone = self._attempt(
            "Deleting the series", lambda: services.delete_series(sid, store=self.store).series
        )
        self.editor.series = None
        self.reload()
        return gone

    def write_report(self) -> Task | None:
        """Ask where, then write the series report PDF on a worker."""
        return self._write("Series report", "report", ".pdf", PDF_FILTER, series_report_work)

    def write_package(self) -> Task | None:
        """Ask where, then write the series' submission package on a worker."""
        return self._write("Series package", "package", ".zip", ZIP_FILTER, series_package_work)

    def _write(
        self, title: str, what: str, suffix: str, filter_: str, work: SeriesWork
    ) -> Task | None:
        series = self.editor.flush() or self.editor.series
        if series is None or self.task is not None:
            return None
        if len(series.case_ids) < 2:
            self.dialogs.error(title, f"A series {what} needs two or more cases.")
            return None
        out = self.dialogs.save_file(title, f"series{suffix}", filter_)
        if out is None:
            return None
        if out.suffix.lower() != suffix:
            out = out.with_name(out.name + suffix)
        self.task = taskman().with_progress(
            work(series.case_ids, out, store=self.store),
            lambda done: self._written(title, what, done),
            parent=self,
            title=title,
            label=f"Writing the {what} of {len(series.case_ids)} cases…",
            cancellable=True,
        )
        return self.task

    def _written(self, title: str, what: str, done: Done[Written]) -> None:
        self.task = None
        if done.error is not None:
            self.dialogs.error(title, f"The {what} could not be written: {done.message}")
            return
        if done.cancelled or done.result is None:
            return  # nothing was written at the chosen path
        out, warnings = done.result
        path = Path(out)
        text = f"The series {what} is written to {path}."
        if warnings:
            text += "\n\nWarnings:\n" + "\n".join(f"• {w}" for w in warnings)
        self.dialogs.info(title, text)
        self.reportWritten.emit(path)

    def closeEvent(self, event: QCloseEvent) -> None:
        self.editor.flush()
        super().closeEvent(event)
