"""Storage behaviour every later feature relies on."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, timezone
from pathlib import Path

import pytest
from sqlalchemy import select, text
from sqlalchemy.exc import IntegrityError, StatementError

from webcare.config import sqlite_url
from webcare.runtime import Database
from webcare.storage.db import create_db_engine, transaction
from webcare.storage.models import Account, Contact, Conversation, Message
from webcare.vocabulary import ConversationKind, Direction, MessageKind, Platform

AMSTERDAM_SUMMER = timezone(timedelta(hours=2))


def make_conversation(database: Database) -> int:
    with transaction(database.sessions) as session:
        account = Account(
            platform=Platform.X, external_id="42", name="Gemeente", credential_ref="k"
        )
        session.add(account)
        session.flush()
        conversation = Conversation(
            account_id=account.id, kind=ConversationKind.PUBLIC_THREAD, thread_key="100"
        )
        session.add(conversation)
        session.flush()
        return conversation.id


def inbound(conversation_id: int, external_id: str, platform: Platform = Platform.X) -> Message:
    return Message(
        conversation_id=conversation_id,
        platform=platform,
        external_id=external_id,
        direction=Direction.INBOUND,
        kind=MessageKind.MENTION,
        text="Hallo gemeente",
        created_at=datetime.now(UTC),
    )


def test_timestamps_come_back_as_the_same_instant_in_utc(database: Database) -> None:
    conversation_id = make_conversation(database)
    written = datetime(2026, 7, 1, 14, 30, 5, 123000, tzinfo=AMSTERDAM_SUMMER)
    with transaction(database.sessions) as session:
        message = inbound(conversation_id, "1")
        message.created_at = written
        session.add(message)
    with database.sessions() as session:
        read = session.scalars(select(Message.created_at)).one()
    assert read == written
    assert read.utcoffset() == timedelta(0)
    assert read.hour == 12


def test_naive_timestamps_are_refused(database: Database) -> None:
    conversation_id = make_conversation(database)
    with database.sessions() as session:
        message = inbound(conversation_id, "1")
        message.created_at = datetime(2026, 7, 1, 14, 30)
        session.add(message)
        with pytest.raises(StatementError, match="naive datetime"):
            session.flush()


def test_external_id_is_unique_per_platform(database: Database) -> None:
    conversation_id = make_conversation(database)
    with transaction(database.sessions) as session:
        session.add(inbound(conversation_id, "1900"))
        session.add(inbound(conversation_id, "1900", Platform.FACEBOOK))
    with database.sessions() as session:
        session.add(inbound(conversation_id, "1900"))
        with pytest.raises(IntegrityError):
            session.flush()


def test_notes_without_external_id_do_not_collide(database: Database) -> None:
    conversation_id = make_conversation(database)
    with transaction(database.sessions) as session:
        for _ in range(3):
            note = inbound(conversation_id, "")
            note.external_id = None
            note.direction = Direction.NOTE
            note.kind = MessageKind.NOTE
            session.add(note)
    with database.sessions() as session:
        assert len(session.scalars(select(Message.id)).all()) == 3


def test_foreign_keys_are_enforced(database: Database) -> None:
    with database.sessions() as session:
        session.add(Conversation(account_id=999, kind=ConversationKind.DIRECT, thread_key="dm-1"))
        with pytest.raises(IntegrityError):
            session.flush()


def test_deleting_a_conversation_deletes_its_messages(database: Database) -> None:
    conversation_id = make_conversation(database)
    with transaction(database.sessions) as session:
        session.add(inbound(conversation_id, "1"))
    with transaction(database.sessions) as session:
        session.execute(text("DELETE FROM conversations"))
    with database.sessions() as session:
        assert session.scalars(select(Message.id)).all() == []


def test_contacts_are_unique_per_platform_identity(database: Database) -> None:
    with transaction(database.sessions) as session:
        session.add(Contact(platform=Platform.X, external_id="7", handle="a"))
        session.add(Contact(platform=Platform.INSTAGRAM, external_id="7", handle="a"))
    with database.sessions() as session:
        session.add(Contact(platform=Platform.X, external_id="7", handle="b"))
        with pytest.raises(IntegrityError):
            session.flush()


def test_sqlite_runs_in_wal_mode_with_foreign_keys(tmp_path: Path) -> None:
    engine = create_db_engine(sqlite_url(tmp_path))
    try:
        with engine.connect() as connection:
            assert connection.execute(text("PRAGMA journal_mode")).scalar() == "wal"
            assert connection.execute(text("PRAGMA foreign_keys")).scalar() == 1
    finally:
        engine.dispose()
