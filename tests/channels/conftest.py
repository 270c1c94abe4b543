"""Fixtures for the sandbox tests: a sandbox per test, tweepy and facebook-sdk clients pointed
at it, and the control API. Real `tweepy.Client` and `facebook.GraphAPI` calls go through a tiny
rewriting adapter (platform-apis.md §1), so the wire formats are exercised through the
libraries, never mocked."""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

import pytest
import requests
import tweepy
from requests.adapters import HTTPAdapter

from channels.graph import facebook
from channels.sandbox import PAGE_TOKEN, X_TOKEN, SandboxHandle, start
from webcare.accounts.credentials import CredentialStore
from webcare.runtime import Database
from webcare.worker import Worker

REAL_HOST = "https://api.twitter.com"
GRAPH_HOST = "https://graph.facebook.com"


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


@pytest.fixture(autouse=True)
def no_thread_left_behind() -> Iterator[None]:
    """Every sandbox test must end with the threads it started gone."""
    before = set(threading.enumerate())
    yield
    left = [thread for thread in threading.enumerate() if thread not in before]
    assert not left, f"threads left running: {left}"


@pytest.fixture
def sandbox() -> Iterator[SandboxHandle]:
    handle = start(port=0)
    yield handle
    handle.stop()


@pytest.fixture
def control(sandbox: SandboxHandle) -> Iterator[Control]:
    ctl = Control(sandbox.url)
    yield ctl
    ctl.close()


@pytest.fixture
def make_client(sandbox: SandboxHandle) -> Iterator[Callable[..., tweepy.Client]]:
    """tweepy clients pointed at the sandbox: `make_client(token)` for OAuth 2 bearer,
    `make_client(token, oauth1=True)` for OAuth 1.0a user context."""
    clients: list[tweepy.Client] = []

    def make(
        token: str | None = X_TOKEN, *, oauth1: bool = False, timeout: float = 10.0
    ) -> tweepy.Client:
        if oauth1:
            client = tweepy.Client(
                consumer_key="sandbox-consumer-key",
                consumer_secret="sandbox-consumer-secret",
                access_token=token,
                access_token_secret="sandbox-access-secret",
            )
        else:
            client = tweepy.Client(bearer_token=token)
        client.session.mount(REAL_HOST + "/", RewriteAdapter(REAL_HOST, sandbox.x_base, timeout))
        clients.append(client)
        return client

    yield make
    for client in clients:
        client.session.close()


@pytest.fixture
def client(make_client: Callable[..., tweepy.Client]) -> tweepy.Client:
    """The default account's client, OAuth 2 bearer (read and write with user_auth=False)."""
    return make_client()


@pytest.fixture
def make_graph(sandbox: SandboxHandle) -> Iterator[Callable[..., facebook.GraphAPI]]:
    """facebook-sdk clients pointed at the sandbox: `make_graph(token, version="v21.0")`."""
    graphs: list[facebook.GraphAPI] = []

    def make(token: str | None = PAGE_TOKEN, *, version: str = "v21.0") -> facebook.GraphAPI:
        session = requests.Session()
        session.mount(GRAPH_HOST + "/", RewriteAdapter(GRAPH_HOST, sandbox.graph_base))
        graph = facebook.GraphAPI(access_token=token, timeout=10, session=session)
        graph.version = version  # facebook-sdk 3.1.0 refuses current versions in __init__
        graphs.append(graph)
        return graph

    yield make
    for graph in graphs:
        graph.session.close()


@pytest.fixture
def graph(make_graph: Callable[..., facebook.GraphAPI]) -> facebook.GraphAPI:
    """The default Page's client (Page access token, v21.0)."""
    return make_graph()


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


@pytest.fixture
def bystander() -> Iterator[Bystander]:
    listener = Bystander()
    yield listener
    listener.stop()


@pytest.fixture
def store(tmp_path: Path) -> CredentialStore:
    return CredentialStore(tmp_path / "credentials", use_keyring=False)


@pytest.fixture
def worker(database: Database, store: CredentialStore) -> Worker:
    return Worker(database, store)
