"""search: case_search (folded words and filter columns per case), FTS5 index on SQLite,
indexes on the assessment columns the filters read

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-22 00:50:00

The backfill reads the tables as they stand at this revision with its own SQL and builds
each row as ``caselog.store.search.search_row`` does (tests check the two agree), so
that later changes to the application's code cannot change what this revision does:
nothing here is imported from ``caselog``.
"""

import calendar
import datetime as dt
import unicodedata
from collections import defaultdict
from collections.abc import Iterable, Sequence
from typing import Any

import sqlalchemy as sa
from alembic import op

revision: str = "0003"
down_revision: str | None = "0002"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

EVENT_TEXT = (
    "drug", "route", "frequency", "indication", "reason", "name", "test", "text", "specimen",
    "modality", "findings", "region", "impression", "summary", "notes",
)  # fmt: skip
REPORT_TEXT = (
    "introduction", "case_presentation", "discussion", "conclusion", "patient_perspective",
    "acknowledgments",
)  # fmt: skip
DIALYSIS_WORDS = {"hemodialysis": "hemodialysis", "peritoneal": "peritoneal dialysis"}
FTS = (
    "CREATE VIRTUAL TABLE case_fts USING fts5(title, label, body, content='case_search', "
    "content_rowid='case_id', tokenize='unicode61 remove_diacritics 2', prefix='2 3')",
    "CREATE TRIGGER case_search_ai AFTER INSERT ON case_search BEGIN "
    "INSERT INTO case_fts(rowid, title, label, body) VALUES (new.case_id, new.title, "
    "new.label, new.body); END",
    "CREATE TRIGGER case_search_ad AFTER DELETE ON case_search BEGIN "
    "INSERT INTO case_fts(case_fts, rowid, title, label, body) VALUES ('delete', "
    "old.case_id, old.title, old.label, old.body); END",
    "CREATE TRIGGER case_search_au AFTER UPDATE ON case_search BEGIN "
    "INSERT INTO case_fts(case_fts, rowid, title, label, body) VALUES ('delete', "
    "old.case_id, old.title, old.label, old.body); "
    "INSERT INTO case_fts(rowid, title, label, body) VALUES (new.case_id, new.title, "
    "new.label, new.body); END",
    "INSERT INTO case_fts(case_fts, rank) VALUES ('rank', 'bm25(10.0, 5.0, 1.0)')",
)
FTS_DROP = (
    "DROP TRIGGER IF EXISTS case_search_ai",
    "DROP TRIGGER IF EXISTS case_search_ad",
    "DROP TRIGGER IF EXISTS case_search_au",
    "DROP TABLE IF EXISTS case_fts",
)


