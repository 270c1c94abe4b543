"""The outbox sender: delivers queued replies exactly once.

For each reply: mark it `sending` (committed) before the platform call, then `sent` with the
platform's id (or `failed` with its reason). A reply found in `sending` at the start of a pass
was interrupted (crash, timeout): it is reconciled against what the account actually sent
before anything is sent again, so a reply is never posted twice.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import select, text, update
from sqlalchemy.orm import Session, sessionmaker

from webcare import audit
from webcare.channel import (
    AuthExpired,
    Channel,
    Delivered,
    OutboundReply,
    RateLimited,
    Rejected,
    Transient,
)
from webcare.inbox import changes
from webcare.inbox.ingest import record_response
from webcare.storage.db import rows_affected, transaction
from webcare.storage.models import OUTBOX_PREDICATE, Conversation, Message
from webcare.storage.types import utcnow
from webcare.vocabulary import DeliveryState, Direction, ReplyMode

# How far before a send started reconciliation looks (clock skew between us and the platform).
RECONCILE_MARGIN = timedelta(minutes=2)
# How long after an interrupted send started before it is looked up and, if absent, queued
# again: well past the request timeout, for a platform that finishes a request late.
RECONCILE_GRACE = timedelta(seconds=60)


@dataclass
class SendReport:
    sent: int = 0
    failed: int = 0
    reconciled: int = 0
    requeued: int = 0
    unknown: int = 0
    waiting: int = 0  # interrupted sends still within RECONCILE_GRACE


def _outbound(message: Message, conversation: Conversation) -> OutboundReply:
    mode = message.reply_mode or ReplyMode.PUBLIC
    return OutboundReply(
        text=message.text,
        mode=mode,
        conversation_kind=conversation.kind,
        thread_key=conversation.thread_key,
        in_reply_to=message.parent_external_id,
        recipient=conversation.contact.external_id if conversation.contact else None,
    )


def pending(session: Session, account_id: int, *states: DeliveryState) -> list[int]:
    """An account's outbound messages in these states, oldest first.

    Read in two steps on purpose: the few messages in the outbox by their state's index, then
    which of their conversations belong to the account. A single join lets SQLite walk all of
    an account's conversations first: half a second per account on a million of them, every
    two seconds.
    """
    waiting = session.execute(
        select(Message.id, Message.conversation_id, Message.delivery_state)
        .where(text(OUTBOX_PREDICATE), Message.direction == Direction.OUTBOUND)
        .order_by(Message.created_at, Message.id)
    ).all()
    waiting = [row for row in waiting if row.delivery_state in states]
    if not waiting:
        return []
    ours = set(
        session.scalars(
            select(Conversation.id).where(
                Conversation.id.in_({conversation for _, conversation, _ in waiting}),
                Conversation.account_id == account_id,
            )
        )
    )
    return [message for message, conversation, _ in waiting if conversation in ours]


def _load(session: Session, message_id: int) -> tuple[Message, OutboundReply]:
    message = session.get(Message, message_id)
    assert message is not None
    return message, _outbound(message, message.conversation)


def _mark_sent(
    session: Session, message_id: int, delivered: Delivered, now: datetime, reconciled: bool
) -> bool:
    """Record the platform's id; False if another path (ingest) already did."""
    message = session.get(Message, message_id, with_for_update=True)
    if message is None or message.delivery_state is not DeliveryState.SENDING:
        return False
    duplicate = session.scalars(
        select(Message).where(
            Message.platform == message.platform,
            Message.external_id == delivered.external_id,
            Message.id != message.id,
        )
    ).first()
    if duplicate is not None:
        # Ingest stored the platform's copy before we could: keep ours, drop the copy.
        session.delete(duplicate)
        session.flush()
    message.external_id = delivered.external_id
    message.delivery_state = DeliveryState.SENT
    message.delivery_error = None
    message.sent_at = delivered.created_at or now
    record_response(message.conversation, message.sent_at)
    changes.touch(session, [message.conversation_id])
    audit.record(
        session,
        actor=audit.WORKER,
        action="reply.reconciled" if reconciled else "reply.sent",
        entity_type="message",
        entity_id=message.id,
        details={"external_id": delivered.external_id},
    )
    return True


