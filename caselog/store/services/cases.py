"""Service functions on whole cases and their parts: one transaction each, the case read at
most once (without image bytes), and a ``Change`` returned (caselog.store.changes)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

from sqlalchemy import Connection, delete

from caselog.core.dates import PartialDate
from caselog.core.model import (
    Assessment,
    Author,
    Case,
    CaseOutcome,
    Patient,
    Regulatory,
    ReportText,
)
from caselog.store import audit, search
from caselog.store import mapping as m
from caselog.store.changes import Change
from caselog.store.engine import Store
from caselog.store.services import _blobs, _input, _rows, _versions
from caselog.store.tables import (
    assessment_t,
    author_t,
    case_t,
    history_t,
    keyword_t,
    outcome_t,
    patient_t,
    private_t,
    reference_t,
    regulatory_t,
    report_t,
)
from caselog.store.types import utcnow


def create_case(case: Case, *, store: Store) -> Change:
    """Store a new case (its ``id`` is ignored); ``change.case`` is the case as stored."""
    fresh = _without_ids(case)
    _input.check_case(fresh)  # ValidationError, nothing written
    with store.write() as conn:
        [case_id] = _rows.insert_cases(conn, [fresh], utcnow())
        audit.record_created(conn, [(case_id, fresh.title)], "create")
        return Change.case_created(_read_back(conn, case_id, fresh))


def get_case(case_id: int, *, store: Store, image_bytes: bool = True) -> Case:
    """The whole case, private identifiers included; NotFound if none. Its images carry
    their bytes unless ``image_bytes`` is False (``data`` empty, ``sha256`` kept: see
    ``image_data``)."""
    with store.read() as conn:
        return _rows.read_case(conn, case_id, image_bytes=image_bytes)


def image_data(sha256s: list[str], *, store: Store) -> dict[str, bytes]:
    """The bytes of stored images by SHA-256 (for a case read without them)."""
    with store.read() as conn:
        return _blobs.read_data(conn, sha256s)


def update_case(case: Case, *, store: Store, version: int | None = None) -> Change:
    """Replace everything of the stored case ``case.id`` by ``case`` (images without bytes
    must name stored blobs). Undo and redo put a snapshot back with this.

    ``version``: the version the caller's change was made on (``Case.version`` as read);
    ``StaleCase`` and nothing written when the case has changed since. The same holds for
    every write of a case below."""
    assert case.id is not None, "update_case needs a stored case"
    with store.write() as conn:
        return replace_case(conn, case, version)


def replace_case(conn: Connection, case: Case, version: int | None = None) -> Change:
    """``update_case`` inside the caller's writing transaction (a merge writes its own
    trail row beside it: caselog/store/services/takeaway.py)."""
    assert case.id is not None, "replace_case needs a stored case"
    case_id = case.id
    _versions.check(conn, case_id, version)
    before = _rows.read_case(conn, case_id, image_bytes=False)
    now = utcnow()
    _rows.touch(
        conn,
        case_id,
        now,
        title=case.title,
        file_key=case.key,
        index_date=m.iso(case.index_date),
        suspect_drug=m.suspect_drug(case),
    )
    _rows.delete_parts(conn, case_id)
    event_ids = _rows.insert_parts(conn, [(case_id, case)])
    _blobs.keep_bytes(before, _blobs.drop_blobs(conn, _blobs.shas(before.events)))
    after = _rows.as_stored(replace(case, created_at=before.created_at), event_ids, now)
    audit.record_case_change(conn, before, after)
    return Change.of_case(before, _versions.stamped(conn, after))


def delete_case(case_id: int, *, store: Store, version: int | None = None) -> Change:
    """Delete a case; ``change.case`` is the case as it was, for ``restore_case`` (with
    the bytes of the images no other case uses)."""
    with store.write() as conn:
        _versions.check(conn, case_id, version)
        case = _rows.read_case(conn, case_id, image_bytes=False)
        conn.execute(delete(case_t).where(case_t.c.id == case_id))
        _blobs.keep_bytes(case, _blobs.drop_blobs(conn, _blobs.shas(case.events)))
        audit.record_deleted(conn, case)
        return Change.case_deleted(case)


def restore_case(case: Case, *, store: Store) -> Change:
    """Re-create a deleted case with its old id (and its events' ids)."""
    assert case.id is not None, "restore_case needs the id the case had"
    with store.write() as conn:
        _rows.insert_cases(conn, [case], utcnow())
        audit.record_created(conn, [(case.id, case.title)], "restore")
        return Change.case_created(_read_back(conn, case.id, case))


def _edit(
    store: Store,
    case_id: int,
    write: Callable[[Connection, Case], Case],
    version: int | None = None,
) -> Change:
    """Read the case once, let ``write`` store its part and return the case after it, then
    touch the case, rewrite its search row and record the audit trail: one transaction."""
    with store.write() as conn:
        _versions.check(conn, case_id, version)
        before = _rows.read_case(conn, case_id, image_bytes=False)
        now = utcnow()
        after = replace(write(conn, before), updated_at=now)
        _rows.touch(
            conn,
            case_id,
            now,
            title=after.title,
            index_date=m.iso(after.index_date),
            suspect_drug=m.suspect_drug(after),
        )
        search.refresh(conn, [(case_id, after)])
        audit.record_case_change(conn, before, after)
        return Change.of_case(before, _versions.stamped(conn, after))


def set_patient(
    case_id: int, patient: Patient, *, store: Store, version: int | None = None
) -> Change:
    """Set the patient; ValidationError (nothing written) for a value a case file refuses,
    an age its birth date contradicts at the case's day 0 among them."""

    def write(conn: Connection, before: Case) -> Case:
        _input.check_patient(patient, before.effective_index_date())
        for t in (patient_t, private_t, history_t):
            conn.execute(delete(t).where(t.c.case_id == case_id))
        _rows.insert_many(conn, patient_t, [m.patient_row(case_id, patient)])
        _rows.insert_many(conn, private_t, [m.private_row(case_id, patient.private)])
        _rows.insert_many(conn, history_t, m.history_rows(case_id, patient.history))
        return replace(before, patient=patient)

    return _edit(store, case_id, write, version)


def set_assessment(
    case_id: int, assessment: Assessment | None, *, store: Store, version: int | None = None
) -> Change:
    """Set (or with None, remove) the adverse-reaction assessment of a case.

    The case's outcome category has one home (docs/case-format.md, OUTCOME): a drug reaction's
    is the reaction's outcome. So a category the case recorded moves into a new assessment
    that gives none, and leaves the case's outcome either way: never two. Removing the
    assessment removes the reaction's outcome with it (the window removes an assessment only
    once every field of it, its outcome too, is empty)."""

    def write(conn: Connection, before: Case) -> Case:
        _input.check_parts(assessment=assessment, birth=before.patient.private.birth_date)
        new, outcome = _settle(assessment, before.outcome)
        conn.execute(delete(assessment_t).where(assessment_t.c.case_id == case_id))
        if new is not None:
            _rows.insert_many(conn, assessment_t, [m.assessment_row(case_id, new)])
        if outcome != before.outcome:
            _write_outcome(conn, case_id, outcome)
        return replace(before, assessment=new, outcome=outcome)

    return _edit(store, case_id, write, version)


def _settle(
    assessment: Assessment | None, outcome: CaseOutcome | None
) -> tuple[Assessment | None, CaseOutcome | None]:
    """The assessment and case outcome to store, the outcome category in one of them."""
    if assessment is not None and outcome is not None and outcome.category is not None:
        if assessment.outcome is None:
            assessment = replace(assessment, outcome=outcome.category)
        outcome = replace(outcome, category=None)
    if outcome is not None and outcome.is_empty():
        outcome = None
    return assessment, outcome


def _write_outcome(conn: Connection, case_id: int, outcome: CaseOutcome | None) -> None:
    conn.execute(delete(outcome_t).where(outcome_t.c.case_id == case_id))
    if outcome is not None:
        _rows.insert_many(conn, outcome_t, [m.outcome_row(case_id, outcome)])


def set_outcome(
    case_id: int, outcome: CaseOutcome | None, *, store: Store, version: int | None = None
) -> Change:
    """Set (or with None, remove) the outcome and follow-up of a case. A case with an
    assessment records its outcome category as the reaction's outcome: a category given
    here for it is refused (ValueError), nothing changed."""

    def write(conn: Connection, before: Case) -> Case:
        if outcome is not None and outcome.category is not None and before.assessment:
            raise ValueError(
                "This case is a suspected drug reaction: its outcome is the reaction's "
                "outcome, recorded in the assessment (Outcome), not a second time here."
            )
        kept = None if outcome is None or outcome.is_empty() else outcome
        _write_outcome(conn, case_id, kept)
        return replace(before, outcome=kept)

    return _edit(store, case_id, write, version)


def set_report(
    case_id: int,
    report: ReportText | None,
    authors: list[Author],
    keywords: list[str],
    *,
    store: Store,
    version: int | None = None,
) -> Change:
    """Set the narrative, authors and keywords of a case."""

    def write(conn: Connection, before: Case) -> Case:
        _input.check_parts(report=report, authors=authors, keywords=keywords)
        for t in (report_t, reference_t, author_t, keyword_t):
            conn.execute(delete(t).where(t.c.case_id == case_id))
        if report is not None:
            _rows.insert_many(conn, report_t, [m.report_row(case_id, report)])
            refs = m.reference_rows(report.references, case_id=case_id)
            _rows.insert_many(conn, reference_t, refs)
        _rows.insert_many(conn, author_t, m.author_rows(authors, case_id=case_id))
        _rows.insert_many(conn, keyword_t, m.keyword_rows(case_id, keywords))
        return replace(before, report=report, authors=list(authors), keywords=list(keywords))

    return _edit(store, case_id, write, version)


def set_regulatory(
    case_id: int, regulatory: Regulatory | None, *, store: Store, version: int | None = None
) -> Change:
    """Set (or with None, remove) what a regulator's report asks beyond the record."""

    def write(conn: Connection, before: Case) -> Case:
        _input.check_parts(regulatory=regulatory, birth=before.patient.private.birth_date)
        conn.execute(delete(regulatory_t).where(regulatory_t.c.case_id == case_id))
        if regulatory is not None:
            _rows.insert_many(conn, regulatory_t, [m.regulatory_row(case_id, regulatory)])
        return replace(before, regulatory=regulatory)

    return _edit(store, case_id, write, version)


def set_title(case_id: int, title: str, *, store: Store, version: int | None = None) -> Change:
    _input.check_title(title)  # ValidationError, nothing written
    return _edit(store, case_id, lambda _conn, before: replace(before, title=title), version)


def set_index_date(
    case_id: int, date: PartialDate | None, *, store: Store, version: int | None = None
) -> Change:
    """Set day 0 explicitly, or with None fall back to the default rule."""
    return _edit(store, case_id, lambda _conn, b: replace(b, index_date=date), version)


def _read_back(conn: Connection, case_id: int, given: Case) -> Case:
    """The case just inserted, read once without blobs, its images given the bytes that
    came in hand with ``given``."""
    stored = _rows.read_case(conn, case_id, image_bytes=False)
    in_hand = {m.sha256_of(im): im.data for e in given.events for im in e.images if im.data}
    _blobs.keep_bytes(stored, in_hand)
    return stored


def _without_ids(case: Case) -> Case:
    events = [replace(e, id=None) for e in case.events]
    return replace(case, id=None, events=events, created_at=None, updated_at=None)
