"""Working a conversation: claims are atomic, replies and notes go where they should."""

from __future__ import annotations

from datetime import timedelta

import pytest
from sqlalchemy import select

from webcare.inbox import actions, changes, thread
from webcare.inbox.actions import ChangeRefused, HeldByColleague
from webcare.inbox.outbox import RefusalCode, ReplyRefused
from webcare.runtime import Database
from webcare.storage.db import transaction
from webcare.storage.models import AuditEvent, Conversation, MessageMention
from webcare.storage.types import utcnow
from webcare.users import PermissionDenied
from webcare.vocabulary import ConversationKind, ConversationStatus, DeliveryState, Direction


def detail(database: Database, conversation: int) -> thread.ConversationDetail:
    with database.sessions() as session:
        found = thread.load_detail(session, conversation)
    assert found is not None
    return found


def test_claim_assigns_to_me_and_opens_a_new_conversation(database, team, new_conversation):
    conversation = new_conversation()
    with transaction(database.sessions) as session:
        holder = actions.claim(session, conversation, team.anna)
    assert holder.id == team.anna
    assert holder.name == "Anna de Jong"
    seen = detail(database, conversation)
    assert seen.assignee_id == team.anna
    assert seen.status is ConversationStatus.OPEN


def test_second_claim_on_same_conversation_is_refused_with_the_holder(
    database, team, new_conversation
):
    conversation = new_conversation()
    with transaction(database.sessions) as session:
        actions.claim(session, conversation, team.anna)
    with pytest.raises(HeldByColleague) as refused, transaction(database.sessions) as session:
        actions.claim(session, conversation, team.bart)
    assert refused.value.holder_id == team.anna
    assert refused.value.holder_name == "Anna de Jong"
    assert refused.value.since is not None
    assert detail(database, conversation).assignee_id == team.anna


def test_taking_over_needs_the_holder_that_was_shown(database, team, new_conversation):
    conversation = new_conversation()
    with transaction(database.sessions) as session:
        actions.claim(session, conversation, team.anna)
    with pytest.raises(HeldByColleague), transaction(database.sessions) as session:
        actions.claim(session, conversation, team.bart, expected=team.planner)
    with transaction(database.sessions) as session:
        actions.claim(session, conversation, team.bart, expected=team.anna)
    assert detail(database, conversation).assignee_id == team.bart


def test_assign_to_a_colleague_and_unassign(database, team, new_conversation):
    conversation = new_conversation()
    with transaction(database.sessions) as session:
        actions.assign(session, conversation, team.bart, by=team.anna, expected=None)
    assert detail(database, conversation).assignee_name == "Bart Kuiper"
    with transaction(database.sessions) as session:
        actions.assign(session, conversation, None, by=team.anna, expected=team.bart)
    assert detail(database, conversation).assignee_id is None


def test_a_planner_may_read_but_not_claim(database, team, new_conversation):
    conversation = new_conversation()
    with pytest.raises(PermissionDenied), transaction(database.sessions) as session:
        actions.claim(session, conversation, team.planner)
    with pytest.raises(PermissionDenied), transaction(database.sessions) as session:
        actions.add_note(session, conversation, "hoi", by=team.planner)


def test_every_change_moves_the_change_counter_and_is_audited(database, team, new_conversation):
    conversation = new_conversation()
    steps = [
        lambda s: actions.claim(s, conversation, team.anna),
        lambda s: actions.set_priority(s, [conversation], 3, by=team.anna),
        lambda s: actions.add_tag(s, conversation, "afval", by=team.anna),
        lambda s: actions.add_note(s, conversation, "Even checken", by=team.anna),
        lambda s: actions.set_status(s, [conversation], ConversationStatus.PENDING, by=team.anna),
    ]
    for step in steps:
        with database.sessions() as session:
            before = changes.current(session)
        with transaction(database.sessions) as session:
            step(session)
        with database.sessions() as session:
            assert conversation in changes.changed_since(session, before)
    with database.sessions() as session:
        actions_seen = set(
            session.scalars(
                select(AuditEvent.action).where(AuditEvent.entity_type.in_(["conversation"]))
            )
        )
    assert {"conversation.claimed", "conversation.priority", "conversation.tagged"} <= actions_seen


def test_reply_to_an_unassigned_conversation_claims_it_and_is_queued(
    database, team, new_conversation
):
    conversation = new_conversation()
    with transaction(database.sessions) as session:
        queued = actions.send_reply(
            session, conversation, "We kijken ernaar!", by=team.anna, expected_holder=None
        )
    seen = detail(database, conversation)
    assert seen.assignee_id == team.anna
    assert seen.waiting_since is None
    reply = seen.messages[-1]
    assert reply.id == queued.message_id
    assert (reply.direction, reply.delivery_state, reply.text) == (
        Direction.OUTBOUND,
        DeliveryState.QUEUED,
        "We kijken ernaar!",
    )


