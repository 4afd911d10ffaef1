"""search: the full-text indexes merge off the write path, not inside every write

Revision ID: 0020
Revises: 0019
Create Date: 2026-12-01 21:30:00

FTS5 writes each transaction's new index entries as a new segment, and by default merges
segments inside every write (``automerge`` 4): a write does merge work in proportion to
the pages it wrote times the number of levels of the index, so it grows with the
database. Inserting the search rows of 1,000 imported cases cost 1.07 s of CPU at
100,000 cases against 0.30 s at 1,000, 0.455 s without the merging.

``automerge`` is set to 0 on ``case_fts`` and ``case_fts_head`` (a setting FTS5 keeps in
the table's ``_config`` row, so every connection has it): a write only adds its segment.
The merging is done afterwards in short transactions of its own, by
``caselog.store.fts.merge`` (``services.tidy_search_index``: the window runs it on its
task runner a moment after a write, the command line after an import). ``crisismerge``
stays at FTS5's 16: should nothing merge meanwhile, a level reaching 16 segments is
merged by the write that adds the 16th, so the index never holds more than 16 segments a
level (searches stay bounded). Nothing else changes: the index's content is the same
before and after a merge (``integrity-check``). SQLite only (PostgreSQL has no FTS5);
nothing here is imported from ``caselog``.
"""

from collections.abc import Sequence

from alembic import op

revision: str = "0020"
down_revision: str | None = "0019"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

TABLES = ("case_fts", "case_fts_head")


def _automerge(value: int) -> None:
    conn = op.get_bind()
    if conn.dialect.name == "sqlite":
        for t in TABLES:
            conn.exec_driver_sql(f"INSERT INTO {t}({t}, rank) VALUES ('automerge', {value})")


def upgrade() -> None:
    _automerge(0)


def downgrade() -> None:
    _automerge(4)  # FTS5's default
