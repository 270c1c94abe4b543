"""Inbox: queue indexes, read marks, note mentions, status time and full-text search.

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-28 15:44:23.806266

Full-text search is dialect-specific and invisible to the ORM (see
`webcare.storage.schema.include_name`): SQLite gets FTS5 tables over message texts and contact
names kept in step by triggers; PostgreSQL gets GIN indexes over `to_tsvector` expressions.
Columns are added and dropped without batch mode: SQLite does both natively, and recreating
`conversations` would cascade-delete its messages while foreign keys are on.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

import webcare.storage.types

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None

# (name, columns) of the indexes the inbox list pages through.
QUEUE_INDEXES = [
    ("ix_conversations_queue_waiting", ["status", "waiting_since", "id"]),
    ("ix_conversations_queue_created", ["status", "created_at", "id"]),
    ("ix_conversations_queue_priority", ["status", "priority", "waiting_since", "id"]),
    ("ix_conversations_assignee_waiting", ["assignee_id", "status", "waiting_since", "id"]),
    ("ix_conversations_assignee_created", ["assignee_id", "status", "created_at", "id"]),
    (
        "ix_conversations_assignee_priority",
        ["assignee_id", "status", "priority", "waiting_since", "id"],
    ),
]

SQLITE_SEARCH = [
    # External-content FTS5 tables: the text stays in messages/contacts, the index beside it.
    "CREATE VIRTUAL TABLE messages_fts USING fts5("
    "text, content='messages', content_rowid='id', tokenize='unicode61 remove_diacritics 2')",
    "CREATE TRIGGER messages_fts_insert AFTER INSERT ON messages BEGIN "
    "INSERT INTO messages_fts(rowid, text) VALUES (new.id, new.text); END",
    "CREATE TRIGGER messages_fts_delete AFTER DELETE ON messages BEGIN "
    "INSERT INTO messages_fts(messages_fts, rowid, text) VALUES ('delete', old.id, old.text); END",
    "CREATE TRIGGER messages_fts_update AFTER UPDATE OF text ON messages BEGIN "
    "INSERT INTO messages_fts(messages_fts, rowid, text) VALUES ('delete', old.id, old.text); "
    "INSERT INTO messages_fts(rowid, text) VALUES (new.id, new.text); END",
    "INSERT INTO messages_fts(messages_fts) VALUES ('rebuild')",
    "CREATE VIRTUAL TABLE contacts_fts USING fts5(handle, display_name, content='contacts', "
    "content_rowid='id', tokenize='unicode61 remove_diacritics 2')",
    "CREATE TRIGGER contacts_fts_insert AFTER INSERT ON contacts BEGIN "
    "INSERT INTO contacts_fts(rowid, handle, display_name) "
    "VALUES (new.id, new.handle, new.display_name); END",
    "CREATE TRIGGER contacts_fts_delete AFTER DELETE ON contacts BEGIN "
    "INSERT INTO contacts_fts(contacts_fts, rowid, handle, display_name) "
    "VALUES ('delete', old.id, old.handle, old.display_name); END",
    "CREATE TRIGGER contacts_fts_update AFTER UPDATE OF handle, display_name ON contacts BEGIN "
    "INSERT INTO contacts_fts(contacts_fts, rowid, handle, display_name) "
    "VALUES ('delete', old.id, old.handle, old.display_name); "
    "INSERT INTO contacts_fts(rowid, handle, display_name) "
    "VALUES (new.id, new.handle, new.display_name); END",
    "INSERT INTO contacts_fts(contacts_fts) VALUES ('rebuild')",
]
SQLITE_SEARCH_DROP = [
    "DROP TRIGGER IF EXISTS contacts_fts_update",
    "DROP TRIGGER IF EXISTS contacts_fts_delete",
    "DROP TRIGGER IF EXISTS contacts_fts_insert",
    "DROP TABLE IF EXISTS contacts_fts",
    "DROP TRIGGER IF EXISTS messages_fts_update",
    "DROP TRIGGER IF EXISTS messages_fts_delete",
    "DROP TRIGGER IF EXISTS messages_fts_insert",
    "DROP TABLE IF EXISTS messages_fts",
]
# A tsvector holds at most 1 MB, so only a message's first 100,000 characters are indexed.
POSTGRESQL_SEARCH = [
    "CREATE INDEX ix_messages_text_search ON messages "
    "USING gin (to_tsvector('simple', left(text, 100000)))",
    "CREATE INDEX ix_contacts_text_search ON contacts "
    "USING gin (to_tsvector('simple', handle || ' ' || display_name))",
]
POSTGRESQL_SEARCH_DROP = [
    "DROP INDEX IF EXISTS ix_contacts_text_search",
    "DROP INDEX IF EXISTS ix_messages_text_search",
]


def upgrade() -> None:
    op.create_table(
        "conversation_reads",
        sa.Column("user_id", sa.Integer(), nullable=False),
        sa.Column("conversation_id", sa.Integer(), nullable=False),
        sa.Column("read_at", webcare.storage.types.UTCDateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["conversation_id"],
            ["conversations.id"],
            name=op.f("fk_conversation_reads_conversation_id_conversations"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["user_id"],
            ["users.id"],
            name=op.f("fk_conversation_reads_user_id_users"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("user_id", "conversation_id", name=op.f("pk_conversation_reads")),
    )
    op.create_index(
        op.f("ix_conversation_reads_conversation_id"),
        "conversation_reads",
        ["conversation_id"],
        unique=False,
    )
    op.create_table(
        "message_mentions",
        sa.Column("message_id", sa.Integer(), nullable=False),
        sa.Column("user_id", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["message_id"],
            ["messages.id"],
            name=op.f("fk_message_mentions_message_id_messages"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["user_id"],
            ["users.id"],
            name=op.f("fk_message_mentions_user_id_users"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("message_id", "user_id", name=op.f("pk_message_mentions")),
    )
    op.create_index(
        op.f("ix_message_mentions_user_id"), "message_mentions", ["user_id"], unique=False
    )

    op.add_column(
        "conversations",
        sa.Column(
            "status_changed_at", webcare.storage.types.UTCDateTime(timezone=True), nullable=True
        ),
    )
    op.drop_index("ix_conversations_assignee_status", table_name="conversations")
    op.drop_index("ix_conversations_status_waiting", table_name="conversations")
    for name, columns in QUEUE_INDEXES:
        op.create_index(name, "conversations", columns, unique=False)

    dialect = op.get_bind().dialect.name
    if dialect == "sqlite":
        for statement in SQLITE_SEARCH:
            op.execute(statement)
    elif dialect == "postgresql":
        for statement in POSTGRESQL_SEARCH:
            op.execute(statement)


def downgrade() -> None:
    dialect = op.get_bind().dialect.name
    if dialect == "sqlite":
        for statement in SQLITE_SEARCH_DROP:
            op.execute(statement)
    elif dialect == "postgresql":
        for statement in POSTGRESQL_SEARCH_DROP:
            op.execute(statement)

    for name, _ in reversed(QUEUE_INDEXES):
        op.drop_index(name, table_name="conversations")
    op.create_index(
        "ix_conversations_status_waiting",
        "conversations",
        ["status", "waiting_since"],
        unique=False,
    )
    op.create_index(
        "ix_conversations_assignee_status",
        "conversations",
        ["assignee_id", "status"],
        unique=False,
    )
    op.drop_column("conversations", "status_changed_at")

    op.drop_index(op.f("ix_message_mentions_user_id"), table_name="message_mentions")
    op.drop_table("message_mentions")
    op.drop_index(op.f("ix_conversation_reads_conversation_id"), table_name="conversation_reads")
    op.drop_table("conversation_reads")
