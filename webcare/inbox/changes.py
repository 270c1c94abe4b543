"""The cheap change check: a counter that grows with every change to a conversation.

Every service that changes a conversation (ingest, the outbox, claims, status changes, notes,
tags) calls `touch` in the same transaction. A desktop polls `current()` (one primary-key read)
and, when the value moved, reads only `changed_since(its last value)`.
"""

from __future__ import annotations

from collections.abc import Iterable

from sqlalchemy import select, update
from sqlalchemy.orm import Session

from webcare.storage.models import ChangeCounter, Conversation

COUNTER_ID = 1


def touch(session: Session, conversation_ids: Iterable[int]) -> int:
    """Give the conversations a new revision; returns it.

    The counter row is locked by the UPDATE until the transaction ends, so revisions are
    handed out in commit order and a reader never skips a change committed after its read.
    """
    ids = sorted(set(conversation_ids))
    value = session.execute(
        update(ChangeCounter)
        .where(ChangeCounter.id == COUNTER_ID)
        .values(value=ChangeCounter.value + 1)
        .returning(ChangeCounter.value)
    ).scalar_one()
    if ids:
        session.execute(
            update(Conversation).where(Conversation.id.in_(ids)).values(revision=value),
            execution_options={"synchronize_session": False},
        )
    return int(value)


def current(session: Session) -> int:
    """The counter's value: compare with the last one seen to know whether anything changed."""
    return int(
        session.execute(
            select(ChangeCounter.value).where(ChangeCounter.id == COUNTER_ID)
        ).scalar_one()
    )


def changed_since(session: Session, revision: int) -> list[int]:
    """Ids of the conversations changed after `revision`."""
    return list(
        session.scalars(select(Conversation.id).where(Conversation.revision > revision)).all()
    )
