"""The X API v2 as the sandbox serves it under `/x`: routes, auth, rate limits and handlers.

Adapters rewrite `https://api.twitter.com/2/...` to `http://127.0.0.1:PORT/x/2/...`; tweepy
4.17 then parses every answer as it parses X's own (platform-apis.md §2, §7.1). Auth accepts
`Bearer <token>` and OAuth 1.0a (any signature; the account is the `oauth_token`). Every
answer of a known route carries `x-rate-limit-*` headers for its endpoint and token.
"""

from __future__ import annotations

import json
import shlex
import threading
import time
from collections.abc import Callable
from datetime import timedelta
from http import HTTPStatus
from typing import Any
from urllib.parse import unquote

from twitter_text import parse_tweet
from werkzeug.exceptions import MethodNotAllowed, NotFound
from werkzeug.routing import Map, Rule
from werkzeug.wrappers import Request, Response

from channels.sandbox.http import json_response
from channels.sandbox.residents import RESIDENTS, ResidentSimulator
from channels.sandbox.x_limits import RateLimits
from channels.sandbox.x_state import (
    X_ACCOUNT_ID,
    X_NAME,
    X_TOKEN,
    X_USERNAME,
    RawMention,
    XDmEvent,
    XState,
    XTweet,
    XUser,
    conversation_id_for,
)
from channels.sandbox.x_wire import (
    DM_EVENT_FIELDS,
    DM_EXPANSIONS,
    EVENT_TYPES,
    ID_PATTERN,
    PROBLEMS,
    TWEET_EXPANSIONS,
    TWEET_FIELDS,
    USER_EXPANSIONS,
    USER_FIELDS,
    ApiError,
    Page,
    Query,
    dm_json,
    invalid_request,
    not_found,
    paginate,
    problem,
    tweet_json,
    user_json,
)

Answer = tuple[int, dict[str, Any]]

TIMELINE_PARAMS = (
    "end_time expansions max_results media.fields pagination_token place.fields poll.fields "
    "since_id start_time tweet.fields until_id user.fields"
).split()
SEARCH_PARAMS = [
    *(p for p in TIMELINE_PARAMS if p != "pagination_token"),
    "next_token",
    "query",
    "sort_order",
]
LOOKUP_PARAMS = "expansions media.fields place.fields poll.fields tweet.fields user.fields".split()
DM_PARAMS = (
    "dm_event.fields event_types expansions max_results media.fields pagination_token "
    "tweet.fields user.fields"
).split()
POST_KEYS = frozenset(
    "text reply quote_tweet_id media poll reply_settings geo for_super_followers_only "
    "direct_message_deep_link community_id nullcast card_uri made_with_ai paid_partnership "
    "share_with_followers".split()
)
MAX_DM_LENGTH = 10_000

ROUTES = Map(
    [
        Rule("/2/users/me", endpoint="GET /2/users/me", methods=["GET"]),
        Rule("/2/users/<user_id>/mentions", endpoint="GET /2/users/:id/mentions", methods=["GET"]),
        Rule("/2/users/<user_id>/tweets", endpoint="GET /2/users/:id/tweets", methods=["GET"]),
        Rule("/2/tweets/search/recent", endpoint="GET /2/tweets/search/recent", methods=["GET"]),
        Rule("/2/tweets", endpoint="GET /2/tweets", methods=["GET"]),
        Rule("/2/tweets", endpoint="POST /2/tweets", methods=["POST"]),
        Rule("/2/tweets/<tweet_id>", endpoint="GET /2/tweets/:id", methods=["GET"]),
        Rule("/2/tweets/<tweet_id>", endpoint="DELETE /2/tweets/:id", methods=["DELETE"]),
        Rule("/2/dm_events", endpoint="GET /2/dm_events", methods=["GET"]),
        Rule(
            "/2/dm_conversations/with/<participant_id>/dm_events",
            endpoint="GET /2/dm_conversations/with/:participant_id/dm_events",
            methods=["GET"],
        ),
        Rule(
            "/2/dm_conversations/<dm_conversation_id>/dm_events",
            endpoint="GET /2/dm_conversations/:dm_conversation_id/dm_events",
            methods=["GET"],
        ),
        Rule(
            "/2/dm_conversations/with/<participant_id>/messages",
            endpoint="POST /2/dm_conversations/with/:participant_id/messages",
            methods=["POST"],
        ),
        Rule(
            "/2/dm_conversations/<dm_conversation_id>/messages",
            endpoint="POST /2/dm_conversations/:dm_conversation_id/messages",
            methods=["POST"],
        ),
    ],
    strict_slashes=False,
    merge_slashes=False,
)

