"""PostgreSQL: the list's order index with its tie-breaker, and a title-and-label index

Revision ID: 0018
Revises: 0017
Create Date: 2026-12-01 15:30:00

PostgreSQL only (nothing changes on SQLite); nothing here is imported from ``caselog``.

- ``ix_case_updated_at_id`` on ``(updated_at, id)``. The case list is ordered by
  ``updated_at DESC, id DESC``; SQLite's index on ``updated_at`` holds the rowid (the id)
  after it, so it is that order already, but PostgreSQL's does not: with many cases of
  one time stamp (an import writes them in one transaction; every case of the bench's
  database) it sorted every case for each page (116 times SQLite's time for the whole
  list at 10,000 cases). The models do not name it (``caselog.store.postgres.OWN_INDEXES``
  keeps it out of Alembic's comparison), and ``ix_case_updated_at`` stays as the models
  say.
- ``case_fts_head``: the title and patient label of each case as a ``tsvector`` (weights A
  and B, as in ``case_fts``), with a GIN index, as SQLite's ``case_fts_head`` (0014): the
  relevance tiers (every word in the title, then in the label) read only the cases whose
  title or label holds the words, not every case whose body does (a weight in a
  ``tsquery`` is checked row by row against the whole vector). Written from the folded
  ``case_search`` row as ``caselog.store.postgres_fts.head_document`` writes it; its rows
  go with their search row (``ON DELETE CASCADE``).

- Both GIN indexes without ``fastupdate``: a write goes into the index itself, not into a
  pending list that every search reads whole until a vacuum merges it (after the bench's
  bulk load, 160 ms for one rare word instead of 20). A write of a case costs a little
  more; an import of 100 cases is measured by ``bench.bench_postgres``.

Then ``ANALYZE`` of the tables the list reads, so that the planner knows them at once.
"""

import re
from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0018"
down_revision: str | None = "0017"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

UP = (
    'CREATE INDEX ix_case_updated_at_id ON "case" (updated_at, id)',
    "CREATE TABLE case_fts_head (case_id integer NOT NULL, doc tsvector NOT NULL, "
    "CONSTRAINT pk_case_fts_head PRIMARY KEY (case_id), "
    "CONSTRAINT fk_case_fts_head_case_id_case_search FOREIGN KEY (case_id) "
    "REFERENCES case_search (case_id) ON DELETE CASCADE)",
)
INDEX = "CREATE INDEX ix_case_fts_head_doc ON case_fts_head USING gin (doc) WITH (fastupdate = off)"
# every write goes into the GIN tree itself: no pending list of new rows, which each search
# reads whole until a vacuum merges it (up to 4 MB after an import: 160 ms for a rare word)
NO_PENDING = (
    "ALTER INDEX ix_case_fts_doc SET (fastupdate = off)",
    "SELECT gin_clean_pending_list('ix_case_fts_doc'::regclass)",
)
ANALYZE = ('ANALYZE "case"', "ANALYZE case_fts", "ANALYZE case_fts_head", "ANALYZE case_search")
DOWN = (
    "DROP TABLE IF EXISTS case_fts_head",
    "DROP INDEX IF EXISTS ix_case_updated_at_id",
    "ALTER INDEX ix_case_fts_doc RESET (fastupdate)",
)
TOKEN = re.compile(r"[^\W_]+")
MAX_LEXEME_BYTES = 2046
_CHUNK = 1_000


def _quote(word: str) -> str:
    return "'" + word.replace("\\", "\\\\").replace("'", "''") + "'"


def _document(title: str, label: str) -> str:
    weights: dict[str, str] = {}
    for weight, value in (("A", title), ("B", label)):
        for word in TOKEN.findall(value):
            if len(word.encode("utf-8")) <= MAX_LEXEME_BYTES and weight not in weights.get(word, ""):
                weights[word] = weights.get(word, "") + weight
    return " ".join(
        _quote(w) + ":" + ",".join(f"{i + 1}{k}" for i, k in enumerate(ks))
        for w, ks in weights.items()
    )


def upgrade() -> None:
    conn = op.get_bind()
    if conn.dialect.name != "postgresql":
        return
    for statement in (*UP, *NO_PENDING):
        conn.exec_driver_sql(statement)
    rows = [
        {"case_id": r.case_id, "doc": _document(r.title, r.label)}
        for r in conn.execute(sa.text("SELECT case_id, title, label FROM case_search"))
    ]
    insert = sa.text(
        "INSERT INTO case_fts_head (case_id, doc) VALUES (:case_id, CAST(:doc AS tsvector))"
    )
    for start in range(0, len(rows), _CHUNK):
        conn.execute(insert, rows[start : start + _CHUNK])
    conn.exec_driver_sql(INDEX)  # after the rows: one build, not 100,000 insertions
    for statement in ANALYZE:
        conn.exec_driver_sql(statement)


def downgrade() -> None:
    conn = op.get_bind()
    if conn.dialect.name != "postgresql":
        return
    for statement in DOWN:
        conn.exec_driver_sql(statement)
