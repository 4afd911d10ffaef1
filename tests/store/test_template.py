"""The suite's template database (tests/conftest.py) is what the migrations make."""

from __future__ import annotations

import sqlite3
import stat
from pathlib import Path

import pytest

from caselog.store import migrate
from caselog.store import services as sv
from caselog.store.engine import open_store
from tests.conftest import REAL_UPGRADE
from tests.store.factory import example_case


def _schema(path: Path) -> list[tuple[object, ...]]:
    with sqlite3.connect(path) as conn:
        rows = conn.execute(
            "SELECT type, name, tbl_name, sql FROM sqlite_master ORDER BY type, name"
        ).fetchall()
        rows += conn.execute("SELECT 'revision', version_num, '', '' FROM alembic_version")
        rows += [("pragma", "journal_mode", "", conn.execute("PRAGMA journal_mode").fetchone())]
    conn.close()
    return rows


def _fail_if_alembic_runs(*args: object, **kwargs: object) -> None:
    raise AssertionError("Alembic ran: the new database was not copied from the template")


def test_a_new_database_is_the_template_not_a_migration(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from alembic import command

    monkeypatch.setattr(command, "upgrade", _fail_if_alembic_runs)
    path = tmp_path / "copied.db"
    store = open_store(str(path))
    try:
        assert migrate.current_revision(store.engine) == migrate.head_revision()
        saved = sv.create_case(example_case(), store=store).case
        assert saved.id is not None
        assert sv.get_case(saved.id, store=store).title == example_case().title
    finally:
        store.close()
    assert stat.S_IMODE(path.stat().st_mode) == 0o600


def test_the_template_has_the_schema_alembic_makes(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    copied = tmp_path / "copied.db"
    open_store(str(copied)).close()
    monkeypatch.setattr(migrate, "upgrade", REAL_UPGRADE)
    migrated = tmp_path / "migrated.db"
    open_store(str(migrated)).close()
    assert _schema(copied) == _schema(migrated)
    assert any(name == "case" for _, name, *_ in _schema(migrated))


def test_an_older_database_still_migrates(tmp_path: Path) -> None:
    old = tmp_path / "old.db"
    old.write_bytes((Path(__file__).parents[1] / "fixtures" / "rev0001.db").read_bytes())
    store = open_store(str(old))
    try:
        assert migrate.current_revision(store.engine) == migrate.head_revision()
    finally:
        store.close()
    assert [p.name for p in (tmp_path / "old.db.backups").glob("*-migration.db")]
