"""The Graph API client shared by the Facebook Page and Instagram adapters.

facebook-sdk 3.1.0 (`facebook.GraphAPI`) does the HTTP; this module puts Webcare's rules
around it:

- the version: the sdk's constructor rejects every current Graph version, so it is set as an
  attribute in one place (`make_graph_api`), from `WEBCARE_GRAPH_VERSION` or `v21.0`;
- the host: the sdk always calls `https://graph.facebook.com/`; a `RoutingAdapter` on its
  session sends that to an account's API base URL (the loopback sandbox) with a timeout;
- errors: the sdk ignores the HTTP status and raises `GraphAPIError` only for an `error` body;
  everything else it can do wrong (an HTML 502, a reply without a content type, a dropped
  connection, a timeout) is turned into the port's typed errors here, so a worker never sees a
  raw `KeyError` or `requests` exception;
- usage: `X-App-Usage`, `X-Page-Usage` and `X-Business-Use-Case-Usage` are read on every
  response; above 90 % reads pause before Meta starts refusing (platform-apis.md §3.7);
- paging: `paging.next` URLs are followed through the same session, so they are rewritten to
  the API base like every other call, and the token goes only to the Graph host.
"""

from __future__ import annotations

import json
import logging
import os
import re
import warnings
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import Any
from urllib.parse import parse_qsl, urlsplit

import requests

from channels.http import DEFAULT_TIMEOUT, routed_session
from webcare.channel import AuthExpired, ChannelError, RateLimited, Rejected, Transient

with warnings.catch_warnings():
    # facebook-sdk 3.1.0 writes a regex as "^\d..." in a plain string literal: compiling it
    # warns, and under `-W error` (our tests) that warning would be an import error.
    warnings.simplefilter("ignore", DeprecationWarning)
    warnings.simplefilter("ignore", SyntaxWarning)
    import facebook

log = logging.getLogger(__name__)

GRAPH_HOST = "https://graph.facebook.com"
DEFAULT_GRAPH_VERSION = "v21.0"
VERSION_ENV = "WEBCARE_GRAPH_VERSION"
VERSION_PATTERN = re.compile(r"^v\d+\.\d+$")

HIGH_USAGE_PERCENT = 90
HIGH_USAGE_PAUSE = timedelta(minutes=10)
"""How long reads wait after a usage header passed 90 % without a regain time of its own."""
THROTTLE_PAUSE = timedelta(minutes=15)
"""How long every call waits after a throttling error that names no regain time."""
QUOTA_PAUSE = timedelta(hours=1)
"""Instagram's publishing quota is a rolling 24 hours with no reset time: try again later."""
MAX_PAGES = 20

AUTH_CODES = frozenset({102, 190})
THROTTLE_CODES = frozenset({4, 9, 17, 32, 341, 613, 80001, 80002, 80003, 80004, 80005, 80006})
TRANSIENT_CODES = frozenset({1, 2})
OUTSIDE_WINDOW_SUBCODES = frozenset({2018278, 2534022})
PUBLISHING_QUOTA_SUBCODE = 2207042
REJECTION_CODES = {
    10: "permission",
    100: "invalid_request",
    368: "blocked",
    506: "duplicate",
    551: "recipient_unavailable",
    10900: "already_replied",
    1609005: "link_error",
}


def graph_version(override: str | None = None) -> str:
    """The Graph API version to call: `override`, `WEBCARE_GRAPH_VERSION` or v21.0."""
    version = override or os.environ.get(VERSION_ENV) or DEFAULT_GRAPH_VERSION
    if not VERSION_PATTERN.match(version):
        raise ValueError(f"a Graph API version looks like v21.0, not {version!r}")
    return version


def make_graph_api(
    token: str, api_base: str | None, timeout: float, version: str
) -> facebook.GraphAPI:
    """A `facebook.GraphAPI` on a routed session, set to `version`."""
    session = routed_session((GRAPH_HOST,), api_base, timeout)
    graph = facebook.GraphAPI(access_token=token, timeout=timeout, session=session)
    # facebook-sdk 3.1.0 is its last release: its constructor only accepts versions 2.8-3.1,
    # which Meta retired years ago, and refuses "21.0" or "v21.0". Every path it builds is
    # f"{graph.version}/...", so the attribute is what decides the version called.
    graph.version = version
    return graph


