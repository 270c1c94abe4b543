"""INSERT ... ON CONFLICT DO NOTHING for SQLite and PostgreSQL, the heart of idempotent ingest."""

from __future__ import annotations

import functools
from collections.abc import Sequence
from typing import Any

from sqlalchemy import FromClause
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.orm import Session


@functools.cache
def _statement(dialect: str, table: FromClause, conflict: tuple[str, ...]) -> Any:
    """The INSERT … ON CONFLICT DO NOTHING RETURNING id of one table, built once: ingest runs
    it for every contact, conversation and message, and building it anew each time cost more
    than executing it."""
    module: Any = postgresql if dialect == "postgresql" else sqlite
    return (
        module.insert(table)
        .on_conflict_do_nothing(index_elements=list(conflict))
        .returning(*table.primary_key)
    )


def insert_ignore(
    session: Session, table: FromClause, values: dict[str, Any], conflict: Sequence[str]
) -> int | None:
    """Insert a row unless one with the same `conflict` columns exists.

    Returns:
        The new row's primary key, or None when the row already existed.
    """
    dialect = session.get_bind().dialect.name
    row = session.execute(_statement(dialect, table, tuple(conflict)), values).first()
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
