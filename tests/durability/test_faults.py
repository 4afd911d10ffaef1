"""Fault injection: a full disk at every step of restore, backup, import, migration and a
save; read-only files and folders; another program's lock; doctored backups.

Each attempt ends with no acknowledged save lost, the live database where it was and
sound, and a message naming the cause (never "damaged", never a restore offered for a
database that is not damaged).

The full disk is real: a small tmpfs (root can mount one; CI runs as root), filled to
leave exactly ``k`` pages free. ``make soak`` tries every ``k`` from none until the
operation succeeds; ``make test`` one ``k`` in each place where the full disk stops it
(found by halving, ``_each_site``) and the first ``k`` at which it succeeds.
Where tmpfs cannot be mounted the tests skip with the reason.
"""

from __future__ import annotations

import functools
import hashlib
import itertools
import json
import os
import shutil
import sqlite3
import stat
import subprocess
import sys
import traceback
import uuid
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from caselog import cli
from caselog.store import backup, dbfile, errors, integrity, sqlite, trail
from caselog.store import services as sv
from caselog.store.engine import open_store
from caselog.store.errors import DiskFull, LockedByOther, ReadOnlyDatabase
from tests.store.factory import minimal_case

PAGE = 4096
FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"


# ---- the small file system ----


@pytest.fixture(scope="module")
def small_fs(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    where = tmp_path_factory.mktemp("smallfs")
    done = subprocess.run(
        ["mount", "-t", "tmpfs", "-o", "size=8m", "tmpfs", str(where)],
        capture_output=True,
        text=True,
        check=False,
    )
    if done.returncode != 0:
        pytest.skip(f"cannot mount a small tmpfs here: {done.stderr.strip()}")
    try:
        yield where
    finally:
        subprocess.run(["umount", "-l", str(where)], check=False)


def _clear(fs: Path) -> None:
    for p in fs.iterdir():
        if p.is_dir():
            os.chmod(p, 0o700)
            shutil.rmtree(p)
        else:
            p.unlink()


def _leave_free(fs: Path, pages: int) -> None:
    """Fill the file system so that ``pages`` pages stay free."""
    st = os.statvfs(fs)
    free = st.f_bavail * st.f_frsize
    size = max(0, free - pages * PAGE)
    fd = os.open(fs / "filler", os.O_WRONLY | os.O_CREAT, 0o600)
    try:
        if size:
            os.posix_fallocate(fd, 0, size)
    finally:
        os.close(fd)


def _free_all(fs: Path) -> None:
    (fs / "filler").unlink(missing_ok=True)


# ---- the database and what it holds ----


def _contents(db: Path) -> tuple[object, ...]:
    """Every case row and audit row, read without changing the file."""
    with dbfile.connection(db, readonly=True) as conn:
        assert dbfile.integrity_check(conn) == []
        cases = conn.execute('SELECT id, title, updated_at FROM "case" ORDER BY id').fetchall()
        audit = conn.execute("SELECT id, action, chain FROM audit ORDER BY id").fetchall()
    return tuple(cases), tuple(audit)


def _titles(db: Path) -> set[str]:
    with dbfile.connection(db, readonly=True) as conn:
        return {str(r[0]) for r in conn.execute('SELECT title FROM "case"')}


@pytest.fixture(scope="module")
def master(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    """A live database (3 cases, then 2 more after an older manual backup) and that
    backup, outside the small file system."""
    folder = tmp_path_factory.mktemp("master")
    db = folder / "live.db"
    store = open_store(str(db))
    try:
        for n in range(3):
            sv.create_case(minimal_case(f"Saved case {n}"), store=store)
        old = folder / "older.db"
        sv.backup_to(old, store=store)
        for n in range(3, 5):
            sv.create_case(minimal_case(f"Saved case {n}"), store=store)
    finally:
        store.close()
    case_file = folder / "more.json"
    store = open_store(str(folder / "source.db"))
    try:
        made = sv.create_case(minimal_case("Imported case"), store=store)
        assert made.case_id is not None
        sv.export_cases([made.case_id], case_file, store=store)
    finally:
        store.close()
    return {"db": db, "older": old, "case_file": case_file}


def _install(fs: Path, source: Path, name: str = "live.db") -> Path:
    _clear(fs)
    db = fs / name
    shutil.copy2(source, db)
    return db


def _said_plainly(err: str) -> None:
    assert "full" in err, err
    low = err.lower()
    assert "damaged" not in low.replace("is not damaged", ""), err
    assert "caselog restore" not in low, err
    assert "sqlalchemy" not in low and "insert into" not in low and "[sql" not in low, err


def _every_step(
    fs: Path, attempt: Callable[[int], bool], *, limit: int = 400, after: int = 3
) -> int:
    """Run ``attempt(k)`` with k = 0, 1, 2... pages free until it has succeeded ``after``
    times in a row; returns how many attempts failed (at least one must)."""
    failed = succeeded = 0
    for k in range(limit):
        if attempt(k):
            succeeded += 1
            if succeeded >= after:
                break
        else:
            failed += 1
            succeeded = 0
    else:
        pytest.fail("the operation never succeeded")
    assert failed > 0, "the disk never ran out: the test did not test anything"
    return failed


SAVED = "succeeded"


def _failure_site() -> str:
    """Where the full disk stopped caselog: the innermost frame of caselog or of a
    migration in the error being handled (or, with none, in the stack)."""
    tb = sys.exc_info()[2]
    frames = traceback.extract_tb(tb) if tb is not None else traceback.extract_stack()[:-2]
    ours = [
        f
        for f in frames
        if ("/caselog/" in f.filename or "/db/" in f.filename)
        and not f.filename.endswith("errors.py")
    ]
    return f"{ours[-1].filename}:{ours[-1].lineno}" if ours else "no frame of caselog"


def _each_site(
    fs: Path,
    attempt: Callable[[int], bool],
    sites: list[str],
    *,
    limit: int = 400,
    after: int = 3,
) -> int:
    """``_every_step`` at fewer points: at least one ``k`` for each place where a full
    disk stops the operation, and the first ``k`` at which it succeeds.

    ``site(k)`` is where the attempt with ``k`` pages free failed (``_failure_site``), or
    SAVED. Found by doubling ``k`` until it succeeds, then halving every interval whose
    two ends differ, so every run of equal sites has a ``k`` in it; a site only ever met
    between two ``k`` of another site is left to the sweep of every page (``make soak``).
    Returns how many sites it found (at least one besides SAVED)."""
    seen: dict[int, str] = {}

    def site(k: int) -> str:
        if k not in seen:
            sites.clear()
            seen[k] = SAVED if attempt(k) else (sites[-1] if sites else "no site recorded")
        return seen[k]

    points = [0]
    while site(points[-1]) != SAVED:
        if points[-1] >= limit:
            pytest.fail("the operation never succeeded")
        points.append(min(limit, max(1, 2 * points[-1])))
    pending = list(itertools.pairwise(points))
    while pending:
        lo, hi = pending.pop()
        if hi - lo > 1 and site(lo) != site(hi):
            mid = (lo + hi) // 2
            site(mid)
            pending += [(lo, mid), (mid, hi)]
    first = min(k for k, s in seen.items() if s == SAVED)
    for k in range(first + 1, first + after):  # just past it too, as the sweep does
        site(k)
    failures = {s for s in seen.values() if s != SAVED}
    assert failures, "the disk never ran out: the test did not test anything"
    return len(failures)


Steps = Callable[..., int]


@pytest.fixture(params=["each site", pytest.param("every page", marks=pytest.mark.soak)])
def steps(request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch) -> Steps:
    """How a full-disk test walks the free pages: ``make test`` tries one page count in
    each place the full disk stops the operation (``_each_site``); ``make soak`` every
    page count until it succeeds (``_every_step``)."""
    if request.param == "every page":
        return _every_step
    sites: list[str] = []
    message = errors._disk_full_message

    def recorded(path: Path, doing: str) -> str:
        sites.append(_failure_site())
        return message(path, doing)

    monkeypatch.setattr(errors, "_disk_full_message", recorded)
    return functools.partial(_each_site, sites=sites)


def _no_partials(fs: Path) -> None:
    left = [p for p in fs.rglob("*") if ".partial" in p.name or ".restoring" in p.name]
    assert left == []


# ---- a full disk at every step ----


def test_restore_on_a_full_disk_never_moves_the_live_database(
    steps: Steps, small_fs: Path, master: dict[str, Path], capsys: pytest.CaptureFixture[str]
) -> None:
    before = _contents(master["db"])
    older = _titles(master["older"])
    saved = _titles(master["db"])

    def attempt(k: int) -> bool:
        db = _install(small_fs, master["db"])
        _leave_free(small_fs, k)
        capsys.readouterr()
        rc = cli.main(["--db", str(db), "restore", str(master["older"])])
        err = capsys.readouterr().err
        _free_all(small_fs)
        _no_partials(small_fs)
        assert db.exists()
        if rc != 0:
            assert _contents(db) == before, err  # where it was, untouched
            assert not list(small_fs.rglob("damaged-*"))
            assert rc == 1, err
            _said_plainly(err)
            return False
        assert _titles(db) == older
        # what the restore replaced is kept: the backup it made holds every saved case
        [kept] = [b for b in backup.list_backups(db) if b.reason == "restore"]
        assert _titles(kept.path) == saved
        return True

    steps(small_fs, attempt)


def test_restoring_over_a_damaged_database_on_a_full_disk_keeps_it_in_place(
    steps: Steps,
    small_fs: Path,
    master: dict[str, Path],
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    """The issue's data loss: a damaged file was moved away before its replacement was
    written, and a full disk then left no database at all."""
    damaged = tmp_path / "damaged.db"
    shutil.copy2(master["db"], damaged)
    size = damaged.stat().st_size
    with open(damaged, "r+b") as f:  # a page in the middle: a damaged b-tree
        f.seek((size // 2) // PAGE * PAGE)
        f.write(b"\xa5" * PAGE)
    assert integrity.find_problems(damaged) != []
    digest = hashlib.sha256(damaged.read_bytes()).hexdigest()
    older = _titles(master["older"])

    def attempt(k: int) -> bool:
        db = _install(small_fs, damaged)
        _leave_free(small_fs, k)
        capsys.readouterr()
        rc = cli.main(["--db", str(db), "restore", str(master["older"])])
        err = capsys.readouterr().err
        _free_all(small_fs)
        _no_partials(small_fs)
        if rc != 0:
            assert db.exists(), err  # never moved away
            assert hashlib.sha256(db.read_bytes()).hexdigest() == digest, err
            _said_plainly(err)
            return False
        assert _titles(db) == older
        [kept] = list(small_fs.rglob("damaged-*.db"))  # the damaged file, whole
        assert hashlib.sha256(kept.read_bytes()).hexdigest() == digest
        return True

    steps(small_fs, attempt)


def test_backup_on_a_full_disk_leaves_no_partial_file(
    steps: Steps, small_fs: Path, master: dict[str, Path], capsys: pytest.CaptureFixture[str]
) -> None:
    before = _contents(master["db"])

    def attempt(k: int) -> bool:
        db = _install(small_fs, master["db"])
        out = small_fs / "copy.db"
        _leave_free(small_fs, k)
        capsys.readouterr()
        rc = cli.main(["--db", str(db), "backup", "-o", str(out)])
        err = capsys.readouterr().err
        _free_all(small_fs)
        _no_partials(small_fs)
        if rc != 0:
            _said_plainly(err)
            assert not out.exists()
            assert _contents(db)[0] == before[0]
            return False
        assert backup.verify(out) == []
        return True

    steps(small_fs, attempt)


def test_export_on_a_full_disk_leaves_the_last_export_and_no_partial_file(
    steps: Steps, small_fs: Path, master: dict[str, Path], capsys: pytest.CaptureFixture[str]
) -> None:
    """An export overwriting an earlier one: at every step of a full disk, the earlier
    file is left whole or replaced whole, and no temporary file stays beside it."""
    saved = _titles(master["db"])

    def attempt(k: int) -> bool:
        db = _install(small_fs, master["db"])
        out = small_fs / "cases.json"
        out.write_text("the earlier export\n", encoding="utf-8")
        _leave_free(small_fs, k)
        capsys.readouterr()
        rc = cli.main(["--db", str(db), "export", "1", "2", "3", "4", "5", "-o", str(out)])
        err = capsys.readouterr().err
        _free_all(small_fs)
        assert [p.name for p in small_fs.rglob("*.tmp")] == []
        assert _titles(db) == saved
        text = out.read_text(encoding="utf-8")
        if rc != 0:
            _said_plainly(err)
            assert text == "the earlier export\n" or json.loads(text)["cases"], text[:80]
            return False
        assert len(json.loads(text)["cases"]) == 5
        return True

    steps(small_fs, attempt)


def test_import_on_a_full_disk_writes_all_or_nothing(
    steps: Steps, small_fs: Path, master: dict[str, Path], capsys: pytest.CaptureFixture[str]
) -> None:
    saved = _titles(master["db"])

    def attempt(k: int) -> bool:
        db = _install(small_fs, master["db"])
        _leave_free(small_fs, k)
        capsys.readouterr()
        rc = cli.main(["--db", str(db), "import", str(master["case_file"])])
        err = capsys.readouterr().err
        _free_all(small_fs)
        if rc != 0:
            _said_plainly(err)
            assert _titles(db) == saved
            return False
        assert _titles(db) == saved | {"Imported case"}
        return True

    steps(small_fs, attempt)


def test_migration_on_a_full_disk_leaves_the_old_database(
    steps: Steps, small_fs: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    source = FIXTURES / "rev0001.db"
    with sqlite3.connect(source) as conn:
        titles = {r[0] for r in conn.execute('SELECT title FROM "case"')}

    def attempt(k: int) -> bool:
        db = _install(small_fs, source, "old.db")
        digest = hashlib.sha256(db.read_bytes()).hexdigest()
        _leave_free(small_fs, k)
        capsys.readouterr()
        rc = cli.main(["--db", str(db), "list"])
        err = capsys.readouterr().err
        _free_all(small_fs)
        if rc != 0:
            _said_plainly(err)
            with sqlite3.connect(f"{db.as_uri()}?mode=ro", uri=True) as conn:
                assert conn.execute("SELECT version_num FROM alembic_version").fetchone() == (
                    "0001",
                )
                assert {r[0] for r in conn.execute('SELECT title FROM "case"')} == titles
            if not db.with_name("old.db-wal").exists():
                assert hashlib.sha256(db.read_bytes()).hexdigest() == digest
            return False
        assert _titles(db) == titles
        return True

    steps(small_fs, attempt, limit=600)


def test_a_save_on_a_full_disk_is_refused_whole_and_nothing_acknowledged_is_lost(
    steps: Steps, small_fs: Path, master: dict[str, Path]
) -> None:
    saved = _titles(master["db"])

    def attempt(k: int) -> bool:
        db = _install(small_fs, master["db"])
        store = open_store(str(db))
        _leave_free(small_fs, k)
        try:
            sv.create_case(minimal_case("One more"), store=store)
        except DiskFull as exc:
            _said_plainly(str(exc))
            ok = False
        else:
            ok = True
        finally:
            _free_all(small_fs)
            store.close()
        assert _titles(db) == (saved | {"One more"} if ok else saved)
        return ok

    steps(small_fs, attempt)


# ---- read-only, another program's lock ----


def _mode(p: Path) -> int:
    return stat.S_IMODE(p.stat().st_mode)


def test_a_read_only_file_is_read_never_changed_and_writes_are_refused(
    tmp_path: Path, master: dict[str, Path], capsys: pytest.CaptureFixture[str]
) -> None:
    db = tmp_path / "ro.db"
    shutil.copy2(master["db"], db)
    os.chmod(db, 0o444)
    digest = hashlib.sha256(db.read_bytes()).hexdigest()
    assert cli.main(["--db", str(db), "list"]) == 0
    assert "Saved case 4" in capsys.readouterr().out
    assert cli.main(["--db", str(db), "import", str(master["case_file"])]) == 1
    err = capsys.readouterr().err
    assert "read-only" in err and "damaged" not in err and "restore" not in err
    store = open_store(str(db))
    try:
        assert store.read_only is not None
        with pytest.raises(ReadOnlyDatabase, match="read-only"):
            sv.create_case(minimal_case("never"), store=store)
    finally:
        store.close()
    assert _mode(db) == 0o444
    assert hashlib.sha256(db.read_bytes()).hexdigest() == digest
    assert not db.with_name("ro.db-wal").exists()


def test_a_schema_another_program_changed_is_said_by_name_and_nothing_changes(
    tmp_path: Path, master: dict[str, Path], capsys: pytest.CaptureFixture[str]
) -> None:
    """A table dropped behind caselog's back (its revision still the newest): every command
    names the missing table instead of "the database refused (SQLITE_ERROR)", and nothing
    is written."""
    db = tmp_path / "edited.db"
    shutil.copy2(master["db"], db)
    con = sqlite3.connect(db)
    con.execute("DROP TABLE case_outcome")
    con.commit()
    con.close()
    digest = hashlib.sha256(db.read_bytes()).hexdigest()
    out = tmp_path / "out.json"
    assert cli.main(["--db", str(db), "export", "1", "-o", str(out)]) == 1
    err = capsys.readouterr().err
    assert "lacks caselog's table 'case_outcome'" in err and "check-db" in err
    assert "SQLITE_ERROR" not in err and "damaged" not in err
    assert not out.exists()
    assert hashlib.sha256(db.read_bytes()).hexdigest() == digest


def test_a_table_the_server_lacks_is_said_by_name() -> None:
    """PostgreSQL's undefined table (42P01) and column (42703), by the names in the
    server's primary message, never the statement."""

    class Diag:
        message_primary = 'relation "case_outcome" does not exist'

    class UndefinedTable(Exception):
        sqlstate = "42P01"
        diag = Diag()

    said = str(errors.explain(UndefinedTable("SELECT secret"), None, "read the database"))
    assert "lacks caselog's table 'case_outcome'" in said and "SELECT" not in said


def test_a_read_only_folder_is_read_and_gets_no_new_file(
    tmp_path: Path, master: dict[str, Path], capsys: pytest.CaptureFixture[str]
) -> None:
    folder = tmp_path / "ro"
    folder.mkdir()
    db = folder / "c.db"
    shutil.copy2(master["db"], db)
    os.chmod(folder, 0o555)
    try:
        before = sorted(p.name for p in folder.iterdir())
        assert cli.main(["--db", str(db), "list"]) == 0
        assert "Saved case 0" in capsys.readouterr().out
        assert cli.main(["--db", str(db), "import", str(master["case_file"])]) == 1
        err = capsys.readouterr().err
        assert "read-only" in err and "damaged" not in err and "caselog restore" not in err
        assert sorted(p.name for p in folder.iterdir()) == before
    finally:
        os.chmod(folder, 0o700)


def test_another_programs_lock_is_said_and_nothing_changes(
    tmp_path: Path, master: dict[str, Path], monkeypatch: pytest.MonkeyPatch
) -> None:
    db = tmp_path / "c.db"
    shutil.copy2(master["db"], db)
    monkeypatch.setattr(
        sqlite,
        "PRAGMAS",
        tuple(p.replace("busy_timeout=5000", "busy_timeout=200") for p in sqlite.PRAGMAS),
    )
    saved = _titles(db)
    store = open_store(str(db))
    other = sqlite3.connect(db, isolation_level=None)  # a database tool, say
    try:
        store.soundness.ensure()
        other.execute("BEGIN EXCLUSIVE")
        with pytest.raises(LockedByOther) as info:
            sv.create_case(minimal_case("blocked"), store=store)
        message = str(info.value)
        assert "another program" in message and "INSERT" not in message
        assert "damaged" not in message
    finally:
        other.rollback()
        other.close()
        store.close()
    assert _titles(db) == saved


# ---- doctored backups ----


def _doctored(master: dict[str, Path], tmp_path: Path, *sql: str) -> Path:
    out = tmp_path / f"doctored-{uuid.uuid4().hex[:6]}.db"
    shutil.copy2(master["older"], out)
    with sqlite3.connect(out, isolation_level=None) as conn:
        for statement in sql:
            conn.execute(statement)
    return out


DOCTORINGS = {
    "foreign trigger": (
        "CREATE TRIGGER leak AFTER INSERT ON patient_private BEGIN "
        'UPDATE "case" SET title = NEW.mrn WHERE id = NEW.case_id; END',
    ),
    "dropped audit trigger": ("DROP TRIGGER audit_no_delete",),
    "foreign view": ("CREATE VIEW everything AS SELECT * FROM patient",),
    "foreign table": ("CREATE TABLE notes (x TEXT)",),
    "edited audit row": (
        "DROP TRIGGER audit_no_update",
        "UPDATE audit SET user = 'someone else' WHERE id = 1",
        "CREATE TRIGGER audit_no_update BEFORE UPDATE ON audit "
        "BEGIN SELECT RAISE(ABORT, 'the audit trail is append-only'); END",
    ),
    "damaged image": (),
}


@pytest.mark.parametrize("how", sorted(DOCTORINGS))
def test_a_doctored_backup_is_refused_and_the_live_database_stays(
    how: str, tmp_path: Path, master: dict[str, Path], capsys: pytest.CaptureFixture[str]
) -> None:
    db = tmp_path / "live.db"
    shutil.copy2(master["db"], db)
    before = _contents(db)
    if how == "damaged image":
        doctored = tmp_path / "with-image.db"
        store = open_store(str(doctored))
        try:
            from tests.store.factory import example_case

            sv.create_case(example_case(), store=store)
        finally:
            store.close()
        with sqlite3.connect(doctored, isolation_level=None) as conn:
            conn.execute("UPDATE blob SET data = zeroblob(length(data))")
    else:
        doctored = _doctored(master, tmp_path, *DOCTORINGS[how])
    capsys.readouterr()
    assert cli.main(["--db", str(db), "restore", str(doctored)]) == 2
    err = capsys.readouterr().err
    assert "not" in err and str(doctored) in err
    assert _contents(db) == before
    assert not list(tmp_path.glob("live.db.restoring*"))


def test_the_trail_of_the_database_a_restore_replaces_is_kept(
    tmp_path: Path, master: dict[str, Path], capsys: pytest.CaptureFixture[str]
) -> None:
    db = tmp_path / "live.db"
    shutil.copy2(master["db"], db)
    with dbfile.connection(db, readonly=True) as conn:
        rows_before = trail.raw_rows(conn)
    assert cli.main(["--db", str(db), "restore", str(master["older"])]) == 0
    with dbfile.connection(db, readonly=True) as conn:
        after = trail.raw_rows(conn)
        assert trail.problems(after) == []
        cases = {r[0] for r in conn.execute('SELECT id FROM "case"')}
    kept = {trail.identity(r)[1:] for r in after}
    assert {trail.identity(r)[1:] for r in rows_before} <= kept
    restores = [r for r in after if r["action"] == "restore"]
    removed = {r["case_id"] for r in rows_before if r["case_id"]} - cases  # not in the backup
    assert removed and removed <= {r["case_id"] for r in restores}
    capsys.readouterr()
    for case_id in removed:
        assert cli.main(["--db", str(db), "history", str(case_id)]) == 0
        assert "restore" in capsys.readouterr().out
