"""Open the store: find the database, connect, and bring its schema up to date."""

from __future__ import annotations

import os
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

import platformdirs
from sqlalchemy import Connection, Engine, create_engine
from sqlalchemy.exc import DatabaseError

from caselog.store import migrate, sqlite
from caselog.store.errors import StoreError

ENV_VAR = "CASELOG_DB"


@dataclass
class Store:
    """An open database: pass it to the service functions as ``store=``."""

    engine: Engine
    url: str

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


def default_path() -> Path:
    return Path(platformdirs.user_data_dir("caselog")) / "caselog.db"


def resolve_target(target: str | None = None) -> str:
    """The database URL: ``target`` (``--db``), else ``$CASELOG_DB``, else the default file.

    A target with ``://`` is a database URL; anything else is a path to a SQLite file.
    """
    chosen = target or os.environ.get(ENV_VAR) or None
    if chosen is None:
        folder = default_path().parent
        folder.mkdir(mode=0o700, parents=True, exist_ok=True)
        return f"sqlite:///{default_path()}"
    if "://" in chosen:
        return chosen
    return f"sqlite:///{Path(chosen).expanduser().resolve()}"


def open_store(target: str | None = None) -> Store:
    """Open (creating or upgrading) the database named by ``target`` (see resolve_target)."""
    url = resolve_target(target)
    path = sqlite.sqlite_path(url)
    if path is not None:
        _prepare_file(path)
    try:
        engine = create_engine(url)
    except Exception as exc:  # bad URL, missing driver
        raise StoreError(f"cannot open database {url}: {exc}") from exc
    if sqlite.is_sqlite_url(url):
        sqlite.configure(engine)
    try:
        migrate.upgrade(engine, url)
    except (DatabaseError, sqlite3.DatabaseError) as exc:
        engine.dispose()
        raise StoreError(f"cannot open database {url}: {exc.args[0] if exc.args else exc}") from exc
    except StoreError:
        engine.dispose()
        raise
    return Store(engine=engine, url=url)


def _prepare_file(path: Path) -> None:
    """Create the file readable by the user alone; refuse what is not a SQLite file."""
    if path.exists():
        if path.is_dir():
            raise StoreError(f"{path} is a folder, not a database file")
        if not sqlite.is_database_file(path):
            raise StoreError(f"{path} is not a caselog database (not a SQLite file)")
        return
    if not path.parent.exists():
        path.parent.mkdir(mode=0o700, parents=True)
    fd = os.open(path, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o600)
    os.close(fd)
