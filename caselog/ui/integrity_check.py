"""The full check of the open database, which the open no longer waits for.

It starts a moment after the case list shows, on a thread of its own (the window answers
throughout), and again on File > Check database (``caselog check-db``), which also checks
every stored image against its SHA-256, the audit trail's hash chain and the schema. A
sound file then gets its automatic backup when one is due. A damaged one is said plainly,
with the newest good backup to restore; the store refuses every write meanwhile
(caselog/store/soundness.py). A broken image, trail or schema is said, with no restore
offered: the file itself is not damaged.
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtGui import QAction

from caselog.store import services
from caselog.store.errors import StoreError
from caselog.store.integrity import DamagedDatabase
from caselog.store.services import Store
from caselog.ui.startup import damaged_message
from caselog.ui.taskman import Done, TaskContext, taskman

if TYPE_CHECKING:
    from caselog.ui.window_chrome import WindowChrome

log = logging.getLogger(__name__)

# After the list has painted, so that its first page never waits on the disk; sooner when
# the file is not known sound, since a write from the window waits for this check then.
START_AFTER_MS = 1000
START_UNKNOWN_AFTER_MS = 200
CHECKING = "Checking the database for damage…"


class IntegrityCheck(QObject):
    """Runs ``services.verify_database`` off the GUI thread and answers on it."""

    # DamagedDatabase | str (could not check) | list[str] (deep problems) | None; asked
    checked = Signal(object, bool)

    def __init__(self, window: WindowChrome) -> None:
        super().__init__(window)
        self.window = window
        self.running = False
        self.action = QAction("&Check database", window)
        self.action.setObjectName("Verify database")
        self.action.triggered.connect(lambda: self.start(asked=True))
        self.checked.connect(self._answer)
        sound = window.store.soundness.sound
        QTimer.singleShot(START_AFTER_MS if sound else START_UNKNOWN_AFTER_MS, self, self.start)

    def update(self) -> None:
        self.action.setEnabled(self.window.store.path is not None and not self.running)

    def start(self, asked: bool = False) -> bool:
        """Start the check on its own thread; False when one is running or there is no file."""
        store = self.window.store
        if self.running or store.path is None:
            return False
        self.running = True
        self.update()
        if asked or not store.soundness.sound:  # a write waits for this check meanwhile
            self.window.statusBar().showMessage(CHECKING)

        def work(_ctx: TaskContext) -> DamagedDatabase | list[str] | None:
            if not asked:
                return services.verify_database(store)
            damage, problems = services.check_database(store)
            return damage if damage is not None else problems

        taskman().run_in_background(
            work,
            lambda done: self._checked(store, done, asked),
            owner=self,
            name="check",
        )
        return True

    def _checked(
        self, store: Store, done: Done[DamagedDatabase | list[str] | None], asked: bool
    ) -> None:
        if store is not self.window.store:  # encrypted or restored meanwhile: another file
            self.running = False
            self.update()
            if asked:  # the user asked: check the file the window now holds
                self.start(asked=True)
            return
        outcome: DamagedDatabase | str | list[str] | None = done.result
        if isinstance(done.error, StoreError):  # could not read it (or it closed): not damage
            outcome = str(done.error)
        elif done.error is not None:  # the log keeps the detail; the user hears if asked
            log.error("the check of %s failed: %s", store.path, done.message)
            outcome = done.message
        self.checked.emit(outcome, asked)

    def _answer(self, outcome: object, asked: bool) -> None:
        self.running = False
        self.update()
        w = self.window
        if w.statusBar().currentMessage() == CHECKING:
            w.statusBar().clearMessage()
        if isinstance(outcome, DamagedDatabase):
            self._offer_restore(outcome)
        elif isinstance(outcome, str):
            log.warning("the database could not be checked: %s", outcome)
            if asked:
                w.dialogs.error("Check database", f"The database could not be checked: {outcome}")
        elif isinstance(outcome, list) and outcome:
            w.dialogs.error(
                "Check database",
                f"{w.store.path} opens and its pages are sound, but:\n\n• " + "\n• ".join(outcome),
            )
        elif asked:
            w.dialogs.info(
                "Check database",
                f"{w.store.path} is sound. Every stored image matches its SHA-256, the "
                "audit trail's hash chain holds and the schema is caselog's.",
            )

    def _offer_restore(self, exc: DamagedDatabase) -> None:
        w = self.window
        text = damaged_message(exc) + "\n\nUntil then caselog writes nothing to it."
        if exc.newest_good is None:
            w.dialogs.error("Damaged database", text)
            return
        if not w.dialogs.confirm("Damaged database", text, "Restore backup"):
            return
        store, good = w.store, exc.newest_good.path

        def work(_ctx: TaskContext) -> tuple[Store, str | None]:
            assert store.path is not None
            path, passphrase = store.path, store.passphrase
            hold = services.lock_database(path)  # no other caselog slips in meanwhile
            try:
                store.close()
                error: str | None = None
                try:
                    services.restore_backup(good, target=str(path), passphrase=passphrase)
                except Exception as exc:  # reopened as it was (still refusing writes)
                    log.info("restore failed", exc_info=True)
                    error = str(exc)
                return services.open_store(str(path), passphrase=passphrase), error
            finally:
                hold.release()

        def done(result: Done[tuple[Store, str | None]]) -> None:
            if result.result is None:  # the reopening itself failed
                w.dialogs.error("Restore", f"The database could not be reopened: {result.message}")
                return
            reopened, error = result.result
            w.use_store(reopened)
            if error:
                w.dialogs.error("Restore", f"The backup could not be restored: {error}")
            else:
                w.statusBar().showMessage("The newest good backup is restored.", 8000)

        taskman().with_progress(
            work, done, parent=w, title="Restore", label="Restoring the newest good backup…"
        )
