"""Fixtures for the sandbox tests: a sandbox per test, tweepy and facebook-sdk clients pointed
at it, and the control API. Real `tweepy.Client` and `facebook.GraphAPI` calls go through a tiny
rewriting adapter (platform-apis.md §1), so the wire formats are exercised through the
libraries, never mocked."""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
import requests
import tweepy

from channels.graph import facebook
from channels.sandbox import PAGE_TOKEN, X_TOKEN, SandboxHandle
from tests.helpers.sandbox import Bystander, RewriteAdapter
from webcare.accounts.credentials import CredentialStore
from webcare.runtime import Database
from webcare.worker import Worker

REAL_HOST = "https://api.twitter.com"
GRAPH_HOST = "https://graph.facebook.com"


@pytest.fixture(autouse=True)
def no_thread_left_behind() -> Iterator[None]:
    """Every sandbox test must end with the threads it started gone."""
    before = set(threading.enumerate())
    yield
    left = [thread for thread in threading.enumerate() if thread not in before]
    assert not left, f"threads left running: {left}"


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
