"""The outbox sender: delivers queued replies exactly once, or says that it cannot know.

For each reply: claim it, `queued → sending` with the worker lease's generation (a fencing
token), in a fenced transaction right before the platform call; then record `sent` with the
platform's id (or `failed` with its reason), again fenced and only while the claim is still
this generation's. A worker that lost its lease therefore writes nothing more about a reply.

A reply found in `sending` was interrupted: its worker died or was replaced (the claim's
generation is older than the lease's), or its call ended without an answer (the claim was let
go). Only such replies are reconciled, and only once RECONCILE_GRACE has passed since the send
started: a request on the wire when a worker died may still be carried out by the platform.
Then the platform is asked for copies and `matching.judge` decides: the one copy that is
certainly this reply's makes it `sent`; anything less certain makes it `unconfirmed`, for a
person. Nothing is ever sent again by reconciliation.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import select, text, update
from sqlalchemy.orm import Session

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
from webcare.inbox import changes, matching
from webcare.inbox.ingest import record_response
from webcare.lease import Lease
from webcare.storage.db import rows_affected
from webcare.storage.models import OUTBOX_PREDICATE, Conversation, Message
from webcare.storage.types import utcnow
from webcare.vocabulary import DeliveryState, Direction, ReplyMode, UnconfirmedReason

# How far before a send started reconciliation looks (clock skew between us and the platform).
RECONCILE_MARGIN = matching.EARLY
# How long after an interrupted send started before it is looked up: well past the request
# timeout, for a platform that finishes a request late.
RECONCILE_GRACE = timedelta(seconds=60)


@dataclass
class SendReport:
    sent: int = 0
    failed: int = 0
    reconciled: int = 0
    unconfirmed: int = 0
    unknown: int = 0  # calls that ended without an answer (reconciled at a later pass)
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
        tag=message.message_tag,
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


def _claimed(session: Session, message_id: int, claim: int | None) -> Message | None:
    """The reply, if it is still `sending` under `claim` (a generation, or None: let go)."""
    message = session.get(Message, message_id, with_for_update=True, populate_existing=True)
    if message is None or message.delivery_state is not DeliveryState.SENDING:
        return None
    if message.lease_generation != claim:
        return None
    return message


def _mark_sent(
    session: Session, message: Message, delivered: Delivered, now: datetime, reconciled: bool
) -> bool:
    """Record the platform's id on a reply in `sending`; False when it cannot be its id."""
    copy = session.scalars(
        select(Message).where(
            Message.platform == message.platform,
            Message.external_id == delivered.external_id,
            Message.id != message.id,
        )
    ).first()
    if copy is not None:
        if matching.went_through_send_path(copy):
            # Another reply already holds this id: never delete a reply's row for ours.
            _unconfirmed(session, message, UnconfirmedReason.COPY_OF_ANOTHER)
            return False
        # Ingest stored the platform's copy before we could: it is this reply; keep ours.
        session.delete(copy)
        session.flush()
    message.external_id = delivered.external_id
    message.delivery_state = DeliveryState.SENT
    message.delivery_error = None
    message.lease_generation = None
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


def _unconfirmed(session: Session, message: Message, reason: UnconfirmedReason) -> None:
    message.delivery_state = DeliveryState.UNCONFIRMED
    message.delivery_error = reason.value
    message.lease_generation = None
    changes.touch(session, [message.conversation_id])
    audit.record(
        session,
        actor=audit.WORKER,
        action="reply.unconfirmed",
        entity_type="message",
        entity_id=message.id,
        details={"reason": reason.value},
    )


def _settle(
    session: Session,
    message: Message,
    state: DeliveryState,
    error: str | None = None,
    action: str | None = None,
) -> None:
    message.delivery_state = state
    message.delivery_error = error
    message.lease_generation = None
    changes.touch(session, [message.conversation_id])
    if action:
        audit.record(
            session,
            actor=audit.WORKER,
            action=action,
            entity_type="message",
            entity_id=message.id,
            details={"error": error} if error else None,
        )


