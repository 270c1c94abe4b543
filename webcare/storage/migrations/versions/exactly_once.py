"""The worker lease gets a generation (a fencing token), and a reply the generation that
claimed it for sending.

Revision ID: exactly_once
Revises: calendar_posts
Create Date: 2026-12-01 20:00:00.000000
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "exactly_once"
down_revision = "calendar_posts"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("worker_leases", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column("generation", sa.BigInteger(), server_default="0", nullable=False)
        )
    with op.batch_alter_table("messages", schema=None) as batch_op:
        batch_op.add_column(sa.Column("lease_generation", sa.BigInteger(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("messages", schema=None) as batch_op:
        batch_op.drop_column("lease_generation")
    with op.batch_alter_table("worker_leases", schema=None) as batch_op:
        batch_op.drop_column("generation")
