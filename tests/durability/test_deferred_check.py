"""The full integrity check is off the open, and a damaged file is still never written.

Open does cheap checks only; the store's connections stay read-only until the file is known
sound; the first write runs the check (or waits for the running one) and refuses a damaged
file with ``DamagedDatabase``. A file caselog closed cleanly is known sound at the next open.
"""

from __future__ import annotations

import hashlib
import shutil
import sqlite3
from pathlib import Path

import pytest

from caselog import cli
from caselog.store import backup, dbfile, durability, integrity, soundness
from caselog.store import services as sv
from caselog.store.engine import Store, open_store
from caselog.store.errors import StoreError
from caselog.store.integrity import DamagedDatabase
from tests.sqlite_fixtures import damage, titles
from tests.store.factory import minimal_case


def _digests(db: Path) -> dict[str, str]:
    """The bytes of the database and its WAL, as they are on disk (an empty WAL, which a
    read-only reader may create, holds nothing)."""
    out = {}
    for suffix in ("", "-wal"):
        p = db.with_name(db.name + suffix)
        if p.exists() and p.stat().st_size:
            out[suffix] = hashlib.sha256(p.read_bytes()).hexdigest()
    return out


def _filled(db: Path, cases: int = 20) -> Path:
    store = open_store(str(db))
    try:
        for n in range(cases):
            sv.create_case(minimal_case(f"case {n} " + "words " * 300), store=store)
    finally:
        store.close()
    return db


