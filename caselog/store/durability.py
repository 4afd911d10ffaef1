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

import datetime as dt
import logging
import os
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import create_engine
from sqlalchemy.exc import DBAPIError

from caselog.store import (
    backup,
    crypto,
    dbfile,
    integrity,
    migrate,
    postgres,
    postgres_backup,
    postgres_check,
    soundness,
    trail,
)
from caselog.store.backup import BackupError, BackupInfo
from caselog.store.errors import NotCaselogDatabase, StoreError, explain
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
    "deep_check",
    "check_passphrase",
    "encrypt",
    "list_backups",
    "newest_good_backup",
    "restore_from",
    "restore_postgres",
    "server_check",
    "verify",
]


def check_passphrase(path: Path, passphrase: str | None) -> None:
    """``WrongPassphrase``, ``PassphraseNeeded`` or ``NotEncrypted`` when they do not fit."""
    crypto.check_passphrase(path, passphrase)


def not_a_database(path: Path) -> NotCaselogDatabase:
    """The error for a file that is not a SQLite database: a plain one whose header was
    overwritten is told from an encrypted one (finding: garbage is not "encrypted")."""
    kind = dbfile.header_kind(path)
    if kind == "damaged":
        what = "is damaged: its first bytes are no longer a SQLite header"
    else:
        what = "is not a caselog database (it is neither a SQLite nor an encrypted database)"
    offer = ""
    backups = backup.list_backups(path)
    if backups:
        offer = (
            f" If it was your caselog database, its backups are in {backups[0].path.parent}: "
            f"`caselog restore {backups[0].path}` restores the newest."
        )
    return NotCaselogDatabase(f"{path} {what}.{offer}")


def before_open(
    path: Path, passphrase: str | None, *, read_only: str | None = None
) -> tuple[WriterLock | None, Soundness]:
    """Take the writer lock and say what is known of the file, cheaply: sound when it is
    new (empty) or exactly as caselog last checked or closed it; else unknown, and the
    full check waits (``Soundness.ensure``). Returns the lock (held) and the soundness.

    A writable database first loses the partial files of an interrupted backup (``.partial``,
    ``.partial-journal``, a restore's staging copy). A read-only one (``read_only`` says
    why) is opened without a lock when none can be taken: nothing will be written."""
    try:
        lock: WriterLock | None = acquire(path, create=read_only is None)
    except OSError as exc:
        if read_only is None:
            log.error("cannot take the writer lock of %s", path, exc_info=True)
            raise explain(exc, path, f"open the database {path}") from None
        lock = None
    try:
        if read_only is None:
            backup.remove_partials(path)
        new = not path.exists() or path.stat().st_size == 0
        known = new or soundness.is_known_sound(path)
    except BaseException:
        if lock is not None:
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


def deep_check(store: Store) -> list[str]:
    """What the full check does not look at (``caselog check-db``, File > Check database):
    stored images whose bytes no longer match their SHA-256, a broken audit hash chain,
    and a schema that is not caselog's (a foreign trigger, view or table, a dropped audit
    trigger). Empty when all hold. Reads only."""
    if store.path is None:
        return []
    path = store.path
    try:
        with dbfile.connection(path, passphrase=store.passphrase, readonly=True) as conn:
            problems = backup.image_problems(conn) + trail.file_problems(conn)
            revision = conn.execute("SELECT version_num FROM alembic_version").fetchone()
            if revision is not None:
                schema = migrate.schema_problems(conn, str(revision[0]))
                problems += [f"the schema: {p}" for p in schema]
    except dbfile.database_errors() as exc:
        raise explain(exc, path, f"check the database {path}") from None
    return problems


def server_check(store: Store) -> postgres_check.ServerCheck | None:
    """``caselog check-db`` on a PostgreSQL database (``caselog.store.postgres_check``):
    what holds, what does not, and what caselog cannot check there. Reads only. None for
    a database that is neither a SQLite file nor on PostgreSQL."""
    if store.path is not None or not postgres.is_postgres_url(store.url):
        return None
    with store.read() as conn:
        return postgres_check.check(conn, postgres_backup.display(store.url))


