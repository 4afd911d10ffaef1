"""``caselog check ID`` (docs/cli.md): LEVEL<TAB>RULE<TAB>MESSAGE per finding."""

from __future__ import annotations

from pathlib import Path

import pytest

from caselog import cli
from tests.examples import EXAMPLE

Capture = pytest.CaptureFixture[str]


def _import_example(db: Path, capsys: Capture) -> str:
    assert cli.main(["--db", str(db), "import", str(EXAMPLE)]) == 0
    return capsys.readouterr().out.split("\t")[0]


def test_check_prints_the_examples_findings(tmp_path: Path, capsys: Capture) -> None:
    db = tmp_path / "c.db"
    case_id = _import_example(db, capsys)
    assert cli.main(["--db", str(db), "check", case_id]) == 0
    out = capsys.readouterr().out
    rows = [line.split("\t") for line in out.splitlines()]
    assert all(len(r) == 3 for r in rows) and out.endswith("\n")
    assert [(level, rule) for level, rule, _ in rows] == [
        ("warning", "references.unmarked"),  # its one reference, and no [@key] in its text
        ("info", "romosozumab.no-followon-antiresorptive"),
        ("info", "who_umc.alternative-causes-unknown"),
        ("info", "who_umc.naranjo-discordant"),
        ("missing", "care.title"),
        ("missing", "care.clinical-findings"),
        ("missing", "care.patient-perspective"),
    ]  # no label-rule warning: three monthly doses, calcium checked before each
    info = rows[1][2]
    assert "day 94" in info and "bisphosphonates are not recommended" in info
    assert rows[4][2].startswith('CARE 1 Title: partial; the title should say "case report"')
    assert "2024" not in out and "Testcase" not in out and "MRN" not in out


def test_check_of_an_unknown_id_exits_2_naming_it(tmp_path: Path, capsys: Capture) -> None:
    db = tmp_path / "c.db"
    _import_example(db, capsys)
    assert cli.main(["--db", str(db), "check", "9"]) == 2
    captured = capsys.readouterr()
    assert "no case with id 9" in captured.err and captured.out == ""
    assert cli.main(["--db", str(db), "check", "x"]) == 2
    assert "'x' is not a case id" in capsys.readouterr().err
