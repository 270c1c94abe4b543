"""Response helpers shared by every platform of the sandbox.

Every answer carries a Content-Type and an exact Content-Length (facebook-sdk raises a raw
`KeyError` without a content type, and a wrong length hangs or truncates a client), and JSON
is written compactly in UTF-8, as the real platforms do.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from http import HTTPStatus
from typing import Any

from werkzeug.wrappers import Request, Response

JSON_CONTENT_TYPE = "application/json; charset=utf-8"


def json_body(payload: Any) -> bytes:
    """Compact UTF-8 JSON (no `\\u` escapes for non-ASCII text, like the platforms send).

    Text with a lone surrogate (half an emoji, injected on purpose) has no UTF-8 form; such a
    payload is sent with `\\u` escapes, as a platform would send it.
    """
    text = json.dumps(payload, ensure_ascii=False, separators=(",", ":"))
    try:
        return text.encode("utf-8")
    except UnicodeEncodeError:
        return json.dumps(payload, separators=(",", ":")).encode("ascii")


def json_response(
    payload: Any, status: int = 200, headers: Mapping[str, str] | None = None
) -> Response:
    """A JSON response with content type and length set."""
    return raw_response(json_body(payload), status, JSON_CONTENT_TYPE, headers)


def status_line(status: int) -> str:
    """`429 Too Many Requests`: the reason phrase as real servers send it (werkzeug's own are
    upper case, which shows up in tweepy's error messages)."""
    try:
        return f"{status} {HTTPStatus(status).phrase}"
    except ValueError:
        return f"{status} Unknown"


def raw_response(
    body: bytes,
    status: int,
    content_type: str | None,
    headers: Mapping[str, str] | None = None,
) -> Response:
    """A response with exactly these bytes; `content_type=None` sends no Content-Type."""
    response = Response(body, status=status_line(status))
    if content_type is None:
        del response.headers["Content-Type"]
    else:
        response.headers["Content-Type"] = content_type
    for name, value in (headers or {}).items():
        response.headers[name] = value
    response.headers["Content-Length"] = str(len(body))
    return response


class ControlError(Exception):
    """A control-API request the sandbox cannot carry out; answered as 400 `{"error": ...}`."""

    def __init__(self, message: str, status: int = 400) -> None:
        super().__init__(message)
        self.message = message
        self.status = status

    def response(self) -> Response:
        return json_response({"error": self.message}, self.status)


def read_control_json(request: Request) -> dict[str, Any]:
    """The JSON object of a control request; an empty body is an empty object."""
    raw = request.get_data()
    if not raw.strip():
        return {}
    try:
        value = json.loads(raw)
    except ValueError as exc:
        raise ControlError(f"the request body is not JSON: {exc}") from exc
    if not isinstance(value, dict):
        raise ControlError("the request body must be a JSON object")
    return value


def opt_str(body: Mapping[str, Any], key: str) -> str | None:
    """An optional string field of a control request."""
    value = body.get(key)
    if value is None:
        return None
    if not isinstance(value, str):
        raise ControlError(f"{key!r} must be a string")
    return value


def req_str(body: Mapping[str, Any], key: str) -> str:
    """A required string field of a control request."""
    value = opt_str(body, key)
    if value is None:
        raise ControlError(f"{key!r} is required")
    return value


def opt_number(body: Mapping[str, Any], key: str, *, minimum: float = 0) -> float | None:
    """An optional number (not a bool) of at least `minimum`."""
    value = body.get(key)
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, int | float) or value < minimum:
        raise ControlError(f"{key!r} must be a number of at least {minimum}")
    return float(value)


def opt_int(body: Mapping[str, Any], key: str, *, minimum: int = 0) -> int | None:
    """An optional integer (not a bool) of at least `minimum`."""
    value = body.get(key)
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, int) or value < minimum:
        raise ControlError(f"{key!r} must be an integer of at least {minimum}")
    return value
