"""Compare: the user's unsaved change beside the version someone else saved, field by
field, from which they save their change on top of the new version (``stale_merge``)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from enum import StrEnum
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from caselog import lazy
from caselog.ui.stale_dialog import Notice, who_when
from caselog.ui.stale_merge import Row, default_keep, show

if TYPE_CHECKING:
    from caselog.ui import stale_words
else:  # the window's text helpers (and the clinical catalogue): when a compare is shown
    stale_words = lazy.module("caselog.ui.stale_words")

CONFLICT = QColor("#f8d7d3")  # both changed the field, differently
THEIRS = QColor("#e8eef7")  # only they changed it: theirs is kept


class Action(StrEnum):
    SAVE = "save"  # their version with the fields kept from mine
    RELOAD = "reload"  # theirs alone: my change dropped
    CANCEL = "cancel"  # back to the form, my change kept there


@dataclass(frozen=True)
class Outcome:
    action: Action
    keep: set[str] = field(default_factory=set)  # the rows' paths whose value is mine


class CompareDialog(QDialog):
    KEEP, FIELD, MINE, THEIRS = range(4)

    def __init__(self, notice: Notice, rows: Sequence[Row], parent: QWidget | None = None):
        super().__init__(parent)
        assert notice.edit is not None
        self.setWindowTitle("Compare your change with theirs")
        self.rows = list(rows)
        self.action = Action.CANCEL
        label = notice.edit.label
        head = QLabel(
            f"Your change ({notice.edit.text}) beside the version saved by "
            f"{who_when(notice.entries)}. Tick what to keep of yours; everything else "
            "is theirs.",
            self,
        )
        head.setWordWrap(True)
        self.table = QTableWidget(len(self.rows), 4, self)
        self.table.setObjectName("staleCompare")
        self.table.setHorizontalHeaderLabels(
            ["Keep mine", "Field", "Yours (not saved)", "Saved by them"]
        )
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.table.setWordWrap(True)
        keep = default_keep(self.rows)
        for r, row in enumerate(self.rows):
            box = QTableWidgetItem()
            box.setFlags(Qt.ItemFlag.ItemIsUserCheckable | Qt.ItemFlag.ItemIsEnabled)
            box.setCheckState(
                Qt.CheckState.Checked if row.path in keep else Qt.CheckState.Unchecked
            )
            box.setToolTip("Keep your value of this field" if row.mine_changed else "")
            self.table.setItem(r, self.KEEP, box)
            name = stale_words.field_words(label, row.path, notice.edit.mine)
            if row.conflict:
                name += "  (both changed)"
            cells = (name, show(row.mine), show(row.theirs))
            for c, text in enumerate(cells, start=self.FIELD):
                item = QTableWidgetItem(text or "—")
                item.setToolTip(text)
                if row.conflict:
                    item.setBackground(QBrush(CONFLICT))
                elif not row.mine_changed:
                    item.setBackground(QBrush(THEIRS))
                self.table.setItem(r, c, item)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(self.KEEP, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(self.FIELD, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(self.MINE, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(self.THEIRS, QHeaderView.ResizeMode.Stretch)
        self.table.resizeRowsToContents()
        legend = QLabel(
            "Red: both of you changed the field. Blue: only they changed it (theirs is "
            "kept unless you tick it).",
            self,
        )
        legend.setWordWrap(True)
        self.save = QPushButton("&Save mine on top of theirs", self)
        self.theirs = QPushButton("&Take theirs (discard mine)", self)
        self.cancel = QPushButton("Cancel (keep my change in the form)", self)
        buttons = QDialogButtonBox(self)
        buttons.addButton(self.save, QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(self.theirs, QDialogButtonBox.ButtonRole.DestructiveRole)
        buttons.addButton(self.cancel, QDialogButtonBox.ButtonRole.RejectRole)
        self.save.clicked.connect(lambda: self._done(Action.SAVE))
        self.theirs.clicked.connect(lambda: self._done(Action.RELOAD))
        self.cancel.clicked.connect(lambda: self._done(Action.CANCEL))
        self.save.setDefault(True)
        lay = QVBoxLayout(self)
        lay.addWidget(head)
        lay.addWidget(self.table, 1)
        lay.addWidget(legend)
        lay.addWidget(buttons)
        self.resize(820, 420)

    def keep(self) -> set[str]:
        """The paths of the rows ticked "keep mine"."""
        found = set()
        for r, row in enumerate(self.rows):
            item = self.table.item(r, self.KEEP)
            if item is not None and item.checkState() == Qt.CheckState.Checked:
                found.add(row.path)
        return found

    def outcome(self) -> Outcome:
        return Outcome(self.action, self.keep() if self.action is Action.SAVE else set())

    def _done(self, action: Action) -> None:
        self.action = action
        self.accept() if action is not Action.CANCEL else self.reject()

    @classmethod
    def ask(cls, parent: QWidget | None, notice: Notice, rows: Sequence[Row]) -> Outcome:
        dialog = cls(notice, rows, parent)
        dialog.exec()
        return dialog.outcome()
