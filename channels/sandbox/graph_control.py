"""Control routes of the Graph sandbox, under `/_sandbox/graph/` (JSON in and out, not logged).

    POST /tick      {"count": n}: n resident actions now -> {"created": [...]}
    POST /comments  {"on": post, comment, medium or IG comment id, "author"?, "text",
                    "created_at"?}: a resident's comment (or reply) -> {"comment": ...}
    POST /posts     {"author"?, "text", "created_at"?}: a resident's post on the Page
    POST /tags      {"platform": "facebook"|"instagram", "author"?, "text", "created_at"?}:
                    a resident's post or medium that tags the Page or the account
    POST /dms       {"platform": "messenger"|"instagram", "sender"?, "text", "created_at"?}
    POST /raw       {"kind": "post"|"comment"|"ig_comment"|"message", "on"?, "payload": {...},
                    "created_at"?}: an object served exactly as given (`on`: the post or
                    medium of a comment, the conversation of a message); a post without an
                    `id` gets its own, so that comments can be made under it
    POST /own       {"on": id, "text", "created_at"?}: what the municipality wrote outside
                    Webcare: a comment or reply under `on`, or a message in conversation `on`
    POST /published {"platform": "facebook"|"instagram", "text", "created_at"?, "count"?,
                    "every"?}: the Page's own posts (or the account's media) published
                    outside Webcare; `count` of them, `every` seconds apart from
                    `created_at` on -> {"ids": [oldest first]}
    GET  /state     everything, raw text included
    POST /revoke    {"token"}: that token now gets code 190
    GET|POST /usage {"scope": "app" or a Page / IG id, "call_count"?, "total_time"?,
                    "total_cputime"?, "regain_minutes"?} sets usage figures; {"clear": true}
    POST /clock     {"advance": seconds}: move the sandbox clock forward
    POST /settings  {"omit_from"?, "video_polls"?, "quota_total"?, "hashtag_limit"?}
    POST /pages     {"id", "name", "username", "token", "instagram"?: {"id", "username",
                    "name"}}: add a Page (with its Instagram account)

Authors are `{"id", "name"}` on Facebook and `{"id", "username", "name"?}` on Instagram;
unknown ones are created, and without one the first simulated resident writes.
"""

from __future__ import annotations

from datetime import datetime, timedelta
from typing import TYPE_CHECKING, Any

from werkzeug.wrappers import Request, Response

from channels.sandbox.graph_model import (
    Comment,
    Conversation,
    GraphPage,
    IgComment,
    IgMedia,
    IgUser,
    Person,
    Post,
)
from channels.sandbox.graph_residents import facebook_person, instagram_person
from channels.sandbox.graph_usage import FIGURES, Level
from channels.sandbox.graph_wire import graph_time
from channels.sandbox.http import (
    ControlError,
    json_response,
    opt_int,
    opt_number,
    opt_str,
    read_control_json,
    req_str,
)

if TYPE_CHECKING:
    from channels.sandbox.graph_api import GraphPlatform

MAX_TICK = 1_000
Answer = tuple[int, dict[str, Any]]


def handle_control(platform: GraphPlatform, request: Request, path: str) -> Response:
    route = (request.method, path.rstrip("/"))
    with platform.lock:
        if route == ("GET", "/state"):
            return json_response(platform.state.describe())
        if route == ("GET", "/usage"):
            return json_response({"usage": platform.usage.describe()})
        handler = _POST_ROUTES.get(route[1]) if request.method == "POST" else None
        if handler is None:
            raise ControlError(f"no control route {request.method} /_sandbox/graph{path}", 404)
        status, body = handler(platform, read_control_json(request))
        return json_response(body, status)


def tick(platform: GraphPlatform, count: int) -> list[dict[str, Any]]:
    with platform.lock:
        return [platform.residents.act(platform.state) for _ in range(count)]


def _tick(platform: GraphPlatform, body: dict[str, Any]) -> Answer:
    count = opt_int(body, "count", minimum=1) or 1
    if count > MAX_TICK:
        raise ControlError(f"'count' must be at most {MAX_TICK}")
    return 200, {"created": tick(platform, count)}


