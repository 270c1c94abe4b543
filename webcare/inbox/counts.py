"""How many conversations each queue holds, and which queues a row belongs to."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import ColumnElement, func, literal, select
from sqlalchemy.orm import Session

from webcare.inbox.listing import ConversationRow
from webcare.inbox.queries import ACTIVE, Queue
from webcare.storage.models import Conversation
from webcare.vocabulary import ConversationStatus


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
