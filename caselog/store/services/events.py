"""Service functions on the events of a case's timeline: one transaction each, the case
read once (without image bytes), a ``Change`` returned (``change.event``: the event)."""

from __future__ import annotations

from dataclasses import replace

from sqlalchemy import Connection, delete, func, select, update

from caselog.core.dates import PartialDate
from caselog.core.model import Case, Event
from caselog.store import audit, search
from caselog.store import mapping as m
from caselog.store.changes import Change
from caselog.store.engine import Store
from caselog.store.errors import NotFound
from caselog.store.services import _blobs, _input, _rows, _versions
from caselog.store.tables import event_t, image_t
from caselog.store.types import utcnow


def add_event(case_id: int, event: Event, *, store: Store, version: int | None = None) -> Change:
    """Append an event to the case; ``change.event`` is it with its new id. ``version``:
    as for ``update_case``. ValidationError (nothing written) for an event a case file
    refuses."""
    with store.write() as conn:
        _versions.check(conn, case_id, version)
        before = _rows.read_case(conn, case_id, image_bytes=False)
        _input.check_event(event, _birth(before))
        last = conn.execute(
            select(func.max(event_t.c.position)).where(event_t.c.case_id == case_id)
        ).scalar()
        position = 0 if last is None else last + 1
        [event_id] = _rows.insert_events(conn, [(case_id, position, replace(event, id=None))])
        added = _rows.stored_event(event, event_id)
        after = replace(before, events=[*before.events, added])
        audit.record_event(conn, case_id, None, added)
        return _done(conn, before, after, event_id)


def update_event(case_id: int, event: Event, *, store: Store, version: int | None = None) -> Change:
    """Replace the stored event ``event.id`` of the case (its images too: those kept by
    SHA-256 need no bytes)."""
    if event.id is None:
        raise NotFound("event", 0)
    event_id = event.id
    with store.write() as conn:
        _versions.check(conn, case_id, version)
        before = _rows.read_case(conn, case_id, image_bytes=False)
        old = _event_of(before, event_id)
        _input.check_event(event, _birth(before))
        row = m.event_row(case_id, 0, event)
        del row["position"], row["case_id"]
        conn.execute(update(event_t).where(event_t.c.id == event_id).values(row))
        new = _rows.stored_event(event, event_id)
        if m.image_rows(event_id, old.images) != m.image_rows(event_id, new.images):
            conn.execute(delete(image_t).where(image_t.c.event_id == event_id))
            if new.images:
                _blobs.save_blobs(conn, new.images)
                _rows.insert_many(conn, image_t, m.image_rows(event_id, new.images))
            gone = _blobs.shas([old]) - _blobs.shas([new])
            _blobs.keep_bytes(before, _blobs.drop_blobs(conn, gone))
        after = replace(before, events=[new if e.id == event_id else e for e in before.events])
        audit.record_event(conn, case_id, old, new)
        return _done(conn, before, after, event_id)


def delete_event(
    case_id: int, event_id: int, *, store: Store, version: int | None = None
) -> Change:
    """Delete an event of the case; ``change.event`` is it as it was (with the bytes of
    the images no other event uses), for undo."""
    with store.write() as conn:
        _versions.check(conn, case_id, version)
        before = _rows.read_case(conn, case_id, image_bytes=False)
        old = _event_of(before, event_id)
        conn.execute(delete(event_t).where(event_t.c.id == event_id))
        _blobs.keep_bytes(before, _blobs.drop_blobs(conn, _blobs.shas([old])))
        after = replace(before, events=[e for e in before.events if e.id != event_id])
        audit.record_event(conn, case_id, old, None)
        return _done(conn, before, after, event_id)


def _birth(case: Case) -> PartialDate | None:
    return case.patient.private.birth_date


def _event_of(case: Case, event_id: int) -> Event:
    for e in case.events:
        if e.id == event_id:
            return e
    raise NotFound("event", event_id)


def _done(conn: Connection, before: Case, after: Case, event_id: int) -> Change:
    """Touch the case (its derived suspect drug from the case in hand), rewrite its search
    row, and say what changed."""
    assert before.id is not None
    now = utcnow()
    after = replace(after, updated_at=now)
    _rows.touch(conn, before.id, now, suspect_drug=m.suspect_drug(after))
    search.refresh(conn, [(before.id, after)])
    return Change.of_case(before, _versions.stamped(conn, after), event_id=event_id)
