"""report statements (competing interests, funding, ethics) and seriousness "not recorded"

Revision ID: 0004
Revises: 0003
Create Date: 2026-12-01 09:49:40

``report`` gains the statements only the authors can make: ``competing_interests``,
``funding``, ``ethics`` (NULL: not recorded; the report then prints a visible gap).

``assessment.seriousness`` admits NULL: not recorded, while an empty list means "not serious".
Before this revision the two were stored alike (an absent key and a window with no box
ticked both gave ``[]``), so a stored empty list proves nothing: it becomes NULL, and the
report says "not recorded" rather than "not serious" until the clinician records it.
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op
from sqlalchemy.dialects import sqlite

revision: str = "0004"
down_revision: str | None = "0003"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("assessment", schema=None) as batch_op:
        batch_op.alter_column("seriousness", existing_type=sqlite.JSON(), nullable=True)
    op.execute(f"UPDATE assessment SET seriousness = NULL WHERE {_seriousness()} = '[]'")
    with op.batch_alter_table("report", schema=None) as batch_op:
        batch_op.add_column(sa.Column("competing_interests", sa.String(), nullable=True))
        batch_op.add_column(sa.Column("funding", sa.String(), nullable=True))
        batch_op.add_column(sa.Column("ethics", sa.String(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("report", schema=None) as batch_op:
        batch_op.drop_column("ethics")
        batch_op.drop_column("funding")
        batch_op.drop_column("competing_interests")
    op.execute("UPDATE assessment SET seriousness = '[]' WHERE seriousness IS NULL")


def _seriousness() -> str:
    """The column as text: PostgreSQL's ``json`` has no equality."""
    return "seriousness" if op.get_bind().dialect.name == "sqlite" else "seriousness::text"
    with op.batch_alter_table("assessment", schema=None) as batch_op:
        batch_op.alter_column("seriousness", existing_type=sqlite.JSON(), nullable=False)
