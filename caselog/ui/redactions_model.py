"""What de-identification replaced in a report, as a table for the report dialog.

The originals are private: this model exists only to show them, on this machine, before
the report leaves it; nothing here is written anywhere.
"""

from __future__ import annotations

import re
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

from caselog.core.model import Case
from caselog.core.vocab import KIND_LABELS
from caselog.privacy.deidentify import Redaction

Index = QModelIndex | QPersistentModelIndex

_EVENT = re.compile(r"^events\[(\d+)\]\.?(.*)$")


def where_label(field: str, case: Case | None = None) -> str:
    """A redaction's field path as a person reads it: ``events[3].notes`` -> "Timeline
    2024-06-05 imaging ▸ notes"; ``report.discussion`` -> "report ▸ discussion"."""
    m = _EVENT.match(field)
    if m and case is not None and int(m.group(1)) < len(case.events):
        e = case.events[int(m.group(1))]
        head = f"Timeline {e.date} {KIND_LABELS.get(e.kind, e.kind).lower()}"
        rest = m.group(2)
    else:
        head, _, rest = field.partition(".")
    parts = [head, *(p for p in rest.split(".") if p)]
    return " ▸ ".join(p.replace("_", " ") for p in parts)


class RedactionsModel(QAbstractTableModel):
    FIELD, KIND, ORIGINAL, REPLACEMENT = range(4)
    HEADERS = ("Where", "What", "Typed", "Printed as")

    RedactionRole = Qt.ItemDataRole.UserRole + 1

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[Redaction] = []
        self._case: Case | None = None

    def set_redactions(self, redactions: list[Redaction], case: Case | None = None) -> None:
        """Show ``redactions`` (of ``case``, whose events name the timeline rows)."""
        self.beginResetModel()
        self._rows = list(redactions)
        self._case = case
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
                label = where_label(r.field, self._case)
                return label if role == Qt.ItemDataRole.DisplayRole else f"{label}\n({r.field})"
            if col == self.KIND:
                return r.kind
            if col == self.ORIGINAL:
                return r.original
            if col == self.REPLACEMENT:
                return r.replacement
        return None
