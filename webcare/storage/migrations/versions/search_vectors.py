"""Search on PostgreSQL: the words of each message and contact stored beside it, GIN-indexed.

Revision ID: search_vectors
Revises: search_prefixes
Create Date: 2026-12-01 23:15:00.000000

0004 indexed the expression `to_tsvector('simple', …)`. Matching through an expression index is
fast, but a search newest first (`webcare.inbox.search`) also walks the primary key backwards and
tests each message, and then the expression is computed again for every row; the planner, which
knows that cost, sorted every match instead (160 ms for an everyday word at 100,000
conversations). A generated column holds the same tsvector, so the walk tests a stored value and
the planner takes it when hits are many, the GIN index when they are few. The indexes keep their
names; SQLite is unchanged (its FTS5 tables, 0004 and search_prefixes).
"""

from __future__ import annotations

from alembic import op

revision = "search_vectors"
down_revision = "search_prefixes"
branch_labels = None
depends_on = None

# table: (the expression of 0004, its GIN index)
VECTORS = {
    "messages": ("left(text, 100000)", "ix_messages_text_search"),
    "contacts": ("handle || ' ' || display_name", "ix_contacts_text_search"),
}


def upgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    for table, (expression, index) in VECTORS.items():
        op.execute(f"DROP INDEX IF EXISTS {index}")
        op.execute(
            f"ALTER TABLE {table} ADD COLUMN search_vector tsvector "
            f"GENERATED ALWAYS AS (to_tsvector('simple', {expression})) STORED"
        )
        op.execute(f"CREATE INDEX {index} ON {table} USING gin (search_vector)")


def downgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    for table, (expression, index) in VECTORS.items():
        op.execute(f"DROP INDEX IF EXISTS {index}")
        op.execute(f"ALTER TABLE {table} DROP COLUMN search_vector")
        op.execute(
            f"CREATE INDEX {index} ON {table} USING gin (to_tsvector('simple', {expression}))"
        )
