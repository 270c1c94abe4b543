"""Instagram accounts name their linked Facebook Page; stream cursors may be longer than 500.

Facebook and Instagram cursors are small JSON documents of per-post watermarks (the Graph API
has no since-id), which can outgrow a VARCHAR(500) on PostgreSQL.

The revision id is not numbered on purpose: this migration was written on the `graph` branch
next to the inbox's own, and is re-chained after them when the branches are merged.

Revision ID: g001
Revises: 0003
Create Date: 2026-11-29 10:00:00.000000
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "g001"
down_revision = "0003"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("accounts", schema=None) as batch_op:
        batch_op.add_column(sa.Column("page_id", sa.String(length=64), nullable=True))
    with op.batch_alter_table("account_streams", schema=None) as batch_op:
        batch_op.alter_column(
            "cursor",
            existing_type=sa.String(length=500),
            type_=sa.Text(),
            existing_nullable=True,
        )


def downgrade() -> None:
    with op.batch_alter_table("account_streams", schema=None) as batch_op:
        batch_op.alter_column(
            "cursor",
            existing_type=sa.Text(),
            type_=sa.String(length=500),
            existing_nullable=True,
        )
    with op.batch_alter_table("accounts", schema=None) as batch_op:
        batch_op.drop_column("page_id")
