"""The events of one case as a table in date order: date, relative time, kind, summary."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor

from caselog.core.dates import PartialDate
from caselog.core.model import Event
from caselog.core.vocab import KIND_LABELS
from caselog.ui.icons import kind_icon, warning_icon
from caselog.ui.text import event_summary, lab_flag, relative_text

Index = QModelIndex | QPersistentModelIndex


class TimelineModel(QAbstractTableModel):
    DATE, RELATIVE, KIND, SUMMARY = range(4)
    HEADERS = ("Date", "From index", "Kind", "What")

    EventRole = Qt.ItemDataRole.UserRole + 1
    EventIdRole = Qt.ItemDataRole.UserRole + 2
    WarningsRole = Qt.ItemDataRole.UserRole + 3  # messages of the warnings on the event

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._events: list[Event] = []
        self._index_date: PartialDate | None = None
        self._warnings: dict[int, list[str]] = {}

    def set_warnings(self, warnings: dict[int, list[str]]) -> None:
        """Mark the rows of events that warnings concern (event id -> the messages)."""
        if warnings == self._warnings:
            return
        self._warnings = {k: list(v) for k, v in warnings.items()}
        if self._events:
            last = self.index(len(self._events) - 1, len(self.HEADERS) - 1)
            self.dataChanged.emit(self.index(0, 0), last)

    def warnings_of(self, event_id: int | None) -> list[str]:
        return self._warnings.get(event_id, []) if event_id is not None else []

    def set_events(self, events: list[Event], index_date: PartialDate | None) -> None:
        """Show ``events`` sorted by date (stable for equal dates)."""
        self.beginResetModel()
        self._events = sorted(events, key=lambda e: e.date.sort_key())
        self._index_date = index_date
        self.endResetModel()

    @property
    def index_date(self) -> PartialDate | None:
        return self._index_date

    def event_at(self, row: int) -> Event:
        return self._events[row]

    def row_of(self, event_id: int | None) -> int | None:
        for i, e in enumerate(self._events):
            if e.id is not None and e.id == event_id:
                return i
        return None

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._events)

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
        if not index.isValid() or index.row() >= len(self._events):
            return None
        e = self._events[index.row()]
        col = index.column()
        if role == self.EventRole:
            return e
        if role == self.EventIdRole:
            return e.id
        warned = self.warnings_of(e.id)
        if warned:
            if role == self.WarningsRole:
                return warned
            if role == Qt.ItemDataRole.ToolTipRole:
                plain = self.data(index, Qt.ItemDataRole.DisplayRole)
                return "\n".join(f"⚠ {m}" for m in warned) + f"\n\n{plain}"
            if role == Qt.ItemDataRole.DecorationRole and col == self.DATE:
                return warning_icon()
            if role == Qt.ItemDataRole.BackgroundRole:
                return QColor(255, 214, 153, 110)
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            if col == self.DATE:
                return e.date.isoformat()
            if col == self.RELATIVE:
                return relative_text(e.date, self._index_date)
            if col == self.KIND:
                return KIND_LABELS.get(e.kind, e.kind)
            if col == self.SUMMARY:
                text = event_summary(e)
                if role == Qt.ItemDataRole.ToolTipRole and e.notes:
                    return f"{text}\n{e.notes}"
                return text
        if role == Qt.ItemDataRole.DecorationRole and col == self.KIND:
            return kind_icon(e.kind)
        if role == Qt.ItemDataRole.ForegroundRole and col == self.SUMMARY and lab_flag(e):
            return QColor("#b03a2e")
        if role == Qt.ItemDataRole.TextAlignmentRole and col == self.RELATIVE:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None
