"""INSERT ... ON CONFLICT DO NOTHING for SQLite and PostgreSQL, the heart of idempotent ingest."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from sqlalchemy import FromClause
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.orm import Session


def insert_ignore(
    session: Session, table: FromClause, values: dict[str, Any], conflict: Sequence[str]
) -> int | None:
    """Insert a row unless one with the same `conflict` columns exists.

    Returns:
        The new row's primary key, or None when the row already existed.
    """
    dialect = session.get_bind().dialect.name
    module: Any = postgresql if dialect == "postgresql" else sqlite
    statement = (
        module.insert(table)
        .values(**values)
        .on_conflict_do_nothing(index_elements=list(conflict))
        .returning(*table.primary_key)
    )
    row = session.execute(statement).first()
    return None if row is None else row[0]


def insert_ignore_many(
    session: Session, table: FromClause, rows: Sequence[dict[str, Any]], conflict: Sequence[str]
) -> None:
    """`insert_ignore` for many rows in one executemany (no keys returned)."""
    if not rows:
        return
    dialect = session.get_bind().dialect.name
    module: Any = postgresql if dialect == "postgresql" else sqlite
    statement = module.insert(table).on_conflict_do_nothing(index_elements=list(conflict))
    session.execute(statement, list(rows))
