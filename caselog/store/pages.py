"""A page of the narrowed case list, found without sorting every match (100,000 cases).

In the order of the last change (the list's own order, and within a relevance tier):

- when the words alone match fewer than ``FEW`` cases, SQLite finds them through the FTS5
  index, tests the filters and sorts them: cheap because they are few;
- else the latest ``WALK_FACTOR`` cases a row wanted are read from ``ix_case_updated_at``
  and tested (the id among the MATCH's ids, listed once; every filter with no index, so
  that SQLite does not start from one); if the page fills among them it is the page (any
  other match changed earlier); if not, more are walked, as many as the density seen asks
  for, until the page fills or every case was walked. Each walk is bounded.

Other orders (title, patient, drug...): every match, sorted.

Relevance with words (``fts.tiers``): every word in the title, then every word in the
patient label, then the rest; each tier latest updated first (the order of the list
without words). bm25 is not used: it scores every match before the first row (0.4 s for a
word found in all of 100,000 cases).
"""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from sqlalchemy import (
    ColumnElement,
    Connection,
    Integer,
    Row,
    Select,
    bindparam,
    func,
    literal_column,
    select,
)

from caselog.store import fts, list_sql, postgres_pages
from caselog.store.narrow import Narrowed, hit, index_id, index_of, narrow
from caselog.store.query import CaseQuery
from caselog.store.tables import (
    assessment_t,
    case_filter_t,
    case_search_t,
    case_t,
    patient_t,
    private_t,
)

WALK_FACTOR = 20  # cases walked a row wanted at first (3 times more with filters), then more
FEW = 2_000  # matches of the words alone: below this, find them all and sort them
RELEVANCE = "relevance"
# the label and the Patient column: the same SQL as the whole list's (caselog.store.list_sql)
LABEL: ColumnElement[str] = literal_column(list_sql.LABEL_SQL)
PATIENT: ColumnElement[str] = literal_column(list_sql.PATIENT_SQL)


def joined(
    stmt: Select[Any], *, fts_first: fts.Match | None = None, search: bool = True
) -> Select[Any]:
    """The case with its summary rows (and ``search`` rows, which the filters read); with
    ``fts_first`` the hits of that full-text search come first, each case looked up by id."""
    base: Any = case_t
    if fts_first is not None:
        base = index_of(fts_first).join(case_t, case_t.c.id == index_id(fts_first))
    out = (
        base.outerjoin(patient_t, patient_t.c.case_id == case_t.c.id)
        .outerjoin(private_t, private_t.c.case_id == case_t.c.id)
        .outerjoin(assessment_t, assessment_t.c.case_id == case_t.c.id)
    )
    if search:
        out = _filtered(out, case_t.c.id)
    return stmt.select_from(out)


def _filtered(base: Any, case_id: ColumnElement[Any]) -> Any:
    """``base`` with the case's filter row and search row: the filters read the first, a
    word matched as typed (no full-text index, or not a plain word) the second. Each is
    keyed by the case id, so SQLite leaves out a join whose row nothing reads."""
    base = base.outerjoin(case_filter_t, case_filter_t.c.case_id == case_id)
    return base.outerjoin(case_search_t, case_search_t.c.case_id == case_id)


def summary_select(*, fts_first: fts.Match | None = None, search: bool = True) -> Select[Any]:
    return joined(
        select(
            case_t.c.id,
            case_t.c.title,
            LABEL,
            case_t.c.suspect_drug,
            assessment_t.c.reaction,
            assessment_t.c.outcome,
            case_t.c.updated_at,
            PATIENT,
            case_t.c.version,
        ),
        fts_first=fts_first,
        search=search,
    )


def fetch(
    conn: Connection,
    q: CaseQuery,
    keys: tuple[Any, ...],
    *,
    order_by: str,
    descending: bool,
    offset: int,
    limit: int | None,
) -> list[Row[Any]]:
    """Summary rows of the cases matching ``q``, by relevance or ordered by ``keys``
    (sort keys, descending already applied, for ``order_by``)."""
    narrowed = narrow(q, conn)
    if order_by == RELEVANCE and narrowed.match is not None:
        return _tiered(conn, q, narrowed, offset, limit)
    walk = order_by in (RELEVANCE, "updated")
    return _one(conn, q, narrowed, keys, walk, descending, offset, limit)


def _tiered(
    conn: Connection,
    q: CaseQuery,
    narrowed: Narrowed,
    offset: int,
    limit: int | None,
) -> list[Row[Any]]:
    assert narrowed.match is not None
    keys = (case_t.c.updated_at.desc(), case_t.c.id.desc())
    tiers = fts.tiers(narrowed.match)
    rows: list[Row[Any]] = []
    above: list[fts.Match] = []  # the tiers above that the words match: a later one leaves them out
    for i, match in enumerate(tiers):
        if limit is not None and limit <= len(rows):
            break
        # a tier above with no hits leaves nothing out: its MATCH is not run again (each
        # MATCH of a word typed as a prefix reads its whole doclist)
        tier = narrowed.with_match(match, tuple(above))
        hits = _hits_up_to_few(conn, tier)
        if hits == 0:
            continue  # the words match nothing in this tier
        above.append(match)
        if offset and i < len(tiers) - 1:
            n = count(conn, tier)  # only when paging past the first page
            if offset >= n:
                offset -= n
                continue
        wanted = None if limit is None else limit - len(rows)
        rows += _one(conn, q, tier, keys, True, True, offset, wanted, hits=hits)
        offset = 0
    return rows