USAGE_CAPPED = {
    "title": "UsageCapExceeded",
    "detail": "Usage cap exceeded: Monthly product cap",
    "type": PROBLEMS + "usage-capped",
    "period": "Monthly",
    "scope": "Product",
}


def unauthorized() -> ApiError:
    return problem(401, "Unauthorized", "Unauthorized")


def too_many_requests() -> ApiError:
    return problem(429, "Too Many Requests", "Too Many Requests")


def _check_id(value: str, name: str) -> str:
    if not ID_PATTERN.match(value):
        raise invalid_request(
            f"The `{name}` query parameter value [{value}] does not match ^[0-9]{{1,19}}$",
            {name: [value]},
        )
    return value


class XPlatform:
    """The X platform of the sandbox: state, limits and residents behind one lock."""

    name = "x"

    def __init__(self, seed: int = 1) -> None:
        self.seed = seed
        self.lock = threading.RLock()
        self.clock_offset = 0.0
        self.usage_capped = False
        self.limits = RateLimits(self.clock)
        self.state = self._fresh_state()
        self.residents = ResidentSimulator(seed, X_USERNAME)

    def clock(self) -> float:
        """Wall-clock time plus the offset the control API may have advanced it by."""
        return time.time() + self.clock_offset

    def _fresh_state(self) -> XState:
        state = XState(self.clock)
        created = state.now() - timedelta(days=3650)
        state.add_user(
            XUser(
                X_ACCOUNT_ID,
                X_USERNAME,
                X_NAME,
                created,
                description="Het officiële account van Gemeente Voorbeeld. Ma-vr 8-20 uur.",
                token=X_TOKEN,
            )
        )
        for resident in RESIDENTS:
            state.add_user(
                XUser(
                    resident.id,
                    resident.username,
                    resident.name,
                    created,
                    location=resident.location,
                    resident=True,
                )
            )
        return state

    def reset(self) -> None:
        with self.lock:
            self.clock_offset = 0.0
            self.usage_capped = False
            self.limits.clear()
            self.state = self._fresh_state()
            self.residents = ResidentSimulator(self.seed, X_USERNAME)

    # The Platform protocol

    def token(self, request: Request) -> str | None:
        auth = request.authorization
        if auth is None:
            return None
        if auth.type == "bearer":
            return auth.token
        if auth.type == "oauth":
            oauth_token = auth.parameters.get("oauth_token")
            return unquote(oauth_token) if oauth_token is not None else None
        return None

    def error_response(self, status: int, request: Request) -> Response:
        if status == 401:
            error = unauthorized()
        elif status == 429:
            error = too_many_requests()
        else:
            error = problem(status, _reason(status), _reason(status))
        return json_response(error.body, error.status)

    def rate_limited_headers(self, request: Request, path: str, reset_in: float) -> dict[str, str]:
        endpoint = _endpoint_of(request.method, path) or "GET /2/users/me"
        with self.lock:
            return self.limits.exhausted(endpoint, reset_in)

    def control(self, request: Request, path: str) -> Response:
        from channels.sandbox.x_control import handle_control

        return handle_control(self, request, path)

    def handle(self, request: Request, path: str) -> Response:
        try:
            endpoint, args = ROUTES.bind("api.twitter.com").match(path, request.method)
        except NotFound:
            error = problem(404, "Not Found Error", f"No route for {request.method} {path}")
            return json_response(error.body, 404)
        except MethodNotAllowed:
            error = problem(405, "Method Not Allowed", f"{request.method} is not allowed here")
            return json_response(error.body, 405)
        with self.lock:
            if self.usage_capped:
                return json_response(USAGE_CAPPED, 429)
            token = self.token(request)
            user = self.state.user_by_token(token)
            if user is None or token is None:
                headers = self.limits.peek(endpoint, token or "")
                return json_response(unauthorized().body, 401, headers)
            decision = self.limits.consume(endpoint, token)
            if not decision.allowed:
                return json_response(too_many_requests().body, 429, decision.headers)
            handler: Callable[..., Answer] = getattr(self, "_" + _handler_name(endpoint))
            extra: dict[str, str] = {}
            try:
                status, body = handler(request, user, **args)
            except ApiError as error:
                status, body = error.status, error.body
            if status == 201 and endpoint == "POST /2/tweets":
                extra["location"] = f"https://api.twitter.com/2/tweets/{body['data']['id']}"
            return json_response(body, status, {**decision.headers, **extra})

    def tick(self, count: int) -> list[dict[str, Any]]:
        from channels.sandbox.x_control import tick

        return tick(self, count)

    # Helpers for handlers

    def _user_id_of(self, username: str) -> str | None:
        user = self.state.user_by_username(username)
        return user.id if user is not None else None

    def _reply_count(self, tweet: XTweet) -> int:
        return sum(1 for t in self.state.tweets.values() if t.replied_to == tweet.id)

    def _tweet(self, item: XTweet | RawMention, fields: frozenset[str]) -> dict[str, Any]:
        if isinstance(item, RawMention):
            return item.payload
        count = self._reply_count(item) if "public_metrics" in fields else 0
        return tweet_json(item, fields, self._user_id_of, count)

    def _tweet_answer(self, q: Query, page: Page[Any]) -> Answer:
        """`data`, `includes` and `meta` of a list of posts, as X shapes them."""
        if not page.items:
            return 200, {"meta": {"result_count": 0}}
        fields = q.choices("tweet.fields", TWEET_FIELDS)
        body: dict[str, Any] = {"data": [self._tweet(item, fields) for item in page.items]}
        includes = self._includes(page.items, q, fields)
        if includes:
            body["includes"] = includes
        ids = [str(item.sort_id) for item in page.items]
        meta: dict[str, Any] = {"newest_id": ids[0], "oldest_id": ids[-1], "result_count": len(ids)}
        if page.next_token:
            meta["next_token"] = page.next_token
        if page.previous_token:
            meta["previous_token"] = page.previous_token
        body["meta"] = meta
        return 200, body

    def _includes(
        self, items: list[XTweet | RawMention], q: Query, fields: frozenset[str]
    ) -> dict[str, Any]:
        expansions = q.choices("expansions", TWEET_EXPANSIONS)
        user_fields = q.choices("user.fields", USER_FIELDS)
        user_ids: list[str] = []
        referenced: list[XTweet] = []
        for item in items:
            if isinstance(item, RawMention):
                author = item.payload.get("author_id")
                if "author_id" in expansions and isinstance(author, str):
                    user_ids.append(author)
                continue
            if "author_id" in expansions:
                user_ids.append(item.author_id)
            if "in_reply_to_user_id" in expansions and item.in_reply_to_user_id:
                user_ids.append(item.in_reply_to_user_id)
            if "entities.mentions.username" in expansions:
                user_ids.extend(item.mentioned_ids)
            if "referenced_tweets.id" in expansions:
                for ref in (item.replied_to, item.quoted):
                    if ref is not None and (tweet := self.state.live_tweet(ref)) is not None:
                        referenced.append(tweet)
        if "referenced_tweets.id.author_id" in expansions:
            user_ids.extend(tweet.author_id for tweet in referenced)
        includes: dict[str, Any] = {}
        users = [
            user_json(self.state.users[uid], user_fields)
            for uid in dict.fromkeys(user_ids)
            if uid in self.state.users
        ]
        if users:
            includes["users"] = users
        if referenced:
            unique = {tweet.id: tweet for tweet in referenced}
            includes["tweets"] = [self._tweet(tweet, fields) for tweet in unique.values()]
        return includes

    def _timeline(
        self,
        request: Request,
        items: list[Any],
        *,
        params: list[str],
        token_param: str,
        low: int,
        default: int,
    ) -> Answer:
        q = Query(request.args, params)
        q.choices("tweet.fields", TWEET_FIELDS)
        q.choices("user.fields", USER_FIELDS)
        q.choices("expansions", TWEET_EXPANSIONS)
        max_results = q.number("max_results", low, 100, default)
        since_id, until_id = q.snowflake("since_id"), q.snowflake("until_id")
        start, end = q.time("start_time"), q.time("end_time")
        cursor = q.cursor(token_param)
        if start is not None or end is not None:
            items = [
                item
                for item in items
                if isinstance(item, RawMention)
                or (
                    (start is None or item.created_at >= start)
                    and (end is None or item.created_at < end)
                )
            ]
        page = paginate(
            items,
            lambda item: item.sort_id,
            max_results,
            since_id=since_id,
            until_id=until_id,
            cursor=cursor,
        )
        return self._tweet_answer(q, page)

    def _known_user(self, user_id: str) -> XUser:
        _check_id(user_id, "id")
        found = self.state.users.get(user_id)
        if found is None:
            raise ApiError(200, {"errors": [not_found(user_id, "user", "id")]})
        return found

    # Handlers: one per endpoint, named after it

    def _get_users_me(self, request: Request, user: XUser) -> Answer:
        q = Query(request.args, ["expansions", "tweet.fields", "user.fields"])
        q.choices("expansions", USER_EXPANSIONS)
        q.choices("tweet.fields", TWEET_FIELDS)
        return 200, {"data": user_json(user, q.choices("user.fields", USER_FIELDS))}

    def _get_users_id_mentions(self, request: Request, user: XUser, user_id: str) -> Answer:
        target = self._known_user(user_id)
        items = self.state.mentions_of(target.id)
        return self._timeline(
            request,
            items,
            params=TIMELINE_PARAMS,
            token_param="pagination_token",
            low=5,
            default=10,
        )

    def _get_users_id_tweets(self, request: Request, user: XUser, user_id: str) -> Answer:
        target = self._known_user(user_id)
        q = Query(request.args, [*TIMELINE_PARAMS, "exclude"])
        exclude = q.choices("exclude", frozenset({"replies", "retweets"}))
        items = self.state.tweets_by(target.id)
        if "replies" in exclude:
            items = [tweet for tweet in items if tweet.replied_to is None]
        return self._timeline(
            request,
            list(items),
            params=[*TIMELINE_PARAMS, "exclude"],
            token_param="pagination_token",
            low=5,
            default=10,
        )

    def _get_tweets_search_recent(self, request: Request, user: XUser) -> Answer:
        q = Query(request.args, SEARCH_PARAMS)
        query = q.get("query")
        if not query:
            raise invalid_request(
                "The `query` query parameter can not be empty", {"query": [query or ""]}
            )
        if len(query) > 512:
            raise invalid_request(
                "The `query` query parameter value is too long (more than 512 characters)",
                {"query": [query]},
            )
        q.choices("sort_order", frozenset({"recency", "relevancy"}))
        oldest = self.state.now() - timedelta(days=7)
        matches = _search_matcher(query, self.state)
        items = [t for t in self.state.live_tweets() if t.created_at >= oldest and matches(t)]
        return self._timeline(
            request, list(items), params=SEARCH_PARAMS, token_param="next_token", low=10, default=10
        )

    def _lookup(self, ids: list[str], q: Query, parameter: str) -> Answer:
        fields = q.choices("tweet.fields", TWEET_FIELDS)
        q.choices("user.fields", USER_FIELDS)
        found: list[XTweet | RawMention] = []
        errors = []
        for tweet_id in ids:
            item = self.state.live_tweet(tweet_id) or self.state.raw_by_id(tweet_id)
            if item is None:
                errors.append(not_found(tweet_id, "tweet", parameter))
            else:
                found.append(item)
        body: dict[str, Any] = {}
        if found:
            data = [self._tweet(item, fields) for item in found]
            body["data"] = data[0] if parameter == "id" else data
            includes = self._includes(found, q, fields)
            if includes:
                body["includes"] = includes
        if errors:
            body["errors"] = errors
        return 200, body

    def _get_tweets_id(self, request: Request, user: XUser, tweet_id: str) -> Answer:
        q = Query(request.args, LOOKUP_PARAMS)
        q.choices("expansions", TWEET_EXPANSIONS)
        return self._lookup([_check_id(tweet_id, "id")], q, "id")

    def _get_tweets(self, request: Request, user: XUser) -> Answer:
        q = Query(request.args, [*LOOKUP_PARAMS, "ids"])
        q.choices("expansions", TWEET_EXPANSIONS)
        raw = q.get("ids") or ""
        ids = [value for value in raw.split(",") if value]
        if not 1 <= len(ids) <= 100:
            raise invalid_request(
                f"The `ids` query parameter value [{raw}] is not between 1 and 100 ids",
                {"ids": [raw]},
            )
        for tweet_id in ids:
            _check_id(tweet_id, "ids")
        return self._lookup(ids, q, "ids")

    def _post_tweets(self, request: Request, user: XUser) -> Answer:
        body = _json_object(request)
        unknown = sorted(set(body) - POST_KEYS)
        if unknown:
            raise invalid_request(
                f"$.{unknown[0]}: is not defined in the schema and the schema does not allow "
                "additional properties"
            )
        text = body.get("text")
        if text is not None and not isinstance(text, str):
            raise invalid_request("$.text: string found, but a string is required")
        if not text and not body.get("media") and not body.get("quote_tweet_id"):
            raise invalid_request("Post text, media or a quote is required.")
        text = text or ""
        if parse_tweet(text).weightedLength > user.max_post_length:
            raise invalid_request("Your Tweet text is too long.", {"text": [text]})
        parent = None
        reply = body.get("reply")
        if reply is not None:
            parent_id = reply.get("in_reply_to_tweet_id") if isinstance(reply, dict) else None
            if not isinstance(parent_id, str) or not ID_PATTERN.match(parent_id):
                raise invalid_request(
                    "$.reply.in_reply_to_tweet_id: does not match the regex pattern ^[0-9]{1,19}$"
                )
            parent = self.state.live_tweet(parent_id) or self.state.raw_by_id(parent_id)
            if parent is None:
                raise problem(
                    403,
                    "Forbidden",
                    "You attempted to reply to a Tweet that is deleted or not visible to you.",
                )
        quoted = body.get("quote_tweet_id")
        if quoted is not None and (not isinstance(quoted, str) or not ID_PATTERN.match(quoted)):
            raise invalid_request(
                "$.quote_tweet_id: does not match the regex pattern ^[0-9]{1,19}$"
            )
        if text and any(t.text == text for t in self.state.tweets_by(user.id)):
            raise problem(
                403, "Forbidden", "You are not allowed to create a Tweet with duplicate content."
            )
        tweet = self.state.post(user.id, text, reply_to=parent, quoted=quoted, origin="api")
        return 201, {"data": tweet_json(tweet, frozenset(), self._user_id_of)}

    def _delete_tweets_id(self, request: Request, user: XUser, tweet_id: str) -> Answer:
        tweet = self.state.live_tweet(_check_id(tweet_id, "id"))
        if tweet is None:
            raise problem(
                404,
                "Not Found Error",
                f"Could not find tweet with id: [{tweet_id}].",
                PROBLEMS + "resource-not-found",
            )
        if tweet.author_id != user.id:
            raise problem(403, "Forbidden", "You are not allowed to delete this Tweet.")
        tweet.deleted = True
        return 200, {"data": {"deleted": True}}

    def _dm_answer(self, request: Request, items: list[XDmEvent]) -> Answer:
        q = Query(request.args, DM_PARAMS)
        fields = q.choices("dm_event.fields", DM_EVENT_FIELDS)
        expansions = q.choices("expansions", DM_EXPANSIONS)
        user_fields = q.choices("user.fields", USER_FIELDS)
        q.choices("tweet.fields", TWEET_FIELDS)
        event_types = q.choices("event_types", EVENT_TYPES)
        if event_types and "MessageCreate" not in event_types:
            items = []
        page = paginate(
            items, lambda e: e.sort_id, q.number("max_results", 1, 100, 100),
            cursor=q.cursor("pagination_token"),
        )  # fmt: skip
        if not page.items:
            return 200, {"meta": {"result_count": 0}}
        body: dict[str, Any] = {"data": [dm_json(event, fields) for event in page.items]}
        user_ids: list[str] = []
        for event in page.items:
            if "sender_id" in expansions:
                user_ids.append(event.sender_id)
            if "participant_ids" in expansions:
                user_ids.extend(event.participant_ids)
        users = [
            user_json(self.state.users[uid], user_fields)
            for uid in dict.fromkeys(user_ids)
            if uid in self.state.users
        ]
        if users:
            body["includes"] = {"users": users}
        meta: dict[str, Any] = {"result_count": len(page.items)}
        if page.next_token:
            meta["next_token"] = page.next_token
        if page.previous_token:
            meta["previous_token"] = page.previous_token
        body["meta"] = meta
        return 200, body

    def _get_dm_events(self, request: Request, user: XUser) -> Answer:
        return self._dm_answer(request, self.state.dm_events_of(user.id))

    def _get_dm_conversations_with_participant_id_dm_events(
        self, request: Request, user: XUser, participant_id: str
    ) -> Answer:
        _check_id(participant_id, "participant_id")
        conversation = conversation_id_for(user.id, participant_id)
        return self._dm_answer(request, self.state.dm_events_of(user.id, conversation))

    def _get_dm_conversations_dm_conversation_id_dm_events(
        self, request: Request, user: XUser, dm_conversation_id: str
    ) -> Answer:
        return self._dm_answer(request, self.state.dm_events_of(user.id, dm_conversation_id))

    def _send_dm(self, request: Request, user: XUser, conversation: str) -> Answer:
        body = _json_object(request)
        text = body.get("text")
        if text is not None and not isinstance(text, str):
            raise invalid_request("$.text: string found, but a string is required")
        if not text and not body.get("attachments"):
            raise invalid_request("A direct message needs text or an attachment.")
        if text and len(text) > MAX_DM_LENGTH:
            raise invalid_request(
                f"The `text` body parameter is longer than {MAX_DM_LENGTH} characters."
            )
        event = self.state.send_dm(user.id, conversation, text or "", origin="api")
        return 201, {"data": {"dm_conversation_id": conversation, "dm_event_id": event.id}}

    def _post_dm_conversations_with_participant_id_messages(
        self, request: Request, user: XUser, participant_id: str
    ) -> Answer:
        _check_id(participant_id, "participant_id")
        if participant_id == user.id or participant_id not in self.state.users:
            raise invalid_request(
                f"The `participant_id` value [{participant_id}] is not a user you can message",
                {"participant_id": [participant_id]},
            )
        return self._send_dm(request, user, conversation_id_for(user.id, participant_id))

    def _post_dm_conversations_dm_conversation_id_messages(
        self, request: Request, user: XUser, dm_conversation_id: str
    ) -> Answer:
        members = dm_conversation_id.split("-")
        if (
            len(members) != 2
            or user.id not in members
            or not all(member in self.state.users for member in members)
            or conversation_id_for(*members) != dm_conversation_id
        ):
            raise problem(
                403, "Forbidden", "You are not permitted to send messages to this conversation."
            )
        return self._send_dm(request, user, dm_conversation_id)


