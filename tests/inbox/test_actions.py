"""Working a conversation through the inbox desk: claims are atomic, replies and notes go where
they should, and a reader may not work."""

from __future__ import annotations

from datetime import timedelta

import pytest
from sqlalchemy import select

from tests.helpers.inbox import desk
from webcare.inbox import changes, thread
from webcare.inbox.actions import ChangeRefused, HeldByColleague
from webcare.inbox.outbox import RefusalCode, ReplyRefused
from webcare.inbox.undo import TagStep
from webcare.permissions import PermissionDenied
from webcare.runtime import Database
from webcare.storage.db import transaction
from webcare.storage.models import AuditEvent, Conversation, MessageMention
from webcare.storage.types import utcnow
from webcare.vocabulary import (
    ConversationKind,
    ConversationStatus,
    DeliveryState,
    Direction,
    MessageTag,
)


def detail(database: Database, conversation: int) -> thread.ConversationDetail:
    with database.sessions() as session:
        found = thread.load_detail(session, conversation)
    assert found is not None
    return found


def test_claim_assigns_to_me_and_opens_a_new_conversation(database, team, new_conversation):
    conversation = new_conversation()
    desk(database, team.anna).claim(conversation)
    seen = detail(database, conversation)
    assert seen.assignee_id == team.anna
    assert seen.assignee_name == "Anna de Jong"
    assert seen.status is ConversationStatus.OPEN


def test_second_claim_on_same_conversation_is_refused_with_the_holder(
    database, team, new_conversation
):
    conversation = new_conversation()
    desk(database, team.anna).claim(conversation)
    with pytest.raises(HeldByColleague) as refused:
        desk(database, team.bart).claim(conversation)
    assert refused.value.holder_id == team.anna
    assert refused.value.holder_name == "Anna de Jong"
    assert refused.value.since is not None
    assert detail(database, conversation).assignee_id == team.anna


def test_taking_over_needs_the_holder_that_was_shown(database, team, new_conversation):
    conversation = new_conversation()
    desk(database, team.anna).claim(conversation)
    with pytest.raises(HeldByColleague):
        desk(database, team.bart).claim(conversation, expected=team.planner)
    desk(database, team.bart).claim(conversation, expected=team.anna)
    assert detail(database, conversation).assignee_id == team.bart


def test_assign_to_a_colleague_and_unassign(database, team, new_conversation):
    conversation = new_conversation()
    desk(database, team.anna).assign(conversation, team.bart, expected=None)
    assert detail(database, conversation).assignee_name == "Bart Kuiper"
    desk(database, team.anna).assign(conversation, None, expected=team.bart)
    assert detail(database, conversation).assignee_id is None


def test_a_planner_may_read_but_not_claim(database, team, new_conversation):
    conversation = new_conversation()
    planner = desk(database, team.planner)
    assert planner.detail(conversation) is not None
    with pytest.raises(PermissionDenied):
        planner.claim(conversation)
    with pytest.raises(PermissionDenied):
        planner.add_note(conversation, "hoi")
    seen = detail(database, conversation)
    assert seen.assignee_id is None and [m.direction for m in seen.messages] == [Direction.INBOUND]


def test_every_change_moves_the_change_counter_and_is_audited(database, team, new_conversation):
    conversation = new_conversation()
    anna = desk(database, team.anna)
    steps = [
        lambda: anna.claim(conversation),
        lambda: anna.set_priority(conversation, 3),
        lambda: anna.add_tag(conversation, "afval"),
        lambda: anna.add_note(conversation, "Even checken"),
        lambda: anna.set_status(conversation, ConversationStatus.PENDING),
    ]
    for step in steps:
        with database.sessions() as session:
            before = changes.current(session)
        assert conversation in step().changes.conversations
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
    queued = desk(database, team.anna).send_reply(
        conversation, "We kijken ernaar!", expected_holder=None
    )
    seen = detail(database, conversation)
    assert seen.assignee_id == team.anna
    assert seen.waiting_since is None
    reply = seen.messages[-1]
    assert reply.id == queued.value.message_id
    assert (reply.direction, reply.delivery_state, reply.text) == (
        Direction.OUTBOUND,
        DeliveryState.QUEUED,
        "We kijken ernaar!",
    )


