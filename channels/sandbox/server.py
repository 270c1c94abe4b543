"""The sandbox's HTTP server: prefix routing, control API, request log, faults and threads.

Each platform is a `Platform` object served under its own prefix (`/x` for the X API v2,
`/graph` for the Graph API) with its control routes under
`/_sandbox/<prefix>/`. This module knows nothing about any one platform's wire format: it asks
the platform for error bodies and rate-limit headers when a fault needs them.

Shared control routes (JSON in and out, never logged):

    GET    /_sandbox/                the platforms served, and `in_flight`: platform requests
                                     still being answered (a slowed one, say)
    GET    /_sandbox/requests        the request log; `?prefix=/x` keeps one platform
    DELETE /_sandbox/requests        clear the request log
    GET    /_sandbox/faults          the armed faults
    POST   /_sandbox/faults          arm a fault (see `faults.parse_fault`) -> {"fault": {...}}
    DELETE /_sandbox/faults          disarm all faults
    POST   /_sandbox/reset           back to the start state: platforms, faults and log
    *      /_sandbox/<prefix>/...    the platform's own control routes
"""

from __future__ import annotations

import contextlib
import logging
import socket
import threading
from collections.abc import Iterable, Iterator, Sequence
from typing import TYPE_CHECKING, Any, Protocol

from werkzeug.exceptions import HTTPException
from werkzeug.routing import Map, Rule
from werkzeug.serving import BaseWSGIServer, WSGIRequestHandler, make_server
from werkzeug.wrappers import Request, Response

from channels.sandbox.faults import Fault, FaultBook, FaultKind
from channels.sandbox.http import (
    JSON_CONTENT_TYPE,
    ControlError,
    json_response,
    raw_response,
    read_control_json,
)
from channels.sandbox.requestlog import RequestLog

if TYPE_CHECKING:
    from _typeshed.wsgi import StartResponse, WSGIEnvironment

log = logging.getLogger(__name__)

MALFORMED_JSON = b'{"data":[{"id":"1900000000000000000","text":"afgebro'
HTML_PAGE = (
    b"<html>\r\n<head><title>502 Bad Gateway</title></head>\r\n<body>\r\n"
    b"<center><h1>502 Bad Gateway</h1></center>\r\n</body>\r\n</html>\r\n"
)


class Platform(Protocol):
    """One emulated platform API, served under `/<name>` with controls under `/_sandbox/<name>`."""

    name: str

    def handle(self, request: Request, path: str) -> Response:
        """Answer an API request; `path` is below the prefix, e.g. `/2/users/me`."""

    def control(self, request: Request, path: str) -> Response:
        """Answer a control request; `path` is below `/_sandbox/<name>`. May raise ControlError."""

    def token(self, request: Request) -> str | None:
        """The access token a request carries, if any (fault matching)."""

    def error_response(self, status: int, request: Request) -> Response:
        """The platform's own error answer for this status (401: its unauthorized body)."""

    def rate_limited_headers(self, request: Request, path: str, reset_in: float) -> dict[str, str]:
        """Headers that announce exhausted rate limits until `reset_in` seconds from now."""

    def tick(self, count: int) -> list[dict[str, Any]]:
        """Let simulated residents create `count` events now; returns what was created."""

    def reset(self) -> None:
        """Back to the state right after start (same seed, same accounts)."""


class _Drop:
    """A WSGI body that aborts before anything is sent: the client sees a closed connection."""

    def __init__(self, connection: socket.socket | None) -> None:
        self._connection = connection

    def __iter__(self) -> Iterator[bytes]:
        # Shut the socket so that the handler does not wait for another request on it, then
        # abort: werkzeug treats a ConnectionError as a dropped connection and writes nothing.
        if self._connection is not None:
            with contextlib.suppress(OSError):
                self._connection.shutdown(socket.SHUT_RDWR)
        raise ConnectionAbortedError("sandbox fault: drop")


