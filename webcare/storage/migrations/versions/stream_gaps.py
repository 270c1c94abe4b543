"""Stream gaps: what a platform no longer serves is named on the account until someone looked.

Revision ID: stream_gaps
Revises: 0007
Create Date: 2026-12-01 21:00:00.000000
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

import webcare.storage.types

revision = "stream_gaps"
down_revision = "0007"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "stream_gaps",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("account_id", sa.Integer(), nullable=False),
        sa.Column("stream", sa.String(length=64), nullable=False),
        sa.Column("missing_from", webcare.storage.types.UTCDateTime(timezone=True), nullable=False),
        sa.Column(
            "missing_until", webcare.storage.types.UTCDateTime(timezone=True), nullable=False
        ),
        sa.Column("recorded_at", webcare.storage.types.UTCDateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["account_id"],
            ["accounts.id"],
            name=op.f("fk_stream_gaps_account_id_accounts"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_stream_gaps")),
    )
    op.create_index(op.f("ix_stream_gaps_account_id"), "stream_gaps", ["account_id"], unique=False)


def downgrade() -> None:
    op.drop_index(op.f("ix_stream_gaps_account_id"), table_name="stream_gaps")
    op.drop_table("stream_gaps")
