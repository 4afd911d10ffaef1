"""The check on open: a damaged file is refused, unchanged, with the newest good backup."""

from __future__ import annotations

import datetime as dt
import hashlib
from pathlib import Path

import pytest

from caselog.store import backup, dbfile, integrity
from caselog.store.integrity import DamagedDatabase
from tests.sqlite_fixtures import damage, make_db


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_sound_database_passes(tmp_path: Path) -> None:
    db = make_db(tmp_path / "c.db")
    integrity.check_database(db)
    integrity.check_database(tmp_path / "absent.db")


def test_damaged_database_is_refused_and_left_untouched(tmp_path: Path) -> None:
    db = make_db(tmp_path / "c.db", rows=60)
    good = backup.make_backup(db, now=dt.datetime(2026, 5, 1, 9, 30, tzinfo=dt.UTC))
    damage(db)
    digest = _digest(db)
    with pytest.raises(DamagedDatabase) as info:
        integrity.check_database(db)
    err = info.value
    assert err.newest_good == good
    message = str(err)
    assert message.startswith(f"The database file {db} is damaged (")
    assert "Nothing has been written to it." in message
    assert f"The newest good backup is {good.path} from 2026-05-01 09:30 UTC" in message
    assert f"`caselog restore {good.path}`" in message
    assert _digest(db) == digest
    wal = tmp_path / "c.db-wal"  # a read-only reader may create it, but writes nothing
    assert not wal.exists() or wal.stat().st_size == 0


def test_damaged_backups_are_skipped_when_offering_one(tmp_path: Path) -> None:
    db = make_db(tmp_path / "c.db", rows=60)
    older = backup.make_backup(db, now=dt.datetime(2026, 4, 1, tzinfo=dt.UTC))
    newer = backup.make_backup(db, now=dt.datetime(2026, 5, 1, tzinfo=dt.UTC))
    damage(newer.path)
    assert integrity.newest_good_backup(db) == older
    damage(older.path)
    damage(db)
    with pytest.raises(DamagedDatabase, match="There is no good backup"):
        integrity.check_database(db)


def test_dangling_foreign_keys_are_found(tmp_path: Path) -> None:
    db = make_db(tmp_path / "c.db", rows=2)
    with dbfile.connection(db) as conn:
        conn.execute("PRAGMA foreign_keys = OFF")
        conn.execute("INSERT INTO event (case_id, name) VALUES (999, 'orphan')")
    with pytest.raises(DamagedDatabase, match="event row 3 points at a missing case"):
        integrity.check_database(db)


def test_damaged_encrypted_database_is_damaged_not_wrong_passphrase(tmp_path: Path) -> None:
    db = make_db(tmp_path / "c.db", rows=60, passphrase="pw")
    damage(db)
    with pytest.raises(DamagedDatabase):
        integrity.check_database(db, passphrase="pw")