def _created_at(body: dict[str, Any]) -> datetime | None:
    raw = opt_str(body, "created_at")
    if raw is None:
        return None
    try:
        moment = datetime.fromisoformat(raw)
    except ValueError as exc:
        raise ControlError(f"'created_at' is not an ISO 8601 time: {raw!r}") from exc
    if moment.tzinfo is None:
        raise ControlError("'created_at' needs a time zone, e.g. 2025-01-02T03:04:05+00:00")
    return moment.replace(microsecond=0)


def _person(platform: GraphPlatform, body: dict[str, Any], key: str, instagram: bool) -> Person:
    spec = body.get(key)
    state = platform.state
    if spec is None:
        return state.add_person(instagram_person(0) if instagram else facebook_person(0))
    if not isinstance(spec, dict):
        raise ControlError(f"{key!r} must be an object with an id and a name or username")
    person_id = req_str(spec, "id")
    if not person_id.isdigit():
        raise ControlError(f"{key}.id must be a numeric string")
    if person_id in state.pages or person_id in state.ig_users:
        raise ControlError(f"{key} must be a resident, not the account itself")
    existing = state.people.get(person_id)
    if existing is not None:
        return existing
    name = opt_str(spec, "name") or ""
    username = opt_str(spec, "username") or ""
    if not (name or username):
        raise ControlError(f"{key} needs a name (Facebook) or a username (Instagram)")
    return state.add_person(
        Person(person_id, name or username, username, "instagram" if instagram else "facebook")
    )


def _target(platform: GraphPlatform, body: dict[str, Any]) -> Any:
    target_id = req_str(body, "on")
    target = platform.state.find(target_id)
    if target is None:
        raise ControlError(f"no post, comment, medium or conversation {target_id!r}")
    return target


def _comment(platform: GraphPlatform, body: dict[str, Any]) -> Answer:
    state = platform.state
    target = _target(platform, body)
    text, created = req_str(body, "text"), _created_at(body)
    if isinstance(target, Post | Comment):
        author = _person(platform, body, "author", False)
        post = target if isinstance(target, Post) else state.posts[target.post_id]
        parent = target if isinstance(target, Comment) else None
        comment = state.add_comment(
            post, author.id, text, parent=parent, created=created, origin="injected"
        )
        return 201, {"comment": _describe(comment)}
    if isinstance(target, IgMedia | IgComment):
        author = _person(platform, body, "author", True)
        medium = target if isinstance(target, IgMedia) else state.media[target.media_id]
        ig_parent = target if isinstance(target, IgComment) else None
        ig = state.add_ig_comment(
            medium,
            author.id,
            author.username or author.name,
            text,
            parent=ig_parent,
            created=created,
            origin="injected",
        )
        return 201, {"comment": _describe(ig)}
    raise ControlError("'on' must be a post, a comment, a medium or an Instagram comment")


def _page(platform: GraphPlatform, body: dict[str, Any]) -> GraphPage:
    page_id = opt_str(body, "page_id")
    pages = platform.state.pages
    page = pages.get(page_id) if page_id else next(iter(pages.values()))
    if page is None:
        raise ControlError(f"no Page {page_id!r}")
    return page


def _post(platform: GraphPlatform, body: dict[str, Any]) -> Answer:
    page = _page(platform, body)
    author = _person(platform, body, "author", False)
    post = platform.state.add_post(
        page.id, author.id, req_str(body, "text"), created=_created_at(body), origin="injected"
    )
    return 201, {"post": _describe(post)}


def _tag(platform: GraphPlatform, body: dict[str, Any]) -> Answer:
    page = _page(platform, body)
    kind = opt_str(body, "platform") or "facebook"
    text, created = req_str(body, "text"), _created_at(body)
    if kind == "facebook":
        author = _person(platform, body, "author", False)
        post = platform.state.add_post(
            None, author.id, text, created=created, origin="injected", tags=[page.id]
        )
        return 201, {"post": _describe(post)}
    if kind != "instagram" or page.ig_user_id is None:
        raise ControlError("'platform' must be facebook, or instagram for a Page with one")
    author = _person(platform, body, "author", True)
    medium = platform.state.add_media(
        author.id, text, created=created, origin="injected", tagged=[page.ig_user_id]
    )
    return 201, {"media": _describe(medium)}


