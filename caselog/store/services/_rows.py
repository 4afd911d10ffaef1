"""Writing and reading whole cases with Core statements inside a caller's transaction."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import replace
from typing import Any

from sqlalchemy import Connection, Table, delete, insert, select, update

from caselog.core.model import Case, Event, Image
from caselog.store import bulk, search, server
from caselog.store import mapping as m
from caselog.store.errors import NotFound
from caselog.store.services import _blobs
from caselog.store.tables import (
    assessment_t,
    author_t,
    blob_t,
    case_t,
    event_t,
    history_t,
    image_t,
    keyword_t,
    outcome_t,
    patient_t,
    private_t,
    reference_t,
    regulatory_t,
    report_t,
)

_CHUNK = 500


def insert_returning_ids(conn: Connection, table: Table, rows: Sequence[m.Row]) -> list[int]:
    """Insert ``rows`` (executemany) and return their ids in order; rows may carry an id."""
    ids: list[int | None] = [r.get("id") for r in rows]
    fresh = [r for r in rows if r.get("id") is None]
    kept = [r for r in rows if r.get("id") is not None]
    if kept:
        conn.execute(insert(table), kept)
    if fresh:
        stmt = insert(table).returning(table.c.id, sort_by_parameter_order=True)
        new = iter(conn.execute(stmt, fresh).scalars().all())
        ids = [i if i is not None else next(new) for i in ids]
    return [int(i) for i in ids if i is not None]


def insert_many(conn: Connection, table: Table, rows: Sequence[m.Row]) -> None:
    """Insert ``rows`` with one executemany (``caselog.store.bulk``)."""
    bulk.insert_many(conn, table, rows)


def insert_events(conn: Connection, pairs: Sequence[tuple[int, int, Event]]) -> list[int]:
    """Insert ``(case_id, position, event)`` triples with their images; return event ids.

    One executemany, then the ids read back by ``(case_id, position)`` (unique within a
    case): SQLite cannot return ids of a multi-row insert in parameter order, and one
    statement per event would be several times slower.
    """
    if not pairs:
        return []
    rows = [m.event_row(case_id, pos, e) for case_id, pos, e in pairs]
    kept = [r for r in rows if "id" in r]
    fresh = [r for r in rows if "id" not in r]
    insert_many(conn, event_t, kept)
    insert_many(conn, event_t, fresh)
    case_ids = sorted({case_id for case_id, _, _ in pairs})
    found: dict[tuple[int, int], int] = {}
    for start in range(0, len(case_ids), _CHUNK):
        chunk = case_ids[start : start + _CHUNK]
        stmt = select(event_t.c.case_id, event_t.c.position, event_t.c.id).where(
            event_t.c.case_id.in_(chunk)
        )
        found.update({(c, p): i for c, p, i in conn.execute(stmt).all()})
    ids = [found[(case_id, pos)] for case_id, pos, _ in pairs]
    images = [img for _, _, e in pairs for img in e.images]
    if images:
        _blobs.save_blobs(conn, images)
        image_rows = [
            row
            for eid, (_, _, e) in zip(ids, pairs, strict=True)
            for row in m.image_rows(eid, e.images)
        ]
        insert_many(conn, image_t, image_rows)
    return ids


def insert_cases(conn: Connection, cases: Sequence[Case], now: dt.datetime) -> list[int]:
    """Insert whole cases (executemany per table); return their ids in order."""
    ids = insert_returning_ids(conn, case_t, [m.case_row(c, now) for c in cases])
    insert_parts(conn, list(zip(ids, cases, strict=True)))
    return ids


def insert_parts(conn: Connection, pairs: Sequence[tuple[int, Case]]) -> list[int]:
    """Everything of each case but its ``case`` row (and its search row from the case in
    hand); return the ids of the events, in order."""
    insert_many(conn, patient_t, [m.patient_row(i, c.patient) for i, c in pairs])
    insert_many(conn, private_t, [m.private_row(i, c.patient.private) for i, c in pairs])
    insert_many(
        conn, history_t, [r for i, c in pairs for r in m.history_rows(i, c.patient.history)]
    )
    event_ids = insert_events(
        conn, [(i, pos, e) for i, c in pairs for pos, e in enumerate(c.events)]
    )
    assessed = [m.assessment_row(i, c.assessment) for i, c in pairs if c.assessment is not None]
    insert_many(conn, assessment_t, assessed)
    insert_many(conn, report_t, [m.report_row(i, c.report) for i, c in pairs if c.report])
    refs = [
        r for i, c in pairs if c.report for r in m.reference_rows(c.report.references, case_id=i)
    ]
    insert_many(conn, reference_t, refs)
    insert_many(conn, author_t, [r for i, c in pairs for r in m.author_rows(c.authors, case_id=i)])
    insert_many(conn, keyword_t, [r for i, c in pairs for r in m.keyword_rows(i, c.keywords)])
    regulated = [m.regulatory_row(i, c.regulatory) for i, c in pairs if c.regulatory is not None]
    insert_many(conn, regulatory_t, regulated)
    outcomes = [m.outcome_row(i, c.outcome) for i, c in pairs if c.outcome is not None]
    insert_many(conn, outcome_t, outcomes)
    search.refresh(conn, pairs)
    return event_ids


def delete_parts(conn: Connection, case_id: int) -> None:
    """Remove everything of a case but its ``case`` row (images by cascade; their blobs stay
    for the caller to drop once the new parts are in: ``_blobs.drop_blobs``)."""
    for t in (
        patient_t,
        private_t,
        history_t,
        event_t,
        assessment_t,
        report_t,
        keyword_t,
        regulatory_t,
        outcome_t,
    ):
        conn.execute(delete(t).where(t.c.case_id == case_id))
    conn.execute(delete(reference_t).where(reference_t.c.case_id == case_id))
    conn.execute(delete(author_t).where(author_t.c.case_id == case_id))


def touch(conn: Connection, case_id: int, now: dt.datetime, **values: Any) -> None:
    """Set ``updated_at`` (and any other case columns) of a case that must exist."""
    stmt = update(case_t).where(case_t.c.id == case_id).values(updated_at=now, **values)
    if conn.execute(stmt).rowcount == 0:
        raise missing_case(conn, case_id)


def missing_case(conn: Connection, case_id: int) -> NotFound:
    """No case ``case_id`` for this role: on a department server, one of another team
    says so (caselog/store/server.py)."""
    team = server.team_of_hidden(conn, case_id)
    if team is None:
        return NotFound("case", case_id)
    return NotFound(
        "case",
        case_id,
        note=f"among your teams' cases: case {case_id} is team {team}'s, and of it you may "
        f"read only the anonymised copy (caselog server shared {case_id})",
    )


def read_images(
    conn: Connection, event_ids: Sequence[int], *, image_bytes: bool = True
) -> dict[int, list[Image]]:
    """The images of the events; without ``image_bytes`` their metadata alone (``data``
    empty, ``sha256`` kept): no blob is read."""
    out: dict[int, list[Image]] = {}
    if not event_ids:
        return out
    order = (image_t.c.event_id, image_t.c.position)
    where = image_t.c.event_id.in_(list(event_ids))
    if image_bytes:
        stmt = select(image_t, blob_t.c.data).join(blob_t, blob_t.c.sha256 == image_t.c.sha256)
    else:
        stmt = select(image_t)
    for row in conn.execute(stmt.where(where).order_by(*order)).mappings():
        data = row["data"] if image_bytes else b""
        out.setdefault(row["event_id"], []).append(m.image_of(row, data))
    return out


def read_case(conn: Connection, case_id: int, *, image_bytes: bool = True) -> Case:
    """The whole stored case; without ``image_bytes`` its images carry no bytes."""
    case = conn.execute(select(case_t).where(case_t.c.id == case_id)).mappings().first()
    if case is None:
        raise missing_case(conn, case_id)

    def rows(t: Table, *where: Any) -> list[Any]:
        stmt = select(t).where(*where)
        if "position" in t.c:
            stmt = stmt.order_by(t.c.position)
        return list(conn.execute(stmt).mappings().all())

    events = rows(event_t, event_t.c.case_id == case_id)
    report = rows(report_t, report_t.c.case_id == case_id)
    assessment = rows(assessment_t, assessment_t.c.case_id == case_id)
    private = rows(private_t, private_t.c.case_id == case_id)
    regulatory = rows(regulatory_t, regulatory_t.c.case_id == case_id)
    outcome = rows(outcome_t, outcome_t.c.case_id == case_id)
    images = read_images(conn, [e["id"] for e in events], image_bytes=image_bytes)
    return m.case_of(
        m.CaseRows(
            case=case,
            patient=rows(patient_t, patient_t.c.case_id == case_id)[0],
            private=private[0] if private else None,
            history=rows(history_t, history_t.c.case_id == case_id),
            events=events,
            images=images,
            assessment=assessment[0] if assessment else None,
            report=report[0] if report else None,
            references=[
                m.reference_of(r) for r in rows(reference_t, reference_t.c.case_id == case_id)
            ],
            authors=rows(author_t, author_t.c.case_id == case_id),
            keywords=[k["text"] for k in rows(keyword_t, keyword_t.c.case_id == case_id)],
            regulatory=regulatory[0] if regulatory else None,
            outcome=outcome[0] if outcome else None,
        )
    )


def as_stored(case: Case, event_ids: Sequence[int], updated_at: dt.datetime) -> Case:
    """``case`` as the store now holds it, built in hand after writing it: its events with
    their ids, its images with their SHA-256, its ``updated_at``."""
    events = [
        replace(e, id=i, images=[replace(im, sha256=m.sha256_of(im)) for im in e.images])
        for e, i in zip(case.events, event_ids, strict=True)
    ]
    return replace(case, events=events, updated_at=updated_at)


def stored_event(event: Event, event_id: int) -> Event:
    """``event`` as stored with id ``event_id`` (images with their SHA-256)."""
    images = [replace(im, sha256=m.sha256_of(im)) for im in event.images]
    return replace(event, id=event_id, images=images)
