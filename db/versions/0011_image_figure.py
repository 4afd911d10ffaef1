"""image figure: window, crop, annotations, DICOM pixel source, burned-in text accepted

Revision ID: 0011
Revises: 0010
Create Date: 2026-12-01 13:00:00

``image`` gains the figure an image makes, kept beside its untouched pixels: ``window``
(level and width), ``crop`` (fractions), ``annotations`` (arrows, boxes, circles, labels,
redaction boxes), ``source`` (what a DICOM file told of its pixels: rescale slope and
intercept, modality, body part, pixel spacing), all JSON, and ``marks_accepted`` (the author
judged the burned-in text warning a false alarm). Existing images get no window, no crop, no
annotations, and the warning not accepted.
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0011"
down_revision: str | None = "0010"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    # ALTER TABLE ADD COLUMN, not a batch copy: the table keeps its SQL as it was
    op.add_column("image", sa.Column("window", sa.JSON(), nullable=True))
    op.add_column("image", sa.Column("crop", sa.JSON(), nullable=True))
    op.add_column(
        "image", sa.Column("annotations", sa.JSON(), nullable=False, server_default="[]")
    )
    op.add_column("image", sa.Column("source", sa.JSON(), nullable=True))
    op.add_column(
        "image",
        sa.Column("marks_accepted", sa.Boolean(), nullable=False, server_default=sa.false()),
    )


def downgrade() -> None:
    with op.batch_alter_table("image", schema=None) as batch_op:
        batch_op.drop_column("marks_accepted")
        batch_op.drop_column("source")
        batch_op.drop_column("annotations")
        batch_op.drop_column("crop")
        batch_op.drop_column("window")
