"""The activation calendar: campaigns, posts, a target per post and account, images, attempts
and crisis holds.

Revision ID: calendar_posts
Revises: report_events
Create Date: 2026-12-01 19:58:19.012438
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

import webcare.storage.types

revision = "calendar_posts"
down_revision = "report_events"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "campaigns",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("goal", sa.Text(), nullable=False),
        sa.Column("color", sa.String(length=16), nullable=False),
        sa.Column("starts_on", sa.Date(), nullable=True),
        sa.Column("ends_on", sa.Date(), nullable=True),
        sa.Column("neighbourhoods", sa.JSON(), nullable=False),
        sa.Column("owner_id", sa.Integer(), nullable=True),
        sa.Column("created_at", webcare.storage.types.UTCDateTime(timezone=True), nullable=False),
        sa.Column("updated_at", webcare.storage.types.UTCDateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["owner_id"],
            ["users.id"],
            name=op.f("fk_campaigns_owner_id_users"),
            ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_campaigns")),
    )
    op.create_table(
        "publishing_holds",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("reason", sa.Text(), nullable=False),
        sa.Column("all_accounts", sa.Boolean(), nullable=False),
        sa.Column("started_at", webcare.storage.types.UTCDateTime(timezone=True), nullable=False),
        sa.Column("started_by", sa.Integer(), nullable=True),
        sa.Column("released_at", webcare.storage.types.UTCDateTime(timezone=True), nullable=True),
        sa.Column("released_by", sa.Integer(), nullable=True),
        sa.ForeignKeyConstraint(
            ["released_by"],
            ["users.id"],
            name=op.f("fk_publishing_holds_released_by_users"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["started_by"],
            ["users.id"],
            name=op.f("fk_publishing_holds_started_by_users"),
            ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_publishing_holds")),
    )
    op.create_table(
        "posts",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("campaign_id", sa.Integer(), nullable=True),
        sa.Column("series_id", sa.Integer(), nullable=True),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("link", sa.String(length=2000), nullable=True),
        sa.Column("zone", sa.String(length=64), nullable=False),
        sa.Column("local_time", sa.DateTime(), nullable=False),
        sa.Column("fold", sa.Integer(), nullable=False),
        sa.Column("scheduled_at", webcare.storage.types.UTCDateTime(timezone=True), nullable=False),
        sa.Column("deadline_at", webcare.storage.types.UTCDateTime(timezone=True), nullable=True),
        sa.Column("recurrence", sa.String(length=500), nullable=True),
        sa.Column(
            "materialised_until", webcare.storage.types.UTCDateTime(timezone=True), nullable=True
        ),
        sa.Column("neighbourhoods", sa.JSON(), nullable=False),
        sa.Column("created_by", sa.Integer(), nullable=True),
        sa.Column("created_at", webcare.storage.types.UTCDateTime(timezone=True), nullable=False),
        sa.Column("updated_at", webcare.storage.types.UTCDateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["campaign_id"],
            ["campaigns.id"],
            name=op.f("fk_posts_campaign_id_campaigns"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["created_by"],
            ["users.id"],
            name=op.f("fk_posts_created_by_users"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["series_id"], ["posts.id"], name=op.f("fk_posts_series_id_posts"), ondelete="SET NULL"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_posts")),
    )
    with op.batch_alter_table("posts", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_posts_campaign_id"), ["campaign_id"], unique=False)
        batch_op.create_index("ix_posts_scheduled_at", ["scheduled_at"], unique=False)
        batch_op.create_index(batch_op.f("ix_posts_series_id"), ["series_id"], unique=False)

    op.create_table(
        "publishing_hold_accounts",
        sa.Column("hold_id", sa.Integer(), nullable=False),
        sa.Column("account_id", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["account_id"],
            ["accounts.id"],
            name=op.f("fk_publishing_hold_accounts_account_id_accounts"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["hold_id"],
            ["publishing_holds.id"],
            name=op.f("fk_publishing_hold_accounts_hold_id_publishing_holds"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("hold_id", "account_id", name=op.f("pk_publishing_hold_accounts")),
    )
    with op.batch_alter_table("publishing_hold_accounts", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_publishing_hold_accounts_account_id"), ["account_id"], unique=False
        )

    op.create_table(
        "post_targets",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("post_id", sa.Integer(), nullable=False),
        sa.Column("account_id", sa.Integer(), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("link", sa.String(length=2000), nullable=True),
        sa.Column(
            "state",
            sa.Enum(
                "draft",
                "in_review",
                "approved",
                "scheduled",
                "held",
                "publishing",
                "published",
                "failed",
                "unconfirmed",
                "missed",
                "cancelled",
                name="poststate",
                native_enum=False,
                length=16,
            ),
            nullable=False,
        ),
        sa.Column("state_reason", sa.Text(), nullable=True),
        sa.Column("due_at", webcare.storage.types.UTCDateTime(timezone=True), nullable=False),
        sa.Column("deadline_at", webcare.storage.types.UTCDateTime(timezone=True), nullable=False),
        sa.Column(
            "next_attempt_at", webcare.storage.types.UTCDateTime(timezone=True), nullable=True
        ),
        sa.Column("attempts", sa.Integer(), nullable=False),
        sa.Column("claim_token", sa.String(length=200), nullable=True),
        sa.Column("claimed_at", webcare.storage.types.UTCDateTime(timezone=True), nullable=True),
        sa.Column("external_id", sa.String(length=200), nullable=True),
        sa.Column("url", sa.String(length=500), nullable=True),
        sa.Column("published_at", webcare.storage.types.UTCDateTime(timezone=True), nullable=True),
        sa.Column("preflight_stage", sa.Integer(), nullable=False),
        sa.Column(
            "preflight_checked_at", webcare.storage.types.UTCDateTime(timezone=True), nullable=True
        ),
        sa.Column("preflight_problems", sa.JSON(), nullable=False),
        sa.Column("updated_at", webcare.storage.types.UTCDateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["account_id"],
            ["accounts.id"],
            name=op.f("fk_post_targets_account_id_accounts"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["post_id"],
            ["posts.id"],
            name=op.f("fk_post_targets_post_id_posts"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_post_targets")),
        sa.UniqueConstraint(
            "post_id", "account_id", name=op.f("uq_post_targets_post_id_account_id")
        ),
    )
    with op.batch_alter_table("post_targets", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_post_targets_account_id"), ["account_id"], unique=False
        )
        batch_op.create_index("ix_post_targets_state_due", ["state", "due_at"], unique=False)

    op.create_table(
        "post_attempts",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("target_id", sa.Integer(), nullable=False),
        sa.Column("holder", sa.String(length=200), nullable=False),
        sa.Column("started_at", webcare.storage.types.UTCDateTime(timezone=True), nullable=False),
        sa.Column("finished_at", webcare.storage.types.UTCDateTime(timezone=True), nullable=True),
        sa.Column("outcome", sa.String(length=32), nullable=False),
        sa.Column("external_id", sa.String(length=200), nullable=True),
        sa.Column("detail", sa.Text(), nullable=True),
        sa.ForeignKeyConstraint(
            ["target_id"],
            ["post_targets.id"],
            name=op.f("fk_post_attempts_target_id_post_targets"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_post_attempts")),
    )
    with op.batch_alter_table("post_attempts", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_post_attempts_target_id"), ["target_id"], unique=False)

    op.create_table(
        "post_images",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("target_id", sa.Integer(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("path", sa.String(length=1000), nullable=True),
        sa.Column("url", sa.String(length=2000), nullable=True),
        sa.Column("alt_text", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(
            ["target_id"],
            ["post_targets.id"],
            name=op.f("fk_post_images_target_id_post_targets"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_post_images")),
    )
    with op.batch_alter_table("post_images", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_post_images_target_id"), ["target_id"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("post_images", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_post_images_target_id"))

    op.drop_table("post_images")
    with op.batch_alter_table("post_attempts", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_post_attempts_target_id"))

    op.drop_table("post_attempts")
    with op.batch_alter_table("post_targets", schema=None) as batch_op:
        batch_op.drop_index("ix_post_targets_state_due")
        batch_op.drop_index(batch_op.f("ix_post_targets_account_id"))

    op.drop_table("post_targets")
    with op.batch_alter_table("publishing_hold_accounts", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_publishing_hold_accounts_account_id"))

    op.drop_table("publishing_hold_accounts")
    with op.batch_alter_table("posts", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_posts_series_id"))
        batch_op.drop_index("ix_posts_scheduled_at")
        batch_op.drop_index(batch_op.f("ix_posts_campaign_id"))

    op.drop_table("posts")
    op.drop_table("publishing_holds")
    op.drop_table("campaigns")
