"""The inbox list: pages of conversation rows, and rows by id (the queues' counts are in
`counts`, what the filters offer in `choices`).

Everything returns frozen dataclasses; nothing here keeps a session or an ORM object.
"""

from __future__ import annotations

import functools
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from datetime import datetime
from typing import Any

from sqlalchemy import (
    Select,
    and_,
    bindparam,
    exists,
    func,
    literal,
    or_,
    select,
    union_all,
)
from sqlalchemy.orm import Session, aliased

from webcare.inbox import due
from webcare.inbox.queries import (
    Cursor,
    ListQuery,
    Segment,
    after_cursor,
    cursor_of,
    filter_conditions,
    order_by,
    segment_conditions,
)
from webcare.inbox.search import SEARCH_FEW, Admit, Search
from webcare.inbox.snippets import match_snippets
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


@dataclass(frozen=True)
class ConversationRow:
    """One line of the conversation list.

    Attributes:
        preview: the start of the resident's latest message (at most PREVIEW_CHARS).
        unread: the resident wrote after the current user last opened the conversation.
        hit: in a search, the id of the newest matching message (what "newest first" orders
            by); None outside a search.
        match: in a search's results, the text around the match (see
            `webcare.inbox.snippets.match_snippets`), else None.
        tag_colours: each tag's colour ("#rrggbb", None: none chosen), in the order of `tags`.
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
    account_id: int  # whose service policy measures the waiting time (webcare.team)
    due_at: datetime | None = None  # when the response target is reached (webcare.inbox.sla)
    hit: int | None = None
    match: str | None = None
    tag_colours: tuple[str | None, ...] = ()


@dataclass(frozen=True)
class Page:
    """Rows of the list, and where the next page starts (None: this was the last).

    Attributes:
        hits: on the first page of a search in an order other than newest first (which
            counts its hits to sort them), how many conversations match, up to SEARCH_FEW + 1
            ("more than SEARCH_FEW"); None otherwise (`search_count` tells).
    """

    rows: tuple[ConversationRow, ...]
    cursor: Cursor | None
    hits: int | None = None


def _dialect(session: Session) -> str:
    return session.get_bind().dialect.name


def _admitter(session: Session, query: ListQuery, me: int) -> Admit | None:
    """For a search: which of some conversations the list's other filters let through (None:
    no other filter, all of them)."""
    conditions = filter_conditions(
        query.filter, me, _dialect(session), with_status=False, with_search=False
    )
    if not conditions:
        return None

    def admit(ids: Sequence[int]) -> set[int]:
        found: set[int] = set()
        wanted = sorted(set(ids))
        for start in range(0, len(wanted), 500):
            chunk = wanted[start : start + 500]
            found |= set(
                session.scalars(
                    select(Conversation.id).where(Conversation.id.in_(chunk), *conditions)
                )
            )
        return found

    return admit


def _search_page(
    session: Session, query: ListQuery, me: int, after: Cursor | None, limit: int
) -> Page:
    """A page of a search newest first (`webcare.inbox.search`)."""
    search = Search(session, query.filter.search)
    admit = _admitter(session, query, me)
    pairs = search.newest(after.hit if after else None, limit + 1, admit)
    more = len(pairs) > limit
    pairs = pairs[:limit]
    by_id = load_rows(session, [c for _, c in pairs], me)
    rows = tuple(replace(by_id[c], hit=m) for m, c in pairs if c in by_id)
    rows = _with_matches(session, query, rows)
    cursor = cursor_of(query.segments, rows[-1]) if more and rows else None
    return Page(rows, cursor)


def search_count(session: Session, query: ListQuery, me: int) -> int:
    """How many conversations a search matches (with the list's other filters), up to
    SEARCH_FEW + 1: "more than SEARCH_FEW". Asked apart from the first page, which shows
    without waiting for it."""
    search = Search(session, query.filter.search)
    return search.count(_admitter(session, query, me))


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


def _with_matches(
    session: Session, query: ListQuery, rows: tuple[ConversationRow, ...]
) -> tuple[ConversationRow, ...]:
    """In a search, each row with the text around its match (the results say what matched)."""
    if not query.filter.search.strip() or not rows:
        return rows
    hits = {row.id: row.hit for row in rows if row.hit is not None}
    snippets = match_snippets(session, query.filter.search, [row.id for row in rows], hits)
    return tuple(replace(row, match=snippets.get(row.id)) for row in rows)


def list_page(
    session: Session,
    query: ListQuery,
    me: int,
    after: Cursor | None = None,
    limit: int = PAGE_SIZE,
) -> Page:
    """The next page of rows after `after` (the first page without it).

    A search newest first reads hits from the full-text index as far as the page needs; a
    search in another order sorts its hits when they are few (at most SEARCH_FEW) and walks
    the order's index probing each conversation for a match when they are many.
    """
    if query.newest_hits:
        return _search_page(session, query, me, after, limit)
    segments = query.segments
    wanted = limit + 1  # one more tells whether another page exists
    found: list[int] | None = None
    hits: int | None = None
    if query.filter.search.strip():
        search = Search(session, query.filter.search)
        few = search.few_conversations(_admitter(session, query, me))
        found = None if few is None else sorted(few)
        if after is None:
            hits = SEARCH_FEW + 1 if few is None else len(few)
    ids: list[int] = []
    for index in range(after.segment if after else 0, len(segments)):
        if segments[index].key == due.KEY:
            ids += due.segment_ids(session, query, me, index, after, wanted - len(ids))
        else:
            ids += _segment_ids(
                session, query, me, index, segments[index], after, wanted - len(ids), found
            )
        if len(ids) >= wanted:
            break
    more = len(ids) > limit
    ids = ids[:limit]
    by_id = load_rows(session, ids, me)
    rows = tuple(by_id[i] for i in ids if i in by_id)
    rows = _with_matches(session, query, rows)
    cursor = cursor_of(segments, rows[-1]) if more and rows else None
    return Page(rows, cursor, hits)


def matching_ids(session: Session, query: ListQuery, me: int, ids: Iterable[int]) -> set[int]:
    """Which of `ids` the query's filter admits (for applying changes to a loaded list)."""
    wanted = sorted(set(ids))
    if not wanted:
        return set()
    searching = bool(query.filter.search.strip())
    if searching:  # only the changed ones are asked about, not every hit
        wanted = sorted(Search(session, query.filter.search).hits(wanted))
    conditions = filter_conditions(query.filter, me, _dialect(session), with_search=not searching)
    found: set[int] = set()
    for start in range(0, len(wanted), 500):
        chunk = wanted[start : start + 500]
        found |= set(
            session.scalars(select(Conversation.id).where(Conversation.id.in_(chunk), *conditions))
        )
    return found


@functools.cache
def _rows_statement() -> Select[*tuple[Any, ...]]:
    """The statement of `load_rows`, built once (building it cost ten times running it);
    parameters: `ids` (expanding) and `me`."""
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
    return (
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
            c.account_id,
        )
        .join(Account, Account.id == c.account_id)
        .outerjoin(Contact, Contact.id == c.contact_id)
        .outerjoin(assignee, assignee.id == c.assignee_id)
        .outerjoin(read, and_(read.conversation_id == c.id, read.user_id == bindparam("me")))
        .where(c.id.in_(bindparam("ids", expanding=True)))
    )