def backup_before(store: Store, reason: str) -> BackupInfo | None:
    """A verified backup before an import (or another bulk change), unless the newest
    backup already holds this data. Raises ``BackupError``: no import without one."""
    if store.path is None:
        return None
    return backup.backup_if_changed(store.path, reason=reason, passphrase=store.passphrase)


def _path_of(store: Store | None, target: str | None) -> Path:
    if store is not None:
        if store.path is None and postgres.is_postgres_url(store.url):
            raise StoreError(postgres_backup.not_here(store.url))
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
    (encrypted with the same passphrase when the database is). On PostgreSQL, a verified
    ``pg_dump`` of caselog's schema (``caselog.store.postgres_backup``)."""
    if store.path is None and postgres.is_postgres_url(store.url):
        with store.read() as conn:
            schema = postgres_backup.current_schema(conn)
            tables = postgres_backup.tables_of(conn, schema)
        return postgres_backup.dump(store.url, Path(out), schema=schema, tables=tables)
    return backup.backup_file_to(_path_of(store, None), Path(out), passphrase=store.passphrase)


def restore_from(
    source: Path,
    *,
    store: Store | None = None,
    target: str | None = None,
    passphrase: str | None = None,
) -> BackupInfo | None:
    """Replace the database by the backup at ``source`` (``caselog restore``).

    The backup is verified and must come from this caselog or an older one, with exactly
    caselog's schema for its revision (a foreign trigger, view or table, or a dropped
    audit trigger, refuses it). Its copy then receives the audit trail of the database it
    replaces (the rows the backup does not have) and a ``restore`` row in the history of
    every case it changes; only once that copy is complete and checked does it replace the
    live database (``backup.restore_file``): on any failure the live database stays where
    and as it was. With an open ``store``, its schema is brought up to date afterwards.
    Works on a database too damaged to open (``target``). Returns the backup of the state
    before the restore, if one was made.
    """

    if store is not None:
        passphrase = store.passphrase
        if store.read_only is not None:
            raise StoreError(f"{store.read_only}: make it writable to restore a backup into it")
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
    _check_backup_schema(source, passphrase)
    try:
        return _restore_locked(path, source, store, passphrase)
    except OSError as exc:
        log.error("the restore of %s from %s failed", path, source, exc_info=True)
        raise explain(exc, path, f"restore {source} (the database was not changed)") from None


def restore_postgres(url: str, source: Path, *, store: Store | None = None) -> None:
    """A ``pg_dump`` archive into the empty PostgreSQL database at ``url``, whole or not at
    all (``caselog.store.postgres_backup``). Refused, nothing changed: an archive that is
    not a caselog backup or is from a newer caselog (``BackupError``), a database that
    holds anything (it is never dropped or emptied) or cannot be reached (``StoreError``).
    The caller opens the restored database (which brings its schema up to date)."""
    schema = postgres_backup.check_archive(Path(source), migrate.known_revisions())
    doing = f"restore into {postgres_backup.display(url)}"
    target = store.engine if store is not None else None
    if target is None:
        target = create_engine(postgres.engine_url(url), **postgres.ENGINE_OPTIONS)
    try:
        with target.connect() as conn:
            found = postgres_backup.occupied(conn)
            exists = postgres_backup.schema_exists(conn, schema)
    except DBAPIError as exc:
        log.error("cannot %s", doing, exc_info=True)
        raise explain(exc, None, doing) from None
    finally:
        if store is None:
            target.dispose()
    postgres_backup.refuse_occupied(url, found)
    postgres_backup.restore(url, Path(source), schema=schema, exists=exists)


