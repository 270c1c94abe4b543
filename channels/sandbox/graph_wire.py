"""The Graph API wire format: errors, timestamps, cursors, paging links and request values.

Shapes follow platform-apis.md §3, §4 and §7.2: errors are `{"error": {message, type, code,
error_subcode, fbtrace_id}}` (HTTP 400 for most, as Meta sends them; facebook-sdk ignores the
status anyway), times are `2025-01-02T03:04:05+0000`, and a list is `{"data": [...], "paging":
{"cursors": {"before", "after"}, "next"?, "previous"?}}` whose `next` is an absolute URL on the
real host that carries `access_token` (facebook-sdk's `get_all_connections` needs it).
"""

from __future__ import annotations

import base64
import binascii
import itertools
import json
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any, TypeVar
from urllib.parse import urlencode

from werkzeug.datastructures import MultiDict
from werkzeug.wrappers import Request

GRAPH_HOST = "https://graph.facebook.com"
DEFAULT_LIMIT = 25
MAX_LIMIT = 100

_trace = itertools.count(1)


class GraphError(Exception):
    """An error answer of the Graph API."""

    def __init__(
        self,
        code: int,
        message: str,
        *,
        subcode: int | None = None,
        type_: str = "OAuthException",
        status: int = 400,
        transient: bool | None = None,
        user_title: str | None = None,
        user_message: str | None = None,
    ) -> None:
        super().__init__(code, message)
        self.code = code
        self.message = message
        self.subcode = subcode
        self.type = type_
        self.status = status
        self.transient = transient
        self.user_title = user_title
        self.user_message = user_message

    def body(self) -> dict[str, Any]:
        error: dict[str, Any] = {"message": self.message, "type": self.type, "code": self.code}
        if self.subcode is not None:
            error["error_subcode"] = self.subcode
        if self.transient is not None:
            error["is_transient"] = self.transient
        if self.user_title:
            error["error_user_title"] = self.user_title
        if self.user_message:
            error["error_user_msg"] = self.user_message
        error["fbtrace_id"] = f"EMU{next(_trace):08d}"
        return {"error": error}


def invalid_parameter(message: str, subcode: int | None = None) -> GraphError:
    return GraphError(100, f"(#100) {message}", subcode=subcode)


def no_such_object(object_id: str, method: str = "get") -> GraphError:
    return GraphError(
        100,
        f"Unsupported {method} request. Object with ID '{object_id}' does not exist, cannot be "
        "loaded due to missing permissions, or does not support this operation. Please read "
        "the Graph API documentation at https://developers.facebook.com/docs/graph-api",
        subcode=33,
        type_="GraphMethodException",
    )


def no_such_field(name: str, node_type: str) -> GraphError:
    return invalid_parameter(
        f"Tried accessing nonexisting field ({name}) on node type ({node_type})"
    )


def graph_time(moment: datetime) -> str:
    """`2025-01-02T03:04:05+0000`: whole seconds, UTC, no colon in the offset."""
    return moment.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S+0000")


def encode_cursor(key: str) -> str:
    return base64.urlsafe_b64encode(key.encode("utf-8")).decode("ascii").rstrip("=")


def decode_cursor(cursor: str) -> str:
    try:
        padded = cursor + "=" * (-len(cursor) % 4)
        return base64.urlsafe_b64decode(padded.encode("ascii")).decode("utf-8")
    except (binascii.Error, UnicodeError, ValueError) as exc:
        raise invalid_parameter("The cursor is malformed") from exc


T = TypeVar("T")


@dataclass(frozen=True)
class Page:
    """One page of a list, with its neighbours' cursors."""

    items: list[Any]
    before: str | None
    after: str | None
    has_next: bool
    has_previous: bool


