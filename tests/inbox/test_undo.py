"""Undo of an agent's last change: everything comes back, or nothing changes."""

from __future__ import annotations

from datetime import timedelta

import pytest
from sqlalchemy import select

from tests.helpers.inbox import add_inbound, desk
from webcare.inbox import actions, changes, thread, undo
from webcare.runtime import Database
from webcare.storage.db import transaction
from webcare.storage.models import AuditEvent
from webcare.storage.types import utcnow
from webcare.vocabulary import ConversationStatus, Priority


def detail(database: Database, conversation: int) -> thread.ConversationDetail:
    with database.sessions() as session:
        found = thread.load_detail(session, conversation)
    assert found is not None
    return found


def test_undoing_a_close_gives_back_the_open_conversation_and_its_waiting_time(
    database, team, new_conversation
):
    conversation = new_conversation(at=utcnow() - timedelta(hours=3))
    with transaction(database.sessions) as session:
        actions.claim(session, conversation, team.anna)
    waiting = detail(database, conversation).waiting_since
    assert waiting is not None
    with transaction(database.sessions) as session:
        step = undo.undoable(
            session,
            conversation,
            "status",
            lambda: actions.set_status(
                session, [conversation], ConversationStatus.CLOSED, by=team.anna
            ),
        )
    assert step is not None
    closed = detail(database, conversation)
    assert (closed.status, closed.waiting_since) == (ConversationStatus.CLOSED, None)
    with database.sessions() as session:
        revision = changes.current(session)
    with transaction(database.sessions) as session:
        undo.undo(session, step, by=team.anna)
    back = detail(database, conversation)
    assert back.status is ConversationStatus.OPEN
    assert back.waiting_since == waiting  # the resident has waited three hours, not zero
    assert back.assignee_id == team.anna
    with database.sessions() as session:
        assert changes.changed_since(session, revision) == [conversation]
        (event,) = session.scalars(
            select(AuditEvent).where(AuditEvent.action == "conversation.undone")
        ).all()
    assert (event.actor_user_id, event.entity_id) == (team.anna, str(conversation))
    assert event.details["undid"] == "status"
    assert event.details["restored"]["status"] == "open"


def test_undoing_a_claim_leaves_the_conversation_new_and_unassigned(
    database, team, new_conversation
):
    conversation = new_conversation()
    with transaction(database.sessions) as session:
        step = undo.undoable(
            session, conversation, "claim", lambda: actions.claim(session, conversation, team.anna)
        )
    assert step is not None
    assert detail(database, conversation).status is ConversationStatus.OPEN
    with transaction(database.sessions) as session:
        undo.undo(session, step, by=team.anna)
    back = detail(database, conversation)
    assert (back.status, back.assignee_id) == (ConversationStatus.NEW, None)


def test_a_change_that_changed_nothing_has_nothing_to_undo(database, team, new_conversation):
    conversation = new_conversation()
    with transaction(database.sessions) as session:
        step = undo.undoable(
            session,
            conversation,
            "priority",
            lambda: actions.set_priority(
                session, [conversation], int(Priority.NORMAL), by=team.anna
            ),
        )
    assert step is None


def test_no_undo_over_a_residents_new_message(database, team, new_conversation):
    conversation = new_conversation()
    with transaction(database.sessions) as session:
        actions.claim(session, conversation, team.anna)
        actions.send_reply(session, conversation, "Opgelost!", by=team.anna, expected_holder=None)
    with transaction(database.sessions) as session:
        step = undo.undoable(
            session,
            conversation,
            "status",
            lambda: actions.set_status(
                session, [conversation], ConversationStatus.CLOSED, by=team.anna
            ),
        )
    assert step is not None
    with transaction(database.sessions) as session:  # ingest reopens it
        add_inbound(session, conversation, "Toch niet")
    reopened = detail(database, conversation)
    with (
        pytest.raises(actions.ChangeRefused) as refused,
        transaction(database.sessions) as session,
    ):
        undo.undo(session, step, by=team.anna)
    assert refused.value.code is actions.ChangeRefused.Code.CHANGED_SINCE
    assert detail(database, conversation) == reopened


def test_no_undo_over_a_colleagues_take_over(database, team, new_conversation):
    conversation = new_conversation()
    with transaction(database.sessions) as session:
        actions.claim(session, conversation, team.anna)
        step = undo.undoable(
            session,
            conversation,
            "priority",
            lambda: actions.set_priority(
                session, [conversation], int(Priority.URGENT), by=team.anna
            ),
        )
    assert step is not None
    with transaction(database.sessions) as session:
        actions.assign(session, conversation, team.bart, by=team.bart, expected=team.anna)
    with (
        pytest.raises(actions.ChangeRefused) as refused,
        transaction(database.sessions) as session,
    ):
        undo.undo(session, step, by=team.anna)
    assert refused.value.code is actions.ChangeRefused.Code.CHANGED_SINCE
    after = detail(database, conversation)
    assert (after.assignee_id, after.priority) == (team.bart, int(Priority.URGENT))


def test_undo_of_a_snooze_survives_the_round_trip_through_the_database(
    database, team, new_conversation
):
    # The compare-and-set matches timestamps as stored: a snooze time with microseconds and a
    # non-UTC zone must still be recognised as "as the step left it".
    conversation = new_conversation()
    until = (utcnow() + timedelta(days=1, microseconds=123_457)).astimezone()
    with transaction(database.sessions) as session:
        step = undo.undoable(
            session,
            conversation,
            "status",
            lambda: actions.set_status(
                session, [conversation], ConversationStatus.SNOOZED, by=team.anna, until=until
            ),
        )
    assert step is not None
    with transaction(database.sessions) as session:
        undo.undo(session, step, by=team.anna)
    back = detail(database, conversation)
    assert (back.status, back.snoozed_until) == (ConversationStatus.NEW, None)


def test_a_tag_added_through_the_desk_is_taken_off_again_by_its_undo(
    database, team, new_conversation
):
    conversation = new_conversation()
    anna = desk(database, team.anna)
    added = anna.add_tag(conversation, "afval").value
    assert added is not None
    assert [tag.name for tag in detail(database, conversation).tags] == ["afval"]
    anna.undo(added)
    assert detail(database, conversation).tags == ()
    assert isinstance(added, undo.TagStep)
    removed = anna.remove_tag(conversation, added.tag_id, "afval")
    assert removed.value is None  # it was not there: nothing to undo
