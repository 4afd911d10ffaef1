"""One test per finding of issue 15 not already covered by tests/durability/test_faults.py
(1, 2, 3, 7 and the lock side of 9 are there): each fails on the behaviour the issue
found and passes now."""

from __future__ import annotations

import json
import os
import shutil
import sqlite3
import stat
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from caselog import cli
from caselog.review.overview import OverviewRow, to_csv
from caselog.store import backup, crypto, dbfile
from caselog.store import services as sv
from caselog.store.engine import Store, open_store
from caselog.store.errors import NotCaselogDatabase
from tests.conftest import QUICK_KDF_ITER
from tests.store.factory import example_case, minimal_case


def _filled(path: Path, *, images: bool = False) -> Path:
    store = open_store(str(path))
    try:
        for n in range(2):
            case = example_case() if images else minimal_case(f"Case {n}")
            case.title = f"Case {n}"
            sv.create_case(case, store=store)
    finally:
        store.close()
    return path


# ---- 4: damage inside a stored image ----


def _damage_one_image(db: Path) -> None:
    with sqlite3.connect(db, isolation_level=None) as conn:
        [(sha, data)] = conn.execute("SELECT sha256, data FROM blob LIMIT 1").fetchall()
        spoiled = bytearray(data)
        spoiled[len(spoiled) // 2] ^= 0xFF  # one byte: SQLite's checks cannot see it
        conn.execute("UPDATE blob SET data = ? WHERE sha256 = ?", (bytes(spoiled), sha))


def test_4_a_damaged_image_is_found_and_never_leaves(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = _filled(tmp_path / "c.db", images=True)
    _damage_one_image(db)
    with dbfile.connection(db, readonly=True) as conn:
        assert dbfile.integrity_check(conn) == []  # what the issue found: SQLite says ok
    capsys.readouterr()
    assert cli.main(["--db", str(db), "check-db"]) == 1
    assert "damaged: its bytes no longer match its SHA-256" in capsys.readouterr().err
    assert cli.main(["--db", str(db), "verify"]) == 1  # the older name does the same
    out = tmp_path / "copy.db"
    assert cli.main(["--db", str(db), "backup", "-o", str(out)]) != 0
    assert "SHA-256" in capsys.readouterr().err and not out.exists()
    assert cli.main(["--db", str(db), "export", "1", "-o", str(tmp_path / "x.json")]) == 1
    assert "damaged" in capsys.readouterr().err and not (tmp_path / "x.json").exists()
    pdf = tmp_path / "r.pdf"
    assert cli.main(["--db", str(db), "report", "1", "--template", "cureus", "-o", str(pdf)]) == 1
    assert "damaged" in capsys.readouterr().err and not pdf.exists()


# ---- 5: tamper evidence ----


def _forge(db: Path, *sql: str) -> None:
    with sqlite3.connect(db, isolation_level=None) as conn:
        conn.execute("DROP TRIGGER audit_no_update")
        conn.execute("DROP TRIGGER audit_no_delete")
        conn.execute("DROP TRIGGER audit_chained")
        for s in sql:
            conn.execute(s)


@pytest.mark.parametrize(
    "forgery",
    [
        ("UPDATE audit SET new_value = 'a forged title' WHERE id = 1",),
        ("DELETE FROM audit WHERE id = 1",),
        (
            "INSERT INTO audit (at, user, action, entity, entity_id, case_id, chain) "
            "SELECT at, 'mallory', 'update', 'case', 1, 1, chain FROM audit WHERE id = 1",
            "INSERT INTO audit (at, user, action, entity, entity_id, case_id, chain) "
            "SELECT at, user, action, entity, entity_id, case_id, 'x' FROM audit WHERE id = 2",
        ),
    ],
    ids=["edited", "deleted", "inserted"],
)
def test_5_a_forged_trail_is_reported_by_history_check_db_and_backup(
    forgery: tuple[str, ...], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = _filled(tmp_path / "c.db")
    assert cli.main(["--db", str(db), "history", "2"]) == 0
    _forge(db, *forgery)
    capsys.readouterr()
    assert cli.main(["--db", str(db), "history", "2"]) == 1
    assert "tampered with" in capsys.readouterr().err
    assert cli.main(["--db", str(db), "check-db"]) == 1
    err = capsys.readouterr().err
    assert "hash chain" in err and "lacks caselog's trigger" in err
    out = tmp_path / "copy.db"
    assert cli.main(["--db", str(db), "backup", "-o", str(out)]) != 0
    assert "hash chain" in capsys.readouterr().err and not out.exists()


def test_5_a_trail_written_by_caselog_verifies(tmp_path: Path) -> None:
    db = _filled(tmp_path / "c.db")
    store = open_store(str(db))
    try:
        case = sv.get_case(1, store=store)
        case.title = "renamed"
        sv.update_case(case, store=store)
        sv.delete_case(2, store=store)
        assert sv.trail_problems(store=store) == []
        assert sv.check_database(store) == (None, [])
    finally:
        store.close()


# ---- 6: backup records itself, export targets absolute ----


def test_6_backup_and_export_are_recorded_with_absolute_paths(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    db = _filled(tmp_path / "c.db")
    monkeypatch.chdir(tmp_path)
    assert cli.main(["--db", str(db), "backup", "-o", "copy.db"]) == 0
    assert cli.main(["--db", str(db), "export", "1", "-o", "out.json"]) == 0
    with dbfile.connection(db, readonly=True) as conn:
        rows = conn.execute("SELECT action, entity, new_value FROM audit").fetchall()
    [made] = [r for r in rows if r[0] == "backup"]
    assert made[1] == "database" and made[2] == str(tmp_path / "copy.db")
    [exported] = [r for r in rows if r[0] == "export"]
    assert str(tmp_path / "out.json") in exported[2]


# ---- 8: partial files of an interrupted backup ----

KILLED_BACKUP = """
import os, sys
from pathlib import Path
import sqlcipher3
from caselog.store import backup
KDF = sqlcipher3.connect(":memory:")  # the tests' quick key derivation (tests/conftest.py)
KDF.execute("PRAGMA cipher_default_kdf_iter = " + sys.argv[4])
backup._fsync = lambda _path: os._exit(9)  # killed once the partial copy is written
backup.backup_file_to(Path(sys.argv[1]), Path(sys.argv[2]), passphrase=sys.argv[3] or None)
"""


def test_8_the_partial_copy_of_an_encrypted_database_is_encrypted(tmp_path: Path) -> None:
    db = _filled(tmp_path / "c.db")
    sv.encrypt_database(str(db), "secret")
    out = tmp_path / "copy.db"
    args = [sys.executable, "-c", KILLED_BACKUP, str(db), str(out), "secret", str(QUICK_KDF_ITER)]
    assert subprocess.run(args, check=False).returncode == 9
    partial = tmp_path / "copy.db.partial"
    assert crypto.is_encrypted(partial)
    assert b"Case 0" not in partial.read_bytes() and b"SQLite format" not in partial.read_bytes()
    open_store(str(db), passphrase="secret").close()
    assert not partial.exists()


def test_8_an_interrupted_backup_leaves_nothing_after_the_next_start(tmp_path: Path) -> None:
    db = _filled(tmp_path / "c.db")
    out_dir = tmp_path / "elsewhere"
    out_dir.mkdir()
    out = out_dir / "copy.db"
    args = [sys.executable, "-c", KILLED_BACKUP, str(db), str(out), "", str(QUICK_KDF_ITER)]
    done = subprocess.run(args, check=False)
    assert done.returncode == 9
    assert (out_dir / "copy.db.partial").exists()  # what a kill leaves
    open_store(str(db)).close()
    assert list(out_dir.iterdir()) == []
    assert not backup.partials_path(db).exists()


# ---- 9: no raw database error reaches the user ----


def test_9_a_database_error_says_its_cause_without_sql_or_values(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = _filled(tmp_path / "c.db")
    with sqlite3.connect(db, isolation_level=None) as conn:  # a trigger outside caselog
        conn.execute(
            'CREATE TRIGGER refuse BEFORE INSERT ON "case" '
            "BEGIN SELECT RAISE(ABORT, 'refused by a trigger'); END"
        )
    case_file = tmp_path / "one.json"
    store = open_store(str(tmp_path / "src.db"))
    try:
        made = sv.create_case(minimal_case("Secret title"), store=store)
        assert made.case_id is not None
        sv.export_cases([made.case_id], case_file, store=store)
    finally:
        store.close()
    capsys.readouterr()
    assert cli.main(["--db", str(db), "import", str(case_file)]) == 1
    err = capsys.readouterr().err
    assert "INSERT" not in err and "Secret title" not in err and "sqlalche.me" not in err
    assert "[parameters" not in err


# ---- 10: a damaged header is not "encrypted" ----


def test_10_garbage_in_a_plain_header_is_not_taken_for_encryption(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = _filled(tmp_path / "c.db")
    open_store(str(db)).close()  # a backup of it exists
    with open(db, "r+b") as f:
        f.write(os.urandom(16))
    assert not crypto.is_encrypted(db)
    with pytest.raises(NotCaselogDatabase) as info:
        open_store(str(db))
    message = str(info.value)
    assert "damaged" in message and "passphrase" not in message and "encrypted" not in message
    assert "caselog restore" in message  # the file is damaged and a backup exists
    assert sv.encrypted_file(str(db)) is None  # the command line asks for no passphrase


def test_10_a_passphrase_for_a_plain_database_says_what_to_do(tmp_path: Path) -> None:
    db = _filled(tmp_path / "c.db")
    with pytest.raises(crypto.NotEncrypted) as info:
        open_store(str(db), passphrase="secret")
    assert "caselog.store" not in str(info.value) and "CASELOG_PASSPHRASE" in str(info.value)


def test_10_an_encrypted_database_is_still_known(tmp_path: Path) -> None:
    db = _filled(tmp_path / "c.db")
    sv.encrypt_database(str(db), "secret")
    assert crypto.is_encrypted(db)
    with pytest.raises(crypto.PassphraseNeeded):
        open_store(str(db))


# ---- 12: control characters printed safely ----


def test_12_control_characters_never_reach_the_terminal(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = tmp_path / "c.db"
    store = open_store(str(db))
    try:
        sv.create_case(minimal_case("a title"), store=store)
    finally:
        store.close()
    with sqlite3.connect(db, isolation_level=None) as conn:  # stored before the rule, or by hand
        conn.execute('UPDATE "case" SET title = ?', ("bad\x1b[31m title\x07 \u202eevil",))
    assert cli.main(["--db", str(db), "list"]) == 0
    out = capsys.readouterr().out
    assert "\x1b" not in out and "\x07" not in out and "\u202e" not in out
    assert "\\u001b[31m" in out and "\\u202e" in out


# ---- 13: the overview CSV and the log ----


@pytest.mark.parametrize(
    "title",
    [
        " =cmd|' /C calc'!A0",
        "\n=1+1",
        "\u00a0=1+1",
        "\u200b=1+1",
        "\ufeff=1+1",
        "\uff1d1+1",
        "\ufe621",
        "\t=1",
        " \u200b\u00a0@SUM(A1)",
    ],
)
def test_13_a_formula_is_neutralised_behind_any_lead(title: str) -> None:
    row = OverviewRow(1, title, "", "", None, None, None, None, None, None)
    line = to_csv([row]).split("\r\n", 1)[1]
    cell = line.split(",", 1)[1]
    assert cell.lstrip('"').startswith("'"), cell


def test_13_plain_text_is_left_alone() -> None:
    row = OverviewRow(1, "A title", "", "", None, None, None, None, None, None)
    assert to_csv([row]).split("\r\n")[1].split(",")[1] == "A title"


def _mode(p: Path) -> int:
    return stat.S_IMODE(p.stat().st_mode)


def test_13_the_csv_and_the_log_are_readable_by_the_user_alone(
    tmp_path: Path, store: Store
) -> None:
    os.umask(0o022)
    sv.create_case(minimal_case(), store=store)
    rows = sv.case_overview(store=store)
    out = sv.export_overview_csv(rows, tmp_path / "overview.csv", store=store)
    assert _mode(out) == 0o600
    log = cli.log_path()
    log.unlink(missing_ok=True)
    assert cli.main(["--db", str(tmp_path), "list"]) == 1  # a folder: refused, and logged
    assert log.exists() and _mode(log) == 0o600


# ---- 14: a closed pipe ----


def test_14_list_into_a_closed_pipe_ends_quietly(tmp_path: Path) -> None:
    db = tmp_path / "c.db"
    store = open_store(str(db))
    try:
        sv.import_cases([minimal_case(f"Bulk {n}") for n in range(3000)], store=store)
    finally:
        store.close()
    caselog = shutil.which("caselog", path=str(Path(sys.executable).parent))
    assert caselog is not None
    done = subprocess.run(
        f"'{caselog}' --db '{db}' list | head -1",
        shell=True,
        capture_output=True,
        text=True,
        check=False,
        env={**os.environ, "PYTHONUNBUFFERED": "0"},
    )
    assert done.stdout.startswith("1\t")
    assert done.stderr == ""
    pipe = subprocess.run(
        f"'{caselog}' --db '{db}' list | head -1 > /dev/null; echo ${{PIPESTATUS[0]}}",
        shell=True,
        executable="/bin/bash",
        capture_output=True,
        text=True,
        check=False,
    )
    assert pipe.stdout.strip() == "0" and pipe.stderr == ""


# ---- 11: invalid files refused, with what and where ----


def _example_raw() -> dict[str, object]:
    from tests.examples import EXAMPLE

    raw: dict[str, object] = json.loads(EXAMPLE.read_text(encoding="utf-8"))
    return raw


def _refused(tmp_path: Path, change: Callable[[dict[str, Any]], None]) -> str:
    from caselog.interchange.errors import CaseFileError
    from caselog.interchange.reader import read_case_file
    from tests.examples import EXAMPLE_DIR

    raw = _example_raw()
    change(raw["cases"][0])  # type: ignore[index]
    folder = tmp_path / "case"
    shutil.copytree(EXAMPLE_DIR, folder)
    path = folder / "case.json"
    path.write_text(json.dumps(raw), encoding="utf-8")
    with pytest.raises(CaseFileError) as info:
        read_case_file(path)
    return str(info.value)


def _set(key: str, value: object) -> Callable[[dict[str, Any]], None]:
    return lambda case: case.__setitem__(key, value)


@pytest.mark.parametrize(
    ("change", "said"),
    [
        (_set("index_date", "\u0662\u0660\u0662\u0664-\u0660\u0661-\u0660\u0662"), "index_date"),
        (_set("title", "x" * 200_000), "at most 100,000"),
        (_set("title", "bad\x1b[2J title"), "control character U+001B"),
        (_set("title", "\u202eevil"), "control character U+202E"),
        (_set("title", "two\nlines"), "control character U+000A"),
    ],
    ids=["arabic digits", "size", "escape", "override", "newline"],
)
def test_11_12_invalid_files_are_refused_saying_where(
    change: Callable[[dict[str, Any]], None], said: str, tmp_path: Path
) -> None:
    assert said in _refused(tmp_path, change)


def test_11_the_example_itself_still_reads(tmp_path: Path) -> None:
    from caselog.interchange.reader import read_case_file
    from tests.examples import EXAMPLE

    assert read_case_file(EXAMPLE).cases
