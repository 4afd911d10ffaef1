"""The filter bar under the case list's search box: suspect drug, reaction, outcome, WHO-UMC
category, seriousness, dialysis, and day-0 and onset ranges, combined (AND) into one
``CaseQuery`` with the search words."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QWidget,
)

from caselog.core.dates import DateError, PartialDate
from caselog.core.vocab import OUTCOMES, SERIOUSNESS, WHO_UMC, label
from caselog.store.query import CaseQuery

ANY = "Any"
SERIOUS = "__serious__"
NOT_SERIOUS = "__not_serious__"
_BAD = "border: 1px solid #b00020;"


class FilterBar(QWidget):
    """Emits ``changed`` whenever a filter changes (line edits: as you type)."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("filterBar")
        self.drug = self._line("Suspect drug", "whole name")
        self.reaction = self._line("Reaction", "words")
        self.outcome = self._combo("Outcome", [(label(o), o) for o in OUTCOMES])
        self.who_umc = self._combo("WHO-UMC category", [(label(w), w) for w in WHO_UMC])
        self.seriousness = self._combo(
            "Seriousness",
            [("Serious (any criterion)", SERIOUS), ("Not serious", NOT_SERIOUS)]
            + [(label(s), s) for s in SERIOUSNESS],
        )
        self.dialysis = self._combo(
            "Dialysis",
            [
                ("On dialysis (any)", "any"),
                ("Hemodialysis", "hemodialysis"),
                ("Peritoneal dialysis", "peritoneal"),
                ("Not on dialysis", "none"),
            ],
        )
        self.index_from = self._line("Day 0 from", "YYYY[-MM[-DD]]")
        self.index_to = self._line("Day 0 to", "YYYY[-MM[-DD]]")
        self.onset_min = self._line("Onset from day", "days after day 0")
        self.onset_max = self._line("Onset to day", "days after day 0")
        self.clear_button = QPushButton("Clear filters", self)
        self.clear_button.clicked.connect(self.clear)
        self.problem = QLabel(self)
        self.problem.setStyleSheet("color: #b00020;")
        self.problem.setWordWrap(True)
        self.problem.hide()

        grid = QGridLayout()
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setHorizontalSpacing(6)
        grid.setVerticalSpacing(4)
        pairs = [
            ("Suspect drug", self.drug),
            ("Reaction", self.reaction),
            ("Outcome", self.outcome),
            ("WHO-UMC", self.who_umc),
            ("Seriousness", self.seriousness),
            ("Dialysis", self.dialysis),
            ("Day 0 from", self.index_from),
            ("to", self.index_to),
            ("Onset day from", self.onset_min),
            ("to", self.onset_max),
        ]
        for i, (text, widget) in enumerate(pairs):
            row, col = divmod(i, 2)
            caption = QLabel(text, self)
            caption.setBuddy(widget)
            grid.addWidget(caption, row, col * 2)
            grid.addWidget(widget, row, col * 2 + 1)
        grid.setColumnStretch(1, 1)
        grid.setColumnStretch(3, 1)
        self.drug.setToolTip("A medication given in the suspect role, by its whole name")
        bottom = QHBoxLayout()
        bottom.addWidget(self.problem, 1)
        bottom.addStretch(0)
        bottom.addWidget(self.clear_button)
        outer = QGridLayout(self)
        outer.setContentsMargins(0, 2, 0, 2)
        outer.addLayout(grid, 0, 0)
        outer.addLayout(bottom, 1, 0)

    def _line(self, name: str, hint: str) -> QLineEdit:
        edit = QLineEdit(self)
        edit.setAccessibleName(name)
        edit.setPlaceholderText(hint)
        edit.setClearButtonEnabled(True)
        edit.textChanged.connect(lambda _t: self.changed.emit())
        return edit

    def _combo(self, name: str, items: list[tuple[str, str]]) -> QComboBox:
        combo = QComboBox(self)
        combo.setAccessibleName(name)
        combo.addItem(ANY, None)
        for text, value in items:
            combo.addItem(text, value)
        combo.currentIndexChanged.connect(lambda _i: self.changed.emit())
        return combo

    # -- reading -----------------------------------------------------------------------

    def active(self) -> bool:
        return self.query() != CaseQuery()

    def active_count(self) -> int:
        """How many filters narrow the list (a field that does not parse does not)."""
        q = self.query()
        return sum(
            value is not None
            for value in (
                q.suspect_drug,
                q.reaction,
                q.outcome,
                q.who_umc,
                q.serious if q.seriousness is None else q.seriousness,
                q.dialysis,
                q.index_from,
                q.index_to,
                q.onset_min_days,
                q.onset_max_days,
            )
        )

    def query(self, text: str | None = None) -> CaseQuery:
        """The filters as a CaseQuery (with ``text`` as its words); a field that does not
        parse is left out and marked, with what is wrong said under the bar."""
        problems: list[str] = []
        serious_choice = self.seriousness.currentData()
        q = CaseQuery(
            text=(text or "").strip() or None,
            suspect_drug=self.drug.text().strip() or None,
            reaction=self.reaction.text().strip() or None,
            outcome=self.outcome.currentData(),
            who_umc=self.who_umc.currentData(),
            dialysis=self.dialysis.currentData(),
        )
        if serious_choice == SERIOUS:
            q = replace(q, serious=True)
        elif serious_choice == NOT_SERIOUS:
            q = replace(q, serious=False)
        elif serious_choice is not None:
            q = replace(q, seriousness=serious_choice)
        q = replace(
            q,
            index_from=self._date(self.index_from, "Day 0 from", problems),
            index_to=self._date(self.index_to, "Day 0 to", problems),
            onset_min_days=self._days(self.onset_min, "Onset day from", problems),
            onset_max_days=self._days(self.onset_max, "Onset day to", problems),
        )
        self.problem.setText("; ".join(problems))
        self.problem.setVisible(bool(problems))
        return q

    def _date(self, edit: QLineEdit, name: str, problems: list[str]) -> PartialDate | None:
        text = edit.text().strip()
        value = None
        if text:
            try:
                value = PartialDate.parse(text)
            except (DateError, ValueError) as exc:
                problems.append(f"{name}: {exc}")
        edit.setStyleSheet(_BAD if text and value is None else "")
        return value

    def _days(self, edit: QLineEdit, name: str, problems: list[str]) -> int | None:
        text = edit.text().strip()
        value = None
        if text:
            try:
                value = int(text)
            except ValueError:
                problems.append(f"{name}: give a whole number of days, not {text!r}")
        edit.setStyleSheet(_BAD if text and value is None else "")
        return value

    def clear(self) -> None:
        self.blockSignals(True)
        try:
            for edit in (
                self.drug,
                self.reaction,
                self.index_from,
                self.index_to,
                self.onset_min,
                self.onset_max,
            ):
                edit.clear()
            for combo in (self.outcome, self.who_umc, self.seriousness, self.dialysis):
                combo.setCurrentIndex(0)
        finally:
            self.blockSignals(False)
        self.changed.emit()
