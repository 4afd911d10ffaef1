"""The SQLModel tables: the case of caselog/core/model.py spread over normalised tables.

Conventions: every child row points at its owner with ``ON DELETE CASCADE``; lists keep
their order in a ``position`` column; partial dates are ISO text (``2024-06``) with an
integer ``*_key`` (YYYYMMDD, zeros for unknown parts) beside them for sorting; timestamps
are UTC. Private identifiers of the patient live in their own table, ``patient_private``.
"""

from __future__ import annotations

import datetime as dt
from typing import Final

from sqlalchemy import JSON, Column, Index, LargeBinary, MetaData, Table
from sqlmodel import Field, SQLModel

from caselog.core.vocab import NARANJO_KEYS
from caselog.store.types import UTCDateTime, utcnow

NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}

metadata: MetaData = SQLModel.metadata
metadata.naming_convention = NAMING_CONVENTION

CASCADE: Final = "CASCADE"


def _utc_column(*, index: bool = False) -> Column[dt.datetime]:
    return Column(UTCDateTime(), nullable=False, default=utcnow, index=index)


class CaseRow(SQLModel, table=True):
    __tablename__ = "case"
    __table_args__ = {"sqlite_autoincrement": True}  # ids never reused: undo stays safe

    id: int | None = Field(default=None, primary_key=True)
    title: str
    file_key: str | None = None
    index_date: str | None = None
    suspect_drug: str | None = None  # derived: first suspect drug of the timeline
    created_at: dt.datetime = Field(default_factory=utcnow, sa_column=_utc_column())
    updated_at: dt.datetime = Field(default_factory=utcnow, sa_column=_utc_column(index=True))


class PatientRow(SQLModel, table=True):
    __tablename__ = "patient"

    case_id: int = Field(primary_key=True, foreign_key="case.id", ondelete=CASCADE)
    sex: str
    label: str | None = None
    age: int | None = None
    weight_kg: float | None = None
    height_cm: float | None = None
    has_kidney: bool = False
    ckd_stage: str | None = None
    dialysis: str | None = None
    dialysis_since: str | None = None
    kidney_cause: str | None = None


class PatientPrivateRow(SQLModel, table=True):
    """Identifiers: shown in the app, never in a report or an anonymised export."""

    __tablename__ = "patient_private"

    case_id: int = Field(primary_key=True, foreign_key="case.id", ondelete=CASCADE)
    name: str | None = None
    mrn: str | None = None
    birth_date: str | None = None


class HistoryItemRow(SQLModel, table=True):
    __tablename__ = "history_item"

    id: int | None = Field(default=None, primary_key=True)
    case_id: int = Field(foreign_key="case.id", ondelete=CASCADE, index=True)
    position: int
    condition: str
    since: str | None = None
    ongoing: bool | None = None
    notes: str | None = None


class EventRow(SQLModel, table=True):
    """One timeline event of any kind; only the columns of its kind are set."""

    __tablename__ = "event"
    __table_args__ = (
        Index("ix_event_case_id_position", "case_id", "position", unique=True),
        {"sqlite_autoincrement": True},
    )

    id: int | None = Field(default=None, primary_key=True)
    case_id: int = Field(foreign_key="case.id", ondelete=CASCADE)
    position: int
    kind: str
    date: str
    date_key: int
    notes: str | None = None
    drug: str | None = None
    action: str | None = None
    role: str | None = None
    dose: float | None = None
    dose_unit: str | None = None
    route: str | None = None
    frequency: str | None = None
    indication: str | None = None
    reason: str | None = None
    name: str | None = None
    severity: str | None = None
    status: str | None = None
    test: str | None = None
    value: float | None = None
    text: str | None = None
    unit: str | None = None
    ref_low: float | None = None
    ref_high: float | None = None
    loinc: str | None = None
    specimen: str | None = None
    modality: str | None = None
    findings: str | None = None
    region: str | None = None
    impression: str | None = None
    summary: str | None = None


class BlobRow(SQLModel, table=True):
    """Image bytes, addressed by their SHA-256: stored once however often they are used."""

    __tablename__ = "blob"

    sha256: str = Field(primary_key=True, max_length=64)
    size: int
    data: bytes = Field(sa_column=Column(LargeBinary(), nullable=False))


class ImageRow(SQLModel, table=True):
    __tablename__ = "image"

    id: int | None = Field(default=None, primary_key=True)
    event_id: int = Field(foreign_key="event.id", ondelete=CASCADE, index=True)
    position: int
    sha256: str = Field(foreign_key="blob.sha256", max_length=64, index=True)
    media_type: str
    filename: str | None = None
    caption: str | None = None
    panel: str | None = None
    width: int | None = None
    height: int | None = None


class AssessmentRow(SQLModel, table=True):
    __tablename__ = "assessment"

    case_id: int = Field(primary_key=True, foreign_key="case.id", ondelete=CASCADE)
    reaction: str
    onset_date: str | None = None
    seriousness: list[str] = Field(default_factory=list, sa_column=Column(JSON(), nullable=False))
    outcome: str | None = Field(default=None, index=True)  # a filter of the case list
    dechallenge: str | None = None
    rechallenge: str | None = None
    who_umc: str | None = Field(default=None, index=True)  # a filter of the case list
    naranjo_previous_reports: str | None = None
    naranjo_after_drug: str | None = None
    naranjo_improved_on_stop: str | None = None
    naranjo_reappeared_on_readministration: str | None = None
    naranjo_alternative_causes: str | None = None
    naranjo_placebo_reaction: str | None = None
    naranjo_toxic_concentration: str | None = None
    naranjo_dose_response: str | None = None
    naranjo_previous_similar_reaction: str | None = None
    naranjo_objective_evidence: str | None = None


