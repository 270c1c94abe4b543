"""A reply carries the tag it is sent with: Meta's HUMAN_AGENT tag past the 24-hour window.

Revision ID: message_tag
Revises: moderation
Create Date: 2026-12-02 05:30:00.000000
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "message_tag"
down_revision = "moderation"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("messages", schema=None) as batch_op:
        batch_op.add_column(sa.Column("message_tag", sa.String(length=16), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("messages", schema=None) as batch_op:
        batch_op.drop_column("message_tag")
