"""X API v2 post endpoints of the sandbox: users/me, timelines, search, lookup, create and
delete. Each handler gets the state (under the platform's lock), the request and the
authenticated user, and returns (status, body) or raises `ApiError`."""

from __future__ import annotations

import re
import shlex
from collections.abc import Callable
from datetime import timedelta
from functools import partial
from typing import Any

from twitter_text import parse_tweet
from werkzeug.wrappers import Request

from channels.sandbox.x_state import RawMention, XState, XTweet, XUser
from channels.sandbox.x_wire import (
    ID_PATTERN,
    PROBLEMS,
    TWEET_EXPANSIONS,
    TWEET_FIELDS,
    USER_EXPANSIONS,
    USER_FIELDS,
    Answer,
    ApiError,
    Page,
    Query,
    check_id,
    invalid_request,
    json_object,
    not_found,
    paginate,
    problem,
    tweet_json,
    user_json,
)

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
MENTIONED = re.compile(r"@\w{1,15}")
POST_KEYS = frozenset(
    "text reply quote_tweet_id media poll reply_settings geo for_super_followers_only "
    "direct_message_deep_link community_id nullcast card_uri made_with_ai paid_partnership "
    "share_with_followers".split()
)


def _user_id_of(state: XState, username: str) -> str | None:
    user = state.user_by_username(username)
    return user.id if user is not None else None


def _reply_count(state: XState, tweet: XTweet) -> int:
    return sum(1 for t in state.tweets.values() if t.replied_to == tweet.id)


def _tweet(state: XState, item: XTweet | RawMention, fields: frozenset[str]) -> dict[str, Any]:
    if isinstance(item, RawMention):
        return item.payload
    count = _reply_count(state, item) if "public_metrics" in fields else 0
    return tweet_json(item, fields, partial(_user_id_of, state), count)


def _tweet_answer(state: XState, q: Query, page: Page[Any]) -> Answer:
    """`data`, `includes` and `meta` of a list of posts, as X shapes them."""
    if not page.items:
        return 200, {"meta": {"result_count": 0}}
    fields = q.choices("tweet.fields", TWEET_FIELDS)
    body: dict[str, Any] = {"data": [_tweet(state, item, fields) for item in page.items]}
    includes = _includes(state, page.items, q, fields)
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
    state: XState, items: list[XTweet | RawMention], q: Query, fields: frozenset[str]
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
                if ref is not None and (tweet := state.live_tweet(ref)) is not None:
                    referenced.append(tweet)
    if "referenced_tweets.id.author_id" in expansions:
        user_ids.extend(tweet.author_id for tweet in referenced)
    includes: dict[str, Any] = {}
    users = [
        user_json(state.users[uid], user_fields)
        for uid in dict.fromkeys(user_ids)
        if uid in state.users
    ]
    if users:
        includes["users"] = users
    if referenced:
        unique = {tweet.id: tweet for tweet in referenced}
        includes["tweets"] = [_tweet(state, tweet, fields) for tweet in unique.values()]
    return includes


