"""The Patient tab: demographics, kidney status, history, and the private identifiers."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from caselog.core import parts
from caselog.core.dates import PartialDate
from caselog.core.model import Patient
from caselog.interchange.encode import Encoder, patient_to_dict
from caselog.interchange.errors import CaseFileError
from caselog.interchange.validation import patient_from_dict
from caselog.ui.forms.fields import ERROR_STYLE, FieldForm
from caselog.ui.forms.issues import errors_by_field
from caselog.ui.forms.parts import form_specs
from caselog.ui.icons import lock_icon

# The fields, labels and vocabularies come from the one description (caselog.core.parts).
PATIENT_SPECS = form_specs(parts.PATIENT)
KIDNEY_SPECS = form_specs(parts.KIDNEY, "kidney.")
PRIVATE_SPECS = form_specs(parts.PRIVATE)
PRIVATE_EXPLANATION = (
    "These identify the patient. caselog keeps them here so you can find the case, "
    "and leaves them out of every journal report and anonymised export. A birth date is "
    "turned into an age (90 or older past 89). A regulator's form prints the initials and "
    "the birth date it asks for, never the name or record number."
)

HISTORY_COLUMNS = ("Condition", "Since", "Ongoing", "Notes")


def patient_to_raw(patient: Patient) -> dict[str, Any]:
    """The patient as its case-file object (with the private identifiers)."""
    return patient_to_dict(patient, Encoder(lambda image: ""))


def age_at(birth: PartialDate, when: PartialDate) -> int:
    """Whole years from ``birth`` to ``when`` (middles of dates not known to the day)."""
    b, w = birth.midpoint(), when.midpoint()
    return w.year - b.year - ((w.month, w.day) < (b.month, b.day))


# A history item's "ongoing": ticked yes, empty no (resolved), the partial mark not recorded
# (a new row's state: it is never turned into a "no" nobody said).
_ONGOING_STATES = {
    True: Qt.CheckState.Checked,
    False: Qt.CheckState.Unchecked,
    None: Qt.CheckState.PartiallyChecked,
}
_ONGOING_VALUES = {state: value for value, state in _ONGOING_STATES.items()}
ONGOING_TIP = (
    "Ongoing: ticked yes, empty no (resolved), the square mark not recorded. Click to change."
)


class HistoryEditor(QWidget):
    """Past conditions and interventions, edited in place in a small table."""

    committed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.table = QTableWidget(0, len(HISTORY_COLUMNS), self)
        self.table.setHorizontalHeaderLabels(HISTORY_COLUMNS)
        self.table.setAccessibleName("Medical history")
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Interactive)
        header.resizeSection(3, 140)
        self.table.setWordWrap(False)
        self.table.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.table.setTabKeyNavigation(False)
        self.table.setMinimumHeight(140)
        self.table.itemChanged.connect(lambda _item: self.committed.emit())
        self.add_button = QPushButton("Add condi&tion", self)
        self.add_button.setAccessibleName("Add history item")
        self.add_button.clicked.connect(self.add_row)
        self.remove_button = QPushButton("Remo&ve condition", self)
        self.remove_button.setAccessibleName("Remove history item")
        self.remove_button.clicked.connect(self.remove_row)
        self.error = QLabel(self)
        self.error.setStyleSheet(ERROR_STYLE)
        self.error.setWordWrap(True)
        self.error.hide()
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.addWidget(self.table)
        lay.addLayout(buttons)
        lay.addWidget(self.error)

    def set_items(self, items: list[dict[str, Any]]) -> None:
        """Show ``items``; when they are what the table already holds (the user's own edit,
        saved and shown back) the table is left alone, so the cell being typed in after a
        Tab stays open."""
        if items == self.items() and self.table.rowCount() >= len(items):
            return
        self.table.blockSignals(True)
        self.table.setRowCount(0)
        for item in items:
            self._append(item)
        self.table.blockSignals(False)
        self._fit_columns()

    def _fit_columns(self) -> None:
        """Since holds a whole date as typed (YYYY-MM-DD), whatever the rows hold now."""
        self.table.resizeColumnToContents(1)
        self.table.resizeColumnToContents(2)
        fm = self.table.fontMetrics()
        date = fm.horizontalAdvance("0000-00-00") + 4 * fm.averageCharWidth()
        if self.table.columnWidth(1) < date:
            self.table.setColumnWidth(1, date)

    def _append(self, item: dict[str, Any]) -> None:
        row = self.table.rowCount()
        self.table.insertRow(row)
        condition = QTableWidgetItem(item.get("condition", ""))
        condition.setToolTip(item.get("condition", ""))
        self.table.setItem(row, 0, condition)
        self.table.setItem(row, 1, QTableWidgetItem(item.get("since", "")))
        ongoing = QTableWidgetItem("")
        ongoing.setFlags(
            Qt.ItemFlag.ItemIsUserCheckable
            | Qt.ItemFlag.ItemIsUserTristate  # not recorded is neither yes nor no
            | Qt.ItemFlag.ItemIsEnabled
            | Qt.ItemFlag.ItemIsSelectable
        )
        ongoing.setCheckState(_ONGOING_STATES[item.get("ongoing")])
        ongoing.setToolTip(ONGOING_TIP)
        self.table.setItem(row, 2, ongoing)
        self.table.setItem(row, 3, QTableWidgetItem(item.get("notes", "")))

    def add_row(self) -> None:
        self.table.blockSignals(True)
        self._append({})
        self.table.blockSignals(False)
        self._fit_columns()
        row = self.table.rowCount() - 1
        self.table.setFocus()  # the new row's condition is typed at once, not the button's
        self.table.setCurrentCell(row, 0)
        item = self.table.item(row, 0)
        if item is not None:
            self.table.scrollToItem(item)
            self.table.editItem(item)

    def remove_row(self) -> None:
        row = self.table.currentRow()
        if row >= 0:
            self.table.removeRow(row)
            self.committed.emit()

    def items(self) -> list[dict[str, Any]]:
        """Rows with a condition, as case-file HISTORY dicts (empty new rows left out)."""
        out: list[dict[str, Any]] = []
        for row in range(self.table.rowCount()):

            def text(col: int, row: int = row) -> str:
                item = self.table.item(row, col)
                return item.text().strip() if item else ""

            condition = text(0)
            since = text(1)
            notes = text(3)
            ongoing_item = self.table.item(row, 2)
            ongoing = (
                _ONGOING_VALUES[ongoing_item.checkState()] if ongoing_item is not None else None
            )
            if not (condition or since or notes):
                continue
            raw: dict[str, Any] = {"condition": condition}
            if since:
                raw["since"] = since
            if ongoing is not None:
                raw["ongoing"] = ongoing
            if notes:
                raw["notes"] = notes
            out.append(raw)
        return out

    def show_error(self, text: str) -> None:
        self.error.setText(text)
        self.error.setVisible(bool(text))


class PatientTab(QScrollArea):
    """Emits ``patientEdited(Patient)`` after each valid change the user makes."""

    patientEdited = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWidgetResizable(True)
        self.setFrameShape(QScrollArea.Shape.NoFrame)
        self._patient: Patient | None = None
        self._index_date: PartialDate | None = None  # the case's day 0, which the age is at
        body = QWidget(self)
        self.setWidget(body)
        self.main = FieldForm(PATIENT_SPECS, name="Patient", parent=body)
        self.kidney = FieldForm(KIDNEY_SPECS, name="Kidney", parent=body)
        self.private = FieldForm(PRIVATE_SPECS, name="Private", parent=body)
        self.history = HistoryEditor(body)
        self.status = QLabel(body)
        self.status.setEnabled(False)

        demographics = QGroupBox("Patient", body)
        QVBoxLayout(demographics).addWidget(self.main)
        kidney = QGroupBox("Kidney status", body)
        QVBoxLayout(kidney).addWidget(self.kidney)
        history = QGroupBox("History before the index date", body)
        QVBoxLayout(history).addWidget(self.history)

        self.private_box = QGroupBox("Private — never printed in journal reports", body)
        self.private_box.setAccessibleName("Private identifiers, never printed in journal reports")
        self.private_box.setStyleSheet(
            "QGroupBox { border: 2px solid #c9a227; border-radius: 6px; margin-top: 1.2em;"
            " background: rgba(201, 162, 39, 0.08); }"
            " QGroupBox::title { subcontrol-origin: margin; left: 10px; padding: 0 4px;"
            " color: #8a5a00; font-weight: bold; }"
        )
        lock = QLabel(self.private_box)
        lock.setPixmap(lock_icon(28).pixmap(28, 28))
        lock.setAccessibleName("Lock")
        explain = QLabel(PRIVATE_EXPLANATION, self.private_box)
        explain.setWordWrap(True)
        explain.setAccessibleName("Why these are private")
        top = QHBoxLayout()
        top.addWidget(lock, 0, Qt.AlignmentFlag.AlignTop)
        top.addWidget(explain, 1)
        plo = QVBoxLayout(self.private_box)
        plo.addLayout(top)
        plo.addWidget(self.private)

        columns = QHBoxLayout()
        left = QVBoxLayout()
        left.addWidget(demographics)
        left.addWidget(kidney)
        left.addStretch(1)
        right = QVBoxLayout()
        right.addWidget(self.private_box)
        right.addWidget(history, 1)
        columns.addLayout(left, 1)
        columns.addLayout(right, 1)
        outer = QVBoxLayout(body)
        outer.addLayout(columns)
        outer.addWidget(self.status)

        for form in (self.main, self.kidney, self.private):
            form.committed.connect(self._commit)
            # re-checked at each keystroke: a fixed value loses its message as it is typed
            form.edited.connect(lambda _key: self.validated_patient())
        self.history.committed.connect(self._commit)

    def set_patient(self, patient: Patient, index_date: PartialDate | None = None) -> None:
        self._patient = patient
        self._index_date = index_date
        self._show_age_hint(patient, index_date)
        raw = patient_to_raw(patient)
        for form in (self.main, self.kidney, self.private):
            form.clear_errors()
            form.set_values(raw)
        self.history.show_error("")
        self.history.set_items(raw.get("history", []))

    def _show_age_hint(self, patient: Patient, index_date: PartialDate | None) -> None:
        """With a birth date and no age, say the age it gives at the index date."""
        age_edit = self.main.widget("age")
        assert isinstance(age_edit, QLineEdit)
        birth = patient.private.birth_date
        if birth is not None and index_date is not None:
            years = age_at(birth, index_date)
            age_edit.setPlaceholderText(f"{years} at the index date, from the birth date")
        else:
            age_edit.setPlaceholderText("at the index date, or give a birth date")

    def raw(self) -> tuple[dict[str, Any], dict[str, str]]:
        raw: dict[str, Any] = {}
        problems: dict[str, str] = {}
        for form in (self.main, self.kidney, self.private):
            part, bad = form.values()
            raw.update(part)
            problems.update(bad)
        history = self.history.items()
        if history:
            raw["history"] = history
        return raw, problems

    def validated_patient(self) -> Patient | None:
        raw, problems = self.raw()
        errors: dict[str, str] = {}
        patient: Patient | None = None
        try:
            patient = patient_from_dict(raw, where="patient", index_date=self._index_date)
        except CaseFileError as exc:
            errors = errors_by_field(exc, "patient")
        errors.update(problems)
        history_errors = [f"{k}: {v}" for k, v in errors.items() if k.startswith("history")]
        self.history.show_error("\n".join(history_errors))
        rest = {k: v for k, v in errors.items() if not k.startswith("history")}
        for form in (self.kidney, self.private):
            form.show_errors({k: v for k, v in rest.items() if form.has_key(k)})
        self.main.show_errors(
            {
                k: v
                for k, v in rest.items()
                if not (self.kidney.has_key(k) or self.private.has_key(k))
            }
        )
        if errors:
            return None
        return patient

    def _commit(self) -> None:
        patient = self.validated_patient()
        if patient is None:
            self.status.setText("Not saved: see the messages beside the fields.")
            return
        if patient != self._patient:
            self._patient = patient
            self.status.setText("Saved.")
            self.patientEdited.emit(patient)
