"""Moderation actions: hide, show again or delete a comment, queued and done like the outbox.

Revision ID: moderation
Revises: search_vectors
Create Date: 2026-12-02 00:05:00.000000
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

import webcare.storage.types

revision = "moderation"
down_revision = "search_vectors"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "moderation_actions",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("account_id", sa.Integer(), nullable=False),
        sa.Column("conversation_id", sa.Integer(), nullable=False),
        sa.Column("message_id", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(length=16), nullable=False),
        sa.Column("state", sa.String(length=16), nullable=False),
        sa.Column("error", sa.Text(), nullable=True),
        sa.Column("requested_by", sa.Integer(), nullable=True),
        sa.Column("requested_at", webcare.storage.types.UTCDateTime(timezone=True), nullable=False),
        sa.Column("done_at", webcare.storage.types.UTCDateTime(timezone=True), nullable=True),
        sa.ForeignKeyConstraint(
            ["account_id"],
            ["accounts.id"],
            name=op.f("fk_moderation_actions_account_id_accounts"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["conversation_id"],
            ["conversations.id"],
            name=op.f("fk_moderation_actions_conversation_id_conversations"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["message_id"],
            ["messages.id"],
            name=op.f("fk_moderation_actions_message_id_messages"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["requested_by"],
            ["users.id"],
            name=op.f("fk_moderation_actions_requested_by_users"),
            ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_moderation_actions")),
    )
    op.create_index(
        "ix_moderation_actions_account_state",
        "moderation_actions",
        ["account_id", "state"],
        unique=False,
    )
    op.create_index(
        op.f("ix_moderation_actions_conversation_id"),
        "moderation_actions",
        ["conversation_id"],
        unique=False,
    )


def downgrade() -> None:
    op.drop_index(op.f("ix_moderation_actions_conversation_id"), table_name="moderation_actions")
    op.drop_index("ix_moderation_actions_account_state", table_name="moderation_actions")
    op.drop_table("moderation_actions")
