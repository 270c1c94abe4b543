"""The inbox list: pages of conversation rows, rows by id, queue counts and filter choices.

Everything returns frozen dataclasses; nothing here keeps a session or an ORM object.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import ColumnElement, and_, exists, func, literal, or_, select, union_all
from sqlalchemy.orm import Session, aliased

from webcare.inbox.queries import (
    ACTIVE,
    Cursor,
    ListQuery,
    Queue,
    Segment,
    after_cursor,
    cursor_of,
    filter_conditions,
    order_by,
    segment_conditions,
)
from webcare.inbox.search import matching_conversations
from webcare.storage.models import (
    Account,
    Contact,
    Conversation,
    ConversationRead,
    ConversationTag,
    Message,
    Tag,
    User,
)
from webcare.vocabulary import ConversationKind, ConversationStatus, Direction, Platform

PREVIEW_CHARS = 300
PAGE_SIZE = 100
SEARCH_LIST_MAX = 2_000  # a search matching more is sorted by the database as it stands


@dataclass(frozen=True)
class ConversationRow:
    """One line of the conversation list.

    Attributes:
        preview: the start of the resident's latest message (at most PREVIEW_CHARS).
        unread: the resident wrote after the current user last opened the conversation.
    """

    id: int
    platform: Platform
    account_name: str
    kind: ConversationKind
    status: ConversationStatus
    contact_name: str
    contact_handle: str
    preview: str
    created_at: datetime
    last_message_at: datetime | None
    last_inbound_at: datetime | None
    waiting_since: datetime | None
    snoozed_until: datetime | None
    assignee_id: int | None
    assignee_name: str | None
    assigned_at: datetime | None
    priority: int
    tags: tuple[str, ...]
    unread: bool
    revision: int


@dataclass(frozen=True)
class Page:
    rows: tuple[ConversationRow, ...]
    cursor: Cursor | None  # where the next page starts; None when this was the last


def _dialect(session: Session) -> str:
    return session.get_bind().dialect.name


def _search_ids(session: Session, query: ListQuery) -> list[int] | None:
    """The conversations a search matches, when they are few enough to list (else None)."""
    matching = matching_conversations(_dialect(session), query.filter.search)
    if matching is None:
        return []
    ids = set(session.scalars(matching.limit(SEARCH_LIST_MAX + 1)))
    return None if len(ids) > SEARCH_LIST_MAX else sorted(ids)


def _segment_ids(
    session: Session,
    query: ListQuery,
    me: int,
    index: int,
    segment: Segment,
    cursor: Cursor | None,
    limit: int,
    found: list[int] | None = None,
) -> list[int]:
    """Up to `limit` ids of one segment after `cursor`, merged over the statuses.

    Args:
        found: for a search, the matching conversations when they are few (see list_page).
    """
    flt = query.filter
    base = filter_conditions(
        flt, me, _dialect(session), with_status=False, with_search=found is None
    )
    base += segment_conditions(segment)
    if cursor is not None and cursor.segment == index:
        base.append(after_cursor(segment, cursor))
    statuses = flt.statuses()
    if found is not None:
        # A search that matched few: fetch those by id and sort them, rather than walk an
        # index of a million conversations probing the match (what a planner may choose).
        base.append(Conversation.id.in_(found))
    if flt.search.strip() or len(statuses) == 1:
        statement = (
            select(Conversation.id)
            .where(Conversation.status.in_(statuses), *base)
            .order_by(*order_by(segment))
            .limit(limit)
        )
        return list(session.scalars(statement))
    key = getattr(Conversation, segment.key) if segment.key else literal(0)
    parts = [
        select(Conversation.id.label("id"), key.label("k"))
        .where(Conversation.status == status, *base)
        .order_by(*order_by(segment))
        .limit(limit)
        .subquery()
        for status in statuses
    ]
    merged = union_all(*(select(part.c.id, part.c.k) for part in parts)).subquery()
    statement = (
        select(merged.c.id).order_by(*order_by(segment, (merged.c.k, merged.c.id))).limit(limit)
    )
    return list(session.scalars(statement))


def list_page(
    session: Session,
    query: ListQuery,
    me: int,
    after: Cursor | None = None,
    limit: int = PAGE_SIZE,
) -> Page:
    """The next page of rows after `after` (the first page without it)."""
    segments = query.segments
    wanted = limit + 1  # one more tells whether another page exists
    found = _search_ids(session, query) if query.filter.search.strip() else None
    ids: list[int] = []
    for index in range(after.segment if after else 0, len(segments)):
        ids += _segment_ids(
            session, query, me, index, segments[index], after, wanted - len(ids), found
        )
        if len(ids) >= wanted:
            break
    more = len(ids) > limit
    ids = ids[:limit]
    by_id = load_rows(session, ids, me)
    rows = tuple(by_id[i] for i in ids if i in by_id)
    cursor = cursor_of(segments, rows[-1]) if more and rows else None
    return Page(rows, cursor)


def matching_ids(session: Session, query: ListQuery, me: int, ids: Iterable[int]) -> set[int]:
    """Which of `ids` the query's filter admits (for applying changes to a loaded list)."""
    wanted = sorted(set(ids))
    if not wanted:
        return set()
    conditions = filter_conditions(query.filter, me, _dialect(session))
    found: set[int] = set()
    for start in range(0, len(wanted), 500):
        chunk = wanted[start : start + 500]
        found |= set(
            session.scalars(select(Conversation.id).where(Conversation.id.in_(chunk), *conditions))
        )
    return found


