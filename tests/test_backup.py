"""Backups: retention, verification before thinning, automatic triggers, restore."""

from __future__ import annotations

import datetime as dt
import stat
from pathlib import Path

import pytest

from caselog.store import backup, dbfile
from caselog.store.backup import BackupError, BackupInfo, select_to_keep
from caselog.store.files import backup_dir_for
from tests.sqlite_fixtures import add_case, make_db, titles

UTC = dt.UTC


def _info(t: dt.datetime, n: int = 0) -> BackupInfo:
    return BackupInfo(path=Path(f"/b/{t.isoformat()}-{n}.db"), taken_at=t, reason="open", size=1)


def test_select_to_keep_keeps_7_daily_4_weekly_12_monthly() -> None:
    now = dt.datetime(2026, 11, 22, 12, tzinfo=UTC)
    # two backups a day for 400 days
    backups = [_info(now - dt.timedelta(days=d, hours=h), h) for d in range(400) for h in (1, 9)]
    kept = select_to_keep(backups, now)
    kept_times = {b.taken_at for b in kept}
    # the newest of each of the last 7 days, and no second one of the same day
    for d in range(7):
        assert now - dt.timedelta(days=d, hours=1) in kept_times
        assert now - dt.timedelta(days=d, hours=9) not in kept_times
    days = [b.taken_at.date() for b in kept]
    assert len(days) == len(set(days))
    weeks = {b.taken_at.isocalendar()[:2] for b in kept}
    months = {(b.taken_at.year, b.taken_at.month) for b in kept}
    assert len(weeks) >= 4
    assert len(months) == 12
    assert len(kept) <= 7 + 4 + 12
    # oldest month kept is 11 months back: nothing from 13 months ago survives
    assert min(kept_times) > now - dt.timedelta(days=366)
    assert kept[0].taken_at == max(b.taken_at for b in backups)


def test_select_to_keep_sparse_history_keeps_everything_it_can_place() -> None:
    now = dt.datetime(2026, 11, 22, tzinfo=UTC)
    backups = [_info(now - dt.timedelta(days=60 * i)) for i in range(5)]
    assert len(select_to_keep(backups, now)) == 5


def test_select_to_keep_never_drops_backups_dated_after_now() -> None:
    now = dt.datetime(2026, 11, 22, tzinfo=UTC)
    future = [_info(now + dt.timedelta(days=d)) for d in range(1, 30)]
    past = [_info(now - dt.timedelta(hours=h)) for h in range(1, 5)]
    kept = select_to_keep(future + past, now)
    assert set(future) <= set(kept)
    assert past[0] in kept and past[3] not in kept  # same day: only the newest past one


def test_select_to_keep_empty() -> None:
    assert select_to_keep([], dt.datetime.now(UTC)) == []


def test_backup_is_verified_private_and_consistent(tmp_path: Path) -> None:
    db = make_db(tmp_path / "c.db")
    # an open transaction that is never committed must not reach the backup
    with dbfile.connection(db) as writer:
        writer.execute("BEGIN IMMEDIATE")
        add_case(writer, "uncommitted")
        info = backup.make_backup(db, reason="manual")
        writer.execute("ROLLBACK")
    assert info.path.parent == backup_dir_for(db) == tmp_path / "c.db.backups"
    assert stat.S_IMODE(info.path.stat().st_mode) == 0o600
    assert stat.S_IMODE(info.path.parent.stat().st_mode) == 0o700
    assert backup.verify(info.path) == []
    assert "uncommitted" not in titles(info.path)
    assert titles(info.path) == titles(db)
    # self-contained: not in WAL mode, no companions left beside it
    assert sorted(p.name for p in info.path.parent.iterdir()) == [info.path.name]
    assert backup.list_backups(db) == [info]


def test_verify_reports_missing_tables_and_garbage(tmp_path: Path) -> None:
    other = tmp_path / "other.db"
    with dbfile.connection(other) as conn:
        conn.execute("CREATE TABLE x (y)")
    assert "not a caselog database" in backup.verify(other)[0]
    junk = tmp_path / "junk.db"
    junk.write_bytes(b"this is not a database at all" * 200)
    assert backup.verify(junk) != []
    assert backup.verify(tmp_path / "missing.db") != []