class SandboxApp:
    """The WSGI application: platforms by prefix, the control API, faults and the request log."""

    def __init__(self, platforms: Sequence[Platform]) -> None:
        self.platforms = {platform.name: platform for platform in platforms}
        self.requests = RequestLog()
        self.faults = FaultBook()
        self.stopping = threading.Event()
        self._in_flight = 0
        self._in_flight_lock = threading.Lock()
        self._control_map = Map(
            [
                Rule("/_sandbox/", endpoint="index", methods=["GET"]),
                Rule("/_sandbox/requests", endpoint="requests", methods=["GET", "DELETE"]),
                Rule("/_sandbox/faults", endpoint="faults", methods=["GET", "POST", "DELETE"]),
                Rule("/_sandbox/reset", endpoint="reset", methods=["POST"]),
                Rule("/_sandbox/<name>/<path:rest>", endpoint="platform"),
            ],
            strict_slashes=False,
            merge_slashes=False,
        )

    def __call__(self, environ: WSGIEnvironment, start_response: StartResponse) -> Iterable[bytes]:
        request = Request(environ)
        answer = self.dispatch(request)
        if answer is None:
            return _Drop(environ.get("werkzeug.socket"))
        return answer(environ, start_response)

    def dispatch(self, request: Request) -> Response | None:
        """The answer to one request, or None to drop the connection."""
        path = request.path
        if path == "/_sandbox" or path.startswith("/_sandbox/"):
            return self._control(request)
        name, _, rest = path.lstrip("/").partition("/")
        platform = self.platforms.get(name)
        if platform is None:
            return json_response(
                {"error": f"no platform under /{name}", "platforms": sorted(self.platforms)}, 404
            )
        with self._in_flight_lock:
            self._in_flight += 1
        try:
            entry = self.requests.record(request)
            fault = self.faults.take(name, request.method, path, platform.token(request))
            try:
                answer = self._answer(platform, request, "/" + rest, fault)
            except Exception:
                log.exception("sandbox: %s %s failed", request.method, path)
                answer = platform.error_response(500, request)
            finally:
                request.close()  # uploaded files (multipart) live in temporary files
        finally:
            # The platform's state has changed (or never will) once the answer is built.
            with self._in_flight_lock:
                self._in_flight -= 1
        self.requests.finish(
            entry, answer.status_code if answer else None, fault.kind.value if fault else None
        )
        return answer

    def _answer(
        self, platform: Platform, request: Request, path: str, fault: Fault | None
    ) -> Response | None:
        if fault is None:
            return platform.handle(request, path)
        kind = fault.kind
        status = fault.effective_status()
        if kind is FaultKind.DROP:
            return None
        if kind is FaultKind.SLOW:
            self.stopping.wait(fault.delay)
            return platform.handle(request, path)
        if kind is FaultKind.NO_CONTENT_TYPE:
            response = platform.handle(request, path)
            del response.headers["Content-Type"]
            return response
        if kind is FaultKind.HEADERS:
            response = platform.handle(request, path)
            response.headers.update(fault.headers)
            return response
        if kind is FaultKind.TRICKLE:
            response = platform.handle(request, path)
            response.response = self._trickle(response.get_data(), fault.chunk, fault.delay)
            return response
        if kind is FaultKind.UNAUTHORIZED:
            response = platform.error_response(401, request)
        elif kind is FaultKind.MALFORMED_JSON:
            response = raw_response(MALFORMED_JSON, status or 200, JSON_CONTENT_TYPE)
        elif kind is FaultKind.HTML:
            response = raw_response(HTML_PAGE, status or 502, "text/html")
        elif kind is FaultKind.RAW:
            body = str(fault.body).encode("utf-8", "surrogatepass")
            response = raw_response(body, status or 200, fault.content_type or JSON_CONTENT_TYPE)
        elif fault.body is None:  # STATUS or SERVER_ERROR with the platform's own body
            response = platform.error_response(status or 500, request)
        elif isinstance(fault.body, str):
            response = raw_response(fault.body.encode(), status or 500, "text/plain; charset=utf-8")
        else:
            response = json_response(fault.body, status or 500)
        if fault.reset_in is not None:
            response.headers.update(platform.rate_limited_headers(request, path, fault.reset_in))
        response.headers.update(fault.headers)
        return response

    def _trickle(self, body: bytes, chunk: int, delay: float) -> Iterator[bytes]:
        """The body, `chunk` bytes at a time with `delay` seconds between (stops on stop())."""
        for start in range(0, len(body), chunk):
            if start and self.stopping.wait(delay):
                return
            yield body[start : start + chunk]

    def _control(self, request: Request) -> Response:
        adapter = self._control_map.bind("sandbox")
        try:
            endpoint, args = adapter.match(request.path, request.method)
            if endpoint == "platform":
                platform = self.platforms.get(args["name"])
                if platform is None:
                    raise ControlError(f"no platform {args['name']!r}", 404)
                return platform.control(request, "/" + args["rest"])
            return self._shared_control(request, endpoint)
        except ControlError as exc:
            return exc.response()
        except HTTPException as exc:
            return json_response({"error": exc.name}, exc.code or 500)

    def _shared_control(self, request: Request, endpoint: str) -> Response:
        if endpoint == "index":
            with self._in_flight_lock:
                in_flight = self._in_flight
            return json_response({"platforms": sorted(self.platforms), "in_flight": in_flight})
        if endpoint == "requests":
            if request.method == "DELETE":
                return json_response({"cleared": self.requests.clear()})
            prefix = request.args.get("prefix")
            return json_response({"requests": self.requests.entries(prefix)})
        if endpoint == "faults":
            if request.method == "DELETE":
                return json_response({"cleared": self.faults.clear()})
            if request.method == "POST":
                fault = self.faults.add(read_control_json(request))
                return json_response({"fault": fault.describe()}, 201)
            return json_response({"faults": self.faults.describe()})
        # reset
        for platform in self.platforms.values():
            platform.reset()
        self.faults.clear()
        self.requests.clear()
        return json_response({"reset": True})

    def tick(self, count: int) -> None:
        for platform in self.platforms.values():
            platform.tick(count)