@dataclass(frozen=True)
class Usage:
    """What the usage headers of one response said.

    Attributes:
        percent: the highest figure of any header (call count, CPU time, total time).
        regain: the longest `estimated_time_to_regain_access` (minutes in the header).
    """

    percent: float = 0.0
    regain: timedelta = timedelta(0)

    @property
    def high(self) -> bool:
        return self.percent >= HIGH_USAGE_PERCENT or self.regain > timedelta(0)

    @classmethod
    def from_headers(cls, headers: Mapping[str, str]) -> Usage:
        percents: list[float] = []
        regain = 0.0
        for name in ("x-app-usage", "x-page-usage", "x-ad-account-usage"):
            value = _json_header(headers, name)
            if isinstance(value, dict):
                percents.extend(_percentages(value))
        buc = _json_header(headers, "x-business-use-case-usage")
        if isinstance(buc, dict):
            for entries in buc.values():
                for entry in entries if isinstance(entries, list) else [entries]:
                    if isinstance(entry, dict):
                        percents.extend(_percentages(entry))
                        regain = max(regain, _number(entry.get("estimated_time_to_regain_access")))
        return cls(max(percents, default=0.0), timedelta(minutes=regain))


def _json_header(headers: Mapping[str, str], name: str) -> Any:
    raw = headers.get(name)
    if not raw:
        return None
    try:
        return json.loads(raw)
    except ValueError:
        return None


def _number(value: object) -> float:
    if isinstance(value, bool) or not isinstance(value, int | float):
        return 0.0
    return float(value)


def _percentages(entry: dict[str, Any]) -> list[float]:
    return [
        _number(entry.get(key))
        for key in ("call_count", "total_cputime", "total_time", "acc_id_util_pct")
        if key in entry
    ]


class GraphClient:
    """One account's Graph API connection: calls, errors, usage and paging.

    Attributes:
        requests: HTTP requests made since the counter was last reset (the poll's cost).
        read_pause_until: usage passed 90 %: reads should wait until then (writes still go:
            an agent's answer is worth the last 10 %).
        throttled_until: Meta refused a call for throttling: nothing is called until then.
    """

    def __init__(
        self,
        token: str,
        api_base: str | None,
        *,
        timeout: float = DEFAULT_TIMEOUT,
        version: str | None = None,
        clock: Callable[[], datetime] | None = None,
    ) -> None:
        self.api_base = api_base.rstrip("/") if api_base else None
        self.graph = make_graph_api(token, api_base, timeout, graph_version(version))
        self.graph.session.hooks["response"].append(self._on_response)
        self.clock = clock or (lambda: datetime.now(UTC))
        self.requests = 0
        self.read_pause_until: datetime | None = None
        self.throttled_until: datetime | None = None
        self._status: int | None = None
        self._usage = Usage()

    @property
    def version(self) -> str:
        return str(self.graph.version)

    def _on_response(self, response: requests.Response, *args: Any, **kwargs: Any) -> None:
        """A requests hook: every response's status and usage headers, before the sdk parses."""
        self._status = response.status_code
        self._usage = Usage.from_headers(response.headers)
        if self._usage.high:
            pause = self._usage.regain if self._usage.regain > timedelta(0) else HIGH_USAGE_PAUSE
            until = self.clock() + pause
            if self.read_pause_until is None or until > self.read_pause_until:
                self.read_pause_until = until
            log.info("graph usage at %.0f%%: reads pause until %s", self._usage.percent, until)

    def reads_paused(self) -> datetime | None:
        """When reads may start again, if they must wait now."""
        now = self.clock()
        waits = [t for t in (self.read_pause_until, self.throttled_until) if t and t > now]
        return max(waits) if waits else None

    # ---- calls

    def get(self, node: str, edge: str | None = None, **args: Any) -> dict[str, Any]:
        path = f"{node}/{edge}" if edge else node
        return self.request("GET", f"{self.version}/{path}", args=args)

    def post(
        self, node: str, edge: str | None = None, *, files: Any = None, **data: Any
    ) -> dict[str, Any]:
        path = f"{node}/{edge}" if edge else node
        form = {key: _form_value(value) for key, value in data.items() if value is not None}
        return self.request("POST", f"{self.version}/{path}", post_args=form, files=files)

    def request(
        self,
        method: str,
        path: str,
        *,
        args: dict[str, Any] | None = None,
        post_args: dict[str, Any] | None = None,
        files: Any = None,
    ) -> dict[str, Any]:
        """One call through the sdk; every failure comes out as a `ChannelError`."""
        now = self.clock()
        if self.throttled_until is not None and self.throttled_until > now:
            raise RateLimited(self.throttled_until, "graph")
        self.requests += 1
        self._status = None
        try:
            result = self.graph.request(
                path, args=dict(args or {}), post_args=post_args, files=files, method=method
            )
        except facebook.GraphAPIError as exc:
            raise self._translate(exc) from exc
        except KeyError as exc:  # the sdk reads headers["content-type"] without a default
            raise Transient(
                f"the Graph API answered {self._status} without a content type"
            ) from exc
        except requests.Timeout as exc:
            raise Transient("the Graph API did not answer in time") from exc
        except (requests.RequestException, ValueError) as exc:  # JSONDecodeError is both
            raise Transient(f"connection to the Graph API failed: {type(exc).__name__}") from exc
        if self._status is not None and self._status >= 500:
            # The sdk returns a 5xx with a body but no `error` as a success; we do not.
            raise Transient(f"the Graph API answered {self._status}")
        if not isinstance(result, dict):
            raise Transient("the Graph API answered with something other than a JSON object")
        return result

    def _translate(self, exc: facebook.GraphAPIError) -> ChannelError:
        result = exc.result if isinstance(exc.result, dict) else None
        error = result.get("error") if result else None
        if not isinstance(error, dict):
            # The sdk's own complaints, e.g. "Maintype was not text, image, or querystring"
            # for an HTML error page from a proxy or load balancer.
            return Transient(f"the Graph API answered {self._status}: {exc}")
        code = _int(error.get("code"))
        subcode = _int(error.get("error_subcode"))
        reason = str(error.get("error_user_msg") or error.get("message") or exc)
        if code in AUTH_CODES:
            return AuthExpired(reason)
        if code in THROTTLE_CODES:
            regain = self._usage.regain
            if regain <= timedelta(0):
                regain = QUOTA_PAUSE if subcode == PUBLISHING_QUOTA_SUBCODE else THROTTLE_PAUSE
            until = self.clock() + regain
            if subcode != PUBLISHING_QUOTA_SUBCODE:  # the quota only stops publishing
                self.throttled_until = until
            return RateLimited(until, f"graph #{code}")
        if subcode in OUTSIDE_WINDOW_SUBCODES:
            return Rejected(reason, "outside_window")
        if code in TRANSIENT_CODES or error.get("is_transient") is True:
            return Transient(reason)
        return Rejected(reason, rejection_code(code))

    # ---- paging

    def follow(self, next_url: str) -> dict[str, Any]:
        """Fetch a `paging.next` URL through the sdk (and so through the routing adapter).

        Only URLs on the Graph host (or the account's own API base) are followed: the access
        token must never go anywhere else.
        """
        parts = urlsplit(next_url)
        origin = f"{parts.scheme}://{parts.netloc}"
        path = parts.path
        if origin == GRAPH_HOST:
            pass
        elif self.api_base and next_url.startswith(self.api_base + "/"):
            path = next_url[len(self.api_base) :].split("?", 1)[0]
        else:
            raise Transient(f"paging.next points away from the Graph API: {origin}")
        args = dict(parse_qsl(parts.query, keep_blank_values=True))
        args.pop("access_token", None)  # the sdk adds the current token itself
        return self.request("GET", path.lstrip("/"), args=args)

    def walk(self, body: dict[str, Any], max_pages: int = MAX_PAGES) -> Iterator[Any]:
        """The items of a connection (`{"data": [...], "paging": {...}}`), page after page.

        Pages are fetched lazily, so a caller that stops iterating stops the requests.
        """
        pages = 1
        while True:
            data = body.get("data")
            yield from data if isinstance(data, list) else []
            next_url = next_page_url(body)
            if next_url is None:
                return
            if pages >= max_pages:
                log.warning("graph: stopped paging after %d pages", pages)
                return
            body = self.follow(next_url)
            pages += 1

    def close(self) -> None:
        self.graph.session.close()


