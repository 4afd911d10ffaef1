"""The tables: the case of caselog/core/model.py spread over normalised tables.

Conventions: every child row points at its owner with ``ON DELETE CASCADE``; lists keep
their order in a ``position`` column; partial dates are ISO text (``2024-06``) with an
integer ``*_key`` (YYYYMMDD, zeros for unknown parts) beside them for sorting; timestamps
are UTC. Private identifiers of the patient live in their own table, ``patient_private``.

Plain SQLAlchemy Core ``Table``s: the store only ever runs Core statements on them. The value
columns of ``event`` come from the one description of the event fields
(``caselog.core.fields``), those of patient, private identifiers, history, image, assessment,
report, regulatory and author from the description of the other parts (``caselog.core.parts``). The
schema is the one the migrations in ``db/versions`` build (``tests/store/test_engine.py`` and
``tests/store/test_schema.py`` hold them together).

Why not SQLModel classes: their instances were never made (rows go in and out as dicts,
executemany for imports), so only ``__table__`` was used, while importing them loaded
SQLModel and pydantic (57 modules, about a quarter to half a second of start-up). Nor can one
class be table and validator here: the case file is nested where the tables are flat
(kidney columns in ``patient``, the Naranjo answers as ten columns), and its validator
reports every issue at once with its JSON path, as the hostile-input tests pin. The plain
descriptions in ``caselog.core`` carry both shapes instead (a column and a case-file key per
field, and each order), and keep the core free of SQL.
"""

from __future__ import annotations

import types
import typing
from typing import Any, Final

from sqlalchemy import (
    JSON,
    Boolean,
    Column,
    Float,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    MetaData,
    String,
    Table,
    false,
    text,
)
from sqlalchemy.types import TypeEngine

from caselog.core import fields, parts
from caselog.core.dates import PartialDate
from caselog.store.types import UTCDateTime, utcnow

NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}

metadata = MetaData(naming_convention=NAMING_CONVENTION)

CASCADE: Final = "CASCADE"

_SQL_TYPES: dict[object, type[TypeEngine[Any]]] = {
    str: String,
    float: Float,
    int: Integer,
    bool: Boolean,
    PartialDate: String,  # ISO text
    list[str]: JSON,
}


def _id() -> Column[int]:
    return Column("id", Integer, primary_key=True)


def _owner(owner: str, *, primary_key: bool = False, nullable: bool = False,
           index: bool = False) -> Column[int]:  # fmt: skip
    """``<owner>_id``, a foreign key to ``<owner>.id`` that deletes this row with its owner."""
    return Column(
        f"{owner}_id",
        Integer,
        ForeignKey(f"{owner}.id", ondelete=CASCADE),
        primary_key=primary_key,
        nullable=nullable,
        index=index,
    )


def _text(name: str, *, nullable: bool = True, index: bool = False) -> Column[str]:
    return Column(name, String, nullable=nullable, index=index)


def _int(name: str, *, nullable: bool = True, index: bool = False) -> Column[int]:
    return Column(name, Integer, nullable=nullable, index=index)


def _position() -> Column[int]:
    return Column("position", Integer, nullable=False)


def _utc(name: str, *, index: bool = False) -> Column[Any]:
    return Column(name, UTCDateTime(), nullable=False, default=utcnow, index=index)


def _sql_type(name: str, type_: object) -> tuple[type[TypeEngine[Any]], bool]:
    """The SQL type of a Python type, and whether it admits ``None`` (NULL)."""
    args = typing.get_args(type_) if isinstance(type_, types.UnionType) else ()
    plain = [a for a in args if a is not type(None)] or [type_]
    if len(plain) != 1 or plain[0] not in _SQL_TYPES:
        raise TypeError(f"{name}: no column type for {type_!r}")
    return _SQL_TYPES[plain[0]], type(None) in args


def column_of(field: fields.EventField) -> Column[Any]:
    """The column of a described event field: its SQL type from the Python type, NULL
    allowed when the type admits ``None``."""
    sql, nullable = _sql_type(field.name, field.type)
    return Column(field.name, sql(), nullable=nullable)


def columns_of(part: parts.Part, *, index: tuple[str, ...] = (),
               given: dict[str, Column[Any]] | None = None) -> list[Column[Any]]:  # fmt: skip
    """The value columns of a described part (caselog.core.parts), in its order: NULL allowed
    when the type admits ``None``; a flag that is never unknown defaults to false; a part
    within it is a presence flag followed by its columns; answers a text column each.
    ``given`` are columns the store shapes itself (a foreign key, a length)."""
    out: list[Column[Any]] = []
    for f in part.fields:
        if f.column is None:
            continue
        if given and f.column in given:
            out.append(given[f.column])
        elif f.holds == parts.ANSWERS:
            out += [Column(f"{f.column}_{q}", String, nullable=True) for q in f.questions]
        elif f.holds == parts.SHAPE:  # a figure value as JSON (caselog.core.figure)
            admits_none = type(None) in typing.get_args(f.type)
            out.append(Column(f.column, JSON(), nullable=admits_none))
        elif f.holds == parts.PART:
            assert f.part is not None
            out.append(Column(f.column, Boolean, nullable=False, default=False))
            out += columns_of(f.part, index=index, given=given)
        else:
            sql, nullable = _sql_type(f.name, f.type)
            column = Column(f.column, sql(), nullable=nullable, index=f.column in index)
            if f.type is bool:  # never unknown
                column = Column(f.column, sql(), nullable=False, default=False)
            out.append(column)
    return out


