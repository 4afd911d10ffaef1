"""The store's durability as the window and the command line meet it."""

from __future__ import annotations

import datetime as dt
import os
import shutil
import signal
import sqlite3
import stat
import subprocess
import sys
from pathlib import Path

import pytest

from caselog import cli
from caselog.store import backup, durability
from caselog.store import services as sv
from caselog.store.crypto import PassphraseNeeded, WrongPassphrase
from caselog.store.engine import default_path, open_store
from caselog.store.lock import DatabaseInUse
from tests.store.factory import example_case, example_dir, minimal_case


def _mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def test_default_data_folder_database_and_backups_are_private(tmp_path: Path) -> None:
    store = open_store()
    try:
        assert store.path == default_path()
        sv.create_case(minimal_case("x"), store=store)
    finally:
        store.close()
    store = open_store()  # data and no backup yet: the automatic backup is made
    store.close()
    folder = default_path().parent
    assert folder.is_relative_to(tmp_path)
    assert _mode(folder) == 0o700
    assert _mode(default_path()) == 0o600
    for companion in folder.glob("caselog.db*"):
        assert _mode(companion) == 0o600, companion
    [made] = backup.list_backups(default_path())
    assert made.path.parent == folder / "backups"
    assert _mode(folder / "backups") == 0o700
    assert _mode(made.path) == 0o600


def test_automatic_backup_on_open_once_a_day(tmp_path: Path) -> None:
    db = tmp_path / "c.db"
    open_store(str(db)).close()
    assert backup.list_backups(db) == []  # nothing to back up yet
    store = open_store(str(db))
    sv.create_case(minimal_case("x"), store=store)
    store.close()
    open_store(str(db)).close()
    [first] = backup.list_backups(db)
    assert first.reason == "open"
    store = open_store(str(db))
    sv.create_case(minimal_case("y"), store=store)
    store.close()
    open_store(str(db)).close()  # changed, but the backup is minutes old
    assert backup.list_backups(db) == [first]


def test_import_is_preceded_by_a_backup_of_the_data_it_changes(tmp_path: Path) -> None:
    db = tmp_path / "c.db"
    store = open_store(str(db))
    try:
        sv.import_case_file(example_dir() / "case.json", store=store)
        assert backup.list_backups(db) == []  # the database was empty: nothing to keep
        sv.import_case_file(example_dir() / "case.json", store=store)
        [before] = backup.list_backups(db)
        assert before.reason == "import"
        with sqlite3.connect(before.path) as conn:
            assert conn.execute('SELECT count(*) FROM "case"').fetchone() == (1,)
    finally:
        store.close()


HOLD = """
import sys, time
from caselog.store.engine import open_store
store = open_store(sys.argv[1])
print("open", flush=True)
time.sleep(60)
"""


