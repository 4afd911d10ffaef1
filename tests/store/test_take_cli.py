"""``caselog take`` and ``caselog bring`` (docs/cli.md, "Taking cases along"): a department
database on SQLite and on PostgreSQL (the ``db`` fixture), a laptop file on SQLite."""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path

import pytest

from caselog import cli
from caselog.core.dates import PartialDate
from caselog.core.model import Event
from caselog.store import services as sv
from caselog.store.crypto import is_encrypted
from caselog.store.engine import Store, open_store
from tests.store.factory import minimal_case

Capture = pytest.CaptureFixture[str]


def with_store(target: str, work: Callable[[Store], object], passphrase: str | None = None) -> None:
    store = open_store(target, passphrase=passphrase)
    try:
        work(store)
    finally:
        store.close()


def seed(db: str, *titles: str) -> None:
    def add(s: Store) -> None:
        for t in titles:
            case = minimal_case(t)
            case.events.append(
                Event(
                    kind="medication",
                    date=PartialDate(2024, 1, 3),
                    drug="denosumab",
                    action="start",
                    dose=60.0,
                )  # fmt: skip
            )
            sv.create_case(case, store=s)

    with_store(db, add)


def title(target: str, case_id: int, new: str, passphrase: str | None = None) -> None:
    with_store(target, lambda s: sv.set_title(case_id, new, store=s), passphrase)


def dose(target: str, case_id: int, value: float) -> None:
    def edit(s: Store) -> None:
        case = sv.get_case(case_id, store=s)
        med = next(e for e in case.events if e.kind == "medication")
        sv.update_event(case_id, replace(med, dose=value), store=s)

    with_store(target, edit)


def server_title(db: str, case_id: int) -> str:
    found: list[str] = []
    with_store(db, lambda s: found.append(sv.get_case(case_id, store=s).title))
    return found[0]


@pytest.mark.sqlite_only(
    "the command line over the same service; its PostgreSQL runs are the conflict test's"
)
def test_take_by_id_and_by_filter(db: str, tmp_path: Path, capsys: Capture) -> None:
    seed(db, "First", "Second romosozumab", "Third")
    laptop = tmp_path / "laptop.db"
    assert cli.main(["--db", db, "take", "1", "3", "--to", str(laptop)]) == 0
    assert capsys.readouterr().out.splitlines() == ["1\t1\tFirst", "3\t2\tThird"]
    assert cli.main(["--db", db, "take", "--search", "romosozumab", "--to", str(laptop)]) == 0
    assert capsys.readouterr().out.splitlines() == ["2\t3\tSecond romosozumab"]
    assert cli.main(["--db", db, "take", "1", "--to", str(laptop)]) == 2
    assert "already holds case 1" in capsys.readouterr().err
    assert cli.main(["--db", db, "take", "--to", str(laptop)]) == 2
    elsewhere = tmp_path / "elsewhere.db"
    assert cli.main(["--db", db, "take", "1", "99", "--to", str(elsewhere)]) == 2
    assert "no case with id 99" in capsys.readouterr().err
    assert not elsewhere.exists()  # nothing made
    assert cli.main(["--db", str(laptop), "list"]) == 0
    assert len(capsys.readouterr().out.splitlines()) == 3


def test_bring_refuses_a_conflict_until_settled(db: str, tmp_path: Path, capsys: Capture) -> None:
    seed(db, "First", "Second")
    laptop = str(tmp_path / "laptop.db")
    assert cli.main(["--db", db, "take", "1", "2", "--to", laptop]) == 0
    title(db, 1, "Server title")
    title(laptop, 1, "Laptop title")
    dose(db, 2, 120.0)
    dose(laptop, 2, 30.0)
    capsys.readouterr()
    assert cli.main(["--db", db, "bring", laptop]) == 2
    err = capsys.readouterr().err.splitlines()
    assert err[0] == (
        "caselog bring: conflict: case 1 (server case 1, 'Laptop title'): title: "
        'base "First"; local "Laptop title"; server "Server title"'
    )
    assert err[1].startswith("caselog bring: conflict: case 2 (server case 2, 'Second'): ")
    assert err[1].endswith("].dose: base 60.0; local 30.0; server 120.0")
    assert "2 conflicts to settle; nothing was brought" in err[2]
    assert server_title(db, 1) == "Server title"
    field = err[1].split(": ")[3]
    decisions = tmp_path / "decisions.json"
    decisions.write_text(json.dumps({"2": {field: "local"}}), encoding="utf-8")
    assert cli.main(["--db", db, "bring", laptop, "--decisions", str(decisions)]) == 2
    assert "case 1" in capsys.readouterr().err  # the title is still open
    args = ["--db", db, "bring", laptop, "--decisions", str(decisions), "--take", "server"]
    assert cli.main(args) == 0
    out = capsys.readouterr().out.splitlines()
    assert out == ["unchanged\t1\t1\tServer title\t", f"merged\t2\t2\tSecond\t{field}"]
    assert server_title(db, 1) == "Server title"
    with_store(laptop, lambda s: assert_title(s, 1, "Server title"))


