"""What every figure of `make bench` is made of: a value, its same-run baseline, a target."""

from __future__ import annotations

import sys
import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

SQLITE, POSTGRESQL = "SQLite", "PostgreSQL"


@dataclass
class Figure:
    figure: str
    size: int | None
    value: float
    unit: str
    baseline: float | None = None
    baseline_label: str = ""
    target: str = ""
    met: bool | None = None
    db: str = SQLITE

    @property
    def ratio(self) -> float | None:
        if self.baseline in (None, 0):
            return None
        return self.value / self.baseline  # type: ignore[operator]


def ms(seconds: float) -> float:
    return seconds * 1000


def p95(values: list[float]) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(0.95 * (len(ordered) - 1)))]


def timed(call: Callable[[], object]) -> float:
    begin = time.perf_counter()
    call()
    return time.perf_counter() - begin


def say(text: str) -> None:
    print(text, file=sys.stderr, flush=True)


def sandbox_accounts(sandbox: Any) -> dict[Any, dict[str, Any]]:
    """The sandbox's three accounts as `webcare.accounts.service.add_account` takes them, by
    platform (`sandbox`: a started `channels.sandbox` handle)."""
    from webcare.vocabulary import Platform

    return {
        Platform.X: {
            "name": "Gemeente op X", "handle": sandbox.x_username,
            "external_id": sandbox.x_account_id, "credential": sandbox.x_token,
            "api_base": sandbox.x_base,
        },
        Platform.FACEBOOK: dict(sandbox.facebook_account),
        Platform.INSTAGRAM: dict(sandbox.instagram_account),
    }  # fmt: skip
