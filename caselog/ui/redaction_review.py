"""The author's review before a report or an anonymised export leaves the machine.

Shows every redaction and every possible identifier (a capitalised word no list knows,
redacted by default; a lower-case one, kept), one row per word with the fields it stands
in and its context; the author marks words safe (for the case or for all cases) or redacts more,
then continues (the output is then built with those decisions) or cancels (nothing is
written). As on the command line, nothing leaves by default: Continue stays disabled while
a possible identifier is unreviewed, and taking the automatic decisions as they stand (the
window's ``--accept-redactions``) is a button of its own the author must press. Reading
the review runs on a worker (``taskman``); a decision is one service call
(``services.decide_word``), after which the review is read again.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from caselog.store import services
from caselog.store.engine import Store
from caselog.store.errors import StoreError
from caselog.ui.redactions_model import (
    AUTOMATIC,
    KEPT,
    UNREVIEWED,
    ReviewModel,
    review_items,
)
from caselog.ui.taskman import Done, Task, taskman

_WIDEST = 240  # pixels: the widest a column other than the context is made at first


class RedactionReviewDialog(QDialog):
    """Review of the de-identification of ``case_ids``; accepted means "continue"."""

    loaded = Signal()

    def __init__(
        self, case_ids: Sequence[int], store: Store, *, what: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(f"Review redactions — {what}")
        self.case_ids = list(case_ids)
        self.store = store
        self.job: Task | None = None
        self.model = ReviewModel(self)

        self.note = QLabel("Reading what would leave the machine…", self)
        self.note.setWordWrap(True)
        self.table = QTableView(self)
        self.table.setModel(self.model)
        self.table.setAccessibleName("Redactions and possible identifiers")
        self.table.verticalHeader().hide()
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setWordWrap(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._enable())

        self.safe_here = QPushButton("Keep: &safe in this case", self)
        self.safe_everywhere = QPushButton("Keep: safe in &all cases", self)
        self.redact_here = QPushButton("&Redact in this case", self)
        self.safe_here.clicked.connect(lambda: self.decide_selected("safe", all_cases=False))
        self.safe_everywhere.clicked.connect(lambda: self.decide_selected("safe", all_cases=True))
        self.redact_here.clicked.connect(lambda: self.decide_selected("redact", all_cases=False))
        self.more = QLineEdit(self)
        self.more.setPlaceholderText("A word the automatic redaction missed")
        self.more.setAccessibleName("Word to redact")
        self.redact_more = QPushButton("Redact &word", self)
        self.redact_more.clicked.connect(self.redact_typed)
        self.more.returnPressed.connect(self.redact_typed)

        self.continue_button = QPushButton("&Continue", self)
        self.continue_button.setDefault(True)
        self.continue_button.clicked.connect(self.accept)
        self.accept_automatic = QPushButton("Accept the a&utomatic decisions", self)
        self.accept_automatic.setToolTip(
            "Continue without reviewing: the words redacted by default stay redacted, "
            "the words listed as kept print as typed"
        )
        self.accept_automatic.clicked.connect(self._accept_automatic)
        self.accepted_automatic = False  # the author took the automatic decisions
        cancel = QPushButton("Cancel", self)
        cancel.clicked.connect(self.reject)

        actions = QHBoxLayout()
        for b in (self.safe_here, self.safe_everywhere, self.redact_here):
            actions.addWidget(b)
        actions.addSpacing(16)
        actions.addWidget(self.more, 1)
        actions.addWidget(self.redact_more)
        bottom = QHBoxLayout()
        bottom.addStretch(1)
        bottom.addWidget(self.accept_automatic)
        bottom.addWidget(self.continue_button)
        bottom.addWidget(cancel)
        lay = QVBoxLayout(self)
        lay.addWidget(self.note)
        lay.addWidget(self.table, 1)
        lay.addLayout(actions)
        lay.addLayout(bottom)
        self.resize(1200, 640)
        self._enable()
        self.reload()

    # -- reading ----------------------------------------------------------------------------

    def reload(self) -> Task:
        ids, store = self.case_ids, self.store
        self.continue_button.setEnabled(False)
        self.accept_automatic.setEnabled(False)
        self.job = taskman().run_in_background(
            lambda _ctx: [(i, services.privacy_review(i, store=store)) for i in ids],
            self._loaded,
            owner=self,
            name="review redactions",
        )
        return self.job

    def _loaded(self, done: Done[list[tuple[int, services.PrivacyReview]]]) -> None:
        self.job = None
        if done.result is None:
            self.note.setText(f"The review could not be read: {done.message}")
            return
        items = [row for cid, review in done.result for row in review_items(cid, review)]
        self.model.set_items(items, {cid: review.case for cid, review in done.result})
        self._fit_columns()
        kept = self.model.unreviewed()
        guessed = self.model.unreviewed_of(AUTOMATIC)
        typed = self.model.unreviewed_of(KEPT)
        redacted = len(items) - kept
        self.note.setText(
            f"{redacted} word(s) will be redacted by the rules. "
            + (
                f"{guessed} word(s) no list knows are redacted by default and {typed} "
                "kept as typed, not reviewed (each row is one word, wherever it stands): "
                "keep each that is safe, or redact it, before you continue; or press "
                "“Accept the automatic decisions”."
                if kept
                else "Every possible identifier has been reviewed."
            )
        )
        self.continue_button.setEnabled(kept == 0)  # nothing unreviewed leaves by default
        self.accept_automatic.setEnabled(kept > 0)
        self._enable()
        self.loaded.emit()

    def _fit_columns(self) -> None:
        """Each column as wide as its contents, up to a limit, so that the context (the
        last column, stretched) is left room to be read; a long value shows whole in its
        tooltip and the author may widen a column."""
        self.table.resizeColumnsToContents()
        last = self.model.columnCount() - 1
        for column in range(last):
            if self.table.columnWidth(column) > _WIDEST:
                self.table.setColumnWidth(column, _WIDEST)

    def _accept_automatic(self) -> None:
        """The author's explicit choice to continue with possible identifiers unreviewed."""
        if self.job is None and self.model.unreviewed():
            self.accepted_automatic = True
            self.accept()

    # -- deciding ---------------------------------------------------------------------------

    def _selected(self) -> list[int]:
        return sorted({i.row() for i in self.table.selectionModel().selectedRows()})

    def _enable(self) -> None:
        rows = self._selected()
        kept = any(self.model.item(r).state in UNREVIEWED for r in rows)
        self.safe_here.setEnabled(bool(rows))
        self.safe_everywhere.setEnabled(bool(rows))
        self.redact_here.setEnabled(kept)

    def decide_selected(self, decision: str, *, all_cases: bool) -> None:
        """Record ``decision`` on the word of each selected row, then read the review again."""
        items = [self.model.item(r) for r in self._selected()]
        try:
            for item in items:
                services.decide_word(
                    item.case_id, item.text, decision, all_cases=all_cases, store=self.store
                )
        except (ValueError, StoreError) as exc:
            self.note.setText(f"The decision was not recorded: {exc}")
            return
        if items:
            self.reload()

    def redact_typed(self) -> None:
        word = self.more.text().strip()
        if not word:
            return
        try:
            for cid in self.case_ids:
                services.decide_word(cid, word, "redact", store=self.store)
        except (ValueError, StoreError) as exc:
            self.note.setText(f"The word was not recorded: {exc}")
            return
        self.more.clear()
        self.reload()


def review_before_output(
    case_ids: Sequence[int], store: Store, *, what: str, parent: QWidget | None = None
) -> bool:
    """Show the review modally; True when the author continues."""
    dialog = RedactionReviewDialog(case_ids, store, what=what, parent=parent)
    dialog.setWindowModality(Qt.WindowModality.WindowModal)
    try:
        return dialog.exec() == QDialog.DialogCode.Accepted
    finally:
        dialog.deleteLater()
