"""File > Backups…, History of this case…, Encrypt database…: the durability of the open
database in the window. Installed by ``MainWindow.attach_store`` (File menu, above Quit)."""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction, QKeySequence

from caselog import lazy
from caselog.store import services
from caselog.store.services import Store
from caselog.ui.integrity_check import IntegrityCheck
from caselog.ui.search_tidy import SearchTidy
from caselog.ui.taskman import Done, Task, TaskContext, Work, taskman
from caselog.ui.window_chrome import WindowChrome

if TYPE_CHECKING:
    from caselog.ui import backups_window, history_window
    from caselog.ui.backups_window import BackupsWindow
    from caselog.ui.history_window import HistoryWindow
else:  # the windows load when first opened (see caselog/lazy.py)
    backups_window = lazy.module("caselog.ui.backups_window")
    history_window = lazy.module("caselog.ui.history_window")

log = logging.getLogger(__name__)


def encrypt_work(store: Store, passphrase: str) -> Work[tuple[Store, str | None]]:
    """Close ``store``, encrypt its file (and backups) with ``passphrase``, open it again.
    Returns ``(store, error)``: the encrypted store and None, or on failure the database
    reopened as it was and the message. The writer lock is held throughout."""
    path = store.path
    assert path is not None

    def work(ctx: TaskContext) -> tuple[Store, str | None]:
        hold = services.lock_database(path)  # no other caselog slips in while the store is closed
        try:
            ctx.progress(0, 2, "Encrypting the database and its backups…")
            store.close()
            try:
                services.encrypt_database(str(path), passphrase)
            except Exception as exc:  # reopen as it was; the user is told
                log.info("encryption failed", exc_info=True)
                return services.open_store(str(path)), str(exc)
            ctx.progress(1, 2, "Opening the encrypted database…")
            return services.open_store(str(path), passphrase=passphrase), None
        finally:
            hold.release()

    return work


class DurabilityActions(QObject):
    def __init__(self, window: WindowChrome) -> None:
        super().__init__(window)
        self.window = window
        self.task: Task | None = None
        self.backups_window: BackupsWindow | None = None
        self.backups_action = QAction("&Backups…", window)
        self.backups_action.setObjectName("Backups")
        self.backups_action.triggered.connect(self.show_backups)
        self.history_action = QAction("&History of this case…", window)
        self.history_action.setObjectName("History")
        self.history_action.setShortcut(QKeySequence("Ctrl+H"))
        self.history_action.triggered.connect(self.show_history)
        self.encrypt_action = QAction("E&ncrypt database…", window)
        self.encrypt_action.setObjectName("Encrypt database")
        self.encrypt_action.triggered.connect(self.encrypt_database)
        self.check = IntegrityCheck(window)  # the full check, after the list shows
        self.tidy = SearchTidy(window)  # the search index merged after the writes
        window.install_durability_actions(
            [self.backups_action, self.history_action, self.check.action, self.encrypt_action]
        )
        window.file_menu.aboutToShow.connect(self.update)
        window.controller.changed.connect(lambda _change: self.update())
        self.update()

    def update(self) -> None:
        w = self.window
        sqlite_file = w.store.path is not None
        self.backups_action.setEnabled(sqlite_file)
        self.history_action.setEnabled(w.current_case() is not None)
        self.encrypt_action.setEnabled(sqlite_file and w.store.passphrase is None)
        self.check.update()

    # -- backups -----------------------------------------------------------------------

    def show_backups(self) -> BackupsWindow:
        w = self.window
        if self.backups_window is None or self.backups_window.store is not w.store:
            self.backups_window = backups_window.BackupsWindow(w.store, w.dialogs, w)
            self.backups_window.restored.connect(lambda _b: w.reload_from_store())
        else:
            self.backups_window.reload()
        self.backups_window.show()
        self.backups_window.raise_()
        return self.backups_window

    # -- history -----------------------------------------------------------------------

    def show_history(self) -> HistoryWindow | None:
        w = self.window
        case = w.current_case()
        if case is None or case.id is None:
            return None
        w.commit_pending_edit()
        dialog = history_window.HistoryWindow(w.store, w.dialogs, case.id, case.title, w)
        dialog.show()
        return dialog

    # -- encryption --------------------------------------------------------------------

    def encrypt_database(self) -> Task | None:
        w = self.window
        store = w.store
        if store.path is None or store.passphrase is not None or self.task is not None:
            return None
        passphrase = w.dialogs.ask_passphrase(
            "Encrypt database",
            f"Encrypt {store.path} and its backups with a passphrase. Without the "
            "passphrase nobody, you included, can open them again: keep it safe.",
            new=True,
        )
        if not passphrase:
            return None
        w.commit_pending_edit()
        for window in (self.backups_window,):
            if window is not None:
                window.close()
        self.task = taskman().with_progress(
            encrypt_work(store, passphrase),
            self._encrypted,
            parent=w,
            title="Encrypt database",
            label="Encrypting the database and its backups…",
        )
        return self.task

    def _encrypted(self, done: Done[tuple[Store, str | None]]) -> None:
        self.task = None
        w = self.window
        if done.result is None:
            w.dialogs.error("Encrypt database", done.message)
            self.update()
            return
        store, error = done.result
        w.use_store(store)
        self.update()
        if error:
            w.dialogs.error("Encrypt database", f"The database was not encrypted: {error}")
        else:
            w.statusBar().showMessage("The database and its backups are encrypted.", 8000)
