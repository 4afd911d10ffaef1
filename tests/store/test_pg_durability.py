"""``check-db``, ``backup`` and ``restore`` on a PostgreSQL database, on the real test
server (tests/pg_server.py): what each checks or writes, and what each refuses, with
nothing changed (docs/cli.md)."""

from __future__ import annotations

import itertools
import os
import re
import stat
import subprocess
from collections.abc import Iterator
from pathlib import Path

import psycopg
import pytest

from caselog import cli
from caselog.interchange import outputs
from caselog.store import postgres_backup
from caselog.store import services as sv
from caselog.store.engine import open_store
from caselog.store.errors import StoreError
from tests.conftest import pg_admin
from tests.pg_server import Cluster, ident
from tests.store.factory import minimal_case

pytestmark = pytest.mark.usefixtures("pg_cluster")
_EMPTY = itertools.count(1)


def _raw(url: str) -> psycopg.Connection[tuple[object, ...]]:
    return psycopg.connect(url, autocommit=True)


def _with_cases(url: str, *titles: str) -> None:
    s = open_store(url)
    try:
        for title in titles:
            sv.create_case(minimal_case(title), store=s)
    finally:
        s.close()


@pytest.fixture
def empty_url(pg_cluster: Cluster) -> Iterator[str]:
    """A database as ``createdb`` makes it: nothing of caselog's in it."""
    name = ident(f"empty_{os.getpid()}_{next(_EMPTY)}")
    pg_admin(pg_cluster, f"CREATE DATABASE {name}")
    yield pg_cluster.url(name).replace("+psycopg", "")
    pg_admin(pg_cluster, f"DROP DATABASE {name} WITH (FORCE)")


def test_check_db_is_sound_says_what_it_checked_and_what_it_cannot(
    pg_url: str, capsys: pytest.CaptureFixture[str]
) -> None:
    _with_cases(pg_url, "one", "two")
    assert cli.main(["--db", pg_url, "check-db"]) == 0
    out = capsys.readouterr().out.splitlines()
    assert out[0].endswith(
        "sound (the audit trail's hash chain holds; caselog's tables, primary keys and indexes "
        "are there and valid; every foreign key is there, enforced, and no row breaks one; no "
        "constraint is left NOT VALID; the audit trail's triggers are there and enabled; every "
        "image matches its SHA-256)"
    )
    gaps = [line.split(": not checked: ", 1)[1] for line in out[1:]]
    assert any(g.startswith("the indexes' structure: amcheck is not installed") for g in gaps)
    assert any(g.startswith("the server's own files") for g in gaps)


def test_check_db_runs_amcheck_where_it_is_installed(
    pg_url: str, capsys: pytest.CaptureFixture[str]
) -> None:
    with _raw(pg_url) as conn:
        conn.execute("CREATE EXTENSION amcheck")
    _with_cases(pg_url, "one")
    assert cli.main(["--db", pg_url, "check-db"]) == 0
    out = capsys.readouterr().out
    assert "amcheck found every B-tree index sound (" in out
    assert "amcheck is not installed" not in out


def test_check_db_finds_what_the_server_was_made_to_let_through(
    pg_url: str, capsys: pytest.CaptureFixture[str]
) -> None:
    """Rows loaded past the foreign keys, foreign-key checks and an audit trigger turned
    off, a trail row edited: each is said, exit status 1."""
    _with_cases(pg_url, "one", "two")
    with _raw(pg_url) as conn:
        conn.execute("SET session_replication_role = replica")  # no trigger, no key checked
        conn.execute('DELETE FROM "case" WHERE id = 1')  # its patient and search rows stay
        conn.execute("SET session_replication_role = DEFAULT")
        conn.execute("ALTER TABLE event DISABLE TRIGGER ALL")
        conn.execute("ALTER TABLE audit DISABLE TRIGGER audit_no_update")
        conn.execute("UPDATE audit SET new_value = 'forged' WHERE id = 2")
    assert cli.main(["--db", pg_url, "check-db"]) == 1
    captured = capsys.readouterr()
    err = captured.err
    assert "sound" not in captured.out
    assert "audit row 2 does not match the trail's hash chain" in err
    orphans = re.findall(r"row\(s\) of (\w+) name a case that does not exist", err)
    assert len(orphans) == 3 and "... and" in err  # the first three tables said, the rest counted
    assert "the foreign-key checks of event are disabled" in err
    assert "the audit trail's trigger 'audit_no_update' is disabled" in err
    assert all(line.startswith("caselog: postgresql://") for line in err.splitlines())


