"""`webcare demo-data`: made-up conversations that keep the product's invariants, written by a
command that never mixes them into a database holding real ones by accident."""

from __future__ import annotations

import json
from collections import defaultdict
from pathlib import Path

from sqlalchemy import select

from tests.helpers.cli import webcare
from webcare.config import sqlite_url
from webcare.demodata.bulk import generate
from webcare.demodata.residents import add_residents
from webcare.desks import open_desks
from webcare.residents.vocabulary import ConsentStatus, Purpose
from webcare.runtime import Database
from webcare.storage.db import create_db_engine, transaction
from webcare.storage.models import Account, Contact, Conversation, Message
from webcare.users import ensure_user, grant
from webcare.vocabulary import ConversationStatus, Direction, Platform, Role


def test_the_command_fills_an_empty_database_and_refuses_a_full_one(tmp_path: Path) -> None:
    folder = str(tmp_path / "data")
    made = webcare("--data-dir", folder, "demo-data", "--conversations", "120", "--quiet")
    assert made.returncode == 0, made.stderr
    assert "120 conversations" in made.stdout
    again = webcare("--data-dir", folder, "demo-data", "--conversations", "10")
    assert again.returncode == 1
    assert again.stderr.count("\n") == 1
    assert "already holds conversations" in again.stderr and "--add" in again.stderr
    added = webcare("--data-dir", folder, "demo-data", "--conversations", "10", "--add", "--quiet")
    assert added.returncode == 0, added.stderr
    engine = create_db_engine(sqlite_url(tmp_path / "data"))
    try:
        with engine.connect() as connection:
            assert len(connection.execute(select(Conversation.id)).all()) == 130
    finally:
        engine.dispose()


def test_the_command_writes_residents_linked_to_some_conversations(tmp_path: Path) -> None:
    folder = str(tmp_path / "data")
    made = webcare(
        "--data-dir", folder, "demo-data", "--conversations", "300", "--residents", "40",
        "--seed", "2", "--quiet",
    )  # fmt: skip
    assert made.returncode == 0, made.stderr
    assert "40 residents" in made.stdout and "linked to" in made.stdout
    shown = webcare("--data-dir", folder, "residents", "list", "--json", "--as", "dirk")
    assert shown.returncode == 0, shown.stderr
    assert len(json.loads(shown.stdout)) == 40


def test_bad_numbers_are_usage_errors(tmp_path: Path) -> None:
    for args in (["--conversations", "many"], ["--conversations", "-5"], ["--residents", "x"]):
        result = webcare("--data-dir", str(tmp_path), "demo-data", *args)
        assert result.returncode == 2, args
        assert result.stderr.count("\n") == 1 and "Traceback" not in result.stderr


def test_rows_agree_with_each_other_as_ingest_would_leave_them(database: Database) -> None:
    made = generate(database.engine, conversations=400, messages_per_conversation=3, seed=4)
    with database.sessions() as session:
        conversations = {c.id: c for c in session.scalars(select(Conversation))}
        messages = list(session.scalars(select(Message).order_by(Message.id)))
        platforms = {p for (p,) in session.execute(select(Account.platform))}
        contacts = session.scalar(select(Contact.id).order_by(Contact.id.desc()).limit(1))
    assert made.conversations == len(conversations) == 400
    assert made.messages == len(messages) and 1000 < len(messages) < 1400
    assert platforms == set(Platform) and contacts is not None
    assert made.contacts < 400, "some residents write again"
    times = [m.created_at for m in messages]
    assert times == sorted(times), "ids follow the order in which messages arrived"
    by_conversation: dict[int, list[Message]] = defaultdict(list)
    for message in messages:
        by_conversation[message.conversation_id].append(message)
    statuses = {c.status for c in conversations.values()}
    assert statuses == set(ConversationStatus)
    for conversation_id, conversation in conversations.items():
        thread = by_conversation[conversation_id]
        inbound = [m for m in thread if m.direction is Direction.INBOUND]
        spoken = [m for m in thread if m.direction is not Direction.NOTE]
        assert inbound and thread[0].direction is Direction.INBOUND
        assert conversation.first_inbound_at == inbound[0].created_at
        assert conversation.last_inbound_at == inbound[-1].created_at
        assert conversation.last_message_at == spoken[-1].created_at
        waiting = conversation.status in (ConversationStatus.NEW, ConversationStatus.OPEN) and (
            spoken[-1].direction is Direction.INBOUND
        )
        assert conversation.waiting_since == (inbound[-1].created_at if waiting else None)
        if conversation.status is ConversationStatus.NEW:
            assert len(inbound) == len(spoken) and conversation.assignee_id is None
        assert (conversation.closed_at is not None) == (
            conversation.status is ConversationStatus.CLOSED
        )


