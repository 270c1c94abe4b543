"""Ingest: one fetched batch becomes contacts, conversations and messages in one transaction.

Idempotent by construction: a message is inserted with ON CONFLICT DO NOTHING on
(platform, external id), so a batch fetched twice (after a crash before commit, or an
overlapping poll) stores each item once. The account's new cursors are written in the same
transaction, so a crash at any point either keeps everything or nothing of a batch.

Every item is first fitted to the columns (`_fit`): a name longer than the database holds is
shortened, an identifier that long cannot be kept apart from others and goes to quarantine,
and characters no database stores (NUL, half a surrogate pair) are replaced. PostgreSQL
enforces column lengths and refuses NUL where SQLite does not; either would otherwise fail the
whole batch, and every later poll of the account on the same item.
"""

from __future__ import annotations

import dataclasses
import hashlib
import json
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from webcare.channel import (
    FetchResult,
    InboundItem,
    ItemKind,
    UnparseableItem,
    capped_pause,
    storable,
)
from webcare.inbox import changes, lifecycle
from webcare.inbox.textmatch import same_text
from webcare.storage.models import (
    Account,
    AccountStream,
    Contact,
    Conversation,
    Message,
    QuarantinedItem,
    StreamGap,
)
from webcare.storage.types import utcnow
from webcare.storage.upsert import insert_ignore
from webcare.vocabulary import (
    AccountStatus,
    ConversationStatus,
    DeliveryState,
    Direction,
    MessageKind,
)

KIND_OF_ITEM = {
    ItemKind.MENTION: MessageKind.MENTION,
    ItemKind.REPLY: MessageKind.REPLY,
    ItemKind.COMMENT: MessageKind.COMMENT,
    ItemKind.POST: MessageKind.POST,
    ItemKind.DIRECT_MESSAGE: MessageKind.DIRECT_MESSAGE,
    ItemKind.OWN_POST: MessageKind.OWN_POST,
}


@dataclass
class IngestReport:
    """What one batch changed."""

    inserted: int = 0
    duplicates: int = 0
    adopted: int = 0
    skipped_own: int = 0
    quarantined: int = 0
    conversations: set[int] = field(default_factory=set)
    reopened: set[int] = field(default_factory=set)


def ingest(
    session: Session, account_id: int, result: FetchResult, now: datetime | None = None
) -> IngestReport:
    """Store a fetch result for one account in the caller's transaction."""
    now = now or utcnow()
    account = session.get(Account, account_id, with_for_update=True)
    if account is None:
        raise LookupError(f"account {account_id} does not exist")
    report = IngestReport()
    fitted = [_fit(item) for item in result.items]
    items = [item for item in fitted if isinstance(item, InboundItem)]
    unparseable = [item for item in fitted if isinstance(item, UnparseableItem)]
    # Residents' items first: they create the threads that the account's own items join.
    ordered = sorted(items, key=lambda item: (item.from_account, item.created_at))
    for item in ordered:
        if item.from_account:
            _ingest_own(session, account, item, now, report)
        else:
            _ingest_inbound(session, account, item, now, report)
    for bad in [*result.unparseable, *unparseable]:
        _quarantine(session, account, bad, now, report)
    _store_streams(session, account, result, now)
    _store_gaps(session, account, result, now)
    _mark_polled(account, result, now)
    if report.conversations:
        # A pending conversation reopens too when the resident writes after it was parked.
        lifecycle.inbound_arrived(session, report.conversations, now)
        changes.touch(session, report.conversations)
    return report


def _length(column: Any) -> int:
    """The declared length of a String column."""
    length = getattr(column.type, "length", None)
    assert isinstance(length, int), column
    return length


ID_LIMITS = {  # the columns each identifier is stored in
    "external_id": _length(Message.__table__.c.external_id),
    "parent_external_id": _length(Message.__table__.c.parent_external_id),
    "thread_key": _length(Conversation.__table__.c.thread_key),
    "author.external_id": _length(Contact.__table__.c.external_id),
}
HANDLE_MAX = _length(Contact.__table__.c.handle)
NAME_MAX = _length(Contact.__table__.c.display_name)
STREAM_MAX = _length(QuarantinedItem.__table__.c.stream)
QUARANTINE_ID_MAX = _length(QuarantinedItem.__table__.c.external_id)


def _clip(text: str, limit: int) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _fit(item: InboundItem) -> InboundItem | UnparseableItem:
    """The item as the columns can hold it, or quarantined when an identifier is too long."""
    ids = {
        "external_id": item.external_id,
        "parent_external_id": item.parent_external_id or "",
        "thread_key": item.thread_key,
        "author.external_id": item.author.external_id,
    }
    for name, value in ids.items():
        if len(value) > ID_LIMITS[name]:
            payload = json.dumps(dataclasses.asdict(item), default=str, ensure_ascii=True)
            return UnparseableItem(
                stream=item.stream,
                reason=f"{name} is {len(value)} characters long; at most "
                f"{ID_LIMITS[name]} can be stored",
                payload=payload,
                external_id=item.external_id,
            )
    author = item.author
    fitted_author = dataclasses.replace(
        author,
        handle=_clip(storable(author.handle), HANDLE_MAX),
        display_name=_clip(storable(author.display_name), NAME_MAX),
    )
    text = storable(item.text)
    if fitted_author == author and text == item.text:
        return item
    return dataclasses.replace(item, author=fitted_author, text=text)


