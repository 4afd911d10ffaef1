"""The backup before an import: skipped when the newest verified backup holds exactly this
data (told in O(1), by the data version every write sets), made after any change."""

from __future__ import annotations

from pathlib import Path

import pytest

from caselog.store import backup, dbfile, durability
from caselog.store import services as sv
from caselog.store.engine import open_store
from tests.sqlite_fixtures import titles
from tests.store.factory import minimal_case


def _count(path: Path) -> int:
    with dbfile.connection(path, readonly=True) as conn:
        return int(conn.execute('SELECT count(*) FROM "case"').fetchone()[0])


def test_a_change_after_the_last_backup_is_backed_up_before_the_import(tmp_path: Path) -> None:
    db = tmp_path / "c.db"
    store = open_store(str(db))
    try:
        sv.import_cases([minimal_case("first")], store=store)
        first = durability.backup_before(store, "import")
        assert first is not None  # the first import's cases were in no backup
        assert durability.backup_before(store, "import") is None  # nothing changed since
        sv.set_title(1, "renamed after the backup", store=store)
        sv.import_cases([minimal_case("second")], store=store)  # backs up first
        newest = backup.list_backups(db)[0]
        assert newest.path != first.path and newest.reason == "import"
        assert titles(newest.path) == ["renamed after the backup"]
    finally:
        store.close()


def test_every_write_gives_a_new_data_version(tmp_path: Path) -> None:
    db = tmp_path / "c.db"
    store = open_store(str(db))
    try:
        sv.create_case(minimal_case("x"), store=store)
        seen = {backup.data_signal(db)}
        for n in range(5):
            sv.set_title(1, f"title {n % 2}", store=store)  # the same titles again
            seen.add(backup.data_signal(db))
        assert len(seen) == 6
    finally:
        store.close()


def test_a_restored_older_file_changed_again_is_backed_up(tmp_path: Path) -> None:
    """Restore an old backup, then change it as often as the newer history had changed:
    its audit rows and ids match that history's backup, its data version does not."""
    db = tmp_path / "c.db"
    store = open_store(str(db))
    try:
        sv.create_case(minimal_case("a"), store=store)
        old = durability.backup_before(store, "import")
        assert old is not None
        sv.set_title(1, "b", store=store)
        durability.restore_from(old.path, store=store)  # backs "b" up first
        assert titles(db) == ["a"]
        sv.set_title(1, "c", store=store)  # as many writes as led to "b"
        made = durability.backup_before(store, "import")
        assert made is not None, "the restored and changed data was in no backup"
        assert titles(made.path) == ["c"]
    finally:
        store.close()


@pytest.mark.parametrize("cases", [1, 40])
def test_deciding_unchanged_reads_no_table_whole(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, cases: int
) -> None:
    """The decision runs the same few index lookups however many cases there are."""
    db = tmp_path / "c.db"
    store = open_store(str(db))
    try:
        sv.import_cases([minimal_case(f"c{n}") for n in range(cases)], store=store)
        assert durability.backup_before(store, "import") is not None
        statements: list[str] = []
        real = dbfile.connect

        def traced(*a: object, **k: object) -> dbfile.Connection:
            conn = real(*a, **k)  # type: ignore[arg-type]
            conn.set_trace_callback(statements.append)
            return conn

        monkeypatch.setattr(dbfile, "connect", traced)
        assert durability.backup_before(store, "import") is None
        assert statements and not any("count(" in s.lower() for s in statements)
        lookups = [s for s in statements if s.lstrip().upper().startswith("SELECT MAX")]
        assert len(lookups) >= 3
        with dbfile.connection(db, readonly=True) as conn:
            for sql in lookups:
                plan = " ".join(str(r[-1]) for r in conn.execute("EXPLAIN QUERY PLAN " + sql))
                assert "SCAN" not in plan, (sql, plan)  # an index lookup, not a pass
        assert _count(db) == cases
    finally:
        store.close()
