"""Migration 0015_search_filters moves the filters' values into ``case_filter`` (one narrow
row a case): a database with cases, taken down to 0014 and up again, finds the same cases
for every filter, with words and without; a seriousness not recorded (stored by the JSON
column as the JSON ``null``) comes up as not recorded, never as "none met"."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from alembic import command
from sqlalchemy import create_engine

from caselog.core.dates import PartialDate
from caselog.core.model import Assessment, Event, Kidney
from caselog.store import migrate, sqlite
from caselog.store import services as sv
from caselog.store.engine import open_store
from caselog.store.query import CaseQuery
from tests.store.factory import minimal_case

QUERIES = [
    CaseQuery(drug="denosumab"),
    CaseQuery(suspect_drug="romosozumab"),
    CaseQuery(reaction="hypocalcaemia"),
    CaseQuery(outcome="recovered"),
    CaseQuery(who_umc="probable"),
    CaseQuery(serious=True),
    CaseQuery(serious=False),
    CaseQuery(seriousness="death"),
    CaseQuery(dialysis="any"),
    CaseQuery(dialysis="none"),
    CaseQuery(index_from=PartialDate(2024, 3)),
    CaseQuery(text="calcification", outcome="recovered", dialysis="hemodialysis"),
]


def _seed(db: Path) -> None:
    store = open_store(str(db))
    try:
        for i, (seriousness, dialysis) in enumerate(
            [([], "hemodialysis"), (None, None), (["death"], "none"), (None, "peritoneal")]
        ):
            case = minimal_case(f"case {i} calcification")
            drug = ("denosumab", "romosozumab")[i % 2]
            case.events.append(
                Event(
                    kind="medication",
                    date=PartialDate(2024, 2, 1),
                    drug=drug,
                    action="start",
                    role="suspect",
                )
            )
            case.patient.kidney = Kidney(dialysis=dialysis)
            case.index_date = PartialDate(2024, 1 + i, 1)
            outcome = ("recovered", "fatal")[i // 2]
            case.assessment = Assessment(
                reaction=("severe hypocalcaemia", "calciphylaxis")[i // 2],
                outcome=outcome,
                who_umc=("probable", "possible")[i % 2],
                seriousness=seriousness,
            )
            sv.create_case(case, store=store)
    finally:
        store.close()


def _found(db: Path) -> list[list[str]]:
    store = open_store(str(db))
    try:
        return [sorted(s.title for s in sv.list_cases(store=store, query=q)) for q in QUERIES]
    finally:
        store.close()


def _migrate(db: Path, revision: str) -> None:
    engine = create_engine(f"sqlite:///{db}")
    sqlite.configure(engine)
    try:
        with engine.begin() as conn:
            config = migrate.alembic_config(conn)
            if revision == "head":
                command.upgrade(config, revision)
            else:
                command.downgrade(config, revision)
    finally:
        engine.dispose()


def test_down_to_0014_and_up_again_finds_the_same_cases(tmp_path: Path) -> None:
    db = tmp_path / "filters.db"
    _seed(db)
    before = _found(db)
    assert before[6] == ["case 0 calcification"]  # "not serious": recorded as none met
    assert before[-1] == ["case 0 calcification"]

    _migrate(db, "0014")
    with sqlite3.connect(db) as conn:
        gone = "SELECT count(*) FROM sqlite_master WHERE name = 'case_filter'"
        assert conn.execute(gone).fetchone() == (0,)
        assert conn.execute(
            "SELECT drugs, index_day FROM case_search ORDER BY case_id"
        ).fetchall() == [
            ("|denosumab|", 20240101),
            ("|romosozumab|", 20240201),
            ("|denosumab|", 20240301),
            ("|romosozumab|", 20240401),
        ]
        [(null,)] = conn.execute(
            "SELECT count(*) FROM assessment WHERE seriousness = 'null'"
        ).fetchall()
        assert null == 2  # what SQLAlchemy's JSON column stores for None

    _migrate(db, "head")
    with sqlite3.connect(db) as conn:
        assert conn.execute(
            "SELECT case_id, seriousness, dialysis, outcome FROM case_filter ORDER BY case_id"
        ).fetchall() == [
            (1, "[]", "hemodialysis", "recovered"),
            (2, None, None, "recovered"),
            (3, '["death"]', "none", "fatal"),
            (4, None, "peritoneal", "fatal"),
        ]
        columns = [r[1] for r in conn.execute("PRAGMA table_info(case_search)")]
        assert columns == ["case_id", "title", "label", "body"]
    assert _found(db) == before
