"""Queueing a reply: checked against the platform's limits before it can ever be sent."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from sqlalchemy import select

from webcare.inbox.limits import TextProblem, check_reply
from webcare.inbox.outbox import RefusalCode, ReplyRefused, queue_reply, retry_failed
from webcare.runtime import Database
from webcare.storage.db import transaction
from webcare.storage.models import Account, Contact, Conversation, Message
from webcare.vocabulary import (
    ConversationKind,
    DeliveryState,
    Direction,
    MessageKind,
    MessageTag,
    Platform,
    ReplyMode,
)

NOW = datetime(2026, 11, 2, 12, 0, tzinfo=UTC)


def conversation(
    database: Database,
    platform: Platform,
    kind: ConversationKind,
    last_inbound: datetime = NOW - timedelta(hours=1),
) -> int:
    with transaction(database.sessions) as session:
        account = Account(platform=platform, external_id="1", name="G", credential_ref="r")
        contact = Contact(platform=platform, external_id="7", handle="anna")
        session.add_all([account, contact])
        session.flush()
        row = Conversation(
            account_id=account.id,
            kind=kind,
            thread_key="t",
            contact_id=contact.id,
            last_inbound_at=last_inbound,
        )
        session.add(row)
        session.flush()
        session.add(
            Message(
                conversation_id=row.id,
                platform=platform,
                external_id="in-1",
                direction=Direction.INBOUND,
                kind=MessageKind.MENTION,
                text="Vraag",
                created_at=last_inbound,
                author_contact_id=contact.id,
            )
        )
        return row.id


@pytest.mark.parametrize(
    ("text", "length", "problem"),
    [
        ("a" * 280, 280, None),
        ("a" * 281, 281, TextProblem.TOO_LONG),
        ("😷" * 140, 280, None),
        ("😷" * 141, 282, TextProblem.TOO_LONG),
        ("Kijk op https://www.zaanstad.nl/" + "afval/" * 40, 8 + 23, None),  # a URL is 23
        ("   ", 3, TextProblem.EMPTY),
    ],
)
def test_x_counts_weighted_characters(text: str, length: int, problem: TextProblem | None) -> None:
    check = check_reply(Platform.X, ReplyMode.PUBLIC, text)
    assert (check.length, check.problem) == (length, problem)


def test_a_public_reply_is_queued_answering_the_latest_item(database: Database) -> None:
    conversation_id = conversation(database, Platform.X, ConversationKind.PUBLIC_THREAD)
    with transaction(database.sessions) as session:
        queued = queue_reply(
            session,
            conversation_id=conversation_id,
            text="Dank u, we kijken",
            user_id=None,
            now=NOW,
        )
    with database.sessions() as session:
        message = session.get(Message, queued.message_id)
        assert message is not None
        assert message.delivery_state is DeliveryState.QUEUED
        assert message.parent_external_id == "in-1"
        assert message.reply_mode is ReplyMode.PUBLIC
        assert message.external_id is None


def test_a_reply_over_the_limit_is_refused_with_the_numbers(database: Database) -> None:
    conversation_id = conversation(database, Platform.X, ConversationKind.PUBLIC_THREAD)
    with pytest.raises(ReplyRefused) as refused, transaction(database.sessions) as session:
        queue_reply(session, conversation_id=conversation_id, text="b" * 300, user_id=None)
    assert refused.value.code is RefusalCode.TOO_LONG
    assert refused.value.check is not None and refused.value.check.length == 300
    with database.sessions() as session:
        assert (
            session.scalars(select(Message).where(Message.direction == Direction.OUTBOUND)).all()
            == []
        )


@pytest.mark.parametrize(
    ("platform", "since", "tag", "refusal"),
    [
        (Platform.FACEBOOK, timedelta(hours=23), None, None),
        (Platform.FACEBOOK, timedelta(hours=25), None, RefusalCode.NEEDS_HUMAN_AGENT),
        (Platform.FACEBOOK, timedelta(hours=25), MessageTag.HUMAN_AGENT, None),
        (Platform.INSTAGRAM, timedelta(days=6), MessageTag.HUMAN_AGENT, None),
        (Platform.INSTAGRAM, timedelta(days=6), None, RefusalCode.NEEDS_HUMAN_AGENT),
        (Platform.FACEBOOK, timedelta(days=7), MessageTag.HUMAN_AGENT, RefusalCode.WINDOW_CLOSED),
        (Platform.X, timedelta(days=8), None, None),
        (Platform.X, timedelta(hours=1), MessageTag.HUMAN_AGENT, RefusalCode.TAG_NOT_ALLOWED),
    ],
)
def test_a_direct_message_past_24_hours_needs_the_human_agent_tag_and_past_7_days_nothing(
    database: Database,
    platform: Platform,
    since: timedelta,
    tag: MessageTag | None,
    refusal: RefusalCode | None,
) -> None:
    conversation_id = conversation(
        database, platform, ConversationKind.DIRECT, last_inbound=NOW - since
    )

    def queue() -> int:
        with transaction(database.sessions) as session:
            return queue_reply(
                session,
                conversation_id=conversation_id,
                text="Hallo",
                user_id=None,
                mode=ReplyMode.DIRECT,
                tag=tag,
                now=NOW,
            ).message_id

    if refusal is not None:
        with pytest.raises(ReplyRefused) as refused:
            queue()
        assert refused.value.code is refusal
        return
    message_id = queue()
    with database.sessions() as session:
        message = session.get(Message, message_id)
        assert message is not None and message.message_tag is tag


def test_only_a_failed_reply_can_be_retried(database: Database) -> None:
    conversation_id = conversation(database, Platform.X, ConversationKind.DIRECT)
    with transaction(database.sessions) as session:
        queued = queue_reply(session, conversation_id=conversation_id, text="Hoi", user_id=None)
    with pytest.raises(ReplyRefused), transaction(database.sessions) as session:
        retry_failed(session, queued.message_id, None)
    with transaction(database.sessions) as session:
        message = session.get(Message, queued.message_id)
        assert message is not None
        message.delivery_state = DeliveryState.FAILED
        message.delivery_error = "duplicate"
    with transaction(database.sessions) as session:
        retry_failed(session, queued.message_id, None)
    with database.sessions() as session:
        message = session.get(Message, queued.message_id)
        assert message is not None
        assert (message.delivery_state, message.delivery_error) == (DeliveryState.QUEUED, None)


def test_a_private_reply_answers_a_comment_of_the_last_seven_days(database: Database) -> None:
    recent = conversation(
        database, Platform.FACEBOOK, ConversationKind.PUBLIC_THREAD, NOW - timedelta(days=6)
    )
    with transaction(database.sessions) as session:
        queued = queue_reply(
            session,
            conversation_id=recent,
            text="We sturen u een bericht.",
            user_id=None,
            mode=ReplyMode.PRIVATE_REPLY,
            now=NOW,
        )
    with database.sessions() as session:
        message = session.get(Message, queued.message_id)
        assert message is not None
        assert (message.reply_mode, message.parent_external_id) == (ReplyMode.PRIVATE_REPLY, "in-1")


def test_a_private_reply_to_a_comment_older_than_a_week_is_refused(database: Database) -> None:
    old = conversation(
        database, Platform.INSTAGRAM, ConversationKind.PUBLIC_THREAD, NOW - timedelta(days=8)
    )
    with pytest.raises(ReplyRefused) as refused, transaction(database.sessions) as session:
        queue_reply(
            session,
            conversation_id=old,
            text="Hallo",
            user_id=None,
            mode=ReplyMode.PRIVATE_REPLY,
            now=NOW,
        )
    assert refused.value.code is RefusalCode.WINDOW_CLOSED


def test_a_comment_is_answered_privately_only_once(database: Database) -> None:
    conversation_id = conversation(database, Platform.FACEBOOK, ConversationKind.PUBLIC_THREAD)
    with transaction(database.sessions) as session:
        queue_reply(
            session,
            conversation_id=conversation_id,
            text="Eerste",
            user_id=None,
            mode=ReplyMode.PRIVATE_REPLY,
            now=NOW,
        )
    with pytest.raises(ReplyRefused) as refused, transaction(database.sessions) as session:
        queue_reply(
            session,
            conversation_id=conversation_id,
            text="Tweede",
            user_id=None,
            mode=ReplyMode.PRIVATE_REPLY,
            now=NOW,
        )
    assert refused.value.code is RefusalCode.ALREADY_ANSWERED_PRIVATELY


def test_x_has_no_private_replies(database: Database) -> None:
    conversation_id = conversation(database, Platform.X, ConversationKind.PUBLIC_THREAD)
    with pytest.raises(ReplyRefused) as refused, transaction(database.sessions) as session:
        queue_reply(
            session,
            conversation_id=conversation_id,
            text="Hallo",
            user_id=None,
            mode=ReplyMode.PRIVATE_REPLY,
        )
    assert refused.value.code is RefusalCode.UNSUPPORTED_MODE
