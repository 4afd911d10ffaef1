"""The durability of an open store: checks on open, automatic backups, backup and restore.

This is the API the window and the command line use (File > Backups, ``caselog backup``,
``caselog restore``, the damaged-file dialog, encrypting a database):

- ``list_backups(store=... | target=...)`` and ``newest_good_backup(...)``,
- ``backup_to(out, store=...)`` and ``restore_from(backup, store=... | target=...)``,
- ``encrypt(target, passphrase)``,
- ``verify(store)``: the full check now (``caselog verify``, File > Verify database, and
  the window's check after the case list shows), then ``after_check(store)``.

``open_store`` calls ``check_passphrase``, ``before_open`` and ``after_open``; the import
service calls ``backup_before``. The file-level work is in ``backup.py``,
``integrity.py``, ``soundness.py``, ``crypto.py`` and ``lock.py``.
"""

from __future__ import annotations

import logging
from pathlib import Path
from typing import TYPE_CHECKING

from caselog.store import backup, crypto, dbfile, integrity, soundness
from caselog.store.backup import BackupError, BackupInfo
from caselog.store.errors import StoreError
from caselog.store.files import secure_database_files
from caselog.store.lock import WriterLock, acquire
from caselog.store.soundness import Soundness
from caselog.store.sqlite import sqlite_path
from caselog.store.target import resolve_target

if TYPE_CHECKING:
    from caselog.store.engine import Store

log = logging.getLogger(__name__)

__all__ = [
    "BackupError",
    "BackupInfo",
    "after_check",
    "after_open",
    "backup_before",
    "backup_to",
    "before_open",
    "check_passphrase",
    "encrypt",
    "list_backups",
    "newest_good_backup",
    "restore_from",
    "verify",
]


def check_passphrase(path: Path, passphrase: str | None) -> None:
    """``WrongPassphrase``, ``PassphraseNeeded`` or ``NotEncrypted`` when they do not fit."""
    crypto.check_passphrase(path, passphrase)


def before_open(path: Path, passphrase: str | None) -> tuple[WriterLock, Soundness]:
    """Take the writer lock and say what is known of the file, cheaply: sound when it is
    new (empty) or exactly as caselog last checked or closed it; else unknown, and the
    full check waits (``Soundness.ensure``). Returns the lock (held) and the soundness."""
    lock = acquire(path)
    try:
        new = not path.exists() or path.stat().st_size == 0
        known = new or soundness.is_known_sound(path)
    except BaseException:
        lock.release()
        raise
    return lock, Soundness(path, passphrase, known=known)


def after_open(store: Store, *, backup_when_due: bool = True) -> None:
    """What open writes (the file modes, the automatic backup): now when the file is known
    sound, else once it turns sound (before the first write, or after the check)."""
    if not backup_when_due:
        return
    if store.soundness.sound:
        after_check(store)
    else:
        store.soundness.on_sound.append(lambda: after_check(store))


def after_check(store: Store) -> BackupInfo | None:
    """The automatic backup (when the data changed and the newest backup is over a day
    old) and the file modes, for a sound file. A failed backup is logged, not fatal."""
    assert store.path is not None
    if not store.soundness.sound:
        return None
    secure_database_files(store.path)
    expected: tuple[type[Exception], ...] = (BackupError, OSError, *dbfile.database_errors())
    try:
        return backup.backup_if_due(store.path, passphrase=store.passphrase)
    except expected as exc:
        log.error("the automatic backup of %s failed: %s", store.path, exc)
        return None


def verify(store: Store) -> list[str]:
    """The full check of the open store's file now (``quick_check``, then
    ``foreign_key_check``); the problems, empty when sound. A damaged file refuses every
    later write of the store with ``DamagedDatabase``."""
    if store.path is None:
        return []
    return store.soundness.check()


def backup_before(store: Store, reason: str) -> BackupInfo | None:
    """A verified backup before an import (or another bulk change), unless the newest
    backup already holds this data. Raises ``BackupError``: no import without one."""
    if store.path is None:
        return None
    return backup.backup_if_changed(store.path, reason=reason, passphrase=store.passphrase)


