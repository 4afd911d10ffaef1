"""The Regulator tab: what a report to a regulator asks beyond the clinical record (report
type, country, the reporter), from the one description (``caselog.core.parts``). The
reporter's identity and contact sit in the private box: printed on a regulator's form
only, never in a journal report or an anonymised export."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QGroupBox, QLabel, QScrollArea, QVBoxLayout, QWidget

from caselog.core import parts
from caselog.core.model import Regulatory
from caselog.interchange.encode import Encoder, regulatory_to_dict
from caselog.interchange.errors import CaseFileError
from caselog.interchange.validation import regulatory_from_dict
from caselog.ui.forms.fields import FieldForm
from caselog.ui.forms.issues import errors_by_field
from caselog.ui.forms.parts import field_spec, form_specs

REPORT_SPECS = form_specs(parts.REGULATORY)
_REPORTER = [f for f in parts.REPORTER.formed()]
OPEN_SPECS = [field_spec(f, "reporter.") for f in _REPORTER
              if f.name not in parts.REPORTER_PRIVATE]  # fmt: skip
PRIVATE_SPECS = [field_spec(f, "reporter.") for f in _REPORTER
                 if f.name in parts.REPORTER_PRIVATE]  # fmt: skip
EXPLANATION = (
    "For a report to a regulator (caselog report --template cioms|medwatch, export "
    "--format e2b|fhir). A box the record leaves empty prints as not recorded."
)
PRIVATE_NOTE = (
    "The reporter's name and contact are printed on a regulator's form only, never in a "
    "journal report or an anonymised export."
)


class RegulatoryTab(QScrollArea):
    """Emits ``regulatoryEdited(Regulatory | None)`` after each valid change the user makes
    (None once every field is empty)."""

    regulatoryEdited = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWidgetResizable(True)
        self.setFrameShape(QScrollArea.Shape.NoFrame)
        self._regulatory: Regulatory | None = None
        body = QWidget(self)
        self.setWidget(body)
        self.report = FieldForm(REPORT_SPECS, name="Regulator", parent=body)
        self.reporter = FieldForm(OPEN_SPECS, name="Reporter", parent=body)
        self.private = FieldForm(PRIVATE_SPECS, name="Reporter private", parent=body)
        self.status = QLabel(body)
        self.status.setEnabled(False)
        intro = QLabel(EXPLANATION, body)
        intro.setWordWrap(True)
        report_box = QGroupBox("Report to a regulator", body)
        QVBoxLayout(report_box).addWidget(self.report)
        reporter_box = QGroupBox("Reporter", body)
        QVBoxLayout(reporter_box).addWidget(self.reporter)
        self.private_box = QGroupBox("Reporter's contact — private", body)
        self.private_box.setAccessibleName("Reporter's contact, printed on regulatory forms only")
        note = QLabel(PRIVATE_NOTE, self.private_box)
        note.setWordWrap(True)
        plo = QVBoxLayout(self.private_box)
        plo.addWidget(note)
        plo.addWidget(self.private)
        lay = QVBoxLayout(body)
        for w in (intro, report_box, reporter_box, self.private_box):
            lay.addWidget(w)
        lay.addStretch(1)
        lay.addWidget(self.status)
        for form in self.forms:
            form.committed.connect(self._commit)

    @property
    def forms(self) -> tuple[FieldForm, ...]:
        return (self.report, self.reporter, self.private)

    def set_regulatory(self, regulatory: Regulatory | None) -> None:
        self._regulatory = regulatory
        raw = regulatory_to_dict(regulatory, Encoder(lambda image: "")) if regulatory else {}
        for form in self.forms:
            form.clear_errors()
            form.set_values(raw)

    def raw(self) -> tuple[dict[str, Any], dict[str, str]]:
        raw: dict[str, Any] = {}
        problems: dict[str, str] = {}
        for form in self.forms:
            part, bad = form.values()
            for key, value in part.items():
                if isinstance(value, dict):
                    raw.setdefault(key, {}).update(value)
                else:
                    raw[key] = value
            problems.update(bad)
        return raw, problems

    def validated(self) -> tuple[bool, Regulatory | None]:
        """(valid, the regulatory part or None when every field is empty)."""
        raw, problems = self.raw()
        errors = dict(problems)
        regulatory: Regulatory | None = None
        try:
            regulatory = regulatory_from_dict(raw) if raw else None
        except CaseFileError as exc:
            errors.update(errors_by_field(exc, "regulatory"))
        others = (self.reporter, self.private)
        for form in others:
            form.show_errors({k: v for k, v in errors.items() if form.has_key(k)})
        self.report.show_errors(
            {k: v for k, v in errors.items() if not any(f.has_key(k) for f in others)}
        )
        return not errors, regulatory

    def _commit(self) -> None:
        ok, regulatory = self.validated()
        if not ok:
            self.status.setText("Not saved: see the messages beside the fields.")
            return
        if regulatory != self._regulatory:
            self._regulatory = regulatory
            self.status.setText("Saved.")
            self.regulatoryEdited.emit(regulatory)
