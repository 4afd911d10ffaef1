"""One read-only Qt table model over a list of rows, described by a tuple of columns.

Each model of the window that shows a flat list (backups, history, redactions, series,
timeline, exposure, overview) is a ``RowsTableModel`` with its own columns; what differs
(a warning overlay, a sort order) stays in the subclass.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import Any, Generic, TypeVar

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

T = TypeVar("T")
Index = QModelIndex | QPersistentModelIndex

ROW_ROLE = int(Qt.ItemDataRole.UserRole) + 1
RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
_DISPLAY = Qt.ItemDataRole.DisplayRole
_TOOLTIP = Qt.ItemDataRole.ToolTipRole
_ALIGN = Qt.ItemDataRole.TextAlignmentRole


@dataclass(frozen=True)
class Column(Generic[T]):
    """A column: its header, its text (DisplayRole), its tooltip (the text when None), its
    alignment (TextAlignmentRole, as an int) and any other role of its cells."""

    title: str
    value: Callable[[T], object]
    tooltip: Callable[[T], object] | None = None
    align: int | None = None
    roles: Mapping[int, Callable[[T], object]] = field(default_factory=dict)


class RowsTableModel(QAbstractTableModel, Generic[T]):
    """``rows`` under ``columns``; ``data(index, role)`` of a key of ``row_roles`` is that
    function of the row (by default ``ROW_ROLE`` gives the row itself)."""

    def __init__(
        self,
        columns: Iterable[Column[T]],
        parent: Any = None,
        *,
        row_roles: Mapping[int, Callable[[T], object]] | None = None,
    ) -> None:
        super().__init__(parent)
        self._columns: tuple[Column[T], ...] = tuple(columns)
        self._row_roles = dict(row_roles) if row_roles is not None else {ROW_ROLE: _same}
        self._rows: list[T] = []

    # -- rows ----------------------------------------------------------------------------

    @contextmanager
    def resetting(self) -> Iterator[None]:
        """Change the rows (and any state the cells read) inside one model reset."""
        self.beginResetModel()
        try:
            yield
        finally:
            self.endResetModel()

    def set_rows(self, rows: Iterable[T]) -> None:
        with self.resetting():
            self._rows = list(rows)

    def rows(self) -> list[T]:
        """The rows in the order shown."""
        return list(self._rows)

    def row_at(self, row: int) -> T:
        return self._rows[row]

    def replace_row(self, row: int, value: T) -> None:
        self._rows[row] = value
        self.dataChanged.emit(self.index(row, 0), self.index(row, len(self._columns) - 1))

    def cells_changed(self, first_column: int = 0, last_column: int | None = None) -> None:
        """Tell views that cells of every row changed (state outside the rows moved)."""
        if self._rows:
            last = len(self._columns) - 1 if last_column is None else last_column
            self.dataChanged.emit(
                self.index(0, first_column), self.index(len(self._rows) - 1, last)
            )

    def reorder(self, rows: list[T]) -> None:
        """Show the same rows in a new order; persistent indexes follow their rows."""
        self.layoutAboutToBeChanged.emit()
        old = self._rows
        self._rows = list(rows)
        position = {id(r): i for i, r in enumerate(self._rows)}
        for index in self.persistentIndexList():
            if index.isValid() and index.row() < len(old):
                new_row = position[id(old[index.row()])]
                self.changePersistentIndex(index, self.index(new_row, index.column()))
        self.layoutChanged.emit()

    # -- Qt model API --------------------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._columns)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = _DISPLAY) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == _DISPLAY:
            if 0 <= section < len(self._columns):
                return self._columns[section].title
        return None

    def data(self, index: Index, role: int = _DISPLAY) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        if not 0 <= index.column() < len(self._columns):
            return None
        row = self._rows[index.row()]
        if role in self._row_roles:
            return self._row_roles[role](row)
        column = self._columns[index.column()]
        if role == _DISPLAY:
            return column.value(row)
        if role == _TOOLTIP:
            return (column.tooltip or column.value)(row)
        if role == _ALIGN:
            return column.align
        if role in column.roles:
            return column.roles[role](row)
        return None


def _same(row: T) -> T:
    return row