def test_a_backup_that_fails_its_check_thins_nothing(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    db = make_db(tmp_path / "c.db")
    old = [
        backup.make_backup(db, now=dt.datetime(2026, 1, 1, tzinfo=UTC) + dt.timedelta(hours=h))
        for h in range(3)
    ]
    # thinning kept only the newest of that day
    assert backup.list_backups(db) == [old[2]]
    monkeypatch.setattr(backup, "verify", lambda *a, **k: ["page 3: corrupt"])
    with pytest.raises(BackupError, match="failed its check"):
        backup.make_backup(db, now=dt.datetime(2026, 1, 1, 5, tzinfo=UTC))
    assert backup.list_backups(db) == [old[2]]
    assert old[2].path.exists()


def test_automatic_backup_on_open_only_when_changed_and_a_day_old(tmp_path: Path) -> None:
    db = make_db(tmp_path / "c.db")
    t0 = dt.datetime(2026, 3, 1, 8, tzinfo=UTC)
    first = backup.backup_if_due(db, now=t0)
    assert first is not None and first.reason == "open"
    # changed, but the newest backup is only an hour old
    with dbfile.connection(db) as conn:
        add_case(conn, "later")
    assert backup.backup_if_due(db, now=t0 + dt.timedelta(hours=1)) is None
    # a day later: changed -> backed up
    second = backup.backup_if_due(db, now=t0 + dt.timedelta(days=1, minutes=1))
    assert second is not None and "later" in titles(second.path)
    # two days later, nothing changed -> no new backup
    assert backup.backup_if_due(db, now=t0 + dt.timedelta(days=3)) is None
    assert [b.path for b in backup.list_backups(db)] == [second.path, first.path]


def test_no_backup_of_an_empty_database(tmp_path: Path) -> None:
    db = make_db(tmp_path / "c.db", rows=0)
    with dbfile.connection(db) as conn:
        conn.execute("DELETE FROM audit")
    assert backup.backup_if_due(db) is None
    assert backup.backup_if_changed(db, reason="import") is None


def test_backup_if_changed_skips_a_duplicate(tmp_path: Path) -> None:
    db = make_db(tmp_path / "c.db")
    made = backup.backup_if_changed(db, reason="import")
    assert made is not None
    assert backup.backup_if_changed(db, reason="import") is None
    with dbfile.connection(db) as conn:
        add_case(conn, "more")
    assert backup.backup_if_changed(db, reason="import") is not None


def test_backup_to_a_named_file(tmp_path: Path) -> None:
    db = make_db(tmp_path / "c.db")
    out = backup.backup_file_to(db, tmp_path / "copy.db")
    assert titles(out) == titles(db)
    assert stat.S_IMODE(out.stat().st_mode) == 0o600
    with pytest.raises(BackupError, match="does not exist"):
        backup.backup_file_to(db, tmp_path / "nowhere" / "x.db")
    with pytest.raises(BackupError, match="database itself"):
        backup.backup_file_to(db, db)


def test_restore_keeps_the_current_state_first(tmp_path: Path) -> None:
    db = make_db(tmp_path / "c.db", rows=3)
    saved = backup.make_backup(db, now=dt.datetime(2026, 1, 1, tzinfo=UTC))
    with dbfile.connection(db) as conn:
        add_case(conn, "after the backup")
    before = backup.restore_file(db, saved.path)
    assert titles(db) == ["case 0", "case 1", "case 2"]
    assert before is not None and before.reason == "restore"
    assert "after the backup" in titles(before.path)
    assert saved.path.exists()
    with dbfile.connection(db) as conn:
        assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"


def test_restore_refuses_a_bad_backup_and_changes_nothing(tmp_path: Path) -> None:
    db = make_db(tmp_path / "c.db", rows=2)
    junk = tmp_path / "junk.db"
    junk.write_bytes(b"\x00" * 8192)
    with pytest.raises(BackupError, match="not a good caselog backup"):
        backup.restore_file(db, junk)
    assert titles(db) == ["case 0", "case 1"]
    assert backup.list_backups(db) == []


def test_encrypted_backups_stay_encrypted(tmp_path: Path) -> None:
    db = make_db(tmp_path / "c.db", passphrase="s3cret")
    info = backup.make_backup(db, passphrase="s3cret")
    assert not dbfile.has_plain_header(info.path)
    assert b"case 0" not in info.path.read_bytes()
    assert backup.verify(info.path, passphrase="s3cret") == []
    assert backup.verify(info.path) != []
    assert titles(info.path, passphrase="s3cret") == titles(db, passphrase="s3cret")
    with dbfile.connection(db, passphrase="s3cret") as conn:
        add_case(conn, "later")
    backup.restore_file(db, info.path, passphrase="s3cret")
    assert "later" not in titles(db, passphrase="s3cret")


def test_restoring_todays_backup_never_thins_it_away(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    db = make_db(tmp_path / "c.db", rows=2)
    saved = backup.make_backup(db)  # the newest of today: the next backup would replace it
    with dbfile.connection(db) as conn:
        add_case(conn, "later")
    monkeypatch.chdir(tmp_path)
    relative = saved.path.relative_to(tmp_path)  # named another way than the listing does
    before = backup.restore_file(db, relative)
    assert before is not None
    assert saved.path.exists()
    assert titles(db) == ["case 0", "case 1"]
