"""PostgreSQL's own shapes of the list's counts (caselog/store/postgres_pages.py): a word
in most cases is counted in storage order (or from the filters' cases), read from the
planner's statistics, and every count is the same as the GIN index's."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from sqlalchemy import event, text

from caselog.core.model import Assessment
from caselog.store import fts, postgres_pages
from caselog.store import services as sv
from caselog.store.engine import Store, open_store
from caselog.store.query import CaseQuery
from tests.store.test_search import add

pytestmark = pytest.mark.usefixtures("pg_cluster")


@pytest.fixture(scope="module")
def analysed(pg_module_url: str) -> Iterator[Store]:
    """40 cases: all say "renal", one in ten "rare", one in four is fatal; then ANALYZE,
    as autovacuum would, so that the planner's statistics know the words."""
    store = open_store(pg_module_url)
    for i in range(40):
        words = "renal rare" if i % 10 == 0 else "renal"
        a = Assessment(reaction="x", outcome="fatal" if i % 4 == 0 else "recovered")
        add(store, f"case {i:02d}", keywords=words.split(), assessment=a)
    with store.engine.begin() as conn:
        conn.execute(text("ANALYZE case_fts"))
        conn.execute(text("ANALYZE case_fts_head"))
    yield store
    store.close()


def _words(*words: str, prefix: bool = False) -> fts.Match:
    return fts.Match(words, prefix, postgres=True)


def test_a_word_in_most_cases_is_dense_by_the_statistics(analysed: Store) -> None:
    with analysed.read() as conn:
        assert postgres_pages.dense(conn, _words("renal"))
        assert postgres_pages.dense(conn, _words("ren", prefix=True))
        assert not postgres_pages.dense(conn, _words("rare"))  # one case in ten
        assert not postgres_pages.dense(conn, _words("renal", "rare"))
        assert not postgres_pages.dense(conn, _words("absent"))


@pytest.mark.parametrize(
    ("query", "exact"),
    [
        (CaseQuery(text="renal"), 40),
        (CaseQuery(text="ren"), 40),
        (CaseQuery(text="renal", outcome="fatal"), 10),
        (CaseQuery(text="renal", outcome="recovered"), 30),
        (CaseQuery(text="rare"), 4),
    ],
)
def test_counts_read_in_order_are_the_counts(analysed: Store, query: CaseQuery, exact: int) -> None:
    statements: list[str] = []

    def seen(_c: object, _cur: object, statement: str, *_rest: object) -> None:
        statements.append(statement)

    event.listen(analysed.engine, "before_cursor_execute", seen)
    try:
        assert sv.count_cases(store=analysed, query=query) == exact
        for cap in (1, 5, 39):
            assert sv.count_cases(store=analysed, query=query, at_most=cap) == min(exact, cap + 1)
    finally:
        event.remove(analysed.engine, "before_cursor_execute", seen)
    counted_in_order = any(
        "MATERIALIZED" in s or "FROM case_filter \nWHERE" in s or "FROM case_filter WHERE" in s
        for s in statements
    )
    assert counted_in_order == (query.text != "rare")  # a rare word: from the GIN index
