"""search: a 4-letter prefix index in case_fts (a word typed so far is found lazily)

Revision ID: 0008
Revises: 0007
Create Date: 2026-12-01 10:40:00

The last word of the search box is a prefix while it is being typed. FTS5 kept prefix
indexes of 2 and 3 letters only: a 4-letter prefix ("pain"*) made it merge the doclists of
every term it begins, in full, before the first row, in each statement of the list's page
and count (15 ms a statement for a word in all of 100,000 cases; 0.5 ms with the index).
The index is made again with prefix='2 3 4' and rebuilt from ``case_search`` (about 12 s
at 100,000 cases). Nothing here is imported from ``caselog``.

PostgreSQL (which had no full-text index before this revision): ``case_fts`` holds one
``tsvector`` a case with a GIN index, written from the folded ``case_search`` row as
``caselog.store.postgres_fts.document`` writes it from now on: the words split as FTS5's
unicode61 splits them (letters and digits), each word once, with the weights of the
columns it occurs in (A title, B label, D the rest), so that a prefix or a column can be
searched as FTS5 searches them; a foreign key to ``case_search`` drops a case's row with it.
"""

import re
from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0008"
down_revision: str | None = "0007"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def _fts(prefix: str) -> tuple[str, ...]:
    return (
        "DROP TRIGGER IF EXISTS case_search_ai",
        "DROP TRIGGER IF EXISTS case_search_ad",
        "DROP TRIGGER IF EXISTS case_search_au",
        "DROP TABLE IF EXISTS case_fts",
        "CREATE VIRTUAL TABLE case_fts USING fts5(title, label, body, content='case_search', "
        f"content_rowid='case_id', tokenize='unicode61 remove_diacritics 2', prefix='{prefix}')",
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
        "INSERT INTO case_fts(case_fts) VALUES ('rebuild')",
    )


POSTGRES = (
    "CREATE TABLE case_fts (case_id integer NOT NULL, doc tsvector NOT NULL, "
    "CONSTRAINT pk_case_fts PRIMARY KEY (case_id), "
    "CONSTRAINT fk_case_fts_case_id_case_search FOREIGN KEY (case_id) "
    "REFERENCES case_search (case_id) ON DELETE CASCADE)",
    "CREATE INDEX ix_case_fts_doc ON case_fts USING gin (doc)",
)
TOKEN = re.compile(r"[^\W_]+")
MAX_LEXEME_BYTES = 2046
_CHUNK = 1_000


def _quote(word: str) -> str:
    return "'" + word.replace("\\", "\\\\").replace("'", "''") + "'"


def _document(title: str, label: str, body: str) -> str:
    weights: dict[str, str] = {}
    for weight, value in (("A", title), ("B", label), ("D", body)):
        for word in TOKEN.findall(value):
            if len(word.encode("utf-8")) <= MAX_LEXEME_BYTES and weight not in weights.get(word, ""):
                weights[word] = weights.get(word, "") + weight
    return " ".join(
        _quote(w) + ":" + ",".join(f"{i + 1}{k}" for i, k in enumerate(ks))
        for w, ks in weights.items()
    )


def _postgres_index(conn: sa.Connection) -> None:
    for statement in POSTGRES:
        conn.exec_driver_sql(statement)
    rows = [
        {"case_id": r.case_id, "doc": _document(r.title, r.label, r.body)}
        for r in conn.execute(sa.text("SELECT case_id, title, label, body FROM case_search"))
    ]
    insert = sa.text("INSERT INTO case_fts (case_id, doc) VALUES (:case_id, CAST(:doc AS tsvector))")
    for start in range(0, len(rows), _CHUNK):
        conn.execute(insert, rows[start : start + _CHUNK])


def upgrade() -> None:
    conn = op.get_bind()
    if conn.dialect.name == "sqlite":
        for statement in _fts("2 3 4"):
            conn.exec_driver_sql(statement)
    elif conn.dialect.name == "postgresql":
        _postgres_index(conn)


def downgrade() -> None:
    conn = op.get_bind()
    if conn.dialect.name == "sqlite":
        for statement in _fts("2 3"):
            conn.exec_driver_sql(statement)
    elif conn.dialect.name == "postgresql":
        conn.exec_driver_sql("DROP TABLE IF EXISTS case_fts")
