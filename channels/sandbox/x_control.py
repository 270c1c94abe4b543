"""Control routes of the X sandbox, under `/_sandbox/x/` (JSON in and out, never logged).

    POST /tick          {"count": n}: n resident events now -> {"created": [...]}
    POST /mentions      {"author": {"id", "username", "name"}, "text", "in_reply_to"?,
                        "created_at"?, "account_id"?, "count"?}: one mention or reply ->
                        {"tweet": ...}; with `count`, that many ("<text> 1", "<text> 2" ...)
                        -> {"tweets": [ids, oldest first]}
    POST /dms           {"sender": {...}, "text", "created_at"?, "account_id"?, "count"?}
                        -> {"dm_event"}; with `count`, {"dm_events": [ids, oldest first]}
    POST /raw_mentions  {"tweet": {...}, "account_id"?}: served as-is in the mentions
    POST /raw_dm_events {"event": {...}, "account_id"?}: served as-is in the DM events (of
                        any type, whatever `event_types` asks for)
    POST /extras        {"endpoint": "GET /2/users/:id/mentions", "includes"?: {"users": [..]},
                        "errors"?: [...]} added to every 200 answer of that endpoint;
                        {"endpoint", "clear": true} stops it
    POST /own_posts     {"text", "in_reply_to"?, "created_at"?, "account_id"?}: a post or
                        reply the account makes outside Webcare -> {"tweet": ...}
    GET  /state         accounts, users, posts, raw mentions and DM events, raw text
    GET  /limits        the rate limits per endpoint
    POST /limits        {"endpoint": "GET /2/users/:id/mentions", "limit": n,
                        "window"?: "15min"|"24h", "scope"?: "user"|"app"}
    POST /accounts      {"id", "username", "name", "token", "max_post_length"?}: add or update
    POST /revoke        {"token"}: that token now gets 401
    POST /clock         {"advance": seconds}: move the sandbox clock forward (rate-limit
                        windows and new items' times)
    POST /usage_cap     {"capped": true|false}: every X call gets the usage-capped 429

The account defaults to the sandbox's municipality account (`X_ACCOUNT_ID`). Authors and
senders that do not exist yet are created from the given id, username and name.
"""

from __future__ import annotations

from datetime import datetime
from typing import TYPE_CHECKING, Any

from werkzeug.wrappers import Request, Response

from channels.sandbox.http import (
    ControlError,
    json_response,
    opt_int,
    opt_number,
    opt_str,
    read_control_json,
    req_str,
)
from channels.sandbox.residents import RESIDENTS
from channels.sandbox.x_state import (
    X_ACCOUNT_ID,
    Extras,
    RawMention,
    XTweet,
    XUser,
    conversation_id_for,
)
from channels.sandbox.x_wire import ID_PATTERN

if TYPE_CHECKING:
    from channels.sandbox.x_api import XPlatform

MAX_TICK = 1_000
MAX_BURST = 10_000


def handle_control(platform: XPlatform, request: Request, path: str) -> Response:
    """Route one control request; a bad request raises ControlError (400)."""
    route = (request.method, path.rstrip("/"))
    with platform.lock:
        if route == ("GET", "/state"):
            return json_response(platform.state.describe())
        if route == ("GET", "/limits"):
            return json_response({"limits": platform.limits.describe()})
        handler = _POST_ROUTES.get(route[1]) if request.method == "POST" else None
        if handler is None:
            raise ControlError(f"no control route {request.method} /_sandbox/x{path}", 404)
        status, body = handler(platform, read_control_json(request))
        return json_response(body, status)


def tick(platform: XPlatform, count: int) -> list[dict[str, Any]]:
    """Let the simulated residents act `count` times towards the default account."""
    created = []
    with platform.lock:
        state = platform.state
        resident_ids = {resident.id for resident in RESIDENTS}
        for _ in range(count):
            account_replies = [
                (tweet.id, tweet.in_reply_to_user_id)
                for tweet in reversed(state.tweets_by(X_ACCOUNT_ID))
                if tweet.in_reply_to_user_id is not None
                and tweet.in_reply_to_user_id in resident_ids
            ]
            resident_roots = [
                (tweet.id, tweet.author_id)
                for tweet in state.tweets.values()
                if tweet.origin == "resident" and not tweet.deleted and tweet.replied_to is None
            ]
            plan = platform.residents.next(account_replies, resident_roots)
            if plan.kind == "dm":
                conversation = conversation_id_for(plan.resident.id, X_ACCOUNT_ID)
                event = state.send_dm(plan.resident.id, conversation, plan.text, origin="resident")
                created.append({"type": "dm", **event.describe()})
                continue
            parent = state.live_tweet(plan.parent_id) if plan.parent_id else None
            tweet = state.post(plan.resident.id, plan.text, reply_to=parent, origin="resident")
            created.append({"type": plan.kind, **tweet.describe()})
    return created