def _published(platform: GraphPlatform, body: dict[str, Any]) -> Answer:
    page = _page(platform, body)
    kind = opt_str(body, "platform") or "facebook"
    if kind not in ("facebook", "instagram") or (kind == "instagram" and not page.ig_user_id):
        raise ControlError("'platform' must be facebook, or instagram for a Page with one")
    text = req_str(body, "text")
    count = opt_int(body, "count", minimum=1) or 1
    if count > MAX_TICK:
        raise ControlError(f"'count' must be at most {MAX_TICK}")
    every = timedelta(seconds=opt_number(body, "every") or 0.0)
    start = _created_at(body) or platform.state.now()
    ids = []
    for n in range(count):
        label = text if count == 1 else f"{text} {n + 1}"
        if kind == "facebook":
            post = platform.state.add_post(
                page.id, page.id, label, created=start + n * every, origin="outside"
            )
            ids.append(post.id)
        else:
            assert page.ig_user_id is not None
            medium = platform.state.add_media(
                page.ig_user_id, label, created=start + n * every, origin="outside"
            )
            ids.append(medium.id)
    return 201, {"ids": ids}


def _dm(platform: GraphPlatform, body: dict[str, Any]) -> Answer:
    page = _page(platform, body)
    kind = opt_str(body, "platform") or "messenger"
    if kind not in ("messenger", "instagram") or (kind == "instagram" and not page.ig_user_id):
        raise ControlError("'platform' must be messenger, or instagram for a Page with one")
    sender = _person(platform, body, "sender", kind == "instagram")
    conversation = platform.state.conversation_with(page.id, kind, sender.id)
    business = page.ig_user_id if kind == "instagram" and page.ig_user_id else page.id
    message = platform.state.add_message(
        conversation,
        sender.id,
        business,
        req_str(body, "text"),
        created=_created_at(body),
        origin="injected",
    )
    return 201, {"message": _describe(message), "conversation_id": conversation.id}


def _raw(platform: GraphPlatform, body: dict[str, Any]) -> Answer:
    state = platform.state
    payload = body.get("payload")
    if not isinstance(payload, dict):
        raise ControlError("'payload' must be a JSON object (it is served as-is)")
    kind = req_str(body, "kind")
    created = _created_at(body)
    if kind == "post":
        page = _page(platform, body)
        post = state.add_post(page.id, "0", "", created=created, origin="raw", raw=payload)
        payload.setdefault("id", post.id)  # without an id of its own it is the post's
        return 201, {"id": post.id}
    target = _target(platform, body)
    if kind == "comment" and isinstance(target, Post):
        comment = state.add_comment(target, "0", "", created=created, origin="raw", raw=payload)
        return 201, {"id": comment.id}
    if kind == "ig_comment" and isinstance(target, IgMedia):
        ig = state.add_ig_comment(target, "0", "", "", created=created, origin="raw", raw=payload)
        return 201, {"id": ig.id}
    if kind == "message" and isinstance(target, Conversation):
        message = state.add_message(
            target, "0", "0", "", created=created, origin="raw", raw=payload
        )
        return 201, {"id": message.id}
    raise ControlError(
        "'kind' must be post, comment (on a post), ig_comment (on a medium) "
        "or message (in a conversation)"
    )


