"""Alembic, driven from code: upgrade to head, and refuse a database newer than this program."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

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


@contextmanager
def migration_connection(engine: Engine) -> Iterator[Connection]:
    """A connection in one transaction for migrations, safe for SQLite's table rebuilds.

    SQLite cannot ALTER most things, so Alembic's batch mode copies a table and drops the
    original. With foreign keys enforced, dropping a parent table (accounts, conversations)
    would cascade-delete its children (messages!). Enforcement is therefore off while the
    migration runs, the result is checked with `PRAGMA foreign_key_check` before commit, and
    enforcement is switched on again afterwards. (The pragma only takes effect outside a
    transaction, hence the commit right after it.)
    """
    with engine.connect() as connection:
        sqlite = connection.dialect.name == "sqlite"
        if sqlite:
            connection.exec_driver_sql("PRAGMA foreign_keys=OFF")
            connection.commit()
        try:
            with connection.begin():
                yield connection
                if sqlite:
                    broken = connection.exec_driver_sql("PRAGMA foreign_key_check").all()
                    if broken:
                        raise DatabaseError(
                            f"the migration left {len(broken)} broken references; nothing "
                            "was changed"
                        )
        finally:
            if sqlite:
                connection.exec_driver_sql("PRAGMA foreign_keys=ON")
                connection.commit()


def upgrade(engine: Engine, target: str = "head") -> tuple[str | None, str | None]:
    """Upgrade the database to `target`; returns (revision before, revision after)."""
    try:
        with engine.connect() as connection:
            before = check_not_newer(connection)
        if target == "head" and before == head_revision():
            return before, before  # the usual start: nothing to do, and nothing to check
        with migration_connection(engine) as connection:
            before = check_not_newer(connection)
            command.upgrade(alembic_config(connection), target)
            return before, current_revision(connection)
    except OperationalError as exc:
        raise DatabaseError(f"cannot use the database: {first_line(exc)}") from exc
    except SQLAlchemyError as exc:
        raise DatabaseError(f"database upgrade failed: {first_line(exc)}") from exc


def downgrade(engine: Engine, target: str) -> None:
    """Downgrade the database to `target` (for tests and for a planned roll-back)."""
    with migration_connection(engine) as connection:
        command.downgrade(alembic_config(connection), target)


def first_line(exc: BaseException) -> str:
    """The first line of a driver error, without SQLAlchemy's background links."""
    text = str(getattr(exc, "orig", None) or exc).strip()
    return text.splitlines()[0] if text else type(exc).__name__
