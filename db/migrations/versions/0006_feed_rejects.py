"""feed rejects: events the ticket's state forbade, judged once

Revision ID: 0006
Revises: 0005
Create Date: 2026-11-29
"""

import sqlalchemy as sa
from alembic import op

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "feed_rejects",
        sa.Column("event_key", sa.String(length=128), nullable=False),
        sa.Column("ticket", sa.String(length=64), nullable=False),
        sa.Column("reason", sa.Text(), nullable=False),
        sa.Column("recorded_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("seq", sa.BigInteger(), nullable=False),
        sa.PrimaryKeyConstraint("event_key"),
    )


def downgrade() -> None:
    op.drop_table("feed_rejects")
