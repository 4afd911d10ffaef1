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
from caselog.store.postgres import is_own_index
from caselog.store.tables import metadata
from tests.store.factory import example_case

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"

pytestmark = pytest.mark.migrations  # every new database here is made by Alembic itself


def include_name(name: str | None, type_: str, parent_names: object) -> bool:
    return not (type_ == "table" and is_fts_name(name)) and not is_own_index(name, type_)


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


def test_models_and_migrations_agree(db: str) -> None:
    """On each backend: what the migrations make is what caselog/store/tables.py says."""
    store = open_store(db)
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


NEXT_REVISION = """
import sqlalchemy as sa
from alembic import op

revision = "9000"
down_revision = "{head}"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("case") as batch:
        batch.add_column(sa.Column("colour", sa.String(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("case") as batch:
        batch.drop_column("colour")
"""


def test_older_revision_is_backed_up_then_upgraded(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """rev0001.db meets a (test-only) next revision: a dated copy, then the upgrade."""
    migrations = tmp_path / "db"
    shutil.copytree(migrate.migrations_dir(), migrations, ignore=shutil.ignore_patterns("__py*"))
    head = migrate.head_revision()  # the test revision follows whatever is head
    (migrations / "versions" / "9000_colour.py").write_text(NEXT_REVISION.replace("{head}", head))
    monkeypatch.setattr(migrate, "migrations_dir", lambda: migrations)
    data = tmp_path / "data"
    data.mkdir()
    path = data / "mine.db"
    shutil.copy(FIXTURES / "rev0001.db", path)

    store = open_store(str(path))
    try:
        assert migrate.current_revision(store.engine) == "9000"
        with store.engine.connect() as conn:
            row = conn.exec_driver_sql('SELECT title, colour FROM "case"').one()
        assert row == (example_case().title, None)
    finally:
        store.close()
    [backup] = (data / "mine.db.backups").glob("caselog-*-migration.db")
    assert stat.S_IMODE(backup.stat().st_mode) == 0o600
    copy = sqlite3.connect(backup)
    assert copy.execute("SELECT version_num FROM alembic_version").fetchone() == ("0001",)
    assert copy.execute('SELECT count(*) FROM "case"').fetchone() == (1,)
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
    assert not list(tmp_path.glob("**/*migration*"))


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


def test_writes_take_the_write_lock_at_begin_and_reads_do_not(tmp_path: Path) -> None:
    from sqlalchemy import event

    from tests.store.factory import minimal_case

    store = open_store(str(tmp_path / "x.db"))
    seen: list[str] = []
    event.listen(store.engine, "before_cursor_execute", lambda *a: seen.append(a[2]))
    try:
        case = sv.create_case(minimal_case(), store=store).case
        assert seen[0] == "BEGIN IMMEDIATE"
        seen.clear()
        assert case.id is not None
        sv.get_case(case.id, store=store)
        assert seen[0] == "BEGIN"
    finally:
        store.close()


def test_a_path_that_cannot_be_created_gives_a_clear_error(tmp_path: Path) -> None:
    not_a_folder = tmp_path / "notes.txt"
    not_a_folder.write_text("a file, not a folder")
    with pytest.raises(StoreError, match="could not create the database .*notes.txt/x.db"):
        open_store(str(not_a_folder / "x.db"))


def test_revision_chain_read_without_alembic_agrees_with_alembic() -> None:
    from alembic.script import ScriptDirectory

    script = ScriptDirectory.from_config(migrate.alembic_config())
    alembic_order = tuple(reversed([r.revision for r in script.walk_revisions()]))
    assert migrate.revision_chain() == alembic_order
    assert migrate.head_revision() == script.get_current_head()


def test_opening_a_current_database_does_not_load_alembic(tmp_path: Path) -> None:
    """Start-up cost: a database already at head opens without importing Alembic."""
    import subprocess
    import sys

    path = tmp_path / "c.db"
    open_store(str(path)).close()  # created at head (this process may load Alembic)
    probe = (
        "import sys; from caselog.store.engine import open_store; "
        f"s = open_store({str(path)!r}); s.close(); "
        "print(sorted(m for m in sys.modules if m.split('.')[0] == 'alembic'))"
    )
    out = subprocess.run(
        [sys.executable, "-c", probe], capture_output=True, text=True, check=True
    ).stdout
    assert out.strip() == "[]"