def _handler_name(endpoint: str) -> str:
    """`GET /2/users/:id/mentions` -> `get_users_id_mentions`."""
    method, path = endpoint.split(" ", 1)
    parts = [part.lstrip(":") for part in path.split("/")[2:]]
    return "_".join([method.lower(), *parts])


def _endpoint_of(method: str, path: str) -> str | None:
    try:
        endpoint, _ = ROUTES.bind("api.twitter.com").match(path, method)
    except (NotFound, MethodNotAllowed):
        return None
    return str(endpoint)


def _reason(status: int) -> str:
    try:
        return HTTPStatus(status).phrase
    except ValueError:
        return "Error"


def _json_object(request: Request) -> dict[str, Any]:
    try:
        body = json.loads(request.get_data() or b"null")
    except ValueError as exc:
        raise invalid_request(f"The request body is not valid JSON: {exc}") from exc
    if not isinstance(body, dict):
        raise invalid_request("The request body must be a JSON object.")
    return body


def _search_matcher(query: str, state: XState) -> Callable[[XTweet], bool]:
    """A small subset of X's search syntax: terms are ANDed; `-` negates; operators
    `from:`, `to:`, `conversation_id:`, `is:reply`, `is:retweet`, `is:quote`; anything else
    is a case-insensitive phrase (quotes keep a phrase together)."""
    try:
        terms = shlex.split(query)
    except ValueError:
        terms = query.split()

    def username(user_id: str | None) -> str:
        user = state.users.get(user_id or "")
        return user.username.lower() if user is not None else ""

    def term_matches(term: str, tweet: XTweet) -> bool:
        key, sep, value = term.partition(":")
        value = value.lower()
        if sep and key == "from":
            return username(tweet.author_id) == value.lstrip("@") or tweet.author_id == value
        if sep and key == "to":
            return username(tweet.in_reply_to_user_id) == value.lstrip("@")
        if sep and key == "conversation_id":
            return tweet.conversation_id == value
        if sep and key == "is":
            return {"reply": tweet.replied_to is not None, "quote": tweet.quoted is not None}.get(
                value, False
            )
        return term.lower() in tweet.text.lower()

    def matches(tweet: XTweet) -> bool:
        for term in terms:
            negate = term.startswith("-") and len(term) > 1
            if term_matches(term[1:] if negate else term, tweet) == negate:
                return False
        return True

    return matches
