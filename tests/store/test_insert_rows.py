"""The bulk insert's driver path (``caselog.store.bulk.insert_many`` on SQLite) writes exactly what
SQLAlchemy's own executemany writes: every table, every column, the same stored values
and the same SQLite storage classes."""

from __future__ import annotations

import datetime as dt
import sqlite3
from pathlib import Path

import pytest
from sqlalchemy import Connection, insert

from bench.generate import cases as synthetic_cases
from caselog.core.model import Case
from caselog.store import bulk, fts
from caselog.store import services as sv
from caselog.store.engine import open_store
from caselog.store.services import files
from tests.examples import load_example

SKIPPED = ("alembic_version", "audit", "database_identity")  # times, random ids
# the FTS5 indexes' segments: their layout follows how many statements wrote the rows
# (caselog.store.bulk per_statement), so their entries are compared instead (fts5vocab)
SEGMENTS = tuple(f"{t}_{part}" for t in fts.INDEXES for part in ("data", "idx"))


def _contents(path: Path) -> dict[str, list[tuple[object, ...]]]:
    con = sqlite3.connect(path)
    try:
        tables = [
            r[0]
            for r in con.execute(
                "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite%'"
            )
        ]
        out = {}
        for t in sorted(tables):
            if t in SKIPPED or t in SEGMENTS:
                continue
            cols = [r[1] for r in con.execute(f'PRAGMA table_info("{t}")')]
            picked = ", ".join(f'"{c}", typeof("{c}")' for c in cols)
            out[t] = sorted(con.execute(f'SELECT {picked} FROM "{t}"').fetchall(), key=repr)
        for t in fts.INDEXES:  # every term of every row, column and position
            con.execute(f"CREATE VIRTUAL TABLE temp.{t}_terms USING fts5vocab(main, {t}, instance)")
            out[f"{t} entries"] = con.execute(f"SELECT * FROM temp.{t}_terms").fetchall()
        return out
    finally:
        con.close()


def _import(path: Path, cases: list[Case]) -> None:
    store = open_store(str(path), backup_when_due=False)
    try:
        sv.import_cases(cases, store=store)
    finally:
        store.close()


def _sqlalchemy_only(
    conn: Connection, table: object, rows: object, *, per_statement: int = 1
) -> None:
    """SQLAlchemy's executemany, whatever the caller's grouping (bulk.insert_many's)."""
    if rows:
        conn.execute(insert(table), list(rows))  # type: ignore[arg-type, call-overload]


@pytest.mark.sqlite_only("the driver path is SQLite's")
def test_the_driver_path_writes_what_sqlalchemy_writes(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def cases() -> list[Case]:
        return [load_example(), *synthetic_cases(40, seed=5)]

    now = dt.datetime(2026, 1, 2, 3, 4, 5, tzinfo=dt.UTC)
    monkeypatch.setattr(files, "utcnow", lambda: now)  # the same times on both sides

    _import(tmp_path / "fast.db", cases())
    monkeypatch.setattr(bulk, "insert_many", _sqlalchemy_only)
    _import(tmp_path / "plain.db", cases())
    fast, plain = _contents(tmp_path / "fast.db"), _contents(tmp_path / "plain.db")
    assert fast.keys() == plain.keys()
    for table in plain:
        assert fast[table] == plain[table], table
    assert fast["event"] and fast["image"] and fast["case_search"] and fast["case_filter"]
    assert fast["case_fts entries"] and fast["case_fts_head entries"]
    assert any(v is not None for v in bulk._COMPILED.values())  # the driver path ran