def _timeline(
    state: XState,
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
    return _tweet_answer(state, q, page)


def _known_user(state: XState, user_id: str) -> XUser:
    check_id(user_id, "id")
    found = state.users.get(user_id)
    if found is None:
        raise ApiError(200, {"errors": [not_found(user_id, "user", "id")]})
    return found


def get_users_me(state: XState, request: Request, user: XUser) -> Answer:
    q = Query(request.args, ["expansions", "tweet.fields", "user.fields"])
    q.choices("expansions", USER_EXPANSIONS)
    q.choices("tweet.fields", TWEET_FIELDS)
    return 200, {"data": user_json(user, q.choices("user.fields", USER_FIELDS))}


def get_users_id_mentions(state: XState, request: Request, user: XUser, user_id: str) -> Answer:
    target = _known_user(state, user_id)
    items = state.mentions_of(target.id)
    return _timeline(
        state,
        request,
        items,
        params=TIMELINE_PARAMS,
        token_param="pagination_token",
        low=5,
        default=10,
    )


def get_users_id_tweets(state: XState, request: Request, user: XUser, user_id: str) -> Answer:
    target = _known_user(state, user_id)
    q = Query(request.args, [*TIMELINE_PARAMS, "exclude"])
    exclude = q.choices("exclude", frozenset({"replies", "retweets"}))
    items = state.tweets_by(target.id)
    if "replies" in exclude:
        items = [tweet for tweet in items if tweet.replied_to is None]
    return _timeline(
        state,
        request,
        list(items),
        params=[*TIMELINE_PARAMS, "exclude"],
        token_param="pagination_token",
        low=5,
        default=10,
    )


def get_tweets_search_recent(state: XState, request: Request, user: XUser) -> Answer:
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
    oldest = state.now() - timedelta(days=7)
    start = q.time("start_time")
    if start is not None and start < oldest:
        raise invalid_request(
            f"Invalid 'start_time':'{q.get('start_time')}'. 'start_time' must be on or after "
            f"{oldest.strftime('%Y-%m-%dT%H:%MZ')}",
            {"start_time": [q.get("start_time") or ""]},
        )
    matches = search_matcher(query, state)
    items = [t for t in state.live_tweets() if t.created_at >= oldest and matches(t)]
    return _timeline(
        state,
        request,
        list(items),
        params=SEARCH_PARAMS,
        token_param="next_token",
        low=10,
        default=10,
    )


def _lookup(state: XState, ids: list[str], q: Query, parameter: str) -> Answer:
    fields = q.choices("tweet.fields", TWEET_FIELDS)
    q.choices("user.fields", USER_FIELDS)
    found: list[XTweet | RawMention] = []
    errors = []
    for tweet_id in ids:
        item = state.live_tweet(tweet_id) or state.raw_by_id(tweet_id)
        if item is None:
            errors.append(not_found(tweet_id, "tweet", parameter))
        else:
            found.append(item)
    body: dict[str, Any] = {}
    if found:
        data = [_tweet(state, item, fields) for item in found]
        body["data"] = data[0] if parameter == "id" else data
        includes = _includes(state, found, q, fields)
        if includes:
            body["includes"] = includes
    if errors:
        body["errors"] = errors
    return 200, body


def get_tweets_id(state: XState, request: Request, user: XUser, tweet_id: str) -> Answer:
    q = Query(request.args, LOOKUP_PARAMS)
    q.choices("expansions", TWEET_EXPANSIONS)
    return _lookup(state, [check_id(tweet_id, "id")], q, "id")


def get_tweets(state: XState, request: Request, user: XUser) -> Answer:
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
        check_id(tweet_id, "ids")
    return _lookup(state, ids, q, "ids")


def post_tweets(state: XState, request: Request, user: XUser) -> Answer:
    body = json_object(request)
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
        parent = state.live_tweet(parent_id) or state.raw_by_id(parent_id)
        if parent is None:
            raise problem(
                403,
                "Forbidden",
                "You attempted to reply to a Tweet that is deleted or not visible to you.",
            )
    quoted = body.get("quote_tweet_id")
    if quoted is not None and (not isinstance(quoted, str) or not ID_PATTERN.match(quoted)):
        raise invalid_request("$.quote_tweet_id: does not match the regex pattern ^[0-9]{1,19}$")
    if text and any(t.text == text for t in state.tweets_by(user.id)):
        raise problem(
            403, "Forbidden", "You are not allowed to create a Tweet with duplicate content."
        )
    tweet = state.post(user.id, text, reply_to=parent, quoted=quoted, origin="api")
    created = tweet_json(tweet, frozenset(), partial(_user_id_of, state), whole_text=True)
    return 201, {"data": created}


def delete_tweets_id(state: XState, request: Request, user: XUser, tweet_id: str) -> Answer:
    tweet = state.live_tweet(check_id(tweet_id, "id"))
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


def search_matcher(query: str, state: XState) -> Callable[[XTweet], bool]:
    """A small subset of X's search syntax: terms are ANDed; `-` negates; operators
    `from:`, `to:`, `conversation_id:`, `is:reply`, `is:retweet`, `is:quote`, and `@name`
    (posts that mention the user, replies to the user's posts among them, as X's mention
    entities say); anything else is a case-insensitive phrase (quotes keep a phrase
    together)."""
    try:
        terms = shlex.split(query)
    except ValueError:
        terms = query.split()

    def username(user_id: str | None) -> str:
        user = state.users.get(user_id or "")
        return user.username.lower() if user is not None else ""

    def term_matches(term: str, tweet: XTweet) -> bool:
        if MENTIONED.fullmatch(term):
            user = state.user_by_username(term[1:])
            return user is not None and (
                user.id in tweet.mentioned_ids or tweet.in_reply_to_user_id == user.id
            )
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