def reconcile(lease: Lease, account_id: int, channel: Channel, report: SendReport) -> None:
    """Settle the account's interrupted replies: `sent` with their one certain copy, else
    `unconfirmed`.

    Only replies claimed by an older generation of the lease (a worker that died or was
    replaced) or let go by their claimant, and only once RECONCILE_GRACE has passed since the
    send started.
    """
    generation = lease.generation
    with lease.sessions() as session:
        interrupted = pending(session, account_id, DeliveryState.SENDING)
    for message_id in interrupted:
        with lease.sessions() as session:
            message = session.get(Message, message_id)
            if message is None or message.delivery_state is not DeliveryState.SENDING:
                continue
            claim = message.lease_generation
            if claim is not None and generation is not None and claim >= generation:
                continue  # this worker's own claim, still in its hands
            started = matching.send_time(message)
            reply = _outbound(message, message.conversation)
        if utcnow() - started < RECONCILE_GRACE:
            report.waiting += 1
            continue
        lease.check()
        copies = channel.find_sent(reply, started - RECONCILE_MARGIN)
        with lease.transaction() as session:
            message = _claimed(session, message_id, claim)
            if message is None:
                continue  # settled meanwhile (ingest adopted it)
            verdict = matching.judge(session, message, copies)
            if verdict.copy is None:
                assert verdict.reason is not None
                _unconfirmed(session, message, verdict.reason)
                report.unconfirmed += 1
            elif _mark_sent(session, message, verdict.copy, utcnow(), reconciled=True):
                report.reconciled += 1
            else:
                report.unconfirmed += 1


def _claim(lease: Lease, message_id: int) -> OutboundReply | None:
    """`queued → sending` under this generation, in a fenced transaction that renews the
    lease: the last write before the platform call. The UPDATE itself names the generation
    (`Lease.still_held`), so that the claim is refused by the database when a newer generation
    holds the lease."""
    with lease.transaction(renew=True) as session:
        generation = lease.generation
        if generation is None:
            lease.check()  # raises: lost meanwhile
        assert generation is not None
        claimed = rows_affected(
            session.execute(
                update(Message)
                .where(
                    Message.id == message_id,
                    Message.delivery_state == DeliveryState.QUEUED,
                    # The fencing token in the claim's own statement, besides the fence.
                    lease.still_held(generation),
                )
                .values(
                    delivery_state=DeliveryState.SENDING,
                    send_started_at=utcnow(),
                    send_attempts=Message.send_attempts + 1,
                    lease_generation=generation,
                )
                .execution_options(synchronize_session=False)
            )
        )
        if not claimed:
            return None
        message = session.get(Message, message_id, populate_existing=True)
        assert message is not None
        changes.touch(session, [message.conversation_id])
        return _outbound(message, message.conversation)


def send_queued(lease: Lease, account_id: int, channel: Channel, report: SendReport) -> None:
    """Send every queued reply of an account, oldest first.

    Raises:
        RateLimited, AuthExpired: the account must stop; the reply being sent is queued again
            (the platform refused it: it was not sent).
        Transient: the outcome of the reply being sent is unknown; it stays `sending`, let go,
            and is reconciled at a later pass, never sent again blindly.
        LeaseLost: this worker was replaced; it writes nothing more.
    """
    with lease.sessions() as session:
        queued = pending(session, account_id, DeliveryState.QUEUED)
    for message_id in queued:
        lease.check()
        generation = lease.generation
        reply = _claim(lease, message_id)
        if reply is None:
            continue
        try:
            delivered = channel.send_reply(reply)
        except Rejected as exc:
            with lease.transaction() as session:
                message = _claimed(session, message_id, generation)
                if message is not None:
                    _settle(session, message, DeliveryState.FAILED, exc.reason, "reply.failed")
            report.failed += 1
            continue
        except (RateLimited, AuthExpired):
            with lease.transaction() as session:
                message = _claimed(session, message_id, generation)
                if message is not None:
                    _settle(session, message, DeliveryState.QUEUED)
            raise
        except BaseException as exc:  # a timeout, a dropped connection, anything unforeseen
            _let_go(lease, message_id, generation)
            if isinstance(exc, Transient):
                report.unknown += 1
            raise
        with lease.transaction() as session:
            message = _claimed(session, message_id, generation)
            if message is not None and _mark_sent(
                session, message, delivered, utcnow(), reconciled=False
            ):
                report.sent += 1


def _let_go(lease: Lease, message_id: int, generation: int | None) -> None:
    """The call ended without an answer: the reply stays `sending` with its outcome unknown,
    and no longer in this worker's hands, so that reconciliation looks it up after the grace.
    (A worker that lost its lease cannot write this; its successor's reconciliation does.)"""
    try:
        with lease.transaction() as session:
            message = _claimed(session, message_id, generation)
            if message is not None:
                message.lease_generation = None
    except Exception:  # LeaseLost, or the database is gone: the claim then simply ages out
        return


def deliver(lease: Lease, account_id: int, channel: Channel) -> SendReport:
    """One outbox pass for an account: reconcile interrupted sends, then send the queue."""
    report = SendReport()
    reconcile(lease, account_id, channel, report)
    send_queued(lease, account_id, channel, report)
    return report
