"""Engine and session factory: SQLite (WAL, foreign keys) or PostgreSQL through psycopg 3."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any, cast

from sqlalchemy import CursorResult, Engine, Result, create_engine, event
from sqlalchemy.engine import URL
from sqlalchemy.orm import Session, sessionmaker

from webcare import files

SQLITE_BUSY_TIMEOUT_MS = 10_000


def _sqlite_pragmas(dbapi_connection: Any, _record: Any) -> None:
    cursor = dbapi_connection.cursor()
    try:
        cursor.execute("PRAGMA foreign_keys=ON")
        cursor.execute(f"PRAGMA busy_timeout={SQLITE_BUSY_TIMEOUT_MS}")
        cursor.execute("PRAGMA journal_mode=WAL")
        cursor.execute("PRAGMA synchronous=NORMAL")
    finally:
        cursor.close()


def _private_sqlite(database: Path) -> Callable[[Any, Any], None]:
    def tighten(_dbapi_connection: Any, _record: Any) -> None:
        # SQLite gives the WAL and shared-memory files the database file's mode; these were
        # perhaps made by an older Webcare, before it cared.
        for path in files.sqlite_files(database)[1:]:
            files.tighten(path, files.FILE_MODE)

    return tighten


def create_db_engine(url: URL, **kwargs: Any) -> Engine:
    """Create an engine with the settings Webcare relies on for this backend.

    A SQLite database file is created readable by its owner only (0600), in a folder only
    its owner can enter if the folder is new, before SQLite opens it, so that its WAL and
    shared-memory files are 0600 too. (Whether a database *may* be created is the command
    line's decision: `webcare.config.check_sqlite_exists`.)
    """
    if url.get_backend_name() == "sqlite":
        engine = create_engine(url, **kwargs)
        event.listen(engine, "connect", _sqlite_pragmas)
        if url.database and url.database != ":memory:" and not url.database.startswith("file:"):
            database = Path(url.database).expanduser()
            if not database.parent.exists():
                files.private_folder(database.parent)
            files.create_private(database)
            event.listen(engine, "connect", _private_sqlite(database))
        return engine
    kwargs.setdefault("pool_pre_ping", True)
    kwargs.setdefault("connect_args", {"connect_timeout": 10})
    return create_engine(url, **kwargs)


def make_session_factory(engine: Engine) -> sessionmaker[Session]:
    """Sessions that keep loaded values after commit, so that DTOs can be built from them."""
    return sessionmaker(engine, expire_on_commit=False)


def rows_affected(result: Result[Any]) -> int:
    """How many rows an UPDATE or DELETE matched (the compare-and-set check)."""
    return cast("CursorResult[Any]", result).rowcount


@contextmanager
def transaction(factory: sessionmaker[Session]) -> Iterator[Session]:
    """One unit of work: commit on success, roll back on any error."""
    with factory() as session, session.begin():
        yield session
