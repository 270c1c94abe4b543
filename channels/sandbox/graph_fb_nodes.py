"""The Facebook node types of the Graph sandbox: Page, user, post, comment, conversation and
message, with their fields and edges (platform-apis.md §3.3, §7.2)."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import timedelta

from channels.sandbox.graph_fields import FieldSpec
from channels.sandbox.graph_model import (
    Comment,
    Conversation,
    GraphPage,
    Person,
    Post,
    ThreadMessage,
)
from channels.sandbox.graph_render import (
    MISSING,
    Conn,
    Ctx,
    NodeType,
    newest,
    oldest,
    opt,
    resident_from,
)
from channels.sandbox.graph_wire import graph_time, invalid_parameter, unix_or_iso

PRIVATE_REPLY_WINDOW = timedelta(days=7)


def who(ctx: Ctx, some_id: str) -> dict[str, str]:
    """`from` of Facebook objects: `{"name", "id"}`."""
    return {"name": ctx.state.name_of(some_id), "id": some_id}


def participant(ctx: Ctx, some_id: str, platform: str) -> dict[str, str]:
    """A conversation participant: Messenger `{name, email, id}`, Instagram `{username, id}`."""
    if platform == "instagram":
        return {"username": ctx.state.username_of(some_id), "id": some_id}
    return {"name": ctx.state.name_of(some_id), "email": f"{some_id}@facebook.com", "id": some_id}


def _feed(ctx: Ctx, page: GraphPage, params: Mapping[str, str]) -> Conn:
    posts = [
        p
        for p in ctx.state.posts.values()
        if p.page_id == page.id and p.published and not p.deleted
    ]
    if params.get("since"):
        since = unix_or_iso(params["since"], "since")
        posts = [p for p in posts if p.created >= since]
    if params.get("until"):
        until = unix_or_iso(params["until"], "until")
        posts = [p for p in posts if p.created <= until]
    return Conn(newest(posts))


def _own_posts(ctx: Ctx, page: GraphPage, params: Mapping[str, str]) -> Conn:
    return Conn([p for p in _feed(ctx, page, params).items if p.author_id == page.id])


def _tagged(ctx: Ctx, page: GraphPage, params: Mapping[str, str]) -> Conn:
    return Conn(
        newest([p for p in ctx.state.posts.values() if page.id in p.tags and not p.deleted])
    )


def _visitor_posts(ctx: Ctx, page: GraphPage, params: Mapping[str, str]) -> Conn:
    raise invalid_parameter(
        "The visitor_posts edge is not available for New Pages Experience Pages; use /feed"
    )


def _scheduled(ctx: Ctx, page: GraphPage, params: Mapping[str, str]) -> Conn:
    posts = [
        p
        for p in ctx.state.posts.values()
        if p.page_id == page.id and not p.published and p.scheduled and not p.deleted
    ]
    return Conn(sorted(posts, key=lambda p: (p.scheduled, p.seq)))


def _conversations(ctx: Ctx, page: GraphPage, params: Mapping[str, str]) -> Conn:
    platform = params.get("platform", "messenger")
    if platform not in ("messenger", "instagram"):
        raise invalid_parameter("Param platform must be one of {MESSENGER, INSTAGRAM}")
    if platform == "instagram" and page.ig_user_id is None:
        raise invalid_parameter("This Page has no linked Instagram account")
    items = [
        c
        for c in ctx.state.conversations.values()
        if c.page_id == page.id
        and c.platform == platform
        and (not params.get("user_id") or c.participant_id == params["user_id"])
    ]
    items.sort(key=lambda c: (c.updated, c.seq), reverse=True)
    return Conn(items)


def _comment_list(items: list[Comment], params: Mapping[str, str]) -> Conn:
    order = params.get("order", "chronological")
    if order not in ("chronological", "reverse_chronological", "ranked"):
        raise invalid_parameter("Param order must be one of {CHRONOLOGICAL, REVERSE_CHRONOLOGICAL}")
    ordered = newest(items) if order == "reverse_chronological" else oldest(items)
    summary = {"order": order, "total_count": len(items), "can_comment": True}
    return Conn(ordered, summary)


def _post_comments(ctx: Ctx, post: Post, params: Mapping[str, str]) -> Conn:
    filter_ = params.get("filter", "toplevel")
    if filter_ not in ("toplevel", "stream"):
        raise invalid_parameter("Param filter must be one of {TOPLEVEL, STREAM}")
    items = ctx.state.live_comments(post.id)
    if filter_ == "toplevel":
        items = [c for c in items if c.parent_id is None]
    return _comment_list(items, params)


def _replies(ctx: Ctx, comment: Comment, params: Mapping[str, str]) -> Conn:
    items = [c for c in ctx.state.live_comments(comment.post_id) if c.parent_id == comment.id]
    return _comment_list(items, params)


def _can_reply_privately(ctx: Ctx, comment: Comment, spec: FieldSpec) -> bool:
    recent = ctx.state.now() - comment.created <= PRIVATE_REPLY_WINDOW
    return recent and comment.private_reply is None and comment.author_id not in ctx.state.pages


def _thread_messages(ctx: Ctx, conversation: Conversation, params: Mapping[str, str]) -> Conn:
    return Conn(ctx.state.thread(conversation.id))


PAGE = NodeType(
    "Page",
    ("name", "id"),
    {
        "id": lambda ctx, p, s: p.id,
        "name": lambda ctx, p, s: p.name,
        "username": lambda ctx, p, s: p.username,
        "link": lambda ctx, p, s: f"https://www.facebook.com/{p.username}",
        "category": lambda ctx, p, s: "Government Organization",
        "fan_count": lambda ctx, p, s: 4321,
        "access_token": lambda ctx, p, s: p.token if ctx.user_id else MISSING,
        "tasks": lambda ctx, p, s: ["MODERATE", "MESSAGING", "CREATE_CONTENT", "MANAGE"],
        "instagram_business_account": lambda ctx, p, s: (
            ctx.state.ig_users[p.ig_user_id] if p.ig_user_id else MISSING
        ),
    },
    {
        "feed": _feed,
        "posts": _own_posts,
        "published_posts": _own_posts,
        "tagged": _tagged,
        "visitor_posts": _visitor_posts,
        "scheduled_posts": _scheduled,
        "conversations": _conversations,
    },
)

PERSON = NodeType(
    "User",
    ("name", "id"),
    {
        "id": lambda ctx, p, s: p.id,
        "name": lambda ctx, p, s: p.name,
        "username": lambda ctx, p, s: opt(p.username),
    },
    {
        "accounts": lambda ctx, p, params: Conn(
            [page for page in ctx.state.pages.values() if ctx.user_id == p.id]
        )
    },
)

POST = NodeType(
    "Post",
    ("created_time", "message", "id"),
    {
        "id": lambda ctx, p, s: p.id,
        "message": lambda ctx, p, s: opt(p.message),
        "created_time": lambda ctx, p, s: graph_time(p.created),
        "updated_time": lambda ctx, p, s: graph_time(p.updated),
        "from": lambda ctx, p, s: who(ctx, p.author_id),
        "permalink_url": lambda ctx, p, s: (
            f"https://www.facebook.com/{p.id.replace('_', '/posts/')}"
        ),
        "link": lambda ctx, p, s: opt(p.link),
        "full_picture": lambda ctx, p, s: opt(p.photo_url),
        "status_type": lambda ctx, p, s: "added_photos" if p.photo_url else "mobile_status_update",
        "is_published": lambda ctx, p, s: p.published,
        "is_hidden": lambda ctx, p, s: False,
        "scheduled_publish_time": lambda ctx, p, s: (
            int(p.scheduled.timestamp()) if p.scheduled else MISSING
        ),
    },
    {"comments": _post_comments},
)

COMMENT = NodeType(
    "Comment",
    ("created_time", "from", "message", "id"),
    {
        "id": lambda ctx, c, s: c.id,
        "message": lambda ctx, c, s: c.message,
        "created_time": lambda ctx, c, s: graph_time(c.created),
        "from": lambda ctx, c, s: resident_from(ctx, c.author_id, who(ctx, c.author_id)),
        "parent": lambda ctx, c, s: ctx.state.comments[c.parent_id] if c.parent_id else MISSING,
        "permalink_url": lambda ctx, c, s: (
            f"https://www.facebook.com/{c.post_id}?comment_id={c.id}"
        ),
        "comment_count": lambda ctx, c, s: sum(
            1 for r in ctx.state.live_comments(c.post_id) if r.parent_id == c.id
        ),
        "can_reply_privately": _can_reply_privately,
        "is_hidden": lambda ctx, c, s: c.hidden,
        "can_hide": lambda ctx, c, s: c.author_id not in ctx.state.pages,
        "like_count": lambda ctx, c, s: 0,
        "object": lambda ctx, c, s: ctx.state.posts[c.post_id],
    },
    {"comments": _replies},
)

CONVERSATION = NodeType(
    "Conversation",
    ("updated_time", "id"),
    {
        "id": lambda ctx, c, s: c.id,
        "updated_time": lambda ctx, c, s: graph_time(c.updated),
        "participants": lambda ctx, c, s: {
            "data": [
                participant(ctx, c.participant_id, c.platform),
                participant(ctx, _business_id(ctx, c), c.platform),
            ]
        },
        "message_count": lambda ctx, c, s: len(ctx.state.thread(c.id)),
        "unread_count": lambda ctx, c, s: 0,
        "link": lambda ctx, c, s: f"/{c.page_id}/inbox/{c.id}",
        "can_reply": lambda ctx, c, s: True,
    },
    {"messages": _thread_messages},
)


def _business_id(ctx: Ctx, conversation: Conversation) -> str:
    """Who the business is in a thread: the Page (Messenger) or its Instagram account."""
    page = ctx.state.pages[conversation.page_id]
    if conversation.platform == "instagram" and page.ig_user_id:
        return page.ig_user_id
    return page.id


def _message_platform(ctx: Ctx, message: ThreadMessage) -> str:
    return ctx.state.conversations[message.conversation_id].platform


MESSAGE = NodeType(
    "Message",
    ("created_time", "id"),
    {
        "id": lambda ctx, m, s: m.id,
        "message": lambda ctx, m, s: m.text,
        "created_time": lambda ctx, m, s: graph_time(m.created),
        "from": lambda ctx, m, s: participant(ctx, m.sender_id, _message_platform(ctx, m)),
        "to": lambda ctx, m, s: {
            "data": [participant(ctx, m.recipient_id, _message_platform(ctx, m))]
        },
    },
)


TYPES = {
    GraphPage: PAGE,
    Person: PERSON,
    Post: POST,
    Comment: COMMENT,
    Conversation: CONVERSATION,
    ThreadMessage: MESSAGE,
}
