"""case outcome: the outcome and follow-up of any case (a category, its date, the follow-up
in the clinician's words), in a table of its own keyed by the case

Revision ID: 0010
Revises: 0009
Create Date: 2026-12-01 12:50:00

A new table only: existing cases have no row in it (their outcome is not recorded, and a
drug reaction's outcome stays the assessment's), so nothing is copied.
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0010"
down_revision: str | None = "0009"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "case_outcome",
        sa.Column("case_id", sa.Integer(), nullable=False),
        sa.Column("category", sa.String(), nullable=True),
        sa.Column("date", sa.String(), nullable=True),
        sa.Column("follow_up", sa.String(), nullable=True),
        sa.ForeignKeyConstraint(
            ["case_id"],
            ["case.id"],
            name=op.f("fk_case_outcome_case_id_case"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("case_id", name=op.f("pk_case_outcome")),
    )


def downgrade() -> None:
    op.drop_table("case_outcome")
