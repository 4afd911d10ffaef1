"""search filters: every value the case list's filters read, in one narrow row a case

Revision ID: 0015_search_filters
Revises: 0014
Create Date: 2026-12-01 15:40:00

A search with words and filters tests each full-text hit against the filters. The values
were in three tables: the drugs, the reaction, day 0 and the onset in the wide search row
(its words first, about 700 bytes), the outcome, the WHO-UMC category and the seriousness in
``assessment``, the dialysis in ``patient``: two or three look-ups a hit, and at 100,000
cases a count up to the list's cap tests about 40,000 hits. ``case_filter`` holds them all,
keyed by the case id (the index's rowid), about 60 bytes a row: one small look-up a hit,
half the time. The search row keeps its words alone. ``case_filter`` is written with the
search row (``caselog.store.search``); here it is filled from the three tables, then the
moved columns leave ``case_search`` (ALTER TABLE ... DROP COLUMN: SQLite 3.35+ rewrites the
rows in place, no trigger fires, the full-text index keeps its rowids). Portable (SQLite
and PostgreSQL); nothing here is imported from ``caselog``.
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0015_search_filters"
down_revision: str | None = "0014"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

MOVED = ("reaction", "drugs", "suspects", "index_day", "onset_days")

FILL = (
    "INSERT INTO case_filter (case_id, drugs, suspects, reaction, outcome, who_umc, "
    "seriousness, dialysis, index_day, onset_days) "
    "SELECT s.case_id, s.drugs, s.suspects, s.reaction, a.outcome, a.who_umc, "
    # the JSON text as stored; PostgreSQL's json as its text. A JSON null (a Python None
    # written through SQLAlchemy's JSON type) is "not recorded", as NULL is
    "nullif(CAST(a.seriousness AS TEXT), 'null'), p.dialysis, s.index_day, s.onset_days "
    "FROM case_search s "
    "LEFT OUTER JOIN assessment a ON a.case_id = s.case_id "
    "LEFT OUTER JOIN patient p ON p.case_id = s.case_id"
)
UNFILL = (
    "UPDATE case_search SET "
    + ", ".join(f"{c} = (SELECT f.{c} FROM case_filter f WHERE f.case_id = case_search.case_id)"
                for c in MOVED)
)  # fmt: skip


def upgrade() -> None:
    op.create_table(
        "case_filter",
        sa.Column("case_id", sa.Integer(), nullable=False),
        sa.Column("drugs", sa.String(), nullable=False),
        sa.Column("suspects", sa.String(), nullable=False),
        sa.Column("reaction", sa.String(), nullable=True),
        sa.Column("outcome", sa.String(), nullable=True),
        sa.Column("who_umc", sa.String(), nullable=True),
        sa.Column("seriousness", sa.String(), nullable=True),
        sa.Column("dialysis", sa.String(), nullable=True),
        sa.Column("index_day", sa.Integer(), nullable=True),
        sa.Column("onset_days", sa.Integer(), nullable=True),
        sa.ForeignKeyConstraint(
            ["case_id"],
            ["case.id"],
            name=op.f("fk_case_filter_case_id_case"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("case_id", name=op.f("pk_case_filter")),
    )
    op.execute(FILL)
    op.create_index(op.f("ix_case_filter_index_day"), "case_filter", ["index_day"], unique=False)
    op.drop_index(op.f("ix_case_search_index_day"), table_name="case_search")
    for column in MOVED:
        op.drop_column("case_search", column)


def downgrade() -> None:
    # the search row's update trigger (SQLite) re-indexes a row it rewrites: not needed
    # here, the words are unchanged; it would take minutes at 100,000 cases
    sqlite = op.get_bind().dialect.name == "sqlite"
    if sqlite:
        op.execute("DROP TRIGGER IF EXISTS case_search_au")
    op.add_column("case_search", sa.Column("reaction", sa.String(), nullable=True))
    op.add_column(
        "case_search", sa.Column("drugs", sa.String(), nullable=False, server_default="")
    )
    op.add_column(
        "case_search", sa.Column("suspects", sa.String(), nullable=False, server_default="")
    )
    op.add_column("case_search", sa.Column("index_day", sa.Integer(), nullable=True))
    op.add_column("case_search", sa.Column("onset_days", sa.Integer(), nullable=True))
    op.execute(UNFILL)
    if sqlite:
        op.execute(
            "CREATE TRIGGER case_search_au AFTER UPDATE ON case_search BEGIN "
            "INSERT INTO case_fts(case_fts, rowid, title, label, body) VALUES ('delete', "
            "old.case_id, old.title, old.label, old.body); "
            "INSERT INTO case_fts(rowid, title, label, body) VALUES (new.case_id, new.title, "
            "new.label, new.body); END"
        )
    op.create_index(op.f("ix_case_search_index_day"), "case_search", ["index_day"], unique=False)
    op.drop_index(op.f("ix_case_filter_index_day"), table_name="case_filter")
    op.drop_table("case_filter")