def upgrade() -> None:
    op.create_table(
        "case_search",
        sa.Column("case_id", sa.Integer(), nullable=False),
        sa.Column("title", sa.String(), nullable=False),
        sa.Column("label", sa.String(), nullable=False),
        sa.Column("body", sa.String(), nullable=False),
        sa.Column("reaction", sa.String(), nullable=True),
        sa.Column("drugs", sa.String(), nullable=False),
        sa.Column("suspects", sa.String(), nullable=False),
        sa.Column("index_day", sa.Integer(), nullable=True),
        sa.Column("onset_days", sa.Integer(), nullable=True),
        sa.ForeignKeyConstraint(
            ["case_id"], ["case.id"], name=op.f("fk_case_search_case_id_case"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("case_id", name=op.f("pk_case_search")),
    )
    with op.batch_alter_table("case_search", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_case_search_index_day"), ["index_day"], unique=False)
    with op.batch_alter_table("assessment", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_assessment_outcome"), ["outcome"], unique=False)
        batch_op.create_index(batch_op.f("ix_assessment_who_umc"), ["who_umc"], unique=False)
    conn = op.get_bind()
    if conn.dialect.name == "sqlite":
        for statement in FTS:
            conn.exec_driver_sql(statement)
    rows = _rows(conn)
    if rows:
        conn.execute(sa.text(_INSERT), rows)


def downgrade() -> None:
    conn = op.get_bind()
    if conn.dialect.name == "sqlite":
        for statement in FTS_DROP:
            conn.exec_driver_sql(statement)
    with op.batch_alter_table("case_search", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_case_search_index_day"))
    with op.batch_alter_table("assessment", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_assessment_who_umc"))
        batch_op.drop_index(batch_op.f("ix_assessment_outcome"))
    op.drop_table("case_search")


_INSERT = (
    "INSERT INTO case_search (case_id, title, label, body, reaction, drugs, suspects, "
    "index_day, onset_days) VALUES (:case_id, :title, :label, :body, :reaction, :drugs, "
    ":suspects, :index_day, :onset_days)"
)


def fold(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch)).casefold()


def names_key(names: Iterable[str]) -> str:
    kept = sorted({fold(n).replace("|", " ").strip() for n in names if n and n.strip()})
    return "|" + "|".join(kept) + "|" if kept else ""


class PartialDate:
    """``YYYY``, ``YYYY-MM`` or ``YYYY-MM-DD`` as stored at this revision."""

    def __init__(self, text: str) -> None:
        parts = [int(p) for p in text.split("-")]
        self.year = parts[0]
        self.month = parts[1] if len(parts) > 1 else None
        self.day = parts[2] if len(parts) > 2 else None

    def sort_key(self) -> tuple[int, int, int]:
        return (self.year, self.month or 0, self.day or 0)

    def midpoint(self) -> dt.date:
        first = dt.date(self.year, self.month or 1, self.day or 1)
        if self.day is not None:
            return first
        if self.month is not None:
            last = dt.date(self.year, self.month, calendar.monthrange(self.year, self.month)[1])
        else:
            last = dt.date(self.year, 12, 31)
        return first + (last - first) // 2


def day_number(d: PartialDate | None) -> int | None:
    if d is None:
        return None
    m = d.midpoint()
    return m.year * 10000 + m.month * 100 + m.day


def _select(conn: sa.Connection, sql: str) -> list[Any]:
    return list(conn.execute(sa.text(sql)).mappings().all())


def _date(text: str | None) -> PartialDate | None:
    return PartialDate(text) if text else None


def _rows(conn: sa.Connection) -> list[dict[str, Any]]:
    """One search row per stored case, built from the tables of this revision."""
    by_case: dict[str, dict[int, list[Any]]] = {}
    for name, sql in (
        ("history", "SELECT * FROM history_item ORDER BY case_id, position"),
        ("event", 'SELECT * FROM "event" ORDER BY case_id, position'),
        ("keyword", "SELECT case_id, text FROM keyword ORDER BY case_id, position"),
        (
            "caption",
            "SELECT e.case_id, i.event_id, i.caption FROM image i JOIN event e ON e.id = i.event_id "
            "ORDER BY e.case_id, e.position, i.position",
        ),
    ):
        grouped: dict[int, list[Any]] = defaultdict(list)
        for row in _select(conn, sql):
            grouped[row["case_id"]].append(row)
        by_case[name] = grouped
    patients = {r["case_id"]: r for r in _select(conn, "SELECT * FROM patient")}
    assessments = {r["case_id"]: r for r in _select(conn, "SELECT * FROM assessment")}
    reports = {r["case_id"]: r for r in _select(conn, "SELECT * FROM report")}
    out = []
    for case in _select(conn, 'SELECT id, title, index_date FROM "case"'):
        cid = case["id"]
        out.append(
            _row(
                case,
                patients.get(cid),
                by_case["history"][cid],
                by_case["event"][cid],
                [k["text"] for k in by_case["keyword"][cid]],
                by_case["caption"][cid],
                assessments.get(cid),
                reports.get(cid),
            )
        )
    return out


def _row(
    case: Any,
    patient: Any,
    history: list[Any],
    events: list[Any],
    keywords: list[str],
    images: list[Any],
    assessment: Any,
    report: Any,
) -> dict[str, Any]:
    parts: list[str] = list(keywords)
    if patient is not None and patient["has_kidney"]:
        parts += [
            x for x in (patient["kidney_cause"], DIALYSIS_WORDS.get(patient["dialysis"] or "")) if x
        ]
    for h in history:
        parts += [x for x in (h["condition"], h["notes"]) if x]
    for e in events:
        parts += [e[n] for n in EVENT_TEXT if isinstance(e[n], str)]
        parts += [im["caption"] for im in images if im["caption"] and im["event_id"] == e["id"]]
    if assessment is not None:
        parts.append(assessment["reaction"])
    if report is not None:
        parts += [report[n] for n in REPORT_TEXT if report[n]]
        if report["has_consent"] and report["consent_notes"]:
            parts.append(report["consent_notes"])
    body = "\n".join(x.strip() for x in parts if x and x.strip())
    timeline = sorted(events, key=lambda e: (e["date_key"], e["position"]))
    meds = [e for e in timeline if e["kind"] == "medication" and e["drug"]]
    suspects = [e["drug"] for e in meds if (e["role"] or "concomitant") == "suspect"]
    index = _date(case["index_date"])
    if index is None:
        start = next(
            (
                e
                for e in timeline
                if e["kind"] == "medication"
                and e["action"] == "start"
                and (e["role"] or "concomitant") == "suspect"
            ),
            None,
        )
        first = start or (timeline[0] if timeline else None)
        index = _date(first["date"]) if first is not None else None
    onset_days = None
    if assessment is not None:
        onset = _date(assessment["onset_date"])
        if onset is None:
            onset = next(
                (
                    _date(e["date"])
                    for e in timeline
                    if e["kind"] == "symptom"
                    and (index is None or _date(e["date"]).sort_key() >= index.sort_key())  # type: ignore[union-attr]
                ),
                None,
            )
        if onset is not None and index is not None:
            onset_days = (onset.midpoint() - index.midpoint()).days
    label = patient["label"] if patient is not None and patient["label"] else "the patient"
    return {
        "case_id": case["id"],
        "title": fold(case["title"]),
        "label": fold(label),
        "body": fold(body),
        "reaction": fold(assessment["reaction"]) if assessment is not None else None,
        "drugs": names_key(e["drug"] for e in meds),
        "suspects": names_key(suspects),
        "index_day": day_number(index),
        "onset_days": onset_days,
    }