def _restore_locked(
    path: Path, source: Path, store: Store | None, passphrase: str | None
) -> BackupInfo | None:
    lock = acquire(path)
    try:
        damaged = bool(path.exists() and integrity.find_problems(path, passphrase=passphrase))

        def prepare(staged: Path) -> None:
            _carry_trail(path, staged, source, passphrase)

        if store is not None:
            store.engine.dispose()  # a damaged file is replaced by a rename
        before = backup.restore_file(
            path, source, passphrase=passphrase, damaged=damaged, prepare=prepare
        )
        secure_database_files(path)
        if store is None:
            soundness.record_sound(path)  # the restored file passed its check
        else:
            store.engine.dispose()
            store.soundness.mark_sound()
            migrate.upgrade(store.engine, store.url, passphrase=passphrase)
        return before
    finally:
        lock.release()


def _check_backup_schema(source: Path, passphrase: str | None) -> None:
    """A backup from this caselog or an older one, with caselog's schema and nothing else."""
    try:
        with dbfile.connection(source, passphrase=passphrase, readonly=True) as conn:
            rows = conn.execute("SELECT version_num FROM alembic_version").fetchall()
            known = migrate.known_revisions()
            for (version,) in rows:
                if version not in known:
                    raise BackupError(
                        f"{source} was written by a newer caselog (schema revision "
                        f"{version}); update caselog to restore it"
                    )
            if len(rows) != 1:
                raise BackupError(f"{source} is not a good caselog backup: no schema revision")
            problems = migrate.schema_problems(conn, str(rows[0][0]))
    except dbfile.database_errors() as exc:
        raise BackupError(
            f"{source} is not a good caselog backup: {explain(exc, source, 'read it')}"
        ) from None
    if problems:
        raise BackupError(
            f"{source} is not a caselog backup as caselog writes it, so it is not restored: "
            + "; ".join(problems)
        )


def _case_states(conn: dbfile.Connection) -> dict[int, tuple[object, str]]:
    if "case" not in dbfile.table_names(conn):
        return {}
    rows = conn.execute('SELECT id, updated_at, title FROM "case"').fetchall()
    return {int(r[0]): (r[1], str(r[2])) for r in rows}


def _carry_trail(live: Path, staged: Path, source: Path, passphrase: str | None) -> None:
    """Give the restored copy the audit rows of the live database that the backup lacks
    (re-chained after the backup's own), then one ``restore`` row per case the restore
    changes and one for the database. A live trail that cannot be read (a damaged file) is
    kept in the damaged file itself; that is logged."""
    carried: list[dict[str, object]] = []
    live_cases: dict[int, tuple[object, str]] = {}
    try:
        if live.exists() and live.stat().st_size > 0:
            with dbfile.connection(live, passphrase=passphrase, readonly=True) as conn:
                live_cases = _case_states(conn)
                if "audit" in dbfile.table_names(conn):
                    carried = trail.raw_rows_any(conn)
    except dbfile.database_errors() as exc:
        log.warning("the audit trail of %s could not be read to carry it over: %s", live, exc)
    now = dt.datetime.now(dt.UTC)
    with dbfile.connection(staged, passphrase=passphrase) as conn:
        if "audit" not in dbfile.table_names(conn):
            log.warning("%s predates the audit trail: the trail is not carried over", source)
            return
        have = {trail.identity(r) for r in trail.raw_rows_any(conn)}
        restored = _case_states(conn)
        rows = [{k: v for k, v in r.items() if k not in ("id", "chain")} for r in carried]
        rows = [
            r for r, full in zip(rows, carried, strict=True) if trail.identity(full) not in have
        ]
        user = trail.current_user()
        origin = f"restored from {os.path.abspath(source)}"
        for case_id in sorted(live_cases.keys() | restored.keys()):
            if live_cases.get(case_id) == restored.get(case_id):
                continue
            old, new = live_cases.get(case_id), restored.get(case_id)
            rows.append(
                trail.row(
                    now,
                    user,
                    "restore",
                    "case",
                    case_id,
                    case_id,
                    old[1] if old else None,
                    (new[1] + " — " if new else "(not in the backup) — ") + origin,
                )
            )
        rows.append(trail.row(now, user, "restore", "database", None, None, None, origin))
        conn.execute("BEGIN IMMEDIATE")
        trail.append_raw(conn, rows)
        conn.execute("COMMIT")


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
