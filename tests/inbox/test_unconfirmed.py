"""A reply whose delivery is unconfirmed waits for a person: the inbox desk says why and where
to look, and lets an agent mark it sent or send it again, audited, once."""

from __future__ import annotations

from datetime import timedelta

import pytest
from sqlalchemy import select

from webcare.inbox.desk import InboxDesk
from webcare.inbox.outbox import RefusalCode, ReplyRefused, queue_reply
from webcare.permissions import PermissionDenied
from webcare.runtime import Database
from webcare.storage.db import transaction
from webcare.storage.models import Account, AuditEvent, Conversation, Message
from webcare.storage.types import utcnow
from webcare.vocabulary import (
    ConversationKind,
    DeliveryState,
    Direction,
    MessageKind,
    Platform,
    UnconfirmedReason,
)

TEXT = "We hebben het doorgegeven."


def unconfirmed_reply(
    database: Database, conversation_id: int, reason: UnconfirmedReason, text: str = TEXT
) -> int:
    """A reply the worker sent but could not confirm."""
    with transaction(database.sessions) as session:
        queued = queue_reply(session, conversation_id=conversation_id, text=text, user_id=None)
        message = session.get(Message, queued.message_id)
        assert message is not None
        message.delivery_state = DeliveryState.UNCONFIRMED
        message.delivery_error = reason.value
        message.send_started_at = utcnow() - timedelta(minutes=3)
        message.send_attempts = 1
        return message.id


def state(database: Database, message_id: int) -> tuple[DeliveryState | None, str | None]:
    with database.sessions() as session:
        message = session.get(Message, message_id)
        assert message is not None
        return message.delivery_state, message.external_id


def audited(database: Database, message_id: int) -> list[str]:
    with database.sessions() as session:
        return list(
            session.scalars(
                select(AuditEvent.action).where(
                    AuditEvent.entity_type == "message", AuditEvent.entity_id == str(message_id)
                )
            ).all()
        )


def test_the_desk_says_why_and_where_to_look(database: Database, team, new_conversation) -> None:
    dm = new_conversation(kind=ConversationKind.DIRECT)
    comment = new_conversation(account=team.facebook)
    first = unconfirmed_reply(database, dm, UnconfirmedReason.IDENTICAL_IN_FLIGHT)
    unconfirmed_reply(database, comment, UnconfirmedReason.NO_COPY)
    desk = InboxDesk(database.sessions, team.anna)

    (reply,) = desk.unconfirmed_replies(dm)
    assert (reply.message_id, reply.reason, reply.text, reply.attempts) == (
        first,
        UnconfirmedReason.IDENTICAL_IN_FLIGHT,
        TEXT,
        1,
    )
    with transaction(database.sessions) as session:  # X's id of a one-to-one DM thread
        found = session.get(Conversation, dm)
        assert found is not None
        found.thread_key = "701-4242"
    assert desk.unconfirmed_replies(dm)[0].link == "https://x.com/messages/701-4242"
    (on_facebook,) = desk.unconfirmed_replies(comment)
    with database.sessions() as session:  # the Page's own id
        page = session.get(Account, team.facebook)
        assert page is not None
        page_id = page.external_id
    assert on_facebook.link == (
        f"https://business.facebook.com/latest/inbox/all?asset_id={page_id}"
    )

    with transaction(database.sessions) as session:  # an account on the sandbox: no link
        account = session.get(Account, team.x)
        assert account is not None
        account.api_base = "http://127.0.0.1:9/x"
    assert desk.unconfirmed_replies(dm)[0].link is None


def test_mark_sent_settles_it_once_and_is_audited(
    database: Database, team, new_conversation
) -> None:
    conversation = new_conversation()
    message_id = unconfirmed_reply(database, conversation, UnconfirmedReason.NO_COPY)
    desk = InboxDesk(database.sessions, team.anna)
    done = desk.mark_sent(message_id)
    assert done.value == conversation and conversation in done.changes.conversations
    assert state(database, message_id) == (DeliveryState.SENT, None)
    assert "reply.marked_sent" in audited(database, message_id)
    with pytest.raises(ReplyRefused) as twice:  # a colleague was quicker, or a double click
        InboxDesk(database.sessions, team.bart).send_again(message_id)
    assert twice.value.code is RefusalCode.NOT_UNCONFIRMED
    assert desk.unconfirmed_replies(conversation) == []


def test_mark_sent_takes_the_id_of_the_one_copy_the_poll_stored(
    database: Database, team, new_conversation
) -> None:
    conversation = new_conversation(kind=ConversationKind.DIRECT)
    message_id = unconfirmed_reply(database, conversation, UnconfirmedReason.NO_COPY)
    with transaction(database.sessions) as session:  # the platform's copy, seen in a poll
        session.add(
            Message(
                conversation_id=conversation,
                platform=Platform.X,
                external_id="99001",
                direction=Direction.OUTBOUND,
                kind=MessageKind.DIRECT_MESSAGE,
                text=TEXT,
                created_at=utcnow() - timedelta(minutes=2),
                delivery_state=DeliveryState.SENT,
            )
        )
    InboxDesk(database.sessions, team.anna).mark_sent(message_id)
    assert state(database, message_id) == (DeliveryState.SENT, "99001")
    with database.sessions() as session:
        outbound = session.scalars(
            select(Message.id).where(Message.direction == Direction.OUTBOUND)
        ).all()
    assert outbound == [message_id]


def test_send_again_queues_it_once_more(database: Database, team, new_conversation) -> None:
    conversation = new_conversation()
    message_id = unconfirmed_reply(database, conversation, UnconfirmedReason.NO_COPY)
    InboxDesk(database.sessions, team.anna).send_again(message_id)
    assert state(database, message_id) == (DeliveryState.QUEUED, None)
    assert "reply.sent_again" in audited(database, message_id)


def test_a_planner_may_look_but_not_settle(database: Database, team, new_conversation) -> None:
    conversation = new_conversation()
    message_id = unconfirmed_reply(database, conversation, UnconfirmedReason.NO_COPY)
    desk = InboxDesk(database.sessions, team.planner)
    assert len(desk.unconfirmed_replies(conversation)) == 1
    for settle in (desk.mark_sent, desk.send_again):
        with pytest.raises(PermissionDenied):
            settle(message_id)
    assert state(database, message_id) == (DeliveryState.UNCONFIRMED, None)
