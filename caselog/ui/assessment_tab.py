"""The Assessment tab: the suspected reaction, seriousness, outcome, challenges, the Naranjo
questions and the WHO-UMC category with each category's criteria beside it; and the outcome
and follow-up of the case, for any case (``caselog.ui.forms.outcome_form``)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QRadioButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from caselog.clinical import naranjo, who_umc
from caselog.core import parts
from caselog.core.dates import PartialDate
from caselog.core.model import Assessment, Case
from caselog.core.vocab import SERIOUSNESS, WHO_UMC, label
from caselog.interchange.encode import Encoder, assessment_to_dict
from caselog.interchange.errors import CaseFileError
from caselog.interchange.validation import assessment_from_dict
from caselog.ui.exposure_panel import ExposurePanel
from caselog.ui.forms.fields import ERROR_STYLE, FieldForm
from caselog.ui.forms.issues import errors_by_field
from caselog.ui.forms.outcome_form import OutcomeForm
from caselog.ui.forms.parts import form_specs
from caselog.ui.naranjo_panel import NaranjoPanel

SPECS = form_specs(parts.ASSESSMENT)  # from the one description (caselog.core.parts)

# WHO-UMC causality categories with their criteria (caselog.clinical.who_umc).
WHO_UMC_CRITERIA: dict[str, tuple[str, str]] = {
    c.key: (c.label, "; ".join(c.criteria) + ".") for c in who_umc.CATEGORIES
}

SERIOUSNESS_LABELS = {
    "death": "Death",
    "life_threatening": "Life-threatening",
    "hospitalization": "Hospitalisation (initial or prolonged)",
    "disability": "Disability",
    "congenital_anomaly": "Congenital anomaly",
    "other_medically_important": "Other medically important condition",
}


def assessment_to_raw(a: Assessment) -> dict[str, Any]:
    """The assessment as its case-file object."""
    return assessment_to_dict(a, Encoder(lambda image: ""))


class AssessmentTab(QScrollArea):
    """Emits ``assessmentEdited(Assessment | None)`` after each valid change."""

    assessmentEdited = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWidgetResizable(True)
        self.setFrameShape(QScrollArea.Shape.NoFrame)
        self._assessment: Assessment | None = None
        self._birth: PartialDate | None = None  # the patient's, as an import checks the onset
        body = QWidget(self)
        self.setWidget(body)

        self.fields = FieldForm(SPECS, name="Assessment", parent=body)
        self.fields.committed.connect(lambda _k: self._commit())
        # re-checked at each keystroke: a fixed value loses its message as it is typed
        self.fields.edited.connect(lambda _k: self.validated_assessment())
        self.serious: dict[str, QCheckBox] = {}
        serious_box = QGroupBox("Seriousness (none ticked: not recorded)", body)
        sgrid = QGridLayout(serious_box)
        for i, key in enumerate(SERIOUSNESS):
            box = QCheckBox(SERIOUSNESS_LABELS[key], serious_box)
            box.setAccessibleName(f"Serious: {label(key)}")
            box.toggled.connect(lambda on: self._serious_toggled(on, criterion=True))
            sgrid.addWidget(box, i, 0)
            self.serious[key] = box
        # recorded as not serious (an empty list), which is not the same as not recorded
        self.not_serious = QCheckBox("Not serious (no criterion met)", serious_box)
        self.not_serious.setAccessibleName("Not serious")
        self.not_serious.toggled.connect(lambda on: self._serious_toggled(on, criterion=False))
        sgrid.addWidget(self.not_serious, len(SERIOUSNESS), 0)

        naranjo_box = QGroupBox("Naranjo adverse drug reaction probability scale", body)
        self.naranjo = NaranjoPanel(naranjo_box)
        self.naranjo.answersChanged.connect(self._commit)
        QVBoxLayout(naranjo_box).addWidget(self.naranjo)

        who_box = QGroupBox("WHO-UMC causality category", body)
        self.who_group = QButtonGroup(who_box)
        self.who_buttons: dict[str | None, QRadioButton] = {}
        wgrid = QGridLayout(who_box)
        wgrid.setColumnStretch(1, 1)
        who_keys: list[str | None] = [*WHO_UMC, None]
        for row, who_key in enumerate(who_keys):
            title, criteria = (
                WHO_UMC_CRITERIA[who_key] if who_key is not None else ("Not assessed", "")
            )
            button = QRadioButton(title, who_box)
            button.setAccessibleName(f"WHO-UMC {title}")
            if criteria:
                button.setAccessibleDescription(criteria)
            self.who_group.addButton(button)
            self.who_buttons[who_key] = button
            text = QLabel(criteria, who_box)
            text.setWordWrap(True)
            text.setBuddy(button)
            wgrid.addWidget(button, row, 0)
            wgrid.addWidget(text, row, 1)
        self.who_group.buttonClicked.connect(lambda _b: self._commit())
        self.who_hints = QLabel(who_box)
        self.who_hints.setWordWrap(True)
        self.who_hints.setStyleSheet("color: #8a5a00;")
        self.who_hints.setAccessibleName("WHO-UMC hints")
        self.who_hints.hide()
        wgrid.addWidget(self.who_hints, len(who_keys), 0, 1, 2)

        self.error = QLabel(body)
        self.error.setStyleSheet(ERROR_STYLE)
        self.error.setWordWrap(True)
        self.error.hide()
        self.status = QLabel(body)
        self.status.setEnabled(False)

        reaction_box = QGroupBox("Suspected adverse drug reaction", body)
        QVBoxLayout(reaction_box).addWidget(self.fields)
        top = QHBoxLayout()
        top.addWidget(reaction_box, 3)
        top.addWidget(serious_box, 2)
        self.exposure = ExposurePanel(body)
        self.outcome = OutcomeForm(body)  # any case's; refreshed by the case view
        outer = QVBoxLayout(body)
        outer.addWidget(self.exposure)
        outer.addLayout(top)
        outer.addWidget(self.outcome)
        outer.addWidget(naranjo_box)
        outer.addWidget(who_box)
        outer.addWidget(self.error)
        outer.addWidget(self.status)
        outer.addStretch(1)

    def set_case(self, case: Case) -> None:
        """Show the case's assessment, with what its timeline suggests or contradicts."""
        self._birth = case.patient.private.birth_date
        self.set_assessment(case.assessment)
        self.exposure.set_case(case)
        self.naranjo.set_suggestions(naranjo.suggest(case))
        found = who_umc.hints(case)
        self.who_hints.setText("\n".join(f"⚠ {f.message}" for f in found))
        self.who_hints.setVisible(bool(found))

    def set_assessment(self, a: Assessment | None) -> None:
        self._assessment = a
        raw = assessment_to_raw(a) if a else {}
        self.fields.clear_errors()
        self.fields.set_values(raw)
        for key, box in self.serious.items():
            box.blockSignals(True)
            box.setChecked(key in raw.get("seriousness", []))
            box.blockSignals(False)
        self.not_serious.blockSignals(True)
        self.not_serious.setChecked(raw.get("seriousness") == [])
        self.not_serious.blockSignals(False)
        self.naranjo.set_answers(raw.get("naranjo", {}))
        self.who_buttons[raw.get("who_umc")].setChecked(True)
        self.error.hide()

    def _serious_toggled(self, on: bool, *, criterion: bool) -> None:
        """A criterion and "not serious" exclude each other; then the edit is committed."""
        if on:
            others = [self.not_serious] if criterion else list(self.serious.values())
            for box in others:
                box.blockSignals(True)
                box.setChecked(False)
                box.blockSignals(False)
        self._commit()

    def raw(self) -> tuple[dict[str, Any], dict[str, str]]:
        raw, problems = self.fields.values()
        serious = [k for k, box in self.serious.items() if box.isChecked()]
        if serious or self.not_serious.isChecked():
            raw["seriousness"] = serious
        answers = self.naranjo.answers()
        if answers:
            raw["naranjo"] = answers
        who = next((k for k, b in self.who_buttons.items() if b.isChecked()), None)
        if who:
            raw["who_umc"] = who
        return raw, problems

    def validated_assessment(self) -> tuple[bool, Assessment | None]:
        """(ok, assessment); an entirely empty tab is a valid "no assessment"."""
        raw, problems = self.raw()
        if not raw:
            self.fields.clear_errors()
            self.error.hide()
            return True, None
        errors: dict[str, str] = {}
        result: Assessment | None = None
        try:
            result = assessment_from_dict(raw, where="assessment", birth_date=self._birth)
        except CaseFileError as exc:
            errors = errors_by_field(exc, "assessment")
        errors.update(problems)
        own = {k: v for k, v in errors.items() if self.fields.has_key(k) or k == ""}
        self.fields.show_errors(own)
        other = [f"{k}: {v}" for k, v in errors.items() if k not in own]
        self.error.setText("\n".join(other))
        self.error.setVisible(bool(other))
        return (not errors), (result if not errors else None)

    def _commit(self) -> None:
        ok, assessment = self.validated_assessment()
        if not ok:
            self.status.setText("Not saved: see the messages beside the fields.")
            return
        if assessment != self._assessment:
            self._assessment = assessment
            self.status.setText("Saved.")
            self.assessmentEdited.emit(assessment)
