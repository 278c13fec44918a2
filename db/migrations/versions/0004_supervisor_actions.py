"""supervisor actions: roles, urges, event sources, the escalation register's fields

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-29
"""

import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("supervisors") as batch_op:
        # whoever was on duty before roles existed acted as a supervisor
        batch_op.add_column(
            sa.Column("role", sa.String(length=12), server_default="supervisor", nullable=False)
        )
    with op.batch_alter_table("tickets") as batch_op:
        batch_op.add_column(sa.Column("urges", sa.Integer(), server_default="0", nullable=False))
    with op.batch_alter_table("ticket_events") as batch_op:
        batch_op.add_column(
            sa.Column("source", sa.String(length=10), server_default="feed", nullable=False)
        )
    # events written before sources existed: the feed wrote "feed", a supervisor their name
    op.execute("UPDATE ticket_events SET source = 'action' WHERE actor <> 'feed'")
    with op.batch_alter_table("escalations") as batch_op:
        batch_op.add_column(sa.Column("due_at", sa.DateTime(timezone=True), nullable=True))
        batch_op.add_column(sa.Column("unit", sa.String(length=64), nullable=True))
        batch_op.add_column(sa.Column("note", sa.Text(), nullable=True))
        batch_op.add_column(sa.Column("reply", sa.Text(), nullable=True))
        batch_op.add_column(sa.Column("replied_at", sa.DateTime(timezone=True), nullable=True))
        batch_op.drop_column("acknowledged_at")  # replied_at says it
        batch_op.create_index("ix_escalations_ticket", ["ticket", "office"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("escalations") as batch_op:
        batch_op.drop_index("ix_escalations_ticket")
        batch_op.add_column(
            sa.Column("acknowledged_at", sa.DateTime(timezone=True), nullable=True)
        )
        for name in ("replied_at", "reply", "note", "unit", "due_at"):
            batch_op.drop_column(name)
    with op.batch_alter_table("ticket_events") as batch_op:
        batch_op.drop_column("source")
    with op.batch_alter_table("tickets") as batch_op:
        batch_op.drop_column("urges")
    with op.batch_alter_table("supervisors") as batch_op:
        batch_op.drop_column("role")
