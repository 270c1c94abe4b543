"""Report events: what happened to each conversation, recorded by triggers, and what is derived.

The events of the conversations that already exist are backfilled from their messages and the
audit trail (`webcare.reports.triggers.backfill`); their rounds and waits are derived by the
reports desk the first time it counts, with a progress bar.

Revision ID: report_events
Revises: service_policy
Create Date: 2026-12-01 10:00:00.000000
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from webcare.reports import triggers

revision = "report_events"
down_revision = "service_policy"
branch_labels = None
depends_on = None


def _big_id() -> sa.types.TypeEngine[int]:
    return sa.BigInteger().with_variant(sa.Integer(), "sqlite")


def upgrade() -> None:
    # A plain ALTER, not batch mode: rebuilding `messages` would drop its search triggers.
    op.add_column(
        "messages",
        sa.Column("automatic", sa.Boolean(), server_default=sa.false(), nullable=False),
    )
    op.create_table(
        "conversation_events",
        sa.Column("id", _big_id(), nullable=False),
        sa.Column("conversation_id", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(length=16), nullable=False),
        sa.Column("at", sa.BigInteger(), nullable=False),
        sa.Column("noted_at", sa.BigInteger(), nullable=False),
        sa.Column("message_id", sa.Integer(), nullable=True),
        sa.Column("user_id", sa.Integer(), nullable=True),
        sa.ForeignKeyConstraint(
            ["conversation_id"],
            ["conversations.id"],
            name=op.f("fk_conversation_events_conversation_id_conversations"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["message_id"],
            ["messages.id"],
            name=op.f("fk_conversation_events_message_id_messages"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["user_id"],
            ["users.id"],
            name=op.f("fk_conversation_events_user_id_users"),
            ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_conversation_events")),
    )
    op.create_index(
        "ix_conversation_events_conversation",
        "conversation_events",
        ["conversation_id", "noted_at"],
    )
    op.create_index(
        op.f("ix_conversation_events_message_id"), "conversation_events", ["message_id"]
    )
    op.create_table(
        "report_dirty",
        sa.Column("conversation_id", sa.Integer(), autoincrement=False, nullable=False),
        sa.Column("version", sa.BigInteger(), nullable=False),
        sa.PrimaryKeyConstraint("conversation_id", name=op.f("pk_report_dirty")),
    )
    op.create_table(
        "report_rounds",
        sa.Column("conversation_id", sa.Integer(), nullable=False),
        sa.Column("round", sa.Integer(), nullable=False),
        sa.Column("account_id", sa.Integer(), nullable=False),
        sa.Column("started_at", sa.BigInteger(), nullable=False),
        sa.Column("first_response_at", sa.BigInteger(), nullable=True),
        sa.Column("first_response_by", sa.Integer(), nullable=True),
        sa.Column("closed_at", sa.BigInteger(), nullable=True),
        sa.Column("closed_by", sa.Integer(), nullable=True),
        sa.Column("replies", sa.Integer(), nullable=False),
        sa.Column("started_cum", sa.BigInteger(), nullable=True),
        sa.Column("first_response_cum", sa.BigInteger(), nullable=True),
        sa.Column("closed_cum", sa.BigInteger(), nullable=True),
        sa.Column("target_seconds", sa.Integer(), nullable=True),
        sa.Column("local_day", sa.Integer(), nullable=True),
        sa.Column("local_hour", sa.Integer(), nullable=True),
        sa.Column("local_weekday", sa.Integer(), nullable=True),
        sa.Column("closed_day", sa.Integer(), nullable=True),
        sa.ForeignKeyConstraint(
            ["conversation_id"],
            ["conversations.id"],
            name=op.f("fk_report_rounds_conversation_id_conversations"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("conversation_id", "round", name=op.f("pk_report_rounds")),
    )
    op.create_index("ix_report_rounds_started", "report_rounds", ["started_at"])
    op.create_index(
        "ix_report_rounds_account_started", "report_rounds", ["account_id", "started_at"]
    )
    op.create_table(
        "report_waits",
        sa.Column("conversation_id", sa.Integer(), nullable=False),
        sa.Column("round", sa.Integer(), nullable=False),
        sa.Column("seq", sa.Integer(), nullable=False),
        sa.Column("is_first", sa.Boolean(), nullable=False),
        sa.Column("account_id", sa.Integer(), nullable=False),
        sa.Column("started_at", sa.BigInteger(), nullable=False),
        sa.Column("answered_at", sa.BigInteger(), nullable=True),
        sa.Column("answered_by", sa.Integer(), nullable=True),
        sa.Column("started_cum", sa.BigInteger(), nullable=True),
        sa.Column("answered_cum", sa.BigInteger(), nullable=True),
        sa.ForeignKeyConstraint(
            ["conversation_id"],
            ["conversations.id"],
            name=op.f("fk_report_waits_conversation_id_conversations"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("conversation_id", "round", "seq", name=op.f("pk_report_waits")),
    )
    op.create_index("ix_report_waits_started", "report_waits", ["started_at"])
    op.create_table(
        "office_intervals",
        sa.Column("calendar", sa.String(length=64), nullable=False),
        sa.Column("opens_at", sa.BigInteger(), nullable=False),
        sa.Column("closes_at", sa.BigInteger(), nullable=False),
        sa.Column("cum_before", sa.BigInteger(), nullable=False),
        sa.PrimaryKeyConstraint("calendar", "opens_at", name=op.f("pk_office_intervals")),
    )
    op.create_table(
        "report_accounts",
        sa.Column("account_id", sa.Integer(), nullable=False),
        sa.Column("calendar", sa.String(length=64), nullable=False),
        sa.Column("target_seconds", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["account_id"],
            ["accounts.id"],
            name=op.f("fk_report_accounts_account_id_accounts"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("account_id", name=op.f("pk_report_accounts")),
    )
    op.create_table(
        "report_zone",
        sa.Column("starts_at", sa.BigInteger(), autoincrement=False, nullable=False),
        sa.Column("offset_seconds", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("starts_at", name=op.f("pk_report_zone")),
    )
    op.create_table(
        "report_state",
        sa.Column("key", sa.String(length=64), nullable=False),
        sa.Column("value", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("key", name=op.f("pk_report_state")),
    )
    connection = op.get_bind()
    if connection.dialect.name == "postgresql":
        # backfill() spells times through the function that install() defines.
        connection.exec_driver_sql(
            "CREATE OR REPLACE FUNCTION report_epoch(t timestamptz) RETURNS bigint "
            "LANGUAGE sql IMMUTABLE AS $$ SELECT CAST(FLOOR(EXTRACT(EPOCH FROM t)) AS bigint) $$"
        )
    triggers.backfill(connection)
    triggers.install(connection)


def downgrade() -> None:
    triggers.drop(op.get_bind())
    for table in (
        "report_state",
        "report_zone",
        "report_accounts",
        "office_intervals",
        "report_waits",
        "report_rounds",
        "report_dirty",
        "conversation_events",
    ):
        op.drop_table(table)
    op.drop_column("messages", "automatic")