def _contact_id(session: Session, account: Account, item: InboundItem) -> int:
    author = item.author
    values = {
        "platform": account.platform,
        "external_id": author.external_id,
        "handle": author.handle,
        "display_name": author.display_name,
        "created_at": item.created_at,
        "updated_at": item.created_at,
    }
    inserted = insert_ignore(session, Contact.__table__, values, ("platform", "external_id"))
    if inserted is not None:
        return inserted
    contact = session.scalars(
        select(Contact).where(
            Contact.platform == account.platform, Contact.external_id == author.external_id
        )
    ).one()
    # Names change; keep the newest we have seen (only from newer items).
    if item.created_at >= contact.updated_at and (author.handle or author.display_name):
        if author.handle:
            contact.handle = author.handle
        if author.display_name:
            contact.display_name = author.display_name
        contact.updated_at = item.created_at
    return contact.id


def _conversation(
    session: Session, account: Account, item: InboundItem, create: bool
) -> Conversation | None:
    where = (
        Conversation.account_id == account.id,
        Conversation.kind == item.conversation_kind,
        Conversation.thread_key == item.thread_key,
    )
    found = session.scalars(select(Conversation).where(*where)).one_or_none()
    if found is not None or not create:
        return found
    values = {
        "account_id": account.id,
        "kind": item.conversation_kind,
        "thread_key": item.thread_key,
        "status": ConversationStatus.NEW,
        "priority": 1,
        "revision": 0,
        "created_at": item.created_at,
        "updated_at": item.created_at,
    }
    insert_ignore(session, Conversation.__table__, values, ("account_id", "kind", "thread_key"))
    return session.scalars(select(Conversation).where(*where)).one()


def _insert_message(
    session: Session,
    account: Account,
    conversation: Conversation,
    item: InboundItem,
    direction: Direction,
    contact_id: int | None,
    now: datetime,
) -> bool:
    values = {
        "conversation_id": conversation.id,
        "platform": account.platform,
        "external_id": item.external_id,
        "parent_external_id": item.parent_external_id,
        "direction": direction,
        "kind": KIND_OF_ITEM[item.kind],
        "author_contact_id": contact_id,
        "text": item.text,
        "created_at": item.created_at,
        "received_at": now,
        "send_attempts": 0,
        "delivery_state": DeliveryState.SENT if direction is Direction.OUTBOUND else None,
        "sent_at": item.created_at if direction is Direction.OUTBOUND else None,
    }
    return (
        insert_ignore(session, Message.__table__, values, ("platform", "external_id")) is not None
    )


def _ingest_inbound(
    session: Session, account: Account, item: InboundItem, now: datetime, report: IngestReport
) -> None:
    contact_id = _contact_id(session, account, item)
    conversation = _conversation(session, account, item, create=True)
    assert conversation is not None
    if not _insert_message(
        session, account, conversation, item, Direction.INBOUND, contact_id, now
    ):
        report.duplicates += 1
        return
    report.inserted += 1
    report.conversations.add(conversation.id)
    if conversation.contact_id is None:
        conversation.contact_id = contact_id
    at = item.created_at
    if conversation.first_inbound_at is None or at < conversation.first_inbound_at:
        conversation.first_inbound_at = at
    if conversation.last_inbound_at is None or at > conversation.last_inbound_at:
        conversation.last_inbound_at = at
    if conversation.last_message_at is None or at > conversation.last_message_at:
        conversation.last_message_at = at
    answered_after = conversation.waiting_since is None and _answered_since(
        session, conversation.id, at
    )
    if conversation.waiting_since is None and not answered_after:
        conversation.waiting_since = at
    if conversation.status in (ConversationStatus.CLOSED, ConversationStatus.SNOOZED):
        # The resident wrote again: the conversation needs a person's attention again.
        conversation.status = ConversationStatus.OPEN
        conversation.closed_at = None
        conversation.snoozed_until = None
        conversation.status_changed_at = now
        report.reopened.add(conversation.id)
    if account.last_message_at is None or at > account.last_message_at:
        account.last_message_at = at


def _answered_since(session: Session, conversation_id: int, at: datetime) -> bool:
    """Whether the account already answered after `at` (items can arrive out of order)."""
    return (
        session.scalars(
            select(Message.id)
            .where(
                Message.conversation_id == conversation_id,
                Message.direction == Direction.OUTBOUND,
                Message.delivery_state == DeliveryState.SENT,
                Message.created_at > at,
            )
            .limit(1)
        ).first()
        is not None
    )


def _ingest_own(
    session: Session, account: Account, item: InboundItem, now: datetime, report: IngestReport
) -> None:
    """What the account wrote itself: a reply sent through Webcare, or made on the platform."""
    if _adopt_sending(session, account, item, report):
        return
    conversation = _conversation(session, account, item, create=False)
    if conversation is None:
        # The account's own post that no resident has answered: not an inbox item.
        report.skipped_own += 1
        return
    if not _insert_message(session, account, conversation, item, Direction.OUTBOUND, None, now):
        report.duplicates += 1
        return
    report.inserted += 1
    report.conversations.add(conversation.id)
    record_response(conversation, item.created_at)


