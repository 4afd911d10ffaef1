"""File > Backups: the backups of the open database (taken, why, size, verified), "Back up
now", and "Restore…" (confirmed; the current state is backed up first). Every backup,
check and restore runs off the window's thread."""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from caselog.store import services
from caselog.store.services import BackupInfo, Store
from caselog.ui.dialogs import DialogService, no_default_button
from caselog.ui.durability_models import BackupListModel, utc_text
from caselog.ui.screen import fit_to_screen
from caselog.ui.taskman import Done, Task, TaskContext, Work, taskman
from caselog.ui.window_parts import close_buttons, row_table

log = logging.getLogger(__name__)


def check_backups(
    backups: list[BackupInfo], passphrase: str | None, ctx: TaskContext
) -> dict[str, list[str]]:
    """Open and check every backup: path -> its problems (empty: good)."""
    out: dict[str, list[str]] = {}
    for i, b in enumerate(backups):
        ctx.check()
        ctx.progress(i, len(backups), f"Checking {b.path.name}…")
        out[str(b.path)] = services.verify_backup(b, passphrase=passphrase)
    return out


class BackupsWindow(QDialog):
    restored = Signal(object)  # BackupInfo restored: the window must reload

    def __init__(self, store: Store, dialogs: DialogService, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle("Backups")
        self.setObjectName("backupsWindow")
        self.store = store
        self.dialogs = dialogs
        self.task: Task | None = None
        self.model = BackupListModel(self)
        self.table = row_table(self, self.model, "Backups")
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self._update_buttons())
        self.folder = QLabel(self)
        self.folder.setWordWrap(True)
        self.folder.setEnabled(False)
        self.backup_button = QPushButton("Back up now", self)
        self.backup_button.clicked.connect(self.back_up_now)
        self.restore_button = QPushButton("Restore…", self)
        self.restore_button.clicked.connect(self.restore_selected)
        close = close_buttons(self)
        buttons = QHBoxLayout()
        buttons.addWidget(self.backup_button)
        buttons.addWidget(self.restore_button)
        buttons.addStretch(1)
        buttons.addWidget(close)
        lay = QVBoxLayout(self)
        intro = QLabel(
            "caselog backs the database up each day it changes, and before every upgrade, "
            "import and restore. Restoring first backs up the database as it is now.",
            self,
        )
        intro.setWordWrap(True)
        lay.addWidget(intro)
        lay.addWidget(self.table, 1)
        lay.addWidget(self.folder)
        lay.addLayout(buttons)
        fit_to_screen(self, 720, 420)
        no_default_button(self)
        self.reload()

    def reload(self) -> None:
        try:
            found = services.list_backups(store=self.store)
        except Exception as exc:  # e.g. not a SQLite file: said plainly
            log.info("listing backups failed", exc_info=True)
            found = []
            self.folder.setText(str(exc))
        else:
            where = found[0].path.parent if found else None
            self.folder.setText(f"Folder: {where}" if where else "No backups yet.")
        self.model.set_backups(found)
        if found:
            self.table.selectRow(0)
        self._update_buttons()
        if found:
            self._start(
                "Checking backups",
                "Checking the backups…",
                lambda ctx: check_backups(found, self.store.passphrase, ctx),
                self.model.set_checks,
                cancellable=True,
            )

    def _update_buttons(self) -> None:
        idle = self.task is None
        self.restore_button.setEnabled(idle and self.table.currentIndex().isValid())
        self.backup_button.setEnabled(idle and self.store.path is not None)

    def _start(
        self,
        title: str,
        label: str,
        work: Work[Any],
        on_success: Callable[[Any], None],
        *,
        cancellable: bool = False,
    ) -> Task:
        def finished(done: Done[Any]) -> None:
            if self.task is task:
                self.task = None
            self._update_buttons()
            if done.error is not None:
                self.dialogs.error(title, done.message)
            elif not done.cancelled:
                on_success(done.result)

        task = taskman().with_progress(
            work, finished, parent=self, title=title, label=label, cancellable=cancellable
        )
        self.task = task
        self._update_buttons()
        return task

    def back_up_now(self) -> Task | None:
        if self.store.path is None or self.task is not None:
            return None
        return self._start(
            "Back up now",
            "Backing up the database…",
            lambda ctx: services.back_up_now(store=self.store),
            lambda _info: self.reload(),
        )

    def restore_selected(self) -> Task | None:
        index = self.table.currentIndex()
        if not index.isValid() or self.task is not None:
            return None
        chosen = self.model.backup(index.row())
        if self.model.verified(index.row()) is False:
            self.dialogs.error("Restore", f"{chosen.path.name} failed its check: choose another.")
            return None
        if not self.dialogs.confirm(
            "Restore backup",
            f"Replace the database by the backup taken {utc_text(chosen.taken_at)}?\n\n"
            "The database as it is now is backed up first, so this can be undone by "
            "restoring that backup.",
            "Restore",
        ):
            return None
        return self._start(
            "Restore",
            "Restoring the backup…",
            lambda ctx: services.restore_backup(chosen.path, store=self.store),
            lambda _before: self._restored(chosen),
        )

    def _restored(self, chosen: BackupInfo) -> None:
        self.restored.emit(chosen)
        self.reload()
        self.dialogs.info("Restore", f"The backup taken {utc_text(chosen.taken_at)} is restored.")
