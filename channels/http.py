"""HTTP plumbing shared by the adapters: one deadline per request, only the API host, no redirects.

Neither tweepy nor facebook-sdk lets us choose the host they call, and tweepy passes no
timeout at all. Both use a `requests.Session`, so we mount this transport adapter on it:

- the host: with an API base URL configured (the loopback sandbox in tests and the demo) the
  platform host is replaced by that base; a request for any other host is refused before it
  is sent, so a token can never leave for a host that is not the API's;
- redirects are never followed: a 3xx answer is refused (`RedirectRefused`), as a temporary
  failure that names where it pointed. Following one would send the request, token and all,
  wherever the answer says;
- the deadline: `requests` applies its timeout to each read of the socket, so an answer that
  trickles in one byte at a time never times out. Here one deadline bounds the whole request
  (connecting, the headers and the body): when it passes, a watchdog shuts the connection's
  socket down and the call fails with `DeadlineExceeded`, a `requests.Timeout`.

No library does the last two for `requests` (urllib3's `Timeout(total=...)` still counts per
read), so a small watchdog it is: a timer per request and pool classes that tell it which
connection the request uses.
"""

from __future__ import annotations

import contextlib
import contextvars
import socket
import threading
from collections.abc import Mapping
from typing import Any
from urllib.parse import urlsplit

import requests
from requests.adapters import HTTPAdapter
from urllib3.connection import HTTPConnection, HTTPSConnection
from urllib3.connectionpool import HTTPConnectionPool, HTTPSConnectionPool

DEFAULT_TIMEOUT = 15.0
"""Seconds one request may take from start to end (connect, headers and body together)."""


class DeadlineExceeded(requests.Timeout):
    """The whole request took longer than its deadline (a slow or trickling answer)."""


class RedirectRefused(requests.RequestException):
    """The platform answered with a redirect, which is never followed."""


class ForeignHostRefused(requests.RequestException):
    """A request for a host that is not the platform's API: never sent."""


def origin(url: str) -> str:
    """`scheme://host[:port]` of a URL, for messages (never its path or query: tokens)."""
    parts = urlsplit(url)
    return f"{parts.scheme}://{parts.hostname or ''}" + (f":{parts.port}" if parts.port else "")


class _Deadline:
    """A timer that cuts the connections of one request when its deadline passes."""

    def __init__(self, seconds: float) -> None:
        self.expired = threading.Event()
        self._lock = threading.Lock()
        self._connections: list[Any] = []
        self._timer = threading.Timer(seconds, self._expire)
        self._timer.daemon = True

    def start(self) -> None:
        self._timer.start()

    def stop(self) -> None:
        self._timer.cancel()
        self._timer.join()
        with self._lock:
            for connection in self._connections:
                if getattr(connection, "deadline", None) is self:
                    connection.deadline = None
                    connection.watched_socket = None
            self._connections.clear()

    def attach(self, connection: Any) -> None:
        with self._lock:
            connection.deadline = self
            connection.watched_socket = getattr(connection, "sock", None)
            self._connections.append(connection)
            if self.expired.is_set():
                _cut(connection)

    def _expire(self) -> None:
        with self._lock:
            self.expired.set()
            for connection in self._connections:
                _cut(connection)


def _cut(connection: Any) -> None:
    """Shut the socket down: a read blocked on it returns at once. The socket is the one the
    connection made: http.client lets go of it (`sock = None`) once it hands the answer over
    to the response, which goes on reading from it."""
    sock = getattr(connection, "watched_socket", None) or getattr(connection, "sock", None)
    if sock is not None:
        with contextlib.suppress(OSError):
            sock.shutdown(socket.SHUT_RDWR)


_CURRENT: contextvars.ContextVar[_Deadline | None] = contextvars.ContextVar(
    "webcare_request_deadline", default=None
)


class _Watched:
    """Connection half: remember the socket made, and cut it at once if the deadline passed
    while connecting."""

    deadline: _Deadline | None = None
    watched_socket: socket.socket | None = None
    sock: socket.socket | None

    def connect(self) -> None:
        super().connect()  # type: ignore[misc]
        self.watched_socket = self.sock
        if self.deadline is not None and self.deadline.expired.is_set():
            _cut(self)


class _WatchedHTTPConnection(_Watched, HTTPConnection):
    pass


class _WatchedHTTPSConnection(_Watched, HTTPSConnection):
    pass


class _WatchedPool:
    """Pool half: tell the current request's deadline which connection it uses."""

    def _get_conn(self, timeout: float | None = None) -> Any:
        connection = super()._get_conn(timeout)  # type: ignore[misc]
        deadline = _CURRENT.get()
        if deadline is not None:
            deadline.attach(connection)
        return connection


