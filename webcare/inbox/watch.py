"""The desktop's change check: what changed since the revision it last saw, read in one go.

A desktop asks once a second. When nothing changed, that is one primary-key read of the change
counter (`changes.current`). When something did, it reads only the conversations that changed:
their fresh rows, which of them the list's query admits, the open conversation's thread, new
resident messages and mentions for notifications, and the queue counts. It never writes:
waking snoozed conversations and reopening on a resident's message belong to the worker and to
ingest (`webcare.inbox.lifecycle`).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from webcare.inbox import changes, labels, listing, thread
from webcare.inbox.counts import QueueCounts, queue_counts
from webcare.inbox.listing import ConversationRow
from webcare.inbox.queries import ListQuery
from webcare.inbox.thread import ConversationDetail
from webcare.storage.models import Message, MessageMention, User
from webcare.vocabulary import Direction

RELOAD_ABOVE = 400  # more changes than this at once (an import): reload instead of patching


@dataclass(frozen=True)
class Mention:
    message_id: int
    conversation_id: int
    author_name: str


@dataclass(frozen=True)
class Watch:
    """What a desktop shows, so that the check reads what concerns it.

    Attributes:
        query: the list's queue, filters, search and order (None: no list yet).
        open_id: the conversation shown in full, if any.
        last_mention: the newest note mentioning the user that the desktop has seen.
        recent: resident messages received since then count as new (for notifications).
    """

    query: ListQuery | None
    open_id: int | None
    last_mention: int
    recent: datetime


@dataclass(frozen=True)
class ChangeBatch:
    """What changed since the revision a desktop last saw."""

    revision: int
    changed: tuple[int, ...]
    query: ListQuery | None
    rows: dict[int, ConversationRow]
    matching: frozenset[int]
    counts: QueueCounts
    detail: ConversationDetail | None = None
    detail_id: int | None = None
    mentions: tuple[Mention, ...] = ()
    new_inbound: tuple[tuple[int, int], ...] = ()  # (message id, conversation id)
    reload: bool = False
    labels: labels.LabelSignature = ()  # the team's labels as they are now


def last_mention(session: Session, me: int) -> int:
    """The newest note that mentions `me` (0: none); notifications start after it."""
    found = session.scalar(
        select(MessageMention.message_id)
        .where(MessageMention.user_id == me)
        .order_by(MessageMention.message_id.desc())
        .limit(1)
    )
    return found or 0


def check(session: Session, me: int, since: int, watch: Watch) -> ChangeBatch | None:
    """What changed after revision `since`, or None when nothing did (one cheap read)."""
    revision = changes.current(session)
    if revision == since:
        return None
    changed = sorted(changes.changed_since(session, since))
    counts = queue_counts(session, me)
    mentions = _mentions(session, me, watch.last_mention)
    team_labels = labels.signature(session)
    if len(changed) > RELOAD_ABOVE:
        return ChangeBatch(
            revision,
            tuple(changed),
            watch.query,
            {},
            frozenset(),
            counts,
            mentions=mentions,
            reload=True,
            labels=team_labels,
        )
    query = watch.query
    rows = listing.load_rows(session, changed, me, query.filter.search if query else "")
    matching = (
        frozenset(listing.matching_ids(session, query, me, changed)) if query else frozenset()
    )
    detail_id = watch.open_id if watch.open_id in changed else None
    return ChangeBatch(
        revision,
        tuple(changed),
        query,
        rows,
        matching,
        counts,
        detail=thread.load_detail(session, detail_id) if detail_id is not None else None,
        detail_id=detail_id,
        mentions=mentions,
        new_inbound=_new_inbound(session, changed, watch.recent),
        labels=team_labels,
    )


def _mentions(session: Session, me: int, after: int) -> tuple[Mention, ...]:
    return tuple(
        Mention(message_id, conversation_id, author or "")
        for message_id, conversation_id, author in session.execute(
            select(Message.id, Message.conversation_id, User.display_name)
            .join(MessageMention, MessageMention.message_id == Message.id)
            .outerjoin(User, User.id == Message.author_user_id)
            .where(MessageMention.user_id == me, Message.id > after)
            .order_by(Message.id)
        )
    )


def _new_inbound(
    session: Session, changed: list[int], recent: datetime
) -> tuple[tuple[int, int], ...]:
    if not changed:
        return ()
    return tuple(
        (message_id, conversation_id)
        for message_id, conversation_id in session.execute(
            select(Message.id, Message.conversation_id).where(
                Message.conversation_id.in_(changed),
                Message.direction == Direction.INBOUND,
                Message.received_at >= recent,
            )
        )
    )
