"""The team's service policy in the database: office hours, closing days, response targets.

Until now each desktop kept these in its own ini file, so two agents could see different
waiting times for one conversation. Nothing is carried over from those files (a workstation's
guess is not the team's policy): the team starts from Monday to Friday, 08:30-17:00, closed on
the Cao Gemeenten's holidays, with a response target of four office hours, and changes it on
the Settings page.

Revision ID: service_policy
Revises: residents
Create Date: 2026-12-01 20:00:00.000000
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

import webcare.storage.types

revision = "service_policy"
down_revision = "residents"
branch_labels = None
depends_on = None

TEAM = 1
OPENS, CLOSES = 8 * 60 + 30, 17 * 60


def upgrade() -> None:
    policies = op.create_table(
        "service_policies",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("account_id", sa.Integer(), nullable=True),
        sa.Column("target_minutes", sa.Integer(), nullable=False),
        sa.Column("public_holidays", sa.Boolean(), nullable=False),
        sa.Column("revision", sa.BigInteger(), nullable=False),
        sa.Column("updated_at", webcare.storage.types.UTCDateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["account_id"],
            ["accounts.id"],
            name=op.f("fk_service_policies_account_id_accounts"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_service_policies")),
        sa.UniqueConstraint("account_id", name=op.f("uq_service_policies_account_id")),
    )
    hours = op.create_table(
        "office_hours",
        sa.Column("policy_id", sa.Integer(), nullable=False),
        sa.Column("weekday", sa.Integer(), nullable=False),
        sa.Column("opens", sa.Integer(), nullable=False),
        sa.Column("closes", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["policy_id"],
            ["service_policies.id"],
            name=op.f("fk_office_hours_policy_id_service_policies"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("policy_id", "weekday", "opens", name=op.f("pk_office_hours")),
    )
    op.create_table(
        "closing_days",
        sa.Column("day", sa.Date(), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.PrimaryKeyConstraint("day", name=op.f("pk_closing_days")),
    )
    op.bulk_insert(
        policies,
        [
            {
                "id": TEAM,
                "account_id": None,
                "target_minutes": 240,
                "public_holidays": True,
                "revision": 0,
                "updated_at": webcare.storage.types.utcnow(),
            }
        ],
    )
    if op.get_bind().dialect.name == "postgresql":
        # The team's row was given its id: the sequence must hand out the next one.
        op.execute(
            "SELECT setval(pg_get_serial_sequence('service_policies', 'id'), "
            "(SELECT max(id) FROM service_policies))"
        )
    op.bulk_insert(
        hours,
        [{"policy_id": TEAM, "weekday": day, "opens": OPENS, "closes": CLOSES} for day in range(5)],
    )


def downgrade() -> None:
    op.drop_table("closing_days")
    op.drop_table("office_hours")
    op.drop_table("service_policies")
