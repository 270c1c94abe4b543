"""Writing to the Graph sandbox: comments and replies, moderation, posts, photos, the Send API
and Instagram publishing, with Meta's validations and error codes (platform-apis.md §3.4-§4.1).

Each handler gets the request context, the target object and the request's values (query,
form or multipart fields, JSON body) and returns `(status, body)` or raises `GraphError`.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from datetime import timedelta
from typing import Any

from werkzeug.datastructures import FileStorage

from channels.sandbox.graph_fb_nodes import PRIVATE_REPLY_WINDOW
from channels.sandbox.graph_model import (
    Comment,
    Conversation,
    GraphPage,
    IgComment,
    IgMedia,
    IgUser,
    Post,
)
from channels.sandbox.graph_render import Ctx
from channels.sandbox.graph_wire import (
    GraphError,
    flag,
    invalid_parameter,
    json_param,
    no_such_object,
    unix_or_iso,
)

Answer = tuple[int, dict[str, Any]]

MAX_COMMENT = 8_000
MAX_CAPTION = 2_200
MAX_USER_TAGS = 20
TEXT_LIMITS = {"messenger": 2_000, "instagram": 1_000}
MESSAGING_WINDOW = timedelta(hours=24)
HUMAN_AGENT_WINDOW = timedelta(days=7)
OUTSIDE_WINDOW_SUBCODE = {"messenger": 2018278, "instagram": 2534022}
SCHEDULE_MIN = timedelta(minutes=10)
SCHEDULE_MAX = timedelta(days=30)
HASHTAG = re.compile(r"(?<![\w#&])#\w+")
AT_TAG = re.compile(r"(?<![\w@])@[\w.]+")
SUCCESS: Answer = (200, {"success": True})


def _page(ctx: Ctx) -> GraphPage:
    if ctx.page is None:
        raise GraphError(
            200, "(#200) This action needs a Page access token", type_="OAuthException"
        )
    return ctx.page


def _instagram(ctx: Ctx) -> IgUser:
    page = _page(ctx)
    if page.ig_user_id is None:
        raise invalid_parameter("This Page has no linked Instagram account")
    return ctx.state.ig_users[page.ig_user_id]


def _text(values: Mapping[str, str], name: str = "message", limit: int = MAX_COMMENT) -> str:
    text = values.get(name)
    if text is None or not text.strip():
        raise invalid_parameter(f"The parameter {name} is required")
    if len(text) > limit:
        raise invalid_parameter(f"Param {name} must be at most {limit} characters long")
    return text


# ---- comments, replies, moderation


def comment_on(ctx: Ctx, target: Any, values: Mapping[str, str]) -> Answer:
    """`POST /{post-id|comment-id|ig-media-id}/comments`."""
    page = _page(ctx)
    text = _text(values)
    state = ctx.state
    if isinstance(target, Post):
        comment = state.add_comment(target, page.id, text, origin="api")
    elif isinstance(target, Comment):
        post = state.posts[target.post_id]
        comment = state.add_comment(post, page.id, text, parent=target, origin="api")
    elif isinstance(target, IgMedia):
        user = _instagram(ctx)
        if target.owner_id != user.id:
            raise invalid_parameter("Comment on media of other accounts through /mentions")
        ig = state.add_ig_comment(target, user.id, user.username, text, origin="api")
        return 200, {"id": ig.id}
    else:
        raise no_such_object(getattr(target, "id", "?"), "post")
    return 200, {"id": comment.id}


def reply_to(ctx: Ctx, target: Any, values: Mapping[str, str]) -> Answer:
    """`POST /{ig-comment-id}/replies`: on a reply, the answer joins the top-level comment."""
    if not isinstance(target, IgComment):
        raise no_such_object(getattr(target, "id", "?"), "post")
    user = _instagram(ctx)
    text = _text(values, limit=MAX_CAPTION)
    if target.hidden:
        raise invalid_parameter("Replies to hidden comments are not allowed")
    medium = ctx.state.media[target.media_id]
    reply = ctx.state.add_ig_comment(
        medium, user.id, user.username, text, parent=target, origin="api"
    )
    return 200, {"id": reply.id}


def update_node(ctx: Ctx, target: Any, values: Mapping[str, str]) -> Answer:
    """`POST /{id}`: hide a comment (`is_hidden` on Facebook, `hide` on Instagram), edit or
    publish a post."""
    if isinstance(target, Comment):
        hidden = flag(values, "is_hidden")
        if hidden is not None:
            if target.author_id in ctx.state.pages:
                raise invalid_parameter("A Page cannot hide its own comment")
            target.hidden = hidden
        if values.get("message"):
            target.message = _text(values)
        return SUCCESS
    if isinstance(target, IgComment):
        hidden = flag(values, "hide")
        if hidden is None:
            raise invalid_parameter("The parameter hide is required")
        target.hidden = hidden
        return SUCCESS
    if isinstance(target, Post) and target.page_id == _page(ctx).id:
        if flag(values, "is_published"):
            target.published, target.scheduled = True, None
            target.created = target.updated = ctx.state.now()
        if values.get("message"):
            target.message = _text(values, limit=63_206)
        return SUCCESS
    raise no_such_object(getattr(target, "id", "?"), "post")


def delete_node(ctx: Ctx, target: Any) -> Answer:
    if isinstance(target, Post | Comment | IgComment | IgMedia):
        target.deleted = True
        return SUCCESS
    raise no_such_object(getattr(target, "id", "?"), "delete")


# ---- publishing on a Page


def _schedule(ctx: Ctx, values: Mapping[str, str]) -> tuple[bool, Any]:
    published = flag(values, "published")
    raw = values.get("scheduled_publish_time")
    if raw is None:
        return published is not False, None
    if published is not False:
        raise invalid_parameter("Cannot specify a scheduled publish time on a published post")
    when = unix_or_iso(raw, "scheduled_publish_time")
    ahead = when - ctx.state.now()
    if not SCHEDULE_MIN <= ahead <= SCHEDULE_MAX:
        raise invalid_parameter(
            "The specified scheduled publish time is invalid: it must be between 10 minutes "
            "and 30 days from the time of the request"
        )
    return False, when


def post_to_feed(ctx: Ctx, target: Any, values: Mapping[str, str]) -> Answer:
    """`POST /{page-id}/feed`: text and/or link, now or scheduled."""
    page = _page(ctx)
    if not isinstance(target, GraphPage) or target.id != page.id:
        raise no_such_object(getattr(target, "id", "?"), "post")
    message = values.get("message") or ""
    link = values.get("link")
    if not message.strip() and not link:
        raise invalid_parameter("Missing message or attachment")
    if len(message) > 63_206:
        raise invalid_parameter("Param message must be at most 63206 characters long")
    if link is not None and not re.match(r"^https?://\S+$", link):
        raise GraphError(1609005, "(#1609005) Error Posting Link", type_="OAuthException")
    published, scheduled = _schedule(ctx, values)
    since = ctx.state.now() - timedelta(days=1)
    for post in ctx.state.posts.values():
        if (
            post.page_id == page.id
            and post.author_id == page.id
            and not post.deleted
            and post.created >= since
            and message.strip()
            and post.message == message
            and post.link == link
        ):
            raise GraphError(506, "(#506) Duplicate status message")
    post = ctx.state.add_post(
        page.id, page.id, message, origin="api", link=link, published=published, scheduled=scheduled
    )
    return 200, {"id": post.id}


def post_photo(ctx: Ctx, target: Any, values: Mapping[str, str], files: Any) -> Answer:
    """`POST /{page-id}/photos` with `url` or a multipart `source` file, and a caption."""
    page = _page(ctx)
    if not isinstance(target, GraphPage) or target.id != page.id:
        raise no_such_object(getattr(target, "id", "?"), "post")
    source = files.get("source") if files is not None else None
    url = values.get("url")
    if isinstance(source, FileStorage):
        if not source.read(1):
            raise GraphError(324, "(#324) Requires upload file", type_="OAuthException")
        photo_url = f"https://scontent.example.org/{source.filename or 'upload.jpg'}"
    elif url:
        photo_url = url
    else:
        raise GraphError(324, "(#324) Requires upload file", type_="OAuthException")
    published, scheduled = _schedule(ctx, values)
    caption = values.get("message") or values.get("caption") or ""
    post = ctx.state.add_post(
        page.id,
        page.id,
        caption,
        origin="api",
        photo_url=photo_url,
        published=published,
        scheduled=scheduled,
    )
    photo_id = str(10**15 + ctx.state.next_seq())
    return 200, {"id": photo_id, "post_id": post.id}


# ---- the Send API


def send_message(ctx: Ctx, values: Mapping[str, str]) -> Answer:
    """`POST /{page-id}/messages`: a reply in a conversation, or a private reply to a comment."""
    page = _page(ctx)
    recipient = json_param(values, "recipient")
    message = json_param(values, "message")
    text = message.get("text")
    if not isinstance(text, str) or not text.strip():
        raise invalid_parameter("param message must have text or an attachment")
    if "comment_id" in recipient or "post_id" in recipient:
        return _private_reply(ctx, page, recipient, text)
    person_id = recipient.get("id")
    if not isinstance(person_id, str):
        raise invalid_parameter("param recipient must have id, comment_id or post_id")
    conversation = next(
        (
            c
            for c in sorted(ctx.state.conversations.values(), key=lambda c: c.seq)
            if c.page_id == page.id and c.participant_id == person_id
        ),
        None,
    )
    if conversation is None:
        raise invalid_parameter("No matching user found", subcode=2018001)
    _check_text(conversation.platform, text)
    window = _window(conversation.platform, values)
    last = ctx.state.last_inbound(conversation)
    if last is None or ctx.state.now() - last > window:
        raise GraphError(
            10,
            "(#10) This message is sent outside of allowed window. Learn more about the new "
            "policy here: https://developers.facebook.com/docs/messenger-platform/policy-overview",
            subcode=OUTSIDE_WINDOW_SUBCODE[conversation.platform],
        )
    sent = ctx.state.add_message(
        conversation, _business(ctx, conversation), person_id, text, origin="api"
    )
    return 200, {"recipient_id": person_id, "message_id": sent.id}


def _check_text(platform: str, text: str) -> None:
    limit = TEXT_LIMITS[platform]
    if len(text) > limit:
        raise invalid_parameter(
            f"Length of param message[text] must be less than or equal to {limit}"
        )


def _window(platform: str, values: Mapping[str, str]) -> timedelta:
    messaging_type = values.get("messaging_type")
    if messaging_type is None:
        if platform == "messenger":
            raise invalid_parameter("param messaging_type is required")
        return MESSAGING_WINDOW
    if messaging_type in ("RESPONSE", "UPDATE"):
        return MESSAGING_WINDOW
    if messaging_type == "MESSAGE_TAG":
        if values.get("tag") != "HUMAN_AGENT":
            raise invalid_parameter("Param tag must be HUMAN_AGENT in this sandbox")
        return HUMAN_AGENT_WINDOW
    raise invalid_parameter("Param messaging_type must be one of {RESPONSE, UPDATE, MESSAGE_TAG}")


def _business(ctx: Ctx, conversation: Conversation) -> str:
    page = ctx.state.pages[conversation.page_id]
    if conversation.platform == "instagram" and page.ig_user_id:
        return page.ig_user_id
    return page.id


def _private_reply(ctx: Ctx, page: GraphPage, recipient: dict[str, Any], text: str) -> Answer:
    """Messenger (or Instagram) answers a comment or visitor post privately: once, 7 days."""
    target_id = str(recipient.get("comment_id") or recipient.get("post_id"))
    target = ctx.state.find(target_id)
    if isinstance(target, IgComment):
        platform, author, created = "instagram", target.author_id, target.created
    elif isinstance(target, Comment | Post):
        platform, author, created = "messenger", target.author_id, target.created
    else:
        raise invalid_parameter(f"No comment or post {target_id} to answer privately")
    if ctx.state.owner_page(target) != page.id or author in ctx.state.pages:
        raise invalid_parameter("Only residents' comments and posts on this Page")
    if author in ctx.state.ig_users:
        raise invalid_parameter("Only residents' comments can be answered privately")
    if target.private_reply is not None:
        raise GraphError(10900, "Activity already replied to", type_="OAuthException")
    if ctx.state.now() - created > PRIVATE_REPLY_WINDOW:
        raise GraphError(
            10,
            "(#10) This message is sent outside of allowed window.",
            subcode=OUTSIDE_WINDOW_SUBCODE[platform],
        )
    _check_text(platform, text)
    conversation = ctx.state.conversation_with(page.id, platform, author)
    sent = ctx.state.add_message(
        conversation, _business(ctx, conversation), author, text, origin="api"
    )
    target.private_reply = sent.id
    return 200, {"recipient_id": author, "message_id": sent.id}


# ---- Instagram publishing and mentions


def create_container(ctx: Ctx, target: Any, values: Mapping[str, str], hashtags: int) -> Answer:
    """`POST /{ig-user-id}/media`: a container for an image, a reel or a story."""
    user = _instagram(ctx)
    if not isinstance(target, IgUser) or target.id != user.id:
        raise no_such_object(getattr(target, "id", "?"), "post")
    media_type = values.get("media_type", "IMAGE")
    if media_type not in ("IMAGE", "VIDEO", "REELS", "STORIES", "CAROUSEL"):
        raise invalid_parameter("Param media_type must be one of {IMAGE, REELS, STORIES, ...}")
    url = values.get("video_url") if media_type in ("VIDEO", "REELS") else values.get("image_url")
    if media_type == "STORIES":
        url = values.get("image_url") or values.get("video_url")
    if not url or not re.match(r"^https?://\S+$", url):
        wanted = "video_url" if media_type in ("VIDEO", "REELS") else "image_url"
        raise invalid_parameter(f"The parameter {wanted} is required")
    caption = values.get("caption") or ""
    if len(caption) > MAX_CAPTION:
        raise invalid_parameter(f"The caption is longer than {MAX_CAPTION} characters")
    if len(HASHTAG.findall(caption)) > hashtags:
        raise invalid_parameter(f"The caption has more than {hashtags} hashtags")
    if len(AT_TAG.findall(caption)) > MAX_USER_TAGS:
        raise invalid_parameter(f"The caption tags more than {MAX_USER_TAGS} accounts")
    video = media_type in ("VIDEO", "REELS") or url == values.get("video_url")
    polls = ctx.settings.video_polls if video else 0
    container = ctx.state.add_container(user.id, media_type, url, caption, polls)
    return 200, {"id": container.id}


def publish_container(ctx: Ctx, target: Any, values: Mapping[str, str]) -> Answer:
    """`POST /{ig-user-id}/media_publish`: within the rolling 24-hour quota."""
    user = _instagram(ctx)
    if not isinstance(target, IgUser) or target.id != user.id:
        raise no_such_object(getattr(target, "id", "?"), "post")
    container = ctx.state.containers.get(values.get("creation_id") or "")
    if container is None or container.owner_id != user.id:
        raise invalid_parameter("The parameter creation_id is required and must be a container")
    if container.status == "IN_PROGRESS":
        raise GraphError(
            9007,
            "(#9007) The media is not ready for publishing, please wait for a moment",
            subcode=2207027,
        )
    if container.status != "FINISHED":
        raise GraphError(9007, f"(#9007) The media cannot be published ({container.status})")
    since = ctx.state.now() - timedelta(days=1)
    if ctx.state.published_since(user.id, since) >= ctx.settings.quota_total:
        raise GraphError(
            9,
            "(#9) Application request limit reached",
            subcode=2207042,
            user_title="Maximum number of posts reached",
            user_message="You have reached the maximum number of posts that can be published "
            "in 24 hours.",
        )
    medium = ctx.state.add_media(
        user.id,
        container.caption,
        origin="api",
        media_type="VIDEO" if container.media_type in ("VIDEO", "REELS") else "IMAGE",
        media_url=container.url,
    )
    container.status, container.media_id = "PUBLISHED", medium.id
    container.published_at = ctx.state.now()
    return 200, {"id": medium.id}


def reply_to_mention(ctx: Ctx, target: Any, values: Mapping[str, str]) -> Answer:
    """`POST /{ig-user-id}/mentions`: comment on a medium (or one of its comments) that
    tags or mentions the account."""
    user = _instagram(ctx)
    if not isinstance(target, IgUser) or target.id != user.id:
        raise no_such_object(getattr(target, "id", "?"), "post")
    medium = ctx.state.media.get(values.get("media_id") or "")
    if (
        medium is None
        or medium.deleted
        or (user.id not in medium.tagged and f"@{user.username}" not in medium.caption)
    ):
        raise invalid_parameter("The parameter media_id must be a medium mentioning you")
    text = _text(values, limit=MAX_CAPTION)
    parent = None
    if values.get("comment_id"):
        parent = ctx.state.ig_comments.get(values["comment_id"])
        if parent is None or parent.media_id != medium.id:
            raise invalid_parameter("The comment_id is not a comment of that medium")
    comment = ctx.state.add_ig_comment(
        medium, user.id, user.username, text, parent=parent, origin="api"
    )
    return 200, {"id": comment.id}
