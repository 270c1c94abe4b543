"""What an agent does to a conversation: claim, assign, status, priority, tags, notes, replies.

Every function runs in the caller's transaction (the inbox desk's, which has checked the user's
role before), records an audit event and moves the change counter for the conversations it
changed, so that other desktops see the change within seconds.

Assignment is a compare-and-set in the database: `UPDATE ... WHERE assignee_id IS NULL` (or
`= the holder the agent saw`), and the row count says who won. Two agents can never both hold
a conversation, and nobody takes one over without having seen who held it.
"""

from __future__ import annotations

import enum
import re
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import delete, select, update
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from webcare import audit
from webcare.errors import WebcareError
from webcare.inbox import changes, drafts
from webcare.inbox.outbox import QueuedReply, queue_reply, retry_failed
from webcare.storage.db import rows_affected
from webcare.storage.models import Conversation, ConversationTag, Message, MessageMention, Tag, User
from webcare.storage.types import utcnow
from webcare.vocabulary import ConversationStatus, Direction, MessageKind, MessageTag, Priority

MENTION = re.compile(r"(?<![\w@])@([a-z0-9][a-z0-9._-]*[a-z0-9]|[a-z0-9])", re.IGNORECASE)
TAG_MAX = 100


class HeldByColleague(WebcareError):  # noqa: N818 - a refusal, not a fault
    """Someone else holds the conversation.

    Raised when a claim lost the race, when the holder is not the one the agent saw, and when
    a reply to a colleague's conversation was not confirmed.
    """

    def __init__(self, holder_id: int, holder_name: str, since: datetime | None) -> None:
        super().__init__(holder_id, holder_name, since)
        self.holder_id = holder_id
        self.holder_name = holder_name
        self.since = since

    def __str__(self) -> str:
        return f"conversation held by user {self.holder_id}"


class ChangeRefused(WebcareError):  # noqa: N818 - a refusal, not a fault
    """The change cannot be made; `code` says why."""

    class Code(enum.StrEnum):
        NO_CONVERSATION = "no_conversation"
        NO_USER = "no_user"
        SNOOZE_IN_PAST = "snooze_in_past"
        EMPTY_NOTE = "empty_note"
        BAD_TAG = "bad_tag"
        BAD_PRIORITY = "bad_priority"
        CHANGED_SINCE = "changed_since"  # an undo found the conversation changed after the step

    def __init__(self, code: ChangeRefused.Code) -> None:
        super().__init__(code)
        self.code = code

    def __str__(self) -> str:
        return f"change refused: {self.code}"


def held_by_colleague(holder_id: int | None, me: int) -> bool:
    """Whether someone other than `me` holds the conversation: the one test of "a colleague's
    conversation", for refusing a claim or a reply here and for asking first in the interface."""
    return holder_id is not None and holder_id != me


@dataclass(frozen=True)
class Holder:
    id: int | None
    name: str | None
    since: datetime | None


def _actor(user_id: int) -> str:
    return audit.user_actor(user_id)


def _holder(session: Session, conversation_id: int) -> Holder:
    row = session.execute(
        select(Conversation.assignee_id, User.display_name, Conversation.assigned_at)
        .outerjoin(User, User.id == Conversation.assignee_id)
        .where(Conversation.id == conversation_id)
    ).first()
    if row is None:
        raise ChangeRefused(ChangeRefused.Code.NO_CONVERSATION)
    return Holder(row[0], row[1], row[2])


def _refuse_held(holder: Holder) -> HeldByColleague:
    assert holder.id is not None
    return HeldByColleague(holder.id, holder.name or "", holder.since)


def _compare_and_set_assignee(
    session: Session,
    conversation_id: int,
    to: int | None,
    expected: int | None,
    now: datetime,
) -> bool:
    """Set the assignee only if it still is `expected`; True when this call changed it."""
    held_as_seen = (
        Conversation.assignee_id.is_(None)
        if expected is None
        else Conversation.assignee_id == expected
    )
    result = session.execute(
        update(Conversation)
        .where(Conversation.id == conversation_id, held_as_seen)
        .values(assignee_id=to, assigned_at=now if to is not None else None),
        execution_options={"synchronize_session": False},
    )
    return rows_affected(result) == 1


def _open_if_new(session: Session, conversation_id: int) -> None:
    """Someone works on it now: a new conversation becomes open."""
    session.execute(
        update(Conversation)
        .where(
            Conversation.id == conversation_id,
            Conversation.status == ConversationStatus.NEW,
        )
        .values(status=ConversationStatus.OPEN),
        execution_options={"synchronize_session": False},
    )


