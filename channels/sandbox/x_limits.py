"""X API v2 rate limits: per endpoint and token, 15-minute windows, some with 24-hour caps.

Defaults come from the docs.x.com table transcribed in platform-apis.md §2.5 (per-user limits),
with cassette values where the table has none. They are data, settable through the control API,
because X changes them often. Resets are unix seconds and always in the future: a window that
has run out is renewed on the next request, never reported with a past reset.
"""

from __future__ import annotations

import math
from collections.abc import Callable
from dataclasses import dataclass
from typing import Literal

WINDOW_15MIN = 15 * 60
WINDOW_24H = 24 * 60 * 60

DEFAULT_LIMITS: dict[str, int] = {
    "GET /2/users/me": 75,
    "GET /2/users/:id/mentions": 300,
    "GET /2/users/:id/tweets": 900,
    "GET /2/tweets/search/recent": 300,
    "GET /2/tweets/:id": 900,
    "GET /2/tweets": 900,
    "POST /2/tweets": 100,
    "DELETE /2/tweets/:id": 50,
    "GET /2/dm_events": 300,
    "GET /2/dm_conversations/with/:participant_id/dm_events": 300,
    "GET /2/dm_conversations/:dm_conversation_id/dm_events": 300,
    "POST /2/dm_conversations/with/:participant_id/messages": 200,
    "POST /2/dm_conversations/:dm_conversation_id/messages": 200,
}
"""15-minute limit per endpoint and token."""

DEFAULT_DAILY_LIMITS: dict[str, tuple[int, int]] = {
    # (per user, per app). The user figure for posts is not in the docs table: an assumption.
    "POST /2/tweets": (1_000, 10_000),
    "POST /2/dm_conversations/with/:participant_id/messages": (1_000, 15_000),
    "POST /2/dm_conversations/:dm_conversation_id/messages": (1_000, 15_000),
}
"""24-hour limits, announced in `x-user-limit-24hour-*` and `x-app-limit-24hour-*` headers."""

Scope = Literal["user", "app"]


@dataclass
class _Window:
    limit: int
    remaining: int
    reset: int

    def headers(self, prefix: str) -> dict[str, str]:
        return {
            f"{prefix}-limit": str(self.limit),
            f"{prefix}-remaining": str(self.remaining),
            f"{prefix}-reset": str(self.reset),
        }


@dataclass(frozen=True)
class Decision:
    """Whether a request may go ahead, and the headers to send either way."""

    allowed: bool
    headers: dict[str, str]


class RateLimits:
    """Counters per (endpoint, token) and, for 24-hour caps, per app. Not thread-safe itself:
    the X platform calls it under its lock."""

    def __init__(self, clock: Callable[[], float]) -> None:
        self._clock = clock
        self.limits = dict(DEFAULT_LIMITS)
        self.daily = dict(DEFAULT_DAILY_LIMITS)
        self._windows: dict[tuple[str, str, str], _Window] = {}

    def _window(self, kind: str, endpoint: str, key: str, limit: int, length: int) -> _Window:
        now = self._clock()
        window = self._windows.get((kind, endpoint, key))
        if window is None or now >= window.reset or window.limit != limit:
            window = _Window(limit, limit, math.ceil(now + length))
            self._windows[(kind, endpoint, key)] = window
        return window

    def _windows_for(self, endpoint: str, token: str) -> list[tuple[str, _Window]]:
        windows = [
            (
                "x-rate-limit",
                self._window("15min", endpoint, token, self.limits[endpoint], WINDOW_15MIN),
            )
        ]
        if endpoint in self.daily:
            user, app = self.daily[endpoint]
            windows.append(
                ("x-user-limit-24hour", self._window("user24h", endpoint, token, user, WINDOW_24H))
            )
            windows.append(
                ("x-app-limit-24hour", self._window("app24h", endpoint, "", app, WINDOW_24H))
            )
        return windows

    def consume(self, endpoint: str, token: str) -> Decision:
        """Use one request of every window of this endpoint, unless one is exhausted."""
        windows = self._windows_for(endpoint, token)
        allowed = all(window.remaining > 0 for _, window in windows)
        if allowed:
            for _, window in windows:
                window.remaining -= 1
        return Decision(allowed, _headers(windows))

    def peek(self, endpoint: str, token: str) -> dict[str, str]:
        """The headers for this endpoint and token without using a request."""
        return _headers(self._windows_for(endpoint, token))

    def exhausted(self, endpoint: str, reset_in: float) -> dict[str, str]:
        """Headers for an exhausted 15-minute window that resets `reset_in` seconds from now."""
        reset = math.ceil(self._clock() + max(reset_in, 1))
        return _Window(self.limits[endpoint], 0, reset).headers("x-rate-limit")

    def set_limit(self, endpoint: str, limit: int, window: str, scope: Scope) -> None:
        """Change one limit; the endpoint's current windows start afresh."""
        if endpoint not in self.limits:
            raise KeyError(endpoint)
        if window == "15min":
            if scope != "user":
                raise ValueError("15-minute limits are per user (token)")
            self.limits[endpoint] = limit
        else:
            user, app = self.daily.get(endpoint, (limit, limit))
            self.daily[endpoint] = (limit, app) if scope == "user" else (user, limit)
        for key in [key for key in self._windows if key[1] == endpoint]:
            del self._windows[key]

    def describe(self) -> dict[str, dict[str, int]]:
        out: dict[str, dict[str, int]] = {}
        for endpoint, limit in self.limits.items():
            entry = {"15min": limit}
            if endpoint in self.daily:
                entry["24h_user"], entry["24h_app"] = self.daily[endpoint]
            out[endpoint] = entry
        return out

    def clear(self) -> None:
        self.limits = dict(DEFAULT_LIMITS)
        self.daily = dict(DEFAULT_DAILY_LIMITS)
        self._windows.clear()


def _headers(windows: list[tuple[str, _Window]]) -> dict[str, str]:
    headers: dict[str, str] = {}
    for prefix, window in windows:
        headers.update(window.headers(prefix))
    return headers
