"""regulatory: what a regulator's report asks (report type, country, the reporter), the
patient's initials (private), a medication's batch and manufacturer

Revision ID: 0005
Revises: 0004
Create Date: 2026-12-01 10:00:07.464674
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = '0005'
down_revision: str | None = '0004'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table('regulatory',
    sa.Column('case_id', sa.Integer(), nullable=False),
    sa.Column('report_type', sa.String(), nullable=True),
    sa.Column('submission', sa.String(), nullable=True),
    sa.Column('country', sa.String(), nullable=True),
    sa.Column('received_date', sa.String(), nullable=True),
    sa.Column('has_reporter', sa.Boolean(), nullable=False),
    sa.Column('reporter_qualification', sa.String(), nullable=True),
    sa.Column('reporter_country', sa.String(), nullable=True),
    sa.Column('reporter_name', sa.String(), nullable=True),
    sa.Column('reporter_organisation', sa.String(), nullable=True),
    sa.Column('reporter_department', sa.String(), nullable=True),
    sa.Column('reporter_street', sa.String(), nullable=True),
    sa.Column('reporter_city', sa.String(), nullable=True),
    sa.Column('reporter_postcode', sa.String(), nullable=True),
    sa.Column('reporter_phone', sa.String(), nullable=True),
    sa.Column('reporter_email', sa.String(), nullable=True),
    sa.ForeignKeyConstraint(['case_id'], ['case.id'], name=op.f('fk_regulatory_case_id_case'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('case_id', name=op.f('pk_regulatory'))
    )
    with op.batch_alter_table(
        'event', schema=None, table_kwargs={'sqlite_autoincrement': True}
    ) as batch_op:
        batch_op.add_column(sa.Column('batch', sa.String(), nullable=True))
        batch_op.add_column(sa.Column('manufacturer', sa.String(), nullable=True))

    with op.batch_alter_table('patient_private', schema=None) as batch_op:
        batch_op.add_column(sa.Column('initials', sa.String(), nullable=True))



def downgrade() -> None:
    with op.batch_alter_table('patient_private', schema=None) as batch_op:
        batch_op.drop_column('initials')

    with op.batch_alter_table(
        'event', schema=None, table_kwargs={'sqlite_autoincrement': True}
    ) as batch_op:
        batch_op.drop_column('manufacturer')
        batch_op.drop_column('batch')

    op.drop_table('regulatory')