def assign(
    session: Session,
    conversation_id: int,
    to: int | None,
    *,
    by: int,
    expected: int | None,
    now: datetime | None = None,
) -> Holder:
    """Give the conversation to `to` (None: unassign), if `expected` still holds it.

    Args:
        to: the new holder; `by` claims it for themselves when `to == by`.
        expected: the holder the agent saw (None: it looked unassigned).

    Returns:
        The holder afterwards.

    Raises:
        HeldByColleague: someone other than `expected` holds it now.
        ChangeRefused: no such conversation or user.
    """
    now = now or utcnow()
    if to is not None:
        target = session.get(User, to)
        if target is None or not target.active:
            raise ChangeRefused(ChangeRefused.Code.NO_USER)
    if not _compare_and_set_assignee(session, conversation_id, to, expected, now):
        holder = _holder(session, conversation_id)
        if holder.id == to:
            return holder  # already so: nothing to do
        if holder.id is None:
            # It was let go after the agent looked; they meant to change it, so try once more.
            if _compare_and_set_assignee(session, conversation_id, to, None, now):
                return _assigned(session, conversation_id, to, by, None)
            holder = _holder(session, conversation_id)
        raise _refuse_held(holder)
    return _assigned(session, conversation_id, to, by, expected)


def _assigned(
    session: Session, conversation_id: int, to: int | None, by: int, previous: int | None
) -> Holder:
    if to is not None:
        _open_if_new(session, conversation_id)
    changes.touch(session, [conversation_id])
    if to is None:
        action = "conversation.unassigned"
    elif to == by:
        action = "conversation.claimed" if previous is None else "conversation.taken_over"
    else:
        action = "conversation.assigned"
    audit.record(
        session,
        actor=_actor(by),
        user_id=by,
        action=action,
        entity_type="conversation",
        entity_id=conversation_id,
        details={"to": to, "from": previous},
    )
    return _holder(session, conversation_id)


def claim(
    session: Session,
    conversation_id: int,
    user_id: int,
    *,
    expected: int | None = None,
    now: datetime | None = None,
) -> Holder:
    """Assign to me; atomic, so of two agents claiming at once exactly one wins."""
    return assign(session, conversation_id, user_id, by=user_id, expected=expected, now=now)


def set_status(
    session: Session,
    conversation_ids: Sequence[int],
    status: ConversationStatus,
    *,
    by: int,
    until: datetime | None = None,
    now: datetime | None = None,
) -> list[int]:
    """Open, set pending, snooze until `until`, or close; returns the ids that changed.

    Closing stops the waiting clock; a resident's new message reopens the conversation
    (`webcare.inbox.lifecycle`).
    """
    now = now or utcnow()
    if status is ConversationStatus.SNOOZED and (until is None or until <= now):
        raise ChangeRefused(ChangeRefused.Code.SNOOZE_IN_PAST)
    values: dict[str, object] = {
        "status": status,
        "status_changed_at": now,
        "snoozed_until": until if status is ConversationStatus.SNOOZED else None,
    }
    if status is ConversationStatus.CLOSED:
        values.update(closed_at=now, waiting_since=None)
    else:
        values["closed_at"] = None
    ids = sorted(set(conversation_ids))
    changed = list(
        session.scalars(
            select(Conversation.id).where(
                Conversation.id.in_(ids),
                (Conversation.status != status)
                | (Conversation.snoozed_until.is_distinct_from(values["snoozed_until"])),
            )
        )
    )
    details = {"until": until.isoformat()} if until else {}
    _update_each(session, changed, values, by, f"conversation.{status.value}", details)
    return changed


def set_priority(
    session: Session, conversation_ids: Sequence[int], priority: int, *, by: int
) -> list[int]:
    """Set the priority (a `Priority` value); returns the ids that changed."""
    try:
        level = Priority(priority)
    except ValueError as exc:
        raise ChangeRefused(ChangeRefused.Code.BAD_PRIORITY) from exc
    ids = sorted(set(conversation_ids))
    changed = list(
        session.scalars(
            select(Conversation.id).where(
                Conversation.id.in_(ids), Conversation.priority != int(level)
            )
        )
    )
    values = {"priority": int(level)}
    _update_each(session, changed, values, by, "conversation.priority", values)
    return changed


def _update_each(
    session: Session,
    conversation_ids: list[int],
    values: dict[str, Any],
    by: int,
    action: str,
    details: dict[str, Any],
) -> None:
    """Apply `values` to conversations that need the change, mark them changed, and audit
    each one."""
    if not conversation_ids:
        return
    session.execute(
        update(Conversation).where(Conversation.id.in_(conversation_ids)).values(**values),
        execution_options={"synchronize_session": False},
    )
    changes.touch(session, conversation_ids)
    for conversation_id in conversation_ids:
        audit.record(
            session,
            actor=_actor(by),
            user_id=by,
            action=action,
            entity_type="conversation",
            entity_id=conversation_id,
            details=details,
        )


def _tag_named(session: Session, name: str) -> Tag:
    tag = session.scalars(select(Tag).where(Tag.name == name)).first()
    if tag is not None:
        return tag
    try:
        with session.begin_nested():
            tag = Tag(name=name)
            session.add(tag)
            session.flush()
            return tag
    except IntegrityError:  # created by a colleague a moment ago
        found = session.scalars(select(Tag).where(Tag.name == name)).first()
        assert found is not None
        return found


