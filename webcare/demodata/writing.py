"""Writing rows in bulk: plain tuples into a table, with the indexes built once at the end.

The demo data generator (`webcare.demodata.bulk`, `webcare.demodata.residents`) and the
benchmarks write this way: `executemany` on SQLite, `COPY` on PostgreSQL, timestamps as the
database takes them, secondary and full-text indexes dropped during the load and created again
from their own definitions after it.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from datetime import datetime
from typing import Any

from sqlalchemy import Connection, Engine

Say = Callable[[str], None]


class Stamps:
    """Timestamps as the database takes them in bulk: UTC text with microseconds (as
    SQLAlchemy stores them in SQLite; with the zone for PostgreSQL's COPY).

    The generator works in naive UTC datetimes, which are much cheaper to make than aware ones.
    """

    def __init__(self, dialect: str) -> None:
        self.suffix = "" if dialect == "sqlite" else "+00"

    def __call__(self, value: datetime | None) -> str | None:
        if value is None:
            return None
        return value.isoformat(" ", "microseconds") + self.suffix


class Writer:
    """Inserts tuples of plain values (text, numbers, None) into one table: executemany on
    SQLite, COPY on PostgreSQL."""

    def __init__(self, connection: Connection) -> None:
        self.connection = connection
        self.sqlite = connection.dialect.name == "sqlite"
        if self.sqlite:  # room for the indexes' pages while rows go in out of their order
            connection.exec_driver_sql("PRAGMA cache_size = -262144")

    def insert(self, table: str, columns: Sequence[str], rows: list[tuple[object, ...]]) -> None:
        if not rows:
            return
        if self.sqlite:
            marks = ", ".join("?" for _ in columns)
            self.connection.exec_driver_sql(
                f"INSERT INTO {table} ({', '.join(columns)}) VALUES ({marks})", rows
            )
            return
        raw: Any = self.connection.connection.driver_connection
        with (
            raw.cursor() as cursor,
            cursor.copy(f"COPY {table} ({', '.join(columns)}) FROM STDIN") as copy,
        ):
            for row in rows:
                copy.write_row(row)


BULK_TABLES = ("contacts", "conversations", "messages", "conversation_tags")


@contextmanager
def indexes_paused(engine: Engine, say: Say) -> Iterator[None]:
    """Build the secondary and full-text indexes once after the load, not row by row.

    The indexes and the full-text triggers are read from the database and created again from
    their own definitions (as the migrations made them); unique and primary-key indexes stay,
    so the load keeps every constraint. The report triggers stay too (on PostgreSQL every
    trigger does): they write each row's report events as they would in use.
    """
    dialect = engine.dialect.name
    tables = ", ".join(f"'{t}'" for t in BULK_TABLES)
    with engine.begin() as connection:
        if dialect == "sqlite":
            saved = connection.exec_driver_sql(
                "SELECT type, name, sql FROM sqlite_master WHERE sql IS NOT NULL "
                f"AND tbl_name IN ({tables}) AND type IN ('index', 'trigger') "
                "AND name NOT LIKE 'report\\_%' ESCAPE '\\'"
            ).all()
            for kind, name, _sql in saved:
                connection.exec_driver_sql(f"DROP {kind.upper()} {name}")
        else:
            saved = connection.exec_driver_sql(
                "SELECT 'index', i.indexname, i.indexdef FROM pg_indexes i "
                f"WHERE i.schemaname = current_schema() AND i.tablename IN ({tables}) "
                "AND NOT EXISTS (SELECT 1 FROM pg_constraint c WHERE c.conindid = "
                "(quote_ident(i.schemaname) || '.' || quote_ident(i.indexname))::regclass)"
            ).all()
            for _kind, name, _sql in saved:
                connection.exec_driver_sql(f"DROP INDEX {name}")
    try:
        yield
    finally:
        say("building the indexes")
        with engine.begin() as connection:
            for _kind, _name, sql in saved:
                connection.exec_driver_sql(sql)
            if dialect == "sqlite" and saved:
                for table in ("messages_fts", "contacts_fts"):
                    connection.exec_driver_sql(f"INSERT INTO {table}({table}) VALUES ('rebuild')")


def move_sequences(connection: Connection) -> None:
    """PostgreSQL's id sequences moved past the ids written in bulk."""
    if connection.dialect.name != "postgresql":
        return
    for table in ("contacts", "conversations", "messages"):
        connection.exec_driver_sql(
            f"SELECT setval(pg_get_serial_sequence('{table}', 'id'), "
            f"(SELECT coalesce(max(id), 0) + 1 FROM {table}), false)"
        )