@pytest.fixture
def checks(monkeypatch: pytest.MonkeyPatch) -> list[Path]:
    """Every full check run, by the path it ran on."""
    ran: list[Path] = []
    real = integrity.find_problems

    def counted(path: Path, **kwargs: object) -> list[str]:
        ran.append(path)
        return real(path, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(integrity, "find_problems", counted)
    return ran


def test_open_runs_no_full_check(tmp_path: Path, checks: list[Path]) -> None:
    db = _filled(tmp_path / "c.db")
    checks.clear()
    soundness.forget(db)  # not known sound: still no check on open
    store = open_store(str(db))
    try:
        assert checks == []
        assert not store.soundness.sound
        assert len(sv.list_cases(store=store)) == 20  # reading needs no check
        assert checks == []
    finally:
        store.close()


def test_the_first_write_checks_once_then_writes(tmp_path: Path, checks: list[Path]) -> None:
    db = _filled(tmp_path / "c.db")
    soundness.forget(db)
    checks.clear()
    store = open_store(str(db))
    try:
        sv.create_case(minimal_case("one more"), store=store)
        sv.create_case(minimal_case("and another"), store=store)
        assert checks == [db]
    finally:
        store.close()


def test_a_damaged_file_is_never_written_and_the_first_write_refuses(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    db = _filled(tmp_path / "c.db")
    backup.make_backup(db)
    damage(db)
    before = _digests(db)
    looked: list[Path] = []
    real = integrity.newest_good_backup

    def counted(path: Path, **kwargs: object) -> object:
        looked.append(path)
        return real(path, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(integrity, "newest_good_backup", counted)
    store = open_store(str(db))
    try:
        with pytest.raises(DamagedDatabase) as info:
            sv.create_case(minimal_case("never written"), store=store)
        assert info.value.newest_good is not None
        with pytest.raises(DamagedDatabase) as again:  # and every write after it
            sv.set_title(1, "never either", store=store)
        assert again.value.newest_good == info.value.newest_good
        assert looked == [db]  # each backup is checked whole: once is enough
        assert durability.after_check(store) is None  # no automatic backup of it either
    finally:
        store.close()
    assert _digests(db) == before
    assert not soundness.marker_path(db).exists()


def test_a_leftover_wal_is_not_checkpointed_into_a_damaged_file(tmp_path: Path) -> None:
    """A crash leaves committed pages in the WAL; an unchecked open must not copy them
    into the file when it closes (SQLite's checkpoint on the last close is a write)."""
    db = _filled(tmp_path / "live.db")
    con = sqlite3.connect(db, isolation_level=None)
    con.execute("PRAGMA wal_autocheckpoint = 0")
    con.execute("UPDATE \"case\" SET title = 'in the WAL only' WHERE id = 2")
    crashed = tmp_path / "crashed.db"
    for suffix in ("", "-wal"):  # the files as a crash would leave them
        shutil.copyfile(db.with_name(db.name + suffix), crashed.with_name(crashed.name + suffix))
    con.close()
    damage(crashed)
    before = _digests(crashed)
    assert "-wal" in before
    store = open_store(str(crashed))
    try:
        assert not store.soundness.sound
        with pytest.raises(DamagedDatabase):
            sv.create_case(minimal_case("never written"), store=store)
    finally:
        store.close()
    assert _digests(crashed) == before


def test_a_cleanly_closed_file_is_known_sound_and_writes_at_once(
    tmp_path: Path, checks: list[Path]
) -> None:
    db = _filled(tmp_path / "c.db")
    assert soundness.is_known_sound(db)
    checks.clear()
    store = open_store(str(db))
    try:
        assert store.soundness.sound
        sv.create_case(minimal_case("straight in"), store=store)
        assert checks == []
        assert not soundness.marker_path(db).exists()  # the file is changing
    finally:
        store.close()
    assert soundness.is_known_sound(db)


def test_a_changed_or_crashed_file_is_not_known_sound(tmp_path: Path) -> None:
    db = _filled(tmp_path / "c.db")
    assert soundness.is_known_sound(db)
    with dbfile.connection(db) as conn:  # another program wrote to it
        conn.execute("UPDATE \"case\" SET title = 'elsewhere' WHERE id = 1")
    assert not soundness.is_known_sound(db)

    db2 = _filled(tmp_path / "d.db")
    wal = db2.with_name(db2.name + "-wal")
    wal.write_bytes(b"\0" * 4096)  # a WAL left behind holds part of the file
    assert not soundness.is_known_sound(db2)


def test_a_store_that_never_knew_its_file_sound_records_nothing(tmp_path: Path) -> None:
    db = _filled(tmp_path / "c.db")
    soundness.forget(db)
    open_store(str(db)).close()  # read only, never checked
    assert not soundness.is_known_sound(db)
    store = open_store(str(db))
    assert durability.verify(store) == []
    store.close()
    assert soundness.is_known_sound(db)


def test_an_upgrade_waits_for_the_check(tmp_path: Path) -> None:
    db = tmp_path / "old.db"
    shutil.copyfile(Path(__file__).parents[1] / "fixtures" / "rev0001.db", db)
    damage(db, pages=2)
    before = _digests(db)
    with pytest.raises(DamagedDatabase):
        open_store(str(db))
    assert _digests(db) == before


def test_the_background_check_then_the_automatic_backup(tmp_path: Path) -> None:
    db = _filled(tmp_path / "c.db")
    soundness.forget(db)
    store = open_store(str(db), backup_when_due=False)
    try:
        assert backup.list_backups(db) == []
        assert durability.verify(store) == []
        assert store.soundness.sound
        made = durability.after_check(store)
        assert made is not None and made.reason == "open"
    finally:
        store.close()


def test_a_read_error_is_not_damage(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    db = _filled(tmp_path / "c.db")

    def failing(*_a: object, **_k: object) -> object:
        raise sqlite3.OperationalError("disk I/O error")

    monkeypatch.setattr(dbfile, "connect", failing)
    with pytest.raises(StoreError, match="could not be read or written") as info:
        integrity.find_problems(db)
    assert not isinstance(info.value, DamagedDatabase)


def test_cli_verify(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db = _filled(tmp_path / "c.db", cases=20)
    assert cli.main(["--db", str(db), "verify"]) == 0
    assert "sound" in capsys.readouterr().out
    damage(db)
    before = _digests(db)
    assert cli.main(["--db", str(db), "verify"]) == 1
    assert f"The database file {db} is damaged (" in capsys.readouterr().err
    assert _digests(db) == before


def _store_write_uses_a_writable_connection(store: Store) -> bool:
    with store.write() as conn:
        return conn.exec_driver_sql("PRAGMA query_only").scalar() == 0


def test_connections_turn_writable_once_sound(tmp_path: Path) -> None:
    db = _filled(tmp_path / "c.db", cases=3)
    soundness.forget(db)
    store = open_store(str(db))
    try:
        with store.read() as conn:  # read-only until known sound
            with pytest.raises(Exception, match="readonly"):
                conn.exec_driver_sql("CREATE TABLE nope (x)")
        assert _store_write_uses_a_writable_connection(store)
        sv.create_case(minimal_case("written"), store=store)
    finally:
        store.close()


def test_the_automatic_backup_waits_for_the_check_and_precedes_the_first_write(
    tmp_path: Path,
) -> None:
    db = _filled(tmp_path / "c.db", cases=3)
    soundness.forget(db)
    store = open_store(str(db))  # as the command line opens it: backup due, file unknown
    try:
        assert backup.list_backups(db) == []  # nothing read whole, nothing written yet
        sv.create_case(minimal_case("after the backup"), store=store)
        [made] = backup.list_backups(db)
        assert made.reason == "open"
        assert "after the backup" not in titles(made.path)  # taken before the write
    finally:
        store.close()


def test_a_check_after_the_store_closed_is_no_verdict_on_the_file(tmp_path: Path) -> None:
    """File > Encrypt closes the store and rewrites the file under it; a check still
    scheduled on the old store must not read the new file as damaged (it cannot read it
    without the passphrase)."""
    db = _filled(tmp_path / "c.db", cases=3)
    store = open_store(str(db))
    store.close()
    db.write_bytes(b"\x00" * 4096)  # what an encrypted file looks like without its key
    with pytest.raises(StoreError, match="closed"):
        store.soundness.check()
    assert store.soundness.problems == []  # no damage recorded


def test_a_store_closing_as_the_check_closes_its_connection_is_no_error(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The store may close (the window quits) in the gap after the background check has
    closed its connection and before it says so: stopping it then is nothing to do, not
    "Cannot operate on a closed database"."""
    db = _filled(tmp_path / "c.db", cases=1)
    soundness.forget(db)
    store = open_store(str(db))
    real = integrity.find_problems

    def closing_in_the_gap(path: Path, **kwargs: object) -> list[str]:
        problems = real(path, **kwargs)  # type: ignore[arg-type]
        store.soundness.interrupt()  # its connection is closed, not yet forgotten
        return problems

    monkeypatch.setattr(integrity, "find_problems", closing_in_the_gap)
    try:
        sv.create_case(minimal_case("after"), store=store)  # the check had ended: it writes
    finally:
        store.close()
    again = open_store(str(db))
    try:
        assert len(sv.list_cases(store=again)) == 2
    finally:
        again.close()
