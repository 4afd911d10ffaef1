"""The Report tab: authors, keywords and the narrative parts of the written report."""

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
from caselog.core.model import Author, CslItem, ReportText
from caselog.interchange.errors import CaseFileError
from caselog.interchange.validation import report_from_dict
from caselog.references.lines import reference_from_line, reference_line
from caselog.ui.forms.fields import ERROR_STYLE, FieldForm
from caselog.ui.forms.issues import errors_by_field
from caselog.ui.forms.parts import form_specs

# From the one description of the report's fields (caselog.core.parts).
TEXT_SPECS = form_specs(parts.REPORT)
CONSENT_SPECS = form_specs(parts.CONSENT, "consent.")
AUTHOR_COLUMNS = ("Name", "Degrees", "Affiliation", "Email", "Corresponding")
AUTHOR_KEYS = ("name", "degrees", "affiliation", "email")


def report_to_raw(report: ReportText | None) -> dict[str, Any]:
    if report is None:
        return {}
    raw: dict[str, Any] = {}
    for spec in TEXT_SPECS:
        value = getattr(report, spec.key)
        if spec.key == "references":
            value = "\n".join(map(reference_line, report.references)) or None
        if value is not None:
            raw[spec.key] = value
    if report.consent is not None:
        raw["consent"] = {
            k: v
            for k, v in {"obtained": report.consent.obtained, "notes": report.consent.notes}.items()
            if v is not None
        }
    return raw


class AuthorsEditor(QWidget):
    committed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.table = QTableWidget(0, len(AUTHOR_COLUMNS), self)
        self.table.setHorizontalHeaderLabels(AUTHOR_COLUMNS)
        self.table.setAccessibleName("Authors")
        self.table.verticalHeader().hide()
        self.table.setTabKeyNavigation(False)
        self.table.setMinimumHeight(110)
        self.table.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.table.itemChanged.connect(lambda _i: self.committed.emit())
        self.add_button = QPushButton("&Add author", self)
        self.add_button.clicked.connect(self.add_row)
        self.remove_button = QPushButton("Remove author", self)
        self.remove_button.clicked.connect(self.remove_row)
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.addWidget(self.table)
        lay.addLayout(buttons)

    def _append(self, a: Author | None) -> None:
        row = self.table.rowCount()
        self.table.insertRow(row)
        for col, key in enumerate(AUTHOR_KEYS):
            self.table.setItem(row, col, QTableWidgetItem(getattr(a, key) or "" if a else ""))
        corr = QTableWidgetItem("")
        corr.setFlags(Qt.ItemFlag.ItemIsUserCheckable | Qt.ItemFlag.ItemIsEnabled)
        corr.setCheckState(
            Qt.CheckState.Checked if a is not None and a.corresponding else Qt.CheckState.Unchecked
        )
        self.table.setItem(row, 4, corr)

    def set_authors(self, authors: list[Author]) -> None:
        self.table.blockSignals(True)
        self.table.setRowCount(0)
        for a in authors:
            self._append(a)
        self.table.blockSignals(False)
        self.table.resizeColumnToContents(0)

    def add_row(self) -> None:
        self.table.blockSignals(True)
        self._append(None)
        self.table.blockSignals(False)
        row = self.table.rowCount() - 1
        self.table.setCurrentCell(row, 0)
        item = self.table.item(row, 0)
        if item is not None:
            self.table.editItem(item)

    def remove_row(self) -> None:
        if self.table.currentRow() >= 0:
            self.table.removeRow(self.table.currentRow())
            self.committed.emit()

    def _text(self, row: int, col: int) -> str:
        item = self.table.item(row, col)
        return item.text().strip() if item is not None else ""

    def authors(self) -> tuple[list[Author], list[str]]:
        """Rows as Authors, and a message per row that has details but no name."""
        out: list[Author] = []
        problems: list[str] = []
        for row in range(self.table.rowCount()):
            values = [self._text(row, c) for c in range(len(AUTHOR_KEYS))]
            corr_item = self.table.item(row, 4)
            corresponding = (
                corr_item is not None and corr_item.checkState() == Qt.CheckState.Checked
            )
            if not any(values):
                continue
            if not values[0]:
                problems.append(f"author {row + 1}: a name is required")
                continue
            name, degrees, affiliation, email = (v or None for v in values)
            out.append(Author(name or "", degrees, affiliation, email, corresponding))
        return out, problems


