"""Everything SQLite-specific lives here, so the rest of the store stays portable."""

from __future__ import annotations

import secrets
import sqlite3
from collections.abc import Callable
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, event
from sqlalchemy.engine import make_url

from caselog.store.dbfile import readonly_uri

PRAGMAS = (
    "PRAGMA foreign_keys=ON",
    "PRAGMA busy_timeout=5000",
    "PRAGMA journal_mode=WAL",
    # clinical data: a confirmed save survives a power loss
    "PRAGMA synchronous=FULL",
)


WRITE_OPTION = "caselog_write"
"""Execution option marking a connection whose transaction will write (Store.write)."""


def is_sqlite_url(url: str) -> bool:
    return make_url(url).get_backend_name() == "sqlite"


def sqlite_path(url: str) -> Path | None:
    """The file of a SQLite URL, or None for an in-memory database or another backend."""
    parsed = make_url(url)
    if parsed.get_backend_name() != "sqlite":
        return None
    database = parsed.database
    if not database or database == ":memory:" or database.startswith("file:"):
        return None
    return Path(database)


def configure(engine: Engine, *, readonly: Callable[[], bool] | None = None) -> None:
    """Set the pragmas on every connection and let SQLAlchemy own transactions.

    pysqlite's own transaction handling starts a transaction only before a write, so reads
    in a service would sit outside it; we turn it off and emit ``BEGIN`` ourselves.
    While ``readonly()`` is true, new connections open the file read-only (``mode=ro``):
    SQLite then writes nothing to it, not even a checkpoint when the last one closes.
    """

    @event.listens_for(engine, "do_connect")
    def _on_do_connect(
        _dialect: Any, record: Any, cargs: list[Any], cparams: dict[str, Any]
    ) -> None:
        ro = readonly is not None and readonly()
        record.info[READONLY_INFO] = ro
        if ro and cargs and str(cargs[0]) not in ("", ":memory:"):
            cargs[0] = readonly_uri(Path(cargs[0]))
            cparams["uri"] = True

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection: sqlite3.Connection, record: Any) -> None:
        dbapi_connection.isolation_level = None
        ro = record.info.get(READONLY_INFO, False)
        cursor = dbapi_connection.cursor()
        try:
            for pragma in PRAGMAS:
                if not (ro and "journal_mode" in pragma):  # a switch would write the header
                    cursor.execute(pragma)
        finally:
            cursor.close()

    @event.listens_for(engine, "begin")
    def _on_begin(conn: Any) -> None:
        write = conn.get_execution_options().get(WRITE_OPTION, False)
        conn.exec_driver_sql("BEGIN IMMEDIATE" if write else "BEGIN")


READONLY_INFO = "caselog_readonly"


def mark_written(conn: Any) -> None:
    """Give the database a new data version (``PRAGMA user_version``, in its header) in
    the writing transaction: a backup holding the same version holds the same data, told
    in O(1) (caselog/store/backup.py ``data_signal``). Random, so that a restored older
    file that is then changed never meets the version of a backup of another history."""
    conn.exec_driver_sql(f"PRAGMA user_version = {secrets.randbits(31) or 1}")


def backup(source: Path, dest: Path) -> None:
    """A consistent copy of a live SQLite database (the online backup API)."""
    src = sqlite3.connect(source)
    try:
        dst = sqlite3.connect(dest)
        try:
            src.backup(dst)
        finally:
            dst.close()
    finally:
        src.close()


def is_database_file(path: Path) -> bool:
    """True when the file is empty (new) or starts with the SQLite header."""
    with path.open("rb") as f:
        head = f.read(16)
    return head == b"" or head == b"SQLite format 3\x00"
