"""Alembic, driven from code: upgrade to head, and refuse a database newer than this program."""

from __future__ import annotations

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from alembic.script.revision import ResolutionError
from sqlalchemy import Connection, Engine
from sqlalchemy.exc import OperationalError, SQLAlchemyError

from webcare.errors import DatabaseError, DatabaseTooNewError

SCRIPT_LOCATION = "webcare.storage:migrations"


def alembic_config(connection: Connection | None = None) -> Config:
    """An Alembic configuration without an ini file; env.py uses the given connection."""
    config = Config()
    config.set_main_option("script_location", SCRIPT_LOCATION)
    config.attributes["connection"] = connection
    return config


def _scripts() -> ScriptDirectory:
    return ScriptDirectory.from_config(alembic_config())


def head_revision() -> str:
    """The newest schema revision this program knows."""
    head = _scripts().get_current_head()
    assert head is not None, "the migrations folder has no revisions"
    return head


def current_revision(connection: Connection) -> str | None:
    """The revision stamped in the database, or None for an empty database."""
    return MigrationContext.configure(connection).get_current_revision()


def check_not_newer(connection: Connection) -> str | None:
    """Return the database's revision; raise DatabaseTooNewError if we do not know it."""
    revision = current_revision(connection)
    if revision is not None:
        try:
            _scripts().revision_map.get_revision(revision)
        except ResolutionError as exc:
            raise DatabaseTooNewError(revision, head_revision()) from exc
    return revision


def upgrade(engine: Engine, target: str = "head") -> tuple[str | None, str | None]:
    """Upgrade the database to `target`; returns (revision before, revision after)."""
    try:
        with engine.begin() as connection:
            before = check_not_newer(connection)
            command.upgrade(alembic_config(connection), target)
            return before, current_revision(connection)
    except OperationalError as exc:
        raise DatabaseError(f"cannot use the database: {first_line(exc)}") from exc
    except SQLAlchemyError as exc:
        raise DatabaseError(f"database upgrade failed: {first_line(exc)}") from exc


def first_line(exc: BaseException) -> str:
    """The first line of a driver error, without SQLAlchemy's background links."""
    text = str(getattr(exc, "orig", None) or exc).strip()
    return text.splitlines()[0] if text else type(exc).__name__