def load_rows(session: Session, ids: Sequence[int], me: int) -> dict[int, ConversationRow]:
    """Rows for the given ids (missing ids are left out)."""
    if not ids:
        return {}
    assignee = aliased(User)
    inbound = aliased(Message)
    any_message = aliased(Message)
    latest_inbound = (
        select(func.substr(inbound.text, 1, PREVIEW_CHARS))
        .where(inbound.conversation_id == Conversation.id, inbound.direction == Direction.INBOUND)
        .order_by(inbound.created_at.desc(), inbound.id.desc())
        .limit(1)
        .scalar_subquery()
    )
    latest_any = (
        select(func.substr(any_message.text, 1, PREVIEW_CHARS))
        .where(
            any_message.conversation_id == Conversation.id,
            any_message.direction != Direction.NOTE,
        )
        .order_by(any_message.created_at.desc(), any_message.id.desc())
        .limit(1)
        .scalar_subquery()
    )
    read = aliased(ConversationRead)
    unread_message = aliased(Message)
    unread = exists().where(
        unread_message.conversation_id == Conversation.id,
        unread_message.direction == Direction.INBOUND,
        or_(read.read_at.is_(None), unread_message.received_at > read.read_at),
    )
    c = Conversation
    statement = (
        select(
            c.id,
            Account.platform,
            Account.name,
            c.kind,
            c.status,
            Contact.display_name,
            Contact.handle,
            func.coalesce(latest_inbound, latest_any, ""),
            c.created_at,
            c.last_message_at,
            c.last_inbound_at,
            c.waiting_since,
            c.snoozed_until,
            c.assignee_id,
            assignee.display_name,
            c.assigned_at,
            c.priority,
            unread,
            c.revision,
        )
        .join(Account, Account.id == c.account_id)
        .outerjoin(Contact, Contact.id == c.contact_id)
        .outerjoin(assignee, assignee.id == c.assignee_id)
        .outerjoin(read, and_(read.conversation_id == c.id, read.user_id == me))
        .where(c.id.in_(list(ids)))
    )
    tags = _tags_of(session, ids)
    rows: dict[int, ConversationRow] = {}
    for values in session.execute(statement):
        row = ConversationRow(
            id=values[0],
            platform=Platform(values[1]),
            account_name=values[2],
            kind=values[3],
            status=values[4],
            contact_name=values[5] or "",
            contact_handle=values[6] or "",
            preview=values[7] or "",
            created_at=values[8],
            last_message_at=values[9],
            last_inbound_at=values[10],
            waiting_since=values[11],
            snoozed_until=values[12],
            assignee_id=values[13],
            assignee_name=values[14],
            assigned_at=values[15],
            priority=values[16],
            tags=tuple(tags.get(values[0], ())),
            unread=bool(values[17]),
            revision=values[18],
        )
        rows[row.id] = row
    return rows


