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
  response; above 90 % reads pause before Meta starts refusing (platform-apis.md §3.7). A
  figure that is not a finite number is ignored, and a regain time of more than a day counts
  as unknown (a default pause), never as a pause of years;
- paths: a node id goes into a path only as one escaped segment of the shapes ids have
  (`channels.sanity.path_segment`), so an id that an answer made up never changes the
  request (`?access_token=...`, `/../`);
- paging: `paging.next` URLs are followed through the same session, so they are rewritten to
  the API base like every other call, and the token goes only to the Graph host; a link to
  any other host ends that list, with a note for the quarantine, and the list counts as not
  read to its end.
"""

from __future__ import annotations

import json
import logging
import os
import re
import warnings
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from typing import Any
from urllib.parse import parse_qsl, urlsplit

import requests

from channels.http import DEFAULT_TIMEOUT, RedirectRefused, never_sent, origin, routed_session
from channels.sanity import UnsafeIdError, finite, path_segment
from channels.text import dump_payload
from webcare.channel import (
    MAX_PAUSE,
    AuthExpired,
    ChannelError,
    RateLimited,
    Rejected,
    Transient,
    UnparseableItem,
    Unsent,
)

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


MAX_REGAIN_MINUTES = MAX_PAUSE.total_seconds() / 60


@dataclass(frozen=True)
class Usage:
    """What the usage headers of one response said.

    Attributes:
        percent: the highest figure of any header (call count, CPU time, total time).
        regain: the longest `estimated_time_to_regain_access` (minutes in the header), if it
            is a number of at most a day's minutes.
        regain_unknown: a regain time was given that is no such number (negative, infinite,
            years away): we must wait, but for how long is not known.
    """

    percent: float = 0.0
    regain: timedelta = timedelta(0)
    regain_unknown: bool = False

    @property
    def high(self) -> bool:
        return (
            self.percent >= HIGH_USAGE_PERCENT or self.regain > timedelta(0) or self.regain_unknown
        )

    @classmethod
    def from_headers(cls, headers: Mapping[str, str]) -> Usage:
        percents: list[float] = []
        regain, unknown = 0.0, False
        for name in ("x-app-usage", "x-page-usage", "x-ad-account-usage"):
            value = _json_header(headers, name)
            if isinstance(value, dict):
                percents.extend(_percentages(value))
        buc = _json_header(headers, "x-business-use-case-usage")
        if isinstance(buc, dict):
            for entries in buc.values():
                for entry in entries if isinstance(entries, list) else [entries]:
                    if not isinstance(entry, dict):
                        continue
                    percents.extend(_percentages(entry))
                    raw = entry.get("estimated_time_to_regain_access")
                    minutes = finite(raw, 0, MAX_REGAIN_MINUTES)
                    if minutes is not None:
                        regain = max(regain, minutes)
                    elif raw is not None and raw is not False and raw != 0:
                        unknown = True
        return cls(max(percents, default=0.0), timedelta(minutes=regain), unknown)


def _json_header(headers: Mapping[str, str], name: str) -> Any:
    raw = headers.get(name)
    if not raw or len(raw) > 16_384:
        return None
    try:
        return json.loads(raw, parse_int=lambda digits: int(digits) if len(digits) < 20 else 0)
    except (ValueError, RecursionError):
        return None


def _percentages(entry: dict[str, Any]) -> list[float]:
    found = [
        finite(entry.get(key), 0, 10_000)
        for key in ("call_count", "total_cputime", "total_time", "acc_id_util_pct")
        if key in entry
    ]
    return [value for value in found if value is not None]


class ForeignPagingError(ChannelError):
    """A `paging.next` link points to another host than the Graph API's: never followed."""


@dataclass
class Listing:
    """The items of a connection, page after page, and whether they were read to the end.

    Iterating fetches the next pages lazily: a caller that stops iterating stops the requests.
    Attributes (once iterated):
        complete: every page was read (False: a foreign paging link, a `data` that is not a
            list, the page limit); a list that is not complete must not be marked as read.
        notes: what the quarantine should keep about it (the foreign link, the odd `data`).
    """

    client: GraphClient
    body: dict[str, Any]
    stream: str
    max_pages: int = 20
    complete: bool = True
    notes: list[UnparseableItem] = field(default_factory=list)

    failure: str | None = None
    limited_until: datetime | None = None

    def __iter__(self) -> Iterator[Any]:
        """The items, page after page. A next page that cannot be had (a foreign link, a
        refusal, a timeout, the rate limit) ends the list as not complete, with the reason in
        `failure` or the time in `limited_until`; only a rejected credential goes up."""
        body, pages = self.body, 1
        while True:
            data = body.get("data") if isinstance(body, dict) else None
            if isinstance(data, list):
                yield from data
            elif data is not None:
                self.complete = False
                self.notes.append(
                    UnparseableItem(
                        self.stream,
                        f"`data` is a {type(data).__name__}, not a list",
                        dump_payload(data),
                        _id_of_object(data),
                    )
                )
                return
            next_url = next_page_url(body)
            if next_url is None:
                return
            if pages >= self.max_pages:
                log.warning("graph: stopped paging after %d pages", pages)
                self.complete = False
                return
            try:
                body = self.client.follow(next_url)
            except ForeignPagingError as exc:
                self.complete = False
                self.notes.append(
                    UnparseableItem(self.stream, str(exc), dump_payload(_without_token(next_url)))
                )
                return
            except RateLimited as exc:
                self.complete, self.limited_until = False, exc.until
                return
            except (Transient, Rejected) as exc:
                self.complete, self.failure = False, str(exc)
                return
            pages += 1


def _id_of_object(value: object) -> str | None:
    found = value.get("id") if isinstance(value, dict) else None
    return found[:200] if isinstance(found, str) else None


