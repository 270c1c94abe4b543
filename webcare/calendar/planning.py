"""Planning posts: saving from the composer, moving, deciding, and the series' occurrences.

Runs inside a desk call's transaction (the desk owns the session, the role check and the
audit event); these functions never open their own.
"""

from __future__ import annotations

from datetime import datetime, timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from webcare.calendar import areas, holds, timing
from webcare.calendar.checks import check_variant
from webcare.calendar.records import (
    DECISION_STATES,
    SETTLED_STATES,
    Moved,
    NotDecidable,
    NotFound,
    PostBusy,
    PostDraft,
    PostInvalid,
    Problem,
)
from webcare.storage.models import Account, Campaign, Post, PostImage, PostTarget
from webcare.vocabulary import PostState

# A post without a deadline of its own is never published more than this late: later than
# that it is `missed`, and a person decides (publish now, reschedule, cancel).
DEFAULT_LATENESS = timedelta(hours=1)
# Occurrences of a series become posts of their own this long before they are due (so the
# day-ahead pre-flight sees them, and each can be edited or cancelled alone).
MATERIALISE_AHEAD = timedelta(hours=48)
# States a planner may still change by editing or moving the post.
OPEN_STATES = frozenset(
    {PostState.DRAFT, PostState.SCHEDULED, PostState.HELD, PostState.CANCELLED}
    | DECISION_STATES - {PostState.UNCONFIRMED}
)


def load_post(session: Session, post_id: int, *, lock: bool = False) -> Post:
    query = (
        select(Post)
        .where(Post.id == post_id)
        .options(
            selectinload(Post.targets).selectinload(PostTarget.images),
            selectinload(Post.targets).selectinload(PostTarget.account),
            selectinload(Post.campaign),
        )
    )
    if lock:
        query = query.with_for_update()
    post = session.scalars(query).one_or_none()
    if post is None:
        raise NotFound("post", post_id)
    return post


def deadline_for(scheduled_at: datetime, deadline_at: datetime | None) -> datetime:
    return deadline_at if deadline_at is not None else scheduled_at + DEFAULT_LATENESS


def validate(
    session: Session, draft: PostDraft, now: datetime
) -> tuple[timing.LocalTime, timing.LocalTime | None, dict[int, Account]]:
    """Everything wrong with `draft`, raised at once as PostInvalid; else its times."""
    problems: list[Problem] = []
    when: timing.LocalTime | None = None
    deadline: timing.LocalTime | None = None
    try:
        when = timing.resolve(draft.wall, draft.zone, draft.fold)
    except timing.NonExistentTime as exc:
        problems.append(Problem("nonexistent_time", None, str(exc)))
    except timing.AmbiguousTime as exc:
        problems.append(Problem("ambiguous_time", None, str(exc)))
    if draft.deadline is not None:
        try:
            deadline = timing.resolve(draft.deadline, draft.zone, draft.deadline_fold)
        except timing.TimeError as exc:
            problems.append(Problem("bad_deadline", None, str(exc)))
    if when is not None and deadline is not None and deadline.instant <= when.instant:
        problems.append(Problem("deadline_before_time"))
    if draft.schedule and when is not None and when.instant < now - timedelta(minutes=1):
        problems.append(Problem("in_the_past"))
    if draft.recurrence and when is not None:
        try:
            timing.parse_rule(draft.recurrence, when.wall)
        except timing.BadRecurrence as exc:
            problems.append(Problem("bad_recurrence", None, exc.detail))
    if draft.campaign_id is not None and session.get(Campaign, draft.campaign_id) is None:
        problems.append(Problem("unknown_campaign", None, str(draft.campaign_id)))
    accounts: dict[int, Account] = {}
    if not draft.variants:
        problems.append(Problem("no_accounts"))
    for variant in draft.variants:
        account = session.get(Account, variant.account_id)
        if account is None:
            problems.append(Problem("unknown_account", variant.account_id))
            continue
        accounts[account.id] = account
        problems += check_variant(
            account.platform, variant.text, variant.link, variant.images, account.id
        )
    problems += areas.problems(session, draft.neighbourhoods)
    if problems:
        raise PostInvalid(problems)
    assert when is not None
    return when, deadline, accounts


