"""The Shared cases window: the department's cases as other teams read them (their
anonymised copies, on a department server), each opened read-only, and added to the
series being written.

The list (title, team, updated) is read on a worker (``services.shared_listing``: one
statement, but a department may share many cases); one copy is read when it is selected
(``services.shared_copy``) and shown as text (``caselog.ui.shared_text``): nothing in the
window writes to it. "Add to series" hands the selected copies' ids to the Series window
(``addToSeries``), which stores them as members; a report of the series takes another
team's case as its copy only (``services.series_cases``). On a database that shares
nothing (a SQLite file) the window says that sharing needs the department server.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QItemSelection, Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSplitter,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from caselog.store import services
from caselog.store.services import SharedCase, SharedListing, Store
from caselog.ui.dialogs import DialogService, no_default_button
from caselog.ui.screen import fit_to_screen
from caselog.ui.shared_text import copy_html
from caselog.ui.stale_dialog import when
from caselog.ui.table_model import Column, RowsTableModel
from caselog.ui.taskman import Done, Task, taskman
from caselog.ui.window_parts import close_buttons, row_table

log = logging.getLogger(__name__)

NOT_SERVED = (
    "Sharing needs the department server. This database is not one: its cases are yours "
    "alone, and no other team's case can be read here. A department shares its cases on "
    "PostgreSQL (caselog server init; see the README)."
)
ABOUT = (
    "Every case of the department as the other teams read it: anonymised, identifiers "
    "removed, dates shifted, images withheld. Read only."
)


class SharedCasesModel(RowsTableModel[SharedCase]):
    TITLE, TEAM, UPDATED = range(3)
    CaseIdRole = Qt.ItemDataRole.UserRole + 1

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(
            (
                Column("Title", lambda s: s.title),
                Column("Team", self._team),
                Column("Updated", lambda s: when(s.updated_at)),
            ),
            parent,
            row_roles={self.CaseIdRole: lambda s: s.id},
        )
        self.listing = SharedListing(False, [])

    def _team(self, shared: SharedCase) -> str:
        name = shared.team or "no team"
        return f"{name} (yours)" if self.listing.own(shared) else name

    def set_listing(self, listing: SharedListing) -> None:
        with self.resetting():
            self.listing = listing
            self._rows = list(listing.cases)


class SharedWindow(QDialog):
    """Not modal: the case list and the Series window stay usable beside it."""

    addToSeries = Signal(list)  # the ids of the selected copies

    def __init__(self, store: Store, dialogs: DialogService, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle("Shared cases of the department")
        self.setObjectName("sharedWindow")
        self.store = store
        self.dialogs = dialogs
        self.task: Task | None = None
        self.model = SharedCasesModel(self)
        self.table = row_table(self, self.model, "Shared cases")
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.table.horizontalHeader().setStretchLastSection(False)
        self.table.selectionModel().selectionChanged.connect(self._selected)
        self.notice = QLabel(self)
        self.notice.setObjectName("sharedNotice")
        self.notice.setWordWrap(True)
        self.page = QTextBrowser(self)
        self.page.setObjectName("sharedCase")
        self.page.setAccessibleName("The selected case, anonymised (read only)")
        self.page.setOpenLinks(False)
        self.add_button = QPushButton("Add to series", self)
        self.add_button.setToolTip(
            "Add the selected cases to the series open in the Series window; another "
            "team's case enters a report as this anonymised copy only"
        )
        self.add_button.clicked.connect(self.add_selected)
        self.refresh_button = QPushButton("Refresh", self)
        self.refresh_button.clicked.connect(self.load)
        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.addWidget(self.table)
        self.splitter.addWidget(self.page)
        self.splitter.setStretchFactor(0, 2)
        self.splitter.setStretchFactor(1, 3)
        bottom = QHBoxLayout()
        bottom.addStretch(1)
        bottom.addWidget(self.add_button)
        bottom.addWidget(self.refresh_button)
        bottom.addWidget(close_buttons(self))
        lay = QVBoxLayout(self)
        lay.addWidget(self.notice)
        lay.addWidget(self.splitter, 1)
        lay.addLayout(bottom)
        fit_to_screen(self, 1100, 640)
        no_default_button(self)
        self._update_buttons()

    # -- reading -------------------------------------------------------------------------

    def load(self) -> Task | None:
        """Read the list on a worker; the table fills when it is in."""
        if self.task is not None:
            return None
        self.notice.setText("Reading the department's shared cases…")
        store = self.store
        self.task = taskman().run_in_background(
            lambda _ctx: services.shared_listing(store=store),
            self._loaded,
            owner=self,
            name="shared cases",
        )
        return self.task

    def _loaded(self, done: Done[SharedListing]) -> None:
        self.task = None
        if done.error is not None:
            self.notice.setText("")
            message = f"The shared cases could not be read: {done.message}"
            self.dialogs.error("Shared cases", message)
            return
        if done.result is not None:
            self.show_listing(done.result)

    def show_listing(self, listing: SharedListing) -> None:
        keep = self.selected_ids()
        self.model.set_listing(listing)
        self.splitter.setVisible(listing.served)
        self.refresh_button.setVisible(listing.served)
        if not listing.served:
            self.notice.setText(NOT_SERVED)
        else:
            n = len(listing.cases)
            self.notice.setText(f"{ABOUT} {n} case{'s' if n != 1 else ''}.")
            self.table.resizeColumnsToContents()
            rows = [r for r in range(self.model.rowCount()) if self._id(r) in keep]
            self._select(rows[0] if rows else 0)
        self._update_buttons()

    def _id(self, row: int) -> int:
        return int(self.model.row_at(row).id)

    def _select(self, row: int) -> None:
        if 0 <= row < self.model.rowCount():
            self.table.selectRow(row)
        else:
            self.page.clear()

    def selected_ids(self) -> list[int]:
        rows = sorted({i.row() for i in self.table.selectionModel().selectedRows()})
        return [self._id(r) for r in rows if r < self.model.rowCount()]

    def _selected(self, _new: QItemSelection, _old: QItemSelection) -> None:
        self._update_buttons()
        current = self.table.currentIndex()
        row = current.row() if current.isValid() else -1
        ids = self.selected_ids()
        if row < 0 or self._id(row) not in ids:
            row = next((r for r in range(self.model.rowCount()) if self._id(r) in ids), -1)
        if row < 0:
            self.page.clear()
            return
        self.show_copy(self.model.row_at(row))

    def show_copy(self, shared: SharedCase) -> None:
        """The copy of ``shared`` as read-only text (one short read)."""
        try:
            copy = services.shared_copy(shared.id, store=self.store)
        except Exception as exc:  # told in the page, the detail in the log
            log.exception("reading the shared copy of case %s failed", shared.id)
            self.page.setPlainText(f"The shared copy of case {shared.id} could not be read: {exc}")
            return
        self.page.setHtml(copy_html(copy, own=self.model.listing.own(shared)))

    # -- the series --------------------------------------------------------------------

    def _update_buttons(self) -> None:
        self.add_button.setEnabled(self.model.listing.served and bool(self.selected_ids()))
        self.add_button.setVisible(self.model.listing.served)

    def add_selected(self) -> list[int]:
        ids = self.selected_ids()
        if ids:
            self.addToSeries.emit(ids)
        return ids
