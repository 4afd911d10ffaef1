"""The Patient tab's history: Add condition starts typing the condition; Tab commits the
cell and moves on to Since, which is wide enough for a date; each finished cell is saved."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLineEdit

from caselog.core.dates import PartialDate
from caselog.core.model import HistoryItem
from caselog.store.engine import Store
from tests.ui.case_views import case_view
from tests.ui.factory import small_case
from tests.ui.helpers import type_into


def typed(qtbot: Any, text: str) -> None:
    editor = QApplication.focusWidget()
    assert isinstance(editor, QLineEdit), "no cell is being edited"
    qtbot.keyClicks(editor, text)
    qtbot.keyClick(editor, Qt.Key.Key_Tab)
    qtbot.wait(10)


def test_add_condition_then_tab_through_the_cells(qtbot: Any, store: Store) -> None:
    view, _ = case_view(qtbot, store, small_case())
    view.tabs.setCurrentIndex(view.PATIENT)
    history = view.patient.history
    before = len(view.case.patient.history) if view.case else 0
    qtbot.mouseClick(history.add_button, Qt.MouseButton.LeftButton)
    qtbot.wait(10)
    row = history.table.rowCount() - 1
    assert history.table.currentRow() == row and history.table.currentColumn() == 0
    typed(qtbot, "gout")
    assert view.case is not None
    assert [h.condition for h in view.case.patient.history][before:] == ["gout"]  # saved on Tab
    assert history.table.currentColumn() == 1  # and on to Since, still editing
    typed(qtbot, "2019-04-12")
    added = view.case.patient.history[before:]
    assert [(h.condition, h.since) for h in added] == [("gout", PartialDate(2019, 4, 12))]
    # the date shows whole in its column
    fm = history.table.fontMetrics()
    assert history.table.columnWidth(1) > fm.horizontalAdvance("2019-04-12")


def test_ongoing_yes_no_and_not_recorded_survive_an_edit_of_another_field(
    qtbot: Any, store: Store
) -> None:
    """A resolved condition stays resolved, an unrecorded one unrecorded, after the weight
    is saved; a new row's ongoing is not recorded until ticked or cleared."""
    case = small_case()
    case.patient.history = [
        HistoryItem("gout", ongoing=False),
        HistoryItem("hypertension", ongoing=True),
        HistoryItem("appendicectomy"),
    ]
    view, _ = case_view(qtbot, store, case)
    view.tabs.setCurrentIndex(view.PATIENT)
    type_into(qtbot, view.patient.main.widget("weight_kg"), "61")
    assert view.case is not None and view.case.patient.weight_kg == 61
    assert [h.ongoing for h in view.case.patient.history] == [False, True, None]
    history = view.patient.history
    qtbot.mouseClick(history.add_button, Qt.MouseButton.LeftButton)
    qtbot.wait(10)
    typed(qtbot, "anaemia")
    assert [h.ongoing for h in view.case.patient.history] == [False, True, None, None]
    cell = history.table.item(3, 2)
    assert cell is not None
    cell.setCheckState(Qt.CheckState.Unchecked)  # the user says: resolved
    assert view.case.patient.history[3].ongoing is False
