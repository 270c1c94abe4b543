"""Drafts: what an agent is writing in a conversation, kept in the database while they type.

One draft per user, conversation and mode (a reply to the resident, or an internal note). The
desktop saves it a moment after the agent stops typing and when they move on, so a crash, a
power cut or a closed window loses at most the last second. Sending the reply or saving the
note deletes the draft in the same transaction. Drafts live in the database rather than a file
on the workstation because they may hold personal data: they go with their conversation, so an
erasure reaches them, and they follow the agent to another desktop.
"""

from __future__ import annotations

import enum
from datetime import datetime

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from webcare.storage.models import Draft
from webcare.storage.types import utcnow


class DraftMode(enum.StrEnum):
    REPLY = "reply"
    NOTE = "note"


def save(
    session: Session,
    user_id: int,
    conversation_id: int,
    mode: DraftMode,
    text: str,
    now: datetime | None = None,
) -> None:
    """Keep `text` as the user's draft (blank text: no draft)."""
    if not text.strip():
        discard(session, user_id, conversation_id, mode)
        return
    draft = session.get(Draft, (user_id, conversation_id, mode.value))
    if draft is None:
        session.add(
            Draft(
                user_id=user_id,
                conversation_id=conversation_id,
                mode=mode.value,
                text=text,
                updated_at=now or utcnow(),
            )
        )
    else:
        draft.text, draft.updated_at = text, now or utcnow()
    session.flush()


def discard(session: Session, user_id: int, conversation_id: int, mode: DraftMode) -> None:
    session.execute(
        delete(Draft).where(
            Draft.user_id == user_id,
            Draft.conversation_id == conversation_id,
            Draft.mode == mode.value,
        )
    )


def load(session: Session, user_id: int) -> dict[tuple[int, DraftMode], str]:
    """Every draft of the user, by conversation and mode."""
    rows = session.execute(
        select(Draft.conversation_id, Draft.mode, Draft.text).where(Draft.user_id == user_id)
    )
    return {(conversation_id, DraftMode(mode)): text for conversation_id, mode, text in rows}
