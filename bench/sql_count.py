"""What a service call does to the database, seen from the engine: each SQL statement, the
transactions begun, and the bytes of BLOB values fetched (a counting SQLite cursor).

The instrument of ``bench.bench_edit``, and of the tests that hold each write to one
transaction and no image bytes read (tests/store/test_changes.py)."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

from sqlalchemy import event

from caselog.store.engine import Store


class _Cursor(sqlite3.Cursor):
    fetched = 0

    def _count(self, rows: list[Any]) -> list[Any]:
        for row in rows:
            _Cursor.fetched += sum(len(v) for v in row if isinstance(v, (bytes, memoryview)))
        return rows

    def fetchone(self) -> Any:
        row = super().fetchone()
        if row is not None:
            self._count([row])
        return row

    def fetchmany(self, size: int | None = None) -> list[Any]:
        return self._count(super().fetchmany(size) if size is not None else super().fetchmany())

    def fetchall(self) -> list[Any]:
        return self._count(super().fetchall())


class _Connection(sqlite3.Connection):
    def cursor(self, factory: Any = _Cursor) -> Any:
        return super().cursor(factory)


class SqlCount:
    """Install on a store; ``with count.recording():`` then read ``statements``, ``begins``,
    ``blob_bytes``."""

    def __init__(self, store: Store) -> None:
        self.statements: list[str] = []
        self.blob_bytes = 0
        self._on = False
        engine = store.engine

        def do_connect(_dialect: Any, _rec: Any, _cargs: Any, cparams: dict[str, Any]) -> None:
            cparams["factory"] = _Connection

        event.listen(engine, "do_connect", do_connect)
        event.listen(engine, "before_cursor_execute", self._seen)
        engine.dispose()  # connections from now on count

    def _seen(self, _conn: Any, _cursor: Any, sql: str, *_rest: Any) -> None:
        if self._on:
            self.statements.append(" ".join(sql.split()))

    @property
    def begins(self) -> int:
        return sum(s.upper().startswith("BEGIN") for s in self.statements)

    def case_reads(self) -> int:
        """Statements reading the ``case`` row itself (a whole-case read starts with one)."""
        return sum(s.startswith('SELECT "case".id, "case".title') for s in self.statements)

    @contextmanager
    def recording(self) -> Iterator[None]:
        self.statements = []
        start = _Cursor.fetched
        self._on = True
        try:
            yield
        finally:
            self._on = False
            self.blob_bytes = _Cursor.fetched - start
