"""initial schema

Revision ID: 0001
Revises:
Create Date: 2026-11-22 00:28:01.366063
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op



revision: str = '0001'
down_revision: str | None = None
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    
    op.create_table('blob',
    sa.Column('sha256', sa.String(length=64), nullable=False),
    sa.Column('size', sa.Integer(), nullable=False),
    sa.Column('data', sa.LargeBinary(), nullable=False),
    sa.PrimaryKeyConstraint('sha256', name=op.f('pk_blob'))
    )
    op.create_table('case',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('title', sa.String(), nullable=False),
    sa.Column('file_key', sa.String(), nullable=True),
    sa.Column('index_date', sa.String(), nullable=True),
    sa.Column('suspect_drug', sa.String(), nullable=True),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_case')),
    sqlite_autoincrement=True
    )
    with op.batch_alter_table('case', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_case_updated_at'), ['updated_at'], unique=False)

    op.create_table('series',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('title', sa.String(), nullable=False),
    sa.Column('file_key', sa.String(), nullable=True),
    sa.Column('introduction', sa.String(), nullable=True),
    sa.Column('methods', sa.String(), nullable=True),
    sa.Column('discussion', sa.String(), nullable=True),
    sa.Column('conclusion', sa.String(), nullable=True),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_series')),
    sqlite_autoincrement=True
    )
    op.create_table('assessment',
    sa.Column('case_id', sa.Integer(), nullable=False),
    sa.Column('reaction', sa.String(), nullable=False),
    sa.Column('onset_date', sa.String(), nullable=True),
    sa.Column('seriousness', sa.JSON(), nullable=False),
    sa.Column('outcome', sa.String(), nullable=True),
    sa.Column('dechallenge', sa.String(), nullable=True),
    sa.Column('rechallenge', sa.String(), nullable=True),
    sa.Column('who_umc', sa.String(), nullable=True),
    sa.Column('naranjo_previous_reports', sa.String(), nullable=True),
    sa.Column('naranjo_after_drug', sa.String(), nullable=True),
    sa.Column('naranjo_improved_on_stop', sa.String(), nullable=True),
    sa.Column('naranjo_reappeared_on_readministration', sa.String(), nullable=True),
    sa.Column('naranjo_alternative_causes', sa.String(), nullable=True),
    sa.Column('naranjo_placebo_reaction', sa.String(), nullable=True),
    sa.Column('naranjo_toxic_concentration', sa.String(), nullable=True),
    sa.Column('naranjo_dose_response', sa.String(), nullable=True),
    sa.Column('naranjo_previous_similar_reaction', sa.String(), nullable=True),
    sa.Column('naranjo_objective_evidence', sa.String(), nullable=True),
    sa.ForeignKeyConstraint(['case_id'], ['case.id'], name=op.f('fk_assessment_case_id_case'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('case_id', name=op.f('pk_assessment'))
    )
    op.create_table('author',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('case_id', sa.Integer(), nullable=True),
    sa.Column('series_id', sa.Integer(), nullable=True),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.Column('name', sa.String(), nullable=False),
    sa.Column('degrees', sa.String(), nullable=True),
    sa.Column('affiliation', sa.String(), nullable=True),
    sa.Column('email', sa.String(), nullable=True),
    sa.Column('corresponding', sa.Boolean(), nullable=False),
    sa.ForeignKeyConstraint(['case_id'], ['case.id'], name=op.f('fk_author_case_id_case'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['series_id'], ['series.id'], name=op.f('fk_author_series_id_series'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_author'))
    )
    with op.batch_alter_table('author', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_author_case_id'), ['case_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_author_series_id'), ['series_id'], unique=False)

    op.create_table('event',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('case_id', sa.Integer(), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.Column('kind', sa.String(), nullable=False),
    sa.Column('date', sa.String(), nullable=False),
    sa.Column('date_key', sa.Integer(), nullable=False),
    sa.Column('notes', sa.String(), nullable=True),
    sa.Column('drug', sa.String(), nullable=True),
    sa.Column('action', sa.String(), nullable=True),
    sa.Column('role', sa.String(), nullable=True),
    sa.Column('dose', sa.Float(), nullable=True),
    sa.Column('dose_unit', sa.String(), nullable=True),
    sa.Column('route', sa.String(), nullable=True),
    sa.Column('frequency', sa.String(), nullable=True),
    sa.Column('indication', sa.String(), nullable=True),
    sa.Column('reason', sa.String(), nullable=True),
    sa.Column('name', sa.String(), nullable=True),
    sa.Column('severity', sa.String(), nullable=True),
    sa.Column('status', sa.String(), nullable=True),
    sa.Column('test', sa.String(), nullable=True),
    sa.Column('value', sa.Float(), nullable=True),
    sa.Column('text', sa.String(), nullable=True),
    sa.Column('unit', sa.String(), nullable=True),
    sa.Column('ref_low', sa.Float(), nullable=True),
    sa.Column('ref_high', sa.Float(), nullable=True),
    sa.Column('loinc', sa.String(), nullable=True),
    sa.Column('specimen', sa.String(), nullable=True),
    sa.Column('modality', sa.String(), nullable=True),
    sa.Column('findings', sa.String(), nullable=True),
    sa.Column('region', sa.String(), nullable=True),
    sa.Column('impression', sa.String(), nullable=True),
    sa.Column('summary', sa.String(), nullable=True),
    sa.ForeignKeyConstraint(['case_id'], ['case.id'], name=op.f('fk_event_case_id_case'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_event')),
    sqlite_autoincrement=True
    )
    with op.batch_alter_table('event', schema=None) as batch_op:
        batch_op.create_index('ix_event_case_id_position', ['case_id', 'position'], unique=True)

    op.create_table('history_item',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('case_id', sa.Integer(), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.Column('condition', sa.String(), nullable=False),
    sa.Column('since', sa.String(), nullable=True),
    sa.Column('ongoing', sa.Boolean(), nullable=True),
    sa.Column('notes', sa.String(), nullable=True),
    sa.ForeignKeyConstraint(['case_id'], ['case.id'], name=op.f('fk_history_item_case_id_case'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_history_item'))
    )
    with op.batch_alter_table('history_item', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_history_item_case_id'), ['case_id'], unique=False)

    op.create_table('keyword',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('case_id', sa.Integer(), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.Column('text', sa.String(), nullable=False),
    sa.ForeignKeyConstraint(['case_id'], ['case.id'], name=op.f('fk_keyword_case_id_case'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_keyword'))
    )
    with op.batch_alter_table('keyword', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_keyword_case_id'), ['case_id'], unique=False)

    op.create_table('patient',
    sa.Column('case_id', sa.Integer(), nullable=False),
    sa.Column('sex', sa.String(), nullable=False),
    sa.Column('label', sa.String(), nullable=True),
    sa.Column('age', sa.Integer(), nullable=True),
    sa.Column('weight_kg', sa.Float(), nullable=True),
    sa.Column('height_cm', sa.Float(), nullable=True),
    sa.Column('has_kidney', sa.Boolean(), nullable=False),
    sa.Column('ckd_stage', sa.String(), nullable=True),
    sa.Column('dialysis', sa.String(), nullable=True),
    sa.Column('dialysis_since', sa.String(), nullable=True),
    sa.Column('kidney_cause', sa.String(), nullable=True),
    sa.ForeignKeyConstraint(['case_id'], ['case.id'], name=op.f('fk_patient_case_id_case'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('case_id', name=op.f('pk_patient'))
    )
    op.create_table('patient_private',
    sa.Column('case_id', sa.Integer(), nullable=False),
    sa.Column('name', sa.String(), nullable=True),
    sa.Column('mrn', sa.String(), nullable=True),
    sa.Column('birth_date', sa.String(), nullable=True),
    sa.ForeignKeyConstraint(['case_id'], ['case.id'], name=op.f('fk_patient_private_case_id_case'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('case_id', name=op.f('pk_patient_private'))
    )
    op.create_table('reference',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('case_id', sa.Integer(), nullable=True),
    sa.Column('series_id', sa.Integer(), nullable=True),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.Column('text', sa.String(), nullable=False),
    sa.ForeignKeyConstraint(['case_id'], ['case.id'], name=op.f('fk_reference_case_id_case'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['series_id'], ['series.id'], name=op.f('fk_reference_series_id_series'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_reference'))
    )
    with op.batch_alter_table('reference', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_reference_case_id'), ['case_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_reference_series_id'), ['series_id'], unique=False)

    op.create_table('report',
    sa.Column('case_id', sa.Integer(), nullable=False),
    sa.Column('introduction', sa.String(), nullable=True),
    sa.Column('case_presentation', sa.String(), nullable=True),
    sa.Column('discussion', sa.String(), nullable=True),
    sa.Column('conclusion', sa.String(), nullable=True),
    sa.Column('patient_perspective', sa.String(), nullable=True),
    sa.Column('acknowledgments', sa.String(), nullable=True),
    sa.Column('has_consent', sa.Boolean(), nullable=False),
    sa.Column('consent_obtained', sa.Boolean(), nullable=True),
    sa.Column('consent_notes', sa.String(), nullable=True),
    sa.ForeignKeyConstraint(['case_id'], ['case.id'], name=op.f('fk_report_case_id_case'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('case_id', name=op.f('pk_report'))
    )
    op.create_table('series_case',
    sa.Column('series_id', sa.Integer(), nullable=False),
    sa.Column('case_id', sa.Integer(), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['case_id'], ['case.id'], name=op.f('fk_series_case_case_id_case'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['series_id'], ['series.id'], name=op.f('fk_series_case_series_id_series'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('series_id', 'case_id', name=op.f('pk_series_case'))
    )
    with op.batch_alter_table('series_case', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_series_case_case_id'), ['case_id'], unique=False)

    op.create_table('image',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('event_id', sa.Integer(), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.Column('sha256', sa.String(length=64), nullable=False),
    sa.Column('media_type', sa.String(), nullable=False),
    sa.Column('filename', sa.String(), nullable=True),
    sa.Column('caption', sa.String(), nullable=True),
    sa.Column('panel', sa.String(), nullable=True),
    sa.Column('width', sa.Integer(), nullable=True),
    sa.Column('height', sa.Integer(), nullable=True),
    sa.ForeignKeyConstraint(['event_id'], ['event.id'], name=op.f('fk_image_event_id_event'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['sha256'], ['blob.sha256'], name=op.f('fk_image_sha256_blob')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_image'))
    )
    with op.batch_alter_table('image', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_image_event_id'), ['event_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_image_sha256'), ['sha256'], unique=False)

    


def downgrade() -> None:
    
    with op.batch_alter_table('image', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_image_sha256'))
        batch_op.drop_index(batch_op.f('ix_image_event_id'))

    op.drop_table('image')
    with op.batch_alter_table('series_case', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_series_case_case_id'))

    op.drop_table('series_case')
    op.drop_table('report')
    with op.batch_alter_table('reference', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_reference_series_id'))
        batch_op.drop_index(batch_op.f('ix_reference_case_id'))

    op.drop_table('reference')
    op.drop_table('patient_private')
    op.drop_table('patient')
    with op.batch_alter_table('keyword', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_keyword_case_id'))

    op.drop_table('keyword')
    with op.batch_alter_table('history_item', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_history_item_case_id'))

    op.drop_table('history_item')
    with op.batch_alter_table('event', schema=None) as batch_op:
        batch_op.drop_index('ix_event_case_id_position')

    op.drop_table('event')
    with op.batch_alter_table('author', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_author_series_id'))
        batch_op.drop_index(batch_op.f('ix_author_case_id'))

    op.drop_table('author')
    op.drop_table('assessment')
    op.drop_table('series')
    with op.batch_alter_table('case', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_case_updated_at'))

    op.drop_table('case')
    op.drop_table('blob')
    
