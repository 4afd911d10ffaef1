"""Open the store: find the database, connect, and bring its schema up to date."""

from __future__ import annotations

import logging
import os
import sqlite3
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import Connection, Engine, create_engine
from sqlalchemy.engine import URL, make_url
from sqlalchemy.exc import DatabaseError, DBAPIError

from caselog.store import durability, migrate, postgres, server, sqlite
from caselog.store.errors import ReadOnlyDatabase, StoreError, explain, read_only_reason
from caselog.store.lock import WriterLock
from caselog.store.soundness import Soundness
from caselog.store.target import ENV_VAR, default_path, resolve_target

__all__ = ["ENV_VAR", "Store", "default_path", "open_store", "resolve_target"]

log = logging.getLogger(__name__)


@dataclass
class Store:
    """An open database: pass it to the service functions as ``store=``."""

    engine: Engine
    url: str
    # durability (caselog/store/durability.py): the SQLite file, its passphrase when
    # encrypted, and the writer lock held while the store is open
    path: Path | None = None
    passphrase: str | None = field(default=None, repr=False)
    lock: WriterLock | None = field(default=None, repr=False)
    # whether the file is known sound (caselog/store/soundness.py): until it is, the
    # engine's connections are read-only and the first write waits for the full check
    soundness: Soundness = field(
        default_factory=lambda: Soundness(None, None, known=True), repr=False
    )
    # opened with ``backup_when_due=False``: the caller owes ``durability.after_check``
    backup_pending: bool = field(default=False, repr=False)
    # why the file is opened read-only (its modes, its folder, its disk), else None
    read_only: str | None = field(default=None, repr=False)
    # read-only, yet the trail takes this role's rows (a server's reviewer records the
    # reports and exports it makes: ``write(trail_only=True)``)
    trail_writable: bool = field(default=False, repr=False)
    # held by each step of work the store does on its own (the search index's merging,
    # services.tidy_search_index; a shared copy's read and write, services.shared) and by
    # ``close``: no such step runs, nor opens a connection, once the store closes
    upkeep: threading.Lock = field(default_factory=threading.Lock, repr=False)
    closed: bool = field(default=False, repr=False)

    def explain(self, exc: BaseException, doing: str) -> StoreError:
        """The plain error for a database failure (never its SQL); the detail is logged."""
        log.error("could not %s (%s)", doing, self.url, exc_info=exc)
        return explain(exc, self.path, doing)

    @contextmanager
    def read(self) -> Iterator[Connection]:
        """One transaction for reading (a consistent snapshot)."""
        try:
            with self.engine.begin() as conn:
                yield conn
        except (DBAPIError, sqlite3.Error) as exc:
            raise self.explain(exc, "read the database") from None

    @contextmanager
    def write(self, *, trail_only: bool = False, keeps_data: bool = False) -> Iterator[Connection]:
        """One transaction for writing: on SQLite it takes the write lock at once
        (``BEGIN IMMEDIATE``), so a read-then-write service never fails half-way on a
        snapshot another process has changed; it waits up to ``busy_timeout`` instead.

        A file not yet known sound is checked first: ``DamagedDatabase`` and nothing
        written when it fails. A read-only file: ``ReadOnlyDatabase``, nothing written.
        A failure of the database (a full disk, a lock) rolls the whole change back and
        is said plainly (``caselog/store/errors.py``). ``trail_only``: the transaction
        only appends to the audit trail, which a server's reviewer may do. ``keeps_data``:
        the transaction changes how the file holds the data, not the data (the search
        index's merging), so the data version stays and a backup made before it still
        holds this data (``caselog.store.backup.data_signal``)."""
        if self.read_only is not None and trail_only and self.trail_writable:
            pass
        elif self.read_only is not None and self.path is None:  # a server's role
            raise ReadOnlyDatabase(f"{self.read_only}: nothing was changed")
        elif self.read_only is not None:
            raise ReadOnlyDatabase(
                f"{self.read_only}, so caselog opened it read-only and cannot save changes "
                "(nothing was changed). Make it writable (e.g. chmod u+w) and open it again."
            )
        self.soundness.before_write()
        follow: list[int] = []  # what the committed write hands on (postgres.after_commit)
        try:
            with self.engine.connect() as conn:
                conn.execution_options(**{sqlite.WRITE_OPTION: True})
                with conn.begin():
                    if conn.dialect.name == "postgresql":
                        postgres.lock_writers(conn)
                        postgres.forget_changes(conn)
                    yield conn
                    if conn.dialect.name == "sqlite" and not keeps_data:
                        sqlite.mark_written(conn)
                    elif conn.dialect.name == "postgresql":
                        follow = postgres.before_commit(conn)  # marks, same transaction
        except (DBAPIError, sqlite3.Error) as exc:
            raise self.explain(exc, "save the change (it was not saved)") from None
        if follow:  # committed: the shared copies are made again (or handed to a worker)
            postgres.after_commit(self, follow)

    def close(self) -> None:
        with self.upkeep:  # a merge step still running on another thread ends first
            self.closed = True
        self.soundness.interrupt()  # a check still running on another thread
        self.engine.dispose()
        if self.lock is not None:
            self.soundness.closed()  # while the lock still keeps other writers out
            self.lock.release()
            self.lock = None


