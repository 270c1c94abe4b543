"""The outbox gets a partial index; the index on every message's delivery state goes.

Almost every message is inbound (no delivery state) or sent, so an index on delivery_state
was useless to SQLite's planner once the inbox had millions of messages: the sender's look
for queued and sending replies, every two seconds, scanned the whole table. A partial index
holds only the outbox.

Revision ID: 0006
Revises: 0005
Create Date: 2026-11-28 19:10:00.000000
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None

OUTBOX = "delivery_state IN ('queued', 'sending')"


def upgrade() -> None:
    op.drop_index("ix_messages_delivery_state", table_name="messages")
    op.create_index(
        "ix_messages_outbox",
        "messages",
        ["created_at"],
        sqlite_where=sa.text(OUTBOX),
        postgresql_where=sa.text(OUTBOX),
    )


def downgrade() -> None:
    op.drop_index("ix_messages_outbox", table_name="messages")
    op.create_index("ix_messages_delivery_state", "messages", ["delivery_state"])