def test_reply_to_a_colleagues_conversation_needs_confirmation(database, team, new_conversation):
    conversation = new_conversation()
    with transaction(database.sessions) as session:
        actions.claim(session, conversation, team.anna)
    with pytest.raises(HeldByColleague), transaction(database.sessions) as session:
        actions.send_reply(session, conversation, "Hallo", by=team.bart, expected_holder=None)
    with pytest.raises(HeldByColleague), transaction(database.sessions) as session:
        # confirmed, but for someone else than who holds it now
        actions.send_reply(
            session,
            conversation,
            "Hallo",
            by=team.bart,
            expected_holder=team.planner,
            confirmed=True,
        )
    with transaction(database.sessions) as session:
        actions.send_reply(
            session, conversation, "Hallo", by=team.bart, expected_holder=team.anna, confirmed=True
        )
    seen = detail(database, conversation)
    assert seen.assignee_id == team.anna  # answering for a colleague does not take it over
    assert seen.messages[-1].text == "Hallo"


def test_a_refused_reply_claims_nothing(database, team, new_conversation):
    conversation = new_conversation()
    with pytest.raises(ReplyRefused) as refused, transaction(database.sessions) as session:
        actions.send_reply(session, conversation, "x" * 300, by=team.anna, expected_holder=None)
    assert refused.value.code is RefusalCode.TOO_LONG
    assert detail(database, conversation).assignee_id is None


def test_messenger_reply_outside_the_window_is_refused(database, team, new_conversation):
    conversation = new_conversation(
        account=team.facebook,
        kind=ConversationKind.DIRECT,
        at=utcnow() - timedelta(hours=30),
    )
    seen = detail(database, conversation)
    assert seen.needs_window and not seen.window_open(utcnow())
    with pytest.raises(ReplyRefused) as refused, transaction(database.sessions) as session:
        actions.send_reply(session, conversation, "Hallo", by=team.anna, expected_holder=None)
    assert refused.value.code is RefusalCode.WINDOW_CLOSED


def test_note_records_mentions_of_colleagues(database, team, new_conversation):
    conversation = new_conversation()
    with transaction(database.sessions) as session:
        note = actions.add_note(
            session,
            conversation,
            "@bart kun jij dit doen? (cc @nobody, mail@example.nl)",
            by=team.anna,
        )
    with database.sessions() as session:
        mentioned = set(
            session.scalars(select(MessageMention.user_id).where(MessageMention.message_id == note))
        )
    assert mentioned == {team.bart}
    assert detail(database, conversation).messages[-1].direction is Direction.NOTE


def test_empty_note_and_snooze_in_the_past_are_refused(database, team, new_conversation):
    conversation = new_conversation()
    with pytest.raises(ChangeRefused) as empty, transaction(database.sessions) as session:
        actions.add_note(session, conversation, "  \n", by=team.anna)
    assert empty.value.code is ChangeRefused.Code.EMPTY_NOTE
    with pytest.raises(ChangeRefused) as past, transaction(database.sessions) as session:
        actions.set_status(
            session,
            [conversation],
            ConversationStatus.SNOOZED,
            by=team.anna,
            until=utcnow() - timedelta(minutes=1),
        )
    assert past.value.code is ChangeRefused.Code.SNOOZE_IN_PAST


def test_closing_stops_the_waiting_clock(database, team, new_conversation):
    conversation = new_conversation()
    with transaction(database.sessions) as session:
        changed = actions.set_status(
            session, [conversation], ConversationStatus.CLOSED, by=team.anna
        )
    assert changed == [conversation]
    with database.sessions() as session:
        row = session.get(Conversation, conversation)
        assert row is not None
        assert row.closed_at is not None and row.waiting_since is None
    with transaction(database.sessions) as session:
        assert (
            actions.set_status(session, [conversation], ConversationStatus.CLOSED, by=team.anna)
            == []
        )


def test_tags_are_created_once_and_can_be_removed(database, team, new_conversation):
    first, second = new_conversation(), new_conversation()
    with transaction(database.sessions) as session:
        tag = actions.add_tag(session, first, "  Afval  ophalen ", by=team.anna)
        assert actions.add_tag(session, second, "Afval ophalen", by=team.anna) == tag
    assert [t.name for t in detail(database, first).tags] == ["Afval ophalen"]
    with transaction(database.sessions) as session:
        assert actions.remove_tag(session, first, tag, by=team.anna)
        assert not actions.remove_tag(session, first, tag, by=team.anna)
    assert detail(database, first).tags == ()


def test_failed_reply_can_be_retried(database, team, new_conversation):
    conversation = new_conversation()
    with transaction(database.sessions) as session:
        queued = actions.send_reply(
            session, conversation, "Hoi", by=team.anna, expected_holder=None
        )
    with transaction(database.sessions) as session:
        from webcare.storage.models import Message

        message = session.get(Message, queued.message_id)
        assert message is not None
        message.delivery_state = DeliveryState.FAILED
        message.delivery_error = "duplicate content"
    assert detail(database, conversation).failed_message_ids == (queued.message_id,)
    with transaction(database.sessions) as session:
        assert actions.retry_reply(session, queued.message_id, by=team.anna) == conversation
    assert detail(database, conversation).messages[-1].delivery_state is DeliveryState.QUEUED
