"""What the inbox list shows, as SQL: queues, filters, sort orders and keyset cursors.

A sort order is a sequence of *segments*. Each segment restricts the rows further (a priority,
"waiting" or "not waiting") and orders them by one column plus the id, in one direction, so
that every segment is a range of one index (migration 0004) and a page is a few index range
scans however many conversations there are. A queue that spans several statuses (new and open)
reads each status's range and merges them, which keeps that property.

The same ordering is evaluated in Python (`position`) so that the interface can place a
changed conversation among the rows it already has without asking the database.
"""

from __future__ import annotations

import enum
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from typing import Any

from sqlalchemy import ColumnElement, false, select, tuple_
from sqlalchemy.orm import InstrumentedAttribute

from webcare.inbox.search import conversation_matches
from webcare.storage.models import Account, Conversation, ConversationTag
from webcare.vocabulary import ConversationStatus, Platform, Priority

C = Conversation  # the rows this module is about, short for the many conditions below

EPOCH = datetime(1970, 1, 1, tzinfo=UTC)
ACTIVE = (ConversationStatus.NEW, ConversationStatus.OPEN)
ALL_STATUSES = tuple(ConversationStatus)


class Queue(enum.StrEnum):
    """The queues of the inbox's left pane."""

    MINE = "mine"
    UNASSIGNED = "unassigned"
    OPEN = "open"
    PENDING = "pending"
    SNOOZED = "snoozed"
    CLOSED = "closed"


QUEUE_STATUSES: dict[Queue, tuple[ConversationStatus, ...]] = {
    Queue.MINE: ACTIVE,
    Queue.UNASSIGNED: ACTIVE,
    Queue.OPEN: ACTIVE,
    Queue.PENDING: (ConversationStatus.PENDING,),
    Queue.SNOOZED: (ConversationStatus.SNOOZED,),
    Queue.CLOSED: (ConversationStatus.CLOSED,),
}


class SortOrder(enum.StrEnum):
    WAITING = "waiting"  # longest waiting first; then those nobody waits on, newest first
    NEWEST = "newest"
    OLDEST = "oldest"
    PRIORITY = "priority"  # most urgent first; within a priority as WAITING
    DUE = "due"  # least office time left to the response target first (webcare.inbox.sla)


@dataclass(frozen=True)
class Segment:
    """One index range of a sort order.

    Attributes:
        key: the column ordered by before the id ("waiting_since", "created_at"), or None;
            "due_at" is the one key that is no column (see `SortOrder.DUE`).
            "hit" for a search's newest matching message (`webcare.inbox.search`).
        descending: direction of both the key and the id.
        priority: only conversations of this priority (None: any).
        waiting: True: only those with `waiting_since`; False: only those without; None: any.
    """

    key: str | None
    descending: bool
    priority: int | None = None
    waiting: bool | None = None


def _priority_segments() -> tuple[Segment, ...]:
    segments: list[Segment] = []
    for level in sorted(Priority, reverse=True):
        segments.append(Segment("waiting_since", False, priority=int(level), waiting=True))
        segments.append(Segment(None, True, priority=int(level), waiting=False))
    return tuple(segments)


SEGMENTS: dict[SortOrder, tuple[Segment, ...]] = {
    SortOrder.WAITING: (
        Segment("waiting_since", False, waiting=True),
        Segment(None, True, waiting=False),
    ),
    SortOrder.NEWEST: (Segment("created_at", True),),
    SortOrder.OLDEST: (Segment("created_at", False),),
    SortOrder.PRIORITY: _priority_segments(),
    # Not a column: the moment each waiting conversation falls due by its account's policy,
    # computed in Python over the waiting ones (webcare.inbox.due); then as WAITING.
    SortOrder.DUE: (
        Segment("due_at", False, waiting=True),
        Segment(None, True, waiting=False),
    ),
}
# A search newest first: by the newest matching message of each conversation.
SEARCH_NEWEST = (Segment("hit", True),)


@dataclass(frozen=True)
class Cursor:
    """Where a page ended: the segment, its key value and the id of the last row (and, in a
    search newest first, the row's hit)."""

    segment: int
    key: datetime | None
    id: int
    hit: int | None = None


@dataclass(frozen=True)
class ConversationFilter:
    """A queue plus the left pane's filters, and the search box's text.

    With a search text the queue's statuses no longer apply: search looks through every
    conversation (open or closed) that the other filters allow.
    """

    queue: Queue = Queue.OPEN
    platform: Platform | None = None
    account_id: int | None = None
    tag_id: int | None = None
    priority: int | None = None
    assignee_id: int | None = None
    search: str = ""

    def statuses(self) -> tuple[ConversationStatus, ...]:
        return ALL_STATUSES if self.search.strip() else QUEUE_STATUSES[self.queue]


