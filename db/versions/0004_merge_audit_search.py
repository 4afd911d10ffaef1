"""merge the audit trail (0002) and full-text search (0003) branches

Revision ID: 0004
Revises: 0002, 0003
Create Date: 2026-11-22 01:30:00
"""

from collections.abc import Sequence

revision: str = "0004"
down_revision: str | Sequence[str] | None = ("0002", "0003")
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    """Nothing to do: both branches are independent; this only joins them."""


def downgrade() -> None:
    """Nothing to undo."""