def _own(platform: GraphPlatform, body: dict[str, Any]) -> Answer:
    """The municipality answers on Facebook or Instagram itself, not through Webcare."""
    state = platform.state
    target = _target(platform, body)
    text, created = req_str(body, "text"), _created_at(body)
    owner = state.owner_page(target) or _page(platform, body).id
    page = state.pages[owner]
    if isinstance(target, Post | Comment):
        post = target if isinstance(target, Post) else state.posts[target.post_id]
        parent = target if isinstance(target, Comment) else None
        comment = state.add_comment(
            post, page.id, text, parent=parent, created=created, origin="outside"
        )
        return 201, {"comment": _describe(comment)}
    if isinstance(target, IgMedia | IgComment) and page.ig_user_id:
        user: IgUser = state.ig_users[page.ig_user_id]
        medium = target if isinstance(target, IgMedia) else state.media[target.media_id]
        ig_parent = target if isinstance(target, IgComment) else None
        ig = state.add_ig_comment(
            medium,
            user.id,
            user.username,
            text,
            parent=ig_parent,
            created=created,
            origin="outside",
        )
        return 201, {"comment": _describe(ig)}
    if isinstance(target, Conversation):
        business = page.ig_user_id if target.platform == "instagram" else page.id
        message = state.add_message(
            target,
            business or page.id,
            target.participant_id,
            text,
            created=created,
            origin="outside",
        )
        return 201, {"message": _describe(message)}
    raise ControlError("'on' must be a post, a comment, a medium or a conversation")


def _revoke(platform: GraphPlatform, body: dict[str, Any]) -> Answer:
    platform.state.revoked.add(req_str(body, "token"))
    return 200, {"revoked": True}


def _usage(platform: GraphPlatform, body: dict[str, Any]) -> Answer:
    if body.get("clear") is True:
        platform.usage.clear()
        return 200, {"usage": {}}
    scope = req_str(body, "scope")
    figures = {key: opt_int(body, key, minimum=0) or 0 for key in FIGURES}
    regain = opt_int(body, "regain_minutes", minimum=0) or 0
    platform.usage.levels[scope] = Level(figures, regain)
    return 200, {"usage": platform.usage.describe()}


def _clock(platform: GraphPlatform, body: dict[str, Any]) -> Answer:
    platform.clock_offset += opt_number(body, "advance") or 0.0
    return 200, {"now": graph_time(platform.state.now()), "offset": platform.clock_offset}


def _settings(platform: GraphPlatform, body: dict[str, Any]) -> Answer:
    settings = platform.settings
    omit = body.get("omit_from")
    if omit is not None:
        if not isinstance(omit, bool):
            raise ControlError("'omit_from' must be true or false")
        settings.omit_from = omit
    for key in ("video_polls", "quota_total", "hashtag_limit"):
        value = opt_int(body, key, minimum=0)
        if value is not None:
            setattr(settings, key, value)
    return 200, {"settings": vars(settings)}


def _add_page(platform: GraphPlatform, body: dict[str, Any]) -> Answer:
    page_id = req_str(body, "id")
    if not page_id.isdigit():
        raise ControlError("'id' must be a numeric string")
    page = GraphPage(
        page_id, req_str(body, "name"), req_str(body, "username"), req_str(body, "token")
    )
    ig_spec = body.get("instagram")
    ig_user = None
    if ig_spec is not None:
        if not isinstance(ig_spec, dict):
            raise ControlError("'instagram' must be an object with id, username and name")
        ig_user = IgUser(
            req_str(ig_spec, "id"),
            req_str(ig_spec, "username"),
            opt_str(ig_spec, "name") or page.name,
            page_id,
        )
    try:
        platform.state.add_page(page, ig_user)
    except ValueError as exc:
        raise ControlError(str(exc)) from exc
    return 201, {"page": vars(page)}


def _describe(item: Any) -> dict[str, Any]:
    data = dict(vars(item))
    for key, value in data.items():
        if isinstance(value, datetime):
            data[key] = value.isoformat()
        elif isinstance(value, tuple):
            data[key] = list(value)
    return data


_POST_ROUTES = {
    "/tick": _tick,
    "/comments": _comment,
    "/posts": _post,
    "/tags": _tag,
    "/dms": _dm,
    "/raw": _raw,
    "/own": _own,
    "/published": _published,
    "/revoke": _revoke,
    "/usage": _usage,
    "/clock": _clock,
    "/settings": _settings,
    "/pages": _add_page,
}