Answer = tuple[int, dict[str, Any]]


def _account(platform: XPlatform, body: dict[str, Any]) -> XUser:
    account_id = opt_str(body, "account_id") or X_ACCOUNT_ID
    account = platform.state.users.get(account_id)
    if account is None or account.token is None:
        raise ControlError(f"no account {account_id!r}")
    return account


def _identity(platform: XPlatform, body: dict[str, Any], key: str) -> XUser:
    """The author or sender: an existing user by id, or a new one from id, username, name."""
    spec = body.get(key)
    if spec is None:
        return platform.state.users[RESIDENTS[0].id]
    if not isinstance(spec, dict):
        raise ControlError(f"{key!r} must be an object with id, username and name")
    user_id = req_str(spec, "id")
    if not ID_PATTERN.match(user_id):
        raise ControlError(f"{key}.id must be a numeric string")
    existing = platform.state.users.get(user_id)
    if existing is not None:
        return existing
    user = XUser(
        user_id,
        req_str(spec, "username"),
        req_str(spec, "name"),
        platform.state.now(),
        resident=True,
    )
    try:
        return platform.state.add_user(user)
    except ValueError as exc:
        raise ControlError(str(exc)) from exc


def _created_at(body: dict[str, Any]) -> datetime | None:
    raw = opt_str(body, "created_at")
    if raw is None:
        return None
    try:
        moment = datetime.fromisoformat(raw)
    except ValueError as exc:
        raise ControlError(f"'created_at' is not an ISO 8601 time: {raw!r}") from exc
    if moment.tzinfo is None:
        raise ControlError("'created_at' needs a time zone, e.g. 2025-01-02T03:04:05Z")
    return moment


def _parent(platform: XPlatform, body: dict[str, Any]) -> XTweet | RawMention | None:
    parent_id = opt_str(body, "in_reply_to")
    if parent_id is None:
        return None
    parent = platform.state.live_tweet(parent_id) or platform.state.raw_by_id(parent_id)
    if parent is None:
        raise ControlError(f"no post {parent_id!r} to reply to")
    return parent


def _tick(platform: XPlatform, body: dict[str, Any]) -> Answer:
    count = opt_int(body, "count", minimum=1) or 1
    if count > MAX_TICK:
        raise ControlError(f"'count' must be at most {MAX_TICK}")
    return 200, {"created": tick(platform, count)}


def _burst(body: dict[str, Any]) -> int | None:
    """`count` of a burst injection (a weekend's worth of messages in one call), if given."""
    count = opt_int(body, "count", minimum=1)
    if count is not None and count > MAX_BURST:
        raise ControlError(f"'count' must be at most {MAX_BURST}")
    return count


def _mention(platform: XPlatform, body: dict[str, Any]) -> Answer:
    account = _account(platform, body)
    author = _identity(platform, body, "author")
    text, count = req_str(body, "text"), _burst(body)
    parent, created = _parent(platform, body), _created_at(body)
    tweets = [
        platform.state.post(
            author.id,
            text if count is None else f"{text} {n}",
            reply_to=parent,
            created_at=created,
            origin="injected",
            also_mentions=[account.id],
        )
        for n in range(1, (count or 1) + 1)
    ]
    if count is None:
        return 201, {"tweet": tweets[0].describe()}
    return 201, {"tweets": [tweet.id for tweet in tweets]}


def _dm(platform: XPlatform, body: dict[str, Any]) -> Answer:
    account = _account(platform, body)
    sender = _identity(platform, body, "sender")
    if sender.id == account.id:
        raise ControlError("the sender must not be the account itself")
    text, count = req_str(body, "text"), _burst(body)
    events = [
        platform.state.send_dm(
            sender.id,
            conversation_id_for(sender.id, account.id),
            text if count is None else f"{text} {n}",
            created_at=_created_at(body),
            origin="injected",
        )
        for n in range(1, (count or 1) + 1)
    ]
    if count is None:
        return 201, {"dm_event": events[0].describe()}
    return 201, {"dm_events": [event.id for event in events]}


def _raw_mention(platform: XPlatform, body: dict[str, Any]) -> Answer:
    account = _account(platform, body)
    payload = body.get("tweet")
    if not isinstance(payload, dict):
        raise ControlError("'tweet' must be a JSON object (it is served as-is)")
    raw = platform.state.add_raw_mention(account.id, payload)
    return 201, {"raw_mention": raw.describe()}


