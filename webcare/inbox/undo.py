"""Undo of the last change an agent made to how a conversation is handled.

Claiming, assigning, setting the status (open, pending, snoozed, closed) and the priority change
a handful of columns of one conversation. `undoable` records them before and after such a
change; `undo` puts the "before" back, but only while the conversation is still exactly as the
change left it — a compare-and-set in one UPDATE, like claiming. If a resident wrote in the
meantime (the waiting clock moved) or a colleague took the conversation, nothing is undone and
`ChangeRefused(CHANGED_SINCE)` says so: an undo never overwrites someone else's work.

Putting the columns back restores what a plain inverse action would lose, such as the moment the
resident has been waiting since, which closing clears and the response-time reports rely on.

A tag added or removed is undone by its inverse (`TagStep`): taking the tag off again, or
putting it back.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import asdict, dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import select, update
from sqlalchemy.orm import Session

from webcare import audit
from webcare.inbox import actions, changes
from webcare.inbox.actions import ChangeRefused
from webcare.storage.db import rows_affected
from webcare.storage.models import Conversation
from webcare.vocabulary import ConversationStatus

_COLUMNS = (
    Conversation.status,
    Conversation.snoozed_until,
    Conversation.status_changed_at,
    Conversation.closed_at,
    Conversation.waiting_since,
    Conversation.assignee_id,
    Conversation.assigned_at,
    Conversation.priority,
)


@dataclass(frozen=True)
class Handling:
    """The columns of a conversation that claiming, assigning, status and priority change."""

    status: ConversationStatus
    snoozed_until: datetime | None
    status_changed_at: datetime | None
    closed_at: datetime | None
    waiting_since: datetime | None
    assignee_id: int | None
    assigned_at: datetime | None
    priority: int


@dataclass(frozen=True)
class UndoStep:
    """One change that can be undone: which conversation, what was done, before and after."""

    conversation_id: int
    action: str
    before: Handling
    after: Handling


@dataclass(frozen=True)
class TagStep:
    """A tag that was put on (`added`) or taken off a conversation."""

    conversation_id: int
    tag_id: int
    name: str
    added: bool


Step = UndoStep | TagStep


def handling(session: Session, conversation_id: int) -> Handling:
    row = session.execute(select(*_COLUMNS).where(Conversation.id == conversation_id)).first()
    if row is None:
        raise ChangeRefused(ChangeRefused.Code.NO_CONVERSATION)
    return Handling(*row)


def undoable(
    session: Session, conversation_id: int, action: str, change: Callable[[], object]
) -> UndoStep | None:
    """Run `change` (in the caller's transaction); the step that undoes it, or None when it
    changed nothing."""
    before = handling(session, conversation_id)
    change()
    after = handling(session, conversation_id)
    return None if after == before else UndoStep(conversation_id, action, before, after)


def undo(session: Session, step: Step, *, by: int) -> None:
    """Take back `step`: put the conversation back as it was before, if nothing changed it
    since; or take a tag off again, or put it back.

    Raises:
        ChangeRefused(CHANGED_SINCE): the conversation is no longer as `step` left it.
    """
    if isinstance(step, TagStep):
        if step.added:
            actions.remove_tag(session, step.conversation_id, step.tag_id, by=by)
        else:
            actions.add_tag(session, step.conversation_id, step.name, by=by)
        return
    still_as_left = [
        column.is_not_distinct_from(getattr(step.after, column.key)) for column in _COLUMNS
    ]
    result = session.execute(
        update(Conversation)
        .where(Conversation.id == step.conversation_id, *still_as_left)
        .values(**asdict(step.before)),
        execution_options={"synchronize_session": False},
    )
    if rows_affected(result) != 1:
        handling(session, step.conversation_id)  # NO_CONVERSATION when it is gone
        raise ChangeRefused(ChangeRefused.Code.CHANGED_SINCE)
    changes.touch(session, [step.conversation_id])
    audit.record(
        session,
        actor=audit.user_actor(by),
        user_id=by,
        action="conversation.undone",
        entity_type="conversation",
        entity_id=step.conversation_id,
        details={"undid": step.action, "restored": _plain(step.before)},
    )


def _plain(state: Handling) -> dict[str, Any]:
    """The state as JSON-safe values for the audit log."""
    plain: dict[str, Any] = {}
    for key, value in asdict(state).items():
        if isinstance(value, datetime):
            value = value.isoformat()
        elif isinstance(value, ConversationStatus):
            value = value.value
        plain[key] = value
    return plain
