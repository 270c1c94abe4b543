"""Database objects that live outside the ORM on purpose, for schema comparison to skip.

Full-text search is dialect-specific (migration 0004): FTS5 virtual tables with their shadow
tables on SQLite; on PostgreSQL a generated `search_vector` column of messages and contacts
with its GIN index (migration search_vectors). The ORM cannot describe them, so
Alembic's comparison (env.py and `tests/storage/test_migrations.py`) leaves exactly these out.
"""

from __future__ import annotations

SEARCH_TABLE_PREFIXES = ("messages_fts", "contacts_fts")
SEARCH_INDEXES = frozenset({"ix_messages_text_search", "ix_contacts_text_search"})
SEARCH_COLUMNS = frozenset({"search_vector"})


def include_name(name: str | None, type_: str, _parent_names: object) -> bool:
    """Alembic `include_name` hook: False for the full-text search objects, True otherwise."""
    if name is None:
        return True
    if type_ == "table":
        return not name.startswith(SEARCH_TABLE_PREFIXES)
    if type_ == "index":
        return name not in SEARCH_INDEXES
    if type_ == "column":
        return name not in SEARCH_COLUMNS
    return True
