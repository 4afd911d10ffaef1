"""The outcome and follow-up of a case (any case, CARE item 10), from the one description
(``caselog.core.parts.OUTCOME``): the outcome category, its date, the follow-up in the
clinician's words.

A suspected drug reaction records its outcome once, as the reaction's outcome: while the
case has an assessment the category here is shown as that one and cannot be entered a
second time (docs/case-format.md, OUTCOME)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QComboBox, QGroupBox, QLabel, QVBoxLayout, QWidget

from caselog.core import parts
from caselog.core.model import Assessment, CaseOutcome
from caselog.core.vocab import label
from caselog.interchange.encode import Encoder, outcome_to_dict
from caselog.interchange.errors import CaseFileError
from caselog.interchange.validation import outcome_from_dict
from caselog.ui.forms.fields import FieldForm
from caselog.ui.forms.issues import errors_by_field
from caselog.ui.forms.parts import form_specs

SPECS = form_specs(parts.OUTCOME)
CATEGORY = "category"
HELP = "For any case. Printed in the report only when recorded."


def reaction_note(assessment: Assessment) -> str:
    """What stands in for the category while the case is a suspected drug reaction."""
    told = label(assessment.outcome) if assessment.outcome else "not recorded yet"
    return (
        "A suspected drug reaction: the outcome is the reaction's, recorded once under "
        f"Suspected adverse drug reaction, Outcome ({told})."
    )


class OutcomeForm(QGroupBox):
    """Emits ``outcomeEdited(CaseOutcome | None)`` after each valid change the user makes
    (None once every field is empty)."""

    outcomeEdited = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__("Outcome and follow-up", parent)
        self.setAccessibleName("Outcome and follow-up of the case")
        self._outcome: CaseOutcome | None = None
        self._birth: Any = None
        self.fields = FieldForm(SPECS, name="Outcome", parent=self)
        self.fields.committed.connect(lambda _k: self._commit())
        self.help = QLabel(HELP, self)
        self.help.setWordWrap(True)
        self.help.setEnabled(False)
        self.note = QLabel(self)
        self.note.setWordWrap(True)
        self.note.setAccessibleName("Outcome of a drug reaction")
        self.note.hide()
        self.status = QLabel(self)
        self.status.setEnabled(False)
        lay = QVBoxLayout(self)
        lay.addWidget(self.help)
        lay.addWidget(self.note)
        lay.addWidget(self.fields)
        lay.addWidget(self.status)

    @property
    def category(self) -> QComboBox:
        box = self.fields.widget(CATEGORY)
        assert isinstance(box, QComboBox)
        return box

    def set_outcome(
        self, outcome: CaseOutcome | None, assessment: Assessment | None, birth: Any = None
    ) -> None:
        """Show the case's outcome; with an assessment, the category is the reaction's."""
        self._outcome = outcome
        self._birth = birth
        raw = outcome_to_dict(outcome, Encoder(lambda image: "")) if outcome else {}
        self.fields.clear_errors()
        self.fields.set_values(raw)
        reaction = assessment is not None
        self.category.setEnabled(not reaction)
        self.note.setVisible(reaction)
        if assessment is not None:
            self.note.setText(reaction_note(assessment))
            shown = self.category.findData(assessment.outcome) if assessment.outcome else 0
            self.category.setCurrentIndex(max(0, shown))
        self.status.clear()

    def validated(self) -> tuple[bool, CaseOutcome | None]:
        """(valid, the outcome or None when every field is empty)."""
        raw, problems = self.fields.values()
        if not self.category.isEnabled():
            raw.pop(CATEGORY, None)  # the reaction's, shown, not the case's own
        errors = dict(problems)
        outcome: CaseOutcome | None = None
        try:
            outcome = outcome_from_dict(raw, birth_date=self._birth) if raw else None
        except CaseFileError as exc:
            errors.update(errors_by_field(exc, "outcome"))
        self.fields.show_errors(errors)
        return not errors, outcome

    def _commit(self) -> None:
        ok, outcome = self.validated()
        if not ok:
            self.status.setText("Not saved: see the messages beside the fields.")
            return
        if outcome != self._outcome:
            self._outcome = outcome
            self.status.setText("Saved.")
            self.outcomeEdited.emit(outcome)
