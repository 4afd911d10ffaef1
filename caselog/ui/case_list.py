"""The case list pane: a search box (full-text, ranked) and a filter bar that narrow the
list as you type, over the lazy table model."""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from PySide6.QtCore import QItemSelectionModel, QModelIndex, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QTableView,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from caselog import lazy
from caselog.store.changes import Change, Part, list_row
from caselog.store.query import CaseQuery
from caselog.ui.case_list_model import RELEVANCE, CaseListModel

if TYPE_CHECKING:
    from caselog.ui import filter_bar
    from caselog.ui.filter_bar import FilterBar
else:  # built when first shown or read (see caselog/lazy.py): not for the list at start-up
    filter_bar = lazy.module("caselog.ui.filter_bar")

FILTER_DELAY_MS = 150


class CaseListPane(QWidget):
    caseSelected = Signal(object)  # case id, or None

    def __init__(self, model: CaseListModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = model
        self._quiet = False
        self.filter = QLineEdit(self)
        self.filter.setAccessibleName("Search cases")
        self.filter.setPlaceholderText("Search every word of every case (Ctrl+F)")
        self.filter.setClearButtonEnabled(True)
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(FILTER_DELAY_MS)
        self.timer.timeout.connect(self.apply_filter)
        self.filter.textChanged.connect(lambda _t: self.timer.start())
        self.filter.returnPressed.connect(self.apply_filter)
        self._filter_bar: FilterBar | None = None  # built when first shown
        self.filters_button = QToolButton(self)
        self.filters_button.setText("Filters")
        self.filters_button.setCheckable(True)
        self.filters_button.setToolTip("Narrow the list by drug, reaction, outcome, dates…")
        self.filters_button.toggled.connect(lambda on: self.filter_bar.setVisible(on))

        self.table = QTableView(self)
        self.table.setModel(model)
        self.table.setAccessibleName("Cases")
        self.table.setSortingEnabled(True)
        self.table.horizontalHeader().setSortIndicator(
            CaseListModel.UPDATED, Qt.SortOrder.DescendingOrder
        )
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setTabKeyNavigation(False)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(self.table.fontMetrics().height() + 8)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        char = self.table.fontMetrics().averageCharWidth()
        for column, chars in (
            (CaseListModel.TITLE, 30),
            (CaseListModel.PATIENT, 20),  # a name and record number (the full text: tooltip)
            (CaseListModel.DRUG, 14),
            (CaseListModel.REACTION, 18),
            (CaseListModel.OUTCOME, 12),
        ):
            header.resizeSection(column, chars * char)
        self.table.selectionModel().currentRowChanged.connect(self._current_changed)
        self.count_label = QLabel(self)
        self.count_label.setEnabled(False)
        self.model.modelReset.connect(self._update_count)
        self.model.rowsInserted.connect(self._update_count)
        self.model.rowsRemoved.connect(self._update_count)

        search_row = QHBoxLayout()
        search_row.addWidget(self.filter, 1)
        search_row.addWidget(self.filters_button)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(6, 6, 0, 6)
        lay.addLayout(search_row)
        lay.addWidget(self.table, 1)
        lay.addWidget(self.count_label)
        self._layout = lay

    @property
    def filter_bar(self) -> FilterBar:
        """The filters under the search box, built the first time they are shown or read
        (about 10 ms of widgets that a list at start-up does without)."""
        if self._filter_bar is None:
            bar = filter_bar.FilterBar(self)
            bar.hide()
            bar.changed.connect(self.timer.start)
            self._layout.insertWidget(1, bar)
            self._filter_bar = bar
        return self._filter_bar

    def set_ready(self, ready: bool) -> None:
        """Not ready: the list shows the file's first page while the store opens; it scrolls
        and sorts, but searching and choosing a case wait for the store."""
        for widget in (self.filter, self.filters_button):
            widget.setEnabled(ready)
        mode = QAbstractItemView.SelectionMode
        self.table.setSelectionMode(mode.ExtendedSelection if ready else mode.NoSelection)

    def apply_filter(self) -> None:
        self.timer.stop()
        keep = self.current_case_id()
        bar = self._filter_bar
        words = self.filter.text()
        self.model.set_query(
            bar.query(words) if bar is not None else CaseQuery().merged(words.strip())
        )
        n = bar.active_count() if bar is not None else 0
        self.filters_button.setText(f"Filters ({n})" if n else "Filters")
        self._show_order()
        self.select_case(keep, quiet=True)

    def _show_order(self) -> None:
        """The header's sort arrow follows the model (none while sorted by relevance)."""
        order_by, descending = self.model.order
        header = self.table.horizontalHeader()
        header.blockSignals(True)
        try:
            if order_by == RELEVANCE:
                header.setSortIndicator(-1, Qt.SortOrder.DescendingOrder)
            else:
                column = CaseListModel.SORT_KEYS.index(order_by)
                order = Qt.SortOrder.DescendingOrder if descending else Qt.SortOrder.AscendingOrder
                header.setSortIndicator(column, order)
        finally:
            header.blockSignals(False)

    def _update_count(self) -> None:
        n = self.model.total
        if self.model.total_known:
            text = f"{n} case{'s' if n != 1 else ''}"
        else:  # counted up to the cap, and more match
            text = f"more than {n - 1:,} cases"
        if self.model.filter_text:
            text += f" matching “{self.model.filter_text}”"
        if replace(self.model.query, text=None) != CaseQuery():
            text += " (filtered)"
        self.count_label.setText(text)

    def current_case_id(self) -> int | None:
        index = self.table.currentIndex()
        if not index.isValid():
            return None
        case_id: int | None = index.data(CaseListModel.CaseIdRole)
        return case_id

    def selected_case_ids(self) -> list[int]:
        rows = sorted({i.row() for i in self.table.selectionModel().selectedRows()})
        ids = [self.model.summary(r).id for r in rows]
        current = self.current_case_id()
        if not ids and current is not None:
            ids = [current]
        return ids

    def refresh(self) -> None:
        keep = self.current_case_id()
        self._quiet = True
        try:
            self.model.refresh(keep_loaded=True)
        finally:
            self._quiet = False
        self.select_case(keep, quiet=True)

    def show_change(self, change: Change) -> None:
        """Follow a write (``CaseController.changed``): the edited case's row changes in
        place (it keeps its place until the list is next fetched), a deleted case's row
        goes, and cases added fetch the list again (where they fall depends on the order
        and the filter)."""
        if change.added:
            self.refresh()
        for case_id in change.removed:
            self.remove_case(case_id)
        if Part.ROW in change.parts and change.after is not None and not change.added:
            self.model.update_row(list_row(change.after))

    def remove_case(self, case_id: int) -> None:
        """Take a deleted case's row out; the list then has no current case (as after a
        refresh), rather than opening the row that moved up into its place."""
        keep = self.current_case_id()
        self._quiet = True
        try:
            removed = self.model.remove_case(case_id)
        finally:
            self._quiet = False
        if not removed:
            self.refresh()
        elif keep == case_id or keep is None:
            self.select_case(None, quiet=True)
        else:
            self.select_case(keep, quiet=True)

    def select_case(self, case_id: int | None, *, quiet: bool = False) -> bool:
        """Make ``case_id`` the current row if it is loaded; ``quiet`` does not re-open it."""
        row = self.model.row_of(case_id) if case_id is not None else None
        self._quiet = quiet
        try:
            if row is None:
                self.table.selectionModel().clear()
                return False
            index = self.model.index(row, CaseListModel.TITLE)
            self.table.selectionModel().setCurrentIndex(
                index,
                QItemSelectionModel.SelectionFlag.ClearAndSelect
                | QItemSelectionModel.SelectionFlag.Rows,
            )
            self.table.scrollTo(index)
            return True
        finally:
            self._quiet = False

    def _current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if self._quiet:
            return
        self.caseSelected.emit(
            current.data(CaseListModel.CaseIdRole) if current.isValid() else None
        )