def test_reply_to_a_colleagues_conversation_needs_confirmation(database, team, new_conversation):
    conversation = new_conversation()
    desk(database, team.anna).claim(conversation)
    bart = desk(database, team.bart)
    with pytest.raises(HeldByColleague):
        bart.send_reply(conversation, "Hallo", expected_holder=None)
    with pytest.raises(HeldByColleague):
        # confirmed, but for someone else than who holds it now
        bart.send_reply(conversation, "Hallo", expected_holder=team.planner, confirmed=True)
    bart.send_reply(conversation, "Hallo", expected_holder=team.anna, confirmed=True)
    seen = detail(database, conversation)
    assert seen.assignee_id == team.anna  # answering for a colleague does not take it over
    assert seen.messages[-1].text == "Hallo"


def test_a_refused_reply_claims_nothing(database, team, new_conversation):
    conversation = new_conversation()
    with pytest.raises(ReplyRefused) as refused:
        desk(database, team.anna).send_reply(conversation, "x" * 300, expected_holder=None)
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
    with pytest.raises(ReplyRefused) as refused:
        desk(database, team.anna).send_reply(conversation, "Hallo", expected_holder=None)
    # past 24 hours only a person's answer with the HUMAN_AGENT tag may go, for 7 days
    assert refused.value.code is RefusalCode.NEEDS_HUMAN_AGENT
    assert detail(database, conversation).assignee_id is None
    late = new_conversation(
        account=team.facebook, kind=ConversationKind.DIRECT, at=utcnow() - timedelta(days=8)
    )
    with pytest.raises(ReplyRefused) as closed:
        desk(database, team.anna).send_reply(
            late, "Hallo", expected_holder=None, tag=MessageTag.HUMAN_AGENT
        )
    assert closed.value.code is RefusalCode.WINDOW_CLOSED


def test_note_records_mentions_of_colleagues(database, team, new_conversation):
    conversation = new_conversation()
    note = (
        desk(database, team.anna)
        .add_note(conversation, "@bart kun jij dit doen? (cc @nobody, mail@example.nl)")
        .value
    )
    with database.sessions() as session:
        mentioned = set(
            session.scalars(select(MessageMention.user_id).where(MessageMention.message_id == note))
        )
    assert mentioned == {team.bart}
    assert detail(database, conversation).messages[-1].direction is Direction.NOTE


def test_empty_note_and_snooze_in_the_past_are_refused(database, team, new_conversation):
    conversation = new_conversation()
    anna = desk(database, team.anna)
    with pytest.raises(ChangeRefused) as empty:
        anna.add_note(conversation, "  \n")
    assert empty.value.code is ChangeRefused.Code.EMPTY_NOTE
    with pytest.raises(ChangeRefused) as past:
        anna.set_status(
            conversation, ConversationStatus.SNOOZED, until=utcnow() - timedelta(minutes=1)
        )
    assert past.value.code is ChangeRefused.Code.SNOOZE_IN_PAST


def test_closing_stops_the_waiting_clock(database, team, new_conversation):
    conversation = new_conversation()
    closed = desk(database, team.anna).set_status(conversation, ConversationStatus.CLOSED)
    assert closed.value is not None and closed.changes.conversations == {conversation}
    with database.sessions() as session:
        row = session.get(Conversation, conversation)
        assert row is not None
        assert row.closed_at is not None and row.waiting_since is None
    # closing again changes nothing: nothing to undo
    assert (
        desk(database, team.anna).set_status(conversation, ConversationStatus.CLOSED).value is None
    )


def test_tags_are_created_once_and_can_be_removed(database, team, new_conversation):
    first, second = new_conversation(), new_conversation()
    anna = desk(database, team.anna)
    tag = anna.add_tag(first, "  Afval  ophalen ").value
    assert isinstance(tag, TagStep)
    again = anna.add_tag(second, "Afval ophalen").value
    assert isinstance(again, TagStep) and again.tag_id == tag.tag_id
    assert [t.name for t in detail(database, first).tags] == ["Afval ophalen"]
    assert anna.remove_tag(first, tag.tag_id, tag.name).value is not None
    assert anna.remove_tag(first, tag.tag_id, tag.name).value is None  # not there any more
    assert detail(database, first).tags == ()


def test_failed_reply_can_be_retried(database, team, new_conversation):
    conversation = new_conversation()
    anna = desk(database, team.anna)
    queued = anna.send_reply(conversation, "Hoi", expected_holder=None).value
    with transaction(database.sessions) as session:
        from webcare.storage.models import Message

        message = session.get(Message, queued.message_id)
        assert message is not None
        message.delivery_state = DeliveryState.FAILED
        message.delivery_error = "duplicate content"
    assert detail(database, conversation).failed_message_ids == (queued.message_id,)
    assert anna.retry(queued.message_id).value == conversation
    assert detail(database, conversation).messages[-1].delivery_state is DeliveryState.QUEUED