def save_post(
    session: Session, draft: PostDraft, *, post_id: int | None, actor_id: int, now: datetime
) -> Post:
    """Create or update a post and its variants; schedule them or keep them as drafts.

    Raises:
        PostInvalid: every problem of the draft.
        PostBusy: a variant is being published right now.
    """
    when, deadline, accounts = validate(session, draft, now)
    if post_id is None:
        post = Post(created_by=actor_id)
        session.add(post)
    else:
        post = load_post(session, post_id, lock=True)
        if any(t.state is PostState.PUBLISHING for t in post.targets):
            raise PostBusy(post_id)
    post.campaign_id = draft.campaign_id
    post.text = draft.text
    post.link = draft.link
    post.zone = when.zone
    post.local_time = when.wall
    post.fold = when.fold
    post.scheduled_at = when.instant
    post.deadline_at = deadline.instant if deadline is not None else None
    post.recurrence = draft.recurrence or None
    post.materialised_until = _series_mark(session, post)
    post.neighbourhoods = areas.kept(session, draft.neighbourhoods)
    effective_deadline = deadline_for(when.instant, post.deadline_at)
    by_account = {t.account_id: t for t in post.targets}
    wanted = {v.account_id for v in draft.variants}
    for target in list(post.targets):
        if target.account_id not in wanted and target.state not in SETTLED_STATES:
            post.targets.remove(target)
    covered = holds.covered_accounts(session)
    for variant in draft.variants:
        existing = by_account.get(variant.account_id)
        if existing is not None and existing.state in SETTLED_STATES:
            continue  # what was published (or may have been) is not rewritten
        target = existing or PostTarget(account_id=variant.account_id)
        if existing is None:
            post.targets.append(target)
        target.text = variant.text
        target.link = variant.link
        target.images = [
            PostImage(position=n, path=i.path, url=i.url, alt_text=i.alt_text)
            for n, i in enumerate(variant.images)
        ]
        _reset(target, when.instant, effective_deadline)
        if not draft.schedule:
            target.state = PostState.DRAFT
        elif covered.covers(accounts[variant.account_id].id):
            target.state = PostState.HELD
        else:
            target.state = PostState.SCHEDULED
    session.flush()
    return post


def _reset(target: PostTarget, due: datetime, deadline: datetime) -> None:
    target.due_at = due
    target.deadline_at = deadline
    target.state_reason = None
    target.next_attempt_at = None
    target.attempts = 0
    target.claim_token = None
    target.claimed_at = None
    target.preflight_stage = 0
    target.preflight_problems = []


def reschedule(
    session: Session, post_id: int, wall: datetime, fold: int | None, now: datetime
) -> Moved:
    """Move a post to another wall-clock time (a drag on the calendar, or undoing one).

    Its deadline stays where it is (it belongs to the real-world event); a move past it is
    refused. Targets that need a decision, or are held, are scheduled again at the new time.
    """
    post = load_post(session, post_id, lock=True)
    if any(t.state is PostState.PUBLISHING for t in post.targets):
        raise PostBusy(post_id)
    try:
        when = timing.resolve(wall, post.zone, fold)
    except timing.NonExistentTime as exc:
        raise PostInvalid([Problem("nonexistent_time", None, str(exc))]) from exc
    except timing.AmbiguousTime as exc:
        raise PostInvalid([Problem("ambiguous_time", None, str(exc))]) from exc
    if post.deadline_at is not None and when.instant >= post.deadline_at:
        raise PostInvalid([Problem("deadline_before_time")])
    moved = Moved(post.id, post.local_time, post.fold, when.wall, when.fold)
    post.local_time, post.fold, post.scheduled_at = when.wall, when.fold, when.instant
    post.materialised_until = _series_mark(session, post)
    deadline = deadline_for(when.instant, post.deadline_at)
    covered = holds.covered_accounts(session)
    for target in post.targets:
        if target.state not in OPEN_STATES or target.state is PostState.CANCELLED:
            continue
        was_draft = target.state is PostState.DRAFT
        _reset(target, when.instant, deadline)
        if was_draft:
            target.state = PostState.DRAFT
        elif covered.covers(target.account_id):
            target.state = PostState.HELD
        elif when.instant < now - timedelta(minutes=1):
            raise PostInvalid([Problem("in_the_past")])
        else:
            target.state = PostState.SCHEDULED
    session.flush()
    return moved


class Decision:
    PUBLISH_NOW = "publish_now"
    RESCHEDULE = "reschedule"
    CANCEL = "cancel"
    MARK_PUBLISHED = "mark_published"

    ALL = (PUBLISH_NOW, RESCHEDULE, CANCEL, MARK_PUBLISHED)


