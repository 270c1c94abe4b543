"""Migrations: empty to head, every older revision to head, ORM equals schema, newer refused."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import inspect, text
from sqlalchemy.engine import URL

from webcare.config import Settings
from webcare.errors import DatabaseTooNewError
from webcare.runtime import open_database
from webcare.storage.db import create_db_engine, transaction
from webcare.storage.migrate import (
    alembic_config,
    current_revision,
    downgrade,
    head_revision,
    upgrade,
)
from webcare.storage.models import Account, Base, Conversation, Message
from webcare.storage.schema_filter import include_name
from webcare.vocabulary import ConversationKind, Direction, MessageKind, Platform

CORE_TABLES = {
    "accounts",
    "account_streams",
    "contacts",
    "conversations",
    "conversation_tags",
    "messages",
    "users",
    "user_roles",
    "tags",
    "canned_replies",
    "audit_events",
}


def all_revisions() -> list[str]:
    script = ScriptDirectory.from_config(alembic_config())
    return [rev.revision for rev in reversed(list(script.walk_revisions()))]


def test_empty_database_is_migrated_to_head(db_url: URL) -> None:
    engine = create_db_engine(db_url)
    try:
        before, after = upgrade(engine)
        assert before is None
        assert after == head_revision()
        assert CORE_TABLES <= set(inspect(engine).get_table_names())
    finally:
        engine.dispose()


def test_second_upgrade_changes_nothing(db_url: URL) -> None:
    engine = create_db_engine(db_url)
    try:
        upgrade(engine)
        assert upgrade(engine) == (head_revision(), head_revision())
    finally:
        engine.dispose()


def test_models_match_migrations(db_url: URL) -> None:
    """Autogenerate finds nothing to add: the ORM and the migrations describe one schema."""
    engine = create_db_engine(db_url)
    try:
        upgrade(engine)
        with engine.connect() as connection:
            context = MigrationContext.configure(
                connection, opts={"compare_type": True, "include_name": include_name}
            )
            diff = compare_metadata(context, Base.metadata)
        assert diff == []
    finally:
        engine.dispose()


@pytest.mark.parametrize("start", ["base", *all_revisions()[:-1]])
def test_older_database_is_upgraded_when_opened(settings: Settings, start: str) -> None:
    engine = create_db_engine(settings.db_url)
    if start != "base":
        upgrade(engine, start)
    engine.dispose()

    database = open_database(settings, create=True)
    try:
        assert database.revision == head_revision()
    finally:
        database.close()


def test_every_migration_downgrades_to_base_and_up_again(db_url: URL) -> None:
    engine = create_db_engine(db_url)
    try:
        upgrade(engine)
        downgrade(engine, "base")
        assert not CORE_TABLES & set(inspect(engine).get_table_names())
        upgrade(engine)
        assert CORE_TABLES <= set(inspect(engine).get_table_names())
    finally:
        engine.dispose()


def test_database_from_a_newer_webcare_is_refused(settings: Settings) -> None:
    engine = create_db_engine(settings.db_url)
    upgrade(engine)
    with engine.begin() as connection:
        connection.execute(text("UPDATE alembic_version SET version_num = 'f00dcafe9999'"))
    engine.dispose()

    with pytest.raises(DatabaseTooNewError) as raised:
        open_database(settings)
    assert raised.value.revision == "f00dcafe9999"
    assert raised.value.head == head_revision()
    assert "newer Webcare" in str(raised.value)

    engine = create_db_engine(settings.db_url)
    with engine.connect() as connection:  # refused before anything was touched
        assert current_revision(connection) == "f00dcafe9999"
    engine.dispose()


def test_table_rebuilds_keep_every_row(settings: Settings) -> None:
    """SQLite rebuilds a table to drop or change a column; its children must survive that."""
    database = open_database(settings, create=True)
    with transaction(database.sessions) as session:
        account = Account(platform=Platform.X, external_id="42", name="G", credential_ref="k")
        session.add(account)
        session.flush()
        conversation = Conversation(
            account_id=account.id, kind=ConversationKind.DIRECT, thread_key="t"
        )
        session.add(conversation)
        session.flush()
        session.add(
            Message(
                conversation_id=conversation.id,
                platform=Platform.X,
                external_id="m1",
                direction=Direction.INBOUND,
                kind=MessageKind.DIRECT_MESSAGE,
                text="Hallo",
                created_at=datetime.now(UTC),
            )
        )
    messages = text("SELECT text FROM messages")
    for target in reversed(all_revisions()[:-1]):
        downgrade(database.engine, target)
        with database.engine.connect() as connection:
            kept = connection.execute(messages).scalars().all()
        assert kept == ["Hallo"], f"messages lost going down to {target}"
    upgrade(database.engine)
    with database.engine.connect() as connection:
        assert connection.execute(messages).scalars().all() == ["Hallo"]
        if connection.dialect.name == "sqlite":
            assert connection.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
    database.close()
