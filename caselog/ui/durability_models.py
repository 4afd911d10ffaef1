"""Qt table models of the backups of the database and of one case's audit trail."""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor

from caselog.store.services import AuditEntry, BackupInfo
from caselog.ui.table_model import RIGHT, ROW_ROLE, Column, RowsTableModel

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


class BackupListModel(RowsTableModel[BackupInfo]):
    TAKEN, REASON, SIZE, VERIFIED = range(4)
    BackupRole = ROW_ROLE

    def __init__(self, parent: Any = None) -> None:
        def path(b: BackupInfo) -> str:
            return str(b.path)

        super().__init__(
            (
                Column("Taken", lambda b: utc_text(b.taken_at), tooltip=path),
                Column("Why", lambda b: REASON_LABELS.get(b.reason, b.reason), tooltip=path),
                Column("Size", lambda b: human_size(b.size), tooltip=path, align=RIGHT),
                Column(
                    "Verified",
                    self._verified_text,
                    tooltip=self._verified_tooltip,
                    roles={Qt.ItemDataRole.ForegroundRole: self._verified_color},
                ),
            ),
            parent,
        )
        # path -> [] when the backup verified, else its problems; absent: not checked yet
        self._checks: dict[str, list[str]] = {}

    def set_backups(self, backups: list[BackupInfo]) -> None:
        with self.resetting():
            self._rows = list(backups)
            self._checks = {}

    def set_checks(self, checks: dict[str, list[str]]) -> None:
        self._checks = dict(checks)
        self.cells_changed(self.VERIFIED, self.VERIFIED)

    def backup(self, row: int) -> BackupInfo:
        return self.row_at(row)

    def verified(self, row: int) -> bool | None:
        """True / False once checked; None before."""
        return self._verified(self._rows[row])

    def _verified(self, b: BackupInfo) -> bool | None:
        problems = self._checks.get(str(b.path))
        return None if problems is None else not problems

    def _verified_text(self, b: BackupInfo) -> str:
        ok = self._verified(b)
        return "checking…" if ok is None else ("✓ good" if ok else "✗ damaged")

    def _verified_tooltip(self, b: BackupInfo) -> str:
        if self._verified(b) is False:
            return "; ".join(self._checks[str(b.path)])
        return str(b.path)

    def _verified_color(self, b: BackupInfo) -> QColor | None:
        ok = self._verified(b)
        if ok is None:
            return None
        return QColor("#1b7f3b") if ok else QColor("#b00020")


class HistoryModel(RowsTableModel[AuditEntry]):
    TIME, USER, ACTION, WHAT = range(4)
    EntryRole = ROW_ROLE

    def __init__(self, parent: Any = None) -> None:
        super().__init__(
            (
                Column("Time (UTC)", lambda e: utc_text(e.at)),
                Column("User", lambda e: e.user),
                Column("Action", lambda e: e.action),
                Column("What", lambda e: e.what()),
            ),
            parent,
        )

    def set_entries(self, entries: list[AuditEntry]) -> None:
        self.set_rows(entries)

    def entry(self, row: int) -> AuditEntry:
        return self.row_at(row)
