"""What the calendar shows: the posts of a period (and a series' coming occurrences), and the
posts that need a decision."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from webcare.calendar import timing
from webcare.calendar.records import DECISION_STATES, CalendarFilter, PostInfo, TargetInfo
from webcare.calendar.views import post_info, target_info
from webcare.storage.models import Post, PostTarget
from webcare.vocabulary import PostState

_LOAD = (
    selectinload(Post.targets).selectinload(PostTarget.images),
    selectinload(Post.targets).selectinload(PostTarget.account),
    selectinload(Post.campaign),
)


def list_posts(
    session: Session, start: datetime, end: datetime, where: CalendarFilter | None = None
) -> list[PostInfo]:
    """Posts planned in [`start`, `end`), by time; a series shows as its occurrences (those
    not yet posts of their own are `virtual`)."""
    where = where or CalendarFilter()
    rows = session.scalars(
        select(Post)
        .where(Post.scheduled_at >= start, Post.scheduled_at < end, Post.recurrence.is_(None))
        .options(*_LOAD)
        .order_by(Post.scheduled_at, Post.id)
    ).all()
    found = [post_info(post) for post in rows]
    series = session.scalars(select(Post).where(Post.recurrence.is_not(None)).options(*_LOAD)).all()
    for template in series:
        if not any(t.state is not PostState.CANCELLED for t in template.targets):
            continue
        assert template.recurrence is not None
        first = timing.LocalTime(
            template.zone, template.local_time, template.fold, template.scheduled_at
        )
        after = max(template.materialised_until or start, start)
        inclusive = template.materialised_until is None or template.materialised_until < start
        for when in timing.occurrences(template.recurrence, first, after, end, inclusive=inclusive):
            if when.instant >= end:
                break
            found.append(
                post_info(
                    template, wall=when.wall, fold=when.fold, instant=when.instant, virtual=True
                )
            )
    found.sort(key=lambda p: (p.scheduled_at, p.id))
    return [post for post in found if where.admits(post)]


def needs_decision(session: Session) -> list[TargetInfo]:
    """Missed, unconfirmed and failed targets, and held ones whose hold was released."""
    from webcare.calendar.holds import covered_accounts

    covered = covered_accounts(session)
    rows = session.scalars(
        select(PostTarget)
        .join(Post, Post.id == PostTarget.post_id)
        .where(
            PostTarget.state.in_([*DECISION_STATES, PostState.HELD]),
            Post.recurrence.is_(None),
        )
        .options(selectinload(PostTarget.images), selectinload(PostTarget.account))
        .order_by(PostTarget.due_at, PostTarget.id)
    ).all()
    return [
        target_info(t)
        for t in rows
        if t.state is not PostState.HELD or not covered.covers(t.account_id)
    ]