def test_backup_is_a_verified_dump_and_restores_only_into_an_empty_database(
    pg_url: str, empty_url: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    _with_cases(pg_url, "one", "two")
    out = tmp_path / "dept.dump"
    assert cli.main(["--db", pg_url, "backup", "-o", str(out)]) == 0
    assert capsys.readouterr().out.strip() == str(out)
    assert stat.S_IMODE(out.stat().st_mode) == 0o600
    listed = postgres_backup.list_archive(out).data["public"]
    assert {"case", "audit", "alembic_version", "case_fts", "case_fts_head"} <= listed
    s = open_store(pg_url)
    try:
        assert [e.action for e in sv.case_history(1, store=s)][-1:] == ["create"]
        with s.read() as conn:
            last = conn.exec_driver_sql("SELECT action, new_value FROM audit ORDER BY id DESC")
            assert last.first() == ("backup", str(out.resolve()))
    finally:
        s.close()

    # into the live (non-empty) database: refused, nothing dropped or changed
    assert cli.main(["--db", pg_url, "restore", str(out)]) == 1
    err = capsys.readouterr().err
    assert "is not empty (it holds public." in err and "Nothing was changed." in err
    assert "createdb" in err
    with _raw(pg_url) as conn:
        assert conn.execute('SELECT count(*) FROM "case"').fetchone() == (2,)

    # into an empty database: the same cases, searchable, the trail chained, the restore in it
    assert cli.main(["--db", empty_url, "restore", str(out)]) == 0
    assert capsys.readouterr().out.strip() == f"restored {out}"
    r = open_store(empty_url)
    try:
        assert [c.title for c in sv.list_cases(store=r, order_by="id", descending=False)] == [
            "one",
            "two",
        ]
        assert [c.title for c in sv.list_cases(store=r, text="tw")] == ["two"]
        assert sv.trail_problems(store=r) == []
        with r.read() as conn:
            rows = conn.exec_driver_sql("SELECT action, new_value FROM audit ORDER BY id")
            assert rows.all()[-1] == ("restore", f"restored from {out.resolve()}")
        sv.create_case(minimal_case("three"), store=r)  # the ids go on after the restored ones
        assert sv.count_cases(store=r) == 3
    finally:
        r.close()
    assert cli.main(["--db", empty_url, "check-db"]) == 0


def test_restore_refuses_what_is_not_a_caselog_dump(
    pg_url: str, empty_url: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    sqlite_backup = tmp_path / "laptop.db"
    _with_cases(str(sqlite_backup), "on a laptop")
    text = tmp_path / "notes.txt"
    text.write_text("not a dump\n")
    foreign = tmp_path / "foreign.dump"
    with _raw(empty_url) as conn:
        conn.execute("CREATE TABLE other (x int)")
    pg_dump = postgres_backup.find_tool("pg_dump")
    assert pg_dump is not None
    subprocess.run([str(pg_dump), "-Fc", "-f", str(foreign), empty_url], check=True)
    with _raw(empty_url) as conn:
        conn.execute("DROP TABLE other")
    newer = tmp_path / "newer.dump"
    with _raw(pg_url) as conn:
        conn.execute("UPDATE alembic_version SET version_num = '9999'")
    subprocess.run([str(pg_dump), "-Fc", "-f", str(newer), pg_url], check=True)
    for source, said in (
        (sqlite_backup, "is not a pg_dump archive (custom format): it is a SQLite database"),
        (text, "is not a pg_dump archive (custom format)"),
        (foreign, "is a pg_dump archive, but not of a caselog database"),
        (newer, "was written by a newer caselog (schema revision 9999)"),
        (tmp_path / "missing.dump", "does not exist"),
    ):
        assert cli.main(["--db", empty_url, "restore", str(source)]) == 2, source
        assert said in capsys.readouterr().err
    with _raw(empty_url) as conn:  # nothing of any of them was restored
        tables = "SELECT count(*) FROM pg_tables WHERE schemaname = 'public'"
        assert conn.execute(tables).fetchone() == (0,)


def test_without_pg_dump_backup_refuses_naming_what_is_missing(
    pg_url: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setattr(postgres_backup, "find_tool", lambda name: None)
    out = tmp_path / "dept.dump"
    assert cli.main(["--db", pg_url, "backup", "-o", str(out)]) == 1
    err = capsys.readouterr().err
    assert "pg_dump was not found" in err and "postgresql-client" in err
    assert "nothing was written" in err
    assert not out.exists() and outputs.leftovers(tmp_path) == []
    s = open_store(pg_url)
    try:
        with s.read() as conn:
            actions = [r[0] for r in conn.exec_driver_sql("SELECT action FROM audit")]
        assert "backup" not in actions
    finally:
        s.close()


def test_the_backups_folder_of_a_file_says_what_to_use_on_a_server(pg_url: str) -> None:
    s = open_store(pg_url)
    try:
        for call in (sv.list_backups, sv.back_up_now):
            with pytest.raises(StoreError) as got:
                call(store=s)
            assert "is on a PostgreSQL server" in str(got.value)
            assert "caselog backup -o FILE" in str(got.value)
    finally:
        s.close()
    shown = postgres_backup.display("postgresql://ann:s3cret@db.example/dept")
    assert "s3cret" not in shown and "ann" in shown
