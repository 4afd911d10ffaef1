"""The tables in ``caselog.store.tables`` are exactly what the migrations build.

``test_engine.test_models_and_migrations_agree`` asks Alembic's autogenerate, which does not
look at column order, Python-side defaults or ``AUTOINCREMENT``. Here a database migrated
from nothing and one made by ``metadata.create_all`` are compared as SQLite describes them:
every column (order, type, NOT NULL, default, primary key), every index and every foreign
key of every table, and which tables never reuse an id.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import Any

from sqlalchemy import create_engine

from caselog.store.engine import open_store
from caselog.store.fts import is_fts_name
from caselog.store.tables import metadata

Shape = dict[str, dict[str, Any]]


def shape(path: Path) -> Shape:
    """Each table's columns, indexes, foreign keys and AUTOINCREMENT, as SQLite reports them."""
    con = sqlite3.connect(path)
    try:
        tables = {
            name: sql
            for name, sql in con.execute("SELECT name, sql FROM sqlite_master WHERE type='table'")
            if not name.startswith("sqlite_") and not is_fts_name(name)
            and name != "alembic_version"
        }  # fmt: skip
        out: Shape = {}
        for name, sql in sorted(tables.items()):
            indexes = {}
            for _, index, unique, origin, _partial in con.execute(f'PRAGMA index_list("{name}")'):
                columns = [r[2] for r in con.execute(f'PRAGMA index_info("{index}")')]
                # an automatic index (a primary key that is not the rowid) is named by SQLite
                key = index if origin == "c" else f"{origin}:{columns}"
                indexes[key] = (bool(unique), columns)
            out[name] = {
                "columns": list(con.execute(f'PRAGMA table_info("{name}")')),
                "indexes": indexes,
                "foreign_keys": sorted(
                    row[2:] for row in con.execute(f'PRAGMA foreign_key_list("{name}")')
                ),
                "autoincrement": "AUTOINCREMENT" in sql.upper(),
            }
        return out
    finally:
        con.close()


def test_migrated_database_has_exactly_the_tables_of_the_metadata(tmp_path: Path) -> None:
    migrated = tmp_path / "migrated.db"
    open_store(str(migrated)).close()
    created = tmp_path / "created.db"
    engine = create_engine(f"sqlite:///{created}")
    metadata.create_all(engine)
    engine.dispose()

    by_migrations, by_metadata = shape(migrated), shape(created)
    assert set(by_migrations) == set(metadata.tables)
    assert by_metadata == by_migrations
    assert by_migrations["event"]["autoincrement"]  # the comparison sees what it claims to
    assert any(c[1] == "drug" for c in by_migrations["event"]["columns"])
