"""Service functions on whole cases and their parts: one transaction each."""

from __future__ import annotations

from sqlalchemy import delete

from caselog.core.dates import PartialDate
from caselog.core.model import Assessment, Author, Case, Patient, ReportText
from caselog.store import audit, search
from caselog.store import mapping as m
from caselog.store.engine import Store
from caselog.store.services import _rows
from caselog.store.tables import (
    assessment_t,
    author_t,
    case_t,
    history_t,
    keyword_t,
    patient_t,
    private_t,
    reference_t,
    report_t,
)
from caselog.store.types import utcnow


def create_case(case: Case, *, store: Store) -> Case:
    """Store a new case (its ``id`` is ignored) and return it as stored."""
    fresh = _without_ids(case)
    with store.write() as conn:
        [case_id] = _rows.insert_cases(conn, [fresh], utcnow())
        audit.record_created(conn, [(case_id, fresh.title)], "create")
        return _rows.read_case(conn, case_id)


def get_case(case_id: int, *, store: Store) -> Case:
    """The whole case, private identifiers and image bytes included; NotFound if none."""
    with store.read() as conn:
        return _rows.read_case(conn, case_id)


def update_case(case: Case, *, store: Store) -> Case:
    """Replace everything of the stored case ``case.id`` by ``case``."""
    assert case.id is not None, "update_case needs a stored case"
    with store.write() as conn:
        before = _rows.read_case(conn, case.id)
        now = utcnow()
        _rows.touch(
            conn,
            case.id,
            now,
            title=case.title,
            file_key=case.key,
            index_date=m.iso(case.index_date),
            suspect_drug=m.suspect_drug(case),
        )
        _rows.delete_parts(conn, case.id)
        _rows.insert_parts(conn, [(case.id, case)])
        after = _rows.read_case(conn, case.id)
        audit.record_case_change(conn, before, after)
        return after


def delete_case(case_id: int, *, store: Store) -> Case:
    """Delete a case; return it whole so that ``restore_case`` can undo the deletion."""
    with store.write() as conn:
        case = _rows.read_case(conn, case_id)
        conn.execute(delete(case_t).where(case_t.c.id == case_id))
        _rows.drop_unused_blobs(conn)
        audit.record_deleted(conn, case)
        return case


def restore_case(case: Case, *, store: Store) -> Case:
    """Re-create a deleted case with its old id (and its events' ids)."""
    assert case.id is not None, "restore_case needs the id the case had"
    with store.write() as conn:
        _rows.insert_cases(conn, [case], utcnow())
        audit.record_created(conn, [(case.id, case.title)], "restore")
        return _rows.read_case(conn, case.id)


def set_patient(case_id: int, patient: Patient, *, store: Store) -> Patient:
    with store.write() as conn:
        before = _rows.read_case(conn, case_id)
        _rows.touch(conn, case_id, utcnow())
        for t in (patient_t, private_t, history_t):
            conn.execute(delete(t).where(t.c.case_id == case_id))
        _rows.insert_many(conn, patient_t, [m.patient_row(case_id, patient)])
        _rows.insert_many(conn, private_t, [m.private_row(case_id, patient.private)])
        _rows.insert_many(conn, history_t, m.history_rows(case_id, patient.history))
        after = search.refresh_stored(conn, case_id)
        audit.record_case_change(conn, before, after)
        return after.patient


def set_assessment(
    case_id: int, assessment: Assessment | None, *, store: Store
) -> Assessment | None:
    """Set (or with None, remove) the adverse-reaction assessment of a case."""
    with store.write() as conn:
        before = _rows.read_case(conn, case_id)
        _rows.touch(conn, case_id, utcnow())
        conn.execute(delete(assessment_t).where(assessment_t.c.case_id == case_id))
        if assessment is not None:
            _rows.insert_many(conn, assessment_t, [m.assessment_row(case_id, assessment)])
        after = search.refresh_stored(conn, case_id)
        audit.record_case_change(conn, before, after)
        return after.assessment


def set_report(
    case_id: int,
    report: ReportText | None,
    authors: list[Author],
    keywords: list[str],
    *,
    store: Store,
) -> Case:
    """Set the narrative, authors and keywords of a case; return the case."""
    with store.write() as conn:
        before = _rows.read_case(conn, case_id)
        _rows.touch(conn, case_id, utcnow())
        for t in (report_t, reference_t, author_t, keyword_t):
            conn.execute(delete(t).where(t.c.case_id == case_id))
        if report is not None:
            _rows.insert_many(conn, report_t, [m.report_row(case_id, report)])
            refs = m.reference_rows(report.references, case_id=case_id)
            _rows.insert_many(conn, reference_t, refs)
        _rows.insert_many(conn, author_t, m.author_rows(authors, case_id=case_id))
        _rows.insert_many(conn, keyword_t, m.keyword_rows(case_id, keywords))
        after = search.refresh_stored(conn, case_id)
        audit.record_case_change(conn, before, after)
        return after


def set_title(case_id: int, title: str, *, store: Store) -> Case:
    with store.write() as conn:
        before = _rows.read_case(conn, case_id)
        _rows.touch(conn, case_id, utcnow(), title=title)
        after = search.refresh_stored(conn, case_id)
        audit.record_case_change(conn, before, after)
        return after


def set_index_date(case_id: int, date: PartialDate | None, *, store: Store) -> Case:
    """Set day 0 explicitly, or with None fall back to the default rule."""
    with store.write() as conn:
        before = _rows.read_case(conn, case_id)
        _rows.touch(conn, case_id, utcnow(), index_date=m.iso(date))
        after = search.refresh_stored(conn, case_id)
        audit.record_case_change(conn, before, after)
        return after


def _without_ids(case: Case) -> Case:
    from dataclasses import replace

    events = [replace(e, id=None) for e in case.events]
    return replace(case, id=None, events=events, created_at=None, updated_at=None)
