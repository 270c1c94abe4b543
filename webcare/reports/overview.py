"""The live picture for a wall screen: what is open, who waits longest, what is about to breach,
and who works on what. Read from the conversations as they are now (not from the derived
rounds), so it is right the moment the inbox changes; waiting counts office time of the policy
of each conversation's account, as in the inbox.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session

from webcare.inbox import sla
from webcare.storage.models import Account, Conversation, User
from webcare.team import store
from webcare.vocabulary import ConversationStatus, Platform

OPEN = (ConversationStatus.NEW, ConversationStatus.OPEN)
NOT_CLOSED = (*OPEN, ConversationStatus.PENDING, ConversationStatus.SNOOZED)
LISTED = 8  # how many conversations the breach list shows


@dataclass(frozen=True)
class Waiting:
    """An open conversation a resident waits on."""

    conversation_id: int
    platform: Platform
    account: str
    assignee: str | None
    waiting_since: datetime
    waited_office_seconds: float
    due_at: datetime | None
    # office seconds left until the target (negative: how far over)
    left_office_seconds: float


@dataclass(frozen=True)
class AgentLoad:
    user_id: int
    name: str
    open: int  # conversations they hold that are new or open
    waiting: int  # of which a resident waits on
    parked: int  # pending or snoozed
    oldest_waiting_since: datetime | None


@dataclass(frozen=True)
class Overview:
    computed_at: datetime
    queues: dict[str, int]  # "unassigned", "assigned", "pending", "snoozed"
    channels: dict[Platform, int]  # not closed, per platform
    waiting: int
    oldest: Waiting | None
    breaching: tuple[Waiting, ...]  # over, or due within the breach window, soonest first
    breaching_count: int
    over_count: int
    agents: tuple[AgentLoad, ...]


@dataclass
class _Load:
    open: int = 0
    waiting: int = 0
    parked: int = 0
    oldest: datetime | None = None


def compute(session: Session, now: datetime, breach_within_minutes: int = 30) -> Overview:
    book = store.load_book(session)
    rows = session.execute(
        select(
            Conversation.id,
            Conversation.status,
            Conversation.assignee_id,
            Conversation.waiting_since,
            Conversation.account_id,
            Account.platform,
            Account.name,
        )
        .join(Account, Account.id == Conversation.account_id)
        .where(Conversation.status.in_(NOT_CLOSED))
    ).all()
    names = dict(session.execute(select(User.id, User.display_name)).all())
    queues: Counter[str] = Counter({"unassigned": 0, "assigned": 0, "pending": 0, "snoozed": 0})
    channels: Counter[Platform] = Counter()
    waits: list[Waiting] = []
    loads: dict[int, _Load] = {}
    soon = now + timedelta(minutes=breach_within_minutes)
    for cid, status, assignee, since, account_id, platform, account in rows:
        channels[platform] += 1
        if status in OPEN:
            queues["assigned" if assignee is not None else "unassigned"] += 1
        else:
            queues[status.value] += 1
        if assignee is not None:
            load = loads.setdefault(assignee, _Load())
            if status in OPEN:
                load.open += 1
            else:
                load.parked += 1
        if status not in OPEN or since is None:
            continue
        clock = sla.clock(book.for_account(account_id), since, now)
        assert clock is not None
        waits.append(
            Waiting(
                cid,
                platform,
                account,
                names.get(assignee) if assignee is not None else None,
                since,
                clock.waited_office_seconds,
                clock.due_at,
                clock.left_office_seconds,
            )
        )
        if assignee is not None:
            load = loads[assignee]
            load.waiting += 1
            if load.oldest is None or since < load.oldest:
                load.oldest = since
    waits.sort(key=lambda wait: (wait.waiting_since, wait.conversation_id))
    breaching = sorted(
        (wait for wait in waits if wait.due_at is not None and wait.due_at <= soon),
        key=lambda wait: (wait.due_at, wait.conversation_id),
    )
    agents = tuple(
        sorted(
            (
                AgentLoad(
                    user_id,
                    str(names.get(user_id, "")),
                    load.open,
                    load.waiting,
                    load.parked,
                    load.oldest,
                )
                for user_id, load in loads.items()
            ),
            key=lambda agent: (-agent.open, agent.name),
        )
    )
    return Overview(
        computed_at=now,
        queues=dict(queues),
        channels=dict(channels),
        waiting=len(waits),
        oldest=waits[0] if waits else None,
        breaching=tuple(breaching[:LISTED]),
        breaching_count=len(breaching),
        over_count=sum(1 for wait in waits if wait.left_office_seconds <= 0),
        agents=agents,
    )
