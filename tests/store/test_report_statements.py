"""Seriousness "not recorded" versus "not serious", and the authors' statements (competing
interests, funding, ethics): through the database, the migration to 0004, and the command
line's warnings (docs/case-format.md, docs/cli.md)."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

import pytest

from caselog import cli
from caselog.core.model import Assessment, Consent, ReportText
from caselog.store import services as sv
from caselog.store.engine import open_store
from tests.store.factory import example_case, minimal_case

FIXTURES = Path(__file__).parents[1] / "fixtures"
Capture = pytest.CaptureFixture[str]


@pytest.mark.parametrize("seriousness", [None, [], ["death"]])
def test_seriousness_absent_empty_and_listed_come_back_as_stored(
    tmp_path: Path, seriousness: list[str] | None
) -> None:
    store = open_store(str(tmp_path / "s.db"))
    try:
        case = minimal_case()
        case.assessment = Assessment("rash", seriousness=seriousness)
        change = sv.create_case(case, store=store)
        assert change.case_id is not None
        back = sv.get_case(change.case_id, store=store)
        assert back.assessment is not None and back.assessment.seriousness == seriousness
    finally:
        store.close()


def test_the_authors_statements_are_stored(tmp_path: Path) -> None:
    store = open_store(str(tmp_path / "s.db"))
    try:
        change = sv.create_case(minimal_case(), store=store)
        assert change.case_id is not None
        rt = ReportText(competing_interests="None declared.", funding="Grant 12.", ethics="Exempt.")
        sv.set_report(change.case_id, rt, [], [], store=store)
        back = sv.get_case(change.case_id, store=store).report
        assert back is not None
        assert (back.competing_interests, back.funding, back.ethics) == (
            "None declared.",
            "Grant 12.",
            "Exempt.",
        )
    finally:
        store.close()


def test_the_migration_reads_a_stored_empty_seriousness_as_not_recorded(tmp_path: Path) -> None:
    """Before 0004 an absent key and a window with no box ticked both stored ``[]``: the
    upgrade cannot tell "not serious" from "not recorded", so it says "not recorded"."""
    old = tmp_path / "old.db"
    shutil.copy(FIXTURES / "rev0001.db", old)
    with sqlite3.connect(old) as conn:
        conn.execute("UPDATE assessment SET seriousness = '[]'")
    conn.close()
    store = open_store(str(old))
    try:
        [summary] = sv.list_cases(store=store)
        case = sv.get_case(summary.id, store=store)
        assert case.assessment is not None and case.assessment.seriousness is None
        assert case.report is not None and case.report.competing_interests is None
    finally:
        store.close()


def test_report_warns_on_stderr_of_each_statement_not_recorded(
    tmp_path: Path, capsys: Capture
) -> None:
    db = str(tmp_path / "c.db")
    store = open_store(db)
    try:
        case = example_case()
        assert case.report is not None
        case.report.competing_interests = "None declared."
        case.report.consent = Consent(True)
        change = sv.create_case(case, store=store)
        assert change.case_id is not None
        case_id = change.case_id
    finally:
        store.close()
    capsys.readouterr()
    for template in ("cureus", "cmaj"):
        out = tmp_path / f"{template}.pdf"
        assert (
            cli.main(["--db", db, "report", str(case_id), "--template", template, "-o", str(out)])
            == 0
        )
        err = capsys.readouterr().err
        assert "competing interests not recorded" not in err  # recorded: printed, no warning
        if template == "cureus":
            assert "caselog: warning: funding not recorded" in err
            assert "caselog: warning: ethics approval or exemption not recorded" in err
        assert "caselog: warning: no citation markers in the text" in err
