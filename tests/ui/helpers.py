"""Building blocks of the window tests: a dialog service that answers by script, and a
window over a fresh store (built inside each test, never in a shared fixture)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QComboBox, QLineEdit, QPlainTextEdit, QTableWidget, QWidget

from caselog.store.engine import Store
from caselog.ui.dialogs import DialogService
from caselog.ui.main_window import MainWindow


class ScriptedDialogs(DialogService):
    """Answers every modal question from lists the test fills; records what was shown."""

    def __init__(self) -> None:
        super().__init__(None)
        self.confirm_answers: list[bool] = []
        self.files_to_open: list[list[Path]] = []
        self.save_paths: list[Path | None] = []
        self.errors: list[str] = []
        self.infos: list[str] = []
        self.confirmations: list[str] = []
        self.review_answers: list[bool] = []  # the redaction review: continue (default)
        self.reviews: list[tuple[list[int], str]] = []

    def confirm(self, title: str, text: str, ok: str) -> bool:
        self.confirmations.append(text)
        return self.confirm_answers.pop(0)

    def error(self, title: str, text: str) -> None:
        self.errors.append(text)

    def info(self, title: str, text: str) -> None:
        self.infos.append(text)

    def open_files(self, title: str, file_filter: str) -> list[Path]:
        return self.files_to_open.pop(0) if self.files_to_open else []

    def review_redactions(self, case_ids: list[int], store: Store, what: str) -> bool:
        self.reviews.append((list(case_ids), what))
        return self.review_answers.pop(0) if self.review_answers else True

    def save_file(self, title: str, suggested: str, file_filter: str) -> Path | None:
        return self.save_paths.pop(0) if self.save_paths else None


def make_window(
    qtbot: Any,
    store: Store,
    settings: QSettings,
    dialogs: ScriptedDialogs | None = None,
    *,
    size: tuple[int, int] | None = (1400, 900),
) -> tuple[MainWindow, ScriptedDialogs]:
    dialogs = dialogs or ScriptedDialogs()
    window = MainWindow(store, settings=settings, dialogs=dialogs)
    qtbot.addWidget(window)
    if size is not None:
        window.resize(*size)
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    return window, dialogs


def focus(qtbot: Any, widget: QWidget) -> None:
    """Give ``widget`` the keyboard focus, its window first made active (as a click would)."""
    window = widget.window()
    if not window.isActiveWindow():
        window.activateWindow()
        qtbot.waitUntil(window.isActiveWindow)
    widget.setFocus()
    qtbot.waitUntil(widget.hasFocus)


def type_into(qtbot: Any, widget: QWidget, text: str) -> None:
    """Type like a user, then finish the field the way a user does (Enter, or leaving it)."""
    focus(qtbot, widget)
    if isinstance(widget, QLineEdit):
        widget.selectAll()
        qtbot.keyClick(widget, Qt.Key.Key_Backspace)
        if text:
            qtbot.keyClicks(widget, text)
        qtbot.keyClick(widget, Qt.Key.Key_Return)
        return
    if isinstance(widget, QPlainTextEdit):
        widget.selectAll()
        qtbot.keyClick(widget, Qt.Key.Key_Backspace)
        for i, line in enumerate(text.split("\n")):
            if i:
                qtbot.keyClick(widget, Qt.Key.Key_Return)
            if line:
                qtbot.keyClicks(widget, line)
        widget.clearFocus()  # leaving the box commits it
        return
    raise TypeError(f"cannot type into {widget!r}")


def choose(widget: QWidget, value: str | None) -> None:
    """Pick the item whose data is ``value`` in a combo box, as a user would."""
    assert isinstance(widget, QComboBox)
    index = widget.findData(value)
    assert index >= 0, f"{value!r} not offered"
    widget.setCurrentIndex(index)
    widget.activated.emit(index)


def set_cell(table: QTableWidget, row: int, column: int, text: str) -> None:
    """Type ``text`` into a cell the table already has (a test fails on a missing one)."""
    item = table.item(row, column)
    assert item is not None, f"no cell at row {row}, column {column}"
    item.setText(text)


def type_weight(qtbot: Any, window: MainWindow, case_id: int, text: str) -> None:
    """Open case ``case_id`` in the window and type ``text`` into its patient's weight, as
    a user does (the tests of who may edit, and of what an edit sets off)."""
    window.case_list.select_case(case_id)
    qtbot.waitUntil(lambda: window.current_case() is not None)
    view = window.case_view
    view.tabs.setCurrentIndex(view.PATIENT)
    weight = view.patient.main.widget("weight_kg")
    assert isinstance(weight, QLineEdit)
    type_into(qtbot, weight, text)