def next_page_url(body: Mapping[str, Any]) -> str | None:
    paging = body.get("paging")
    next_url = paging.get("next") if isinstance(paging, dict) else None
    return next_url if isinstance(next_url, str) and next_url else None


def rejection_code(code: int | None) -> str:
    """A stable code for the UI from a Graph error code."""
    if code is None:
        return "graph_error"
    if code in REJECTION_CODES:
        return REJECTION_CODES[code]
    if 200 <= code <= 299:
        return "permission"
    if 36000 <= code < 37000 or code == 9004:
        return "media_error"
    return f"graph_{code}"


def _int(value: object) -> int | None:
    if isinstance(value, bool):
        return None
    if isinstance(value, int):
        return value
    if isinstance(value, str) and value.isdigit():
        return int(value)
    return None


def _form_value(value: Any) -> str:
    """Form fields are strings; nested objects (Send API `recipient`, `message`) are JSON."""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, dict | list):
        return json.dumps(value, ensure_ascii=False)
    return str(value)


def parse_time(value: object) -> datetime:
    """A Graph timestamp (`2025-01-02T03:04:05+0000`) as an aware UTC datetime."""
    if not isinstance(value, str):
        raise ValueError(f"the time is {type(value).__name__}, not a string")
    try:
        parsed = datetime.strptime(value, "%Y-%m-%dT%H:%M:%S%z")
    except ValueError:
        parsed = datetime.fromisoformat(value)
    if parsed.tzinfo is None:
        raise ValueError(f"the time {value!r} has no offset")
    return parsed.astimezone(UTC)