NARANJO_COLUMNS = {key: f"naranjo_{key}" for key in NARANJO_KEYS}


class ReportRow(SQLModel, table=True):
    __tablename__ = "report"

    case_id: int = Field(primary_key=True, foreign_key="case.id", ondelete=CASCADE)
    introduction: str | None = None
    case_presentation: str | None = None
    discussion: str | None = None
    conclusion: str | None = None
    patient_perspective: str | None = None
    acknowledgments: str | None = None
    has_consent: bool = False
    consent_obtained: bool | None = None
    consent_notes: str | None = None


class SeriesRow(SQLModel, table=True):
    __tablename__ = "series"
    __table_args__ = {"sqlite_autoincrement": True}

    id: int | None = Field(default=None, primary_key=True)
    title: str
    file_key: str | None = None
    introduction: str | None = None
    methods: str | None = None
    discussion: str | None = None
    conclusion: str | None = None
    created_at: dt.datetime = Field(default_factory=utcnow, sa_column=_utc_column())
    updated_at: dt.datetime = Field(default_factory=utcnow, sa_column=_utc_column())


class SeriesCaseRow(SQLModel, table=True):
    __tablename__ = "series_case"

    series_id: int = Field(primary_key=True, foreign_key="series.id", ondelete=CASCADE)
    case_id: int = Field(primary_key=True, foreign_key="case.id", ondelete=CASCADE, index=True)
    position: int


class AuthorRow(SQLModel, table=True):
    """An author of a case or of a series (exactly one of the two owners is set)."""

    __tablename__ = "author"

    id: int | None = Field(default=None, primary_key=True)
    case_id: int | None = Field(default=None, foreign_key="case.id", ondelete=CASCADE, index=True)
    series_id: int | None = Field(
        default=None, foreign_key="series.id", ondelete=CASCADE, index=True
    )
    position: int
    name: str
    degrees: str | None = None
    affiliation: str | None = None
    email: str | None = None
    corresponding: bool = False


class KeywordRow(SQLModel, table=True):
    __tablename__ = "keyword"

    id: int | None = Field(default=None, primary_key=True)
    case_id: int = Field(foreign_key="case.id", ondelete=CASCADE, index=True)
    position: int
    text: str


class ReferenceRow(SQLModel, table=True):
    """A formatted reference of a case report or of a series (one owner set)."""

    __tablename__ = "reference"

    id: int | None = Field(default=None, primary_key=True)
    case_id: int | None = Field(default=None, foreign_key="case.id", ondelete=CASCADE, index=True)
    series_id: int | None = Field(
        default=None, foreign_key="series.id", ondelete=CASCADE, index=True
    )
    position: int
    text: str


class CaseSearchRow(SQLModel, table=True):
    """Derived from the case (caselog.store.search): its words folded (no case, no
    accents) and the columns the filters read. Rewritten with every write of the case."""

    __tablename__ = "case_search"

    case_id: int = Field(primary_key=True, foreign_key="case.id", ondelete=CASCADE)
    title: str
    label: str
    body: str
    reaction: str | None = None
    drugs: str  # "|denosumab|romosozumab|": every medication, any role
    suspects: str  # the same for suspect drugs
    index_day: int | None = Field(default=None, index=True)  # YYYYMMDD of day 0
    onset_days: int | None = None  # days from day 0 to the onset of the reaction


class AuditRow(SQLModel, table=True):
    """The audit trail (caselog/store/audit.py): one row per change, written in the same
    transaction as the change. Append-only: on SQLite, triggers refuse UPDATE and DELETE
    (migration 0002). ``case_id`` has no foreign key: the trail outlives a deleted case."""

    __tablename__ = "audit"
    __table_args__ = {"sqlite_autoincrement": True}

    id: int | None = Field(default=None, primary_key=True)
    at: dt.datetime = Field(default_factory=utcnow, sa_column=_utc_column())
    user: str
    action: str
    entity: str
    entity_id: int | None = None
    case_id: int | None = Field(default=None, index=True)
    field: str | None = None
    old_value: str | None = None
    new_value: str | None = None


def table(model: type[SQLModel]) -> Table:
    """The Core table of a model (for Core inserts and selects)."""
    t = model.__table__  # type: ignore[attr-defined]
    assert isinstance(t, Table)
    return t


case_t = table(CaseRow)
patient_t = table(PatientRow)
private_t = table(PatientPrivateRow)
history_t = table(HistoryItemRow)
event_t = table(EventRow)
blob_t = table(BlobRow)
image_t = table(ImageRow)
assessment_t = table(AssessmentRow)
report_t = table(ReportRow)
series_t = table(SeriesRow)
series_case_t = table(SeriesCaseRow)
author_t = table(AuthorRow)
keyword_t = table(KeywordRow)
reference_t = table(ReferenceRow)
case_search_t = table(CaseSearchRow)
audit_t = table(AuditRow)
