"""the escalation ladder's index: tickets by citizen phone, category and acceptance

A repeated complaint (supervision.md §8) counts a citizen's tickets of one category in
the days before an open ticket; without this index each count read every ticket ever
accepted (the sweep does it whenever a new ticket comes in).

Revision ID: 0007
Revises: 0006
Create Date: 2026-11-29
"""

from alembic import op

revision = "0007"
down_revision = "0006"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("tickets", schema=None) as batch_op:
        batch_op.create_index(
            "ix_tickets_phone_category", ["citizen_phone", "category", "accepted_at"], unique=False
        )


def downgrade() -> None:
    with op.batch_alter_table("tickets", schema=None) as batch_op:
        batch_op.drop_index("ix_tickets_phone_category")