def add_tag(session: Session, conversation_id: int, name: str, *, by: int) -> int:
    """Tag the conversation (creating the tag when it is new); returns the tag's id."""
    name = " ".join(name.split())
    if not name or len(name) > TAG_MAX:
        raise ChangeRefused(ChangeRefused.Code.BAD_TAG)
    if session.get(Conversation, conversation_id) is None:
        raise ChangeRefused(ChangeRefused.Code.NO_CONVERSATION)
    tag = _tag_named(session, name)
    present = session.get(ConversationTag, (conversation_id, tag.id))
    if present is None:
        session.add(ConversationTag(conversation_id=conversation_id, tag_id=tag.id))
        session.flush()
        changes.touch(session, [conversation_id])
        audit.record(
            session,
            actor=_actor(by),
            user_id=by,
            action="conversation.tagged",
            entity_type="conversation",
            entity_id=conversation_id,
            details={"tag_id": tag.id},
        )
    return tag.id


def remove_tag(session: Session, conversation_id: int, tag_id: int, *, by: int) -> bool:
    """Take a tag off; True when it was there."""
    result = session.execute(
        delete(ConversationTag).where(
            ConversationTag.conversation_id == conversation_id, ConversationTag.tag_id == tag_id
        )
    )
    if rows_affected(result) != 1:
        return False
    changes.touch(session, [conversation_id])
    audit.record(
        session,
        actor=_actor(by),
        user_id=by,
        action="conversation.untagged",
        entity_type="conversation",
        entity_id=conversation_id,
        details={"tag_id": tag_id},
    )
    return True


def mentioned_usernames(text: str) -> list[str]:
    """The @usernames in a note, lower-cased, in order, without repeats."""
    seen: dict[str, None] = {}
    for match in MENTION.finditer(text):
        seen.setdefault(match.group(1).lower(), None)
    return list(seen)


def add_note(
    session: Session,
    conversation_id: int,
    text: str,
    *,
    by: int,
    now: datetime | None = None,
) -> int:
    """Add an internal note (never sent to the resident); @username mentions a colleague.

    Returns:
        The note's message id.
    """
    now = now or utcnow()
    if not text.strip():
        raise ChangeRefused(ChangeRefused.Code.EMPTY_NOTE)
    conversation = session.get(Conversation, conversation_id)
    if conversation is None:
        raise ChangeRefused(ChangeRefused.Code.NO_CONVERSATION)
    note = Message(
        conversation_id=conversation_id,
        platform=conversation.account.platform,
        direction=Direction.NOTE,
        kind=MessageKind.NOTE,
        author_user_id=by,
        text=text,
        created_at=now,
        received_at=now,
    )
    session.add(note)
    session.flush()
    names = mentioned_usernames(text)
    mentioned: list[int] = []
    if names:
        mentioned = list(
            session.scalars(select(User.id).where(User.username.in_(names), User.active.is_(True)))
        )
        session.add_all(MessageMention(message_id=note.id, user_id=uid) for uid in mentioned)
    changes.touch(session, [conversation_id])
    drafts.discard(session, by, conversation_id, drafts.DraftMode.NOTE)
    audit.record(
        session,
        actor=_actor(by),
        user_id=by,
        action="note.added",
        entity_type="message",
        entity_id=note.id,
        details={"conversation_id": conversation_id, "mentioned": sorted(mentioned)},
    )
    return note.id


def send_reply(
    session: Session,
    conversation_id: int,
    text: str,
    *,
    by: int,
    expected_holder: int | None,
    confirmed: bool = False,
    tag: MessageTag | None = None,
    now: datetime | None = None,
) -> QueuedReply:
    """Queue a reply for the worker to send; it shows as "queued" at once.

    Replying to an unassigned conversation claims it. Replying to a colleague's conversation
    needs `confirmed` and that the colleague is the holder the agent was shown. `tag`: sent
    with Meta's HUMAN_AGENT tag (between 24 hours and 7 days after the resident wrote).

    Raises:
        HeldByColleague: a colleague holds it and the agent has not confirmed (for them).
        ReplyRefused: the text or the platform's rules do not allow this reply.
    """
    now = now or utcnow()
    holder = _holder(session, conversation_id)
    if holder.id is None:
        if not _compare_and_set_assignee(session, conversation_id, by, None, now):
            raise _refuse_held(_holder(session, conversation_id))
    elif held_by_colleague(holder.id, by) and not (confirmed and holder.id == expected_holder):
        raise _refuse_held(holder)
    queued = queue_reply(
        session, conversation_id=conversation_id, text=text, user_id=by, tag=tag, now=now
    )
    session.execute(
        update(Conversation).where(Conversation.id == conversation_id).values(waiting_since=None),
        execution_options={"synchronize_session": False},
    )
    _open_if_new(session, conversation_id)
    changes.touch(session, [conversation_id])
    drafts.discard(session, by, conversation_id, drafts.DraftMode.REPLY)
    return queued


def retry_reply(session: Session, message_id: int, *, by: int) -> int:
    """Queue a failed reply again; returns its conversation's id."""
    retry_failed(session, message_id, by)
    conversation_id = session.scalar(
        select(Message.conversation_id).where(Message.id == message_id)
    )
    assert conversation_id is not None
    changes.touch(session, [conversation_id])
    return conversation_id
