"""The main window: the case list beside the open case, menus, toolbar, import and export.

The window is shown before the database is opened (``attach_store``): the store's modules
take a second to load, and the user sees caselog at once, with "Opening the database…",
rather than nothing.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

# ``Qt`` (about 25 ms of enums on first use) by its module: not before the first paint
from PySide6 import QtCore
from PySide6.QtCore import QByteArray, QCoreApplication, QSettings, Signal
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QSizePolicy,
    QSplitter,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from caselog import lazy
from caselog.store.errors import NotFound
from caselog.ui.help import HELP_TEXT
from caselog.ui.resources import example_case_file
from caselog.ui.screen import fit_to_screen
from caselog.ui.window_chrome import WindowChrome
from caselog.version import version

if TYPE_CHECKING:
    from PySide6.QtGui import QCloseEvent

    from caselog.core import model
    from caselog.core.model import Case
    from caselog.store import services
    from caselog.store.changes import Change
    from caselog.store.engine import Store
    from caselog.ui import (
        case_list,
        case_list_model,
        case_view,
        controller,
        durability_actions,
        first_fill,
        importing,
        merge_dialog,
        report_dialog,
        review_actions,
        stale,
        stale_watch,
        welcome,
    )
    from caselog.ui import dialogs as dialogs_module
    from caselog.ui.case_list import CaseListPane
    from caselog.ui.case_list_model import CaseListModel
    from caselog.ui.case_view import CaseView
    from caselog.ui.controller import CaseController
    from caselog.ui.dialogs import DialogService
    from caselog.ui.durability_actions import DurabilityActions
    from caselog.ui.importing import ImportOutcome
    from caselog.ui.merge_dialog import BringBack
    from caselog.ui.report_dialog import ReportDialog
    from caselog.ui.review_actions import ReviewActions
    from caselog.ui.taskman import Task
    from caselog.ui.welcome import WelcomeView
else:  # the window shows before the store loads (see caselog/lazy.py)
    # after the first paint: the dialogs, the welcome page, importing
    dialogs_module = lazy.module("caselog.ui.dialogs")
    welcome = lazy.module("caselog.ui.welcome")
    importing = lazy.module("caselog.ui.importing")
    model = lazy.module("caselog.core.model", with_store=True)
    services = lazy.module("caselog.store.services", with_store=True)
    # the list read from the file before the store: plain SQL, no SQLAlchemy
    first_fill = lazy.module("caselog.ui.first_fill", with_store=True)
    case_list = lazy.module("caselog.ui.case_list", with_store=True)
    case_list_model = lazy.module("caselog.ui.case_list_model", with_store=True)
    controller = lazy.module("caselog.ui.controller", with_store=True)
    review_actions = lazy.module("caselog.ui.review_actions", with_store=True)
    durability_actions = lazy.module("caselog.ui.durability_actions", with_store=True)
    merge_dialog = lazy.module("caselog.ui.merge_dialog", with_store=True)  # File > Bring back
    stale = lazy.module("caselog.ui.stale", with_store=True)  # two clinicians at once
    stale_watch = lazy.module("caselog.ui.stale_watch", with_store=True)
    case_view = lazy.module("caselog.ui.case_view")  # on demand: when a case is first shown
    report_dialog = lazy.module("caselog.ui.report_dialog")

log = logging.getLogger(__name__)
READ_ONLY = "Read-only"
"""How the title of a window over a read-only database starts."""


class MainWindow(WindowChrome):
    importFinished = Signal(list)  # [(case id, title)] of the last import

    def __init__(
        self,
        store: Store | None = None,
        *,
        settings: QSettings | None = None,
        dialogs: DialogService | None = None,
        parent: QWidget | None = None,
        chrome_later: bool = False,
    ) -> None:
        """``chrome_later``: the window is painted first with "Opening the database…" alone;
        the menus, toolbar, dialogs and welcome page are built by ``build_chrome`` (the
        application calls it right after the first paint; ``attach_store`` at the latest)."""
        super().__init__(parent)
        self.setWindowTitle("caselog")
        self.setObjectName("caselogMain")
        self.settings = settings if settings is not None else QSettings()
        self._dialogs = dialogs
        self.undo_stack = QUndoStack(self)
        self.import_task: Task | None = None
        self.ready = False  # True once a store is attached
        self.review: ReviewActions
        self.durability: DurabilityActions
        self.bring_back: BringBack
        self.report_dialog: ReportDialog | None = None
        self._list_built = False  # by show_file_list (the file read first) or attach_store

        self.loading = self._loading_page()
        self.stack = QStackedWidget(self)
        self.stack.addWidget(self.loading)
        self.setCentralWidget(self.stack)
        self._welcome: WelcomeView | None = None
        self._restore_geometry()
        self.chrome_built = False
        self._chrome_left: list[Callable[[], None]] | None = None  # its steps not yet run
        if not chrome_later:
            self.build_chrome()
        if store is not None:
            self.attach_store(store)

    def build_chrome(self) -> None:
        """The menus, the toolbar and the status bar (once; what ``startup_steps`` has not
        built yet)."""
        while not self.chrome_built:
            self._chrome_step()

    def _chrome_step(self) -> None:
        """The next of ``chrome_steps``; after the last, the chrome is built."""
        if self.chrome_built:
            return
        if self._chrome_left is None:
            self._chrome_left = self.chrome_steps()
        self._chrome_left.pop(0)()
        if self._chrome_left:
            return
        self.chrome_built = True
        if self._list_built:  # the list painted first: its Delete shortcut joins it now
            self.case_list.table.addAction(self.delete_action)
        self._update_actions()

    def startup_steps(self, target: str | None) -> list[Callable[[], object]]:
        """What the GUI thread does between the first paint and opening the store, in
        steps of a few tens of milliseconds: ``caselog.ui.app.main`` runs one per turn of
        the event loop, so that input and painting are served between them (the longest
        pause is measured by ``bench.bench_ui``). The list's modules (PySide6's ``Qt``
        enums, then the imports: together more than filling the list), the list read from the file
        (``show_file_list``), then the menus, toolbar and status bar, a step each."""
        steps: list[Callable[[], object]] = [
            self._make_qt_enums,
            self._load_list_modules,
            lambda: self.show_file_list(target),
        ]
        return steps + [self._chrome_step] * len(self.chrome_steps())

    @staticmethod
    def _make_qt_enums() -> None:
        """PySide6 makes the Python enums of the ``Qt`` namespace on its first use, all at
        once (about 25 ms): a step of its own."""
        _ = QtCore.Qt.ItemDataRole.DisplayRole

    @staticmethod
    def _load_list_modules() -> None:
        """Import the case list's modules (``lazy``: on first use) in a step of their own."""
        _ = (case_list_model.CaseListModel, case_list.CaseListPane, first_fill.fetchers)

    @property
    def dialogs(self) -> DialogService:
        """Every question the window asks goes through this (tests script it)."""
        if self._dialogs is None:
            self._dialogs = dialogs_module.DialogService(self, self.settings)
        if self._dialogs.parent is None:
            self._dialogs.parent = self
        return self._dialogs

    @dialogs.setter
    def dialogs(self, value: DialogService) -> None:
        self._dialogs = value

    @property
    def welcome(self) -> WelcomeView:
        """What an empty database shows, built the first time it is needed."""
        if self._welcome is None:
            view = welcome.WelcomeView(self)
            view.newCase.connect(self.new_case)
            view.importFile.connect(self.import_files)
            view.openExample.connect(self.open_example)
            self.stack.addWidget(view)
            self._welcome = view
        return self._welcome

    def show_file_list(self, target: str | None) -> bool:
        """Before the store opens: the whole list's first page, read from the file itself
        by the store's own statements (``caselog.store.list_sql``, no SQLAlchemy), painted
        at once. It scrolls and sorts; searching and opening a case wait for
        ``attach_store``, which hands the list to the store. False (and nothing shown) for a
        file the standard library cannot read (new, encrypted, another backend, damaged):
        then the list waits for the store."""
        if self.ready or self._list_built:
            return False
        found = first_fill.fetchers(target)
        if found is None:
            return False
        model = case_list_model.CaseListModel(*found, parent=self)
        self._build_list(model)  # first: the view announcing its order fetches nothing
        self.case_list.set_ready(False)
        model.refresh()
        if model.total == 0:  # a new file, or one that could not be read: the store decides
            self.drop_file_list()
            return False
        self.stack.setCurrentWidget(self.splitter)
        # painted now, before the worker that opens the store competes for the GIL
        QCoreApplication.sendPostedEvents()
        self.repaint()
        return True

    def drop_file_list(self) -> None:
        """The store could not open the file (damaged, in use...): the list read from it
        before goes, and the window shows "Opening the database…" again."""
        if self.ready or not self._list_built:
            return
        self.stack.setCurrentWidget(self.loading)
        self.stack.removeWidget(self.splitter)
        self.splitter.deleteLater()
        self.list_model.deleteLater()
        self._list_built = False

    def _build_list(self, model: CaseListModel) -> None:
        """The case list beside the case view's place, over ``model``."""
        self._list_built = True
        self.list_model: CaseListModel = model
        self.case_list: CaseListPane = case_list.CaseListPane(model, self)
        if self.chrome_built:  # else build_chrome adds it (the list may be painted first)
            self.case_list.table.addAction(self.delete_action)
        self.no_case = QLabel("Opening the database…", self)
        self.no_case.setAlignment(QtCore.Qt.AlignmentFlag.AlignCenter)
        self.no_case.setEnabled(False)
        self.right = QStackedWidget(self)
        self.right.addWidget(self.no_case)
        self.splitter = QSplitter(QtCore.Qt.Orientation.Horizontal, self)
        self.splitter.setObjectName("mainSplitter")
        self.splitter.addWidget(self.case_list)
        self.splitter.addWidget(self.right)
        self.splitter.setStretchFactor(0, 2)
        self.splitter.setStretchFactor(1, 5)
        self.splitter.setSizes([480, 960])
        self.stack.addWidget(self.splitter)

    def attach_store(self, store: Store) -> None:
        """Build the case list over ``store`` and show its cases, or hand the list read
        from the file (``show_file_list``) to the store (the modules it uses are declared
        ``with_store``: loaded off the GUI thread with the store)."""
        self.build_chrome()
        self.store = store
        self._show_read_only()
        self.controller: CaseController = controller.CaseController(
            store, self.dialogs, self.undo_stack, self
        )
        cap = controller.CaseController.COUNT_CAP
        early = self.list_model if self._list_built else None
        if early is None:
            self._build_list(
                case_list_model.CaseListModel(
                    self.controller.list_page,
                    self.controller.count_first,
                    count_cap=cap,
                    parent=self,
                )  # fmt: skip
            )
        self.no_case.setText("Select a case in the list, or press Ctrl+N for a new one.")
        self._case_view: CaseView | None = None  # built when a case is first shown
        self.case_list.caseSelected.connect(self.open_case)
        self.case_list.table.selectionModel().selectionChanged.connect(
            lambda *_sel: self._update_actions()
        )
        self.controller.changed.connect(self._changed)
        self.review = review_actions.ReviewActions(self)
        self.durability = durability_actions.DurabilityActions(self)
        self.bring_back = merge_dialog.BringBack(self)
        self.stale = stale.StaleFlow(self)  # stale writes refused: reload, compare, keep
        self.watcher = stale_watch.Watcher(self, self.stale)  # changes others make
        # a department server's shared copies, made again after each write on a worker
        # (those left behind now): never the de-identifier on this thread
        services.rebuild_in_background(store, copies_on_worker)
        self.ready = True
        if early is None:
            self.list_model.refresh()
        else:
            self.case_list.set_ready(True)
            early.adopt(self.controller.list_page, self.controller.count_first, count_cap=cap)
        self._update_mode()
        self._restore_session()
        self._update_actions()

    def _loading_page(self) -> QWidget:
        """The page shown until ``attach_store``: its message over a busy bar, centred by
        stretches (no ``Qt`` flags: this is painted before they are made)."""
        page = QWidget(self)
        label = QLabel("Opening the database…", page)
        bar = QProgressBar(page)
        bar.setRange(0, 0)  # busy: the checks on open have no steps to count
        bar.setMaximumWidth(320)
        bar.setAccessibleName("Opening the database")
        layout = QVBoxLayout(page)
        layout.addStretch(1)
        for widget in (label, bar):
            row = QHBoxLayout()
            row.addStretch(1)
            row.addWidget(widget)
            row.addStretch(1)
            layout.addLayout(row)
        layout.addStretch(1)
        return page

    @property
    def case_view(self) -> CaseView:
        """The open case's tabs, built the first time a case is shown: they are most of the
        window's widgets (about 5 MiB and 50 ms), and a list of cases needs none of them."""
        if self._case_view is None:
            view = case_view.CaseView(self.controller, self)
            self.right.addWidget(view)
            self._case_view = view
            self._restore_splitters(self._case_splitters(view))
        return self._case_view

    # -- what is selected ------------------------------------------------------------------

    def selected_case_ids(self) -> list[int]:
        return self.case_list.selected_case_ids() if self.ready else []

    def current_case(self) -> Case | None:
        view = self._case_view if self.ready else None
        if view is None or self.right.currentWidget() is not view:
            return None
        return view.case

    # -- state -----------------------------------------------------------------------------

    def _update_mode(self) -> None:
        empty = self.list_model.total == 0 and not self.list_model.narrowed
        self.stack.setCurrentWidget(self.welcome if empty else self.splitter)

    def _update_actions(self) -> None:
        if not self.chrome_built:
            return  # nothing to enable yet: build_chrome updates them
        for action in (self.new_action, self.import_action, self.example_action, self.find_action):
            action.setEnabled(self.ready)
        writable = not (self.ready and self.store.read_only)
        for action in (self.new_action, self.import_action, self.example_action):
            action.setEnabled(self.ready and writable)  # read-only: nothing can be saved
        has_case = self.current_case() is not None
        has_selection = bool(self.selected_case_ids())
        self.export_action.setEnabled(has_selection)
        self.export_anonymised_action.setEnabled(has_selection)
        self.delete_action.setEnabled(has_selection and writable)
        self.add_event_menu.setEnabled(has_case and writable)
        self.report_action.setEnabled(has_case)
        for action in self.tab_actions:
            action.setEnabled(has_case)
        if self.ready:
            self.review.update()
            self.durability.update()

    # -- a read-only database (its file 0444, or its folder read-only) ----------------------

    def _show_read_only(self) -> None:
        """Say plainly, in the title and the status line, that nothing can be saved; the
        actions that write are disabled (``_update_actions``), and any write still tried
        is refused by the store with the same reason (``ReadOnlyDatabase``, in a dialog)."""
        reason = self.store.read_only
        if reason is None:
            return
        notice = QLabel(f"Read-only: {reason}. Nothing can be saved.", self)
        notice.setObjectName("readOnlyNotice")
        notice.setToolTip("Make the file and its folder writable, then open caselog again.")
        notice.setStyleSheet("color: #8a5a00; font-weight: bold;")
        # never wider than the window allows (a long path is cut, its tooltip keeps it)
        notice.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.statusBar().addPermanentWidget(notice, 1)
        self._set_title("caselog")

    def _set_title(self, text: str) -> None:
        """The window title; a read-only database's starts with "Read-only — "."""
        read_only = getattr(self, "store", None) is not None and self.store.read_only
        self.setWindowTitle(f"{READ_ONLY} — {text}" if read_only else text)

    def _restore_geometry(self) -> None:
        """The window as it was left, or sized to the screen: a geometry Qt cannot restore
        (saved by another Qt, or on another screen) left the window at Qt's default, a
        few hundred pixels wide."""
        geometry = self.settings.value("window/geometry")
        if not (isinstance(geometry, QByteArray) and self.restoreGeometry(geometry)):
            fit_to_screen(self, 1360, 860)

    def _restore_session(self) -> None:
        self._restore_splitters([self.splitter])
        last = self.settings.value("session/lastCase")
        if isinstance(last, (int, str)) and str(last).isdigit():
            self.open_case(int(last))

    def _restore_splitters(self, splitters: list[QSplitter]) -> None:
        for splitter in splitters:
            state = self.settings.value(f"splitters/{splitter.objectName()}")
            if isinstance(state, QByteArray):
                splitter.restoreState(state)

    @staticmethod
    def _case_splitters(view: CaseView) -> list[QSplitter]:
        return [view.timeline.splitter, view.timeline.lower_split, view.findings_split]

    def _splitters(self) -> list[QSplitter]:
        """The splitters built so far (the case view's once it exists)."""
        view = self._case_view
        return [self.splitter, *(self._case_splitters(view) if view is not None else [])]

    def save_settings(self) -> None:
        self.settings.setValue("window/geometry", self.saveGeometry())
        if not self.ready:
            self.settings.sync()
            return
        for splitter in self._splitters():
            self.settings.setValue(f"splitters/{splitter.objectName()}", splitter.saveState())
        case = self.current_case()
        if case is not None and case.id is not None:
            self.settings.setValue("session/lastCase", case.id)
        else:
            self.settings.remove("session/lastCase")
        self.settings.sync()

    def commit_pending_edit(self) -> None:
        """Save the field being typed in, as leaving it would."""
        focus = self.focusWidget()
        if focus is not None:
            focus.clearFocus()

    def closeEvent(self, event: QCloseEvent) -> None:
        self.commit_pending_edit()
        if self.import_task is not None:
            self.import_task.cancel()
        if self.ready:
            self.watcher.stop()
        self.save_settings()
        super().closeEvent(event)

    # -- opening and showing ----------------------------------------------------------------

    def open_case(self, case_id: int | None) -> None:
        if case_id is None:
            self._show_no_case()
            return
        try:
            case = self.controller.get_case(case_id)
        except NotFound:
            self._show_no_case()
            return
        self._show_case(case)

    def _show_case(self, case: Case) -> None:
        self.case_view.set_case(case)
        self._set_title(f"{case.title} — caselog")
        self.right.setCurrentWidget(self.case_view)
        self.stack.setCurrentWidget(self.splitter)
        if self.case_list.current_case_id() != case.id:
            self.case_list.select_case(case.id, quiet=True)
        self._update_actions()

    def _show_no_case(self) -> None:
        if self._case_view is not None:
            self._case_view.case = None
        self._set_title("caselog")
        self.right.setCurrentWidget(self.no_case)
        self._update_actions()

    def _changed(self, change: Change) -> None:
        """One write, undo or redo (``CaseController.changed``): the list and the open
        case refresh what it touched. A change someone else made (``stale.OthersChange``)
        never opens a case, and a list row's alone leaves the open case as shown."""
        self.case_list.show_change(change)
        view = self._case_view
        showing = view.case_id if view is not None and self.current_case() else None
        elsewhere = isinstance(change, stale.OthersChange)
        if elsewhere and change.parts <= {services.Part.ROW, services.Part.CASES}:
            if change.case_id is not None and showing == change.case_id and change.removed:
                self._show_no_case()
        elif change.after is not None and showing == change.case_id and view is not None:
            view.show_change(change)
            if services.Part.TITLE in change.parts:
                self._set_title(f"{change.after.title} — caselog")
        elif change.after is not None and not elsewhere:
            self._show_case(change.after)  # undo/redo of another case, or one created
        elif change.case_id is not None and showing == change.case_id:
            self._show_no_case()
        if change.touches(services.Part.CASES):
            self._update_mode()
        self._update_actions()

    def reload_from_store(self) -> None:
        """Show the store as it now is (after a restore): the list, the open case, and an
        empty undo history (its snapshots belong to the database before)."""
        self.undo_stack.clear()
        current = self.current_case()
        self.case_list.refresh()
        self.open_case(current.id if current is not None else None)
        self._update_mode()
        self._update_actions()

    def use_store(self, store: Store) -> None:
        """Carry on over ``store`` (the same database reopened, e.g. once encrypted)."""
        self.store = store
        self.controller.store = store
        self.reload_from_store()
        self.watcher.restart()

    def show_tab(self, index: int) -> None:
        if self.current_case() is not None:
            self.case_view.tabs.setCurrentIndex(index)

    def focus_filter(self) -> None:
        if self.stack.currentWidget() is not self.splitter:
            return  # nothing to find yet
        self.case_list.filter.setFocus()
        self.case_list.filter.selectAll()

    # -- actions ---------------------------------------------------------------------------

    def new_case(self) -> Case | None:
        if not self.ready:
            return None
        new = model.Case(title="New case", patient=model.Patient(sex="unknown"))
        case = self.controller.create_case(new)
        if case is not None:
            self.case_view.tabs.setCurrentIndex(self.case_view.PATIENT)
            self.case_view.title.setFocus()
            self.case_view.title.selectAll()
            self.statusBar().showMessage("New case created. Give it a title.", 5000)
        return case

    def add_event(self, kind: str) -> None:
        if self.current_case() is None:
            return
        self.case_view.tabs.setCurrentIndex(self.case_view.TIMELINE)
        self.case_view.timeline.start_new(kind)

    def delete_cases(self) -> None:
        ids = self.selected_case_ids()
        if not ids:
            return
        titles = {
            self.list_model.summary(r).id: self.list_model.summary(r).title
            for r in range(self.list_model.rowCount())
            if self.list_model.summary(r).id in ids
        }
        what = f"“{titles[ids[0]]}”" if len(ids) == 1 and ids[0] in titles else f"{len(ids)} cases"
        held = {case_id: self.held_version(case_id) for case_id in ids}  # what the user saw
        if not self.dialogs.confirm(
            "Delete case",
            f"Delete {what}? You can undo this with Ctrl+Z until you close caselog.",
            "Delete",
        ):
            return
        gone = []
        self.undo_stack.beginMacro(f"Delete {what}")
        try:
            for case_id in ids:
                title = titles.get(case_id, "")
                if self.controller.delete_case(case_id, held[case_id], title) is not None:
                    gone.append(case_id)
        finally:
            self.undo_stack.endMacro()
        if not gone:  # each refusal was told (someone else changed the case)
            empty = self.undo_stack.command(self.undo_stack.count() - 1)
            empty.setObsolete(True)  # the macro of no delete leaves the history
            self.undo_stack.undo()
            return
        what = what if len(gone) == len(ids) else f"{len(gone)} of {len(ids)} cases"
        self.statusBar().showMessage(f"Deleted {what}. Edit ▸ Undo brings it back.", 8000)

    def held_version(self, case_id: int) -> int | None:
        """The version of the case the window shows: the open case's, else its list row's
        (None: not known, nothing compared)."""
        shown = self.current_case()
        if shown is not None and shown.id == case_id:
            return shown.version
        row = self.list_model.row_of(case_id)
        return self.list_model.summary(row).version if row is not None else None

    def export_cases(self, *, anonymise: bool = False) -> Path | None:
        ids = self.selected_case_ids()
        if not ids:
            return None
        if anonymise and not self.dialogs.review_redactions(ids, self.store, "anonymised export"):
            return None
        title = "Export anonymised case file" if anonymise else "Export case file"
        suggested = "cases-anonymised.json" if anonymise else "cases.json"
        out = self.dialogs.save_file(title, suggested, dialogs_module.CASE_FILE_FILTER)
        if out is None:
            return None
        try:
            written = self.controller.export_cases(ids, out, anonymise=anonymise)
        except Exception as exc:  # shown to the user, detail in the log
            log.exception("export failed")
            self.dialogs.error("Export", f"Could not export to {out}: {exc}")
            return None
        self.statusBar().showMessage(f"Exported {len(ids)} case(s) to {written}", 8000)
        return written

    def import_files(self) -> None:
        paths = self.dialogs.open_files("Import case file", dialogs_module.CASE_FILE_FILTER)
        if paths:
            self.start_import(paths)

    def open_example(self) -> None:
        self.start_import([example_case_file()])

    def start_import(self, paths: list[Path]) -> Task | None:
        """Import ``paths`` in the background (one import at a time); ``importFinished``
        says what was created."""
        if not self.ready or self.import_task is not None:
            return None
        self.import_task = importing.start_import(
            self, paths, self.controller.import_files, self._import_done
        )
        return self.import_task

    def _import_done(self, outcome: ImportOutcome) -> None:
        self.import_task = None
        created, cancelled, failures = outcome.created, outcome.cancelled, outcome.failures
        self.controller.import_done(created)
        if created:
            self.open_case(created[0][0])
            n = len(created)
            self.statusBar().showMessage(f"Imported {n} case{'s' if n != 1 else ''}.", 8000)
        if failures:
            self.dialogs.error("Import", "Nothing was imported from:\n\n" + "\n\n".join(failures))
        elif cancelled and not created:
            self.statusBar().showMessage("Import cancelled.", 5000)
        self.importFinished.emit(created)

    def open_report(self, template: str = "cureus") -> ReportDialog | None:
        """Report ▸ Report…: the preview dialog of the open case (window-modal, not blocking)."""
        if self.current_case() is None:
            return None
        self.commit_pending_edit()  # the report shows what was just typed
        case = self.case_view.case
        if case is None or case.id is None:
            return None
        self.controller.load_images([im for e in case.events for im in e.images])  # figures
        case_id, store = case.id, self.store
        dialog = report_dialog.ReportDialog(
            case,
            lambda tpl, out: services.write_report([case_id], tpl, out, store=store),
            self.dialogs,
            template=template,
            parent=self,
            review=lambda: self.dialogs.review_redactions([case_id], store, "report"),
            decisions=lambda: services.using_decisions([case_id], store=store),
            package=lambda tpl, out: services.write_package([case_id], tpl, out, store=store),
        )
        dialog.setAttribute(QtCore.Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.destroyed.connect(lambda _o=None: setattr(self, "report_dialog", None))
        self.report_dialog = dialog
        dialog.open()
        dialog.start_preview()
        return dialog

    def show_help(self) -> None:
        self.dialogs.info("caselog help", HELP_TEXT)

    def show_about(self) -> None:
        self.dialogs.info(
            "About caselog",
            f"caselog {version()}: log adverse drug reactions and instructive cases, keep each "
            "patient's timeline, and write de-identified case reports.",
        )


def copies_on_worker(job: Callable[[Callable[[], bool]], None]) -> None:
    """Run ``job`` (the shared copies' work, caselog.store.services.shared) on a worker
    thread, cancelled with the window; a write already on a worker runs it there."""
    from caselog.ui.taskman import taskman

    if threading.current_thread() is not threading.main_thread():
        job(lambda: False)
    elif not taskman().closed:  # closing: the copies stay marked for the next start
        taskman().run_in_background(lambda ctx: job(lambda: ctx.cancelled), name="shared copies")
