"""``caselog references ID FILE...`` (docs/cli.md: References): the items added, one line
each, stored, exported; bad input named with its file and line, and nothing added."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from caselog import cli
from caselog.core.model import CslItem
from caselog.store import services
from caselog.store.engine import open_store
from tests.examples import EXAMPLE

Capture = pytest.CaptureFixture[str]
FIXTURES = Path(__file__).parents[1] / "fixtures" / "references"
TYPED = (
    "Cosman F, Crittenden DB, Adachi JD, et al. Romosozumab treatment in postmenopausal women "
    "with osteoporosis. N Engl J Med. 2016;375:1532-43. doi:10.1056/NEJMoa1607948"
)


def _example(db: Path, capsys: Capture) -> str:
    assert cli.main(["--db", str(db), "import", str(EXAMPLE)]) == 0
    return capsys.readouterr().out.split("\t")[0]


def _references(db: Path, case_id: str) -> list[object]:
    store = open_store(str(db))
    try:
        report = services.get_case(int(case_id), store=store).report
    finally:
        store.close()
    assert report is not None
    return list(report.references)


def test_references_adds_the_items_and_prints_key_and_formatted(
    tmp_path: Path, capsys: Capture
) -> None:
    db = tmp_path / "r.db"
    case_id = _example(db, capsys)
    nbib = FIXTURES / "example.nbib"
    assert cli.main(["--db", str(db), "references", case_id, str(nbib)]) == 0
    lines = [line.split("\t") for line in capsys.readouterr().out.splitlines()]
    assert [key for key, _ in lines] == ["cosman2016", "kidney2017", "berg2023"]
    assert lines[0][1] == (
        "Cosman F, Crittenden DB, Adachi JD, Binkley N, Czerwinski E, Ferrari S, et al. "
        "Romosozumab Treatment in Postmenopausal Women with Osteoporosis. N Engl J Med. "
        "2016 Oct 20;375(16):1532–43."
    )
    refs = _references(db, case_id)
    assert refs[0] == TYPED  # the case's typed reference stays first
    assert [r.key for r in refs[1:] if isinstance(r, CslItem)] == [k for k, _ in lines]

    out = tmp_path / "out" / "case.json"
    assert cli.main(["--db", str(db), "export", case_id, "-o", str(out)]) == 0
    written = json.loads(out.read_text(encoding="utf-8"))["cases"][0]["report"]["references"]
    assert written[0] == TYPED and written[1]["PMID"] == "27641143"
    assert written[2]["author"] == [
        {"literal": "Kidney Disease: Improving Global Outcomes (KDIGO) CKD-MBD Update Work Group"}
    ]
    capsys.readouterr()
    assert cli.main(["--db", str(tmp_path / "again.db"), "import", str(out)]) == 0
    again = capsys.readouterr().out.split("\t")[0]
    assert _references(tmp_path / "again.db", again) == refs


def test_the_same_key_again_replaces_the_reference(tmp_path: Path, capsys: Capture) -> None:
    db = tmp_path / "r.db"
    case_id = _example(db, capsys)
    bib = FIXTURES / "example.bib"
    assert cli.main(["--db", str(db), "references", case_id, str(bib), "--style", "ama"]) == 0
    first = capsys.readouterr().out
    assert first.splitlines()[0].endswith("2016;375(16):1532-1543. doi:10.1056/NEJMoa1607948")
    fixed = tmp_path / "fixed.json"
    fixed.write_text(
        json.dumps([{"id": "KDIGO2017", "type": "report", "title": "Replaced"}]), encoding="utf-8"
    )
    assert cli.main(["--db", str(db), "references", case_id, str(fixed)]) == 0
    assert capsys.readouterr().out == "KDIGO2017\tReplaced.\n"
    refs = _references(db, case_id)
    assert len(refs) == 4 and isinstance(refs[2], CslItem) and refs[2].data["title"] == "Replaced"


def test_bad_input_names_the_file_and_line_and_adds_nothing(
    tmp_path: Path, capsys: Capture
) -> None:
    db = tmp_path / "r.db"
    case_id = _example(db, capsys)
    bad = tmp_path / "bad.ris"
    bad.write_text("TY  - JOUR\nTI  - fine\nER  - \n\nTY  - JOUR\nTI  - no end\n", "utf-8")
    code = cli.main(
        ["--db", str(db), "references", case_id, str(FIXTURES / "example.bib"), str(bad)]
    )
    captured = capsys.readouterr()
    assert code == 2 and captured.out == ""
    assert captured.err.strip() == (
        f"caselog references: {bad}: line 5: this record has no 'ER  - ' line (the file ends); "
        "nothing was added"
    )
    assert _references(db, case_id) == [TYPED]


def test_an_unknown_case_exits_2(tmp_path: Path, capsys: Capture) -> None:
    db = tmp_path / "r.db"
    _example(db, capsys)
    assert cli.main(["--db", str(db), "references", "99", str(FIXTURES / "example.bib")]) == 2
    assert "99" in capsys.readouterr().err


def test_check_warns_of_uncited_and_bare_references(tmp_path: Path, capsys: Capture) -> None:
    db = tmp_path / "r.db"
    case_id = _example(db, capsys)
    bare = tmp_path / "bare.json"
    bare.write_text('[{"id": "pending", "type": "article-journal", "DOI": "10.1/x"}]', "utf-8")
    assert cli.main(["--db", str(db), "references", case_id, str(bare)]) == 0
    assert capsys.readouterr().out == "pending\tdoi:10.1/x\n"
    assert cli.main(["--db", str(db), "check", case_id]) == 0
    rows = [line.split("\t") for line in capsys.readouterr().out.splitlines()]
    rules = [rule for _, rule, _ in rows if rule.startswith("references.")]
    assert rules == ["references.details", "references.unmarked"]
    details = next(m for _, rule, m in rows if rule == "references.details")
    assert details.startswith("reference 2 is a DOI alone (doi:10.1/x): details needed")


def test_the_styles_offered_are_those_shipped() -> None:
    sub = next(a for a in cli.build_parser()._actions if a.dest == "command")
    parser = sub.choices["references"]  # type: ignore[index]
    style = next(a for a in parser._actions if a.dest == "style")
    assert set(style.choices) == set(services.STYLES)


def test_a_database_from_before_items_keeps_its_typed_references(tmp_path: Path) -> None:
    """rev0001.db (the example, before revision 0013 added ``reference.item``) upgrades
    with its typed reference read as text."""
    copy = tmp_path / "old.db"
    shutil.copy(Path(__file__).parents[1] / "fixtures" / "rev0001.db", copy)
    store = open_store(str(copy))
    try:
        [summary] = services.list_cases(store=store)
        report = services.get_case(summary.id, store=store).report
    finally:
        store.close()
    assert report is not None and report.references == [TYPED]