def open_store(
    target: str | None = None, *, passphrase: str | None = None, backup_when_due: bool = True
) -> Store:
    """Open (creating or upgrading) the database named by ``target`` (see resolve_target).

    A SQLite file is first checked cheaply (caselog/store/durability.py): the passphrase
    of an encrypted one (``WrongPassphrase``), one writer at a time (``DatabaseInUse``).
    The full check (``DamagedDatabase``) waits until it is needed: before the first write
    or an upgrade, unless the file is known sound (caselog/store/soundness.py); until then
    nothing is written. Once the file is known sound it is backed up when due
    (``backup_when_due=False``: the caller runs ``durability.after_check`` itself, e.g.
    off the GUI thread).
    """
    url = resolve_target(target)
    path = sqlite.sqlite_path(url)
    lock: WriterLock | None = None
    soundness = Soundness(None, None, known=True)
    read_only: str | None = None
    if path is not None:
        durability.check_passphrase(path, passphrase)
        read_only = read_only_reason(path) if path.exists() else None
        if read_only is None:
            _prepare_file(path, encrypted=passphrase is not None)
        else:
            _check_file(path, encrypted=passphrase is not None)
        lock, soundness = durability.before_open(path, passphrase, read_only=read_only)
    try:
        store = _connect(url, path, passphrase, soundness, read_only)
        store.lock = lock
        store.read_only = read_only
        if path is None and postgres.is_postgres_url(url):
            store.read_only, store.trail_writable = server.role_rights(store)
    except BaseException:
        if lock is not None:
            lock.release()
        raise
    if path is not None and read_only is None:
        durability.after_open(store, backup_when_due=backup_when_due)
        store.backup_pending = not backup_when_due
    return store


def _connect(
    url: str,
    path: Path | None,
    passphrase: str | None,
    soundness: Soundness,
    read_only: str | None = None,
) -> Store:
    engine_url: str | URL = url
    if passphrase is not None:
        if path is None:
            raise StoreError("a passphrase only applies to a SQLite database file")
        engine_url = make_url(url).set(drivername="sqlite+pysqlcipher", password=passphrase)
    options: dict[str, object] = {}
    if postgres.is_postgres_url(url):
        engine_url = postgres.engine_url(url)
        options = postgres.ENGINE_OPTIONS
    try:
        engine = create_engine(engine_url, **options)
    except Exception as exc:  # bad URL, missing driver
        raise StoreError(f"cannot open database {url}: {exc}") from exc
    if sqlite.is_sqlite_url(url):
        sqlite.configure(engine, readonly=lambda: read_only is not None or not soundness.sound)
    # connections opened before the file turned sound were read-only: drop them
    soundness.on_sound.append(engine.dispose)
    try:
        if migrate.current_revision(engine) != migrate.head_revision():
            if read_only is not None:
                raise ReadOnlyDatabase(
                    f"{read_only}, and it was written by an older caselog: opening it means "
                    "upgrading it, which writes. Make it writable and open it again."
                )
            soundness.ensure()  # an upgrade writes: the file must be sound first
            migrate.upgrade(engine, url, passphrase=passphrase)
    except (DatabaseError, sqlite3.DatabaseError) as exc:
        engine.dispose()
        log.error("cannot open database %s", url, exc_info=True)
        raise explain(exc, path, f"open the database {path or url}") from None
    except BaseException:
        engine.dispose()
        raise
    return Store(engine=engine, url=url, path=path, passphrase=passphrase, soundness=soundness)


def _check_file(path: Path, *, encrypted: bool = False) -> None:
    """Refuse a folder, or what is not a SQLite file (``NotCaselogDatabase``)."""
    if path.is_dir():
        raise StoreError(f"{path} is a folder, not a database file")
    if not encrypted and not sqlite.is_database_file(path):
        raise durability.not_a_database(path)


def _prepare_file(path: Path, *, encrypted: bool = False) -> None:
    """Create the file readable by the user alone; refuse what is not a SQLite file."""
    if path.exists():
        _check_file(path, encrypted=encrypted)
        return
    try:
        if not path.parent.exists():
            path.parent.mkdir(mode=0o700, parents=True)
        fd = os.open(path, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o600)
        os.close(fd)
    except OSError as exc:
        log.error("cannot create the database %s", path, exc_info=True)
        raise explain(exc, path, f"create the database {path}") from None