def _without_token(url: str) -> str:
    """A paging link as the quarantine may keep it: without the access token it carries."""
    parts = urlsplit(url)
    query = [
        (k, v) for k, v in parse_qsl(parts.query, keep_blank_values=True) if k != "access_token"
    ]
    kept = "&".join(f"{k}={v}" for k, v in query)
    return f"{origin(url)}{parts.path}" + (f"?{kept}" if kept else "")


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
        """A requests hook: every response's status and usage headers, before the sdk parses.

        Whatever the headers say, this never raises: an exception here would come out of the
        request as something no caller expects."""
        self._status = response.status_code
        try:
            self._usage = Usage.from_headers(response.headers)
        except Exception:  # a header no parser expected: ignore it, read the answer
            log.warning("graph: unreadable usage headers ignored", exc_info=True)
            self._usage = Usage()
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
        return self.request("GET", self._path(node, edge), args=args)

    def post(
        self, node: str, edge: str | None = None, *, files: Any = None, **data: Any
    ) -> dict[str, Any]:
        form = {key: _form_value(value) for key, value in data.items() if value is not None}
        return self.request("POST", self._path(node, edge), post_args=form, files=files)

    def delete(self, node: str) -> dict[str, Any]:
        """`DELETE /{node}` (the access token in the query string, as facebook-sdk sends it)."""
        return self.request("DELETE", self._path(node, None))

    def _path(self, node: str, edge: str | None) -> str:
        """`{version}/{node}[/{edge}]` with the node as one escaped path segment: an id that is
        not one (`?`, `#`, `/`, `..`) is refused before any request is made."""
        try:
            segments = [path_segment(node), *([path_segment(edge)] if edge else [])]
        except UnsafeIdError as exc:
            raise Rejected(str(exc), "bad_id") from exc
        return "/".join([self.version, *segments])

    def listing(self, body: dict[str, Any], stream: str, max_pages: int = MAX_PAGES) -> Listing:
        """The items of a connection answer, following its pages (see `Listing`)."""
        return Listing(self, body, stream, max_pages)

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
        except requests.RequestException as exc:  # JSONDecodeError too (it is a ValueError)
            if never_sent(exc):
                raise Unsent(f"no connection to the Graph API: {type(exc).__name__}") from exc
            if isinstance(exc, RedirectRefused):
                raise Transient(f"the Graph API: {exc}") from exc
            if isinstance(exc, requests.Timeout):
                raise Transient(f"the Graph API did not answer in time ({exc})") from exc
            raise Transient(f"connection to the Graph API failed: {type(exc).__name__}") from exc
        except RecursionError as exc:
            raise Transient("the Graph API sent JSON nested too deeply to read") from exc
        except ValueError as exc:
            raise Transient(f"connection to the Graph API failed: {type(exc).__name__}") from exc
        except (TypeError, AttributeError, OverflowError) as exc:  # the sdk on a silly answer
            raise Transient(f"the Graph API sent an answer that cannot be read: {exc}") from exc
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
        reason = str(error.get("error_user_msg") or error.get("message") or exc)[:1000]
        if code in AUTH_CODES:
            return AuthExpired(reason)
        if code in THROTTLE_CODES:
            regain = self._usage.regain
            if regain <= timedelta(0) or self._usage.regain_unknown:
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

        Only URLs on the Graph host (or the account's own API base) are followed, and only to
        a path of plain segments: the access token must never go anywhere else.

        Raises:
            ForeignPagingError: the link points elsewhere; nothing was requested.
        """
        parts = urlsplit(next_url)
        path = parts.path
        if origin(next_url) == GRAPH_HOST and parts.username is None:
            pass
        elif self.api_base and next_url.startswith(self.api_base + "/"):
            path = next_url[len(self.api_base) :].split("?", 1)[0]
        else:
            raise ForeignPagingError(
                f"paging.next points away from the Graph API, to {origin(next_url)}: "
                "not followed, the rest of that list is not read"
            )
        segments = [segment for segment in path.split("/") if segment]
        try:
            checked = [path_segment(segment) for segment in segments]
        except UnsafeIdError as exc:
            raise ForeignPagingError(f"paging.next has an odd path: not followed ({exc})") from exc
        if not checked or not VERSION_PATTERN.match(checked[0]):
            raise ForeignPagingError("paging.next has no Graph version in its path: not followed")
        args = dict(parse_qsl(parts.query, keep_blank_values=True))
        args.pop("access_token", None)  # the sdk adds the current token itself
        return self.request("GET", "/".join(checked), args=args)

    def walk(self, body: dict[str, Any], max_pages: int = MAX_PAGES) -> Iterator[Any]:
        """The items of a connection (`{"data": [...], "paging": {...}}`), page after page,
        where completeness does not matter (looking for a reply we sent)."""
        return iter(Listing(self, body, "", max_pages))

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
    if isinstance(value, str) and value.isascii() and value.isdigit() and len(value) <= 12:
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
    """A Graph timestamp (`2025-01-02T03:04:05+0000`) as an aware UTC datetime; ValueError for
    anything else, a time that leaves the calendar in UTC (year 9999, -0500) included."""
    if not isinstance(value, str):
        raise ValueError(f"the time is {type(value).__name__}, not a string")
    try:
        try:
            parsed = datetime.strptime(value, "%Y-%m-%dT%H:%M:%S%z")
        except ValueError:
            parsed = datetime.fromisoformat(value)
        if parsed.tzinfo is None:
            raise ValueError(f"the time {value[:40]!r} has no offset")
        return parsed.astimezone(UTC)
    except OverflowError as exc:
        raise ValueError(f"the time {value[:40]!r} is out of range") from exc
