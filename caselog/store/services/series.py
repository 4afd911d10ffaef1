"""Service functions on case series: one transaction each.

On a department server a series may hold another team's case: the server's policies let
a member be any case with a shared copy (caselog/store/server.py), and a report of the
series takes that case as its anonymised copy only (``shared_read.series_cases``)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from sqlalchemy import Connection, delete, select

from caselog.core.model import Series
from caselog.store import audit, server
from caselog.store import mapping as m
from caselog.store.changes import Change
from caselog.store.engine import Store
from caselog.store.errors import NotFound
from caselog.store.services import _rows
from caselog.store.tables import author_t, case_t, reference_t, series_case_t, series_t
from caselog.store.types import utcnow


def insert_series(conn: Connection, series: Sequence[Series]) -> list[int]:
    """Insert series (their ``case_ids`` must name stored cases); return their ids."""
    now = utcnow()
    ids = _rows.insert_returning_ids(conn, series_t, [m.series_row(s, now) for s in series])
    for sid, s in zip(ids, series, strict=True):
        _insert_parts(conn, sid, s)
    return ids


def _insert_parts(conn: Connection, sid: int, s: Series) -> None:
    if s.case_ids:
        found = set(conn.execute(select(case_t.c.id).where(case_t.c.id.in_(s.case_ids))).scalars())
        for cid in s.case_ids:  # on a department server, another team's: its shared copy
            if cid not in found and server.team_of_hidden(conn, cid) is None:
                raise NotFound("case", cid)
    links = [{"series_id": sid, "case_id": c, "position": i} for i, c in enumerate(s.case_ids)]
    _rows.insert_many(conn, series_case_t, links)
    _rows.insert_many(conn, author_t, m.author_rows(s.authors, series_id=sid))
    _rows.insert_many(conn, reference_t, m.reference_rows(s.references, series_id=sid))


def read_series(conn: Connection, series_id: int) -> Series:
    row = conn.execute(select(series_t).where(series_t.c.id == series_id)).mappings().first()
    if row is None:
        raise NotFound("series", series_id)
    case_ids = conn.execute(
        select(series_case_t.c.case_id)
        .where(series_case_t.c.series_id == series_id)
        .order_by(series_case_t.c.position)
    ).scalars()
    authors = conn.execute(
        select(author_t).where(author_t.c.series_id == series_id).order_by(author_t.c.position)
    ).mappings()
    refs = conn.execute(
        select(reference_t.c.text)
        .where(reference_t.c.series_id == series_id)
        .order_by(reference_t.c.position)
    ).scalars()
    return Series(
        id=row["id"],
        key=row["file_key"],
        title=row["title"],
        introduction=row["introduction"],
        methods=row["methods"],
        discussion=row["discussion"],
        conclusion=row["conclusion"],
        case_ids=list(case_ids),
        authors=[m.author_of(a) for a in authors],
        references=list(refs),
    )


def create_series(series: Series, *, store: Store) -> Change:
    """Store a new series; ``change.series`` is it as stored."""
    with store.write() as conn:
        [sid] = insert_series(conn, [replace(series, id=None)])
        created = _as_stored(series, sid)
        audit.record_series(conn, "create", sid, None, created)
        return Change.of_series(None, created)


def get_series(series_id: int, *, store: Store) -> Series:
    with store.read() as conn:
        return read_series(conn, series_id)


def list_series(*, store: Store) -> list[Series]:
    with store.read() as conn:
        ids = conn.execute(select(series_t.c.id).order_by(series_t.c.id)).scalars().all()
        return [read_series(conn, i) for i in ids]


def update_series(series: Series, *, store: Store) -> Change:
    """Replace the stored series ``series.id``."""
    if series.id is None:
        raise NotFound("series", 0)
    with store.write() as conn:
        before = read_series(conn, series.id)
        row = m.series_row(series, utcnow())
        conn.execute(series_t.update().where(series_t.c.id == series.id).values(row))
        for t in (series_case_t, author_t, reference_t):
            conn.execute(delete(t).where(t.c.series_id == series.id))
        _insert_parts(conn, series.id, series)
        after = _as_stored(series, series.id)
        audit.record_series(conn, "update", series.id, before, after)
        return Change.of_series(before, after)


def delete_series(series_id: int, *, store: Store) -> Change:
    """Delete a series (not its cases); ``change.series`` is it as it was, for undo."""
    with store.write() as conn:
        old = read_series(conn, series_id)
        conn.execute(delete(series_t).where(series_t.c.id == series_id))
        audit.record_series(conn, "delete", series_id, old, None)
        return Change.of_series(old, None)


def _as_stored(series: Series, series_id: int) -> Series:
    """The series as ``read_series`` would return it, built in hand after writing it."""
    return replace(
        series,
        id=series_id,
        case_ids=list(series.case_ids),
        authors=list(series.authors),
        references=list(series.references),
        case_keys=[],
    )
