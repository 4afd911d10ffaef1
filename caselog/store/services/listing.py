"""The case list: summary rows only, filtered, ordered and paged for lazy fetching."""

from __future__ import annotations

from typing import Any

from sqlalchemy import ColumnElement, Select, func, or_, select

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
    """A LIKE pattern (escape ``\\``) matching ``text`` anywhere, metacharacters literal."""
    escaped = text.lower().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return f"%{escaped}%"


def _filter(text: str | None) -> ColumnElement[bool] | None:
    if not text:
        return None
    pattern = like_pattern(text)
    columns = (case_t.c.title, _label, case_t.c.suspect_drug, assessment_t.c.reaction)
    return or_(*(func.lower(c).like(pattern, escape="\\") for c in columns))


def _joined(stmt: Select[Any]) -> Select[Any]:
    return stmt.select_from(
        case_t.outerjoin(patient_t, patient_t.c.case_id == case_t.c.id).outerjoin(
            assessment_t, assessment_t.c.case_id == case_t.c.id
        )
    )


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
    key = ORDER_COLUMNS[order_by]
    tie = case_t.c.id
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
    where = _filter(text)
    if where is not None:
        stmt = stmt.where(where)
    stmt = stmt.order_by(key.desc(), tie.desc()) if descending else stmt.order_by(key, tie)
    stmt = stmt.offset(offset)
    if limit is not None:
        stmt = stmt.limit(limit)
    with store.engine.begin() as conn:
        return [CaseSummary(*row) for row in conn.execute(stmt).all()]


def count_cases(*, store: Store, text: str | None = None) -> int:
    stmt = _joined(select(func.count(case_t.c.id)))
    where = _filter(text)
    if where is not None:
        stmt = stmt.where(where)
    with store.engine.begin() as conn:
        return int(conn.execute(stmt).scalar_one())
