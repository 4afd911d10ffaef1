"""The case list: summary rows only, filtered, ordered and paged for lazy fetching."""

from __future__ import annotations

import functools
from typing import Any

from sqlalchemy import ColumnElement, Integer, Select, String, bindparam, func, or_, select

from caselog.core.model import CaseSummary
from caselog.store.engine import Store
from caselog.store.tables import assessment_t, case_t, patient_t

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


def like_pattern(text: str) -> str:
    """A LIKE pattern (escape ``\\``) matching ``text`` anywhere, metacharacters literal.

    What SQLite cannot take as text (a lone surrogate, e.g. from an argument that was not
    UTF-8) becomes U+FFFD, which matches nothing stored (the importer refuses them)."""
    text = "".join("\ufffd" if "\ud800" <= ch <= "\udfff" else ch for ch in text)
    escaped = text.lower().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return f"%{escaped}%"


def _filter() -> ColumnElement[bool]:
    """Any summary column contains ``:pattern`` (a like_pattern), ignoring case."""
    pattern = bindparam("pattern", type_=String)
    columns = (case_t.c.title, _label, case_t.c.suspect_drug, assessment_t.c.reaction)
    return or_(*(func.lower(c).like(pattern, escape="\\") for c in columns))


def _joined(stmt: Select[Any]) -> Select[Any]:
    return stmt.select_from(
        case_t.outerjoin(patient_t, patient_t.c.case_id == case_t.c.id).outerjoin(
            assessment_t, assessment_t.c.case_id == case_t.c.id
        )
    )


@functools.cache
def _list_statement(order_by: str, descending: bool, filtered: bool, limited: bool) -> Select[Any]:
    """Built once per shape (the window pages through the list many times)."""
    key, tie = ORDER_COLUMNS[order_by], case_t.c.id
    stmt = _joined(
        select(
            case_t.c.id,
            case_t.c.title,
            _label,
            case_t.c.suspect_drug,
            assessment_t.c.reaction,
            assessment_t.c.outcome,
            case_t.c.updated_at,
        )
    )
    if filtered:
        stmt = stmt.where(_filter())
    stmt = stmt.order_by(key.desc(), tie.desc()) if descending else stmt.order_by(key, tie)
    stmt = stmt.offset(bindparam("offset", type_=Integer))
    if limited:
        stmt = stmt.limit(bindparam("limit", type_=Integer))
    return stmt


@functools.cache
def _count_statement(filtered: bool) -> Select[Any]:
    stmt = _joined(select(func.count(case_t.c.id)))
    return stmt.where(_filter()) if filtered else stmt


def list_cases(
    *,
    store: Store,
    text: str | None = None,
    offset: int = 0,
    limit: int | None = None,
    order_by: str = "updated",
    descending: bool = True,
) -> list[CaseSummary]:
    """Summary rows of the cases matching ``text`` (any case, substring of title, patient
    label, suspect drug or reaction), ordered by ``order_by`` (a key of ORDER_COLUMNS)."""
    if order_by not in ORDER_COLUMNS:
        raise ValueError(f"cannot order cases by {order_by!r}; use one of {sorted(ORDER_COLUMNS)}")
    stmt = _list_statement(order_by, bool(descending), bool(text), limit is not None)
    params: dict[str, Any] = {"offset": max(0, offset)}
    if text:
        params["pattern"] = like_pattern(text)
    if limit is not None:
        params["limit"] = max(0, limit)
    with store.read() as conn:
        return [CaseSummary(*row) for row in conn.execute(stmt, params).all()]


def count_cases(*, store: Store, text: str | None = None) -> int:
    params = {"pattern": like_pattern(text)} if text else {}
    with store.read() as conn:
        return int(conn.execute(_count_statement(bool(text)), params).scalar_one())
