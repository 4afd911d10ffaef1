"""The case list: summary rows only, searched and filtered (``caselog.store.query``),
ordered and paged for lazy fetching."""

from __future__ import annotations

import functools
from typing import Any

from sqlalchemy import Integer, Select, bindparam, func, select

from caselog.core.model import CaseSummary
from caselog.store import fts
from caselog.store.engine import Store
from caselog.store.query import CaseQuery, like_pattern, narrow
from caselog.store.tables import assessment_t, case_search_t, case_t, patient_t

DEFAULT_LABEL = "the patient"

_label = func.coalesce(patient_t.c.label, DEFAULT_LABEL)
ORDER_COLUMNS: dict[str, Any] = {
    "updated": case_t.c.updated_at,
    "created": case_t.c.created_at,
    "id": case_t.c.id,
    "title": func.lower(case_t.c.title),
    "patient": func.lower(_label),
    "drug": func.lower(case_t.c.suspect_drug),
    "reaction": func.lower(assessment_t.c.reaction),
    "outcome": assessment_t.c.outcome,
}
RELEVANCE = "relevance"


def _joined(stmt: Select[Any], *, fts_first: bool = False, search: bool = True) -> Select[Any]:
    """The case with its summary rows (and ``search`` row, which the filters read); with
    ``fts_first`` the hits of a full-text search come first, each case looked up by id."""
    base: Any = case_t
    if fts_first:
        base = fts.fts.join(case_t, case_t.c.id == fts.fts.c.rowid)
    joined = base.outerjoin(patient_t, patient_t.c.case_id == case_t.c.id).outerjoin(
        assessment_t, assessment_t.c.case_id == case_t.c.id
    )
    if search:
        joined = joined.outerjoin(case_search_t, case_search_t.c.case_id == case_t.c.id)
    return stmt.select_from(joined)


def _summary_select(*, fts_first: bool = False, search: bool = True) -> Select[Any]:
    return _joined(
        select(
            case_t.c.id,
            case_t.c.title,
            _label,
            case_t.c.suspect_drug,
            assessment_t.c.reaction,
            assessment_t.c.outcome,
            case_t.c.updated_at,
        ),
        fts_first=fts_first,
        search=search,
    )


def _ordered(stmt: Select[Any], order_by: str, descending: bool, rank: Any | None) -> Select[Any]:
    tie = case_t.c.id
    if order_by == RELEVANCE:
        # bm25: lower is better; without words to rank, the latest updated first
        keys = [] if rank is None else [rank]
        return stmt.order_by(*keys, case_t.c.updated_at.desc(), tie.desc())
    key = ORDER_COLUMNS[order_by]
    return stmt.order_by(key.desc(), tie.desc()) if descending else stmt.order_by(key, tie)


def _paged(stmt: Select[Any], limited: bool) -> Select[Any]:
    stmt = stmt.offset(bindparam("offset", type_=Integer))
    return stmt.limit(bindparam("limit", type_=Integer)) if limited else stmt


@functools.cache
def _list_statement(order_by: str, descending: bool, limited: bool) -> Select[Any]:
    """The whole list (no words, no filters), built once per shape: the window pages
    through it many times."""
    stmt = _summary_select(search=False)
    return _paged(_ordered(stmt, order_by, descending, None), limited)


@functools.cache
def _count_statement() -> Select[Any]:
    # The cases alone: patient and assessment are keyed by case_id, so the list's outer
    # joins neither add nor drop a row, and SQLite counts the index (1 ms at 100,000
    # cases, not 70 ms through the joins).
    return select(func.count()).select_from(case_t)


def list_cases(
    *,
    store: Store,
    text: str | None = None,
    offset: int = 0,
    limit: int | None = None,
    order_by: str | None = None,
    descending: bool = True,
    query: CaseQuery | None = None,
) -> list[CaseSummary]:
    """Summary rows of the cases matching ``query`` and ``text`` (words anywhere in the
    case, ignoring case and accents: see CaseQuery), ordered by ``order_by`` (a key of
    ORDER_COLUMNS, or "relevance"). By default the best match comes first when there are
    words to search for, else the latest updated."""
    q = (query or CaseQuery()).merged(text)
    if order_by is None:
        order_by = RELEVANCE if q.has_words() else "updated"
    if order_by not in ORDER_COLUMNS and order_by != RELEVANCE:
        choices = sorted([*ORDER_COLUMNS, RELEVANCE])
        raise ValueError(f"cannot order cases by {order_by!r}; use one of {choices}")
    params: dict[str, Any] = {"offset": max(0, offset)}
    if limit is not None:
        params["limit"] = max(0, limit)
    with store.read() as conn:
        if q == CaseQuery():
            stmt = _list_statement(order_by, bool(descending), limit is not None)
        else:
            narrowed = narrow(q, conn)
            stmt = narrowed.apply(_summary_select(fts_first=narrowed.match is not None))
            stmt = _ordered(stmt, order_by, descending, narrowed.rank)
            stmt = _paged(stmt, limit is not None)
        return [CaseSummary(*row) for row in conn.execute(stmt, params).all()]


def count_cases(*, store: Store, text: str | None = None, query: CaseQuery | None = None) -> int:
    q = (query or CaseQuery()).merged(text)
    with store.read() as conn:
        if q == CaseQuery():
            return int(conn.execute(_count_statement()).scalar_one())
        narrowed = narrow(q, conn)
        if narrowed.match is not None and not narrowed.where:
            # words only: one index row per case (kept so by the case_search cascade)
            stmt = narrowed.apply(select(func.count()).select_from(fts.fts))
        else:
            counted = select(func.count(case_t.c.id))
            stmt = narrowed.apply(_joined(counted, fts_first=narrowed.match is not None))
        return int(conn.execute(stmt).scalar_one())


__all__ = ["CaseQuery", "count_cases", "like_pattern", "list_cases"]
