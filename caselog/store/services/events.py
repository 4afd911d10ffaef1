"""Service functions on the events of a case's timeline: one transaction each."""

from __future__ import annotations

from dataclasses import replace

from sqlalchemy import delete, func, select, update

from caselog.core.model import Event
from caselog.store import audit, search
from caselog.store import mapping as m
from caselog.store.engine import Store
from caselog.store.errors import NotFound
from caselog.store.services import _rows
from caselog.store.tables import event_t, image_t
from caselog.store.types import utcnow


def add_event(case_id: int, event: Event, *, store: Store) -> Event:
    """Append an event to the case; return it with its new id."""
    with store.write() as conn:
        _rows.touch(conn, case_id, utcnow())
        last = conn.execute(
            select(func.max(event_t.c.position)).where(event_t.c.case_id == case_id)
        ).scalar()
        position = 0 if last is None else last + 1
        fresh = replace(event, id=None)
        [event_id] = _rows.insert_events(conn, [(case_id, position, fresh)])
        _rows.refresh_suspect_drug(conn, case_id)
        search.refresh_stored(conn, case_id)
        added = _rows.read_event(conn, case_id, event_id)
        audit.record_event(conn, case_id, None, added)
        return added


def update_event(case_id: int, event: Event, *, store: Store) -> Event:
    """Replace the stored event ``event.id`` of the case (its images too)."""
    if event.id is None:
        raise NotFound("event", 0)
    with store.write() as conn:
        _rows.touch(conn, case_id, utcnow())
        old = _rows.read_event(conn, case_id, event.id)
        row = m.event_row(case_id, 0, event)
        del row["position"], row["case_id"]
        conn.execute(update(event_t).where(event_t.c.id == old.id).values(row))
        conn.execute(delete(image_t).where(image_t.c.event_id == event.id))
        if event.images:
            _rows.save_blobs(conn, event.images)
            _rows.insert_many(conn, image_t, m.image_rows(event.id, event.images))
        _rows.drop_unused_blobs(conn)
        _rows.refresh_suspect_drug(conn, case_id)
        search.refresh_stored(conn, case_id)
        new = _rows.read_event(conn, case_id, event.id)
        audit.record_event(conn, case_id, old, new)
        return new


def delete_event(case_id: int, event_id: int, *, store: Store) -> Event:
    """Delete an event of the case; return it (with its images) for undo."""
    with store.write() as conn:
        _rows.touch(conn, case_id, utcnow())
        old = _rows.read_event(conn, case_id, event_id)
        conn.execute(delete(event_t).where(event_t.c.id == event_id))
        _rows.drop_unused_blobs(conn)
        _rows.refresh_suspect_drug(conn, case_id)
        search.refresh_stored(conn, case_id)
        audit.record_event(conn, case_id, old, None)
        return old