def paginate(
    items: Sequence[T], key_of: Any, params: Mapping[str, str], default_limit: int = DEFAULT_LIMIT
) -> tuple[Page, int]:
    """The page of `items` (already in order) that `limit`, `after` and `before` select.

    Returns:
        The page and the limit used.
    """
    limit = parse_limit(params.get("limit"), default_limit)
    keys = [key_of(item) for item in items]
    start, end = 0, len(items)
    if params.get("after"):
        key = decode_cursor(params["after"])
        start = keys.index(key) + 1 if key in keys else len(items)
    elif params.get("before"):
        key = decode_cursor(params["before"])
        end = keys.index(key) if key in keys else 0
        start = max(0, end - limit)
    stop = min(start + limit, end) if not params.get("before") else end
    chosen = list(items[start:stop])
    return (
        Page(
            items=chosen,
            before=encode_cursor(keys[start]) if chosen else None,
            after=encode_cursor(keys[stop - 1]) if chosen else None,
            has_next=stop < len(items),
            has_previous=start > 0,
        ),
        limit,
    )


def parse_limit(value: str | None, default: int = DEFAULT_LIMIT) -> int:
    if value is None or value == "":
        return default
    try:
        limit = int(value)
    except ValueError as exc:
        raise invalid_parameter("Param limit must be a number") from exc
    if limit < 0:
        raise invalid_parameter("Param limit must be a non-negative number")
    return min(limit, MAX_LIMIT)


def paging_block(page: Page, link: Any) -> dict[str, Any] | None:
    """`paging` of a list answer; `link(cursor_param, cursor)` builds a next/previous URL."""
    if not page.items:
        return None
    block: dict[str, Any] = {"cursors": {"before": page.before, "after": page.after}}
    if page.has_next:
        block["next"] = link("after", page.after)
    if page.has_previous:
        block["previous"] = link("before", page.before)
    return block


def page_url(version: str, path: str, params: Mapping[str, str]) -> str:
    """An absolute URL on the real Graph host, as Meta writes `paging.next`."""
    return f"{GRAPH_HOST}/{version}/{path.strip('/')}?{urlencode(list(params.items()))}"


def request_values(request: Request) -> MultiDict[str, str]:
    """Query parameters plus form fields (urlencoded or multipart) plus a JSON body's keys."""
    values: MultiDict[str, str] = MultiDict(request.args)
    if request.method in ("POST", "DELETE"):
        if request.mimetype == "application/json":
            try:
                body = json.loads(request.get_data() or b"{}")
            except ValueError as exc:
                raise invalid_parameter("The request body is not valid JSON") from exc
            if isinstance(body, dict):
                for key, value in body.items():
                    text = value if isinstance(value, str) else json.dumps(value)
                    values.add(key, text)
        else:
            for key, value in request.form.items(multi=True):
                values.add(key, value)
    return values


def json_param(values: Mapping[str, str], name: str, required: bool = True) -> dict[str, Any]:
    """A parameter that is a JSON object in a string (Send API `recipient`, `message`)."""
    raw = values.get(name)
    if raw is None or raw == "":
        if required:
            raise invalid_parameter(f"The parameter {name} is required")
        return {}
    try:
        value = json.loads(raw)
    except ValueError as exc:
        raise invalid_parameter(f"param {name} must be a JSON object") from exc
    if not isinstance(value, dict):
        raise invalid_parameter(f"param {name} must be a JSON object")
    return value


def flag(values: Mapping[str, str], name: str) -> bool | None:
    """A boolean form value (`true`/`false`/`1`/`0`), None when absent."""
    raw = values.get(name)
    if raw is None:
        return None
    lowered = raw.strip().lower()
    if lowered in ("true", "1"):
        return True
    if lowered in ("false", "0"):
        return False
    raise invalid_parameter(f"Param {name} must be a boolean")


def unix_or_iso(raw: str, name: str) -> datetime:
    """A time parameter: unix seconds, or ISO 8601 (as Graph accepts for since/until)."""
    try:
        return datetime.fromtimestamp(int(raw), UTC)
    except ValueError:
        pass
    try:
        moment = datetime.fromisoformat(raw.replace("Z", "+00:00"))
    except ValueError as exc:
        raise invalid_parameter(f"Param {name} must be a unix timestamp or ISO 8601 time") from exc
    return moment if moment.tzinfo else moment.replace(tzinfo=UTC)
