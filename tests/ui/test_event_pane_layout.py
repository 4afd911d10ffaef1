"""The event pane: wide enough for every label of every form, a splitter handle a user can
find, the timeline's date always in view, and each form opened at its top."""

from __future__ import annotations

from dataclasses import replace
from typing import Any

import pytest
from PySide6.QtCore import QPoint
from PySide6.QtGui import QColor, QPalette
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QLabel, QScrollArea, QSplitter, QSplitterHandle

from caselog.core.dates import PartialDate
from caselog.core.model import Event
from caselog.core.vocab import EVENT_KINDS
from caselog.store.engine import Store
from caselog.ui.event_editor import EventEditor
from caselog.ui.timeline_model import TimelineModel
from tests.ui.case_views import case_view
from tests.ui.factory import small_case


def scroll_of(editor: EventEditor) -> QScrollArea:
    scroll = editor.findChild(QScrollArea)
    assert isinstance(scroll, QScrollArea)
    return scroll


def captions(editor: EventEditor, kind: str) -> list[QLabel]:
    form = editor.form(kind)
    layout = form.fields.layout_
    out = []
    for row in range(layout.rowCount()):
        item = layout.itemAt(row, layout.ItemRole.LabelRole)
        label = item.widget() if item is not None else None
        if isinstance(label, QLabel) and label.text():
            out.append(label)
    return out


@pytest.mark.parametrize("kind", EVENT_KINDS)
def test_every_label_shows_whole_at_the_panes_least_width(qtbot: Any, kind: str) -> None:
    editor = EventEditor()
    qtbot.addWidget(editor)
    editor.start_new(kind)
    editor.resize(editor.minimumWidth(), 500)
    editor.show()
    qtbot.waitExposed(editor)
    qtbot.wait(20)  # the scroll bar shown, the form laid out again
    form = editor.form(kind)
    viewport = scroll_of(editor).viewport()
    # the form fits its viewport: nothing scrolled or cut off at the side
    assert scroll_of(editor).horizontalScrollBar().value() == 0
    assert editor.stack.width() <= viewport.width()
    for label in captions(editor, kind):
        assert label.width() >= label.sizeHint().width(), label.text()
        assert label.mapTo(editor, label.rect().topLeft()).x() >= 0, label.text()
    date = form.fields.widget("date")
    right = date.mapTo(viewport, date.rect().topRight()).x()
    assert right <= viewport.width(), "the date field runs past the pane"


def test_the_event_pane_has_a_visible_handle_and_the_date_column_stays(
    qtbot: Any, store: Store
) -> None:
    view, _ = case_view(qtbot, store, small_case())
    view.resize(1366 - 460, 700)  # the case view's share of a 1366-wide screen
    split = view.timeline.lower_split
    assert split.handleWidth() >= 6
    assert not split.childrenCollapsible()
    editor = view.timeline.editor
    editor.show_event(view.timeline.model.event_at(0))
    assert editor.width() >= editor.minimumWidth()
    # the user drags the handle as far as it goes to widen the event pane
    split.setSizes([0, 10_000])
    qtbot.wait(10)
    table = view.timeline.table
    header = table.horizontalHeader()
    assert table.width() > 0
    for column in (TimelineModel.DATE, TimelineModel.RELATIVE, TimelineModel.KIND):
        left = header.sectionViewportPosition(column)
        assert left >= 0, column
        assert left + header.sectionSize(column) <= table.viewport().width(), column
        assert header.sectionSize(column) >= table.sizeHintForColumn(column), column
    # and back the other way: the event pane keeps the width its labels need
    split.setSizes([10_000, 0])
    qtbot.wait(10)
    assert editor.width() >= editor.minimumWidth() > 0


def handle_colour(qtbot: Any, handle: QSplitterHandle) -> str:
    qtbot.wait(10)  # the repaint after the pointer moved
    image = handle.grab().toImage()
    colours = {
        QColor(image.pixel(x, y)).name()
        for x in range(image.width())
        for y in range(image.height())
    }
    assert len(colours) == 1, f"a handle is one flat band: {sorted(colours)}"
    return colours.pop()


def test_every_handle_of_the_case_is_a_band_that_lights_up_under_the_pointer(
    qtbot: Any, store: Store
) -> None:
    view, _ = case_view(qtbot, store, small_case())
    view.tabs.setCurrentWidget(view.timeline)
    splitters = view.findChildren(QSplitter)
    assert len(splitters) == 4  # tabs over findings, findings' list and detail, timeline x2
    palette = view.palette()
    plain = palette.color(QPalette.ColorRole.Midlight).name()
    lit = palette.color(QPalette.ColorRole.Highlight).name()
    assert plain != lit
    for split in splitters:
        assert split.handleWidth() >= 6, split.objectName()
        handle = split.handle(1)
        QTest.mouseMove(view, QPoint(1, 1))
        assert handle_colour(qtbot, handle) == plain, split.objectName()
        QTest.mouseMove(handle, handle.rect().center())
        assert handle_colour(qtbot, handle) == lit, split.objectName()
        QTest.mouseMove(view, QPoint(1, 1))
        assert handle_colour(qtbot, handle) == plain, split.objectName()
    # the widgets inside the splitters draw with the application's own style: a style sheet
    # on a splitter passes to every widget inside it, and built the case view twice as slowly
    for widget in (view.tabs, view.timeline.table, view.findings.tree, view.patient):
        assert widget.style().metaObject().className() != "QStyleSheetStyle", widget


def test_a_new_form_opens_at_its_top(qtbot: Any) -> None:
    editor = EventEditor()
    qtbot.addWidget(editor)
    editor.resize(420, 260)  # short: the imaging form scrolls
    editor.show()
    qtbot.waitExposed(editor)
    editor.start_new("imaging")
    bar = scroll_of(editor).verticalScrollBar()
    qtbot.waitUntil(lambda: bar.maximum() > 0)
    bar.setValue(bar.maximum())
    for kind in ("procedure", "follow_up", "symptom"):
        editor.start_new(kind)
        qtbot.wait(10)
        assert bar.value() == 0, kind
        date = editor.form(kind).fields.widget("date")
        top = date.mapTo(scroll_of(editor).viewport(), date.rect().topLeft()).y()
        assert 0 <= top < scroll_of(editor).viewport().height(), kind
        # the pane is as tall as this form, not as the imaging form left it
        assert editor.stack.height() <= max(
            editor.form(kind).sizeHint().height(), scroll_of(editor).viewport().height()
        )


def test_another_event_opens_at_its_top_and_the_same_one_stays_put(qtbot: Any) -> None:
    editor = EventEditor()
    qtbot.addWidget(editor)
    editor.resize(420, 220)
    editor.show()
    qtbot.waitExposed(editor)
    ct = Event(kind="imaging", date=PartialDate(2024, 6, 5), modality="CT", findings="mass")
    first, second = replace(ct, id=1), replace(ct, id=2, findings="smaller")
    editor.show_event(first)
    bar = scroll_of(editor).verticalScrollBar()
    qtbot.waitUntil(lambda: bar.maximum() > 0)
    bar.setValue(bar.maximum())
    editor.show_event(replace(first, region="spine"))  # saved and shown again: stays put
    assert bar.value() == bar.maximum() > 0
    editor.show_event(second)
    assert bar.value() == 0