class _QuietHandler(WSGIRequestHandler):
    """No access log on stderr (the request log is the record); errors go to `logging`."""

    def log_request(self, code: int | str = "-", size: int | str = "-") -> None:
        return

    def log(self, type: str, message: str, *args: Any) -> None:
        if type != "info":
            log.warning("sandbox http: " + message, *args)


class SandboxServer:
    """The threaded werkzeug server in a background thread; `stop()` leaves no thread behind."""

    def __init__(self, app: SandboxApp, host: str, port: int) -> None:
        self.app = app
        # Bind here rather than in werkzeug, which prints to stderr and calls sys.exit(1) when
        # the port is taken; this raises OSError instead. The socket listens on return.
        family = socket.AF_INET6 if ":" in host else socket.AF_INET
        listener = socket.create_server((host, port), family=family)
        try:
            self._server: BaseWSGIServer = make_server(
                host,
                listener.getsockname()[1],
                app,
                threaded=True,
                request_handler=_QuietHandler,
                fd=listener.fileno(),
            )
        finally:
            listener.close()  # werkzeug serves on a duplicate of it
        # Request threads are joined by server_close() (werkzeug's default makes them daemons).
        self._server.daemon_threads = False  # type: ignore[attr-defined]
        self.host = host
        self.port: int = self._server.socket.getsockname()[1]
        self._thread = threading.Thread(
            target=self._server.serve_forever,
            kwargs={"poll_interval": 0.05},
            name=f"webcare-sandbox-{self.port}",
        )

    def start(self) -> None:
        self._thread.start()

    def stop(self) -> None:
        """Stop accepting, wake slow requests, and wait for every request thread to end."""
        self.app.stopping.set()
        if self._thread.is_alive():
            self._server.shutdown()
            self._thread.join()
        self._server.server_close()