def _one(
    conn: Connection,
    q: CaseQuery,
    narrowed: Narrowed,
    keys: tuple[Any, ...],
    walk: bool,
    descending: bool,
    offset: int,
    limit: int | None,
    *,
    hits: int | None = -1,
) -> list[Row[Any]]:
    """``hits``: the words' hits counted up to ``FEW`` (``_hits_up_to_few``), when known."""
    params: dict[str, Any] = {"offset": offset}
    if limit is not None:
        params["limit"] = limit
    if hits == -1:
        hits = _hits_up_to_few(conn, narrowed)
    if hits == 0:
        return []  # the words match nothing (a tier often does)
    if walk and limit is not None and (hits is None or hits >= FEW):
        unindexed = narrow(q, conn, indexed=False).with_match(narrowed.match, narrowed.exclude)
        postgres = conn.dialect.name == "postgresql"
        stmt = _paged(_walk(unindexed, descending, postgres=postgres), limit)
        last = conn.execute(select(func.max(case_t.c.id))).scalar_one() or 0
        # filters pass fewer cases than words alone: walk more of them at first
        walked = (WALK_FACTOR * 3 if unindexed.where else WALK_FACTOR) * (offset + limit)
        while True:
            rows = conn.execute(stmt, {**params, "walked": walked}).all()
            if len(rows) == limit or walked >= last:  # the page filled: it is the page
                if postgres:  # the walk found ids; their rows now, by key
                    return postgres_pages.by_ids(conn, summary_select(), rows, descending)
                return list(rows)
            # next: enough at the density seen (half as many again), at most 10 times more
            seen = offset + len(rows) if rows else 0
            grow = 10 if not seen else min(10, 1.5 * (offset + limit) / seen)
            walked = int(walked * max(2, grow))
    few_hits = hits is not None and hits < FEW  # counted: listed by id on PostgreSQL
    if narrowed.match is not None and narrowed.match.postgres and few_hits:
        m = narrowed.match  # caselog.store.postgres_pages
        few = postgres_pages.among_few(hit(m), index_id(m))
        ids = select(case_t.c.id)
        if narrowed.where:  # the filters read the filter (and search) row
            ids = ids.select_from(_filtered(case_t, case_t.c.id))
        page = _paged(narrowed.with_match(None, narrowed.exclude).apply(ids).where(few), limit)
        # the page's ids first, sorted on the case alone; only its rows are then joined to
        # their summaries (joined first, every hit was looked up in three more tables)
        stmt = summary_select(search=False).where(case_t.c.id.in_(page.order_by(*keys)))
        return list(conn.execute(stmt.order_by(*keys), params).all())
    else:
        stmt = narrowed.apply(summary_select(fts_first=narrowed.match))
    return list(conn.execute(_paged(stmt.order_by(*keys), limit), params).all())


def _hits_up_to_few(conn: Connection, narrowed: Narrowed) -> int | None:
    """How many cases the words alone match, counted up to ``FEW`` (None without words):
    below it they are found through the index and sorted, cheaper than a walk."""
    if narrowed.match is None:
        return None
    return count(conn, Narrowed([], narrowed.match, narrowed.exclude), at_most=max(FEW, 1))


def _walk(narrowed: Narrowed, descending: bool, *, postgres: bool = False) -> Select[Any]:
    """The summaries of the ``walked`` latest (or earliest) updated cases that match, in
    that order: their ids are read from ``ix_case_updated_at`` (however many share a time
    stamp), then each is tested and the few that match are sorted. The MATCH lists its
    hits from the lowest id walked only (FTS5 seeks there): most walked cases are recent."""
    at, tie = case_t.c.updated_at, case_t.c.id
    order = (at.desc(), tie.desc()) if descending else (at, tie)
    if postgres:  # the ids, in a range of the order's index (caselog.store.postgres_pages)
        stmt = replace(narrowed, where=[]).apply_members(select(case_t.c.id))
        if narrowed.where:
            stmt = stmt.where(postgres_pages.tested(narrowed.where, case_t.c.id))
        return stmt.where(postgres_pages.walked(descending)).order_by(*order)
    walked = select(tie).order_by(*order).limit(bindparam("walked", type_=Integer))
    first = select(func.min(walked.subquery().c.id)).scalar_subquery()
    stmt = narrowed.apply_members(summary_select(), from_id=first)
    return stmt.where(case_t.c.id.in_(walked)).order_by(*order)


def _paged(stmt: Select[Any], limit: int | None) -> Select[Any]:
    stmt = stmt.offset(bindparam("offset", type_=Integer))
    return stmt if limit is None else stmt.limit(bindparam("limit", type_=Integer))


def count(conn: Connection, narrowed: Narrowed, *, at_most: int | None = None) -> int:
    """How many cases match (``at_most``: counted no further than that many). With words,
    from the full-text hits, each tested with one look-up of its filter row (one index row
    per case: the case_search cascade keeps it so)."""
    if narrowed.match is not None and narrowed.match.postgres and at_most is not None:
        counted = postgres_pages.count(conn, narrowed, at_most)  # a word in most cases
        if counted is not None:
            return counted
    if narrowed.match is not None:
        rowid = index_id(narrowed.match)
        base: Any = index_of(narrowed.match)
        if narrowed.where:
            base = _filtered(base, rowid)
        hits = narrowed.apply(select(rowid).select_from(base), ids=rowid)
    else:
        hits = narrowed.apply(joined(select(case_t.c.id)))
    if at_most is not None:
        hits = hits.limit(at_most)
    return int(conn.execute(select(func.count()).select_from(hits.subquery())).scalar_one())
