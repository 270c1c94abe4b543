"""The inbox list sorted by the SLA clock (`SortOrder.DUE`): the moment each waiting
conversation falls due, by its account's service policy.

Sorting by time left is sorting by that moment (time left is the office time until it, and
office time only grows), and the moment stays put while time passes, so the order is stable and
a keyset cursor holds. It is no column (it depends on the policy, which can change), so the
waiting conversations the filter admits are read (id, priority, since, account: one index range
of open conversations, the backlog, not the archive) and ordered in Python with the very
`position` the interface uses to place a changed row.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from webcare.inbox.queries import (
    Cursor,
    ListQuery,
    cursor_position,
    filter_conditions,
    position,
    segment_conditions,
)
from webcare.storage.models import Conversation
from webcare.team import store
from webcare.team.policy import PolicyBook

KEY = "due_at"


@dataclass(frozen=True)
class _Probe:
    """What `position` reads of a row."""

    id: int
    priority: int
    waiting_since: datetime | None
    due_at: datetime | None


def moments(
    session: Session, waiting: Iterable[tuple[int, int, datetime]], book: PolicyBook | None = None
) -> dict[int, datetime | None]:
    """When each (conversation id, account id, waiting since) falls due."""
    items = list(waiting)
    if not items:
        return {}
    book = book or store.load_book(session)
    return {cid: book.for_account(account).due_at(since) for cid, account, since in items}


def segment_ids(
    session: Session, query: ListQuery, me: int, index: int, cursor: Cursor | None, limit: int
) -> list[int]:
    """Up to `limit` ids of the due segment `index` of `query`, after `cursor`."""
    segments = query.segments
    conditions = filter_conditions(
        query.filter, me, session.get_bind().dialect.name
    ) + segment_conditions(segments[index])
    rows = session.execute(
        select(
            Conversation.id,
            Conversation.priority,
            Conversation.waiting_since,
            Conversation.account_id,
        ).where(*conditions)
    ).all()
    due = moments(session, ((cid, account, since) for cid, _p, since, account in rows if since))
    placed = sorted(
        (position(segments, _Probe(cid, priority, since, due.get(cid))), cid)
        for cid, priority, since, _account in rows
    )
    if cursor is not None and cursor.segment == index:
        after = cursor_position(segments, cursor)
        placed = [item for item in placed if item[0] > after]
    return [cid for _where, cid in placed[:limit]]
