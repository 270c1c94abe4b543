"""Conversations that change by themselves: snoozes end, residents write again.

The lifecycle on its own: messages are stored as bare rows here, so that these tests see what
the lifecycle does with them (through ingest, see test_ingest.py).
"""

from __future__ import annotations

from datetime import timedelta

from tests.helpers.inbox import store_inbound_row
from webcare.inbox import actions, changes, lifecycle, thread
from webcare.runtime import Database
from webcare.storage.db import transaction
from webcare.storage.types import utcnow
from webcare.vocabulary import ConversationStatus


def status_of(database: Database, conversation: int) -> ConversationStatus:
    with database.sessions() as session:
        found = thread.load_detail(session, conversation)
    assert found is not None
    return found.status


def test_a_snoozed_conversation_wakes_up_when_its_time_has_come(database, team, new_conversation):
    conversation = new_conversation()
    now = utcnow()
    with transaction(database.sessions) as session:
        actions.set_status(
            session,
            [conversation],
            ConversationStatus.SNOOZED,
            by=team.anna,
            until=now + timedelta(hours=1),
            now=now,
        )
    with transaction(database.sessions) as session:
        assert lifecycle.wake_due(session, now + timedelta(minutes=59)) == []
    with database.sessions() as session:
        before = changes.current(session)
    with transaction(database.sessions) as session:
        assert lifecycle.wake_due(session, now + timedelta(hours=1)) == [conversation]
        assert lifecycle.wake_due(session, now + timedelta(hours=1)) == []
    assert status_of(database, conversation) is ConversationStatus.OPEN
    with database.sessions() as session:
        assert changes.changed_since(session, before) == [conversation]


def test_a_new_resident_message_reopens_a_closed_conversation(database, team, new_conversation):
    conversation = new_conversation()
    with transaction(database.sessions) as session:
        actions.claim(session, conversation, team.anna)
        actions.send_reply(session, conversation, "Opgelost!", by=team.anna, expected_holder=None)
        actions.set_status(session, [conversation], ConversationStatus.CLOSED, by=team.anna)
    with transaction(database.sessions) as session:
        assert lifecycle.inbound_arrived(session, [conversation]) == []  # nothing new yet
    with transaction(database.sessions) as session:
        message_at = utcnow()
        store_inbound_row(session, conversation, "Toch niet, hij staat er nog")
    with transaction(database.sessions) as session:
        assert lifecycle.inbound_arrived(session, [conversation]) == [conversation]
        assert lifecycle.inbound_arrived(session, [conversation]) == []
    with database.sessions() as session:
        seen = thread.load_detail(session, conversation)
    assert seen is not None
    assert seen.status is ConversationStatus.OPEN
    assert seen.assignee_id == team.anna  # back with the agent who knows the case
    assert seen.waiting_since is not None and seen.waiting_since >= message_at - timedelta(
        seconds=1
    )


def test_an_old_message_stored_late_does_not_start_the_clock_again(
    database, team, new_conversation
):
    conversation = new_conversation(at=utcnow() - timedelta(hours=2))
    with transaction(database.sessions) as session:
        actions.send_reply(session, conversation, "Dank u", by=team.anna, expected_holder=None)
    with transaction(database.sessions) as session:
        # written before our reply, fetched only now: the reply already answered it
        store_inbound_row(session, conversation, "nog een foto", at=utcnow() - timedelta(hours=1))
        lifecycle.inbound_arrived(session, [conversation])
    with database.sessions() as session:
        seen = thread.load_detail(session, conversation)
    assert seen is not None and seen.waiting_since is None


def test_a_new_message_on_an_open_conversation_starts_the_waiting_clock(
    database, team, new_conversation
):
    conversation = new_conversation()
    with transaction(database.sessions) as session:
        actions.send_reply(session, conversation, "Dank u", by=team.anna, expected_holder=None)
    later = utcnow() + timedelta(seconds=5)
    with transaction(database.sessions) as session:
        store_inbound_row(session, conversation, "Nog een vraag", at=later)
        assert lifecycle.inbound_arrived(session, [conversation]) == [conversation]
    with database.sessions() as session:
        seen = thread.load_detail(session, conversation)
    assert seen is not None
    assert seen.waiting_since == later
    assert seen.last_inbound_at == later