def _set_state(
    session: Session,
    message_id: int,
    state: DeliveryState,
    error: str | None = None,
    action: str | None = None,
) -> None:
    message = session.get(Message, message_id, with_for_update=True)
    if message is None or message.delivery_state is not DeliveryState.SENDING:
        return
    message.delivery_state = state
    message.delivery_error = error
    changes.touch(session, [message.conversation_id])
    if action:
        audit.record(
            session,
            actor=audit.WORKER,
            action=action,
            entity_type="message",
            entity_id=message_id,
            details={"error": error} if error else None,
        )


def reconcile(
    sessions: sessionmaker[Session], account_id: int, channel: Channel, report: SendReport
) -> None:
    """Settle replies left in `sending`: sent if the platform has them, else queued again.

    Only once RECONCILE_GRACE has passed since the send started: a request that was on the
    wire when the worker died may still be carried out by the platform after the restart, and
    a reply looked up too early would be sent twice.
    """
    with sessions() as session:
        interrupted = pending(session, account_id, DeliveryState.SENDING)
    for message_id in interrupted:
        with sessions() as session:
            message, reply = _load(session, message_id)
            started = message.send_started_at or message.created_at
        if utcnow() - started < RECONCILE_GRACE:
            report.waiting += 1
            continue
        found = channel.find_sent(reply, started - RECONCILE_MARGIN)
        with transaction(sessions) as session:
            if found is not None:
                if _mark_sent(session, message_id, found, utcnow(), reconciled=True):
                    report.reconciled += 1
            else:
                _set_state(session, message_id, DeliveryState.QUEUED, action="reply.requeued")
                report.requeued += 1


def send_queued(
    sessions: sessionmaker[Session], account_id: int, channel: Channel, report: SendReport
) -> None:
    """Send every queued reply of an account, oldest first.

    Raises:
        RateLimited, AuthExpired: the account must stop; the reply being sent is queued again.
        Transient: the outcome of the reply being sent is unknown; it stays `sending` and is
            reconciled at the next pass, before any resend.
    """
    with sessions() as session:
        queued = pending(session, account_id, DeliveryState.QUEUED)
    for message_id in queued:
        with transaction(sessions) as session:
            claimed = rows_affected(
                session.execute(
                    update(Message)
                    .where(Message.id == message_id, Message.delivery_state == DeliveryState.QUEUED)
                    .values(
                        delivery_state=DeliveryState.SENDING,
                        send_started_at=utcnow(),
                        send_attempts=Message.send_attempts + 1,
                    )
                )
            )
            if not claimed:
                continue
            message, reply = _load(session, message_id)
            changes.touch(session, [message.conversation_id])
        try:
            delivered = channel.send_reply(reply)
        except Rejected as exc:
            with transaction(sessions) as session:
                _set_state(session, message_id, DeliveryState.FAILED, exc.reason, "reply.failed")
            report.failed += 1
            continue
        except (RateLimited, AuthExpired):
            with transaction(sessions) as session:
                _set_state(session, message_id, DeliveryState.QUEUED)
            raise
        except Transient:
            report.unknown += 1
            raise
        with transaction(sessions) as session:
            if _mark_sent(session, message_id, delivered, utcnow(), reconciled=False):
                report.sent += 1


def deliver(sessions: sessionmaker[Session], account_id: int, channel: Channel) -> SendReport:
    """One outbox pass for an account: reconcile interrupted sends, then send the queue."""
    report = SendReport()
    reconcile(sessions, account_id, channel, report)
    send_queued(sessions, account_id, channel, report)
    return report
