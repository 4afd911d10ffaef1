"""The Timeline tab: index date, the quick-add line, the painted strip, the events table and
beside it the form: of one event, of a medication course, or of a lab panel."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from pathlib import Path

from PySide6.QtCore import QItemSelectionModel, QModelIndex, QSize, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMenu,
    QPushButton,
    QScrollArea,
    QSplitter,
    QStackedWidget,
    QTableView,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from caselog.clinical.catalogue import drug_key
from caselog.clinical.course_plan import plan_of, rewritable
from caselog.clinical.exposure import courses
from caselog.core.dates import DateError, PartialDate
from caselog.core.model import Case, Event, Image
from caselog.core.vocab import EVENT_KINDS, KIND_LABELS
from caselog.ui.event_editor import EventEditor
from caselog.ui.forms.course_form import CourseForm
from caselog.ui.forms.fields import DATE_HINT, ERROR_STYLE
from caselog.ui.forms.lab_panel import LabPanelForm
from caselog.ui.forms.quick_add import QuickAdd
from caselog.ui.icons import kind_icon
from caselog.ui.timeline_model import TimelineModel
from caselog.ui.timeline_strip import TimelineStrip

STRIP_LEAST_HEIGHT = 56  # the strip's axis and one lane; more scrolls


class StripArea(QScrollArea):
    """The strip's scroll area: as tall as the whole strip where the window has room (its
    size hint), down to ``STRIP_LEAST_HEIGHT`` where it has not, the rest scrolled."""

    def sizeHint(self) -> QSize:  # noqa: N802 (Qt naming)
        inner = self.widget()
        hint = super().sizeHint()
        if inner is None:
            return hint
        return QSize(hint.width(), inner.sizeHint().height() + 2 * self.frameWidth())


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
    quickAdded = Signal(object)  # Reading (one event, or a course)
    courseSaved = Signal(object)  # CoursePlan
    panelAdded = Signal(object)  # list[Event] (lab results of one date)

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
        course = self.add_menu.addAction(kind_icon("medication"), "Medication &course…")
        course.triggered.connect(self.start_course)
        panel = self.add_menu.addAction(kind_icon("lab"), "Lab &panel…")
        panel.triggered.connect(self.start_panel)
        self.add_menu.addSeparator()
        for kind in EVENT_KINDS:
            action = self.add_menu.addAction(kind_icon(kind), KIND_LABELS[kind])
            action.triggered.connect(lambda _c=False, k=kind: self.start_new(k))
        self.add_button.setMenu(self.add_menu)
        self.duplicate_button = QPushButton("D&uplicate", self)
        self.duplicate_button.setAccessibleName("Duplicate event")
        self.duplicate_button.clicked.connect(self.duplicate_selected)
        self.panel_button = QPushButton("Lab panel…", self)
        self.panel_button.setAccessibleName("New lab panel")
        self.panel_button.setToolTip("Many results of one date at once; paste them from the lab")
        self.panel_button.clicked.connect(self.start_panel)
        self.course_button = QPushButton("Edit as course", self)
        self.course_button.setAccessibleName("Edit as course")
        self.course_button.setToolTip("Edit the course of the selected medication: doses, stop")
        self.course_button.clicked.connect(self.edit_course)
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
        if (imaging := self.editor.form("imaging").images) is not None:
            imaging.set_panel_source(self._used_panels)
        self.course_form = CourseForm(self)
        self.course_form.saved.connect(self.courseSaved)
        self.course_form.cancelled.connect(self.show_editor)
        self.panel_form = LabPanelForm(self)
        self.panel_form.added.connect(self.panelAdded)
        self.panel_form.cancelled.connect(self.show_editor)
        self.side = QStackedWidget(self)
        self.side.addWidget(self.editor)
        for form in (self.course_form, self.panel_form):
            self.side.addWidget(form)
        self.quick = QuickAdd(self._anchor, self._roles, self)
        self.quick.added.connect(self.quickAdded)

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
        self.lower_split.addWidget(self.side)
        self.lower_split.setStretchFactor(0, 3)
        self.lower_split.setStretchFactor(1, 2)
        self.splitter = QSplitter(Qt.Orientation.Vertical, self)
        self.splitter.setObjectName("timelineSplitter")
        # the strip scrolls inside its own area, so that a tall strip (many event rows) never
        # makes the window taller than a small screen (1366x768 at 1.5x: 512 px of room)
        self.strip_area = StripArea(self)
        self.strip_area.setObjectName("timelineStripArea")
        self.strip_area.setWidget(self.strip)
        self.strip_area.setWidgetResizable(True)
        self.strip_area.setFrameShape(QFrame.Shape.NoFrame)
        self.strip_area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.strip_area.setMinimumHeight(STRIP_LEAST_HEIGHT)
        self.splitter.addWidget(self.strip_area)
        self.splitter.addWidget(self.lower_split)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setChildrenCollapsible(False)

        lay = QVBoxLayout(self)
        lay.addLayout(top)
        lay.addWidget(self.index_error)
        entry = QHBoxLayout()
        entry.addWidget(self.quick, 1, Qt.AlignmentFlag.AlignTop)
        entry.addWidget(self.panel_button, 0, Qt.AlignmentFlag.AlignTop)
        entry.addWidget(self.course_button, 0, Qt.AlignmentFlag.AlignTop)
        lay.addLayout(entry)
        lay.addWidget(self.splitter, 1)
        self._update_buttons()

    # -- data ------------------------------------------------------------------------------

    def _anchor(self) -> PartialDate | None:
        return self._case.effective_index_date() if self._case else None

    def _roles(self) -> dict[str, str]:
        """The role of each drug of the case, by its catalogue key (for quick add)."""
        if self._case is None:
            return {}
        return {drug_key(c.drug): c.role for c in courses(self._case)}

    def _used_panels(self) -> set[str]:
        """The panel letters of the images of the case's other imaging events."""
        if self._case is None:
            return set()
        current = self.editor.current_event
        skip = current.id if current is not None and not self.editor.is_new else None
        return {
            im.panel
            for e in self._case.events
            if e.kind == "imaging" and (skip is None or e.id != skip)
            for im in e.images
            if im.panel
        }

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
        self.show_editor()
        if self.editor.is_new or self.editor.current_event != event:
            self._load_images(event.images)  # thumbnails: the bytes of this event alone
            self.editor.show_event(event)
        self.strip.set_selected(event.id)
        self._update_buttons()

    def _update_buttons(self) -> None:
        event = self.selected_event()
        has = event is not None
        self.duplicate_button.setEnabled(has)
        self.delete_button.setEnabled(has)
        self.course_button.setEnabled(event is not None and event.kind == "medication")

    # -- actions ---------------------------------------------------------------------------

    def start_new(self, kind: str) -> None:
        self.table.clearSelection()
        self.strip.set_selected(None)
        self.show_editor()
        self.editor.start_new(kind)

    def show_side(self, form: QWidget) -> None:
        """Show ``form`` (the event editor, the course or the panel form) beside the table."""
        self.side.setCurrentWidget(form)

    def shown_side(self) -> QWidget | None:
        return self.side.currentWidget()

    def show_editor(self) -> None:
        self.show_side(self.editor)

    def start_course(self) -> None:
        self.table.clearSelection()
        self.strip.set_selected(None)
        self.show_side(self.course_form)
        self.course_form.start_new()

    def start_panel(self) -> None:
        self.table.clearSelection()
        self.strip.set_selected(None)
        self.panel_form.start_new()
        self.show_side(self.panel_form)
        self.panel_form.date.setFocus()

    def edit_course(self) -> None:
        """Open the course of the selected medication event as one form."""
        event = self.selected_event()
        if self._case is None or event is None or event.kind != "medication":
            return
        for course in courses(self._case):
            if any(e.id == event.id for e in course.events):
                plan = plan_of(course)
                self.course_form.edit(plan, rewritable(course, plan))
                self.show_side(self.course_form)
                self.course_form.fields.widget("n_doses").setFocus()
                return

    def entry_done(self, event_id: int | None) -> None:
        """A course or panel was written: back to the table, its first event selected."""
        self.show_editor()
        self.editor.show_event(None)
        self.select_event(event_id)

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
