"""notifications raised by the sweep: unique key, level, deadline, escalation; reads,
snoozes and the sweep's watermark; when flags went up; indexes for deadline crossings

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-29
"""

from alembic import op
import sqlalchemy as sa


revision = '0002'
down_revision = '0001'
branch_labels = None
depends_on = None


def upgrade() -> None:
    # the table of revision 0001 was never written to: it is reshaped, not migrated
    with op.batch_alter_table('notifications', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_notifications_seq'))
    op.drop_table('notifications')
    op.create_table('notifications',
    sa.Column('id', sa.BigInteger().with_variant(sa.Integer(), 'sqlite'), nullable=False),
    sa.Column('key', sa.String(length=200), nullable=False),
    sa.Column('kind', sa.String(length=20), nullable=False),
    sa.Column('level', sa.String(length=10), nullable=True),
    sa.Column('ticket', sa.String(length=64), nullable=True),
    sa.Column('deadline_kind', sa.String(length=10), nullable=True),
    sa.Column('deadline_n', sa.Integer(), nullable=True),
    sa.Column('escalation', sa.Integer(), nullable=True),
    sa.Column('unit', sa.String(length=64), nullable=True),
    sa.Column('title', sa.Text(), nullable=False),
    sa.Column('at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('raised_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('message', sa.Text(), nullable=False),
    sa.Column('acknowledged_by', sa.String(length=100), nullable=True),
    sa.Column('acknowledged_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('seq', sa.BigInteger(), nullable=False),
    sa.ForeignKeyConstraint(['ticket'], ['tickets.number'], ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id'),
    sa.UniqueConstraint('key')
    )
    with op.batch_alter_table('notifications', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_notifications_seq'), ['seq'], unique=False)
        batch_op.create_index('ix_notifications_ticket_kind', ['ticket', 'kind'], unique=False)

    op.create_table('notification_sweeps',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('swept_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('seq', sa.BigInteger(), nullable=False),
    sa.PrimaryKeyConstraint('id')
    )
    # never swept: the first sweep looks at everything past its warn time
    op.execute("INSERT INTO notification_sweeps (id, swept_at, seq) VALUES (1, NULL, 0)")
    op.create_table('notification_reads',
    sa.Column('supervisor', sa.String(length=100), nullable=False),
    sa.Column('read_up_to', sa.BigInteger(), nullable=False),
    sa.Column('read_at', sa.DateTime(timezone=True), nullable=False),
    sa.PrimaryKeyConstraint('supervisor')
    )
    op.create_table('notification_snoozes',
    sa.Column('supervisor', sa.String(length=100), nullable=False),
    sa.Column('ticket', sa.String(length=64), nullable=False),
    sa.Column('until', sa.DateTime(timezone=True), nullable=False),
    sa.ForeignKeyConstraint(['ticket'], ['tickets.number'], ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('supervisor', 'ticket')
    )
    with op.batch_alter_table('tickets', schema=None) as batch_op:
        batch_op.add_column(sa.Column('shuffled_at', sa.DateTime(timezone=True), nullable=True))
        batch_op.add_column(sa.Column('disputed_at', sa.DateTime(timezone=True), nullable=True))
    # flags raised before this revision: their last event is the best time known
    op.execute("UPDATE tickets SET shuffled_at = last_event_at WHERE shuffled")
    op.execute("UPDATE tickets SET disputed_at = last_event_at WHERE disputed")
    with op.batch_alter_table('deadlines', schema=None) as batch_op:
        batch_op.create_index('ix_deadlines_open_warn', ['status', 'warn_at'], unique=False)
        batch_op.create_index('ix_deadlines_open_crit', ['status', 'crit_at'], unique=False)


def downgrade() -> None:
    with op.batch_alter_table('deadlines', schema=None) as batch_op:
        batch_op.drop_index('ix_deadlines_open_crit')
        batch_op.drop_index('ix_deadlines_open_warn')
    with op.batch_alter_table('tickets', schema=None) as batch_op:
        batch_op.drop_column('disputed_at')
        batch_op.drop_column('shuffled_at')
    op.drop_table('notification_snoozes')
    op.drop_table('notification_reads')
    op.drop_table('notification_sweeps')
    with op.batch_alter_table('notifications', schema=None) as batch_op:
        batch_op.drop_index('ix_notifications_ticket_kind')
        batch_op.drop_index(batch_op.f('ix_notifications_seq'))
    op.drop_table('notifications')
    op.create_table('notifications',
    sa.Column('id', sa.Integer(), autoincrement=True, nullable=False),
    sa.Column('ticket', sa.String(length=64), nullable=True),
    sa.Column('kind', sa.String(length=30), nullable=False),
    sa.Column('message', sa.Text(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('status', sa.String(length=15), nullable=False),
    sa.Column('read_by', sa.String(length=100), nullable=True),
    sa.Column('read_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('acknowledged_by', sa.String(length=100), nullable=True),
    sa.Column('acknowledged_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('seq', sa.BigInteger(), nullable=False),
    sa.ForeignKeyConstraint(['ticket'], ['tickets.number'], ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('notifications', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_notifications_seq'), ['seq'], unique=False)