case_t = Table(
    "case",
    metadata,
    _id(),
    _text("title", nullable=False),
    _text("file_key"),
    _text("index_date"),
    _text("suspect_drug"),  # derived: first suspect drug of the timeline
    _utc("created_at"),
    _utc("updated_at", index=True),
    # the id of the audit row of its last change: a write on an older one is refused
    # (caselog/store/services/_versions.py, migration 0012)
    Column("version", Integer, nullable=False, server_default=text("0")),
    # the role that created it and its team (migration 0019): on PostgreSQL set by the
    # server (current_user, the creator's default team) and what row-level security reads
    # (caselog/store/server.py); empty on SQLite
    _text("owner"),
    _text("team", index=True),
    sqlite_autoincrement=True,  # ids never reused: undo and restore stay safe
)

patient_t = Table(
    "patient",
    metadata,
    _owner("case", primary_key=True),
    *columns_of(parts.PATIENT),  # with the kidney's columns
)

private_t = Table(  # identifiers: shown in the app, never in a report or an anonymised export
    "patient_private",
    metadata,
    _owner("case", primary_key=True),
    *columns_of(parts.PRIVATE),
)

history_t = Table(
    "history_item",
    metadata,
    _id(),
    _owner("case", index=True),
    _position(),
    *columns_of(parts.HISTORY),
)

event_t = Table(  # one timeline event of any kind; only the columns of its kind are set
    "event",
    metadata,
    _id(),
    _owner("case"),
    _position(),
    _text("kind", nullable=False),
    _text("date", nullable=False),
    _int("date_key", nullable=False),
    *(column_of(f) for f in fields.VALUE_FIELDS if f.stored),
    Index("ix_event_case_id_position", "case_id", "position", unique=True),
    sqlite_autoincrement=True,  # ids never reused: undo and restore stay safe
)

blob_t = Table(  # image bytes, addressed by their SHA-256: stored once however often used
    "blob",
    metadata,
    Column("sha256", String(64), primary_key=True),
    _int("size", nullable=False),
    Column("data", LargeBinary(), nullable=False),
)

image_t = Table(
    "image",
    metadata,
    _id(),
    Column(
        "event_id",
        Integer,
        ForeignKey("event.id", ondelete=CASCADE),
        nullable=False,
        index=True,
    ),
    _position(),
    *columns_of(
        parts.IMAGE,
        given={
            "sha256": Column(
                "sha256", String(64), ForeignKey("blob.sha256"), nullable=False, index=True
            ),
            # added to existing rows by migration 0011: a default in the schema itself
            "annotations": Column("annotations", JSON(), nullable=False, server_default="[]"),
            "marks_accepted": Column(
                "marks_accepted", Boolean(), nullable=False, default=False, server_default=false()
            ),
        },
    ),
)

_NARANJO = parts.ASSESSMENT.by_name["naranjo"]
NARANJO_COLUMNS = {key: f"{_NARANJO.column}_{key}" for key in _NARANJO.questions}

assessment_t = Table(
    "assessment",
    metadata,
    _owner("case", primary_key=True),
    *columns_of(parts.ASSESSMENT, index=("outcome", "who_umc")),  # filters of the case list
)

report_t = Table(
    "report",
    metadata,
    _owner("case", primary_key=True),
    *columns_of(parts.REPORT),  # with the consent's columns
)

regulatory_t = Table(  # what a regulator's report asks; the reporter's contact is private
    "regulatory",
    metadata,
    _owner("case", primary_key=True),
    *columns_of(parts.REGULATORY),  # with the reporter's columns
)

outcome_t = Table(  # the outcome and follow-up of any case (revision 0010)
    "case_outcome",
    metadata,
    _owner("case", primary_key=True),
    *columns_of(parts.OUTCOME),
)

series_t = Table(
    "series",
    metadata,
    _id(),
    _text("title", nullable=False),
    _text("file_key"),
    _text("introduction"),
    _text("methods"),
    _text("discussion"),
    _text("conclusion"),
    _utc("created_at"),
    _utc("updated_at"),
    sqlite_autoincrement=True,  # ids never reused: undo and restore stay safe
)

series_case_t = Table(
    "series_case",
    metadata,
    _owner("series", primary_key=True),
    _owner("case", primary_key=True, index=True),
    _position(),
)