def decide(
    session: Session,
    target_id: int,
    decision: str,
    now: datetime,
    *,
    wall: datetime | None = None,
    fold: int | None = None,
    url: str | None = None,
) -> PostTarget:
    """A person's decision on a target that needs one (missed, unconfirmed, failed, or held
    after its hold was released), or on any scheduled one (publish now, cancel).

    Publish now is a person's decision to publish late: the target gets a new deadline of
    the default lateness from now. An unconfirmed target may be published again only by
    this explicit decision, after a person checked the platform.
    """
    target = session.get(PostTarget, target_id, with_for_update=True)
    if target is None:
        raise NotFound("post target", target_id)
    state = target.state
    if state is PostState.PUBLISHING:
        raise PostBusy(target.post_id)
    if decision == Decision.CANCEL:
        if state is PostState.PUBLISHED:
            raise NotDecidable(target_id, state, decision)
        target.state = PostState.CANCELLED
        target.next_attempt_at = None
        return target
    if decision == Decision.MARK_PUBLISHED:
        if state is not PostState.UNCONFIRMED:
            raise NotDecidable(target_id, state, decision)
        target.state = PostState.PUBLISHED
        target.url = url or target.url
        target.published_at = target.published_at or target.claimed_at or now
        return target
    if state is PostState.PUBLISHED:
        raise NotDecidable(target_id, state, decision)
    if holds.covered_accounts(session).covers(target.account_id):
        raise NotDecidable(target_id, PostState.HELD, decision)
    if decision == Decision.PUBLISH_NOW:
        _reset(target, now, now + DEFAULT_LATENESS)
        target.state = PostState.SCHEDULED
        return target
    if decision == Decision.RESCHEDULE:
        if wall is None:
            raise ValueError("a reschedule needs the new time")
        post = target.post
        try:
            when = timing.resolve(wall, post.zone, fold)
        except timing.TimeError as exc:
            raise PostInvalid([Problem("nonexistent_time", None, str(exc))]) from exc
        if when.instant < now - timedelta(minutes=1):
            raise PostInvalid([Problem("in_the_past")])
        if post.deadline_at is not None and when.instant >= post.deadline_at:
            post.deadline_at = None  # the planner chose a time past the old deadline
        post.local_time, post.fold, post.scheduled_at = when.wall, when.fold, when.instant
        _reset(target, when.instant, deadline_for(when.instant, post.deadline_at))
        target.state = PostState.SCHEDULED
        return target
    raise ValueError(f"unknown decision {decision!r}")


def cancel_post(session: Session, post_id: int) -> Post:
    post = load_post(session, post_id, lock=True)
    if any(t.state is PostState.PUBLISHING for t in post.targets):
        raise PostBusy(post_id)
    for target in post.targets:
        if target.state not in SETTLED_STATES:
            target.state = PostState.CANCELLED
            target.next_attempt_at = None
    post.materialised_until = post.materialised_until or post.scheduled_at
    return post


def materialise(session: Session, now: datetime, ahead: timedelta = MATERIALISE_AHEAD) -> list[int]:
    """Make the occurrences of every series due before `now + ahead` posts of their own.

    Each copies the series' text, link, variants, images and states (scheduled, held or
    draft), at the occurrence's wall-clock time, with the series' deadline offset.

    Returns:
        The new posts' ids.
    """
    horizon = now + ahead
    made: list[int] = []
    series = session.scalars(
        select(Post)
        .where(Post.recurrence.is_not(None))
        .options(selectinload(Post.targets).selectinload(PostTarget.images))
    ).all()
    for template in series:
        live = [t for t in template.targets if t.state in (PostState.SCHEDULED, PostState.HELD)]
        if not live or template.recurrence is None:
            continue
        start = timing.LocalTime(
            template.zone, template.local_time, template.fold, template.scheduled_at
        )
        after = template.materialised_until
        found = timing.occurrences(
            template.recurrence,
            start,
            after or start.instant,
            horizon,
            inclusive=after is None,
        )
        offset = (
            template.deadline_at - template.scheduled_at
            if template.deadline_at is not None
            else None
        )
        for when in found:
            post = Post(
                campaign_id=template.campaign_id,
                series_id=template.id,
                text=template.text,
                link=template.link,
                zone=when.zone,
                local_time=when.wall,
                fold=when.fold,
                scheduled_at=when.instant,
                deadline_at=when.instant + offset if offset is not None else None,
                neighbourhoods=list(template.neighbourhoods or []),
                created_by=template.created_by,
            )
            deadline = deadline_for(when.instant, post.deadline_at)
            for source in live:
                target = PostTarget(
                    account_id=source.account_id,
                    text=source.text,
                    link=source.link,
                    state=source.state,
                    due_at=when.instant,
                    deadline_at=deadline,
                    preflight_problems=[],
                )
                target.images = [
                    PostImage(position=i.position, path=i.path, url=i.url, alt_text=i.alt_text)
                    for i in source.images
                ]
                post.targets.append(target)
            session.add(post)
            session.flush()
            made.append(post.id)
        if found:
            template.materialised_until = found[-1].instant
    return made


def _series_mark(session: Session, post: Post) -> datetime | None:
    """Up to when a series' occurrences already exist as posts (they are never made twice)."""
    if post.id is None:
        return None
    existing = session.scalars(
        select(Post.scheduled_at)
        .where(Post.series_id == post.id)
        .order_by(Post.scheduled_at.desc())
        .limit(1)
    ).first()
    return existing
