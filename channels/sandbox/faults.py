"""Fault injection: canned failures that replace (or delay) the sandbox's normal answers.

A fault matches on platform prefix, HTTP method, a path regex and the request's token, and
fires `times` times (None: until cleared). Except for `slow`, `no_content_type`, `headers` and
`trickle`, a faulted request never reaches the platform: no state changes and no rate-limit
budget is used, as when a proxy or load balancer in front of the real API fails.
"""

from __future__ import annotations

import enum
import re
import threading
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from channels.sandbox.http import ControlError, opt_int, opt_number, opt_str


class FaultKind(enum.StrEnum):
    """What the sandbox does instead of (or around) its normal answer."""

    STATUS = "status"  # any status, optional body and headers; 429 with `reset_in`
    UNAUTHORIZED = "unauthorized"  # the platform's 401 body
    SERVER_ERROR = "server_error"  # the platform's 500 body (or `status`, e.g. 503)
    SLOW = "slow"  # wait `delay` seconds, then the normal answer
    MALFORMED_JSON = "malformed_json"  # 200 with a truncated JSON body
    HTML = "html"  # an HTML error page, 502 by default
    DROP = "drop"  # close the connection without any response
    NO_CONTENT_TYPE = "no_content_type"  # the normal answer without a Content-Type header
    RAW = "raw"  # exactly `body` (text) with `content_type` (default JSON) and `status`
    HEADERS = "headers"  # the normal answer with `headers` added (or replaced)
    TRICKLE = "trickle"  # the normal answer, `chunk` bytes every `delay` seconds


_DEFAULT_STATUS = {
    FaultKind.SERVER_ERROR: 500,
    FaultKind.MALFORMED_JSON: 200,
    FaultKind.HTML: 502,
    FaultKind.RAW: 200,
}


@dataclass
class Fault:
    """One armed fault (see `parse_fault` for the JSON it is made from)."""

    id: int
    kind: FaultKind
    prefix: str | None = None
    method: str | None = None
    path: re.Pattern[str] | None = None
    token: str | None = None
    times: int | None = 1
    status: int | None = None
    body: Any = None
    headers: dict[str, str] = field(default_factory=dict)
    reset_in: float | None = None
    delay: float = 0.0
    chunk: int = 1
    content_type: str | None = None
    hits: int = 0

    def matches(self, prefix: str, method: str, path: str, token: str | None) -> bool:
        return (
            (self.times is None or self.times > 0)
            and (self.prefix is None or self.prefix == prefix)
            and (self.method is None or self.method == method)
            and (self.path is None or self.path.search(path) is not None)
            and (self.token is None or self.token == token)
        )

    def effective_status(self) -> int | None:
        return self.status if self.status is not None else _DEFAULT_STATUS.get(self.kind)

    def describe(self) -> dict[str, Any]:
        """The fault as JSON for the control API (tokens included: they are sandbox tokens)."""
        return {
            "id": self.id,
            "kind": self.kind.value,
            "prefix": self.prefix,
            "method": self.method,
            "path": self.path.pattern if self.path else None,
            "token": self.token,
            "times": self.times,
            "status": self.effective_status(),
            "body": self.body,
            "headers": self.headers,
            "reset_in": self.reset_in,
            "delay": self.delay,
            "chunk": self.chunk,
            "content_type": self.content_type,
            "hits": self.hits,
        }


def parse_fault(fault_id: int, spec: Mapping[str, Any]) -> Fault:
    """Build a fault from its control-API JSON.

    Fields: `kind` (required, a `FaultKind` value); matchers `prefix` ("x" or "/x"),
    `method`, `path` (a regex searched in the full request path), `token`; `times` (default
    1, null = until cleared); `status`, `body` (JSON value or text), `headers`, `reset_in`
    (seconds, for 429: sets the rate-limit reset header), `delay` (seconds, for `slow` and
    `trickle`), `chunk` (bytes per `delay`, for `trickle`, default 1) and `content_type` (for
    `raw`, default JSON).
    """
    unknown = set(spec) - {
        "kind", "prefix", "method", "path", "token", "times", "status", "body", "headers",
        "reset_in", "delay", "chunk", "content_type",
    }  # fmt: skip
    if unknown:
        raise ControlError(f"unknown fault fields: {', '.join(sorted(unknown))}")
    kind_name = opt_str(spec, "kind") or ""
    try:
        kind = FaultKind(kind_name)
    except ValueError:
        kinds = ", ".join(kind.value for kind in FaultKind)
        raise ControlError(f"'kind' must be one of: {kinds}") from None
    pattern = opt_str(spec, "path")
    try:
        path = re.compile(pattern) if pattern is not None else None
    except re.error as exc:
        raise ControlError(f"'path' is not a regular expression: {exc}") from exc
    prefix = opt_str(spec, "prefix")
    method = opt_str(spec, "method")
    times: int | None = 1
    if "times" in spec:
        times = opt_int(spec, "times", minimum=1)
    status = opt_int(spec, "status", minimum=100)
    if status is not None and status > 599:
        raise ControlError("'status' must be between 100 and 599")
    if kind is FaultKind.STATUS and status is None:
        raise ControlError("a 'status' fault needs 'status'")
    delay = opt_number(spec, "delay") or 0.0
    if kind in (FaultKind.SLOW, FaultKind.TRICKLE) and delay <= 0:
        raise ControlError(f"a '{kind.value}' fault needs 'delay' (seconds, more than 0)")
    if kind is FaultKind.RAW and not isinstance(spec.get("body"), str):
        raise ControlError("a 'raw' fault needs 'body': the exact text to send")
    chunk = opt_int(spec, "chunk", minimum=1) or 1
    headers = spec.get("headers") or {}
    if not isinstance(headers, dict) or not all(
        isinstance(key, str) and isinstance(value, str) for key, value in headers.items()
    ):
        raise ControlError("'headers' must be an object of strings")
    return Fault(
        id=fault_id,
        kind=kind,
        prefix=prefix.strip("/") if prefix is not None else None,
        method=method.upper() if method is not None else None,
        path=path,
        token=opt_str(spec, "token"),
        times=times,
        status=status,
        body=spec.get("body"),
        headers=dict(headers),
        reset_in=opt_number(spec, "reset_in"),
        delay=delay,
        chunk=chunk,
        content_type=opt_str(spec, "content_type"),
    )


class FaultBook:
    """The armed faults, in the order they were added; the first match fires."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._faults: list[Fault] = []
        self._next_id = 1

    def add(self, spec: Mapping[str, Any]) -> Fault:
        with self._lock:
            fault = parse_fault(self._next_id, spec)
            self._next_id += 1
            self._faults.append(fault)
            return fault

    def take(self, prefix: str, method: str, path: str, token: str | None) -> Fault | None:
        """The first armed fault matching this request, with one of its `times` used up."""
        with self._lock:
            for fault in self._faults:
                if fault.matches(prefix, method, path, token):
                    fault.hits += 1
                    if fault.times is not None:
                        fault.times -= 1
                    return fault
        return None

    def describe(self) -> list[dict[str, Any]]:
        with self._lock:
            return [fault.describe() for fault in self._faults]

    def clear(self) -> int:
        with self._lock:
            count = len(self._faults)
            self._faults.clear()
            return count
