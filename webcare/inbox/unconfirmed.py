"""Replies whose delivery is unconfirmed, and what a person does about them.

The worker never sends such a reply again by itself (`webcare.inbox.matching`). A person looks
on the platform (a link to the thread or the account's inbox, where there is one), then marks
the reply sent (it is there) or sends it again (it is not). Both run in the caller's (the
desk's) transaction; the desk records the audit event.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from urllib.parse import quote, urlencode

from sqlalchemy import select, update
from sqlalchemy.orm import Session

from webcare.inbox import changes, matching
from webcare.inbox.ingest import record_response
from webcare.inbox.outbox import RefusalCode, ReplyRefused
from webcare.inbox.textmatch import same_text
from webcare.storage.db import rows_affected
from webcare.storage.models import Account, Conversation, Message
from webcare.vocabulary import (
    ConversationKind,
    DeliveryState,
    Direction,
    Platform,
    ReplyMode,
    UnconfirmedReason,
)

META_INBOX = "https://business.facebook.com/latest/inbox/all"


@dataclass(frozen=True)
class UnconfirmedReply:
    """One reply a person has to settle.

    Attributes:
        link: where to look on the platform (the thread, or the account's inbox); None for an
            account that does not talk to the real platform (the sandbox) or where no address
            is known.
    """

    message_id: int
    conversation_id: int
    platform: Platform
    text: str
    reason: UnconfirmedReason
    send_started_at: datetime | None
    attempts: int
    link: str | None


def platform_link(account: Account, conversation: Conversation, message: Message) -> str | None:
    """The page on the platform where a person can see whether the reply is there."""
    if account.api_base:
        return None
    if account.platform is Platform.X:
        if conversation.kind is ConversationKind.DIRECT:
            return f"https://x.com/messages/{quote(conversation.thread_key, safe='')}"
        answered = message.parent_external_id or conversation.thread_key
        return f"https://x.com/i/web/status/{quote(answered, safe='')}"
    page = account.external_id if account.platform is Platform.FACEBOOK else account.page_id
    instagram_comment = (
        account.platform is Platform.INSTAGRAM and message.reply_mode is ReplyMode.PUBLIC
    )
    if instagram_comment and account.handle:
        return f"https://www.instagram.com/{quote(account.handle, safe='')}/"
    if page:
        return f"{META_INBOX}?{urlencode({'asset_id': page})}"
    return None


def _reason(message: Message) -> UnconfirmedReason:
    try:
        return UnconfirmedReason(message.delivery_error or "")
    except ValueError:
        return UnconfirmedReason.NO_COPY


def list_unconfirmed(session: Session, conversation_id: int) -> list[UnconfirmedReply]:
    """The conversation's unconfirmed replies, oldest first."""
    conversation = session.get(Conversation, conversation_id)
    if conversation is None:
        return []
    account = conversation.account
    messages = session.scalars(
        select(Message)
        .where(
            Message.conversation_id == conversation_id,
            Message.delivery_state == DeliveryState.UNCONFIRMED,
        )
        .order_by(Message.created_at, Message.id)
    ).all()
    return [
        UnconfirmedReply(
            message_id=message.id,
            conversation_id=conversation_id,
            platform=account.platform,
            text=message.text,
            reason=_reason(message),
            send_started_at=message.send_started_at,
            attempts=message.send_attempts,
            link=platform_link(account, conversation, message),
        )
        for message in messages
    ]


def _settle(session: Session, message_id: int, state: DeliveryState) -> Message:
    """Move an unconfirmed reply to `state` (a compare-and-set: one person settles it)."""
    moved = rows_affected(
        session.execute(
            update(Message)
            .where(Message.id == message_id, Message.delivery_state == DeliveryState.UNCONFIRMED)
            .values(delivery_state=state, delivery_error=None, lease_generation=None)
            .execution_options(synchronize_session=False)
        )
    )
    if not moved:
        raise ReplyRefused(RefusalCode.NOT_UNCONFIRMED)
    message = session.get(Message, message_id, populate_existing=True)
    assert message is not None
    changes.touch(session, [message.conversation_id])
    return message


def mark_sent(session: Session, message_id: int) -> Message:
    """The person saw the reply on the platform: it is sent.

    When the poll already stored the platform's copy as the account's own item, and that copy
    can only be this reply (`matching`), the reply takes its id and the copy's row goes.
    """
    message = _settle(session, message_id, DeliveryState.SENT)
    message.sent_at = matching.send_time(message)
    copies = [
        copy
        for copy in session.scalars(
            select(Message).where(
                Message.conversation_id == message.conversation_id,
                Message.direction == Direction.OUTBOUND,
                Message.reply_mode.is_(None),
                Message.external_id.is_not(None),
            )
        )
        if same_text(copy.text, message.text) and matching.in_window(message, copy.created_at)
    ]
    if len(copies) == 1 and not matching.rivals(session, message):
        (copy,) = copies
        external_id, sent_at = copy.external_id, copy.created_at
        session.delete(copy)
        session.flush()
        message.external_id, message.sent_at = external_id, sent_at
    record_response(message.conversation, message.sent_at)
    return message


def send_again(session: Session, message_id: int) -> Message:
    """The person found no copy on the platform: queue the reply again."""
    return _settle(session, message_id, DeliveryState.QUEUED)
