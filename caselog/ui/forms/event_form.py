"""One form per event kind, with exactly the fields of the case-file spec."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QLabel, QLineEdit, QVBoxLayout, QWidget

from caselog.core.dates import PartialDate
from caselog.core.model import Event, Image
from caselog.core.vocab import (
    DIAGNOSIS_STATUS,
    EVENT_FIELDS,
    KIND_LABELS,
    MED_ACTIONS,
    MED_ROLES,
    MODALITIES,
    SEVERITIES,
)
from caselog.interchange.errors import CaseFileError
from caselog.interchange.validation import event_from_dict
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

DATE = FieldSpec("date", "&Date", "date", required=True)
NOTES = FieldSpec("notes", "N&otes", "text")

KIND_SPECS: dict[str, list[FieldSpec]] = {
    "medication": [
        FieldSpec("drug", "Dru&g", required=True, placeholder="e.g. romosozumab"),
        FieldSpec("action", "Actio&n", "choice", MED_ACTIONS, required=True),
        FieldSpec("role", "Ro&le", "choice", MED_ROLES, blank="concomitant (default)"),
        FieldSpec("dose", "Dose", "number", placeholder="e.g. 210"),
        FieldSpec("dose_unit", "Dose uni&t", placeholder="e.g. mg"),
        FieldSpec("route", "&Route", placeholder="e.g. subcutaneous"),
        FieldSpec("frequency", "Fre&quency", placeholder="e.g. monthly"),
        FieldSpec("indication", "Indication"),
        FieldSpec("reason", "Reason (for a change or stop)"),
    ],
    "symptom": [
        FieldSpec("name", "S&ymptom", required=True),
        FieldSpec("severity", "Seve&rity", "choice", SEVERITIES),
    ],
    "finding": [FieldSpec("name", "Fi&nding", required=True)],
    "lab": [
        FieldSpec("test", "&Test", required=True, placeholder="e.g. Calcium"),
        FieldSpec("value", "Va&lue", "number", placeholder="a number, or fill Text result"),
        FieldSpec("text", "Te&xt result", placeholder="e.g. no growth"),
        FieldSpec("unit", "U&nit", placeholder="e.g. mg/dL"),
        FieldSpec("ref_low", "Reference lo&w", "number"),
        FieldSpec("ref_high", "Reference hi&gh", "number"),
        FieldSpec("loinc", "LOINC code", placeholder="e.g. 17861-6"),
        FieldSpec("specimen", "Speci&men"),
    ],
    "imaging": [
        FieldSpec("modality", "Modalit&y", "choice", MODALITIES, required=True),
        FieldSpec("region", "&Region", placeholder="e.g. lumbar spine"),
        FieldSpec("findings", "Findin&gs", "text", required=True),
        FieldSpec("impression", "Impressio&n", "text"),
    ],
    "procedure": [FieldSpec("name", "P&rocedure", required=True)],
    "diagnosis": [
        FieldSpec("name", "Dia&gnosis", required=True),
        FieldSpec("status", "S&tatus", "choice", DIAGNOSIS_STATUS, blank="confirmed (default)"),
    ],
    "follow_up": [FieldSpec("summary", "Su&mmary", "text", required=True)],
    "note": [FieldSpec("text", "&Text", "text", required=True)],
}


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
    """The form of one kind. ``committed`` fires when the user finishes a field."""

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
        self.fields = FieldForm(specs_for(kind), name=KIND_LABELS[kind], parent=self)
        self.fields.committed.connect(self._on_field)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.addWidget(self.fields)
        lay.addStretch(1)
        self.images: ImageListEditor | None = None
        if kind == "imaging":
            self.images = ImageListEditor(pick_images, self)
            self.images.changed.connect(self.committed)
            self.fields.layout_.addRow("Images", self.images)
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

    def _on_field(self, key: str) -> None:
        if self.kind == "lab" and key == "test":
            keys = ("test", "unit", "loinc", "ref_low", "ref_high")
            fill_from_lab_catalogue({k: self.fields.widget(k) for k in keys})
        self._update_flag()
        self.committed.emit()

    def _update_flag(self) -> None:
        if self.assist is not None:
            self.assist.refresh()

    def set_event(self, event: Event) -> None:
        self.fields.clear_errors()
        self.fields.set_values(event_to_raw(event))
        if self.images is not None:
            self.images.set_images(event.images)
        self._update_flag()

    def raw(self) -> tuple[dict[str, object], dict[str, str]]:
        raw, problems = self.fields.values()
        raw["kind"] = self.kind
        return raw, problems

    def validated_event(
        self, *, event_id: int | None = None, today: dt.date | None = None
    ) -> Event | None:
        """The validated Event, or None with every message shown beside its field."""
        raw, problems = self.raw()
        errors: dict[str, str] = {}
        event: Event | None = None
        try:
            event = event_from_dict(raw, where="event", birth_date=self._birth_date(), today=today)
        except CaseFileError as exc:
            errors = errors_by_field(exc, "event")
        errors.update(problems)
        if errors or event is None:
            self.fields.show_errors(errors)
            return None
        self.fields.clear_errors()
        images: list[Image] = self.images.images() if self.images is not None else []
        return replace(event, id=event_id, images=images)
