"""The pane beside the timeline table: the form of the selected event (edits save as soon
as a field is finished) or of a new event (added with one button)."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QStackedWidget,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from caselog.core.dates import PartialDate
from caselog.core.model import Event
from caselog.core.vocab import EVENT_KINDS, KIND_LABELS
from caselog.ui.forms import focus_ring
from caselog.ui.forms.event_form import EventForm, specs_for
from caselog.ui.forms.fields import submit_keys
from caselog.ui.icons import kind_icon


class EventEditor(QWidget):
    addRequested = Signal(object)  # Event (new, validated)
    editRequested = Signal(object)  # Event (existing, validated, changed)
    cancelled = Signal()

    def __init__(
        self,
        *,
        pick_images: Callable[[], list[Path]] = lambda: [],
        birth_date: Callable[[], PartialDate | None] = lambda: None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._pick_images = pick_images
        self._birth_date = birth_date
        self._forms: dict[str, EventForm] = {}
        self._case_events: Callable[[], Sequence[Event]] = lambda: ()
        self._current: Event | None = None  # the stored event being edited
        self._new = False

        self.icon = QLabel(self)
        self.title = QLabel("Select an event, or add one.", self)
        font = self.title.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.1)
        self.title.setFont(font)
        self.status = QLabel(self)
        self.status.setEnabled(False)
        self.stack = QStackedWidget(self)
        self.empty = QLabel(
            "Pick an event in the table or the strip to edit it.\n"
            "Changes are saved as soon as you leave a field.",
            self,
        )
        self.empty.setWordWrap(True)
        self.empty.setEnabled(False)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.empty.setMargin(8)
        self.stack.addWidget(self.empty)
        self.form_scroll = scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setWidget(self.stack)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)

        self.add_button = QPushButton("Add to timeline (Ctrl+Enter)", self)
        self.add_button.setAccessibleName("Add to timeline")
        self.add_button.setDefault(True)
        self.add_button.clicked.connect(self.submit)
        submit_keys(self, self._submit_key)
        self.cancel_button = QPushButton("Cancel", self)
        self.cancel_button.clicked.connect(self.cancel)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.cancel_button)
        buttons.addWidget(self.add_button)

        head = QHBoxLayout()
        head.addWidget(self.icon)
        head.addWidget(self.title, 1)
        self._lay = lay = QVBoxLayout(self)
        # tight: on a 768-px screen at 1.5x scaling every pixel of the form's height counts
        lay.setContentsMargins(4, 4, 4, 4)
        lay.setSpacing(3)
        lay.addLayout(head)
        lay.addWidget(self.status)
        lay.addWidget(scroll, 1)
        lay.addLayout(buttons)
        self._show_buttons(False)
        self._show_page(self.empty)
        self.setMinimumWidth(self._least_width())

    def _least_width(self) -> int:
        """The narrowest the pane may be: every form's longest label in full beside a field
        that holds a date as typed, and the scroll bar (no form is ever cut at its side)."""
        fm = self.fontMetrics()
        label = max(
            fm.horizontalAdvance(spec.plain_label + " *")
            for kind in EVENT_KINDS
            for spec in specs_for(kind)
        )
        field = fm.horizontalAdvance("YYYY-MM-DD") + 6 * fm.averageCharWidth()
        bar = self.style().pixelMetric(QStyle.PixelMetric.PM_ScrollBarExtent)
        margins = self._lay.contentsMargins()
        return label + field + bar + margins.left() + margins.right()

    def _fit(self, form: EventForm) -> None:
        """Widen the pane's least width if ``form`` asks more than the labels did."""
        bar = self.style().pixelMetric(QStyle.PixelMetric.PM_ScrollBarExtent)
        margins = self._lay.contentsMargins()
        need = form.minimumSizeHint().width() + bar + margins.left() + margins.right()
        if need > self.minimumWidth():
            self.setMinimumWidth(need)

    def _show_page(self, page: QWidget, *, top: bool = True) -> None:
        """Show ``page`` alone: the pane is as tall as this page (not the tallest form built
        so far), and with ``top`` it opens at its top, not where the last form was left."""
        for i in range(self.stack.count()):
            other = self.stack.widget(i)
            assert other is not None
            policy = QSizePolicy.Policy.Preferred if other is page else QSizePolicy.Policy.Ignored
            other.setSizePolicy(policy, policy)
        self.stack.setCurrentWidget(page)
        self.stack.adjustSize()
        if top:
            self.form_scroll.verticalScrollBar().setValue(0)

    def focusNextPrevChild(self, forward: bool) -> bool:  # noqa: N802 (Qt naming)
        """Tab stays in the form: from its last field (or the Add button) to its first."""
        return focus_ring.step(self, forward) or super().focusNextPrevChild(forward)

    def form(self, kind: str) -> EventForm:
        if kind not in self._forms:
            form = EventForm(
                kind, pick_images=self._pick_images, birth_date=self._birth_date, parent=self
            )
            form.committed.connect(self._on_commit)
            form.case_events = self._case_events
            self._forms[kind] = form
            self.stack.addWidget(form)
            self._fit(form)
        return self._forms[kind]

    def set_case_events(self, events: Callable[[], Sequence[Event]]) -> None:
        """Where the forms find the case's timeline, to check an event among the others."""
        self._case_events = events
        for form in self._forms.values():
            form.case_events = events

    @property
    def current_form(self) -> EventForm | None:
        w = self.stack.currentWidget()
        return w if isinstance(w, EventForm) else None

    @property
    def is_new(self) -> bool:
        return self._new

    @property
    def current_event(self) -> Event | None:
        return self._current

    def _show_buttons(self, new: bool) -> None:
        self.add_button.setVisible(new)
        self.cancel_button.setVisible(new)

    def _head(self, kind: str, text: str) -> None:
        self.icon.setPixmap(kind_icon(kind, 20).pixmap(20, 20))
        self.title.setText(text)

    # -- modes -----------------------------------------------------------------------------

    def start_new(self, kind: str, template: Event | None = None) -> None:
        """Show an empty form of ``kind`` (or one filled from ``template``)."""
        self._current = None
        self._new = True
        form = self.form(kind)
        form.set_event(template or Event(kind=kind, date=PartialDate(2000)))
        if template is None:
            form.fields.set_values({})
            if form.images is not None:
                form.images.set_images([])
        self._show_page(form)
        self._head(kind, f"New {KIND_LABELS[kind].lower()} event")
        self.status.setText("Fill the fields marked *, then Add to timeline.")
        self._show_buttons(True)
        form.fields.widget("date").setFocus()

    def show_event(self, event: Event | None) -> None:
        """Edit ``event`` (None: nothing selected)."""
        previous = None if self._new else self._current
        self._new = False
        self._current = event
        self._show_buttons(False)
        if event is None:
            self._show_page(self.empty)
            self.icon.clear()
            self.title.setText("No event selected")
            self.status.clear()
            return
        same = previous is not None and previous.id == event.id and previous.kind == event.kind
        form = self.form(event.kind)
        form.set_event(event)
        self._show_page(form, top=not same)  # the same event, saved: stay where the user is
        self._head(event.kind, f"{KIND_LABELS[event.kind]} · {event.date}")
        self.status.setText("Changes are saved as you leave each field.")

    # -- actions ---------------------------------------------------------------------------

    def submit(self) -> Event | None:
        """Add the new event if valid (messages beside the fields otherwise)."""
        form = self.current_form
        if not self._new or form is None:
            return None
        event = form.validated_event()
        if event is None:
            self.status.setText("Not added: see the messages beside the fields.")
            return None
        self.addRequested.emit(event)
        return event

    def _submit_key(self) -> None:
        # a field being typed in commits first, exactly as if the user had left it
        focus = self.focusWidget()
        if focus is not None:
            focus.clearFocus()
            self.add_button.setFocus()
        self.submit()

    def cancel(self) -> None:
        self.show_event(None)
        self.cancelled.emit()

    def _on_commit(self) -> None:
        form = self.current_form
        if self._new or form is None or self._current is None:
            return
        event = form.validated_event(event_id=self._current.id)
        if event is None:
            self.status.setText("Not saved: see the messages beside the fields.")
            return
        if event != self._current:
            self.status.setText("Saved.")
            self.editRequested.emit(event)
