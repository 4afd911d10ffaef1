"""PostgreSQL's shapes of the narrowed list's statements (``caselog.store.pages``), where
the portable shape leaves its planner to a guess it gets wrong.

PostgreSQL guesses how many cases a full-text search finds from its statistics of the
words, but for a word being typed (a prefix, ``:*``) it always guesses 2% of the rows,
and it costs a look-up by key as a read from disk (``random_page_cost``), though the
list's tables are in memory. From those guesses the portable statements were planned as:
every case sorted for each page (no index held the list's tie-breaker, db/versions/0018),
the whole ``case`` table hashed to meet 2,000 ids of a walk, the list's order walked to
its end for a rare word, and the index's every hit listed (a GIN index cannot stop early)
to count to 1,000. Here each is said so that it has one plan:

- ``walked``: the walk (the latest N cases) as a range of the list's order index, read in
  order, instead of a membership in N ids;
- ``among_few``: a search known to find fewer than ``pages.FEW`` cases looks them up by
  key from the list of their ids (``= ANY(ARRAY(...))``), instead of joining the index;
- ``count``: a count up to N of a word found in most cases reads the index's rows in
  storage order and stops at N; any other is counted from the GIN index. Which, is read
  from the planner's own statistics of the words (``pg_stats``: the most common words
  and the share of rows holding each).
"""

from __future__ import annotations

import time
from collections.abc import Sequence
from typing import Any

from sqlalchemy import (
    ColumnElement,
    Connection,
    Integer,
    Row,
    Select,
    and_,
    any_,
    bindparam,
    func,
    literal,
    select,
    text,
    tuple_,
)
from sqlalchemy.sql.util import ClauseAdapter
from sqlalchemy.types import ARRAY

from caselog.store import fts, postgres_fts
from caselog.store.narrow import Narrowed
from caselog.store.tables import case_filter_t, case_t

DENSE = 0.2  # a word in at least this share of the cases (at the least): counted in order
STATS_TTL_S = 300.0  # the words' statistics are read again after this long


def walked(descending: bool) -> ColumnElement[bool]:
    """The cases among the ``walked`` latest (or earliest) updated: those from the last
    of them on, in the list's order (``(updated_at, id)``, the index of db/versions/0018),
    so that they are read from the index in order and each is tested as it is read."""
    at, tie = case_t.c.updated_at, case_t.c.id
    order = (at.desc(), tie.desc()) if descending else (at, tie)
    window = (
        select(at.label("at"), tie.label("id"))
        .order_by(*order)
        .limit(bindparam("walked", type_=Integer))
        .subquery()
    )
    w_at, w_id = window.c.at, window.c.id
    last = (
        select(w_at, w_id)
        .order_by(*((w_at, w_id) if descending else (w_at.desc(), w_id.desc())))
        .limit(1)
    )
    bound = tuple_(
        last.with_only_columns(w_at).scalar_subquery(),
        last.with_only_columns(w_id).scalar_subquery(),
    )
    row = tuple_(at, tie)
    return row >= bound if descending else row <= bound


def by_ids(
    conn: Connection, summaries: Select[Any], ids: Sequence[Row[Any]], descending: bool
) -> list[Row[Any]]:
    """The rows of ``summaries`` (the list's summary statement) for the cases ``ids``
    (rows of one id, from a walk), in the list's order. A walk selects ids alone: with the
    summary's joins in it, the planner's cost of testing each case made every join plan
    look alike, and it chose to read the joined tables whole for each row."""
    if not ids:
        return []
    at, tie = case_t.c.updated_at, case_t.c.id
    order = (at.desc(), tie.desc()) if descending else (at, tie)
    wanted = bindparam("ids", [int(r[0]) for r in ids], type_=ARRAY(Integer))
    return list(conn.execute(summaries.where(tie == any_(wanted)).order_by(*order)).all())