def load_rows(
    session: Session, ids: Sequence[int], me: int, search: str = ""
) -> dict[int, ConversationRow]:
    """Rows for the given ids (missing ids are left out).

    Args:
        search: the list's search text: rows that match it carry their hit.
    """
    if not ids:
        return {}
    if search.strip():
        hits = Search(session, search).hits(ids)
        plain = load_rows(session, ids, me)
        return {i: replace(row, hit=hits.get(i)) for i, row in plain.items()}
    statement = _rows_statement()
    tags = _tags_of(session, ids)
    rows: dict[int, ConversationRow] = {}
    for values in session.execute(statement, {"ids": list(ids), "me": me}):
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
            tags=tuple(name for name, _ in tags.get(values[0], ())),
            tag_colours=tuple(colour for _, colour in tags.get(values[0], ())),
            unread=bool(values[17]),
            revision=values[18],
            account_id=values[19],
        )
        rows[row.id] = row
    waiting = [(r.id, r.account_id, r.waiting_since) for r in rows.values() if r.waiting_since]
    for cid, moment in due.moments(session, waiting).items():
        rows[cid] = replace(rows[cid], due_at=moment)
    return rows


def _tags_of(session: Session, ids: Sequence[int]) -> dict[int, list[tuple[str, str | None]]]:
    """Each conversation's tags by name, with their colours."""
    tags: dict[int, list[tuple[str, str | None]]] = defaultdict(list)
    statement = (
        select(ConversationTag.conversation_id, Tag.name, Tag.color)
        .join(Tag, Tag.id == ConversationTag.tag_id)
        .where(ConversationTag.conversation_id.in_(list(ids)))
        .order_by(Tag.name)
    )
    for conversation_id, name, colour in session.execute(statement):
        tags[conversation_id].append((name, colour))
    return tags
