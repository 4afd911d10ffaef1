from __future__ import annotations

import datetime as dt
import sqlite3
from pathlib import Path

import pytest

from caselog import cli
from caselog.store import services as sv
from caselog.store.engine import open_store
from tests.store.factory import example_case, minimal_case

Capture = pytest.CaptureFixture[str]


def _seed(path: Path | str, *titles: str) -> None:
    store = open_store(str(path))
    try:
        # import_cases: stored as given (a tab in a title: stored before the single-line rule)
        sv.import_cases([minimal_case(t, label=f"label of {t}") for t in titles], store=store)
    finally:
        store.close()


def test_list_prints_tab_separated_rows_in_id_order(db: str, capsys: Capture) -> None:
    _seed(db, "First\tcase", "Second")
    assert cli.main(["--db", db, "list"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert [line.split("\t")[:3] for line in lines] == [
        ["1", "First case", "label of First\tcase".replace("\t", " ")],
        ["2", "Second", "label of Second"],
    ]
    updated = dt.datetime.fromisoformat(lines[0].split("\t")[3])
    assert updated.utcoffset() == dt.timedelta(0)


def test_db_flag_wins_over_environment(
    tmp_path: Path, capsys: Capture, monkeypatch: pytest.MonkeyPatch
) -> None:
    env_db, flag_db = tmp_path / "env.db", tmp_path / "flag.db"
    _seed(env_db, "from env")
    _seed(flag_db, "from flag")
    monkeypatch.setenv("CASELOG_DB", str(env_db))
    assert cli.main(["list"]) == 0
    assert "from env" in capsys.readouterr().out
    assert cli.main(["--db", str(flag_db), "list"]) == 0
    assert "from flag" in capsys.readouterr().out


def test_usage_errors_exit_2_without_traceback(tmp_path: Path, capsys: Capture) -> None:
    assert cli.main(["--db", str(tmp_path / "x.db"), "frobnicate"]) == 2
    err = capsys.readouterr().err
    assert "invalid choice" in err and "Traceback" not in err
    assert cli.main(["--db", str(tmp_path / "x.db"), "export", "abc", "-o", "out"]) == 2
    assert "'abc' is not a case id" in capsys.readouterr().err


def test_export_of_an_unknown_id_exits_2_naming_it(tmp_path: Path, capsys: Capture) -> None:
    db = tmp_path / "c.db"
    _seed(db, "only")
    out = tmp_path / "out"
    assert cli.main(["--db", str(db), "export", "1", "7", "-o", str(out)]) == 2
    assert "no case with id 7" in capsys.readouterr().err
    assert not out.exists()


def test_newer_database_exits_1_with_message(tmp_path: Path, capsys: Capture) -> None:
    db = tmp_path / "c.db"
    _seed(db)
    con = sqlite3.connect(db)
    con.execute("UPDATE alembic_version SET version_num = 'zzzz'")
    con.commit()
    con.close()
    assert cli.main(["--db", str(db), "list"]) == 1
    err = capsys.readouterr().err
    assert "written by a newer caselog" in err and "Traceback" not in err


def test_unexpected_failure_exits_1_and_logs_the_traceback(
    tmp_path: Path, capsys: Capture, monkeypatch: pytest.MonkeyPatch
) -> None:
    def boom(**_: object) -> None:
        raise RuntimeError("disk on fire")

    monkeypatch.setattr(sv, "list_cases", boom)
    db = str(tmp_path / "c.db")
    assert cli.main(["--db", db, "list"]) == 1
    err = capsys.readouterr().err
    assert "caselog: error: disk on fire" in err and "Traceback" not in err
    assert "Traceback" in cli.log_path().read_text()
    assert cli.main(["--db", db, "--debug", "list"]) == 1
    assert "Traceback" in capsys.readouterr().err


def test_no_subcommand_opens_the_window_or_prints_usage(
    tmp_path: Path, capsys: Capture, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(cli, "find_window", lambda: None)
    assert cli.main([]) == 2
    assert "usage: caselog" in capsys.readouterr().err
    opened: list[list[str]] = []
    monkeypatch.setattr(cli, "find_window", lambda: opened.append)
    assert cli.main(["--db", str(tmp_path / "w.db")]) == 0
    assert cli.main([]) == 0
    assert opened == [["--db", str(tmp_path / "w.db")], []]


EXAMPLE_JSON = "case.json"


def test_import_prints_id_and_title_per_case(db: str, capsys: Capture) -> None:
    from tests.store.factory import example_dir

    assert cli.main(["--db", db, "import", str(example_dir() / EXAMPLE_JSON)]) == 0
    assert capsys.readouterr().out == f"1\t{example_case().title}\n"
    store = open_store(db)
    try:
        back = sv.get_case(1, store=store)
        assert back.patient.private == example_case().patient.private
    finally:
        store.close()


def test_an_invalid_file_exits_2_and_writes_nothing(
    tmp_path: Path, db: str, capsys: Capture
) -> None:
    bad = tmp_path / "bad.json"
    bad.write_text('{"format": "caselog", "version": 1, "cases": [{"title": 3}]}')
    assert cli.main(["--db", db, "import", str(bad)]) == 2
    captured = capsys.readouterr()
    assert f"{bad}: cases[0].title" in captured.err and "Traceback" not in captured.err
    assert f"1 of 1 files not imported: {bad}" in captured.err
    assert captured.out == ""
    store = open_store(db)
    try:
        assert sv.count_cases(store=store) == 0
    finally:
        store.close()


def test_an_import_that_fails_for_another_reason_exits_1(
    tmp_path: Path, capsys: Capture, monkeypatch: pytest.MonkeyPatch
) -> None:
    """No import without its backup: the files are named, nothing is written, exit 1."""
    from caselog.store.backup import BackupError
    from caselog.store.services import files
    from tests.store.factory import example_dir

    def no_backup(*_: object) -> None:
        raise BackupError("the backups folder is full")

    monkeypatch.setattr(files, "backup_before", no_backup)
    db = str(tmp_path / "c.db")
    good = str(example_dir() / EXAMPLE_JSON)
    assert cli.main(["--db", db, "import", good, good]) == 1
    captured = capsys.readouterr()
    assert captured.err.count("the backups folder is full") == 2 and captured.out == ""
    assert "2 of 2 files not imported" in captured.err and "Traceback" not in captured.err
    store = open_store(db)
    try:
        assert sv.count_cases(store=store) == 0
    finally:
        store.close()


def test_export_writes_a_case_file_that_imports_back(
    tmp_path: Path, db: str, other_db: str, capsys: Capture
) -> None:
    """From either backend to either (a department's server and a laptop's file)."""
    store = open_store(db)
    try:
        sv.create_case(example_case(), store=store)
    finally:
        store.close()
    out = tmp_path / "export"
    assert cli.main(["--db", db, "export", "1", "-o", str(out)]) == 0
    written = Path(capsys.readouterr().out.strip())
    other = other_db
    assert cli.main(["--db", other, "import", str(written)]) == 0
    store = open_store(other)
    try:
        back = sv.get_case(1, store=store)
        assert back.patient.private == example_case().patient.private
        assert len([e for e in back.events if e.images]) == 2
    finally:
        store.close()


def test_export_anonymise_drops_private_fields(tmp_path: Path, capsys: Capture) -> None:
    db = tmp_path / "c.db"
    store = open_store(str(db))
    try:
        sv.create_case(example_case(), store=store)
    finally:
        store.close()
    out = tmp_path / "anon.json"
    assert cli.main(["--db", str(db), "export", "1", "-o", str(out), "--anonymise"]) == 0
    text = out.read_text()
    assert "MRN-0048213" not in text and "Hanako" not in text and "1949" not in text


def test_help_returns_0_and_lists_the_subcommands(capsys: Capture) -> None:
    assert cli.main(["--help"]) == 0
    out = capsys.readouterr().out
    assert all(name in out for name in ("import", "list", "export", "--db"))
    assert cli.main(["export", "--help"]) == 0
    assert "--anonymise" in capsys.readouterr().out


def test_export_creates_missing_folders_and_fills_an_existing_one(
    tmp_path: Path, capsys: Capture
) -> None:
    db = tmp_path / "c.db"
    store = open_store(str(db))
    try:
        sv.create_case(example_case(), store=store)
    finally:
        store.close()
    nested = tmp_path / "new" / "deeper" / "case.json"
    assert cli.main(["--db", str(db), "export", "1", "-o", str(nested)]) == 0
    assert nested.is_file()
    assert (nested.parent / "case-images").is_dir()
    folder = tmp_path / "existing"
    folder.mkdir()
    capsys.readouterr()
    assert cli.main(["--db", str(db), "export", "1", "-o", str(folder)]) == 0
    assert Path(capsys.readouterr().out.strip()) == folder / "caselog.json"
    assert (folder / "caselog.json").is_file()
