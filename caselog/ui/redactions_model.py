"""What de-identification replaced in a report, as a table for the report dialog.

The originals are private: this model exists only to show them, on this machine, before
the report leaves it; nothing here is written anywhere.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

from caselog.privacy.deidentify import Redaction

Index = QModelIndex | QPersistentModelIndex


class RedactionsModel(QAbstractTableModel):
    FIELD, KIND, ORIGINAL, REPLACEMENT = range(4)
    HEADERS = ("Where", "What", "Typed", "Printed as")

    RedactionRole = Qt.ItemDataRole.UserRole + 1

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[Redaction] = []

    def set_redactions(self, redactions: list[Redaction]) -> None:
        self.beginResetModel()
        self._rows = list(redactions)
        self.endResetModel()

    def redaction(self, row: int) -> Redaction:
        return self._rows[row]

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.HEADERS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            if 0 <= section < len(self.HEADERS):
                return self.HEADERS[section]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self._rows):
            return None
        r = self._rows[index.row()]
        if role == self.RedactionRole:
            return r
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            col = index.column()
            if col == self.FIELD:
                return r.field
            if col == self.KIND:
                return r.kind
            if col == self.ORIGINAL:
                return r.original
            if col == self.REPLACEMENT:
                return r.replacement
        return None
