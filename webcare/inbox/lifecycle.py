"""Conversations that change by themselves: snoozes that end, and residents who write again.

The one place of both rules. They run where the worker lease is held and in ingest, never in a
desktop's change check, which only reads (DESIGN.md, "The worker (lease holder) runs what no
reader should"):

- `wake_due` opens snoozed conversations whose time has come; the worker's housekeeping runs it
  (`Worker.housekeeping`, every pass and on the scheduler).
- `inbound_arrived` brings conversations up to date with resident messages stored by ingest:
  the last inbound time, the waiting clock, and reopening a closed, pending or snoozed
  conversation when the resident wrote after its status was set, with its audit event. Ingest
  calls it in its own transaction.

Both are idempotent compare-and-sets: two workers' passes (one losing its lease) or a repeated
call find nothing left to do.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import datetime

from sqlalchemy import and_, case, func, or_, select, update
from sqlalchemy.orm import Session, aliased

from webcare import audit
from webcare.inbox import changes
from webcare.storage.models import Conversation, Message
from webcare.storage.types import utcnow
from webcare.vocabulary import RESTING, ConversationStatus, Direction

SYSTEM = "system:inbox"
CHUNK = 500


def wake_due(session: Session, now: datetime | None = None) -> list[int]:
    """Open every snoozed conversation whose snooze has ended; returns their ids."""
    now = now or utcnow()
    due = list(
        session.scalars(
            select(Conversation.id).where(
                Conversation.status == ConversationStatus.SNOOZED,
                Conversation.snoozed_until <= now,
            )
        )
    )
    woken: list[int] = []
    for conversation_id in due:
        result = session.execute(
            update(Conversation)
            .where(
                Conversation.id == conversation_id,
                Conversation.status == ConversationStatus.SNOOZED,
                Conversation.snoozed_until <= now,
            )
            .values(
                status=ConversationStatus.OPEN,
                snoozed_until=None,
                status_changed_at=now,
            ),
            execution_options={"synchronize_session": False},
        )
        if result.rowcount == 1:  # type: ignore[attr-defined]
            woken.append(conversation_id)
            audit.record(
                session,
                actor=SYSTEM,
                action="conversation.woke",
                entity_type="conversation",
                entity_id=conversation_id,
            )
    if woken:
        changes.touch(session, woken)
    return woken


def inbound_arrived(
    session: Session,
    conversation_ids: Iterable[int],
    now: datetime | None = None,
    *,
    reopened: set[int] | None = None,
) -> list[int]:
    """Reflect newly stored resident messages in their conversations; returns changed ids.

    Args:
        reopened: collects the ids of the conversations this reopened (for ingest's report).
    """
    now = now or utcnow()
    ids = sorted(set(conversation_ids))
    changed: list[int] = []
    found = set() if reopened is None else reopened
    for start in range(0, len(ids), CHUNK):
        changed += _sync_chunk(session, ids[start : start + CHUNK], now, found)
    if changed:
        changes.touch(session, changed)
    return changed


def _sync_chunk(session: Session, ids: list[int], now: datetime, reopened: set[int]) -> list[int]:
    inbound = aliased(Message)
    reply = aliased(Message)
    # The last answer per conversation, once per conversation: a subquery correlated with
    # every inbound message would read the whole thread again for each of them (a page of
    # 10,000 messages in one thread took seconds here alone).
    answers = (
        select(
            reply.conversation_id.label("conversation_id"), func.max(reply.created_at).label("at")
        )
        .where(reply.conversation_id.in_(ids), reply.direction == Direction.OUTBOUND)
        .group_by(reply.conversation_id)
        .subquery()
    )
    last_reply = answers.c.at
    rested_at = func.coalesce(
        Conversation.status_changed_at, Conversation.closed_at, Conversation.created_at
    )
    statement = (
        select(
            Conversation.id,
            Conversation.status,
            Conversation.last_inbound_at,
            Conversation.waiting_since,
            func.max(inbound.created_at),
            # the first message nobody has answered yet: when the resident started waiting
            func.min(
                case(
                    (
                        or_(last_reply.is_(None), inbound.created_at > last_reply),
                        inbound.created_at,
                    )
                )
            ),
            # the first message that arrived after the status was set
            func.min(case((inbound.received_at > rested_at, inbound.created_at))),
        )
        .join(
            inbound,
            and_(
                inbound.conversation_id == Conversation.id,
                inbound.direction == Direction.INBOUND,
            ),
        )
        .outerjoin(answers, answers.c.conversation_id == Conversation.id)
        .where(Conversation.id.in_(ids))
        .group_by(
            Conversation.id,
            Conversation.status,
            Conversation.last_inbound_at,
            Conversation.waiting_since,
            answers.c.at,
        )
    )
    changed: list[int] = []
    for conv_id, status, last_inbound, waiting, newest, unanswered, after_rest in session.execute(
        statement
    ):
        values: dict[str, object] = {}
        guard = [Conversation.id == conv_id]
        if newest is not None and (last_inbound is None or newest > last_inbound):
            values["last_inbound_at"] = newest
            guard.append(
                or_(Conversation.last_inbound_at.is_(None), Conversation.last_inbound_at < newest)
            )
        if status in RESTING and after_rest is not None:
            values.update(
                status=ConversationStatus.OPEN,
                snoozed_until=None,
                closed_at=None,
                status_changed_at=now,
            )
            guard.append(Conversation.status == status)
            if waiting is None:
                values["waiting_since"] = after_rest
        elif waiting is None and unanswered is not None and status not in RESTING:
            values["waiting_since"] = unanswered
            guard.append(Conversation.waiting_since.is_(None))
        if not values:
            continue
        result = session.execute(
            update(Conversation).where(*guard).values(**values),
            execution_options={"synchronize_session": False},
        )
        if result.rowcount == 1:  # type: ignore[attr-defined]
            changed.append(conv_id)
            if "status" in values:
                reopened.add(conv_id)
                audit.record(
                    session,
                    actor=SYSTEM,
                    action="conversation.reopened",
                    entity_type="conversation",
                    entity_id=conv_id,
                    details={"was": status.value},
                )
    return changed
