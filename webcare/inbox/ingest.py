"""Ingest: one fetched batch becomes contacts, conversations and messages in one transaction.

Idempotent by construction: a message is inserted with ON CONFLICT DO NOTHING on
(platform, external id), so a batch fetched twice (after a crash before commit, or an
overlapping poll) stores each item once. The account's new cursors are written in the same
transaction, so a crash at any point either keeps everything or nothing of a batch.

A batch costs a few statements per 500 items, not several per item: what the database holds
already (the messages, their authors, their conversations, the latest answers) is read in
`IN (...)` chunks first, the new contacts and conversations are inserted together, and the new
messages in one executemany at the end (a page of 10,000 messages: benchmarks/ingest_page.py).

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
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from webcare.channel import (
    FetchResult,
    InboundItem,
    ItemKind,
    UnparseableItem,
    capped_pause,
    storable,
)
from webcare.inbox import changes, lifecycle, matching
from webcare.inbox.textmatch import same_text
from webcare.residents.linking import recognise
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
from webcare.storage.upsert import insert_ignore, insert_ignore_many
from webcare.vocabulary import (
    AccountStatus,
    ConversationKind,
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
    session: Session,
    account_id: int,
    result: FetchResult,
    now: datetime | None = None,
    *,
    poll: bool = True,
) -> IngestReport:
    """Store a fetch result for one account in the caller's transaction.

    Args:
        poll: False for items that did not come from a poll (a quarantined payload read again,
            `webcare.accounts.quarantine`): the account's streams, gaps and "last good poll"
            stay as they are.
    """
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
    known = _known(session, account, ordered)
    for item in ordered:
        if item.from_account:
            _ingest_own(known, account, item, now, report)
        else:
            _ingest_inbound(known, account, item, now, report)
    insert_ignore_many(session, Message.__table__, known.rows, ("platform", "external_id"))
    # ---- residents: a verification code sent from this account; a verified account's new
    # conversation is linked to its resident (webcare.residents.linking.recognise)
    for contact_id, conversation_id, text, at in known.arrived:
        recognise(session, contact_id, conversation_id, text, at)
    # ----
    for bad in [*result.unparseable, *unparseable]:
        _quarantine(session, account, bad, now, report)
    if poll:
        _store_streams(session, account, result, now)
        _store_gaps(session, account, result, now)
        _mark_polled(account, result, now)
    if report.conversations:
        # The resident wrote again: a closed, pending or snoozed conversation reopens (the one
        # place of that rule, with its audit event, is the lifecycle).
        lifecycle.inbound_arrived(session, report.conversations, now, reopened=report.reopened)
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


IN_CHUNK = 500
"""Ids per `IN (...)` list: well below what SQLite and PostgreSQL take in one statement."""


def _chunks(values: Sequence[str]) -> Iterator[Sequence[str]]:
    for start in range(0, len(values), IN_CHUNK):
        yield values[start : start + IN_CHUNK]


@dataclass
class _Known:
    """What the database already holds for one batch, read with a few statements per 500
    items instead of several per item, and what the batch will write.

    Attributes:
        stored: external ids of the batch's items that are stored already (duplicates).
        contacts: the authors of the batch's resident items, by external id.
        threads: the batch's conversations by (kind, thread key); those of residents' new
            items are created first.
        answered: per conversation, the latest answer the account sent.
        sending: per thread key, the account's replies whose fate is open (`sending`,
            `unconfirmed`, or marked sent by a person without the platform's id).
        replies: external ids that replies sent through Webcare hold (of the batch's items).
        own: the batch's own items (the account wrote them).
        rows: the new messages, inserted together at the end.
    """

    stored: set[str]
    contacts: dict[str, Contact]
    threads: dict[tuple[ConversationKind, str], Conversation]
    answered: dict[int, datetime]
    sending: dict[str, list[Message]]
    replies: set[str]
    own: list[InboundItem]
    rows: list[dict[str, Any]] = field(default_factory=list)
    handled: set[str] = field(default_factory=set)
    # New residents' messages (contact, conversation, text, time), for the residents' hook.
    arrived: list[tuple[int, int, str, datetime]] = field(default_factory=list)


def _known(session: Session, account: Account, ordered: list[InboundItem]) -> _Known:
    ids = sorted({item.external_id for item in ordered})
    stored: set[str] = set()
    replies: set[str] = set()
    for chunk in _chunks(ids):
        for external_id, reply_mode in session.execute(
            select(Message.external_id, Message.reply_mode).where(
                Message.platform == account.platform, Message.external_id.in_(chunk)
            )
        ):
            if external_id is None:  # not matched by IN; for the type checker
                continue
            stored.add(external_id)
            if reply_mode is not None:
                replies.add(external_id)
    new = [item for item in ordered if item.external_id not in stored]
    threads = _threads(session, account, new)
    conversation_ids = sorted(conversation.id for conversation in threads.values())
    answered: dict[int, datetime] = {}
    for start in range(0, len(conversation_ids), IN_CHUNK):
        rows = session.execute(
            select(Message.conversation_id, func.max(Message.created_at))
            .where(
                Message.conversation_id.in_(conversation_ids[start : start + IN_CHUNK]),
                Message.direction == Direction.OUTBOUND,
                Message.delivery_state == DeliveryState.SENT,
            )
            .group_by(Message.conversation_id)
        )
        answered.update((conversation_id, at) for conversation_id, at in rows)
    sending: dict[str, list[Message]] = {}
    if any(item.from_account for item in new):
        for message in session.scalars(
            select(Message)
            .join(Conversation, Conversation.id == Message.conversation_id)
            .where(
                Conversation.account_id == account.id,
                Message.reply_mode.is_not(None),
                matching.open_or_unnamed(),
            )
            .order_by(Message.id)
        ):
            sending.setdefault(message.conversation.thread_key, []).append(message)
    residents = [item for item in ordered if not item.from_account]
    own = [item for item in ordered if item.from_account]
    contacts = _contacts(session, account, residents)
    return _Known(stored, contacts, threads, answered, sending, replies, own)


def _contacts(
    session: Session, account: Account, residents: list[InboundItem]
) -> dict[str, Contact]:
    """The authors, created where new (with the oldest item's names); names change, and the
    newest seen are kept (only from newer items)."""
    by_author: dict[str, list[InboundItem]] = {}
    for item in residents:
        by_author.setdefault(item.author.external_id, []).append(item)
    authors = sorted(by_author)

    def load(wanted: Sequence[str]) -> dict[str, Contact]:
        found: dict[str, Contact] = {}
        for chunk in _chunks(wanted):
            for contact in session.scalars(
                select(Contact).where(
                    Contact.platform == account.platform, Contact.external_id.in_(chunk)
                )
            ):
                found[contact.external_id] = contact
        return found

    contacts = load(authors)
    missing = [author for author in authors if author not in contacts]
    rows = []
    for author in missing:
        first = by_author[author][0]
        rows.append(
            {
                "platform": account.platform,
                "external_id": author,
                "handle": first.author.handle,
                "display_name": first.author.display_name,
                "created_at": first.created_at,
                "updated_at": first.created_at,
            }
        )
    insert_ignore_many(session, Contact.__table__, rows, ("platform", "external_id"))
    contacts.update(load(missing))
    created = set(missing)
    for author, items in by_author.items():
        contact = contacts[author]
        for item in items[1:] if author in created else items:
            identity = item.author
            if item.created_at >= contact.updated_at and (identity.handle or identity.display_name):
                if identity.handle:
                    contact.handle = identity.handle
                if identity.display_name:
                    contact.display_name = identity.display_name
                contact.updated_at = item.created_at
    return contacts


def _threads(
    session: Session, account: Account, new: list[InboundItem]
) -> dict[tuple[ConversationKind, str], Conversation]:
    """The conversations of the batch's new items; a resident's item creates its own."""
    keys = {(item.conversation_kind, item.thread_key) for item in new}
    thread_keys = sorted({thread_key for _, thread_key in keys})

    def load(wanted: Sequence[str]) -> dict[tuple[ConversationKind, str], Conversation]:
        found = {}
        for chunk in _chunks(wanted):
            for conversation in session.scalars(
                select(Conversation).where(
                    Conversation.account_id == account.id, Conversation.thread_key.in_(chunk)
                )
            ):
                key = (conversation.kind, conversation.thread_key)
                if key in keys:
                    found[key] = conversation
        return found

    threads = load(thread_keys)
    firsts: dict[tuple[ConversationKind, str], InboundItem] = {}
    for item in new:
        key = (item.conversation_kind, item.thread_key)
        if not item.from_account and key not in threads:
            firsts.setdefault(key, item)
    rows = [
        {
            "account_id": account.id,
            "kind": kind,
            "thread_key": thread_key,
            "status": ConversationStatus.NEW,
            "priority": 1,
            "revision": 0,
            "created_at": item.created_at,
            "updated_at": item.created_at,
        }
        for (kind, thread_key), item in firsts.items()
    ]
    insert_ignore_many(session, Conversation.__table__, rows, ("account_id", "kind", "thread_key"))
    threads.update(load(sorted({thread_key for _, thread_key in firsts})))
    return threads


def _message_row(
    account: Account,
    conversation: Conversation,
    item: InboundItem,
    direction: Direction,
    contact_id: int | None,
    now: datetime,
) -> dict[str, Any]:
    return {
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


def _is_new(known: _Known, item: InboundItem, report: IngestReport) -> bool:
    """Not stored before, and not earlier in this batch; counted as a duplicate otherwise."""
    if item.external_id in known.stored or item.external_id in known.handled:
        report.duplicates += 1
        return False
    known.handled.add(item.external_id)
    return True


def _ingest_inbound(
    known: _Known, account: Account, item: InboundItem, now: datetime, report: IngestReport
) -> None:
    if not _is_new(known, item, report):
        return
    contact_id = known.contacts[item.author.external_id].id
    conversation = known.threads[(item.conversation_kind, item.thread_key)]
    known.rows.append(_message_row(account, conversation, item, Direction.INBOUND, contact_id, now))
    report.inserted += 1
    report.conversations.add(conversation.id)
    if conversation.contact_id is None:
        conversation.contact_id = contact_id
    known.arrived.append((contact_id, conversation.id, item.text, item.created_at))
    at = item.created_at
    if conversation.first_inbound_at is None or at < conversation.first_inbound_at:
        conversation.first_inbound_at = at
    if conversation.last_inbound_at is None or at > conversation.last_inbound_at:
        conversation.last_inbound_at = at
    if conversation.last_message_at is None or at > conversation.last_message_at:
        conversation.last_message_at = at
    # The account may have answered after `at` already (items can arrive out of order).
    answered = known.answered.get(conversation.id)
    answered_after = answered is not None and answered > at
    if conversation.waiting_since is None and not answered_after:
        conversation.waiting_since = at
    if account.last_message_at is None or at > account.last_message_at:
        account.last_message_at = at


def _ingest_own(
    known: _Known, account: Account, item: InboundItem, now: datetime, report: IngestReport
) -> None:
    """What the account wrote itself: a reply sent through Webcare, or made on the platform."""
    if not _is_new(known, item, report):
        return
    if _adopt_sending(known, item, report):
        return
    conversation = known.threads.get((item.conversation_kind, item.thread_key))
    if conversation is None:
        # The account's own post that no resident has answered: not an inbox item.
        report.skipped_own += 1
        return
    known.rows.append(_message_row(account, conversation, item, Direction.OUTBOUND, None, now))
    report.inserted += 1
    report.conversations.add(conversation.id)
    record_response(conversation, item.created_at)


def _adopt_sending(known: _Known, item: InboundItem, report: IngestReport) -> bool:
    """A reply Webcare was sending (or could not confirm) shows up in the thread: it was sent.
    Do not store it twice.

    Only when it is certain (`matching`): exactly one such reply with this text in its window,
    and no other new copy of that text in the batch that could as well be it. This covers a
    worker that crashed after the platform accepted a reply but before the reply's id was
    committed.
    """
    candidates = known.sending.get(item.thread_key, [])
    matches = [
        message
        for message in candidates
        if same_text(message.text, item.text)
        and (
            item.parent_external_id is None
            or message.parent_external_id in (None, item.parent_external_id)
        )
        and matching.in_window(message, item.created_at)
    ]
    if len(matches) != 1:
        return False
    (message,) = matches
    twins = [
        other
        for other in known.own
        if other is not item
        and other.thread_key == item.thread_key
        and same_text(other.text, item.text)
        and matching.in_window(message, other.created_at)
        and other.external_id not in known.replies
    ]
    if twins:
        return False
    candidates.remove(message)
    known.replies.add(item.external_id)
    message.external_id = item.external_id
    message.delivery_state = DeliveryState.SENT
    message.lease_generation = None
    message.sent_at = item.created_at
    message.delivery_error = None
    record_response(message.conversation, item.created_at)
    report.adopted += 1
    report.conversations.add(message.conversation_id)
    return True


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
    if bad.external_id and _stored(session, account, storable(bad.external_id)):
        # A retry read it since (the platform still serves it as it was): it is in the inbox.
        return
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


def _stored(session: Session, account: Account, external_id: str) -> bool:
    found = session.scalar(
        select(Message.id)
        .where(Message.platform == account.platform, Message.external_id == external_id)
        .limit(1)
    )
    return found is not None
