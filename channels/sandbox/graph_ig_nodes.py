"""The Instagram node types of the Graph sandbox: IG user, medium, comment, media container
and publishing limit (platform-apis.md §4, §7.2)."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import timedelta
from typing import Any

from channels.sandbox.graph_fields import FieldSpec
from channels.sandbox.graph_model import (
    Container,
    IgComment,
    IgMedia,
    IgUser,
)
from channels.sandbox.graph_render import (
    Conn,
    Ctx,
    NodeType,
    newest,
    oldest,
    opt,
    resident_from,
)
from channels.sandbox.graph_wire import graph_time, invalid_parameter, unix_or_iso


@dataclass
class PublishingLimit:
    """`/{ig-user-id}/content_publishing_limit`: the rolling 24 hours of one account."""

    owner_id: str


def _publishing_limit(ctx: Ctx, user: IgUser, params: Mapping[str, str]) -> Conn:
    return Conn([PublishingLimit(user.id)])


def _ig_media(ctx: Ctx, user: IgUser, params: Mapping[str, str]) -> Conn:
    """The account's media, newest first; `since`/`until` (unix time or ISO 8601) select a
    window of publication times, as on the real edge."""
    media = [m for m in ctx.state.media.values() if m.owner_id == user.id and not m.deleted]
    if params.get("since"):
        since = unix_or_iso(params["since"], "since")
        media = [m for m in media if m.created >= since]
    if params.get("until"):
        until = unix_or_iso(params["until"], "until")
        media = [m for m in media if m.created <= until]
    return Conn(newest(media))


def _ig_tags(ctx: Ctx, user: IgUser, params: Mapping[str, str]) -> Conn:
    return Conn(
        newest([m for m in ctx.state.media.values() if user.id in m.tagged and not m.deleted])
    )


def _ig_comments(ctx: Ctx, medium: IgMedia, params: Mapping[str, str]) -> Conn:
    top = [c for c in ctx.state.live_ig_comments(medium.id) if c.parent_id is None]
    return Conn(newest(top))


def _ig_replies(ctx: Ctx, comment: IgComment, params: Mapping[str, str]) -> Conn:
    items = [r for r in ctx.state.live_ig_comments(comment.media_id) if r.parent_id == comment.id]
    return Conn(oldest(items))


def _mentioned_media(ctx: Ctx, user: IgUser, spec: FieldSpec) -> Any:
    media_id = spec.modifiers.get("media_id")
    medium = ctx.state.media.get(media_id or "")
    if (
        medium is None
        or medium.deleted
        or (user.id not in medium.tagged and f"@{user.username}" not in medium.caption)
    ):
        raise invalid_parameter(f"The media {media_id} does not mention this account")
    return medium


def _mentioned_comment(ctx: Ctx, user: IgUser, spec: FieldSpec) -> Any:
    comment_id = spec.modifiers.get("comment_id")
    comment = ctx.state.ig_comments.get(comment_id or "")
    if comment is None or comment.deleted or f"@{user.username}" not in comment.text:
        raise invalid_parameter(f"The comment {comment_id} does not mention this account")
    return comment


IG_USER = NodeType(
    "IGUser",
    ("id",),
    {
        "id": lambda ctx, u, s: u.id,
        "ig_id": lambda ctx, u, s: int(u.id[-10:]),
        "username": lambda ctx, u, s: u.username,
        "name": lambda ctx, u, s: u.name,
        "biography": lambda ctx, u, s: "Officieel account van de gemeente.",
        "followers_count": lambda ctx, u, s: 2500,
        "media_count": lambda ctx, u, s: len(_ig_media(ctx, u, {}).items),
        "profile_picture_url": lambda ctx, u, s: "https://cdn.example.org/ig/profile.jpg",
        "website": lambda ctx, u, s: "https://www.example.org",
        "mentioned_media": _mentioned_media,
        "mentioned_comment": _mentioned_comment,
    },
    {
        "media": _ig_media,
        "tags": _ig_tags,
        "content_publishing_limit": _publishing_limit,
    },
)

IG_MEDIA = NodeType(
    "IGMedia",
    ("id",),
    {
        "id": lambda ctx, m, s: m.id,
        "caption": lambda ctx, m, s: opt(m.caption),
        "media_type": lambda ctx, m, s: m.media_type,
        "media_product_type": lambda ctx, m, s: "REELS" if m.media_type == "VIDEO" else "FEED",
        "media_url": lambda ctx, m, s: m.media_url,
        "permalink": lambda ctx, m, s: f"https://www.instagram.com/p/S{m.seq:09d}/",
        "shortcode": lambda ctx, m, s: f"S{m.seq:09d}",
        "timestamp": lambda ctx, m, s: graph_time(m.created),
        "username": lambda ctx, m, s: ctx.state.username_of(m.owner_id),
        "owner": lambda ctx, m, s: {"id": m.owner_id},
        "comments_count": lambda ctx, m, s: len(ctx.state.live_ig_comments(m.id)),
        "like_count": lambda ctx, m, s: 0,
        "is_comment_enabled": lambda ctx, m, s: True,
    },
    {"comments": _ig_comments},
)

IG_COMMENT = NodeType(
    "IGComment",
    ("timestamp", "text", "id"),
    {
        "id": lambda ctx, c, s: c.id,
        "text": lambda ctx, c, s: c.text,
        "timestamp": lambda ctx, c, s: graph_time(c.created),
        "username": lambda ctx, c, s: c.username,
        "from": lambda ctx, c, s: resident_from(
            ctx, c.author_id, {"id": c.author_id, "username": c.username}
        ),
        "like_count": lambda ctx, c, s: 0,
        "hidden": lambda ctx, c, s: c.hidden,
        "parent_id": lambda ctx, c, s: opt(c.parent_id),
        "media": lambda ctx, c, s: ctx.state.media[c.media_id],
    },
    {"replies": _ig_replies},
)


def _container_status(ctx: Ctx, container: Container, spec: FieldSpec) -> str:
    """Each status check of a video brings it closer to FINISHED."""
    if container.status == "IN_PROGRESS":
        container.polls_left -= 1
        if container.polls_left <= 0:
            container.status = "FINISHED"
        else:
            return "IN_PROGRESS"
    return container.status


CONTAINER = NodeType(
    "IGContainer",
    ("id",),
    {
        "id": lambda ctx, c, s: c.id,
        "status_code": _container_status,
        "status": lambda ctx, c, s: f"{c.status}: Media {c.status.lower().replace('_', ' ')}",
    },
)

PUBLISHING_LIMIT = NodeType(
    "ContentPublishingLimit",
    ("quota_usage",),
    {
        "quota_usage": lambda ctx, q, s: ctx.state.published_since(
            q.owner_id, ctx.state.now() - timedelta(days=1)
        ),
        "config": lambda ctx, q, s: {
            "quota_total": ctx.settings.quota_total,
            "quota_duration": 86400,
        },
    },
)


TYPES = {
    IgUser: IG_USER,
    IgMedia: IG_MEDIA,
    IgComment: IG_COMMENT,
    Container: CONTAINER,
    PublishingLimit: PUBLISHING_LIMIT,
}
