"""The full-text indexes merge after the writes, not inside them (db/versions/0020): a write
adds its segments, ``tidy_search_index`` merges them in steps of their own, and a search
finds the same cases before and after, the index whole throughout (FTS5's
``integrity-check``). SQLite only: PostgreSQL has no FTS5."""

from __future__ import annotations

from pathlib import Path

from caselog import cli
from caselog.core.dates import PartialDate
from caselog.core.model import Event
from caselog.store import fts
from caselog.store import services as sv
from caselog.store.engine import Store, open_store
from caselog.store.query import CaseQuery
from tests.examples import EXAMPLE
from tests.store.factory import minimal_case

IMPORTS = 6  # more than FTS5's merge threshold (4 segments a level), fewer than its 16
# FTS5's automatic merging works in quanta of 64 pages written: each import writes about
# that many (20 cases of 400 words each), or a write would merge nothing either way
CASES, WORDS = 20, 400


def segments(store: Store) -> dict[str, int]:
    with store.read() as conn:
        return {t: fts.segments(conn, t) for t in fts.INDEXES}


def hits(store: Store, words: str) -> list[int]:
    found = sv.list_cases(store=store, query=CaseQuery(text=words), order_by="id")
    return sorted(s.id for s in found)


def data_version(store: Store) -> tuple[int, int]:
    with store.read() as conn:
        version = conn.exec_driver_sql("PRAGMA user_version").scalar_one()
        audit = conn.exec_driver_sql("SELECT count(*) FROM audit").scalar_one()
    return int(version), int(audit)


def import_batches(
    store: Store, batches: int = IMPORTS, count: int = CASES, words: int = WORDS
) -> list[list[int]]:
    """``batches`` imports of ``count`` cases each, one transaction each, every case with a
    note of ``words`` words of its own; the ids by import."""
    made = []
    for k in range(batches):
        cases = []
        for i in range(count):
            case = minimal_case(f"Calciphylaxis case {k}-{i}", f"patient {k} {i}")
            first = (k * count + i) * words
            note = " ".join(f"term{n}" for n in range(first, first + words))
            case.events.append(Event(kind="note", date=PartialDate(2024, 2, 1), text=note))
            cases.append(case)
        made.append(sorted(i for i, _ in sv.import_cases(cases, store=store).created))
    return made


def test_a_new_database_merges_nothing_inside_a_write(tmp_path: Path) -> None:
    store = open_store(str(tmp_path / "new.db"))
    try:
        with store.read() as conn:
            assert fts.automerge(conn) == {"case_fts": 0, "case_fts_head": 0}
    finally:
        store.close()


def test_writes_add_segments_and_the_merge_keeps_every_hit(tmp_path: Path) -> None:
    store = open_store(str(tmp_path / "cases.db"))
    try:
        made = import_batches(store)
        grown = segments(store)
        # each import added one segment to each index and merged none; FTS5's automatic
        # merging starts on a level's first four inside the fifth import
        assert grown == {"case_fts": IMPORTS, "case_fts_head": IMPORTS}
        queries = [
            "calciphylaxis",
            "calciph",
            "patient 4",
            "seen clinic",
            f"term{IMPORTS * CASES * WORDS - 1}",
            "term4799",
        ]
        before = {q: hits(store, q) for q in queries}
        assert before["calciphylaxis"] == before["calciph"] == sorted(sum(made, []))
        assert before["patient 4"] == sorted({*made[4], *(ids[4] for ids in made)})
        last = IMPORTS * CASES * WORDS - 1  # no longer word begins with it
        assert before[f"term{last}"] == [sum(made, [])[last // WORDS]]
        version = data_version(store)

        steps = sv.tidy_search_index(store=store)

        merged = segments(store)
        assert steps > 0 and all(merged[t] < 4 for t in fts.INDEXES), (grown, merged)
        assert {q: hits(store, q) for q in queries} == before
        with store.read() as conn:
            fts.check(conn)  # the index matches case_search, row for row
        # no data changed: the backup made before still holds this data, and the trail
        # records nothing
        assert data_version(store) == version
        assert sv.tidy_search_index(store=store) == 0  # nothing left to merge
    finally:
        store.close()


def test_an_import_writes_its_index_entries_in_one_segment_not_one_a_case(
    tmp_path: Path,
) -> None:
    """FTS5 writes out its pending entries at the end of each statement: the search rows go
    in a few statements (caselog.store.bulk ``per_statement``), not one a case."""
    store = open_store(str(tmp_path / "cases.db"))
    try:
        cases = [minimal_case(f"Calciphylaxis case {i}", f"patient {i}") for i in range(60)]
        sv.import_cases(cases, store=store)
        assert segments(store) == {"case_fts": 1, "case_fts_head": 1}
        assert len(hits(store, "calciphylaxis")) == 60
        with store.read() as conn:
            fts.check(conn)
    finally:
        store.close()


def test_a_closed_store_is_not_merged(tmp_path: Path) -> None:
    store = open_store(str(tmp_path / "cases.db"))
    import_batches(store, 4, count=2, words=3)
    store.close()
    assert sv.tidy_search_index(store=store) == 0
    again = open_store(str(tmp_path / "cases.db"))
    try:
        assert sv.tidy_search_index(store=again, stop=lambda: True) == 0
        assert sv.tidy_search_index(store=again) > 0
    finally:
        again.close()


def test_the_command_line_merges_after_an_import(tmp_path: Path) -> None:
    db = tmp_path / "cases.db"
    store = open_store(str(db))
    try:
        import_batches(store, 4, count=2, words=3)
        assert segments(store) == {"case_fts": 4, "case_fts_head": 4}
    finally:
        store.close()
    assert cli.main(["--db", str(db), "import", str(EXAMPLE)]) == 0
    store = open_store(str(db))
    try:
        assert all(n < 4 for n in segments(store).values()), segments(store)
        assert len(hits(store, "epidural calcification")) == 1
    finally:
        store.close()
