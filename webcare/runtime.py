"""Opening the database the way every command and the desktop app need it."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import Engine
from sqlalchemy.orm import Session, sessionmaker

from webcare.config import Settings
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


def open_database(settings: Settings) -> Database:
    """Open the configured database and bring its schema up to date.

    Raises:
        DatabaseTooNewError: the schema was created by a newer Webcare.
        DatabaseError: the database cannot be reached or upgraded.
    """
    engine = create_db_engine(settings.db_url)
    try:
        _, revision = upgrade(engine)
    except Exception:
        engine.dispose()
        raise
    return Database(engine, make_session_factory(engine), revision)