class ReportTab(QScrollArea):
    """Emits ``reportEdited(ReportText | None, list[Author], list[str])`` after valid edits."""

    reportEdited = Signal(object, object, object)
    addReferencesFromFiles = Signal()  # the case view asks for the files and adds them

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWidgetResizable(True)
        self.setFrameShape(QScrollArea.Shape.NoFrame)
        self._state: tuple[ReportText | None, list[Author], list[str]] | None = None
        body = QWidget(self)
        self.setWidget(body)
        self.authors = AuthorsEditor(body)
        self.authors.committed.connect(self._commit)
        self.keywords = QLineEdit(body)
        self.keywords.setAccessibleName("Keywords")
        self.keywords.setPlaceholderText("2 to 5, separated by commas")
        self.keywords.editingFinished.connect(self._keywords_done)
        kw_label = QLabel("Ke&ywords", body)
        kw_label.setBuddy(self.keywords)
        self.text = FieldForm(TEXT_SPECS, name="Report", parent=body)
        self.text.committed.connect(lambda _k: self._commit())
        self.consent = FieldForm(CONSENT_SPECS, name="Consent", parent=body)
        self.consent.committed.connect(lambda _k: self._commit())
        self.error = QLabel(body)
        self.error.setStyleSheet(ERROR_STYLE)
        self.error.setWordWrap(True)
        self.error.hide()
        self.status = QLabel(body)
        self.status.setEnabled(False)

        people = QGroupBox("Authors and keywords", body)
        pl = QVBoxLayout(people)
        pl.addWidget(self.authors)
        kw = QHBoxLayout()
        kw.addWidget(kw_label)
        kw.addWidget(self.keywords, 1)
        pl.addLayout(kw)
        self.references_button = QPushButton("Add references fro&m files…", body)
        self.references_button.setToolTip(
            "BibTeX (.bib), RIS (.ris), PubMed (.nbib, .medline) or CSL-JSON (.json): each item "
            "is added to the references, or replaces the reference with the same key"
        )
        self.references_button.clicked.connect(self.addReferencesFromFiles)
        self.text.add_below("references", self.references_button)
        narrative = QGroupBox("Narrative", body)
        QVBoxLayout(narrative).addWidget(self.text)
        consent = QGroupBox("Patient consent", body)
        QVBoxLayout(consent).addWidget(self.consent)
        outer = QVBoxLayout(body)
        outer.addWidget(people)
        outer.addWidget(narrative)
        outer.addWidget(consent)
        outer.addWidget(self.error)
        outer.addWidget(self.status)
        outer.addStretch(1)

    def _keywords_done(self) -> None:
        if self.keywords.isModified():
            self.keywords.setModified(False)
            self._commit()

    def set_report(
        self, report: ReportText | None, authors: list[Author], keywords: list[str]
    ) -> None:
        self._state = (report, list(authors), list(keywords))
        raw = report_to_raw(report)
        self.text.clear_errors()
        self.text.set_values(raw)
        self.consent.set_values(raw)
        self.authors.set_authors(authors)
        self.keywords.setText(", ".join(keywords))
        self.keywords.setModified(False)
        self.error.hide()

    def validated(self) -> tuple[ReportText | None, list[Author], list[str]] | None:
        raw, problems = self.text.values()
        consent_raw, _ = self.consent.values()
        consent = consent_raw.get("consent", {})
        if consent.get("obtained") is False and not consent.get("notes"):
            consent.pop("obtained")
        if consent:
            raw["consent"] = consent
        if "references" in raw:
            shown = self._state[0] if self._state is not None else None
            items = {
                r.key: r for r in (shown.references if shown else []) if isinstance(r, CslItem)
            }
            raw["references"] = [
                reference_from_line(r, items)
                for r in str(raw["references"]).splitlines()
                if r.strip()
            ]
        authors, author_problems = self.authors.authors()
        keywords = [k.strip() for k in self.keywords.text().split(",") if k.strip()]
        report: ReportText | None = None
        errors: dict[str, str] = dict(problems)
        if raw:
            try:
                report = report_from_dict(raw, where="report")
            except CaseFileError as exc:
                errors.update(errors_by_field(exc, "report"))
        self.text.show_errors({k: v for k, v in errors.items() if self.text.has_key(k)})
        other = [f"{k}: {v}" for k, v in errors.items() if not self.text.has_key(k)]
        other += author_problems
        self.error.setText("\n".join(other))
        self.error.setVisible(bool(other))
        if errors or author_problems:
            return None
        return report, authors, keywords

    def _commit(self) -> None:
        state = self.validated()
        if state is None:
            self.status.setText("Not saved: see the messages above.")
            return
        if state != self._state:
            self._state = state
            self.status.setText("Saved.")
            self.reportEdited.emit(*state)