def _tags_of(session: Session, ids: Sequence[int]) -> dict[int, list[str]]:
    tags: dict[int, list[str]] = defaultdict(list)
    statement = (
        select(ConversationTag.conversation_id, Tag.name)
        .join(Tag, Tag.id == ConversationTag.tag_id)
        .where(ConversationTag.conversation_id.in_(list(ids)))
        .order_by(Tag.name)
    )
    for conversation_id, name in session.execute(statement):
        tags[conversation_id].append(name)
    return tags


@dataclass(frozen=True)
class QueueCounts:
    """How many conversations each queue holds; above COUNT_CAP a count is COUNT_CAP + 1.

    Counting 700,000 closed conversations on every change would cost a tenth of a second; an
    agent needs to know "more than ten thousand", not the exact figure.
    """

    counts: dict[Queue, int]

    def __getitem__(self, queue: Queue) -> int:
        return self.counts.get(queue, 0)


COUNT_CAP = 10_000


def _capped_count(session: Session, *conditions: ColumnElement[bool]) -> int:
    rows = select(literal(1)).select_from(Conversation).where(*conditions).limit(COUNT_CAP + 1)
    return int(session.scalar(select(func.count()).select_from(rows.subquery())) or 0)


def queue_counts(session: Session, me: int) -> QueueCounts:
    """How many conversations each queue holds (ignoring the filters), up to COUNT_CAP + 1."""
    active = Conversation.status.in_(ACTIVE)
    counts = {
        Queue.MINE: _capped_count(session, Conversation.assignee_id == me, active),
        Queue.UNASSIGNED: _capped_count(session, Conversation.assignee_id.is_(None), active),
        Queue.OPEN: _capped_count(session, active),
        Queue.PENDING: _capped_count(session, Conversation.status == ConversationStatus.PENDING),
        Queue.SNOOZED: _capped_count(session, Conversation.status == ConversationStatus.SNOOZED),
        Queue.CLOSED: _capped_count(session, Conversation.status == ConversationStatus.CLOSED),
    }
    return QueueCounts(counts)


def queues_of(row: ConversationRow, me: int) -> set[Queue]:
    """The queues a row belongs to (for notifications about followed queues)."""
    queues: set[Queue] = set()
    if row.status in ACTIVE:
        queues.add(Queue.OPEN)
        if row.assignee_id is None:
            queues.add(Queue.UNASSIGNED)
        elif row.assignee_id == me:
            queues.add(Queue.MINE)
    elif row.status is ConversationStatus.PENDING:
        queues.add(Queue.PENDING)
    elif row.status is ConversationStatus.SNOOZED:
        queues.add(Queue.SNOOZED)
    else:
        queues.add(Queue.CLOSED)
    return queues


@dataclass(frozen=True)
class AccountChoice:
    id: int
    platform: Platform
    name: str
    handle: str


@dataclass(frozen=True)
class TagChoice:
    id: int
    name: str


@dataclass(frozen=True)
class FilterChoices:
    """What the filter boxes offer."""

    accounts: tuple[AccountChoice, ...]
    tags: tuple[TagChoice, ...]


def filter_choices(session: Session) -> FilterChoices:
    accounts = tuple(
        AccountChoice(row.id, row.platform, row.name, row.handle)
        for row in session.execute(
            select(Account.id, Account.platform, Account.name, Account.handle).order_by(
                Account.platform, Account.name
            )
        )
    )
    tags = tuple(
        TagChoice(row.id, row.name)
        for row in session.execute(select(Tag.id, Tag.name).order_by(Tag.name))
    )
    return FilterChoices(accounts, tags)
