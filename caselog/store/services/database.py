"""Opening a database, and what a caller must know before it opens one."""

from __future__ import annotations

import logging
import sqlite3
from pathlib import Path

from caselog.store.crypto import PASSPHRASE_ENV, PassphraseNeeded, WrongPassphrase, is_encrypted
from caselog.store.engine import Store, open_store, resolve_target
from caselog.store.errors import ReadOnlyDatabase, StorageError, StoreError, explain
from caselog.store.integrity import DamagedDatabase
from caselog.store.lock import DatabaseInUse
from caselog.store.sqlite import sqlite_path

# what opening a database can refuse with, besides StoreError (the window's start-up
# answers each in its own way)
__all__ = [
    "PASSPHRASE_ENV",
    "DamagedDatabase",
    "DatabaseInUse",
    "PassphraseNeeded",
    "ReadOnlyDatabase",
    "StorageError",
    "Store",
    "WrongPassphrase",
    "describe_failure",
    "encrypted_file",
    "open_store",
]


def encrypted_file(target: str | None) -> Path | None:
    """The SQLite file ``target`` resolves to (``--db``, else ``CASELOG_DB``, else the default)
    when that file is encrypted, so a passphrase is needed to open it; else None."""
    path = sqlite_path(resolve_target(target))
    return path if path is not None and is_encrypted(path) else None


log = logging.getLogger(__name__)


def describe_failure(exc: BaseException) -> str:
    """What to tell the user of an error no service turned into a ``StoreError``: the
    cause in plain words for a database error (never its SQL or bound parameters: the log
    keeps those), else the error's own message."""
    if isinstance(exc, StoreError):
        return str(exc)
    module = type(exc).__module__.split(".")[0]
    if isinstance(exc, (sqlite3.Error, OSError)) or module in ("sqlalchemy", "sqlcipher3"):
        return str(explain(exc, None, "complete this"))
    return str(exc)
