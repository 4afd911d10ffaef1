"""The Timeline tab: index date, the painted strip, the events table and the event form."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from pathlib import Path

from PySide6.QtCore import QItemSelectionModel, QModelIndex, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMenu,
    QPushButton,
    QSplitter,
    QTableView,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from caselog.core.dates import DateError, PartialDate
from caselog.core.model import Case, Event, Image
from caselog.core.vocab import EVENT_KINDS, KIND_LABELS
from caselog.ui.event_editor import EventEditor
from caselog.ui.forms.fields import DATE_HINT, ERROR_STYLE
from caselog.ui.icons import kind_icon
from caselog.ui.timeline_model import TimelineModel
from caselog.ui.timeline_strip import TimelineStrip


def index_rule_text(case: Case) -> str:
    """How day 0 is set when the user has not set it (spec rule)."""
    for e in case.timeline():
        if e.kind == "medication" and e.action == "start" and e.effective_role == "suspect":
            return f"{e.date}: first start of {e.drug} (default)"
    ordered = case.timeline()
    if ordered:
        return f"{ordered[0].date}: earliest event (default)"
    return "no events yet"


class TimelineTab(QWidget):
    addEvent = Signal(object)  # Event
    editEvent = Signal(object)  # Event
    deleteEvent = Signal(int)  # event id
    duplicateEvent = Signal(object)  # Event (copy, id None)
    indexDateEdited = Signal(object)  # PartialDate | None

    def __init__(
        self,
        *,
        pick_images: Callable[[], list[Path]] = lambda: [],
        load_images: Callable[[list[Image]], None] = lambda _images: None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._case: Case | None = None
        self._load_images = load_images  # bytes of images read without them, in place

        self.index_edit = QLineEdit(self)
        self.index_edit.setAccessibleName("Index date")
        self.index_edit.setPlaceholderText("YYYY-MM-DD")
        self.index_edit.setToolTip(f"Day 0 of the timeline: {DATE_HINT}; empty for the default")
        self.index_edit.setFixedWidth(
            self.index_edit.fontMetrics().horizontalAdvance("YYYY-MM-DD") + 24
        )
        self.index_edit.editingFinished.connect(self._index_done)
        index_label = QLabel("Index date (day &0):", self)
        index_label.setBuddy(self.index_edit)
        self.index_rule = QLabel(self)
        self.index_rule.setEnabled(False)
        self.index_error = QLabel(self)
        self.index_error.setStyleSheet(ERROR_STYLE)
        self.index_error.hide()

        self.add_button = QToolButton(self)
        self.add_button.setText("&Add event")
        self.add_button.setAccessibleName("Add event")
        self.add_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.add_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.add_menu = QMenu(self)
        for kind in EVENT_KINDS:
            action = self.add_menu.addAction(kind_icon(kind), KIND_LABELS[kind])
            action.triggered.connect(lambda _c=False, k=kind: self.start_new(k))
        self.add_button.setMenu(self.add_menu)
        self.duplicate_button = QPushButton("D&uplicate", self)
        self.duplicate_button.setAccessibleName("Duplicate event")
        self.duplicate_button.clicked.connect(self.duplicate_selected)
        self.delete_button = QPushButton("Delete e&vent", self)
        self.delete_button.setAccessibleName("Delete event")
        self.delete_button.clicked.connect(self.delete_selected)

        self.strip = TimelineStrip(self)
        self.strip.eventClicked.connect(self.select_event)
        self.model = TimelineModel(self)
        self.table = QTableView(self)
        self.table.setModel(self.model)
        self.table.setAccessibleName("Timeline events")
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setTabKeyNavigation(False)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(self.table.fontMetrics().height() + 8)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(TimelineModel.SUMMARY, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(TimelineModel.DATE, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(TimelineModel.RELATIVE, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(TimelineModel.KIND, QHeaderView.ResizeMode.ResizeToContents)
        self.table.selectionModel().currentRowChanged.connect(self._row_changed)
        delete = QAction("Delete event", self.table)
        delete.setShortcut(QKeySequence(QKeySequence.StandardKey.Delete))
        delete.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        delete.triggered.connect(self.delete_selected)
        self.table.addAction(delete)

        self.editor = EventEditor(pick_images=pick_images, birth_date=self._birth_date, parent=self)
        self.editor.addRequested.connect(self.addEvent)
        self.editor.editRequested.connect(self.editEvent)

        top = QHBoxLayout()
        top.addWidget(index_label)
        top.addWidget(self.index_edit)
        top.addWidget(self.index_rule, 1)
        top.addWidget(self.add_button)
        top.addWidget(self.duplicate_button)
        top.addWidget(self.delete_button)

        self.lower_split = QSplitter(Qt.Orientation.Horizontal, self)
        self.lower_split.setObjectName("timelineLower")
        self.lower_split.addWidget(self.table)
        self.lower_split.addWidget(self.editor)
        self.lower_split.setStretchFactor(0, 3)
        self.lower_split.setStretchFactor(1, 2)
        self.splitter = QSplitter(Qt.Orientation.Vertical, self)
        self.splitter.setObjectName("timelineSplitter")
        self.splitter.addWidget(self.strip)
        self.splitter.addWidget(self.lower_split)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setChildrenCollapsible(False)

        lay = QVBoxLayout(self)
        lay.addLayout(top)
        lay.addWidget(self.index_error)
        lay.addWidget(self.splitter, 1)
        self._update_buttons()

    # -- data ------------------------------------------------------------------------------

    def _birth_date(self) -> PartialDate | None:
        return self._case.patient.private.birth_date if self._case else None

    def hold(self, case: Case) -> None:
        """Keep ``case`` as the one shown, without refreshing (its timeline is unchanged)."""
        if self._case is not None and self._case.id == case.id:
            self._case = case

    def set_case(self, case: Case) -> None:
        keep = self.selected_event_id()
        new_case = self._case is None or self._case.id != case.id
        self._case = case
        index = case.effective_index_date()
        self.model.set_events(case.events, index)
        self.strip.set_events(case.events, index)
        if not self.index_edit.hasFocus():
            self.index_edit.setText(case.index_date.isoformat() if case.index_date else "")
            self.index_edit.setModified(False)
        self.index_rule.setText("set by you" if case.index_date else index_rule_text(case))
        if new_case:
            self.editor.show_event(None)
            keep = None
        if not self.editor.is_new:
            self.select_event(keep)
        self._update_buttons()

    def selected_event_id(self) -> int | None:
        row = self.table.currentIndex().row()
        if row < 0 or row >= self.model.rowCount():
            return None
        return self.model.event_at(row).id

    def selected_event(self) -> Event | None:
        row = self.table.currentIndex().row()
        if row < 0 or row >= self.model.rowCount():
            return None
        return self.model.event_at(row)

    def select_event(self, event_id: int | None) -> None:
        row = self.model.row_of(event_id)
        if row is None:
            self.table.clearSelection()
            self.table.setCurrentIndex(QModelIndex())
            self.editor.show_event(None)
            self.strip.set_selected(None)
            self._update_buttons()
            return
        index = self.model.index(row, TimelineModel.SUMMARY)
        self.table.selectionModel().setCurrentIndex(
            index,
            QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows,
        )
        self.table.scrollTo(index)
        self._row_changed(index, QModelIndex())

    def _row_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if not current.isValid():
            return
        event = self.model.event_at(current.row())
        if self.editor.is_new or self.editor.current_event != event:
            self._load_images(event.images)  # thumbnails: the bytes of this event alone
            self.editor.show_event(event)
        self.strip.set_selected(event.id)
        self._update_buttons()

    def _update_buttons(self) -> None:
        has = self.selected_event() is not None
        self.duplicate_button.setEnabled(has)
        self.delete_button.setEnabled(has)

    # -- actions ---------------------------------------------------------------------------

    def start_new(self, kind: str) -> None:
        self.table.clearSelection()
        self.strip.set_selected(None)
        self.editor.start_new(kind)

    def duplicate_selected(self) -> None:
        event = self.selected_event()
        if event is not None:
            self.duplicateEvent.emit(replace(event, id=None))

    def delete_selected(self) -> None:
        event = self.selected_event()
        if event is not None and event.id is not None:
            self.deleteEvent.emit(event.id)

    def _index_done(self) -> None:
        if not self.index_edit.isModified():
            return
        self.index_edit.setModified(False)
        text = self.index_edit.text().strip()
        try:
            date = PartialDate.parse(text) if text else None
        except DateError as exc:
            self.index_error.setText(f"Index date: {exc}")
            self.index_error.show()
            return
        self.index_error.hide()
        self.indexDateEdited.emit(date)
