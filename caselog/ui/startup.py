"""Opening the database when the window starts, asking what the store cannot decide alone.

- Encrypted: ask the passphrase; a wrong one says "Wrong passphrase" and asks again;
  Cancel quits cleanly.
- Damaged: say plainly what is wrong (nothing has been written to it) and offer the newest
  good backup; restoring it runs in the background, then the database opens.
- Another caselog has it open: say so, and quit.

Any other failure comes back as a message for the caller to show.

The opening itself (loading the store's modules, the lock, the integrity check, the
upgrade) runs on a worker thread (``caselog.ui.taskman``) while the window's event loop
carries on, so the window paints and answers from its first moment, however large the
database. Each answer comes back in a continuation (``on_done``): no loop waits inside.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QWidget

from caselog import lazy
from caselog.ui.dialogs import DialogService
from caselog.ui.passphrase_dialog import WRONG
from caselog.ui.taskman import Done, Task, taskman

if TYPE_CHECKING:
    from caselog.store import services
    from caselog.store.services import DamagedDatabase, Store
    from caselog.ui import durability_models
else:  # loaded on the worker that opens the database (see caselog/lazy.py)
    services = lazy.module("caselog.store.services", with_store=True)
    durability_models = lazy.module("caselog.ui.durability_models")  # when damaged

log = logging.getLogger(__name__)


def open_and_preload(target: str | None, passphrase: str | None) -> Store:
    """``open_store(target, passphrase=...)`` and the modules declared to load with the
    store (``caselog.lazy``): the work ``open_off_thread`` runs on a worker (plain, for
    scripts that have no event loop)."""
    # the automatic backup waits for the full check, after the list shows
    store = services.open_store(target, passphrase=passphrase, backup_when_due=False)
    try:
        lazy.load_with_store()
    except BaseException:
        store.close()  # opened, then a module failed to load: do not leave it open
        raise
    return store


def open_off_thread(
    target: str | None,
    passphrase: str | None,
    on_done: Callable[[Done[Store]], None],
    *,
    owner: QObject | None = None,
) -> Task:
    """``open_and_preload`` on a worker; ``on_done`` on the GUI thread, whose event loop
    turns meanwhile (the window paints and answers however long the checks take)."""
    return taskman().run_in_background(
        lambda _ctx: open_and_preload(target, passphrase), on_done, owner=owner, name="open"
    )


@dataclass
class Opened:
    """The outcome of ``open_database``: a store, or why not and the exit code."""

    store: Store | None
    code: int = 0
    message: str = ""
    shown: bool = False  # the message was already shown to the user


class _Opening:
    """One ``open_database``: each try on a worker, each answer in a continuation."""

    def __init__(
        self,
        target: str | None,
        dialogs: DialogService,
        parent: QWidget | None,
        on_done: Callable[[Opened], None],
        on_trouble: Callable[[], None] | None = None,
    ) -> None:
        self.target = target
        self.dialogs = dialogs
        self.parent = parent
        self.on_done = on_done
        self.on_trouble = on_trouble
        self.passphrase: str | None = None

    def attempt(self) -> None:
        open_off_thread(self.target, self.passphrase, self.opened)

    def opened(self, done: Done[Store]) -> None:
        exc = done.error
        if exc is None and done.result is not None:
            self.on_done(Opened(done.result))
            return
        if self.on_trouble is not None:  # before any question: what was shown of the file goes
            self.on_trouble()
        if isinstance(exc, services.PassphraseNeeded | services.WrongPassphrase):
            wrong = isinstance(exc, services.WrongPassphrase)
            text = (
                f"Wrong passphrase. Type the passphrase of {exc.db_path} again:"
                if wrong
                else f"The database {exc.db_path} is encrypted. Type its passphrase:"
            )
            title = WRONG if wrong else "Encrypted database"
            self.passphrase = self.dialogs.ask_passphrase(title, text)
            if self.passphrase is None:
                self.on_done(Opened(None, 0, "cancelled", shown=True))
            else:
                self.attempt()
        elif isinstance(exc, services.DatabaseInUse):
            self.dialogs.error("caselog is already open", str(exc))
            self.on_done(Opened(None, 1, str(exc), shown=True))
        elif isinstance(exc, services.DamagedDatabase):
            self.offer_restore(exc)
        else:  # any other reason: the caller says it plainly, then quits
            message = done.message
            log.info("cannot open the database: %s", message)
            self.on_done(
                Opened(None, 1, f"caselog cannot open the database {self.target or ''}:\n{message}")
            )

    def offer_restore(self, exc: DamagedDatabase) -> None:
        """Restore the newest good backup, then open again; or say why not."""
        good = exc.newest_good
        refused = Opened(None, 1, str(exc), shown=True)
        if good is None:
            self.dialogs.error("Damaged database", damaged_message(exc))
            self.on_done(refused)
            return
        if not self.dialogs.confirm("Damaged database", damaged_message(exc), "Restore backup"):
            self.on_done(refused)
            return
        backup_path: Path = good.path
        passphrase, target = self.passphrase, str(exc.db_path)

        def restored(done: Done[object]) -> None:
            if done.ok:
                self.attempt()
                return
            self.dialogs.error("Restore", f"The backup could not be restored: {done.message}")
            self.on_done(refused)

        taskman().with_progress(
            lambda _ctx: services.restore_backup(backup_path, target=target, passphrase=passphrase),
            restored,
            parent=self.parent,
            title="Restore",
            label="Restoring the newest good backup…",
        )


def open_database(
    target: str | None,
    dialogs: DialogService,
    parent: QWidget | None = None,
    *,
    on_done: Callable[[Opened], None],
    on_trouble: Callable[[], None] | None = None,
) -> None:
    """Open ``target``, asking what the store cannot decide alone; ``on_done(Opened)`` on
    the GUI thread once it is open, or given up; ``on_trouble()`` first when the open
    fails (the window drops the list it read from the file before)."""
    _Opening(target, dialogs, parent, on_done, on_trouble).attempt()


def damaged_message(exc: DamagedDatabase) -> str:
    problems = "; ".join(exc.problems[:3])
    if len(exc.problems) > 3:
        problems += f"; and {len(exc.problems) - 3} more"
    text = (
        f"The database file {exc.db_path} is damaged ({problems}).\n\n"
        "caselog has not written anything to it."
    )
    if exc.newest_good is None:
        return text + " There is no good backup of it to restore."
    return (
        text + f"\n\nRestore the newest good backup, taken "
        f"{durability_models.utc_text(exc.newest_good.taken_at)}? "
        "The damaged file is kept in the backups folder; changes made after that backup "
        "are not in it."
    )
