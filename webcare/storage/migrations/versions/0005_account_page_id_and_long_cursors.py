"""Instagram accounts name their linked Facebook Page; stream cursors may be longer than 500.

Facebook and Instagram cursors are small JSON documents of per-post watermarks (the Graph API
has no since-id), which can outgrow a VARCHAR(500) on PostgreSQL.

Revision ID: 0005
Revises: 0004
Create Date: 2026-11-28 17:20:00.000000
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0005"
down_revision = "0004"
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
