"""Search: prefix indexes on SQLite's full-text tables, so a typed word is read newest first.

Revision ID: search_prefixes
Revises: exactly_once
Create Date: 2026-12-01 22:10:00.000000

FTS5 answers a prefix query (`"gemeente"*`) by merging the posting lists of every word that
starts with it into memory before it returns the first row: 200 ms for an everyday word at a
million conversations. With prefix indexes of 3 and 6 characters a typed prefix of that
length is one posting list, read from the newest message backwards as far as a page needs;
`webcare.inbox.search` asks for the longest indexed prefix of each typed word and checks the
rest of the word on the rows it reads. The tables are created again with the same columns,
tokenizer and external content, and rebuilt from `messages` and `contacts`; the triggers of
0004 keep them in step as before. PostgreSQL needs nothing: its GIN indexes match prefixes
in the index (0004). Where SQLite's FTS5 knows `secure-delete` (3.42 and newer), the tables
created again keep it, as migration `residents` set it.
"""

from __future__ import annotations

from alembic import op

revision = "search_prefixes"
down_revision = "exactly_once"
branch_labels = None
depends_on = None

TABLES = {
    "messages_fts": ("text", "messages"),
    "contacts_fts": ("handle, display_name", "contacts"),
}


FTS5_SECURE_DELETE = (3, 42, 0)


def _recreate(prefix: str | None) -> None:
    bind = op.get_bind()
    if bind.dialect.name != "sqlite":
        return
    version = str(bind.exec_driver_sql("SELECT sqlite_version()").scalar_one())
    secure = tuple(int(part) for part in version.split(".")[:3]) >= FTS5_SECURE_DELETE
    option = f", prefix='{prefix}'" if prefix else ""
    for table, (columns, content) in TABLES.items():
        op.execute(f"DROP TABLE {table}")
        op.execute(
            f"CREATE VIRTUAL TABLE {table} USING fts5({columns}, content='{content}', "
            f"content_rowid='id', tokenize='unicode61 remove_diacritics 2'{option})"
        )
        if secure:
            op.execute(f"INSERT INTO {table}({table}, rank) VALUES ('secure-delete', 1)")
        op.execute(f"INSERT INTO {table}({table}) VALUES ('rebuild')")


def upgrade() -> None:
    _recreate("3 6")


def downgrade() -> None:
    _recreate(None)
