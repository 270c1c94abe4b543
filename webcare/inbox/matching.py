"""Which platform copy is which reply: a copy belongs to at most one reply, and only when that
is certain.

A reply whose send was interrupted (the worker died, the connection dropped) is looked up on
the platform. What the platform returns is a list of the account's items with the reply's
text in the reply's thread; what makes a copy *this* reply's, and nobody else's:

- its time lies in the reply's window: from a little before its send started (clock skew)
  to a while after (a platform that carries out a request late);
- no other reply of ours already holds it (a copy recorded for another reply stays theirs:
  the row of a reply that went through the send path is never deleted as a duplicate);
- no other reply with the same text, in the same thread, was on its way at about the same
  time: then either copy could be either reply's (two identical canned replies);
- it is the only such copy.

Anything else is not guessed at: the reply becomes `unconfirmed`, for a person to check on the
platform (and mark sent, or send again). A platform copy that was stored by ingest (the
account's own item, seen in a poll) may be the reply's: matched, the ingested row gives way to
the reply's row, which takes its id.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import and_, or_, select
from sqlalchemy.orm import Session
from sqlalchemy.sql.elements import ColumnElement

from webcare.channel import Delivered
from webcare.inbox.textmatch import same_text
from webcare.storage.models import Conversation, Message
from webcare.vocabulary import DeliveryState, ReplyMode, UnconfirmedReason

# A copy's time may be this much before the send started (our clock against the platform's)…
EARLY = timedelta(minutes=2)
# …and this much after it: a request on the wire when a worker died may be carried out late.
LATE = timedelta(minutes=3)

# Replies whose fate is open: on their way, left for a person, or marked sent by a person
# (who saw the copy but could not name it).
OPEN_STATES = (DeliveryState.SENDING, DeliveryState.UNCONFIRMED)


@dataclass(frozen=True)
class Verdict:
    """What reconciliation may conclude about one reply.

    Attributes:
        copy: the reply's platform copy (None: unconfirmed, see `reason`).
        ingested: the id of an ingested row that is this copy (it gives way to the reply).
    """

    copy: Delivered | None
    reason: UnconfirmedReason | None = None
    ingested: int | None = None


def open_or_unnamed() -> ColumnElement[bool]:
    """Replies whose fate is open, or sent without the platform's id (a person marked them)."""
    return or_(
        Message.delivery_state.in_(OPEN_STATES),
        and_(Message.delivery_state == DeliveryState.SENT, Message.external_id.is_(None)),
    )


def send_time(message: Message) -> datetime:
    return message.send_started_at or message.created_at


def in_window(message: Message, at: datetime | None) -> bool:
    """Whether a copy made at `at` can be this reply's (unknown times are not ruled out)."""
    if at is None:
        return True
    started = send_time(message)
    return started - EARLY <= at <= started + LATE


def went_through_send_path(message: Message) -> bool:
    """A reply written in Webcare (queued, then sent by the worker), not an ingested item."""
    return message.reply_mode is not None


def _scope(session: Session, message: Message) -> list[Message]:
    """Replies whose copies land where this reply's would: its thread, or (a private reply)
    any of the account's messaging threads."""
    query = select(Message).where(
        Message.id != message.id, Message.reply_mode.is_not(None), open_or_unnamed()
    )
    if message.reply_mode is ReplyMode.PRIVATE_REPLY:
        account_id = session.scalar(
            select(Conversation.account_id).where(Conversation.id == message.conversation_id)
        )
        query = query.join(Conversation, Conversation.id == Message.conversation_id).where(
            Conversation.account_id == account_id,
            Message.reply_mode.in_([ReplyMode.PRIVATE_REPLY, ReplyMode.DIRECT]),
        )
    else:
        query = query.where(Message.conversation_id == message.conversation_id)
    return list(session.scalars(query).all())


def rivals(session: Session, message: Message) -> list[Message]:
    """Other replies with the same text whose copies could be taken for this one's."""
    reach = EARLY + LATE
    started = send_time(message)
    return [
        other
        for other in _scope(session, message)
        if same_text(other.text, message.text) and abs(send_time(other) - started) <= reach
    ]


def judge(session: Session, message: Message, copies: Sequence[Delivered]) -> Verdict:
    """Which of `copies` (the platform's items with the reply's text in its thread) is this
    reply, if that is certain."""
    if rivals(session, message):
        return Verdict(None, UnconfirmedReason.IDENTICAL_IN_FLIGHT)
    candidates: list[tuple[Delivered, int | None]] = []
    taken = False
    for copy in copies:
        if not in_window(message, copy.created_at):
            continue
        owner = session.scalars(
            select(Message).where(
                Message.platform == message.platform, Message.external_id == copy.external_id
            )
        ).first()
        if owner is None:
            candidates.append((copy, None))
        elif went_through_send_path(owner):
            taken = True  # another reply's copy, recorded when it was sent
        else:
            candidates.append((copy, owner.id))
    if len(candidates) == 1:
        copy, ingested = candidates[0]
        return Verdict(copy, ingested=ingested)
    if candidates:
        return Verdict(None, UnconfirmedReason.SEVERAL_COPIES)
    return Verdict(None, UnconfirmedReason.COPY_OF_ANOTHER if taken else UnconfirmedReason.NO_COPY)
