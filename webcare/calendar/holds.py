"""The crisis hold ("stiltemoment"): one action stops every scheduled post (of every account,
or of chosen ones) until a person releases it and decides about each held post.

Holding turns `scheduled` targets into `held` with one conditional UPDATE: the engine only
claims `scheduled` rows, so nothing publishes while held (a post already on the wire when the
hold began finishes; that is the one minute Hootsuite's suspend also cannot stop). Posts
scheduled while a hold is on are held at once. Releasing turns nothing back on by itself:
each held post waits for "publish now", "reschedule" or "cancel"; those past their deadline
become `missed`.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select, update
from sqlalchemy.orm import Session

from webcare.calendar.records import HoldInfo
from webcare.storage.models import Post, PostTarget, PublishingHold, PublishingHoldAccount
from webcare.vocabulary import PostState


@dataclass(frozen=True)
class Covered:
    """Which accounts the active holds cover."""

    everything: bool
    account_ids: frozenset[int]

    def covers(self, account_id: int) -> bool:
        return self.everything or account_id in self.account_ids

    def __bool__(self) -> bool:
        return self.everything or bool(self.account_ids)


def active(session: Session) -> list[PublishingHold]:
    return list(
        session.scalars(
            select(PublishingHold)
            .where(PublishingHold.released_at.is_(None))
            .order_by(PublishingHold.id)
        )
    )


def covered_accounts(session: Session) -> Covered:
    holds = active(session)
    if any(h.all_accounts for h in holds):
        return Covered(True, frozenset())
    if not holds:
        return Covered(False, frozenset())
    ids = session.scalars(
        select(PublishingHoldAccount.account_id).where(
            PublishingHoldAccount.hold_id.in_([h.id for h in holds])
        )
    ).all()
    return Covered(False, frozenset(ids))


def info(session: Session, hold: PublishingHold) -> HoldInfo:
    ids = session.scalars(
        select(PublishingHoldAccount.account_id).where(PublishingHoldAccount.hold_id == hold.id)
    ).all()
    return HoldInfo(
        hold.id,
        hold.reason,
        hold.all_accounts,
        tuple(sorted(ids)),
        hold.started_at,
        hold.started_by,
    )


def start(
    session: Session, reason: str, account_ids: list[int] | None, actor_id: int, now: datetime
) -> tuple[PublishingHold, int]:
    """Hold every scheduled post (of `account_ids`, or of all accounts when None).

    Returns:
        The hold and how many targets it stopped.
    """
    hold = PublishingHold(
        reason=reason, all_accounts=account_ids is None, started_at=now, started_by=actor_id
    )
    session.add(hold)
    session.flush()
    for account_id in sorted(set(account_ids or [])):
        session.add(PublishingHoldAccount(hold_id=hold.id, account_id=account_id))
    statement = update(PostTarget).where(PostTarget.state == PostState.SCHEDULED)
    if account_ids is not None:
        statement = statement.where(PostTarget.account_id.in_(account_ids))
    result = session.execute(
        statement.values(state=PostState.HELD).execution_options(synchronize_session=False)
    )
    session.expire_all()
    return hold, int(result.rowcount or 0)  # type: ignore[attr-defined]


def release(
    session: Session, hold_ids: list[int] | None, actor_id: int, now: datetime
) -> tuple[list[int], list[int], list[int]]:
    """Release the given holds (every active one when None).

    Returns:
        The holds released, the held targets now waiting for a decision, and the targets
        that passed their deadline while held (now missed).
    """
    released = [h for h in active(session) if hold_ids is None or h.id in hold_ids]
    for hold in released:
        hold.released_at = now
        hold.released_by = actor_id
    session.flush()
    still = covered_accounts(session)
    to_decide: list[int] = []
    missed: list[int] = []
    held = session.execute(
        select(PostTarget, Post.recurrence)
        .join(Post, Post.id == PostTarget.post_id)
        .where(PostTarget.state == PostState.HELD)
    ).all()
    for target, recurrence in held:
        if still.covers(target.account_id):
            continue
        if recurrence is not None:
            # A series resumes by itself; its occurrences made during the hold are held
            # posts of their own and are decided one by one.
            target.state = PostState.SCHEDULED
        elif target.deadline_at <= now:
            target.state = PostState.MISSED
            target.state_reason = "held past its deadline"
            missed.append(target.id)
        else:
            to_decide.append(target.id)
    return [h.id for h in released], to_decide, missed