def test_a_second_caselog_on_the_same_database_is_told_so(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = tmp_path / "c.db"
    proc = subprocess.Popen(
        [sys.executable, "-c", HOLD, str(db)],
        stdout=subprocess.PIPE,
        text=True,
        env=dict(os.environ, PYTHONPATH=str(Path(__file__).parents[2])),
    )
    try:
        assert proc.stdout is not None
        assert proc.stdout.readline().strip() == "open"
        proc.stdout.close()
        with pytest.raises(
            DatabaseInUse, match=rf"already open on this database \(pid {proc.pid}\)"
        ):
            open_store(str(db))
        assert cli.main(["--db", str(db), "list"]) == 1
        assert (
            f"caselog is already open on this database (pid {proc.pid})" in capsys.readouterr().err
        )
    finally:
        proc.send_signal(signal.SIGKILL)
        proc.wait()
    open_store(str(db)).close()  # free again once the other one is gone


def test_encrypted_store_round_trip_and_wrong_passphrase(tmp_path: Path) -> None:
    db = tmp_path / "secret.db"
    store = open_store(str(db), passphrase="correct horse")
    try:
        with store.engine.connect() as conn:
            pragmas = [
                conn.exec_driver_sql(f"PRAGMA {p}").scalar()
                for p in ("journal_mode", "synchronous", "foreign_keys")
            ]
        assert pragmas == ["wal", 2, 1]  # the same durability as a plain database
        case = sv.create_case(example_case(), store=store).case
        assert case.id is not None
        out = durability.backup_to(tmp_path / "copy.db", store=store)
    finally:
        store.close()
    assert b"Hanako" not in db.read_bytes() and b"SQLite format 3" not in db.read_bytes()[:16]
    assert b"Hanako" not in out.read_bytes()
    with pytest.raises(WrongPassphrase) as info:
        open_store(str(db), passphrase="wrong horse")
    assert "wrong passphrase" in str(info.value) and "corrupt" not in str(info.value)
    with pytest.raises(PassphraseNeeded):
        open_store(str(db))
    store = open_store(str(db), passphrase="correct horse")
    try:
        assert sv.get_case(case.id, store=store).patient.private.name == "Hanako Testcase"
        sv.delete_case(case.id, store=store)
        durability.restore_from(out, store=store)
        assert sv.get_case(case.id, store=store).title == case.title
        assert all(
            b.path.read_bytes()[:16] != b"SQLite format 3\x00"
            for b in durability.list_backups(store=store)
        )
    finally:
        store.close()


def test_encrypt_an_existing_database_and_its_backups(tmp_path: Path) -> None:
    db = tmp_path / "c.db"
    store = open_store(str(db))
    sv.create_case(example_case(), store=store)
    store.close()
    open_store(str(db)).close()  # makes the automatic backup (plain)
    [plain_backup] = backup.list_backups(db)
    assert b"Hanako" in plain_backup.path.read_bytes()
    durability.encrypt(str(db), "pass phrase")
    assert b"Hanako" not in db.read_bytes()
    assert b"Hanako" not in plain_backup.path.read_bytes()
    assert backup.verify(plain_backup.path, passphrase="pass phrase") == []
    store = open_store(str(db), passphrase="pass phrase")
    try:
        [summary] = sv.list_cases(store=store)
        assert summary.title == example_case().title
    finally:
        store.close()


def test_cli_encrypted_database_with_passphrase_from_the_environment(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    db = tmp_path / "c.db"
    store = open_store(str(db), passphrase="env secret")
    sv.create_case(minimal_case("Kept secret"), store=store)
    store.close()
    assert cli.main(["--db", str(db), "list"]) == 1
    assert "encrypted" in capsys.readouterr().err
    monkeypatch.setenv("CASELOG_PASSPHRASE", "wrong")
    assert cli.main(["--db", str(db), "list"]) == 1
    assert "wrong passphrase" in capsys.readouterr().err
    monkeypatch.setenv("CASELOG_PASSPHRASE", "env secret")
    assert cli.main(["--db", str(db), "list"]) == 0
    assert "Kept secret" in capsys.readouterr().out


def test_cli_backup_and_restore(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db = tmp_path / "c.db"
    store = open_store(str(db))
    sv.create_case(minimal_case("Kept"), store=store)
    store.close()
    out = tmp_path / "saved.db"
    assert cli.main(["--db", str(db), "backup", "-o", str(out)]) == 0
    assert capsys.readouterr().out.strip() == str(out)
    assert backup.verify(out) == []
    assert _mode(out) == 0o600
    store = open_store(str(db))
    sv.create_case(minimal_case("Added later"), store=store)
    store.close()
    assert cli.main(["--db", str(db), "restore", str(out)]) == 0
    err = capsys.readouterr().err
    assert "backed up in" in err
    store = open_store(str(db))
    try:
        assert [s.title for s in sv.list_cases(store=store)] == ["Kept"]
        [before] = [b for b in durability.list_backups(store=store) if b.reason == "restore"]
    finally:
        store.close()
    with sqlite3.connect(before.path) as conn:
        titles = {r[0] for r in conn.execute('SELECT title FROM "case"')}
    assert titles == {"Kept", "Added later"}


def test_cli_bad_backup_and_restore_input_is_exit_2_and_changes_nothing(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = tmp_path / "c.db"
    store = open_store(str(db))
    sv.create_case(minimal_case("Kept"), store=store)
    store.close()
    assert cli.main(["--db", str(db), "backup", "-o", str(tmp_path / "no" / "x.db")]) == 2
    junk = tmp_path / "junk.db"
    junk.write_bytes(b"not a backup" * 1000)
    assert cli.main(["--db", str(db), "restore", str(junk)]) == 2
    assert "not a good caselog backup" in capsys.readouterr().err
    assert cli.main(["--db", str(db), "restore", str(tmp_path / "missing.db")]) == 2
    store = open_store(str(db))
    try:
        assert [s.title for s in sv.list_cases(store=store)] == ["Kept"]
    finally:
        store.close()


def test_restore_refuses_a_backup_from_a_newer_caselog(tmp_path: Path) -> None:
    db = tmp_path / "c.db"
    store = open_store(str(db))
    sv.create_case(minimal_case("Kept"), store=store)
    newer = durability.backup_to(tmp_path / "newer.db", store=store)
    with sqlite3.connect(newer) as conn:
        conn.execute("UPDATE alembic_version SET version_num = 'ffff'")
    conn.close()
    try:
        with pytest.raises(backup.BackupError, match="newer caselog"):
            durability.restore_from(newer, store=store)
        assert [s.title for s in sv.list_cases(store=store)] == ["Kept"]
    finally:
        store.close()


def test_migration_backup_goes_to_the_backups_folder(tmp_path: Path) -> None:
    copy = tmp_path / "old.db"
    shutil.copy(Path(__file__).parents[1] / "fixtures" / "rev0001.db", copy)
    open_store(str(copy)).close()
    reasons = [b.reason for b in backup.list_backups(copy)]
    assert reasons[-1] == "migration"
    migration = [b for b in backup.list_backups(copy) if b.reason == "migration"][0]
    with sqlite3.connect(migration.path) as conn:
        assert conn.execute("SELECT version_num FROM alembic_version").fetchone() == ("0001",)
    conn.close()
    assert migration.taken_at <= dt.datetime.now(dt.UTC)