def assert_title(s: Store, case_id: int, expected: str) -> None:
    assert sv.get_case(case_id, store=s).title == expected


@pytest.mark.sqlite_only(
    "the command line over the same service; its PostgreSQL runs are the conflict test's"
)
def test_bring_adds_cases_created_offline_and_says_what_remains(
    db: str, tmp_path: Path, capsys: Capture
) -> None:
    seed(db, "First")
    laptop = str(tmp_path / "laptop.db")
    assert cli.main(["--db", db, "take", "1", "--to", laptop]) == 0
    with_store(laptop, lambda s: sv.create_case(minimal_case("On the train"), store=s))
    title(laptop, 1, "Edited offline")
    capsys.readouterr()
    assert cli.main(["--db", db, "bring", laptop, "--dry-run"]) == 0
    assert capsys.readouterr().out.splitlines() == [
        "plan\t1\t1\tEdited offline\ttitle\t",
        "plan\t2\t\tOn the train\tnew\t",
    ]
    assert server_title(db, 1) == "First"  # a dry run writes nothing
    assert cli.main(["--db", db, "bring", laptop]) == 0
    assert capsys.readouterr().out.splitlines() == [
        "merged\t1\t1\tEdited offline\ttitle",
        "added\t2\t2\tOn the train\t",
    ]
    assert cli.main(["--db", db, "history", "2"]) == 0
    actions = [line.split("\t")[2] for line in capsys.readouterr().out.splitlines()]
    assert actions == ["create", "merge"]


@pytest.mark.parametrize(
    ("content", "message"),
    [
        ("[1]", "must be an object"),
        ("{nope", "not a JSON decisions file"),
        ('{"1": {"title": "mine"}}', '1.title: must be "local", "server" or "base"'),
        ('{"x": {}}', "'x': a laptop case id"),
    ],
)
def test_a_bad_decisions_file_is_bad_input(
    tmp_path: Path, capsys: Capture, content: str, message: str
) -> None:
    db = str(tmp_path / "dept.db")
    seed(db, "First")
    laptop = str(tmp_path / "laptop.db")
    assert cli.main(["--db", db, "take", "1", "--to", laptop]) == 0
    title(laptop, 1, "Edited offline")
    decisions = tmp_path / "d.json"
    decisions.write_text(content, encoding="utf-8")
    assert cli.main(["--db", db, "bring", laptop, "--decisions", str(decisions)]) == 2
    assert message in capsys.readouterr().err
    assert server_title(db, 1) == "First"


def test_an_encrypted_laptop_file_takes_its_passphrase_from_the_environment(
    tmp_path: Path, capsys: Capture, monkeypatch: pytest.MonkeyPatch
) -> None:
    db = str(tmp_path / "dept.db")
    seed(db, "First")
    laptop = tmp_path / "laptop.db"
    assert cli.main(["--db", db, "take", "1", "--to", str(laptop), "--encrypt"]) == 2
    assert "CASELOG_LAPTOP_PASSPHRASE" in capsys.readouterr().err
    assert not laptop.exists()
    monkeypatch.setenv("CASELOG_LAPTOP_PASSPHRASE", "correct horse")
    assert cli.main(["--db", db, "take", "1", "--to", str(laptop), "--encrypt"]) == 0
    assert is_encrypted(laptop)
    title(str(laptop), 1, "Edited on the encrypted laptop", passphrase="correct horse")
    assert cli.main(["--db", db, "bring", str(laptop)]) == 0
    assert server_title(db, 1) == "Edited on the encrypted laptop"
    monkeypatch.setenv("CASELOG_LAPTOP_PASSPHRASE", "wrong")
    assert cli.main(["--db", db, "bring", str(laptop)]) == 1
    assert "wrong passphrase" in capsys.readouterr().err
