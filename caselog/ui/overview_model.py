"""The review overview (``caselog.review.overview`` rows) as a sortable Qt table model."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt

from caselog.core.vocab import label
from caselog.review.overview import COLUMNS, HEADERS, VOCABULARY, OverviewRow, sort_rows
from caselog.ui.table_model import RIGHT, Column, RowsTableModel

NUMERIC = ("case_id", "time_to_onset_days", "naranjo_score")


def _cell(name: str) -> Column[OverviewRow]:
    def text(row: OverviewRow) -> str:
        value = getattr(row, name)
        if value is None:
            return ""
        return label(value) if name in VOCABULARY else str(value)

    return Column(HEADERS[name], text, align=RIGHT if name in NUMERIC else None)


class OverviewModel(RowsTableModel[OverviewRow]):
    """One row per case with a suspect drug; ``sort`` uses the review's own order (empty
    cells last either way), so the window and the CSV agree."""

    CaseIdRole = Qt.ItemDataRole.UserRole + 1
    RowRole = Qt.ItemDataRole.UserRole + 2

    def __init__(self, parent: Any = None) -> None:
        super().__init__(
            (_cell(name) for name in COLUMNS),
            parent,
            row_roles={self.CaseIdRole: lambda r: r.case_id, self.RowRole: lambda r: r},
        )

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < len(COLUMNS):
            return
        descending = order == Qt.SortOrder.DescendingOrder
        self.reorder(sort_rows(self._rows, COLUMNS[column], descending=descending))
