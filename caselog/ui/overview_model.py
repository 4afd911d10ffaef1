"""The review overview (``caselog.review.overview`` rows) as a sortable Qt table model."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

from caselog.core.vocab import label
from caselog.review.overview import COLUMNS, HEADERS, VOCABULARY, OverviewRow, sort_rows

Index = QModelIndex | QPersistentModelIndex
NUMERIC = ("case_id", "onset_days", "naranjo_score")


class OverviewModel(QAbstractTableModel):
    """One row per case with a suspect drug; ``sort`` uses the review's own order (empty
    cells last either way), so the window and the CSV agree."""

    CaseIdRole = Qt.ItemDataRole.UserRole + 1
    RowRole = Qt.ItemDataRole.UserRole + 2

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[OverviewRow] = []

    def set_rows(self, rows: list[OverviewRow]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def rows(self) -> list[OverviewRow]:
        """The rows in the order shown."""
        return list(self._rows)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            if 0 <= section < len(COLUMNS):
                return HEADERS[COLUMNS[section]]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self._rows):
            return None
        if not 0 <= index.column() < len(COLUMNS):
            return None
        row = self._rows[index.row()]
        column = COLUMNS[index.column()]
        if role == self.CaseIdRole:
            return row.case_id
        if role == self.RowRole:
            return row
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            value = getattr(row, column)
            if value is None:
                return ""
            if column in VOCABULARY:
                return label(value)
            return str(value)
        if role == Qt.ItemDataRole.TextAlignmentRole and column in NUMERIC:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < len(COLUMNS):
            return
        self.layoutAboutToBeChanged.emit()
        old = list(self._rows)
        self._rows = sort_rows(
            self._rows, COLUMNS[column], descending=order == Qt.SortOrder.DescendingOrder
        )
        # persistent indexes follow their rows
        position = {id(r): i for i, r in enumerate(self._rows)}
        for index in self.persistentIndexList():
            if index.isValid() and index.row() < len(old):
                new_row = position[id(old[index.row()])]
                self.changePersistentIndex(index, self.index(new_row, index.column()))
        self.layoutChanged.emit()
