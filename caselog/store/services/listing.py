"""The case list: summary rows only, searched and filtered (``caselog.store.query``),
ordered and paged for lazy fetching."""

from __future__ import annotations

from typing import Any

from sqlalchemy import Connection, func, select

from caselog.core.model import CaseSummary
from caselog.store import list_sql, pages
from caselog.store.engine import Store
from caselog.store.narrow import like_pattern, narrow
from caselog.store.pages import PATIENT, RELEVANCE
from caselog.store.query import CaseQuery
from caselog.store.tables import assessment_t, case_t

# The case list's first count goes no further (``count_cases(at_most=...)``): "more than
# 1,000 cases" for a common word, answered in milliseconds; below it every count is exact.
LIST_COUNT_CAP = 1_000
ORDER_COLUMNS: dict[str, Any] = {
    "updated": case_t.c.updated_at,
    "created": case_t.c.created_at,
    "id": case_t.c.id,
    "title": func.lower(case_t.c.title),
    "patient": func.lower(PATIENT),
    "drug": func.lower(case_t.c.suspect_drug),
    "reaction": func.lower(assessment_t.c.reaction),
    "outcome": assessment_t.c.outcome,
}


def _keys(order_by: str, descending: bool) -> tuple[Any, ...]:
    """Sort keys; relevance without words to rank (or within a tier): the latest updated."""
    tie = case_t.c.id
    if order_by == RELEVANCE:
        return case_t.c.updated_at.desc(), tie.desc()
    key = ORDER_COLUMNS[order_by]
    return (key.desc(), tie.desc()) if descending else (key, tie)


def _raw(conn: Connection) -> Any:
    """The DB-API connection under ``conn``, inside its transaction (``caselog.store.list_sql``
    runs the whole list's statements on it, as the window does on the file before the store
    has loaded; on PostgreSQL, psycopg's connection: the SQL binds nothing and is portable)."""
    return conn.connection.driver_connection


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
    offset, limit = max(0, offset), None if limit is None else max(0, limit)
    with store.read() as conn:
        if q == CaseQuery() and order_by == RELEVANCE:  # no words to rank: the latest first
            order_by, descending = "updated", True
        # PostgreSQL too, but for an offset without a limit (list_sql's "LIMIT -1" is SQLite's):
        # through SQLAlchemy the page cost 5 times as long as the statement itself
        if q == CaseQuery() and (conn.dialect.name == "sqlite" or limit is not None):
            return list_sql.page(
                _raw(conn), order_by=order_by, descending=bool(descending), offset=offset,
                limit=limit,
            )  # fmt: skip
        keys = _keys(order_by, bool(descending))
        if q == CaseQuery():  # not SQLite, no limit: list_sql's statement, through SQLAlchemy
            stmt = pages.summary_select(search=False).order_by(*keys).offset(offset)
            found = conn.execute(stmt if limit is None else stmt.limit(limit)).all()
            return [CaseSummary(*row) for row in found]
        rows = pages.fetch(
            conn, q, keys, order_by=order_by, descending=bool(descending), offset=offset,
            limit=limit,
        )  # fmt: skip
        return [CaseSummary(*row) for row in rows]  # type: ignore[call-arg]


def count_cases(
    *,
    store: Store,
    text: str | None = None,
    query: CaseQuery | None = None,
    at_most: int | None = None,
) -> int:
    """How many cases match; with ``at_most``, counted no further than ``at_most + 1``
    (a result above ``at_most`` means "more than ``at_most``"): the case list's first
    answer, which a common word over 100,000 cases would otherwise spend its time on."""
    q = (query or CaseQuery()).merged(text)
    with store.read() as conn:
        if q == CaseQuery():
            if conn.dialect.name == "sqlite":
                n = list_sql.count(_raw(conn))
            elif at_most is not None:  # PostgreSQL counts every row it is asked to
                cases = select(case_t.c.id).limit(at_most + 1).subquery()
                n = int(conn.execute(select(func.count()).select_from(cases)).scalar_one())
            else:  # the cases alone, as list_sql counts them
                n = int(conn.execute(select(func.count()).select_from(case_t)).scalar_one())
            return n if at_most is None else min(n, at_most + 1)
        cap = None if at_most is None else at_most + 1
        return pages.count(conn, narrow(q, conn), at_most=cap)


__all__ = ["LIST_COUNT_CAP", "CaseQuery", "count_cases", "like_pattern", "list_cases"]
