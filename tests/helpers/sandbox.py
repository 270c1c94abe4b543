"""The loopback sandbox from a test's side: its control API, and requests sent to it instead of
the real hosts (platform-apis.md §1), so that the libraries' own wire formats are exercised."""

from __future__ import annotations

import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

import requests
from requests.adapters import HTTPAdapter


class RewriteAdapter(HTTPAdapter):
    """Sends requests for the real X host to the sandbox, with a default timeout."""

    def __init__(self, real_prefix: str, fake_prefix: str, timeout: float = 10.0) -> None:
        super().__init__()
        self.real_prefix = real_prefix
        self.fake_prefix = fake_prefix
        self.timeout = timeout

    def send(self, request: requests.PreparedRequest, **kwargs: Any) -> requests.Response:
        assert request.url is not None
        if request.url.startswith(self.real_prefix):
            request.url = self.fake_prefix + request.url[len(self.real_prefix) :]
        if kwargs.get("timeout") is None:
            kwargs["timeout"] = self.timeout
        return super().send(request, **kwargs)


class Control:
    """The sandbox's control API over plain requests; every call must succeed unless
    `expect` says otherwise."""

    def __init__(self, url: str) -> None:
        self.url = url
        self.session = requests.Session()

    def call(self, method: str, path: str, expect: int | None = None, **kwargs: Any) -> Any:
        response = self.session.request(method, self.url + path, timeout=10, **kwargs)
        if expect is None:
            assert response.status_code < 300, (response.status_code, response.text)
        else:
            assert response.status_code == expect, (response.status_code, response.text)
        return response.json()

    def get(self, path: str, **kwargs: Any) -> Any:
        return self.call("GET", path, **kwargs)

    def post(self, path: str, body: Any = None, **kwargs: Any) -> Any:
        return self.call("POST", path, json=body if body is not None else {}, **kwargs)

    def delete(self, path: str, **kwargs: Any) -> Any:
        return self.call("DELETE", path, **kwargs)

    def requests(self, prefix: str = "/x") -> list[dict[str, Any]]:
        return list(self.get("/_sandbox/requests", params={"prefix": prefix})["requests"])

    def state(self) -> dict[str, Any]:
        return dict(self.get("/_sandbox/x/state"))

    def graph_state(self) -> dict[str, Any]:
        return dict(self.get("/_sandbox/graph/state"))

    def close(self) -> None:
        self.session.close()


class Bystander:
    """A second listener on 127.0.0.1 that is no platform: whatever reaches it was sent
    somewhere it should not have been (a redirect followed, a foreign paging link)."""

    def __init__(self) -> None:
        self.requests: list[str] = []
        bystander = self

        class Handler(BaseHTTPRequestHandler):
            def _record(self) -> None:
                bystander.requests.append(f"{self.command} {self.path}")
                body = b'{"data": []}'
                self.send_response(200)
                self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)

            do_GET = do_POST = do_DELETE = _record  # noqa: N815 (http.server's names)

            def log_message(self, format: str, *args: Any) -> None:
                return

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.server.daemon_threads = False
        self.url = f"http://127.0.0.1:{self.server.server_address[1]}"
        self.thread = threading.Thread(
            target=self.server.serve_forever, kwargs={"poll_interval": 0.05}
        )
        self.thread.start()

    def stop(self) -> None:
        self.server.shutdown()
        self.thread.join()
        self.server.server_close()
