from __future__ import annotations

import shutil
import sqlite3
import stat
from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext

from caselog.store import migrate
from caselog.store import services as sv
from caselog.store.engine import open_store, resolve_target
from caselog.store.errors import StoreError
from caselog.store.fts import is_fts_name
from caselog.store.tables import metadata
from tests.store.factory import example_case

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"


def include_name(name: str | None, type_: str, parent_names: object) -> bool:
    return not (type_ == "table" and is_fts_name(name))


def test_new_file_is_created_at_head_private_with_pragmas(tmp_path: Path) -> None:
    path = tmp_path / "sub" / "new.db"
    store = open_store(str(path))
    try:
        assert migrate.current_revision(store.engine) == migrate.head_revision()
        assert stat.S_IMODE(path.stat().st_mode) == 0o600
        with store.engine.connect() as conn:
            pragma = conn.exec_driver_sql
            assert pragma("PRAGMA foreign_keys").scalar() == 1
            assert pragma("PRAGMA journal_mode").scalar() == "wal"
            assert pragma("PRAGMA synchronous").scalar() == 2  # FULL
            assert pragma("PRAGMA busy_timeout").scalar() == 5000
    finally:
        store.close()


def test_models_and_migrations_agree(tmp_path: Path) -> None:
    store = open_store(str(tmp_path / "x.db"))
    try:
        with store.engine.connect() as conn:
            opts = {"compare_type": True, "include_name": include_name}
            ctx = MigrationContext.configure(conn, opts=opts)
            assert compare_metadata(ctx, metadata) == []
    finally:
        store.close()


def test_fixture_at_0001_opens_at_head_with_its_case(tmp_path: Path) -> None:
    copy = tmp_path / "old.db"
    shutil.copy(FIXTURES / "rev0001.db", copy)
    store = open_store(str(copy))
    try:
        assert migrate.current_revision(store.engine) == migrate.head_revision()
        [summary] = sv.list_cases(store=store)
        case = sv.get_case(summary.id, store=store)
        assert case.title == example_case().title
        assert case.patient.private.name == "Hanako Testcase"
        assert sum(len(e.images) for e in case.events) == 2
    finally:
        store.close()


def test_older_revision_is_backed_up_then_upgraded(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Until a revision 0002 exists, pretend the file sits at an older known revision."""
    path = tmp_path / "old.db"
    open_store(str(path)).close()
    db = sqlite3.connect(path)
    db.execute("UPDATE alembic_version SET version_num = '0000'")
    db.commit()
    db.close()
    known = ["0000", migrate.head_revision()]
    monkeypatch.setattr(
        migrate.ScriptDirectory,
        "walk_revisions",
        lambda self, *a, **k: [type("Rev", (), {"revision": r})() for r in known],
    )
    upgraded: list[str] = []
    monkeypatch.setattr(migrate.command, "upgrade", lambda cfg, rev: upgraded.append(rev))
    open_store(str(path)).close()
    backups = list(tmp_path.glob("caselog-*-pre-migration.db"))
    assert len(backups) == 1 and upgraded == ["head"]
    assert stat.S_IMODE(backups[0].stat().st_mode) == 0o600
    copy = sqlite3.connect(backups[0])
    assert copy.execute("SELECT version_num FROM alembic_version").fetchone() == ("0000",)
    copy.close()


def test_newer_revision_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "new.db"
    open_store(str(path)).close()
    db = sqlite3.connect(path)
    db.execute("UPDATE alembic_version SET version_num = 'ffff'")
    db.commit()
    db.close()
    with pytest.raises(StoreError, match="written by a newer caselog"):
        open_store(str(path))
    assert not list(tmp_path.glob("*pre-migration*"))


def test_a_file_that_is_not_a_database_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "notes.txt"
    path.write_text("hello")
    with pytest.raises(StoreError, match="not a caselog database"):
        open_store(str(path))


def test_target_resolution(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("CASELOG_DB", str(tmp_path / "env.db"))
    assert resolve_target(str(tmp_path / "flag.db")).endswith("/flag.db")
    assert resolve_target(None).endswith("/env.db")
    assert resolve_target("postgresql://u@h/db") == "postgresql://u@h/db"
    monkeypatch.delenv("CASELOG_DB")
    url = resolve_target(None)
    folder = tmp_path / "data" / "caselog"
    assert url == f"sqlite:///{folder / 'caselog.db'}"
    assert stat.S_IMODE(folder.stat().st_mode) == 0o700
