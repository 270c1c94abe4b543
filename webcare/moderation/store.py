"""Moderation actions: queued by an agent (`queue`), carried out by the worker (`deliver`).

The outbox's pattern, beside replies: a desk only writes a `queued` action; the worker marks it
`sending` before the platform call and `sent` (done) after it, or `failed` with the platform's
refusal, which the thread then shows. Hiding and showing again are idempotent on the platform,
so an action found `sending` (the worker died mid-call) is simply sent again. A delete sent
twice that way is refused by Meta the second time (the comment is gone), and shows that refusal.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from webcare.channel import Channel, ChannelError, Moderation, Rejected
from webcare.errors import WebcareError
from webcare.inbox import changes
from webcare.storage.db import transaction
from webcare.storage.models import Account, Conversation, Message, ModerationAction, User
from webcare.storage.types import utcnow
from webcare.vocabulary import (
    ConversationKind,
    DeliveryState,
    Direction,
    ModerationKind,
    Platform,
)

MODERATED_PLATFORMS = frozenset({Platform.FACEBOOK, Platform.INSTAGRAM})
OPEN_STATES = (DeliveryState.QUEUED, DeliveryState.SENDING)


class ModerationRefused(WebcareError):  # noqa: N818 - a refusal, not a fault
    """This message cannot be moderated like this (a code for the interface)."""

    class Code(enum.StrEnum):
        NO_MESSAGE = "no_message"
        NOT_MODERATED_HERE = "not_moderated_here"  # X, or a direct message
        NOT_A_RESIDENTS_COMMENT = "not_a_residents_comment"
        NOT_OWN_COMMENT = "not_own_comment"
        NOT_ON_PLATFORM = "not_on_platform"  # no platform id (a note, a reply not yet sent)
        ALREADY_QUEUED = "already_queued"

    def __init__(self, code: ModerationRefused.Code, message_id: int) -> None:
        super().__init__(code, message_id)
        self.code = code
        self.message_id = message_id

    def __str__(self) -> str:
        return f"{self.code.value}: message {self.message_id}"


@dataclass(frozen=True)
class Moderated:
    """A message's latest moderation, as the thread shows it.

    Attributes:
        by: the colleague who asked for it (None: no longer a user).
        error: the platform's refusal, when `state` is failed.
    """

    action_id: int
    kind: ModerationKind
    state: DeliveryState
    by: str | None
    error: str | None
    at: datetime


def offers(
    platform: Platform, kind: ConversationKind, message: Message, latest: Moderated | None
) -> tuple[ModerationKind, ...]:
    """What may be done to `message` now: hide or show a resident's comment again, delete a
    comment of the account; nothing while an action is on its way, or where nothing can be."""
    if platform not in MODERATED_PLATFORMS or kind is not ConversationKind.PUBLIC_THREAD:
        return ()
    if message.external_id is None or (latest is not None and latest.state in OPEN_STATES):
        return ()
    done = latest if latest is not None and latest.state is DeliveryState.SENT else None
    if done is not None and done.kind is ModerationKind.DELETE:
        return ()
    if message.direction is Direction.INBOUND:
        hidden = done is not None and done.kind is ModerationKind.HIDE
        return (ModerationKind.UNHIDE,) if hidden else (ModerationKind.HIDE,)
    if message.direction is Direction.OUTBOUND and message.delivery_state in (
        None,
        DeliveryState.SENT,
    ):
        return (ModerationKind.DELETE,)
    return ()


def latest(session: Session, conversation_id: int) -> dict[int, Moderated]:
    """Each message's latest moderation in one conversation (messages never moderated are
    left out)."""
    rows = session.execute(
        select(ModerationAction, User.display_name)
        .outerjoin(User, User.id == ModerationAction.requested_by)
        .where(ModerationAction.conversation_id == conversation_id)
        .order_by(ModerationAction.id)
    ).all()
    found: dict[int, Moderated] = {}
    for action, name in rows:
        found[action.message_id] = Moderated(
            action.id,
            action.kind,
            action.state,
            name,
            action.error,
            action.done_at or action.requested_at,
        )
    return found


def queue(
    session: Session, message_id: int, kind: ModerationKind, user_id: int, now: datetime
) -> ModerationAction:
    """Queue `kind` for one message, for the worker to carry out.

    Raises:
        ModerationRefused: see `ModerationRefused.Code`.
    """
    code = ModerationRefused.Code
    message = session.get(Message, message_id)
    if message is None:
        raise ModerationRefused(code.NO_MESSAGE, message_id)
    conversation = session.get_one(Conversation, message.conversation_id)
    account = session.get_one(Account, conversation.account_id)
    if (
        account.platform not in MODERATED_PLATFORMS
        or conversation.kind is not ConversationKind.PUBLIC_THREAD
    ):
        raise ModerationRefused(code.NOT_MODERATED_HERE, message_id)
    if kind is ModerationKind.DELETE:
        if message.direction is not Direction.OUTBOUND:
            raise ModerationRefused(code.NOT_OWN_COMMENT, message_id)
    elif message.direction is not Direction.INBOUND:
        raise ModerationRefused(code.NOT_A_RESIDENTS_COMMENT, message_id)
    if message.external_id is None:
        raise ModerationRefused(code.NOT_ON_PLATFORM, message_id)
    pending = session.scalar(
        select(ModerationAction.id).where(
            ModerationAction.message_id == message_id, ModerationAction.state.in_(OPEN_STATES)
        )
    )
    if pending is not None:
        raise ModerationRefused(code.ALREADY_QUEUED, message_id)
    action = ModerationAction(
        account_id=account.id,
        conversation_id=conversation.id,
        message_id=message.id,
        kind=kind,
        state=DeliveryState.QUEUED,
        requested_by=user_id,
        requested_at=now,
    )
    session.add(action)
    session.flush()
    changes.touch(session, [conversation.id])
    return action


def pending(session: Session, account_id: int) -> list[int]:
    """The account's actions still to carry out, oldest first."""
    return list(
        session.scalars(
            select(ModerationAction.id)
            .where(
                ModerationAction.account_id == account_id,
                ModerationAction.state.in_(OPEN_STATES),
            )
            .order_by(ModerationAction.id)
        ).all()
    )


