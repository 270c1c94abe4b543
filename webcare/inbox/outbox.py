"""The reply outbox: the UI queues, the worker sends (see DESIGN.md, Flows: Reply).

A queued reply is an outbound `Message` in state `queued`. The sender marks it `sending`
before the platform call and `sent` with the platform's id after; a rejected reply becomes
`failed` with the platform's reason, and a person can retry it.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from webcare import audit
from webcare.errors import WebcareError
from webcare.inbox.limits import (
    TextCheck,
    Window,
    check_reply,
    messaging_window,
    private_reply_window_closes,
)
from webcare.storage.models import Conversation, Message
from webcare.storage.types import utcnow
from webcare.vocabulary import (
    ConversationKind,
    DeliveryState,
    Direction,
    MessageKind,
    MessageTag,
    ReplyMode,
)


class RefusalCode(enum.StrEnum):
    NO_CONVERSATION = "no_conversation"
    EMPTY = "empty"
    TOO_LONG = "too_long"
    UNSUPPORTED_MODE = "unsupported_mode"
    WINDOW_CLOSED = "window_closed"
    NEEDS_HUMAN_AGENT = "needs_human_agent"  # past 24 hours: only with the HUMAN_AGENT tag
    TAG_NOT_ALLOWED = "tag_not_allowed"  # a tag on a reply that is no direct Meta message
    NOTHING_TO_ANSWER = "nothing_to_answer"
    NOT_RETRYABLE = "not_retryable"
    ALREADY_ANSWERED_PRIVATELY = "already_answered_privately"
    NOT_UNCONFIRMED = "not_unconfirmed"  # settled meanwhile (by a colleague, or a late copy)


class ReplyRefused(WebcareError):  # noqa: N818 - a refusal, not a fault
    """The reply cannot be queued; `code` says why, `check` holds the measured length."""

    def __init__(self, code: RefusalCode, check: TextCheck | None = None) -> None:
        super().__init__(code)
        self.code = code
        self.check = check

    def __str__(self) -> str:
        if self.check is not None and self.code is RefusalCode.TOO_LONG:
            return f"reply too long: {self.check.length} of {self.check.limit}"
        return f"reply refused: {self.code}"


@dataclass(frozen=True)
class QueuedReply:
    message_id: int
    conversation_id: int


def default_mode(conversation: Conversation) -> ReplyMode:
    """Answer in kind: a direct message in a DM conversation, publicly in a public thread."""
    if conversation.kind is ConversationKind.DIRECT:
        return ReplyMode.DIRECT
    return ReplyMode.PUBLIC


def _answered_item(session: Session, conversation_id: int) -> str | None:
    """The external id of the resident's latest item: what a public reply answers."""
    return session.scalars(
        select(Message.external_id)
        .where(
            Message.conversation_id == conversation_id,
            Message.direction == Direction.INBOUND,
            Message.external_id.is_not(None),
        )
        .order_by(Message.created_at.desc(), Message.id.desc())
        .limit(1)
    ).first()


def queue_reply(
    session: Session,
    *,
    conversation_id: int,
    text: str,
    user_id: int | None,
    mode: ReplyMode | None = None,
    in_reply_to: str | None = None,
    tag: MessageTag | None = None,
    now: datetime | None = None,
) -> QueuedReply:
    """Validate and queue a reply in the caller's transaction.

    Args:
        in_reply_to: the external id answered; by default the resident's latest item.
        tag: HUMAN_AGENT: a person answers a Messenger or Instagram message between 24 hours
            and 7 days after the resident's last message (the agent chose it explicitly).

    Raises:
        ReplyRefused: empty, too long for the platform, outside the messaging window (past
            24 hours without the tag, past 7 days with it), or nothing to answer.
    """
    now = now or utcnow()
    conversation = session.get(Conversation, conversation_id)
    if conversation is None:
        raise ReplyRefused(RefusalCode.NO_CONVERSATION)
    platform = conversation.account.platform
    mode = mode or default_mode(conversation)
    check = check_reply(platform, mode, text)
    if not check.ok:
        assert check.problem is not None
        raise ReplyRefused(RefusalCode(check.problem.value), check)
    window = messaging_window(platform, mode, conversation.last_inbound_at, now)
    if tag is not None and window is Window.NONE:
        raise ReplyRefused(RefusalCode.TAG_NOT_ALLOWED, check)
    if window is Window.CLOSED:
        raise ReplyRefused(RefusalCode.WINDOW_CLOSED, check)
    if window is Window.HUMAN_AGENT and tag is not MessageTag.HUMAN_AGENT:
        raise ReplyRefused(RefusalCode.NEEDS_HUMAN_AGENT, check)
    parent = in_reply_to or _answered_item(session, conversation_id)
    if parent is None and mode is not ReplyMode.DIRECT:
        raise ReplyRefused(RefusalCode.NOTHING_TO_ANSWER, check)
    if mode is ReplyMode.PRIVATE_REPLY:
        assert parent is not None
        _check_private_reply(session, conversation_id, parent, now, check)
    message = Message(
        conversation_id=conversation_id,
        platform=platform,
        external_id=None,
        parent_external_id=parent,
        direction=Direction.OUTBOUND,
        kind=MessageKind.DIRECT_MESSAGE if mode is ReplyMode.DIRECT else MessageKind.REPLY,
        reply_mode=mode,
        author_user_id=user_id,
        text=text,
        created_at=now,
        received_at=now,
        delivery_state=DeliveryState.QUEUED,
        message_tag=tag,
    )
    session.add(message)
    conversation.last_message_at = now
    session.flush()
    audit.record(
        session,
        actor=audit.user_actor(user_id) if user_id is not None else audit.CLI,
        user_id=user_id,
        action="reply.queued",
        entity_type="message",
        entity_id=message.id,
        details={"conversation_id": conversation_id, "mode": mode.value}
        | ({"tag": tag.value} if tag is not None else {}),
    )
    return QueuedReply(message.id, conversation_id)


def _check_private_reply(
    session: Session, conversation_id: int, parent: str, now: datetime, check: TextCheck
) -> None:
    """A private reply answers one resident's comment: within 7 days of it, and only once."""
    answered = session.scalars(
        select(Message).where(
            Message.conversation_id == conversation_id,
            Message.external_id == parent,
            Message.direction == Direction.INBOUND,
        )
    ).first()
    if answered is None:
        raise ReplyRefused(RefusalCode.NOTHING_TO_ANSWER, check)
    if private_reply_window_closes(answered.created_at) <= now:
        raise ReplyRefused(RefusalCode.WINDOW_CLOSED, check)
    earlier = session.scalars(
        select(Message.id).where(
            Message.conversation_id == conversation_id,
            Message.parent_external_id == parent,
            Message.reply_mode == ReplyMode.PRIVATE_REPLY,
            Message.delivery_state != DeliveryState.FAILED,
        )
    ).first()
    if earlier is not None:
        raise ReplyRefused(RefusalCode.ALREADY_ANSWERED_PRIVATELY, check)


def retry_failed(session: Session, message_id: int, user_id: int | None) -> None:
    """Put a failed reply back in the queue (the agent pressed Retry)."""
    message = session.get(Message, message_id, with_for_update=True)
    if message is None or message.delivery_state is not DeliveryState.FAILED:
        raise ReplyRefused(RefusalCode.NOT_RETRYABLE)
    message.delivery_state = DeliveryState.QUEUED
    message.delivery_error = None
    audit.record(
        session,
        actor=audit.user_actor(user_id) if user_id is not None else audit.CLI,
        user_id=user_id,
        action="reply.retried",
        entity_type="message",
        entity_id=message_id,
    )