author_t = Table(  # an author of a case or of a series (exactly one of the two owners set)
    "author",
    metadata,
    _id(),
    _owner("case", nullable=True, index=True),
    _owner("series", nullable=True, index=True),
    _position(),
    *columns_of(parts.AUTHOR),
)

keyword_t = Table(
    "keyword",
    metadata,
    _id(),
    _owner("case", index=True),
    _position(),
    _text("text", nullable=False),
)

reference_t = Table(  # a reference of a case report or of a series (one owner)
    "reference",
    metadata,
    _id(),
    _owner("case", nullable=True, index=True),
    _owner("series", nullable=True, index=True),
    _position(),
    _text("text", nullable=False),  # the reference as typed; for a CSL-JSON item, its id
    _text("item"),  # a CSL-JSON item as compact JSON (caselog.references.items); else NULL
)

# Derived from the case (caselog.store.search): its words folded (no case, no accents), the
# full-text index's content. Rewritten with every write of the case.
case_search_t = Table(
    "case_search",
    metadata,
    _owner("case", primary_key=True),
    _text("title", nullable=False),
    _text("label", nullable=False),
    _text("body", nullable=False),
)

# Derived from the case with its search row: every column the case list's filters read, in
# one narrow row keyed by the case id (the full-text index's rowid), so that testing a hit
# is one small look-up, not one in the wide search row and one in each table the value
# comes from (db/versions/0015).
case_filter_t = Table(
    "case_filter",
    metadata,
    _owner("case", primary_key=True),
    _text("drugs", nullable=False),  # "|denosumab|romosozumab|": every medication, any role
    _text("suspects", nullable=False),  # the same for suspect drugs
    _text("reaction"),  # the assessment's, folded
    _text("outcome"),  # the assessment's outcome category
    _text("who_umc"),  # the assessment's WHO-UMC category
    _text("seriousness"),  # the assessment's criteria as JSON text; NULL: not recorded
    _text("dialysis"),  # the patient's kidney dialysis
    _int("index_day", index=True),  # YYYYMMDD of day 0
    _int("onset_days"),  # days from day 0 to the onset of the reaction
)

# The audit trail (caselog/store/audit.py): one row per change, written in the same
# transaction as the change. Append-only: on SQLite, triggers refuse UPDATE and DELETE
# (migration 0002). ``case_id`` has no foreign key: the trail outlives a deleted case.
audit_t = Table(
    "audit",
    metadata,
    _id(),
    _utc("at"),
    _text("user", nullable=False),
    _text("action", nullable=False),
    _text("entity", nullable=False),
    _int("entity_id"),
    _int("case_id", index=True),
    _text("field"),
    _text("old_value"),
    _text("new_value"),
    # the hash chain (caselog/store/trail.py, migration 0004): tamper evidence
    _text("chain"),
    # the team of the case the row is about, set by the server's trigger (migration 0019)
    _text("team", index=True),
    sqlite_autoincrement=True,  # ids never reused: undo and restore stay safe
)

# The author's decisions on de-identification (caselog/store/services/redactions.py): a
# word marked safe (kept wherever it stands) or to redact (wherever it stands), for one
# case (``case_id``) or for all cases (``case_id`` NULL). Words are kept folded (lower
# case, accents stripped), as the de-identifier compares them.
redaction_decision_t = Table(
    "redaction_decision",
    metadata,
    _id(),
    _owner("case", nullable=True, index=True),
    _text("word", nullable=False),
    _text("decision", nullable=False),  # "safe" or "redact"
    _utc("at"),
    _text("team"),  # PostgreSQL: whose decision (migration 0019); empty on SQLite
    sqlite_autoincrement=True,
)

# Offline work (caselog/store/services/takeaway.py, migration 0017). ``database_identity``:
# one row, a random id given on the first ``take`` from this database, so a laptop file
# knows which database its cases came from wherever that database is reached from.
database_identity_t = Table(
    "database_identity",
    metadata,
    Column("id", String, primary_key=True),
    _utc("created_at"),
)

# In a laptop file: one row per case taken from a department database (or created on the
# laptop and since brought), with what a three-way merge needs: the source, the case's id
# and version there, and its content then (``base``, the case-file object the merge reads).
# ``case_id`` is the laptop's case and has no foreign key: a case deleted on the laptop
# keeps its row, so the deletion is brought too.
takeaway_t = Table(
    "takeaway",
    metadata,
    Column("case_id", Integer, primary_key=True, autoincrement=False),
    _text("source_id", nullable=False),  # database_identity.id of the source
    _text("source", nullable=False),  # the source as the user named it (no password)
    _int("source_case_id", nullable=False),
    _int("base_version", nullable=False),
    _text("base", nullable=False),  # JSON: the case at take time, or at the last bring
    _text("event_map", nullable=False),  # JSON: {laptop event id: source event id}
    _utc("taken_at"),
    Column("brought_at", UTCDateTime(), nullable=True),
    _text("state", nullable=False),  # "open" (linked) or "closed" (nothing more to bring)
    _text("last"),  # what the last bring did with it, in words
)
