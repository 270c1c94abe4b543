"""The team's labels (tags): rename, colour, merge and delete, each audited.

Labels are made where they are used ("New tag…" on a conversation, `actions.add_tag`); this
is where the team keeps them tidy. Every change moves the change counter of the
conversations carrying the label, so that their rows and headers show the new state.
"""

from __future__ import annotations

import enum
import re
from dataclasses import dataclass

from sqlalchemy import delete, func, select
from sqlalchemy.orm import Session

from webcare import audit
from webcare.errors import WebcareError
from webcare.inbox import changes
from webcare.inbox.actions import TAG_MAX
from webcare.storage.models import ConversationTag, Tag

COLOUR = re.compile(r"#[0-9a-f]{6}")


class LabelRefused(WebcareError):  # noqa: N818 - a refusal, not a fault
    """The label change cannot be made; `code` says why."""

    class Code(enum.StrEnum):
        NO_LABEL = "no_label"
        BAD_NAME = "bad_name"
        NAME_TAKEN = "name_taken"
        BAD_COLOUR = "bad_colour"
        SAME_LABEL = "same_label"

    def __init__(self, code: LabelRefused.Code) -> None:
        super().__init__(code)
        self.code = code

    def __str__(self) -> str:
        return f"label refused: {self.code}"


@dataclass(frozen=True)
class LabelView:
    id: int
    name: str
    colour: str | None
    conversations: int  # how many conversations carry it


def list_labels(session: Session) -> list[LabelView]:
    """Every label with its use, by name."""
    used = (
        select(ConversationTag.tag_id, func.count().label("n"))
        .group_by(ConversationTag.tag_id)
        .subquery()
    )
    rows = session.execute(
        select(Tag.id, Tag.name, Tag.color, func.coalesce(used.c.n, 0))
        .outerjoin(used, used.c.tag_id == Tag.id)
        .order_by(Tag.name)
    )
    return [LabelView(i, name, colour, int(n)) for i, name, colour, n in rows]


LabelSignature = tuple[tuple[int, str, str | None], ...]


def signature(session: Session) -> LabelSignature:
    """Every label's id, name and colour: what a desktop compares to see that a colleague made,
    renamed, coloured, merged or deleted one (a small table, read only when something changed)."""
    rows = session.execute(select(Tag.id, Tag.name, Tag.color).order_by(Tag.id))
    return tuple((i, name, colour) for i, name, colour in rows)


def _label(session: Session, label_id: int) -> Tag:
    tag = session.get(Tag, label_id, with_for_update=True)
    if tag is None:
        raise LabelRefused(LabelRefused.Code.NO_LABEL)
    return tag


def _carriers(session: Session, label_id: int) -> list[int]:
    return list(
        session.scalars(
            select(ConversationTag.conversation_id).where(ConversationTag.tag_id == label_id)
        )
    )


def _record(session: Session, by: int, action: str, label_id: int, **details: object) -> None:
    audit.record(
        session,
        actor=audit.user_actor(by),
        user_id=by,
        action=action,
        entity_type="tag",
        entity_id=label_id,
        details=details,
    )


def rename_label(session: Session, label_id: int, name: str, *, by: int) -> list[int]:
    """Give the label another name; returns the conversations that carry it."""
    name = " ".join(name.split())
    if not name or len(name) > TAG_MAX:
        raise LabelRefused(LabelRefused.Code.BAD_NAME)
    tag = _label(session, label_id)
    taken = session.scalar(select(Tag.id).where(Tag.name == name, Tag.id != label_id))
    if taken is not None:
        raise LabelRefused(LabelRefused.Code.NAME_TAKEN)  # merging is its own, explicit step
    tag.name = name
    _record(session, by, "tag.renamed", label_id)
    return _touch(session, _carriers(session, label_id))


def set_label_colour(session: Session, label_id: int, colour: str | None, *, by: int) -> list[int]:
    """Colour the label ("#rrggbb"), or take its colour away (None)."""
    if colour is not None:
        colour = colour.lower()
        if not COLOUR.fullmatch(colour):
            raise LabelRefused(LabelRefused.Code.BAD_COLOUR)
    tag = _label(session, label_id)
    tag.color = colour
    _record(session, by, "tag.coloured", label_id, colour=colour)
    return _touch(session, _carriers(session, label_id))


def merge_labels(session: Session, label_id: int, into_id: int, *, by: int) -> list[int]:
    """Put `into_id` wherever `label_id` is, then delete `label_id`."""
    if label_id == into_id:
        raise LabelRefused(LabelRefused.Code.SAME_LABEL)
    _label(session, label_id)
    _label(session, into_id)
    carriers = _carriers(session, label_id)
    already = set(_carriers(session, into_id))
    session.add_all(
        ConversationTag(conversation_id=c, tag_id=into_id) for c in carriers if c not in already
    )
    session.execute(delete(ConversationTag).where(ConversationTag.tag_id == label_id))
    session.execute(delete(Tag).where(Tag.id == label_id))
    _record(session, by, "tag.merged", label_id, into=into_id)
    return _touch(session, carriers)


def delete_label(session: Session, label_id: int, *, by: int) -> list[int]:
    """Take the label off every conversation and delete it."""
    _label(session, label_id)
    carriers = _carriers(session, label_id)
    session.execute(delete(ConversationTag).where(ConversationTag.tag_id == label_id))
    session.execute(delete(Tag).where(Tag.id == label_id))
    _record(session, by, "tag.deleted", label_id)
    return _touch(session, carriers)


def _touch(session: Session, conversations: list[int]) -> list[int]:
    session.flush()
    if conversations:
        changes.touch(session, conversations)
    return conversations