def _adopt_sending(
    session: Session, account: Account, item: InboundItem, report: IngestReport
) -> bool:
    """A reply Webcare was sending shows up in the timeline: it was sent. Do not store it twice.

    This covers a worker that crashed after the platform accepted a reply but before the
    reply's id was committed.
    """
    exists = session.scalars(
        select(Message.id).where(
            Message.platform == account.platform, Message.external_id == item.external_id
        )
    ).first()
    if exists is not None:
        return False
    candidates = session.scalars(
        select(Message)
        .join(Conversation, Conversation.id == Message.conversation_id)
        .where(
            Conversation.account_id == account.id,
            Conversation.thread_key == item.thread_key,
            Message.delivery_state == DeliveryState.SENDING,
        )
        .order_by(Message.id)
    ).all()
    for message in candidates:
        if same_text(message.text, item.text) and (
            item.parent_external_id is None
            or message.parent_external_id in (None, item.parent_external_id)
        ):
            message.external_id = item.external_id
            message.delivery_state = DeliveryState.SENT
            message.sent_at = item.created_at
            message.delivery_error = None
            record_response(message.conversation, item.created_at)
            report.adopted += 1
            report.conversations.add(message.conversation_id)
            return True
    return False


def record_response(conversation: Conversation, at: datetime) -> None:
    """An answer from the account: the resident is no longer waiting."""
    if conversation.first_inbound_at is not None and at >= conversation.first_inbound_at:
        if conversation.first_response_at is None:
            conversation.first_response_at = at
        if conversation.waiting_since is not None and at >= conversation.waiting_since:
            conversation.waiting_since = None
    if conversation.last_message_at is None or at > conversation.last_message_at:
        conversation.last_message_at = at


def _quarantine(
    session: Session, account: Account, bad: UnparseableItem, now: datetime, report: IngestReport
) -> None:
    payload = storable(bad.payload)
    values = {
        "account_id": account.id,
        "platform": account.platform,
        "stream": _clip(storable(bad.stream), STREAM_MAX),
        "external_id": (
            _clip(storable(bad.external_id), QUARANTINE_ID_MAX) if bad.external_id else None
        ),
        "fingerprint": hashlib.sha256(payload.encode("utf-8")).hexdigest(),
        "reason": storable(bad.reason),
        "payload": payload,
        "received_at": now,
    }
    if (
        insert_ignore(
            session, QuarantinedItem.__table__, values, ("platform", "stream", "fingerprint")
        )
        is not None
    ):
        report.quarantined += 1


def _store_streams(session: Session, account: Account, result: FetchResult, now: datetime) -> None:
    streams = {stream.stream: stream for stream in account.streams}
    for name in set(result.cursors) | set(result.limited):
        stream = streams.get(name)
        if stream is None:
            stream = AccountStream(account_id=account.id, stream=name)
            session.add(stream)
            streams[name] = stream
        if name in result.cursors:
            stream.cursor = result.cursors[name]
        until = result.limited.get(name)
        # Whatever an adapter says, no pause is longer than a day: a later time is nonsense.
        stream.limited_until = None if until is None else capped_pause(until, now)
        stream.updated_at = now
    for name, stream in streams.items():
        if name not in result.limited and stream.limited_until is not None:
            if stream.limited_until <= now:
                stream.limited_until = None


def _store_gaps(session: Session, account: Account, result: FetchResult, now: datetime) -> None:
    """What the platform can no longer serve, kept on the account until a person dismisses it."""
    for gap in result.gaps:
        session.add(
            StreamGap(
                account_id=account.id,
                stream=_clip(storable(gap.stream), STREAM_MAX),
                missing_from=gap.start,
                missing_until=max(gap.start, gap.end),
                recorded_at=now,
            )
        )


def _mark_polled(account: Account, result: FetchResult, now: datetime) -> None:
    account.last_poll_at = now
    account.last_success_at = now
    account.failure_count = 0
    account.backoff_until = None
    # A refused stream (no access) or one that failed for a while (a timeout, a redirect, an
    # answer that cannot be read) is said in the reason; the rest of the account works.
    refused = [f"{stream}: {reason}" for stream, reason in sorted(result.refused.items())]
    failed = [
        f"{stream}: temporary failure: {reason}" for stream, reason in sorted(result.failed.items())
    ]
    reason = storable("; ".join([*refused, *failed]))[:2000] or None
    rate_limited = {s: t for s, t in result.limited.items() if s not in result.refused}
    if rate_limited:
        account.status = AccountStatus.RATE_LIMITED
        account.rate_limited_until = capped_pause(max(rate_limited.values()), now)
        account.status_reason = reason
    else:
        if account.status in (AccountStatus.RATE_LIMITED, AccountStatus.ERROR):
            account.status = AccountStatus.ACTIVE
            account.rate_limited_until = None
        account.status_reason = reason