def among_few(hits: ColumnElement[bool], ids: ColumnElement[Any]) -> ColumnElement[bool]:
    """The case is one of the (few) hits found by ``hits`` over ``ids`` (the index's case
    ids), listed first, then each case looked up by key."""
    listed = select(ids).where(hits).scalar_subquery()
    return case_t.c.id == any_(func.array(listed))


def tested(where: list[ColumnElement[bool]], case_id: ColumnElement[Any]) -> ColumnElement[bool]:
    """The filters ``where`` (over the case's filter row, as ``narrow`` makes them) for the
    case ``case_id`` alone: one look-up by key per case tested, whatever the planner guesses
    of how many cases pass (a guess of "few" made it start from the filters' table and never
    walk the list's order)."""
    f = case_filter_t.alias("f_filter")
    cond: Any = ClauseAdapter(f).traverse(and_(*where))
    first = select(literal(True)).select_from(f).where(f.c.case_id == case_id, cond).limit(1)
    return first.scalar_subquery().is_(True)


def count(conn: Connection, narrowed: Narrowed, at_most: int) -> int | None:
    """How many cases match, counted no further than ``at_most``, when the words are in
    most cases (``dense``): with filters, the cases that pass them (found as the planner
    sees fit from its statistics of their columns), each tested for the words by key;
    without, the index's rows read in storage order, each tested, until ``at_most`` are
    found. None: count it from the GIN index (``pages.count``)."""
    match = narrowed.match
    if match is None or not dense(conn, match):
        return None
    if narrowed.where:  # the filters first, planned from their own statistics; then the words
        f = case_filter_t
        found = select(f.c.case_id).where(*narrowed.where)
        found = found.where(postgres_fts.probe(match, f.c.case_id))
        ids: Any = f.c.case_id
    else:  # the index's rows in storage order, each tested, until enough are found
        t = postgres_fts.table_of(match)
        scanned = select(t.c.case_id, t.c.doc).cte("scanned").prefix_with("MATERIALIZED")
        hits = scanned.c.doc.op("@@")(postgres_fts.tsquery(match))
        found, ids = select(scanned.c.case_id).where(hits), scanned.c.case_id
    found = found.where(*(~postgres_fts.probe(m, ids) for m in narrowed.exclude))
    stmt = select(func.count()).select_from(found.limit(at_most).subquery())
    return int(conn.execute(stmt).scalar_one())


def dense(conn: Connection, match: fts.Match) -> bool:
    """Whether every word of ``match`` is in at least ``DENSE`` of its index's rows by the
    statistics (for several words, the least share they can have together)."""
    shares = _shares(conn, postgres_fts.table_of(match).name)
    if not shares:
        return False
    total = 0.0
    for i, word in enumerate(match.words):
        prefix = match.prefix_last and i == len(match.words) - 1
        found = [f for w, f in shares.items() if (w.startswith(word) if prefix else w == word)]
        share = max(found, default=0.0)
        total += share
    together = max(0.0, total - (len(match.words) - 1))  # the least any n shares can overlap
    return together >= DENSE


def _shares(conn: Connection, table: str) -> dict[str, float]:
    """The index's most common words and the share of rows holding each (``pg_stats``;
    read once a connection per ``STATS_TTL_S``)."""
    key = f"caselog.pg_words.{table}"
    cached = conn.info.get(key)
    if cached is not None and time.monotonic() - cached[0] < STATS_TTL_S:
        return dict(cached[1])
    row = conn.execute(
        text(
            "SELECT most_common_elems::text::text[], most_common_elem_freqs FROM pg_stats "
            "WHERE schemaname = current_schema() AND tablename = :t AND attname = 'doc'"
        ),
        {"t": table},
    ).first()
    shares: dict[str, float] = {}
    if row is not None and row[0] is not None and row[1] is not None:
        shares = {str(w): float(f) for w, f in zip(row[0], row[1], strict=False)}
    conn.info[key] = (time.monotonic(), shares)
    return shares


__all__ = ["DENSE", "among_few", "by_ids", "count", "dense", "tested", "walked"]
