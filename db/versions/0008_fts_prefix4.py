"""search: a 4-letter prefix index in case_fts (a word typed so far is found lazily)

Revision ID: 0008
Revises: 0007
Create Date: 2026-12-01 10:40:00

The last word of the search box is a prefix while it is being typed. FTS5 kept prefix
indexes of 2 and 3 letters only: a 4-letter prefix ("pain"*) made it merge the doclists of
every term it begins, in full, before the first row, in each statement of the list's page
and count (15 ms a statement for a word in all of 100,000 cases; 0.5 ms with the index).
The index is made again with prefix='2 3 4' and rebuilt from ``case_search`` (about 12 s
at 100,000 cases). SQLite only; nothing here is imported from ``caselog``.
"""

from collections.abc import Sequence

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


def upgrade() -> None:
    conn = op.get_bind()
    if conn.dialect.name == "sqlite":
        for statement in _fts("2 3 4"):
            conn.exec_driver_sql(statement)


def downgrade() -> None:
    conn = op.get_bind()
    if conn.dialect.name == "sqlite":
        for statement in _fts("2 3"):
            conn.exec_driver_sql(statement)
