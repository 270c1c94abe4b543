"""The X API v2 as the sandbox serves it under `/x`: routes, auth, rate limits and handlers.

Adapters rewrite `https://api.twitter.com/2/...` to `http://127.0.0.1:PORT/x/2/...`; tweepy
4.17 then parses every answer as it parses X's own (platform-apis.md §2, §7.1). Auth accepts
`Bearer <token>` and OAuth 1.0a (any signature; the account is the `oauth_token`). Every
answer of a known route carries `x-rate-limit-*` headers for its endpoint and token.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable
from datetime import timedelta
from http import HTTPStatus
from typing import Any
from urllib.parse import unquote

from werkzeug.exceptions import MethodNotAllowed, NotFound
from werkzeug.routing import Map, Rule
from werkzeug.wrappers import Request, Response

from channels.sandbox import x_control, x_dms, x_tweets
from channels.sandbox.http import json_response
from channels.sandbox.residents import RESIDENTS, ResidentSimulator
from channels.sandbox.x_limits import RateLimits
from channels.sandbox.x_state import (
    X_ACCOUNT_ID,
    X_NAME,
    X_TOKEN,
    X_USERNAME,
    Extras,
    XState,
    XUser,
)
from channels.sandbox.x_wire import PROBLEMS, Answer, ApiError, problem

Handler = Callable[..., Answer]

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
        return x_control.handle_control(self, request, path)

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
            extra: dict[str, str] = {}
            try:
                status, body = HANDLERS[endpoint](self.state, request, user, **args)
            except ApiError as error:
                status, body = error.status, error.body
            extras = self.state.extras.get(endpoint)
            if status == 200 and extras is not None:
                body = with_extras(body, extras)
            if status == 201 and endpoint == "POST /2/tweets":
                extra["location"] = f"https://api.twitter.com/2/tweets/{body['data']['id']}"
            return json_response(body, status, {**decision.headers, **extra})

    def tick(self, count: int) -> list[dict[str, Any]]:
        return x_control.tick(self, count)


HANDLERS: dict[str, Handler] = {
    "GET /2/users/me": x_tweets.get_users_me,
    "GET /2/users/:id/mentions": x_tweets.get_users_id_mentions,
    "GET /2/users/:id/tweets": x_tweets.get_users_id_tweets,
    "GET /2/tweets/search/recent": x_tweets.get_tweets_search_recent,
    "GET /2/tweets/:id": x_tweets.get_tweets_id,
    "GET /2/tweets": x_tweets.get_tweets,
    "POST /2/tweets": x_tweets.post_tweets,
    "DELETE /2/tweets/:id": x_tweets.delete_tweets_id,
    "GET /2/dm_events": x_dms.get_dm_events,
    "GET /2/dm_conversations/with/:participant_id/dm_events": (
        x_dms.get_dm_conversations_with_participant_id_dm_events
    ),
    "GET /2/dm_conversations/:dm_conversation_id/dm_events": (
        x_dms.get_dm_conversations_dm_conversation_id_dm_events
    ),
    "POST /2/dm_conversations/with/:participant_id/messages": (
        x_dms.post_dm_conversations_with_participant_id_messages
    ),
    "POST /2/dm_conversations/:dm_conversation_id/messages": (
        x_dms.post_dm_conversations_dm_conversation_id_messages
    ),
}
"""One handler per endpoint (the rule endpoints of ROUTES and the rate-limit keys)."""


def with_extras(body: dict[str, Any], extras: Extras) -> dict[str, Any]:
    """`body` with the injected `includes` and `errors` added (`errors` as X sends partial
    errors next to `data`); an included object replaces a served one with the same id."""
    merged = dict(body)
    if extras.includes:
        includes = {key: list(value) for key, value in merged.get("includes", {}).items()}
        for key, added in extras.includes.items():
            ids = {item.get("id") for item in added if isinstance(item, dict)}
            kept = [
                item
                for item in includes.get(key, [])
                if not (isinstance(item, dict) and item.get("id") in ids)
            ]
            includes[key] = kept + list(added)
        merged["includes"] = includes
    if extras.errors:
        merged["errors"] = [*merged.get("errors", []), *extras.errors]
    return merged


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
