"""A backup made, the database damaged on purpose, caselog started: it refuses to write,
says why, restores the backup on request, and nothing that was backed up is lost."""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest

from caselog import cli
from caselog.store import backup, durability
from caselog.store import services as sv
from caselog.store.audit_diff import case_content
from caselog.store.engine import open_store
from caselog.store.integrity import DamagedDatabase
from tests.store.factory import example_case, minimal_case


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _overwrite_middle(path: Path, length: int = 3 * 4096) -> None:
    size = path.stat().st_size
    with open(path, "r+b") as f:
        f.seek((size // 2) // 4096 * 4096)
        f.write(bytes([0xA5]) * length)


def test_damaged_database_refuses_says_why_and_restores(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = tmp_path / "caselog.db"
    store = open_store(str(db))
    for n in range(12):  # several cases with their images: a file of many pages
        case = example_case()
        case.title = f"Case {n}"
        sv.create_case(case, store=store)
    saved = {c.id: case_content(sv.get_case(c.id, store=store)) for c in sv.list_cases(store=store)}
    store.close()
    assert cli.main(["--db", str(db), "backup", "-o", str(tmp_path / "manual.db")]) == 0
    open_store(str(db)).close()  # the automatic backup, in the backups folder
    [good] = backup.list_backups(db)
    capsys.readouterr()

    _overwrite_middle(db)
    damaged_digest = _digest(db)

    # the app started: the open is cheap and writes nothing; the first write runs the
    # full check, refuses, says why and names the newest good backup
    store = open_store(str(db))
    try:
        assert not store.soundness.sound
        with pytest.raises(DamagedDatabase) as info:
            sv.create_case(minimal_case("never written"), store=store)
    finally:
        store.close()
    assert info.value.newest_good == good
    assert _digest(db) == damaged_digest
    assert cli.main(["--db", str(db), "import", "x.json"]) == 1
    err = capsys.readouterr().err
    assert f"The database file {db} is damaged (" in err
    assert "Nothing has been written to it." in err
    assert f"run `caselog restore {good.path}`" in err
    assert _digest(db) == damaged_digest  # nothing written
    assert durability.newest_good_backup(target=str(db)) == good

    # restored on request
    assert cli.main(["--db", str(db), "restore", str(good.path)]) == 0
    [kept] = list((tmp_path / "caselog.db.backups").glob("damaged-*.db"))
    assert _digest(kept) == damaged_digest  # the damaged file is kept, whole, for a look

    store = open_store(str(db))
    try:
        restored = {
            c.id: case_content(sv.get_case(c.id, store=store)) for c in sv.list_cases(store=store)
        }
        assert restored == saved  # every case, every event and image, as backed up
        sv.create_case(minimal_case("written after the restore"), store=store)
    finally:
        store.close()
