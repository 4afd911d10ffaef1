"""redaction decisions: the author's words marked safe or to redact, per case or for all

Revision ID: 0006
Revises: 0005
Create Date: 2026-12-01 10:30:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0006"
down_revision: str | None = "0005"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "redaction_decision",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("case_id", sa.Integer(), nullable=True),
        sa.Column("word", sa.String(), nullable=False),
        sa.Column("decision", sa.String(), nullable=False),
        sa.Column("at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["case_id"],
            ["case.id"],
            name=op.f("fk_redaction_decision_case_id_case"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_redaction_decision")),
        sqlite_autoincrement=True,
    )
    with op.batch_alter_table("redaction_decision", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_redaction_decision_case_id"), ["case_id"], unique=False
        )


def downgrade() -> None:
    with op.batch_alter_table("redaction_decision", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_redaction_decision_case_id"))
    op.drop_table("redaction_decision")
