"""case version: each case carries the trail position of its last change

Revision ID: 0012
Revises: 0011
Create Date: 2026-12-01 13:10:00

``case.version`` is the id of the last audit row written by the last change of the case (0:
none yet). Two clinicians may hold the same case; a write made on a version that is no
longer the stored one is refused (``caselog/store/services/_versions.py``), and the trail
rows after it say who changed what and when. Existing cases take the id of their last
audit row. Portable (SQLite and PostgreSQL); nothing here is imported from ``caselog``.
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0012"
down_revision: str | None = "0011"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    # ALTER TABLE ... ADD COLUMN, not a batch copy: "case" is the parent of every other
    # table, and dropping it to copy it back would cascade (foreign_keys=ON)
    op.add_column(
        "case", sa.Column("version", sa.Integer(), server_default=sa.text("0"), nullable=False)
    )
    op.execute(
        'UPDATE "case" SET version = coalesce((SELECT max(audit.id) FROM audit '
        "WHERE audit.case_id = \"case\".id AND audit.action NOT IN ('export', 'report')), 0)"
    )


def downgrade() -> None:
    op.drop_column("case", "version")  # ALTER TABLE ... DROP COLUMN (SQLite 3.35+)
