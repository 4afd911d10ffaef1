"""Service functions that write several events of a case as one action: a medication course
(its start, doses and stop, written again when the course is edited) and a lab panel (many
results of one date). One transaction each, one ``Change`` (``change.event``: the first
event written)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from sqlalchemy import Connection, delete, func, select

from caselog.clinical.course_plan import CourseError, CoursePlan
from caselog.core.model import Case, Event
from caselog.interchange.errors import CaseFileError
from caselog.interchange.validation import event_from_dict
from caselog.store import audit
from caselog.store.changes import Change
from caselog.store.engine import Store
from caselog.store.errors import NotFound
from caselog.store.services import _blobs, _rows, _versions
from caselog.store.services.events import _done, _event_of
from caselog.store.tables import event_t


class EntryError(ValueError):
    """A course or panel that cannot be written; nothing was changed. ``field`` names the
    field the message is about (``""``: the whole entry), ``row`` the panel row."""

    def __init__(self, message: str, *, field: str = "", row: int | None = None) -> None:
        super().__init__(message)
        self.field = field
        self.row = row


def _raw(event: Event) -> dict[str, object]:
    raw: dict[str, object] = {"kind": event.kind, "date": event.date.isoformat()}
    for key, value in vars(event).items():
        if key in ("kind", "date", "id", "images") or value is None:
            continue
        raw[key] = value
    return raw


def _checked(events: Sequence[Event], birth: object) -> list[Event]:
    """Each event as the importer would accept it (the same validation), or EntryError."""
    out = []
    for i, e in enumerate(events):
        try:
            out.append(event_from_dict(_raw(e), where=f"row {i + 1}", birth_date=birth))  # type: ignore[arg-type]
        except CaseFileError as exc:
            raise EntryError(str(exc), row=i) from exc
    return out


def _write(conn: Connection, case_id: int, add: list[Event], remove: Sequence[int]) -> Change:
    before = _rows.read_case(conn, case_id, image_bytes=False)
    gone = [_event_of(before, i) for i in remove]
    if gone:
        conn.execute(delete(event_t).where(event_t.c.id.in_([e.id for e in gone])))
        _blobs.keep_bytes(before, _blobs.drop_blobs(conn, _blobs.shas(gone)))
    last = conn.execute(
        select(func.max(event_t.c.position)).where(event_t.c.case_id == case_id)
    ).scalar()
    first = 0 if last is None else last + 1
    ids = _rows.insert_events(
        conn, [(case_id, first + i, replace(e, id=None)) for i, e in enumerate(add)]
    )
    added = [_rows.stored_event(e, i) for e, i in zip(add, ids, strict=True)]
    kept = [e for e in before.events if e.id not in set(remove)]
    after: Case = replace(before, events=[*kept, *added])
    for old in gone:
        audit.record_event(conn, case_id, old, None)
    for new in added:
        audit.record_event(conn, case_id, None, new)
    return _done(conn, before, after, ids[0] if ids else None)  # type: ignore[arg-type]


def save_course(
    case_id: int, plan: CoursePlan, *, store: Store, version: int | None = None
) -> Change:
    """Write a medication course as its events (start with the first dose, one dose event per
    later dose, the stop with its reason), replacing the events ``plan.ids`` of the course it
    edits: all or nothing. EntryError (nothing written) for a course that cannot be counted
    or an event the case file would refuse."""
    try:
        events = plan.events()
    except CourseError as exc:
        raise EntryError(str(exc), field=exc.field) from exc
    with store.write() as conn:
        _versions.check(conn, case_id, version)
        case = _rows.read_case(conn, case_id, image_bytes=False)
        for event_id in plan.ids:
            old = _event_of(case, event_id)
            if old.kind != "medication":
                raise NotFound("medication event", event_id)
        checked = _checked(events, case.patient.private.birth_date)
        return _write(conn, case_id, checked, plan.ids)


def add_lab_panel(
    case_id: int, results: Sequence[Event], *, store: Store, version: int | None = None
) -> Change:
    """Add the results of one lab panel (lab events, one date) as one write. EntryError
    (nothing written; ``row`` the first bad result) when any result is not valid."""
    if not results:
        raise EntryError("the panel has no results")
    if any(r.kind != "lab" for r in results):
        raise EntryError("a lab panel holds lab results only")
    if len({r.date for r in results}) != 1:
        raise EntryError("the results of a panel share one date", field="date")
    with store.write() as conn:
        _versions.check(conn, case_id, version)
        case = _rows.read_case(conn, case_id, image_bytes=False)
        checked = _checked(list(results), case.patient.private.birth_date)
        return _write(conn, case_id, checked, ())
