"""Plain SQLite (and SQLCipher) database files below SQLAlchemy, and SQLite-only DDL.

The durability code (backups, integrity checks, encryption) works on database files
directly, before or beside the store's engine. Every connection here is short-lived and
closed by its caller; an encrypted database is opened with ``sqlcipher3`` and keyed before
anything is read. ``sqlcipher3`` is loaded only then (about 5 MiB that a plain database never
needs).
"""

from __future__ import annotations

import contextlib
import importlib
import sqlite3
import sys
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType
from typing import Any

from caselog.store.errors import read_only_reason

# A plain SQLite database starts with this header; an SQLCipher one starts with random salt.
SQLITE_HEADER = b"SQLite format 3\x00"

Connection = Any  # sqlite3.Connection or sqlcipher3.Connection (same DB-API surface)


def sqlcipher() -> ModuleType:
    """The ``sqlcipher3`` module, loaded on first use."""
    return importlib.import_module("sqlcipher3")


def database_errors() -> tuple[type[Exception], ...]:
    """What a database file's connection raises: sqlite3's ``DatabaseError``, and
    sqlcipher3's once that is loaded (nothing else can raise it). For ``except``."""
    loaded = sys.modules.get("sqlcipher3")
    if loaded is None:
        return (sqlite3.DatabaseError,)
    return (sqlite3.DatabaseError, loaded.DatabaseError)


def quote_literal(text: str) -> str:
    """An SQL string literal for ``text`` (PRAGMA key takes no bound parameters)."""
    if "\x00" in text:
        raise ValueError("a passphrase cannot contain a NUL character")
    return "'" + text.replace("'", "''") + "'"


def connect(path: Path, *, passphrase: str | None = None, readonly: bool = False) -> Connection:
    """A DB-API connection to the file at ``path``, keyed when ``passphrase`` is given.

    ``readonly`` opens through a ``mode=ro`` URI so that nothing (not even a journal) is
    written. Pragmas for durability are set here for writable connections.
    """
    uri = readonly_uri(path) if readonly else Path(path).resolve().as_uri()
    conn: Connection
    if passphrase is None:
        conn = sqlite3.connect(uri, uri=True, isolation_level=None)
    else:
        conn = sqlcipher().connect(uri, uri=True, isolation_level=None)
        conn.execute("PRAGMA cipher_log_level = NONE")
        conn.execute(f"PRAGMA key = {quote_literal(passphrase)}")
    conn.execute("PRAGMA busy_timeout = 5000")
    if not readonly:
        conn.execute("PRAGMA foreign_keys = ON")
        conn.execute("PRAGMA synchronous = FULL")
    return conn


def readonly_uri(path: Path) -> str:
    """A ``mode=ro`` URI for ``path``. A file, folder or disk that is read-only is opened
    ``immutable`` as well (when no WAL holds part of it), so that SQLite creates nothing
    beside it, not even the shared-memory file a WAL database otherwise needs."""
    resolved = Path(path).resolve()
    uri = resolved.as_uri() + "?mode=ro"
    wal = resolved.with_name(resolved.name + "-wal")
    if read_only_reason(resolved) is not None and not (wal.exists() and wal.stat().st_size):
        uri += "&immutable=1"
    return uri


@contextlib.contextmanager
def connection(
    path: Path, *, passphrase: str | None = None, readonly: bool = False
) -> Iterator[Connection]:
    conn = connect(path, passphrase=passphrase, readonly=readonly)
    try:
        yield conn
    finally:
        conn.close()


PAGE_SAMPLE = 4096


def header_kind(path: Path) -> str:
    """What the first page of the file looks like: ``empty``; ``plain`` (a SQLite
    database); ``damaged`` (a SQLite database whose first bytes were overwritten: the rest
    of its header, at bytes 21-23, still reads 64, 32, 32); ``random`` (what an SQLCipher
    file looks like: salt, then ciphertext, nearly every byte value in the page); or
    ``foreign`` (anything else: text, another format, a page of garbage and zeros)."""
    with open(path, "rb") as f:
        page = f.read(PAGE_SAMPLE)
    if page == b"":
        return "empty"
    if page.startswith(SQLITE_HEADER):
        return "plain"
    if len(page) >= 100 and page[21:24] == b"\x40\x20\x20":
        return "damaged"
    body = page[100:]
    # ciphertext: about 251 distinct byte values in 1,000 random bytes; a SQLite page
    # (mostly zeros and text) or a text file has far fewer
    if len(body) >= 1000 and len(set(body[:1000])) >= 200:
        return "random"
    return "foreign"


def has_plain_header(path: Path) -> bool:
    """True when the file is a plain (unencrypted) SQLite database, or empty."""
    with open(path, "rb") as f:
        head = f.read(len(SQLITE_HEADER))
    return head == b"" or head == SQLITE_HEADER


def table_names(conn: Connection) -> set[str]:
    rows = conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'").fetchall()
    return {str(r[0]) for r in rows}


def quick_check(conn: Connection) -> list[str]:
    """Problems found by ``PRAGMA quick_check`` (empty when the file is sound)."""
    rows = [str(r[0]) for r in conn.execute("PRAGMA quick_check").fetchall()]
    return [] if rows == ["ok"] else rows


def integrity_check(conn: Connection) -> list[str]:
    """Problems found by the thorough ``PRAGMA integrity_check`` (empty when sound)."""
    rows = [str(r[0]) for r in conn.execute("PRAGMA integrity_check").fetchall()]
    return [] if rows == ["ok"] else rows


def foreign_key_problems(conn: Connection) -> list[str]:
    """Rows pointing at a parent that does not exist, one line each."""
    rows = conn.execute("PRAGMA foreign_key_check").fetchall()
    return [f"{r[0]} row {r[1]} points at a missing {r[2]}" for r in rows]
