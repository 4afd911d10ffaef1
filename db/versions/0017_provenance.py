"""provenance: cases taken along in a laptop file, and the identity of a database

Revision ID: 0017
Revises: 0016
Create Date: 2026-12-01 15:40:00

``database_identity`` holds one random id, given on the first ``caselog take`` from the
database (so copies made from a template before it do not share one). ``takeaway`` lives in
a laptop file: per taken case, its source (identity and name), its id and version there and
its content at take time (the base of the three-way merge ``caselog bring`` makes), and the
map of the laptop's event ids to the source's. Portable (SQLite and PostgreSQL); nothing
here is imported from ``caselog``.
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0017"
down_revision: str | None = "0016"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "database_identity",
        sa.Column("id", sa.String(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_database_identity")),
    )
    op.create_table(
        "takeaway",
        sa.Column("case_id", sa.Integer(), autoincrement=False, nullable=False),
        sa.Column("source_id", sa.String(), nullable=False),
        sa.Column("source", sa.String(), nullable=False),
        sa.Column("source_case_id", sa.Integer(), nullable=False),
        sa.Column("base_version", sa.Integer(), nullable=False),
        sa.Column("base", sa.String(), nullable=False),
        sa.Column("event_map", sa.String(), nullable=False),
        sa.Column("taken_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("brought_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("state", sa.String(), nullable=False),
        sa.Column("last", sa.String(), nullable=True),
        sa.PrimaryKeyConstraint("case_id", name=op.f("pk_takeaway")),
    )


def downgrade() -> None:
    op.drop_table("takeaway")
    op.drop_table("database_identity")
