"""One form per event kind, with exactly the fields of the case-file spec."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from dataclasses import replace
from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QComboBox, QLabel, QLineEdit, QVBoxLayout, QWidget

from caselog.core import fields
from caselog.core.dates import PartialDate
from caselog.core.fields import EVENT_FIELDS
from caselog.core.model import Event, Image
from caselog.core.vocab import EVENT_KINDS, KIND_LABELS
from caselog.interchange.errors import CaseFileError
from caselog.interchange.validation import event_in_case_from_dict
from caselog.ui.forms.catalogue import (
    attach_completer,
    drug_names,
    fill_from_lab_catalogue,
    lab_names,
)
from caselog.ui.forms.fields import FieldForm, FieldSpec
from caselog.ui.forms.image_list import ImageListEditor
from caselog.ui.forms.issues import errors_by_field
from caselog.ui.forms.lab_assist import LabAssist

# What the form of a kind asks beyond the date and the notes comes from the one description of
# the event fields (labels, vocabularies, required or not), in its order but for these.
FORM_ORDER: dict[str, tuple[str, ...]] = {
    "imaging": ("modality", "region", "findings", "impression"),  # as a radiology report reads
}
_WIDGETS = {fields.NUMBER: "number", fields.AMOUNT: "number", fields.CHOICE: "choice"}


def field_spec(field: fields.EventField, kind: str) -> FieldSpec:
    """The form field of a described event field, as ``kind`` carries it."""
    use = field.uses[kind]
    widget = _WIDGETS.get(field.read, "text" if use.long else "line")
    return FieldSpec(
        field.name,
        use.label,
        widget,
        field.vocabulary,
        required=use.required,
        placeholder=use.placeholder,
        blank=use.blank,
    )


def _kind_specs(kind: str) -> list[FieldSpec]:
    own = [f for f in fields.own_fields(kind) if f.read != fields.IMAGES]
    order = FORM_ORDER.get(kind)
    if order is not None:
        own.sort(key=lambda f: order.index(f.name))
    return [field_spec(f, kind) for f in own]


DATE = FieldSpec("date", fields.DATE_LABEL, "date", required=True)
[NOTES] = [field_spec(f, "note") for f in fields.COMMON]
KIND_SPECS: dict[str, list[FieldSpec]] = {kind: _kind_specs(kind) for kind in EVENT_KINDS}


def specs_for(kind: str) -> list[FieldSpec]:
    return [DATE, *KIND_SPECS[kind], NOTES]


def event_to_raw(event: Event) -> dict[str, object]:
    """The case-file dict of an event's own fields (images travel separately)."""
    required, optional = EVENT_FIELDS[event.kind]
    raw: dict[str, object] = {"kind": event.kind, "date": event.date.isoformat()}
    for key in (*required, *optional):
        if key == "images":
            continue
        value = getattr(event, key)
        if value is not None:
            raw[key] = value
    if event.notes:
        raw["notes"] = event.notes
    return raw