def _path_of(store: Store | None, target: str | None) -> Path:
    if store is not None:
        if store.path is None:
            raise StoreError(f"{store.url} is not a SQLite file: back it up with its own tools")
        return store.path
    path = sqlite_path(resolve_target(target))
    if path is None:
        raise StoreError("backups are made of SQLite database files only")
    return path


def list_backups(*, store: Store | None = None, target: str | None = None) -> list[BackupInfo]:
    """The backups of the database, newest first (File > Backups)."""
    return backup.list_backups(_path_of(store, target))


def newest_good_backup(
    *, store: Store | None = None, target: str | None = None, passphrase: str | None = None
) -> BackupInfo | None:
    """The newest backup that opens and passes its check."""
    if store is not None:
        passphrase = store.passphrase
    return integrity.newest_good_backup(_path_of(store, target), passphrase=passphrase)


def backup_to(out: Path, *, store: Store) -> Path:
    """``caselog backup -o OUT``: a consistent, verified copy of the database at ``out``
    (encrypted with the same passphrase when the database is)."""
    return backup.backup_file_to(_path_of(store, None), Path(out), passphrase=store.passphrase)


def restore_from(
    source: Path,
    *,
    store: Store | None = None,
    target: str | None = None,
    passphrase: str | None = None,
) -> BackupInfo | None:
    """Replace the database by the backup at ``source`` (``caselog restore``).

    The backup is verified and must come from this caselog or an older one; then the
    current state is backed up (or, if damaged, kept whole as ``damaged-<time>.db`` in
    the backups folder), and the backup is written into the live database through the
    backup API. With an open ``store``, its schema is brought up to date afterwards.
    Works on a database too damaged to open (``target``). Returns the backup of the state
    before the restore, if one was made.
    """
    from caselog.store import migrate

    if store is not None:
        passphrase = store.passphrase
    path = _path_of(store, target)
    source = Path(source)
    if not source.is_file():
        raise BackupError(f"{source} does not exist")
    if crypto.is_encrypted(source) and passphrase is None:
        raise BackupError(f"{source} is encrypted: give its passphrase to restore it")
    if passphrase is not None and not crypto.is_encrypted(source):
        raise BackupError(
            f"{source} is not encrypted but the database is: restore an encrypted backup"
        )
    _refuse_newer(source, passphrase)
    lock = acquire(path)
    try:
        damaged = bool(path.exists() and integrity.find_problems(path, passphrase=passphrase))
        before = backup.restore_file(path, source, passphrase=passphrase, damaged=damaged)
        secure_database_files(path)
        if store is None:
            soundness.record_sound(path)  # the restored file passed its check
        else:
            store.soundness.mark_sound()
            migrate.upgrade(store.engine, store.url, passphrase=passphrase)
        return before
    finally:
        lock.release()


def _refuse_newer(source: Path, passphrase: str | None) -> None:
    from caselog.store import migrate

    try:
        with dbfile.connection(source, passphrase=passphrase, readonly=True) as conn:
            rows = conn.execute("SELECT version_num FROM alembic_version").fetchall()
    except dbfile.database_errors() as exc:
        raise BackupError(f"{source} is not a good caselog backup: {exc}") from exc
    known = migrate.known_revisions()
    for (version,) in rows:
        if version not in known:
            raise BackupError(
                f"{source} was written by a newer caselog (schema revision {version}); "
                "update caselog to restore it"
            )


def encrypt(target: str | None, passphrase: str) -> Path:
    """Encrypt the (plain) database with ``passphrase``, and its backups with it, so no
    plain copy stays behind. Holds the writer lock: no caselog may have it open."""
    path = _path_of(None, target)
    lock = acquire(path)
    try:
        integrity.check_database(path)
        crypto.encrypt_database(path, passphrase)
        for b in backup.list_backups(path):
            if not crypto.is_encrypted(b.path):
                crypto.encrypt_database(b.path, passphrase, wal=False)
        secure_database_files(path)
        soundness.record_sound(path)  # checked before and after (crypto.encrypt_database)
        return path
    finally:
        lock.release()
