"""Opening the database the way every command and the desktop app need it."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import Engine
from sqlalchemy.orm import Session, sessionmaker

from webcare.config import Settings, sqlite_url
from webcare.errors import DatabaseError
from webcare.storage.db import create_db_engine, make_session_factory
from webcare.storage.migrate import upgrade


@dataclass
class Database:
    """An upgraded database: the engine and a factory for short-lived sessions."""

    engine: Engine
    sessions: sessionmaker[Session]
    revision: str | None

    def close(self) -> None:
        self.engine.dispose()


def open_database(settings: Settings, *, create: bool = False) -> Database:
    """Open the configured database and bring its schema up to date.

    Args:
        create: make the database if it does not exist yet. Only `webcare db upgrade` and the
            desktop's first start do; any other command refuses a SQLite file that is not
            there, so that a mistyped `--db` path is not a new, empty database.

    Raises:
        DatabaseTooNewError: the schema was created by a newer Webcare.
        DatabaseError: the database cannot be reached or upgraded, or is missing.
    """
    if not create:
        refuse_missing_sqlite(settings)
    engine = create_db_engine(settings.db_url)
    try:
        _, revision = upgrade(engine)
    except Exception:
        engine.dispose()
        raise
    return Database(engine, make_session_factory(engine), revision)


def refuse_missing_sqlite(settings: Settings) -> None:
    """Raise DatabaseError when `--db` (or WEBCARE_DB_URL) names a SQLite file that is not there.

    The default file in the data folder is the command line's to refuse (`webcare.cli`: every
    command but `db upgrade`, `demo-data` and the desktop refuses it when it is not there).
    """
    url = settings.db_url
    if url.get_backend_name() != "sqlite" or url.database in (None, "", ":memory:"):
        return
    if url == sqlite_url(settings.data_dir):
        return
    path = Path(url.database).expanduser()
    if not path.exists():
        raise DatabaseError(
            f"no database at {path}: check --db or WEBCARE_DB_URL "
            "('webcare db upgrade' creates a new one)"
        )
