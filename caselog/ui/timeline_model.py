"""The events of one case as a table in date order: date, relative time, kind, summary."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QColor

from caselog.clinical.catalogue import corrections
from caselog.core.dates import PartialDate
from caselog.core.model import Event
from caselog.core.vocab import KIND_LABELS
from caselog.ui.icons import kind_icon, warning_icon
from caselog.ui.table_model import RIGHT, Column, Index, RowsTableModel
from caselog.ui.text import event_summary, lab_flag, relative_text


def corrected_texts(events: list[Event]) -> dict[int, str]:
    """What the table shows beside each stored total calcium that has an albumin of its day:
    ``corrected 9.3 mg/dL (albumin 2.5 g/dL, Payne)``, by event id."""
    return {c.calcium.id: c.beside() for c in corrections(events).values() if c.calcium.id}


def _lab_color(e: Event) -> QColor | None:
    return QColor("#b03a2e") if lab_flag(e) else None


def _odd_one(longer: list[Event], shorter: list[Event]) -> int | None:
    """The index of the one event of ``longer`` without which it is ``shorter``, if any."""
    if len(longer) != len(shorter) + 1:
        return None
    pairs = enumerate(zip(longer, shorter, strict=False))
    at = next((i for i, (a, b) in pairs if a != b), len(shorter))
    return at if longer[:at] + longer[at + 1 :] == shorter else None


class TimelineModel(RowsTableModel[Event]):
    DATE, RELATIVE, KIND, SUMMARY = range(4)

    EventRole = Qt.ItemDataRole.UserRole + 1
    EventIdRole = Qt.ItemDataRole.UserRole + 2
    WarningsRole = Qt.ItemDataRole.UserRole + 3  # messages of the warnings on the event

    def __init__(self, parent: Any = None) -> None:
        super().__init__(
            (
                Column("Date", lambda e: e.date.isoformat()),
                Column(
                    "From index", lambda e: relative_text(e.date, self._index_date), align=RIGHT
                ),
                Column(
                    "Kind",
                    lambda e: KIND_LABELS.get(e.kind, e.kind),
                    roles={Qt.ItemDataRole.DecorationRole: lambda e: kind_icon(e.kind)},
                ),
                Column(
                    "What",
                    self._summary,
                    tooltip=self._summary_tooltip,
                    roles={Qt.ItemDataRole.ForegroundRole: _lab_color},
                ),
            ),
            parent,
            row_roles={self.EventRole: lambda e: e, self.EventIdRole: lambda e: e.id},
        )
        self._index_date: PartialDate | None = None
        self._warnings: dict[int, list[str]] = {}
        self._corrected: dict[int, str] = {}  # event id -> its corrected calcium

    def _summary(self, e: Event) -> str:
        text = event_summary(e)
        beside = self._corrected.get(e.id) if e.id is not None else None
        return f"{text}; {beside}" if beside else text

    def _summary_tooltip(self, e: Event) -> str:
        text = self._summary(e)
        return f"{text}\n{e.notes}" if e.notes else text

    def set_warnings(self, warnings: dict[int, list[str]]) -> None:
        """Mark the rows of events that warnings concern (event id -> the messages)."""
        if warnings == self._warnings:
            return
        self._warnings = {k: list(v) for k, v in warnings.items()}
        self.cells_changed()

    def warnings_of(self, event_id: int | None) -> list[str]:
        return self._warnings.get(event_id, []) if event_id is not None else []

    def set_events(self, events: list[Event], index_date: PartialDate | None) -> None:
        """Show ``events`` sorted by date (stable for equal dates). With day 0 unchanged, one
        event added or removed is one row inserted or removed, and events edited in place
        are rows changed; anything else resets the model."""
        rows = sorted(events, key=lambda e: e.date.sort_key())
        corrected = corrected_texts(rows)
        moved = corrected != self._corrected  # an albumin added or edited moves a calcium row
        self._corrected = corrected
        if index_date != self._index_date or not self._update(rows):
            with self.resetting():
                self._rows = rows
                self._index_date = index_date
        elif moved:
            self.cells_changed(self.SUMMARY, self.SUMMARY)

    def _update(self, rows: list[Event]) -> bool:
        old = self._rows
        if [e.id for e in rows] == [e.id for e in old] and None not in (e.id for e in old):
            changed = [i for i, (a, b) in enumerate(zip(old, rows, strict=True)) if a != b]
            self._rows = rows
            if changed:
                last = len(self._columns) - 1
                self.dataChanged.emit(self.index(changed[0], 0), self.index(changed[-1], last))
            return True
        if (at := _odd_one(rows, old)) is not None:
            self.beginInsertRows(QModelIndex(), at, at)
            self._rows = rows
            self.endInsertRows()
            return True
        if (at := _odd_one(old, rows)) is not None:
            self.beginRemoveRows(QModelIndex(), at, at)
            self._rows = rows
            self.endRemoveRows()
            return True
        return False

    @property
    def index_date(self) -> PartialDate | None:
        return self._index_date

    def event_at(self, row: int) -> Event:
        return self.row_at(row)

    def row_of(self, event_id: int | None) -> int | None:
        for i, e in enumerate(self._rows):
            if e.id is not None and e.id == event_id:
                return i
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        warned = self._warned(index)
        if warned:
            if role == self.WarningsRole:
                return warned
            if role == Qt.ItemDataRole.ToolTipRole:
                plain = super().data(index, Qt.ItemDataRole.DisplayRole)
                return "\n".join(f"⚠ {m}" for m in warned) + f"\n\n{plain}"
            if role == Qt.ItemDataRole.DecorationRole and index.column() == self.DATE:
                return warning_icon()
            if role == Qt.ItemDataRole.BackgroundRole:
                return QColor(255, 214, 153, 110)
        return super().data(index, role)

    def _warned(self, index: Index) -> list[str]:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return []
        return self.warnings_of(self._rows[index.row()].id)
