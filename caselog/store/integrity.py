"""The check on open: a damaged database is refused before anything is written to it.

``PRAGMA quick_check`` finds broken pages and b-trees, ``PRAGMA foreign_key_check`` rows
pointing nowhere. Either refuses the file with ``DamagedDatabase``, which names the newest
backup that itself passes its check, so the window and the command line can offer it.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path

from caselog.store import dbfile
from caselog.store.backup import BackupInfo, list_backups, verify
from caselog.store.errors import OUTSIDE, StorageError, StoreError, explain


class DamagedDatabase(StoreError):
    """The database file failed its check on open; nothing has been written to it."""

    def __init__(self, db_path: Path, problems: list[str], newest_good: BackupInfo | None):
        shown = "; ".join(problems[:3]) + (
            f"; and {len(problems) - 3} more" if len(problems) > 3 else ""
        )
        if newest_good is not None:
            when = newest_good.taken_at.astimezone(dt.UTC).strftime("%Y-%m-%d %H:%M UTC")
            offer = (
                f"The newest good backup is {newest_good.path} from {when}; run "
                f"`caselog restore {newest_good.path}` or choose File > Backups."
            )
        else:
            offer = "There is no good backup of it in its backups folder."
        super().__init__(
            f"The database file {db_path} is damaged ({shown}). "
            f"Nothing has been written to it. {offer}"
        )
        self.db_path = db_path
        self.problems = problems
        self.newest_good = newest_good


# What SQLite says when it cannot read the file, not that the file is bad: a full disk, a
# read-only or unreadable folder, a failing device, another program's lock
# (caselog/store/errors.py). Reported as such, never as damage.
NOT_DAMAGE = OUTSIDE


def find_problems(
    db_path: Path,
    *,
    passphrase: str | None = None,
    started: Callable[[dbfile.Connection], None] | None = None,
) -> list[str]:
    """What ``quick_check`` and ``foreign_key_check`` find wrong (read-only; empty: sound).

    ``StoreError`` when the file cannot be read at all (see ``NOT_DAMAGE``). ``started``
    receives the checking connection (so another thread may ``interrupt()`` it)."""
    try:
        with dbfile.connection(db_path, passphrase=passphrase, readonly=True) as conn:
            if started is not None:
                started(conn)
            problems = dbfile.quick_check(conn)
            if not problems:
                problems = dbfile.foreign_key_problems(conn)
    except dbfile.database_errors() as exc:
        if "interrupted" in str(exc).lower():  # the store closing: says nothing either way
            raise StoreError(f"the check of {db_path} was interrupted") from None
        why = explain(exc, db_path, f"check the database {db_path}")
        if isinstance(why, StorageError) and why.kind in NOT_DAMAGE:
            raise why from None
        return [str(exc)]
    except OSError as exc:
        raise explain(exc, db_path, f"check the database {db_path}") from None
    return problems


def newest_good_backup(db_path: Path, *, passphrase: str | None = None) -> BackupInfo | None:
    """The newest backup of ``db_path`` that opens and passes its check, if any."""
    for b in list_backups(db_path):
        if not verify(b.path, passphrase=passphrase):
            return b
    return None


def check_database(db_path: Path, *, passphrase: str | None = None) -> None:
    """Raise ``DamagedDatabase`` when the existing file at ``db_path`` fails its check."""
    if not db_path.exists() or db_path.stat().st_size == 0:
        return
    problems = find_problems(db_path, passphrase=passphrase)
    if problems:
        raise DamagedDatabase(db_path, problems, newest_good_backup(db_path, passphrase=passphrase))
