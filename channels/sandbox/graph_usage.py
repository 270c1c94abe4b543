"""Usage of the Graph sandbox: the `X-App-Usage` and `X-Business-Use-Case-Usage` headers and
the throttling errors that follow when a figure reaches 100 % (platform-apis.md §3.7).

Figures are percentages. By default they follow the calls made in the last hour against a
generous budget; the control API can set them (per app, or per Page / Instagram account) to
test what an adapter does at 90 % or at 100 % with a regain time.
"""

from __future__ import annotations

import json
from collections import deque
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from channels.sandbox.graph_wire import GraphError

WINDOW_SECONDS = 3600
APP_CALLS_PER_HOUR = 100_000
BUSINESS_CALLS_PER_HOUR = 20_000
DEFAULT_REGAIN_MINUTES = 10
FIGURES = ("call_count", "total_cputime", "total_time")

THROTTLE = {
    "app": (4, "(#4) Application request limit reached"),
    "pages": (
        80001,
        "(#80001) There have been too many calls to this Page account. Wait a bit and try "
        "again. For more info, please refer to "
        "https://developers.facebook.com/docs/graph-api/overview/rate-limiting.",
    ),
    "instagram": (
        80002,
        "(#80002) There have been too many calls to this Instagram account. Wait a bit and "
        "try again.",
    ),
    "messenger": (
        80006,
        "(#80006) There have been too many messaging requests to this Page account. Wait a "
        "bit and try again.",
    ),
}


@dataclass
class Level:
    """Set figures of one scope (overriding the counted ones) and its regain time."""

    figures: dict[str, int]
    regain_minutes: int = 0


class Usage:
    """Calls per scope in a sliding hour, plus levels set through the control API."""

    def __init__(self, clock: Callable[[], float]) -> None:
        self._clock = clock
        self._calls: dict[str, deque[float]] = {}
        self.levels: dict[str, Level] = {}

    def clear(self) -> None:
        self._calls.clear()
        self.levels.clear()

    def record(self, business_id: str | None) -> None:
        now = self._clock()
        for scope in ("app", business_id):
            if scope is not None:
                self._calls.setdefault(scope, deque()).append(now)

    def _counted(self, scope: str, budget: int) -> int:
        calls = self._calls.get(scope)
        if not calls:
            return 0
        while calls and calls[0] < self._clock() - WINDOW_SECONDS:
            calls.popleft()
        return min(100, len(calls) * 100 // budget)

    def figures(self, scope: str) -> tuple[dict[str, int], int]:
        level = self.levels.get(scope)
        if level is not None:
            figures = {key: level.figures.get(key, 0) for key in FIGURES}
            return figures, level.regain_minutes
        budget = APP_CALLS_PER_HOUR if scope == "app" else BUSINESS_CALLS_PER_HOUR
        counted = self._counted(scope, budget)
        return dict.fromkeys(FIGURES, counted), 0

    def headers(self, business_id: str | None, kind: str) -> dict[str, str]:
        app, _ = self.figures("app")
        headers = {"X-App-Usage": json.dumps(app, separators=(",", ":"))}
        if business_id is not None:
            figures, regain = self.figures(business_id)
            entry: dict[str, Any] = {"type": kind, **figures}
            entry["estimated_time_to_regain_access"] = regain
            headers["X-Business-Use-Case-Usage"] = json.dumps(
                {business_id: [entry]}, separators=(",", ":")
            )
        return headers

    def exhausted(self, business_id: str | None, kind: str, minutes: int) -> dict[str, str]:
        """Headers of a used-up budget that comes back in `minutes` (fault injection)."""
        full = dict.fromkeys(FIGURES, 100)
        headers = {"X-App-Usage": json.dumps(full, separators=(",", ":"))}
        if business_id is not None:
            entry = {"type": kind, **full, "estimated_time_to_regain_access": minutes}
            headers["X-Business-Use-Case-Usage"] = json.dumps(
                {business_id: [entry]}, separators=(",", ":")
            )
        return headers

    def throttle(self, business_id: str | None, kind: str) -> GraphError | None:
        """The throttling error for a scope at 100 %, or None."""
        app, _ = self.figures("app")
        if max(app.values()) >= 100:
            code, message = THROTTLE["app"]
            return GraphError(code, message)
        if business_id is not None:
            figures, regain = self.figures(business_id)
            if max(figures.values()) >= 100:
                if not regain:
                    self.levels.setdefault(
                        business_id, Level(figures)
                    ).regain_minutes = DEFAULT_REGAIN_MINUTES
                code, message = THROTTLE.get(kind, THROTTLE["pages"])
                return GraphError(code, message)
        return None

    def describe(self) -> dict[str, Any]:
        return {
            scope: {"figures": level.figures, "regain_minutes": level.regain_minutes}
            for scope, level in self.levels.items()
        }
