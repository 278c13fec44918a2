"""the open-escalations count's index: escalations by closing and making time

The board's tile, the register's count and the To act figures count escalations open at
now (made by then, not closed by then) at every change of the database and on the
figures timer; without this index each count read every escalation ever made (115 ms at
300,000 on SQLite, 2 ms with it).

Revision ID: 0008
Revises: 0007
Create Date: 2026-11-29
"""

from alembic import op

revision = "0008"
down_revision = "0007"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("escalations", schema=None) as batch_op:
        batch_op.create_index(
            "ix_escalations_closed_created", ["closed_at", "created_at"], unique=False
        )


def downgrade() -> None:
    with op.batch_alter_table("escalations", schema=None) as batch_op:
        batch_op.drop_index("ix_escalations_closed_created")
