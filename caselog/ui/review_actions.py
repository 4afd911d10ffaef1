"""The window's Series menu: a new series from the selected cases, the Series window (edit,
report), and the review overview. Installed by ``MainWindow.attach_store``; it knows the
window by its chrome and follows its writes on ``controller.changed``."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMenu

from caselog.core.model import Series
from caselog.ui.window_chrome import WindowChrome

if TYPE_CHECKING:  # the windows load when first opened: start-up stays quick
    from caselog.ui.overview_window import OverviewWindow
    from caselog.ui.series_window import SeriesWindow


class ReviewActions(QObject):
    def __init__(self, window: WindowChrome) -> None:
        super().__init__(window)
        self.window = window
        self.series_window: SeriesWindow | None = None
        self.overview_window: OverviewWindow | None = None
        self.new_series_action = QAction("&New series from selected cases…", window)
        self.new_series_action.setObjectName("New series")
        self.new_series_action.setShortcut(QKeySequence("Ctrl+Shift+N"))
        self.new_series_action.triggered.connect(self.new_series)
        self.series_action = QAction("Case &series…", window)
        self.series_action.setObjectName("Case series")
        self.series_action.triggered.connect(lambda: self.show_series())
        self.overview_action = QAction("Review &overview…", window)
        self.overview_action.setObjectName("Review overview")
        self.overview_action.setToolTip(
            "Cases with a suspect drug: time to onset, outcome, Naranjo, WHO-UMC"
        )
        self.overview_action.triggered.connect(self.show_overview)
        self.menu = QMenu("&Series", window)
        self.menu.addActions([self.new_series_action, self.series_action])
        self.menu.addSeparator()
        self.menu.addAction(self.overview_action)
        window.menuBar().insertMenu(window.help_menu.menuAction(), self.menu)
        window.controller.changed.connect(lambda _change: self.update())
        self.update()  # and on every selection change (MainWindow._update_actions)

    def update(self) -> None:
        self.new_series_action.setEnabled(len(self.window.selected_case_ids()) >= 2)

    def new_series(self) -> Series | None:
        from caselog.ui.series_window import new_series

        w = self.window
        created = new_series(w.store, w.dialogs, w.selected_case_ids())
        if created is not None:
            self.show_series(created.id)
            w.statusBar().showMessage(f"Series “{created.title}” created.", 6000)
        return created

    def show_series(self, series_id: int | None = None) -> SeriesWindow:
        from caselog.ui.series_window import SeriesWindow

        w = self.window
        if self.series_window is None or self.series_window.store is not w.store:
            self.series_window = SeriesWindow(w.store, w.dialogs, w.selected_case_ids, w)
        self.series_window.reload(select=series_id)
        self.series_window.show()
        self.series_window.raise_()
        return self.series_window

    def show_overview(self) -> OverviewWindow:
        from caselog.ui.overview_window import OverviewWindow

        w = self.window
        if self.overview_window is None or self.overview_window.store is not w.store:
            self.overview_window = OverviewWindow(w.store, w.dialogs, w)
            self.overview_window.openCase.connect(w.open_case)
        self.overview_window.show()
        self.overview_window.raise_()
        self.overview_window.load()
        return self.overview_window
