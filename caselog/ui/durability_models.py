"""Qt table models of the backups of the database and of one case's audit trail."""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor

from caselog.store.audit import AuditEntry
from caselog.store.backup import BackupInfo

Index = QModelIndex | QPersistentModelIndex
_RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
REASON_LABELS = {
    "open": "automatic (daily)",
    "migration": "before an upgrade",
    "import": "before an import",
    "restore": "before a restore",
    "manual": "made by hand",
    "encrypt": "before encryption",
}


def human_size(n: int) -> str:
    size = float(n)
    for unit in ("bytes", "KB", "MB", "GB"):
        if size < 1024 or unit == "GB":
            return f"{int(size)} {unit}" if unit == "bytes" else f"{size:.1f} {unit}"
        size /= 1024
    return f"{n} bytes"  # pragma: no cover


def utc_text(at: dt.datetime) -> str:
    aware = at if at.tzinfo else at.replace(tzinfo=dt.UTC)
    return aware.astimezone(dt.UTC).strftime("%Y-%m-%d %H:%M:%S UTC")


class BackupListModel(QAbstractTableModel):
    TAKEN, REASON, SIZE, VERIFIED = range(4)
    HEADERS = ("Taken", "Why", "Size", "Verified")
    BackupRole = Qt.ItemDataRole.UserRole + 1

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[BackupInfo] = []
        # path -> [] when the backup verified, else its problems; absent: not checked yet
        self._checks: dict[str, list[str]] = {}

    def set_backups(self, backups: list[BackupInfo]) -> None:
        self.beginResetModel()
        self._rows = list(backups)
        self._checks = {}
        self.endResetModel()

    def set_checks(self, checks: dict[str, list[str]]) -> None:
        self._checks = dict(checks)
        if self._rows:
            self.dataChanged.emit(
                self.index(0, self.VERIFIED), self.index(len(self._rows) - 1, self.VERIFIED)
            )

    def backup(self, row: int) -> BackupInfo:
        return self._rows[row]

    def verified(self, row: int) -> bool | None:
        """True / False once checked; None before."""
        problems = self._checks.get(str(self._rows[row].path))
        return None if problems is None else not problems

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
        b = self._rows[index.row()]
        col = index.column()
        if role == self.BackupRole:
            return b
        if role == Qt.ItemDataRole.DisplayRole:
            if col == self.TAKEN:
                return utc_text(b.taken_at)
            if col == self.REASON:
                return REASON_LABELS.get(b.reason, b.reason)
            if col == self.SIZE:
                return human_size(b.size)
            if col == self.VERIFIED:
                ok = self.verified(index.row())
                return "checking…" if ok is None else ("✓ good" if ok else "✗ damaged")
        if role == Qt.ItemDataRole.ToolTipRole:
            if col == self.VERIFIED and self.verified(index.row()) is False:
                return "; ".join(self._checks[str(b.path)])
            return str(b.path)
        if role == Qt.ItemDataRole.ForegroundRole and col == self.VERIFIED:
            ok = self.verified(index.row())
            if ok is not None:
                return QColor("#1b7f3b") if ok else QColor("#b00020")
        if role == Qt.ItemDataRole.TextAlignmentRole and col == self.SIZE:
            return _RIGHT
        return None


class HistoryModel(QAbstractTableModel):
    TIME, USER, ACTION, WHAT = range(4)
    HEADERS = ("Time (UTC)", "User", "Action", "What")
    EntryRole = Qt.ItemDataRole.UserRole + 1

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[AuditEntry] = []

    def set_entries(self, entries: list[AuditEntry]) -> None:
        self.beginResetModel()
        self._rows = list(entries)
        self.endResetModel()

    def entry(self, row: int) -> AuditEntry:
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
        e = self._rows[index.row()]
        if role == self.EntryRole:
            return e
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            col = index.column()
            if col == self.TIME:
                return utc_text(e.at)
            if col == self.USER:
                return e.user
            if col == self.ACTION:
                return e.action
            if col == self.WHAT:
                return e.what()
        return None