class _WatchedHTTPPool(_WatchedPool, HTTPConnectionPool):
    ConnectionCls = _WatchedHTTPConnection


class _WatchedHTTPSPool(_WatchedPool, HTTPSConnectionPool):
    ConnectionCls = _WatchedHTTPSConnection


class RoutingAdapter(HTTPAdapter):
    """Sends `https://<real host>/...` to `<api base>/...`, and nowhere else, within a deadline.

    Args:
        rewrites: real prefix (e.g. "https://api.twitter.com") -> replacement base
            (e.g. "http://127.0.0.1:8765/x"). Empty in production.
        timeout: the deadline of each request, in seconds.
        allowed: the prefixes requests may go to; by default the rewrite targets, or (without
            rewrites) the real prefixes given as `real_hosts`.
    """

    def __init__(
        self,
        rewrites: Mapping[str, str] | None = None,
        timeout: float = DEFAULT_TIMEOUT,
        *,
        real_hosts: tuple[str, ...] = (),
    ) -> None:
        super().__init__(max_retries=0)
        self.rewrites = {k.rstrip("/"): v.rstrip("/") for k, v in (rewrites or {}).items()}
        self.timeout = timeout
        targets = set(self.rewrites.values()) or {host.rstrip("/") for host in real_hosts}
        self.allowed = tuple(sorted(targets))

    def init_poolmanager(self, *args: Any, **kwargs: Any) -> None:
        super().init_poolmanager(*args, **kwargs)
        self.poolmanager.pool_classes_by_scheme = {
            "http": _WatchedHTTPPool,
            "https": _WatchedHTTPSPool,
        }

    def send(self, request: requests.PreparedRequest, **kwargs: Any) -> requests.Response:  # type: ignore[override]
        url = request.url or ""
        for real, base in self.rewrites.items():
            if _under(url, real):
                request.url = url = base + url[len(real) :]
                break
        if self.allowed and not any(_under(url, prefix) for prefix in self.allowed):
            raise ForeignHostRefused(f"{origin(url)} is not the platform's API: not sent")
        given = kwargs.get("timeout")
        kwargs["timeout"] = (
            self.timeout if not isinstance(given, int | float) else min(given, self.timeout)
        )
        deadline = _Deadline(self.timeout)
        token = _CURRENT.set(deadline)
        deadline.start()
        try:
            response = super().send(request, **kwargs)
            if 300 <= response.status_code < 400:
                location = response.headers.get("location", "")
                response.close()
                where = f" to {origin(location)}" if location else ""
                raise RedirectRefused(
                    f"the platform answered {response.status_code}, a redirect{where}: not followed"
                )
            if not kwargs.get("stream"):
                _ = response.content  # the body too is read before the deadline
            return response
        except requests.RequestException as exc:
            if deadline.expired.is_set() and not isinstance(exc, RedirectRefused):
                raise DeadlineExceeded(
                    f"no whole answer within {self.timeout:g} s", request=request
                ) from exc
            raise
        finally:
            deadline.stop()
            _CURRENT.reset(token)


def _under(url: str, prefix: str) -> bool:
    return url == prefix or url.startswith(prefix + "/") or url.startswith(prefix + "?")


def never_sent(exc: requests.RequestException) -> bool:
    """Whether a failed request certainly never reached the server: the connection itself
    could not be made (refused, unreachable, a connect timeout), or the request was for a
    host that is not the API's. Anything later (a read timeout, the whole request's deadline,
    a reset after sending) may have reached it."""
    if isinstance(exc, requests.ConnectTimeout | ForeignHostRefused):
        return True
    if not isinstance(exc, requests.ConnectionError):
        return False
    cause: BaseException | None = exc
    while cause is not None:
        if type(cause).__name__ in ("NewConnectionError", "NameResolutionError"):
            return True
        cause = cause.__context__ or getattr(cause, "reason", None)
        if isinstance(cause, str):
            return False
    return False


def routed_session(
    real_hosts: tuple[str, ...], api_base: str | None, timeout: float = DEFAULT_TIMEOUT
) -> requests.Session:
    """A session whose requests go to `real_hosts` (or `api_base` instead, if set) only, each
    within the `timeout` deadline and never redirected."""
    session = requests.Session()
    mount(session, real_hosts, api_base, timeout)
    return session


def mount(
    session: requests.Session,
    real_hosts: tuple[str, ...],
    api_base: str | None,
    timeout: float = DEFAULT_TIMEOUT,
) -> None:
    """Put the routing adapter on every URL of `session` (tweepy makes its own session)."""
    rewrites = {host: api_base for host in real_hosts} if api_base else {}
    adapter = RoutingAdapter(rewrites, timeout, real_hosts=real_hosts)
    session.mount("https://", adapter)
    session.mount("http://", adapter)
    session.max_redirects = 0
