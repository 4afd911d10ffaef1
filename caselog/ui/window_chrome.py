"""The window's menus, toolbar and shortcuts, and the hook points later parts plug into.

``MainWindow`` inherits this and implements the slots; keeping the chrome apart keeps both
files readable.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

# Qt's classes by their modules: each class (and the ``Qt`` namespace, about 25 ms of
# enums) is made on first use, when the chrome is built after the window's first paint,
# not when this module is imported before it (``MainWindow(chrome_later=True)``).
from PySide6 import QtCore, QtGui, QtWidgets
from PySide6.QtWidgets import QMainWindow

from caselog import lazy
from caselog.core.vocab import EVENT_KINDS, KIND_LABELS

if TYPE_CHECKING:
    from PySide6.QtGui import QAction, QKeySequence, QUndoStack
    from PySide6.QtWidgets import QMenu

    from caselog.ui import icons
else:  # painted when the menus are built (see caselog/lazy.py)
    icons = lazy.module("caselog.ui.icons")

if TYPE_CHECKING:
    from caselog.core.model import Case
    from caselog.store.engine import Store
    from caselog.ui.controller import CaseController
    from caselog.ui.dialogs import DialogService


class WindowChrome(QMainWindow):
    """Menus File, Edit, Case, Help; the toolbar; platform shortcuts."""

    undo_stack: QUndoStack
    # what the action helpers (review_actions, durability_actions) use of the window: they
    # know it as a WindowChrome, and follow its writes on ``controller.changed``
    store: Store
    dialogs: DialogService
    controller: CaseController

    def selected_case_ids(self) -> list[int]:
        raise NotImplementedError

    def current_case(self) -> Case | None:
        raise NotImplementedError

    def open_case(self, case_id: int | None) -> None: ...
    def commit_pending_edit(self) -> None: ...
    def reload_from_store(self) -> None: ...
    def use_store(self, store: Store) -> None: ...

    # the slots the actions call, implemented by MainWindow
    def new_case(self) -> object: ...
    def import_files(self) -> None: ...
    def open_example(self) -> None: ...
    def export_cases(self, *, anonymise: bool = False) -> object: ...
    def delete_cases(self) -> None: ...
    def focus_filter(self) -> None: ...
    def show_tab(self, index: int) -> None: ...
    def add_event(self, kind: str) -> None: ...
    def show_help(self) -> None: ...
    def show_about(self) -> None: ...
    def open_report(self) -> object: ...
    def _update_actions(self) -> None: ...

    def make_chrome(self) -> None:
        for step in self.chrome_steps():
            step()

    def chrome_steps(self) -> list[Callable[[], None]]:
        """``make_chrome`` in steps of a few tens of milliseconds each (the first use of
        the style and of Qt's enums is most of it), for start-up to run one per turn of
        the event loop (``MainWindow.startup_steps``)."""
        return [self._make_actions, self._make_menus, self._make_bars]

    def _make_bars(self) -> None:
        self._make_toolbar()
        self.statusBar()

    def _action(
        self,
        text: str,
        slot: object,
        shortcut: QKeySequence | QKeySequence.StandardKey | str | None = None,
        *,
        name: str = "",
    ) -> QAction:
        action = QtGui.QAction(text, self)
        if shortcut is not None:
            action.setShortcut(QtGui.QKeySequence(shortcut))
        action.triggered.connect(slot)
        action.setObjectName(name or text.replace("&", "").replace("…", "").strip())
        return action

    def _make_actions(self) -> None:
        style = self.style()
        self.new_action = self._action(
            "&New case", self.new_case, QtGui.QKeySequence.StandardKey.New
        )
        self.new_action.setIcon(style.standardIcon(QtWidgets.QStyle.StandardPixmap.SP_FileIcon))
        self.import_action = self._action(
            "&Import case file…", self.import_files, QtGui.QKeySequence.StandardKey.Open
        )
        self.import_action.setIcon(
            style.standardIcon(QtWidgets.QStyle.StandardPixmap.SP_DialogOpenButton)
        )
        self.example_action = self._action("Open the e&xample case", self.open_example)
        self.export_action = self._action("&Export case file…", self.export_cases, "Ctrl+Shift+E")
        self.export_action.setIcon(
            style.standardIcon(QtWidgets.QStyle.StandardPixmap.SP_DialogSaveButton)
        )
        self.export_anonymised_action = self._action(
            "Export &anonymised case file…", lambda: self.export_cases(anonymise=True)
        )
        self.export_anonymised_action.setToolTip(
            "Without name, record number and birth date; dates shifted so day 0 is 2000-01-01"
        )
        self.quit_action = self._action("&Quit", self.close, QtGui.QKeySequence.StandardKey.Quit)
        self.undo_action = self.undo_stack.createUndoAction(self, "&Undo")
        self.undo_action.setShortcut(QtGui.QKeySequence("Ctrl+Z"))
        self.undo_action.setIcon(style.standardIcon(QtWidgets.QStyle.StandardPixmap.SP_ArrowBack))
        self.redo_action = self.undo_stack.createRedoAction(self, "&Redo")
        self.redo_action.setShortcuts(
            [QtGui.QKeySequence("Ctrl+Shift+Z"), QtGui.QKeySequence("Ctrl+Y")]
        )
        self.redo_action.setIcon(
            style.standardIcon(QtWidgets.QStyle.StandardPixmap.SP_ArrowForward)
        )
        self.find_action = self._action(
            "&Find case", self.focus_filter, QtGui.QKeySequence.StandardKey.Find
        )
        self.delete_action = self._action("&Delete case…", self.delete_cases)
        self.delete_action.setIcon(style.standardIcon(QtWidgets.QStyle.StandardPixmap.SP_TrashIcon))
        self.delete_action.setShortcut(QtGui.QKeySequence(QtGui.QKeySequence.StandardKey.Delete))
        # Delete removes a case only where the case list has the focus (Delete in the
        # timeline removes an event; in a text box, a character).
        self.delete_action.setShortcutContext(QtCore.Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.help_action = self._action(
            "caselog &help", self.show_help, QtGui.QKeySequence.StandardKey.HelpContents
        )
        self.about_action = self._action("&About caselog", self.show_about)
        self.tab_actions: list[QAction] = []
        for i, name in enumerate(("Patient", "Timeline", "Assessment", "Report", "Regulator")):
            action = self._action(
                f"Go to {name}", lambda _c=False, i=i: self.show_tab(i), f"Ctrl+{i + 1}"
            )
            self.tab_actions.append(action)
        self.report_action = self._action(
            "&Report…", lambda: self.open_report(), "Ctrl+R", name="Report"
        )
        self.report_action.setToolTip("Preview the de-identified case report and export it as PDF")
        self.undo_stack.indexChanged.connect(lambda _i: self._update_actions())

    def _make_menus(self) -> None:
        bar = self.menuBar()
        self.file_menu = bar.addMenu("&File")
        self.file_menu.addActions([self.new_action, self.import_action, self.example_action])
        self.file_menu.addActions([self.export_action, self.export_anonymised_action])
        self.file_menu.addSeparator()
        self._durability_anchor = self.file_menu.addSeparator()
        self.file_menu.addAction(self.quit_action)
        self.edit_menu = bar.addMenu("&Edit")
        self.edit_menu.addActions([self.undo_action, self.redo_action])
        self.edit_menu.addSeparator()
        self.edit_menu.addAction(self.find_action)
        self.case_menu = bar.addMenu("&Case")
        self.add_event_menu = QtWidgets.QMenu("&Add event", self)
        for kind in EVENT_KINDS:
            action = self.add_event_menu.addAction(icons.kind_icon(kind), KIND_LABELS[kind])
            action.triggered.connect(lambda _c=False, k=kind: self.add_event(k))
        self.case_menu.addMenu(self.add_event_menu)
        self.case_menu.addSeparator()
        self.case_menu.addActions(self.tab_actions)
        self.case_menu.addSeparator()
        self.case_menu.addAction(self.delete_action)
        self.help_menu = bar.addMenu("&Help")
        self.help_menu.addActions([self.help_action, self.about_action])
        self.report_menu = self.install_report_menu([self.report_action])

    def _make_toolbar(self) -> None:
        bar = QtWidgets.QToolBar("Main", self)
        bar.setObjectName("mainToolbar")
        bar.setToolButtonStyle(QtCore.Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        bar.setMovable(False)
        for action in (self.new_action, self.import_action, self.export_action, self.delete_action):
            bar.addAction(action)
        bar.addSeparator()
        bar.addActions([self.undo_action, self.redo_action])
        self.addToolBar(bar)
        self.toolbar = bar

    # -- hook points for later parts -------------------------------------------------------

    def install_report_menu(self, actions: list[QAction]) -> QMenu:
        """Add a Report menu (between Case and Help) holding ``actions``."""
        menu = QtWidgets.QMenu("Re&port", self)
        menu.addActions(actions)
        self.menuBar().insertMenu(self.help_menu.menuAction(), menu)
        return menu

    def install_durability_actions(self, actions: list[QAction]) -> None:
        """Add backup / history actions to the File menu, above Quit."""
        self.file_menu.insertActions(self._durability_anchor, actions)