@dataclass(frozen=True)
class ListQuery:
    """Everything that decides which rows the list holds and in which order."""

    filter: ConversationFilter = field(default_factory=ConversationFilter)
    order: SortOrder = SortOrder.WAITING

    @property
    def newest_hits(self) -> bool:
        """A search newest first: paged by hit (`webcare.inbox.search`), not by a column."""
        return bool(self.filter.search.strip()) and self.order is SortOrder.NEWEST

    @property
    def segments(self) -> tuple[Segment, ...]:
        return SEARCH_NEWEST if self.newest_hits else SEGMENTS[self.order]


def _column(name: str) -> InstrumentedAttribute[Any]:
    column: InstrumentedAttribute[Any] = getattr(C, name)
    return column


def filter_conditions(
    flt: ConversationFilter,
    me: int,
    dialect: str,
    *,
    with_status: bool = True,
    with_search: bool = True,
) -> list[ColumnElement[bool]]:
    """The WHERE conditions of a filter (optionally without the status or the search)."""
    conditions: list[ColumnElement[bool]] = []
    if with_status:
        conditions.append(C.status.in_(flt.statuses()))
    if not flt.search.strip():
        if flt.queue is Queue.MINE:
            conditions.append(C.assignee_id == me)
        elif flt.queue is Queue.UNASSIGNED:
            conditions.append(C.assignee_id.is_(None))
    if flt.platform is not None:
        conditions.append(
            C.account_id.in_(select(Account.id).where(Account.platform == flt.platform))
        )
    if flt.account_id is not None:
        conditions.append(C.account_id == flt.account_id)
    if flt.tag_id is not None:
        conditions.append(
            C.id.in_(
                select(ConversationTag.conversation_id).where(ConversationTag.tag_id == flt.tag_id)
            )
        )
    if flt.priority is not None:
        conditions.append(C.priority == flt.priority)
    if flt.assignee_id is not None:
        conditions.append(C.assignee_id == flt.assignee_id)
    if with_search and flt.search.strip():
        match = conversation_matches(dialect, flt.search)
        conditions.append(match if match is not None else false())
    return conditions


def segment_conditions(segment: Segment) -> list[ColumnElement[bool]]:
    conditions: list[ColumnElement[bool]] = []
    if segment.priority is not None:
        conditions.append(C.priority == segment.priority)
    if segment.waiting is True:
        conditions.append(C.waiting_since.is_not(None))
    elif segment.waiting is False:
        conditions.append(C.waiting_since.is_(None))
    return conditions


def after_cursor(segment: Segment, cursor: Cursor) -> ColumnElement[bool]:
    """Rows that come after `cursor` within its segment (a row-value comparison)."""
    if segment.key is None:
        return C.id < cursor.id if segment.descending else C.id > cursor.id
    pair = tuple_(_column(segment.key), C.id)
    bound = (cursor.key, cursor.id)
    return pair < bound if segment.descending else pair > bound


def order_by(segment: Segment, columns: Sequence[Any] | None = None) -> list[Any]:
    """ORDER BY terms of a segment, on the table or on the given (key, id) columns."""
    key, ident = (
        columns
        if columns is not None
        else (
            _column(segment.key) if segment.key else None,
            C.id,
        )
    )
    terms = [ident] if segment.key is None or key is None else [key, ident]
    return [term.desc() if segment.descending else term.asc() for term in terms]


def key_value(segment: Segment, row: Any) -> datetime | None:
    return None if segment.key in (None, "hit") else getattr(row, segment.key)


def segment_of(segments: Sequence[Segment], row: Any) -> int:
    """The index of the segment a row (anything with the conversation's fields) falls in."""
    for index, segment in enumerate(segments):
        if segment.priority is not None and row.priority != segment.priority:
            continue
        if segment.waiting is True and row.waiting_since is None:
            continue
        if segment.waiting is False and row.waiting_since is not None:
            continue
        return index
    raise ValueError(f"no segment for priority {row.priority}")


def _micros(value: datetime) -> int:
    return (value - EPOCH) // timedelta(microseconds=1)


def position(segments: Sequence[Segment], row: Any) -> tuple[int, int, int]:
    """A sortable position that orders rows exactly as the SQL of the segments does."""
    index = segment_of(segments, row)
    segment = segments[index]
    sign = -1 if segment.descending else 1
    if segment.key == "hit":
        return index, sign * (row.hit or 0), sign * row.id
    key = key_value(segment, row)
    return index, sign * (_micros(key) if key is not None else 0), sign * row.id


def cursor_position(segments: Sequence[Segment], cursor: Cursor) -> tuple[int, int, int]:
    """The `position` of the row a cursor was taken from."""
    segment = segments[cursor.segment]
    sign = -1 if segment.descending else 1
    if segment.key == "hit":
        return cursor.segment, sign * (cursor.hit or 0), sign * cursor.id
    key = _micros(cursor.key) if segment.key is not None and cursor.key is not None else 0
    return cursor.segment, sign * key, sign * cursor.id


def cursor_of(segments: Sequence[Segment], row: Any) -> Cursor:
    index = segment_of(segments, row)
    segment = segments[index]
    hit = row.hit if segment.key == "hit" else None
    return Cursor(index, key_value(segment, row), row.id, hit)
