"""Open the store: find the database, connect, and bring its schema up to date."""

from __future__ import annotations

import os
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

import platformdirs
from sqlalchemy import Connection, Engine, create_engine
from sqlalchemy.engine import URL, make_url
from sqlalchemy.exc import DatabaseError

from caselog.store import migrate, sqlite
from caselog.store.errors import StoreError
from caselog.store.files import secure_dir
from caselog.store.lock import WriterLock

ENV_VAR = "CASELOG_DB"


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

    @contextmanager
    def read(self) -> Iterator[Connection]:
        """One transaction for reading (a consistent snapshot)."""
        with self.engine.begin() as conn:
            yield conn

    @contextmanager
    def write(self) -> Iterator[Connection]:
        """One transaction for writing: on SQLite it takes the write lock at once
        (``BEGIN IMMEDIATE``), so a read-then-write service never fails half-way on a
        snapshot another process has changed; it waits up to ``busy_timeout`` instead."""
        with self.engine.connect() as conn:
            conn.execution_options(**{sqlite.WRITE_OPTION: True})
            with conn.begin():
                yield conn

    def close(self) -> None:
        self.engine.dispose()
        if self.lock is not None:
            self.lock.release()
            self.lock = None


def default_path() -> Path:
    return Path(platformdirs.user_data_dir("caselog")) / "caselog.db"


def resolve_target(target: str | None = None) -> str:
    """The database URL: ``target`` (``--db``), else ``$CASELOG_DB``, else the default file.

    A target with ``://`` is a database URL; anything else is a path to a SQLite file.
    """
    chosen = target or os.environ.get(ENV_VAR) or None
    if chosen is None:
        secure_dir(default_path().parent)
        return f"sqlite:///{default_path()}"
    if "://" in chosen:
        return chosen
    return f"sqlite:///{Path(chosen).expanduser().resolve()}"


def open_store(target: str | None = None, *, passphrase: str | None = None) -> Store:
    """Open (creating or upgrading) the database named by ``target`` (see resolve_target).

    A SQLite file is first checked (caselog/store/durability.py): the passphrase of an
    encrypted one (``WrongPassphrase``), one writer at a time (``DatabaseInUse``), and
    ``quick_check`` (``DamagedDatabase``: refused before anything is written). After the
    upgrade it is backed up when due.
    """
    from caselog.store import durability

    url = resolve_target(target)
    path = sqlite.sqlite_path(url)
    lock: WriterLock | None = None
    if path is not None:
        durability.check_passphrase(path, passphrase)
        _prepare_file(path, encrypted=passphrase is not None)
        lock = durability.before_open(path, passphrase)
    try:
        store = _connect(url, path, passphrase)
        store.lock = lock
    except BaseException:
        if lock is not None:
            lock.release()
        raise
    if path is not None:
        durability.after_open(store)
    return store


def _connect(url: str, path: Path | None, passphrase: str | None) -> Store:
    engine_url: str | URL = url
    if passphrase is not None:
        if path is None:
            raise StoreError("a passphrase only applies to a SQLite database file")
        engine_url = make_url(url).set(drivername="sqlite+pysqlcipher", password=passphrase)
    try:
        engine = create_engine(engine_url)
    except Exception as exc:  # bad URL, missing driver
        raise StoreError(f"cannot open database {url}: {exc}") from exc
    if sqlite.is_sqlite_url(url):
        sqlite.configure(engine)
    try:
        migrate.upgrade(engine, url, passphrase=passphrase)
    except (DatabaseError, sqlite3.DatabaseError) as exc:
        engine.dispose()
        raise StoreError(f"cannot open database {url}: {exc.args[0] if exc.args else exc}") from exc
    except BaseException:
        engine.dispose()
        raise
    return Store(engine=engine, url=url, path=path, passphrase=passphrase)


def _prepare_file(path: Path, *, encrypted: bool = False) -> None:
    """Create the file readable by the user alone; refuse what is not a SQLite file."""
    if path.exists():
        if path.is_dir():
            raise StoreError(f"{path} is a folder, not a database file")
        if not encrypted and not sqlite.is_database_file(path):
            raise StoreError(f"{path} is not a caselog database (not a SQLite file)")
        return
    try:
        if not path.parent.exists():
            path.parent.mkdir(mode=0o700, parents=True)
        fd = os.open(path, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o600)
        os.close(fd)
    except OSError as exc:
        raise StoreError(f"cannot create the database {path}: {exc.strerror}") from exc