@dataclass
class ModerationReport:
    done: int = 0
    failed: int = 0


def deliver(sessions: sessionmaker[Session], account_id: int, channel: Channel) -> ModerationReport:
    """Carry out the account's queued actions (the worker's outbox pass).

    Raises:
        ChannelError: a rate limit, a rejected credential or a temporary failure: the action
            stays queued, and the worker backs off as for a reply.
    """
    report = ModerationReport()
    with sessions() as session:
        ids = pending(session, account_id)
    for action_id in ids:
        with transaction(sessions) as session:
            action = session.get_one(ModerationAction, action_id)
            message = session.get_one(Message, action.message_id)
            kind, external_id = action.kind, message.external_id
            action.state = DeliveryState.SENDING
        try:
            _carry_out(channel, kind, external_id)
        except Rejected as exc:
            _finish(sessions, action_id, DeliveryState.FAILED, exc.reason[:2000])
            report.failed += 1
            continue
        except ChannelError:
            _finish(sessions, action_id, DeliveryState.QUEUED, None, done=False)
            raise
        _finish(sessions, action_id, DeliveryState.SENT, None)
        report.done += 1
    return report


def _carry_out(channel: Channel, kind: ModerationKind, external_id: str | None) -> None:
    if not isinstance(channel, Moderation) or external_id is None:
        raise Rejected("this platform does not let the account moderate comments", "unsupported")
    if kind is ModerationKind.DELETE:
        channel.delete_comment(external_id)
    else:
        channel.set_hidden(external_id, kind is ModerationKind.HIDE)


def _finish(
    sessions: sessionmaker[Session],
    action_id: int,
    state: DeliveryState,
    error: str | None,
    *,
    done: bool = True,
) -> None:
    with transaction(sessions) as session:
        action = session.get_one(ModerationAction, action_id)
        action.state = state
        action.error = error
        action.done_at = utcnow() if done else None
        changes.touch(session, [action.conversation_id])
