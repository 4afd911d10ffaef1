"""reference items: a reference may be a CSL-JSON item (docs/case-format.md: References)

Revision ID: 0013
Revises: 0012
Create Date: 2026-12-01 13:00:00

The ``reference`` table gains ``item``, NULL for a reference typed as text (every row
written before this revision), else the CSL-JSON object as compact JSON, its ``text`` the
item's id.
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0013"
down_revision: str | None = "0012"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("reference", schema=None) as batch_op:
        batch_op.add_column(sa.Column("item", sa.String(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("reference", schema=None) as batch_op:
        batch_op.drop_column("item")
