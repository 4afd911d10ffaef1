"""The stored case series as a Qt table model (title, number of cases)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

from caselog.core.model import Series

Index = QModelIndex | QPersistentModelIndex


class SeriesListModel(QAbstractTableModel):
    TITLE, CASES = range(2)
    HEADERS = ("Series", "Cases")
    SeriesIdRole = Qt.ItemDataRole.UserRole + 1
    SeriesRole = Qt.ItemDataRole.UserRole + 2

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[Series] = []

    def set_series(self, series: list[Series]) -> None:
        self.beginResetModel()
        self._rows = list(series)
        self.endResetModel()

    def replace(self, series: Series) -> None:
        """Show ``series`` (as stored after an edit) in its row."""
        for i, s in enumerate(self._rows):
            if s.id == series.id:
                self._rows[i] = series
                self.dataChanged.emit(self.index(i, 0), self.index(i, len(self.HEADERS) - 1))
                return

    def row_of(self, series_id: int | None) -> int | None:
        return next((i for i, s in enumerate(self._rows) if s.id == series_id), None)

    def series(self, row: int) -> Series:
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
        s = self._rows[index.row()]
        if role == self.SeriesIdRole:
            return s.id
        if role == self.SeriesRole:
            return s
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            if index.column() == self.TITLE:
                return s.title
            if index.column() == self.CASES:
                return str(len(s.case_ids))
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() == self.CASES:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None
