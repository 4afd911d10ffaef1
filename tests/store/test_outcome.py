"""The outcome of any case in the store (issue 16 item 6): migration 0010 from a database
at 0009 with its data, set_outcome, the one home of a drug reaction's outcome category,
and the case file's round trip."""

from __future__ import annotations

import json
import shutil
import sqlite3
from dataclasses import replace
from pathlib import Path

import pytest
from alembic import command
from sqlalchemy import create_engine

from caselog.core.dates import PartialDate
from caselog.core.model import Assessment, CaseOutcome
from caselog.store import migrate
from caselog.store import services as sv
from caselog.store.changes import Part
from caselog.store.engine import Store, open_store
from caselog.store.tables import metadata
from tests.store.factory import example_case

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"
SEEN = CaseOutcome(
    category="recovered_with_sequelae",
    date=PartialDate(2024, 9, 2),
    follow_up="Walking with a stick at 6 months; no new fracture.",
)


def _no_reaction(store: Store) -> int:
    case = replace(example_case(), assessment=None, outcome=None)
    return sv.create_case(case, store=store).case_id  # type: ignore[return-value]


def test_a_database_at_0009_with_a_case_upgrades_and_keeps_it(tmp_path: Path) -> None:
    db = tmp_path / "old.db"
    shutil.copy(FIXTURES / "rev0001.db", db)
    engine = create_engine(f"sqlite:///{db}")
    with engine.begin() as conn:  # the release before this one: up to 0009 only
        command.upgrade(migrate.alembic_config(conn), "0009")
    engine.dispose()
    with sqlite3.connect(db) as raw:
        tables = {r[0] for r in raw.execute("SELECT name FROM sqlite_master WHERE type='table'")}
        assert "case_outcome" not in tables
        [(title,)] = raw.execute('SELECT title FROM "case"').fetchall()
    store = open_store(str(db))
    try:
        assert migrate.current_revision(store.engine) == migrate.head_revision()
        [summary] = sv.list_cases(store=store)
        case = sv.get_case(summary.id, store=store)
        assert case.title == title and case.outcome is None  # not recorded, never assumed
        assert case.assessment is not None and case.assessment.reaction  # kept as it was
        # the old drug-reaction case takes a follow-up (its category stays the reaction's)
        change = sv.set_outcome(summary.id, CaseOutcome(follow_up="Seen at 6 months."), store=store)
        assert Part.OUTCOME in change.parts
        assert sv.get_case(summary.id, store=store).outcome == CaseOutcome(
            follow_up="Seen at 6 months."
        )
    finally:
        store.close()
    assert "case_outcome" in metadata.tables


def test_set_outcome_on_a_case_that_is_no_drug_reaction(store: Store) -> None:
    case_id = _no_reaction(store)
    change = sv.set_outcome(case_id, SEEN, store=store)
    assert change.parts >= {Part.OUTCOME, Part.ROW}
    got = sv.get_case(case_id, store=store)
    assert got.outcome == SEEN and got.outcome_category() == "recovered_with_sequelae"
    assert sv.list_cases(text="stick", store=store)[0].id == case_id  # the follow-up is searched
    sv.set_outcome(case_id, CaseOutcome(), store=store)  # empty is none
    assert sv.get_case(case_id, store=store).outcome is None


def test_a_drug_reaction_takes_no_second_category_and_nothing_changes(store: Store) -> None:
    case_id = sv.create_case(example_case(), store=store).case_id
    assert case_id is not None
    before = sv.get_case(case_id, store=store)
    with pytest.raises(ValueError, match="reaction's outcome"):
        sv.set_outcome(case_id, CaseOutcome(category="recovered"), store=store)
    assert sv.get_case(case_id, store=store) == before


def test_the_category_moves_into_a_new_assessment_never_twice(store: Store) -> None:
    case_id = _no_reaction(store)
    sv.set_outcome(case_id, SEEN, store=store)
    sv.set_assessment(case_id, Assessment(reaction="epidural calcification"), store=store)
    got = sv.get_case(case_id, store=store)
    assert got.assessment is not None and got.assessment.outcome == "recovered_with_sequelae"
    assert got.outcome == replace(SEEN, category=None)
    # removed, the assessment takes the reaction's outcome with it
    sv.set_assessment(case_id, None, store=store)
    assert sv.get_case(case_id, store=store).outcome == replace(SEEN, category=None)
    # an assessment that gives its own outcome wins, the case's category still goes
    sv.set_outcome(case_id, SEEN, store=store)
    sv.set_assessment(case_id, Assessment(reaction="x", outcome="recovering"), store=store)
    got = sv.get_case(case_id, store=store)
    assert got.assessment is not None and got.assessment.outcome == "recovering"
    assert got.outcome is not None and got.outcome.category is None


def test_case_file_round_trip_and_old_files(store: Store, tmp_path: Path) -> None:
    case_id = _no_reaction(store)
    sv.set_outcome(case_id, SEEN, store=store)
    out = tmp_path / "out.json"
    sv.export_cases([case_id], out, store=store)
    raw = json.loads(out.read_text(encoding="utf-8"))
    written = raw["cases"][0]
    assert written["outcome"] == {
        "category": "recovered_with_sequelae",
        "date": "2024-09-02",
        "follow_up": "Walking with a stick at 6 months; no new fracture.",
    }
    assert list(written).index("outcome") == list(written).index("events") + 1
    [again] = sv.import_case_file(out, store=store).added
    assert sv.get_case(again, store=store).outcome == SEEN
    # a file from before the key existed imports as before
    del written["outcome"]
    out.write_text(json.dumps(raw), encoding="utf-8")
    [old] = sv.import_case_file(out, store=store).added
    assert sv.get_case(old, store=store).outcome is None


def test_a_file_giving_a_category_beside_an_assessment_is_refused(
    store: Store, tmp_path: Path
) -> None:
    case_id = sv.create_case(example_case(), store=store).case_id
    assert case_id is not None
    out = tmp_path / "out.json"
    sv.export_cases([case_id], out, store=store)
    raw = json.loads(out.read_text(encoding="utf-8"))
    raw["cases"][0]["outcome"] = {"category": "recovered"}
    out.write_text(json.dumps(raw), encoding="utf-8")
    count = len(sv.list_cases(store=store))
    with pytest.raises(Exception, match=r"cases\[0\]\.outcome\.category"):
        sv.import_case_file(out, store=store)
    assert len(sv.list_cases(store=store)) == count


def test_the_follow_up_leaves_the_machine_de_identified(store: Store, tmp_path: Path) -> None:
    case_id = _no_reaction(store)
    name = sv.get_case(case_id, store=store).patient.private.name
    assert name
    words = f"{name} walked unaided at the last visit."
    sv.set_outcome(case_id, CaseOutcome(category="recovered", follow_up=words), store=store)
    out = tmp_path / "anon.json"
    sv.export_cases([case_id], out, store=store, anonymise=True)
    written = json.loads(out.read_text(encoding="utf-8"))["cases"][0]["outcome"]
    assert written["category"] == "recovered"
    assert "walked unaided" in written["follow_up"]
    assert not any(part in written["follow_up"] for part in name.split())
