"""The window's Series menu: a new series from the selected cases, the Series window (edit,
report), and the review overview. Installed by ``MainWindow.attach_store``; it knows the
window by its chrome and follows its writes on ``controller.changed``."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMenu

from caselog import lazy
from caselog.core.model import Series
from caselog.ui.window_chrome import WindowChrome

if TYPE_CHECKING:
    from caselog.ui import overview_window, series_window, shared_window
    from caselog.ui.overview_window import OverviewWindow
    from caselog.ui.series_window import SeriesWindow
    from caselog.ui.shared_window import SharedWindow
else:  # the windows load when first opened (see caselog/lazy.py)
    overview_window = lazy.module("caselog.ui.overview_window")
    series_window = lazy.module("caselog.ui.series_window")
    shared_window = lazy.module("caselog.ui.shared_window")


class ReviewActions(QObject):
    def __init__(self, window: WindowChrome) -> None:
        super().__init__(window)
        self.window = window
        self.series_window: SeriesWindow | None = None
        self.overview_window: OverviewWindow | None = None
        self.shared_window: SharedWindow | None = None
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
        self.shared_action = QAction("Shared cases of the &department…", window)
        self.shared_action.setObjectName("Shared cases")
        self.shared_action.setToolTip(
            "Other teams' cases as they share them (anonymised, read only), for a series"
        )
        self.shared_action.triggered.connect(lambda: self.show_shared())
        self.menu = QMenu("&Series", window)
        self.menu.addActions([self.new_series_action, self.series_action, self.shared_action])
        self.menu.addSeparator()
        self.menu.addAction(self.overview_action)
        window.menuBar().insertMenu(window.help_menu.menuAction(), self.menu)
        window.controller.changed.connect(lambda _change: self.update())
        self.update()  # and on every selection change (MainWindow._update_actions)

    def update(self) -> None:
        self.new_series_action.setEnabled(len(self.window.selected_case_ids()) >= 2)

    def new_series(self) -> Series | None:
        w = self.window
        created = series_window.new_series(w.store, w.dialogs, w.selected_case_ids())
        if created is not None:
            self.show_series(created.id)
            w.statusBar().showMessage(f"Series “{created.title}” created.", 6000)
        return created

    def show_series(self, series_id: int | None = None) -> SeriesWindow:
        w = self.window
        if self.series_window is None or self.series_window.store is not w.store:
            self.series_window = series_window.SeriesWindow(
                w.store, w.dialogs, w.selected_case_ids, w
            )
        self.series_window.reload(select=series_id)
        self.series_window.show()
        self.series_window.raise_()
        return self.series_window

    def show_shared(self) -> SharedWindow:
        w = self.window
        if self.shared_window is None or self.shared_window.store is not w.store:
            self.shared_window = shared_window.SharedWindow(w.store, w.dialogs, w)
            self.shared_window.addToSeries.connect(self.add_to_series)
        self.shared_window.show()
        self.shared_window.raise_()
        self.shared_window.load()
        return self.shared_window

    def add_to_series(self, case_ids: list[int]) -> Series | None:
        """Shared cases into the series open in the Series window; with none open, a new
        series of them (two or more, asked for its title)."""
        w = self.window
        if self.series_window is None or self.series_window.editor.series is None:
            created = series_window.new_series(w.store, w.dialogs, case_ids)
            if created is not None:
                self.show_series(created.id)
            return created
        shown = self.show_series(self.series_window.current_id())
        added = shown.editor.add_cases(case_ids)
        if added is not None:
            w.statusBar().showMessage(
                f"The series “{added.title}” has {len(added.case_ids)} cases.", 6000
            )
        return added

    def show_overview(self) -> OverviewWindow:
        w = self.window
        if self.overview_window is None or self.overview_window.store is not w.store:
            self.overview_window = overview_window.OverviewWindow(w.store, w.dialogs, w)
            self.overview_window.openCase.connect(w.open_case)
        self.overview_window.show()
        self.overview_window.raise_()
        self.overview_window.load()
        return self.overview_window
