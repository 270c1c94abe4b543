"""ORM rows of the calendar turned into the desk's plain values, and the platform URLs."""

from __future__ import annotations

from datetime import datetime

from webcare.calendar.records import ImageInfo, PostInfo, Problem, TargetInfo
from webcare.storage.models import Account, Post, PostTarget
from webcare.vocabulary import Platform


def profile_url(platform: Platform, handle: str, external_id: str) -> str:
    """The account's own page: where a person checks whether an unconfirmed post is there."""
    name = handle.lstrip("@") or external_id
    if platform is Platform.X:
        return f"https://x.com/{name}"
    if platform is Platform.INSTAGRAM:
        return f"https://www.instagram.com/{name}/"
    return f"https://www.facebook.com/{name}"


def published_url(platform: Platform, handle: str, account_external_id: str, post_id: str) -> str:
    """The public address of a published post.

    X: /{handle}/status/{id}; Facebook: the Page post id `{page}_{post}` opens as
    /{page}/posts/{post}; Instagram: a media id is not its permalink (that is a short code
    only the API can tell), so the account's profile, where the post is the newest.
    """
    if platform is Platform.X:
        return f"https://x.com/{handle.lstrip('@') or 'i'}/status/{post_id}"
    if platform is Platform.FACEBOOK:
        page, _, own = post_id.partition("_")
        return (
            f"https://www.facebook.com/{page}/posts/{own}"
            if own
            else (f"https://www.facebook.com/{post_id}")
        )
    return profile_url(platform, handle, account_external_id)


def target_info(target: PostTarget, account: Account | None = None) -> TargetInfo:
    account = account or target.account
    return TargetInfo(
        id=target.id,
        post_id=target.post_id,
        account_id=target.account_id,
        platform=account.platform,
        account_name=account.name,
        account_handle=account.handle,
        text=target.text,
        link=target.link,
        images=tuple(ImageInfo(i.alt_text, i.path, i.url) for i in target.images),
        state=target.state,
        state_reason=target.state_reason,
        due_at=target.due_at,
        deadline_at=target.deadline_at,
        external_id=target.external_id,
        url=target.url,
        published_at=target.published_at,
        problems=tuple(
            Problem(str(p.get("code", "")), target.account_id, str(p.get("detail", "")))
            for p in (target.preflight_problems or [])
        ),
        profile_url=profile_url(account.platform, account.handle, account.external_id),
        attempts=target.attempts,
    )


def post_info(
    post: Post,
    *,
    wall: datetime | None = None,
    fold: int | None = None,
    instant: datetime | None = None,
    virtual: bool = False,
) -> PostInfo:
    """A post as a value; `wall`/`instant` give a series' occurrence that is not a row yet."""
    campaign = post.campaign
    return PostInfo(
        id=post.id,
        campaign_id=post.campaign_id,
        campaign_name=campaign.name if campaign is not None else "",
        color=campaign.color if campaign is not None else "#888a85",
        text=post.text,
        link=post.link,
        zone=post.zone,
        wall=wall or post.local_time,
        fold=post.fold if fold is None else fold,
        scheduled_at=instant or post.scheduled_at,
        deadline_at=post.deadline_at,
        recurrence=post.recurrence,
        series_id=post.series_id,
        neighbourhoods=tuple(post.neighbourhoods or ()),
        targets=tuple(target_info(t) for t in post.targets),
        created_by=post.created_by,
        virtual=virtual,
        campaign_neighbourhoods=tuple(campaign.neighbourhoods or ()) if campaign else (),
    )
