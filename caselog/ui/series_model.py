"""The stored case series as a Qt table model (title, number of cases)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt

from caselog.core.model import Series
from caselog.ui.table_model import RIGHT, Column, RowsTableModel


class SeriesListModel(RowsTableModel[Series]):
    TITLE, CASES = range(2)
    SeriesIdRole = Qt.ItemDataRole.UserRole + 1
    SeriesRole = Qt.ItemDataRole.UserRole + 2

    def __init__(self, parent: Any = None) -> None:
        super().__init__(
            (
                Column("Series", lambda s: s.title),
                Column("Cases", lambda s: str(len(s.case_ids)), align=RIGHT),
            ),
            parent,
            row_roles={self.SeriesIdRole: lambda s: s.id, self.SeriesRole: lambda s: s},
        )

    def set_series(self, series: list[Series]) -> None:
        self.set_rows(series)

    def replace(self, series: Series) -> None:
        """Show ``series`` (as stored after an edit) in its row."""
        row = self.row_of(series.id)
        if row is not None:
            self.replace_row(row, series)

    def row_of(self, series_id: int | None) -> int | None:
        return next((i for i, s in enumerate(self._rows) if s.id == series_id), None)

    def series(self, row: int) -> Series:
        return self.row_at(row)
