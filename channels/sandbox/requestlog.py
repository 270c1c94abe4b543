"""The request log: every platform request the sandbox received, for tests to assert on.

Control-API calls are not logged. Credentials never appear in full: an Authorization value
is reduced to its scheme plus a token id (`token_id`), and so is an `access_token` in the
query or the body (the Graph API's way), so that a test can tell which account called without
the log holding tokens.
"""

from __future__ import annotations

import hashlib
import json
import threading
from collections import deque
from datetime import UTC, datetime
from typing import Any
from urllib.parse import quote_plus, unquote

from werkzeug.wrappers import Request

MAX_ENTRIES = 10_000
"""The oldest entries are dropped beyond this, so a long demo does not grow without bound."""


def token_id(token: str) -> str:
    """A short, stable id of a token: `tok-` plus the first 8 hex digits of its SHA-256."""
    return "tok-" + hashlib.sha256(token.encode("utf-8")).hexdigest()[:8]


def reduced_authorization(request: Request) -> str | None:
    """The Authorization header reduced to scheme plus token id, e.g. `Bearer tok-1a2b3c4d`."""
    header = request.headers.get("Authorization")
    if header is None:
        return None
    auth = request.authorization
    if auth is None:
        return "(unparsed) " + token_id(header)
    scheme = header.split(None, 1)[0]
    if auth.token is not None:
        return f"{scheme} {token_id(auth.token)}"
    oauth_token = auth.parameters.get("oauth_token")
    if oauth_token is not None:
        return f"{scheme} {token_id(unquote(oauth_token))}"
    return f"{scheme} {token_id(header)}"


def _body(request: Request, tokens: list[str]) -> Any:
    raw = request.get_data()
    if not raw:
        return None
    text = raw.decode("utf-8", errors="replace")
    for token in tokens:
        text = text.replace(token, token_id(token))
    if request.mimetype == "application/json":
        try:
            return json.loads(text)
        except ValueError:
            return text
    return text


def _access_tokens(request: Request) -> list[str]:
    """`access_token` values of the query and the form (read after the body is cached)."""
    tokens = request.args.getlist("access_token")
    if request.mimetype in ("application/x-www-form-urlencoded", "multipart/form-data"):
        tokens += request.form.getlist("access_token")
    encoded = [quote_plus(token) for token in tokens]
    return sorted({t for t in tokens + encoded if t}, key=len, reverse=True)


class RequestLog:
    """Thread-safe, bounded log of platform requests with a running sequence number."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._entries: deque[dict[str, Any]] = deque(maxlen=MAX_ENTRIES)
        self._seq = 0

    def record(self, request: Request) -> dict[str, Any]:
        """Log a request on arrival; the caller fills in `status` and `fault` when answered."""
        headers: dict[str, str] = {}
        for name, value in request.headers.items():
            headers[name] = f"{headers[name]}, {value}" if name in headers else value
        authorization = reduced_authorization(request)
        if authorization is not None:
            headers["Authorization"] = authorization
        request.get_data()  # cache the body before the form is parsed from it
        tokens = _access_tokens(request)
        query = request.args.to_dict(flat=False)
        if "access_token" in query:
            query["access_token"] = [token_id(token) for token in query["access_token"]]
        body = _body(request, tokens)
        with self._lock:
            self._seq += 1
            entry: dict[str, Any] = {
                "seq": self._seq,
                "time": datetime.now(UTC).isoformat(timespec="milliseconds"),
                "method": request.method,
                "path": request.path,
                "query": query,
                "headers": headers,
                "body": body,
                "status": None,
                "fault": None,
            }
            self._entries.append(entry)
        return entry

    def finish(self, entry: dict[str, Any], status: int | None, fault: str | None) -> None:
        with self._lock:
            entry["status"] = status
            entry["fault"] = fault

    def entries(self, prefix: str | None = None) -> list[dict[str, Any]]:
        """Copies of the entries, oldest first; `prefix` (e.g. `/x`) keeps one platform."""
        with self._lock:
            selected = [
                dict(entry)
                for entry in self._entries
                if prefix is None or _under(entry["path"], prefix)
            ]
        return selected

    def clear(self) -> int:
        with self._lock:
            count = len(self._entries)
            self._entries.clear()
            return count


def _under(path: str, prefix: str) -> bool:
    prefix = "/" + prefix.strip("/")
    return path == prefix or path.startswith(prefix + "/")
