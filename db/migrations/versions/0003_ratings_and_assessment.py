"""ratings (回访) and what the assessment counts: who met a deadline, each rating

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-29
"""

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("tickets") as batch_op:
        batch_op.add_column(sa.Column("rating", sa.String(length=12), nullable=True))
    with op.batch_alter_table("deadlines") as batch_op:
        batch_op.add_column(sa.Column("met_unit", sa.String(length=64), nullable=True))
    with op.batch_alter_table("ticket_events") as batch_op:
        batch_op.add_column(sa.Column("rating", sa.String(length=12), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("ticket_events") as batch_op:
        batch_op.drop_column("rating")
    with op.batch_alter_table("deadlines") as batch_op:
        batch_op.drop_column("met_unit")
    with op.batch_alter_table("tickets") as batch_op:
        batch_op.drop_column("rating")