class EventForm(QWidget):
    """The form of one kind. ``committed`` fires when the user finishes a field.

    Checked as the user types, by the validation a case file goes through
    (``event_in_case_from_dict``: the event's own rules and those across the case's other
    events): a field's message shows once the field is finished (or on submit), changes or
    clears at the keystroke that fixes it."""

    committed = Signal()

    def __init__(
        self,
        kind: str,
        *,
        pick_images: Callable[[], list[Path]] = lambda: [],
        birth_date: Callable[[], PartialDate | None] = lambda: None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.kind = kind
        self._birth_date = birth_date
        self.case_events: Callable[[], Sequence[Event]] = lambda: ()
        self._event_id: int | None = None  # the stored event shown, None for a new one
        self._touched: set[str] = set()  # fields the user finished (their messages show)
        self._all = False  # every message shows (after a submit)
        self.fields = FieldForm(specs_for(kind), name=KIND_LABELS[kind], parent=self)
        self.fields.committed.connect(self._on_field)
        self.fields.edited.connect(lambda _key: self._live())
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.addWidget(self.fields)
        lay.addStretch(1)
        self.images: ImageListEditor | None = None
        if kind == "imaging":
            self.images = ImageListEditor(pick_images, self)
            self.images.changed.connect(self.committed)
            self.images.facts.connect(self._dicom_facts)
            images = fields.BY_NAME["images"].uses[kind].label
            # at the top, seen first; the list spans the form's width under its label, so
            # its buttons never widen the pane
            heading = QLabel(images, self)
            heading.setBuddy(self.images)
            self.fields.layout_.insertRow(0, self.images)
            self.fields.layout_.insertRow(0, heading)
        if kind == "medication":
            drug = self.fields.widget("drug")
            assert isinstance(drug, QLineEdit)
            attach_completer(drug, drug_names())
        if kind == "lab":
            test = self.fields.widget("test")
            assert isinstance(test, QLineEdit)
            attach_completer(test, lab_names())
        self.assist: LabAssist | None = None
        self.range_flag: QLabel | None = None
        if kind == "lab":
            keys = ("test", "value", "unit", "ref_low", "ref_high")
            lines: dict[str, QLineEdit] = {}
            for k in keys:
                line = self.fields.widget(k)
                assert isinstance(line, QLineEdit)
                lines[k] = line
            self.assist = LabAssist(lines, lambda: self.committed.emit(), self)
            self.range_flag = self.assist.flag
            # right under the reference range it is computed from
            row = [spec.key for spec in self.fields.specs].index("ref_high") + 1
            self.fields.layout_.insertRow(row, "", self.assist)

    def _dicom_facts(self, modality: str, region: str) -> None:
        """A DICOM file's modality and body part fill the event's fields left empty."""
        combo, line = self.fields.widget("modality"), self.fields.widget("region")
        if modality and isinstance(combo, QComboBox) and combo.currentData() is None:
            combo.setCurrentIndex(max(combo.findData(modality), 0))
        if region and isinstance(line, QLineEdit) and not line.text().strip():
            line.setText(region)
        self.committed.emit()

    def _on_field(self, key: str) -> None:
        if self.kind == "lab" and key == "test":
            keys = ("test", "unit", "loinc", "ref_low", "ref_high")
            fill_from_lab_catalogue({k: self.fields.widget(k) for k in keys})
        self._update_flag()
        self._touched.add(key)
        self._live()
        self.committed.emit()

    def _live(self) -> None:
        """Show the messages of the fields finished so far (of all after a submit)."""
        _, errors = self.check()
        if self._all:
            self.fields.show_errors(errors)
            return
        touched = set(self._touched)
        if touched and self.fields.values()[0].get("date") is not None:
            touched.add("date")  # a date typed in: its problems (future, a stop) show at once
        self.fields.show_errors(
            errors, only=lambda key: key in touched or (key == "" and bool(touched))
        )

    def _update_flag(self) -> None:
        if self.assist is not None:
            self.assist.refresh()

    def set_event(self, event: Event) -> None:
        self._event_id = event.id
        self._touched.clear()
        self._all = False
        self.fields.clear_errors()
        self.fields.set_values(event_to_raw(event))
        if self.images is not None:
            self.images.set_images(event.images)
        self._update_flag()

    def raw(self) -> tuple[dict[str, object], dict[str, str]]:
        raw, problems = self.fields.values()
        raw["kind"] = self.kind
        return raw, problems

    def check(
        self, *, event_id: int | None = None, today: dt.date | None = None
    ) -> tuple[Event | None, dict[str, str]]:
        """The event as typed and the message of each field that breaks a rule (none shown)."""
        raw, problems = self.raw()
        event_id = self._event_id if event_id is None else event_id
        case = list(self.case_events())
        others = [e for e in case if event_id is None or e.id != event_id]
        replacing = next((e for e in case if event_id is not None and e.id == event_id), None)
        errors: dict[str, str] = {}
        event: Event | None = None
        try:
            event = event_in_case_from_dict(
                raw,
                others,
                replacing=replacing,
                where="event",
                birth_date=self._birth_date(),
                today=today,
            )
        except CaseFileError as exc:
            errors = errors_by_field(exc, "event")
        errors.update(problems)
        return (None if errors else event), errors

    def validated_event(
        self, *, event_id: int | None = None, today: dt.date | None = None
    ) -> Event | None:
        """The validated Event, or None with every message shown beside its field."""
        event, errors = self.check(event_id=event_id, today=today)
        self._all = True
        if errors or event is None:
            self.fields.show_errors(errors)
            return None
        self.fields.clear_errors()
        images: list[Image] = self.images.images() if self.images is not None else []
        return replace(event, id=event_id, images=images)
