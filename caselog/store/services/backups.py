"""Backups, restore and encryption of a database (File > Backups, Encrypt database…,
``caselog backup`` and ``caselog restore``, the damaged-file dialog).

Thin on purpose: the file-level work lives in ``caselog.store.durability`` and
``caselog.store.backup``; the window and the command line reach it only through here.
"""

from __future__ import annotations

import logging
from pathlib import Path

from caselog.store import audit, backup, durability
from caselog.store.backup import BackupError, BackupInfo
from caselog.store.engine import Store, open_store, resolve_target
from caselog.store.errors import StoreError
from caselog.store.integrity import DamagedDatabase
from caselog.store.lock import WriterLock, acquire
from caselog.store.postgres import is_postgres_url
from caselog.store.postgres_backup import not_here
from caselog.store.postgres_check import ServerCheck

log = logging.getLogger(__name__)

__all__ = [
    "check_database",
    "check_server",
    "BackupError",
    "ServerCheck",
    "BackupInfo",
    "back_up_now",
    "backup_to",
    "encrypt_database",
    "list_backups",
    "lock_database",
    "newest_good_backup",
    "restore_backup",
    "verify_backup",
    "verify_database",
]


def list_backups(*, store: Store | None = None, target: str | None = None) -> list[BackupInfo]:
    """The backups of the open ``store`` (or of the database at ``target``), newest first.
    ``StoreError`` when the database is not a SQLite file."""
    return durability.list_backups(store=store, target=target)


def newest_good_backup(
    *, store: Store | None = None, target: str | None = None, passphrase: str | None = None
) -> BackupInfo | None:
    """The newest backup that opens and passes its check, if any."""
    return durability.newest_good_backup(store=store, target=target, passphrase=passphrase)


def back_up_now(*, store: Store) -> BackupInfo:
    """ "Back up now": a verified backup into the database's backups folder, the folder
    thinned afterwards. ``BackupError`` when it does not verify (nothing is thinned)."""
    if store.path is None and is_postgres_url(store.url):
        raise BackupError(not_here(store.url))
    if store.path is None:
        raise BackupError(f"{store.url} is not a SQLite file: back it up with its own tools")
    made = backup.make_backup(store.path, passphrase=store.passphrase)
    _record_backup(store, made.path)
    return made


def _record_backup(store: Store, out: Path) -> None:
    """The trail says a copy of the whole database was made, and where (absolute)."""
    if store.read_only is not None:
        log.info("backup of a read-only database to %s: not recorded in its trail", out)
        return
    try:
        with store.write() as conn:
            audit.record(conn, "backup", "database", new=str(Path(out).resolve()))
    except StoreError as exc:  # the backup itself is made and verified: it stands
        log.warning("the backup to %s is made, but the trail could not record it: %s", out, exc)


def verify_backup(info: BackupInfo, *, passphrase: str | None = None) -> list[str]:
    """What is wrong with the backup (empty: it opens and passes its check)."""
    return backup.verify(info.path, passphrase=passphrase)


def backup_to(out: Path, *, store: Store) -> Path:
    """A consistent, verified copy of the database at ``out`` (``caselog backup -o OUT``),
    encrypted with the same passphrase when the database is."""
    made = durability.backup_to(Path(out), store=store)  # PostgreSQL: a verified pg_dump
    _record_backup(store, made)
    return made


def restore_backup(
    source: Path,
    *,
    store: Store | None = None,
    target: str | None = None,
    passphrase: str | None = None,
) -> BackupInfo | None:
    """Replace the database by the backup at ``source``, the current state backed up first
    (returned). Works without an open store (``target``) so a damaged file can be restored.
    ``BackupError`` (nothing changed) for a backup that is missing, damaged, from a newer
    caselog, or encrypted differently from the database.

    On PostgreSQL (``--db postgresql://...``): a ``pg_dump`` archive (``caselog backup``'s)
    into an empty database only, never one that holds anything; the restore is recorded in
    its trail. Returns None (there was nothing to back up first)."""
    url = store.url if store is not None else resolve_target(target)
    if is_postgres_url(url):
        durability.restore_postgres(url, Path(source), store=store)
        restored = open_store(url)
        try:
            with restored.write() as conn:
                origin = f"restored from {Path(source).resolve()}"
                audit.record(conn, "restore", "database", new=origin)
        finally:
            restored.close()
        return None
    return durability.restore_from(Path(source), store=store, target=target, passphrase=passphrase)


def encrypt_database(target: str, passphrase: str) -> Path:
    """Encrypt the closed, plain database at ``target`` and its backups with ``passphrase``."""
    return durability.encrypt(target, passphrase)


def lock_database(path: Path) -> WriterLock:
    """Hold the database's writer lock (``DatabaseInUse`` when another caselog has it), e.g.
    while the window closes, encrypts and reopens it. Call ``release()`` when done."""
    return acquire(path)


def verify_database(store: Store) -> DamagedDatabase | None:
    """The full check of the open store's file now (``quick_check``, then
    ``foreign_key_check``; opening skips them): the damage found, after which every write
    of the store refuses, or None when sound. A sound file then gets the automatic backup
    that its open left to this check (the window's open), when one is due."""
    if store.path is None:
        return None
    if durability.verify(store):
        return store.soundness.damaged_error()
    if store.backup_pending:
        store.backup_pending = False
        durability.after_check(store)
    return None


def check_database(store: Store) -> tuple[DamagedDatabase | None, list[str]]:
    """``caselog check-db`` and File > Check database: the full check (``verify_database``)
    and, on a file that passes it, what that check cannot see: images whose bytes no
    longer match their SHA-256, a broken audit hash chain, a schema that is not caselog's.
    Returns the damage (or None) and those problems (empty: all hold)."""
    server = check_server(store)
    if server is not None:  # PostgreSQL: the server's own files are its job
        return None, server.problems
    damage = verify_database(store)
    if damage is not None:
        return damage, []
    return None, durability.deep_check(store)


def check_server(store: Store) -> ServerCheck | None:
    """``caselog check-db`` on PostgreSQL: the audit chain, caselog's tables, keys and
    audit triggers, the rows against every foreign key, the images' SHA-256 and, where the
    server offers it, amcheck over the indexes; with what was checked and what caselog
    cannot check there (``caselog.store.postgres_check``). Reads only. None when the
    database is a SQLite file (``check_database``) or on another server."""
    return durability.server_check(store)