def _raw_dm_event(platform: XPlatform, body: dict[str, Any]) -> Answer:
    account = _account(platform, body)
    payload = body.get("event")
    if not isinstance(payload, dict):
        raise ControlError("'event' must be a JSON object (it is served as-is)")
    raw = platform.state.add_raw_dm_event(account.id, payload)
    return 201, {"raw_dm_event": raw.describe()}


def _extras(platform: XPlatform, body: dict[str, Any]) -> Answer:
    endpoint = req_str(body, "endpoint")
    reads = [name for name in platform.limits.limits if name.startswith("GET ")]
    if endpoint not in reads:
        known = ", ".join(reads)
        raise ControlError(f"unknown endpoint {endpoint!r}; known: {known}")
    if body.get("clear") is True:
        platform.state.extras.pop(endpoint, None)
        return 200, {"extras": None}
    includes = body.get("includes", {})
    errors = body.get("errors", [])
    if not isinstance(includes, dict) or not all(
        isinstance(value, list) for value in includes.values()
    ):
        raise ControlError("'includes' must be an object of lists, e.g. {\"users\": [...]}")
    if not isinstance(errors, list):
        raise ControlError("'errors' must be a list")
    extras = Extras(includes, errors)
    platform.state.extras[endpoint] = extras
    return 200, {"extras": extras.describe()}


def _own_post(platform: XPlatform, body: dict[str, Any]) -> Answer:
    account = _account(platform, body)
    tweet = platform.state.post(
        account.id,
        req_str(body, "text"),
        reply_to=_parent(platform, body),
        created_at=_created_at(body),
        origin="outside",
    )
    return 201, {"tweet": tweet.describe()}


def _limits(platform: XPlatform, body: dict[str, Any]) -> Answer:
    endpoint = req_str(body, "endpoint")
    limit = opt_int(body, "limit", minimum=0)
    if limit is None:
        raise ControlError("'limit' is required")
    window = opt_str(body, "window") or "15min"
    scope = opt_str(body, "scope") or "user"
    if window not in ("15min", "24h") or scope not in ("user", "app"):
        raise ControlError("'window' must be 15min or 24h and 'scope' user or app")
    try:
        platform.limits.set_limit(endpoint, limit, window, "user" if scope == "user" else "app")
    except KeyError:
        known = ", ".join(platform.limits.limits)
        raise ControlError(f"unknown endpoint {endpoint!r}; known: {known}") from None
    except ValueError as exc:
        raise ControlError(str(exc)) from exc
    return 200, {"limits": platform.limits.describe()}


def _add_account(platform: XPlatform, body: dict[str, Any]) -> Answer:
    user_id = req_str(body, "id")
    if not ID_PATTERN.match(user_id):
        raise ControlError("'id' must be a numeric string")
    existing = platform.state.users.get(user_id)
    user = XUser(
        user_id,
        req_str(body, "username"),
        req_str(body, "name"),
        existing.created_at if existing else platform.state.now(),
        token=req_str(body, "token"),
        max_post_length=opt_int(body, "max_post_length", minimum=1) or 280,
    )
    try:
        platform.state.add_user(user)
    except ValueError as exc:
        raise ControlError(str(exc)) from exc
    return 201, {"account": user.describe()}


def _revoke(platform: XPlatform, body: dict[str, Any]) -> Answer:
    token = req_str(body, "token")
    platform.state.revoked.add(token)
    return 200, {"revoked": True}


def _clock(platform: XPlatform, body: dict[str, Any]) -> Answer:
    seconds = opt_number(body, "advance") or 0.0
    platform.clock_offset += seconds
    return 200, {"now": platform.state.now().isoformat(), "offset": platform.clock_offset}


def _usage_cap(platform: XPlatform, body: dict[str, Any]) -> Answer:
    capped = body.get("capped", True)
    if not isinstance(capped, bool):
        raise ControlError("'capped' must be true or false")
    platform.usage_capped = capped
    return 200, {"capped": capped}


_POST_ROUTES = {
    "/tick": _tick,
    "/mentions": _mention,
    "/dms": _dm,
    "/raw_mentions": _raw_mention,
    "/raw_dm_events": _raw_dm_event,
    "/extras": _extras,
    "/own_posts": _own_post,
    "/limits": _limits,
    "/accounts": _add_account,
    "/revoke": _revoke,
    "/clock": _clock,
    "/usage_cap": _usage_cap,
}
