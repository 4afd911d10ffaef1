"""Opening the database when the window starts, asking what the store cannot decide alone.

- Encrypted: ask the passphrase; a wrong one says "Wrong passphrase" and asks again;
  Cancel quits cleanly.
- Damaged: say plainly what is wrong (nothing has been written to it) and offer the newest
  good backup; restoring it runs in the background, then the database opens.
- Another caselog has it open: say so, and quit.

Any other failure comes back as a message for the caller to show.

The opening itself (loading the store's modules, the lock, the integrity check, the
upgrade) runs on a worker thread while the window's event loop carries on, so the window
paints and answers from its first moment, however large the database.
"""

from __future__ import annotations

import importlib
import logging
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QWidget

from caselog.store.crypto import PassphraseNeeded, WrongPassphrase
from caselog.store.integrity import DamagedDatabase
from caselog.store.lock import DatabaseInUse
from caselog.ui.background import call_off_thread, run_and_wait
from caselog.ui.dialogs import DialogService
from caselog.ui.passphrase_dialog import WRONG

if TYPE_CHECKING:
    from caselog.store.engine import Store

log = logging.getLogger(__name__)

# What MainWindow.attach_store imports, loaded on the worker with the store (so that the
# GUI thread finds them loaded); keep the two in step.
LIST_MODULES = (
    "caselog.ui.case_list",
    "caselog.ui.controller",
    "caselog.ui.review_actions",
    "caselog.ui.durability_actions",
    "caselog.ui.integrity_check",
)


def open_off_thread(target: str | None, passphrase: str | None) -> Store:
    """``open_store(target, passphrase=...)`` on a worker, with the case list's modules;
    the window's event loop turns meanwhile."""

    def work() -> Store:
        from caselog.store.engine import open_store

        # the automatic backup waits for the full check, after the list shows
        store = open_store(target, passphrase=passphrase, backup_when_due=False)
        try:
            for name in LIST_MODULES:
                importlib.import_module(name)
        except BaseException:
            store.close()  # opened, then a module failed to load: do not leave it open
            raise
        return store

    return call_off_thread(work)


@dataclass
class Opened:
    """The outcome of ``open_database``: a store, or why not and the exit code."""

    store: Store | None
    code: int = 0
    message: str = ""
    shown: bool = False  # the message was already shown to the user


def open_database(
    target: str | None, dialogs: DialogService, parent: QWidget | None = None
) -> Opened:
    passphrase: str | None = None
    while True:
        try:
            return Opened(open_off_thread(target, passphrase))
        except (PassphraseNeeded, WrongPassphrase) as exc:
            wrong = isinstance(exc, WrongPassphrase)
            text = (
                f"Wrong passphrase. Type the passphrase of {exc.db_path} again:"
                if wrong
                else f"The database {exc.db_path} is encrypted. Type its passphrase:"
            )
            passphrase = dialogs.ask_passphrase(WRONG if wrong else "Encrypted database", text)
            if passphrase is None:
                return Opened(None, 0, "cancelled", shown=True)
        except DatabaseInUse as exc:
            dialogs.error("caselog is already open", str(exc))
            return Opened(None, 1, str(exc), shown=True)
        except DamagedDatabase as exc:
            if not _offer_restore(exc, passphrase, dialogs, parent):
                return Opened(None, 1, str(exc), shown=True)
        except Exception as exc:  # any other reason: the caller says it plainly, then quits
            log.info("cannot open the database", exc_info=True)
            return Opened(None, 1, f"caselog cannot open the database {target or ''}:\n{exc}")


def damaged_message(exc: DamagedDatabase) -> str:
    from caselog.ui.durability_models import utc_text  # with the store's tables: not at start

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
        text + f"\n\nRestore the newest good backup, taken {utc_text(exc.newest_good.taken_at)}? "
        "The damaged file is kept in the backups folder; changes made after that backup "
        "are not in it."
    )


def _offer_restore(
    exc: DamagedDatabase,
    passphrase: str | None,
    dialogs: DialogService,
    parent: QWidget | None,
) -> bool:
    """True when the newest good backup was restored (open again)."""
    from caselog.store import durability

    good = exc.newest_good
    if good is None:
        dialogs.error("Damaged database", damaged_message(exc))
        return False
    if not dialogs.confirm("Damaged database", damaged_message(exc), "Restore backup"):
        return False
    backup_path: Path = good.path
    ok, result = run_and_wait(
        parent,
        "Restore",
        "Restoring the newest good backup…",
        lambda _ctx: durability.restore_from(
            backup_path, target=str(exc.db_path), passphrase=passphrase
        ),
    )
    if not ok:
        dialogs.error("Restore", f"The backup could not be restored: {result}")
        return False
    return True