def test_residents_read_through_the_residents_room_as_if_people_had_linked_them(
    database: Database,
) -> None:
    generate(database.engine, conversations=400, seed=5)
    made = add_residents(database.engine, residents=60, seed=5)
    with transaction(database.sessions) as session:
        grant(session, ensure_user(session, "sylvia", "Sylvia").id, [Role.SUPERVISOR])
    keeper = open_desks(database.sessions, "sylvia")
    agent = open_desks(database.sessions, "anna")  # one of the generated team's agents
    profiles = [keeper.residents.profile(n).value for n in range(1, made.residents + 1)]
    assert all(p.name and p.neighbourhood is not None for p in profiles), "buurt resolved"
    linked = [p for p in profiles if p.conversations]
    assert 20 <= len(linked) <= 50 and made.linked_conversations >= len(linked)
    with database.sessions() as session:
        for profile in linked:
            (identity,) = profile.identities
            contact = session.get_one(Contact, identity.contact_id)
            of_contact = select(Conversation.id).where(Conversation.contact_id == contact.id)
            theirs = set(session.scalars(of_contact))
            assert {c.conversation_id for c in profile.conversations} == theirs
            assert contact.display_name == profile.name
            link = [c for c in profile.consents if c.purpose is Purpose.LINK_SOCIAL]
            assert [c.status for c in link] == [ConsentStatus.GIVEN] and link[0].valid
    for profile in profiles:
        withdrawn = [c for c in profile.consents if c.status is ConsentStatus.WITHDRAWN]
        if any(c.purpose is Purpose.LINK_SOCIAL for c in withdrawn):
            assert not profile.conversations and not profile.identities
    first = linked[0]
    conversation = first.conversations[0].conversation_id
    beside = agent.residents.beside_conversation(conversation).value
    assert beside.profile is not None and beside.profile.id == first.id
    unlinked = keeper.residents.withdraw_consent(first.id, Purpose.LINK_SOCIAL).value.unlinked
    assert set(unlinked) == {c.conversation_id for c in first.conversations}
    assert agent.residents.beside_conversation(conversation).value.profile is None


def test_generated_conversations_carry_their_report_events_once_also_when_added_to(
    database: Database,
) -> None:
    """A supervisor trying the reports on demo data sees figures: each resident's message,
    each reply sent and each closed conversation is an event, once, after a second load too."""
    from webcare.storage.models import ConversationEvent

    for seed in (4, 5):  # the second as `demo-data --add` does
        generate(database.engine, conversations=150, messages_per_conversation=3, seed=seed)
    with database.sessions() as session:
        messages = list(session.scalars(select(Message)))
        events = list(session.scalars(select(ConversationEvent)))
        closed = set(
            session.scalars(
                select(Conversation.id).where(Conversation.status == ConversationStatus.CLOSED)
            )
        )
    received = sorted(e.message_id for e in events if e.kind == "received")
    replied = sorted(e.message_id for e in events if e.kind == "replied")
    assert received == sorted(m.id for m in messages if m.direction is Direction.INBOUND)
    assert replied == sorted(m.id for m in messages if m.direction is Direction.OUTBOUND)
    assert closed and closed <= {e.conversation_id for e in events if e.kind == "closed"}
