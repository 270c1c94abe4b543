"""The hostile-payload suite: every kind of nonsense a platform (or whatever answers in its
place) can send, on X and on the Graph API, each beside good items.

For each case one pass runs with the hostile thing in place, then it is gone, the account is
checked (`accounts check`, which clears a pause once the platform answers) and a normal pass
runs. What a person would see is asserted:

- `stored`: the odd item is in the inbox, made storable (NUL dropped, half a surrogate
  pair replaced);
- `quarantined`: the odd item is in the quarantine with its raw payload, the good ones of its
  page are in the inbox;
- `failed`: the answer of one stream (or one post's comments) was given up for now, the
  account says why, the other streams were read;
- `paused`: the platform's limit pauses the account for at most a day, saying until when;
- `reauth`: the credential is refused: the account waits for re-authorisation.

And in every case the normal pass after it stores every good item, exactly once.

One sandbox and one bystander (a second listener that must never be reached) serve the whole
module; deadlines are four seconds (one second timed out on a loaded machine).
"""

from __future__ import annotations

import json
import threading
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import timedelta
from typing import Any

import pytest

from channels.facebook import FacebookChannel
from channels.instagram import InstagramChannel
from channels.sandbox import PAGE_ID, X_ACCOUNT_ID, SandboxHandle, start
from channels.x import XChannel
from tests.helpers.edge import (
    ANNA,
    RESIDENT,
    account,
    connect_meta,
    connect_x,
    end_backoff,
    paused_until,
    quarantined,
    stored_ids,
    target,
    texts,
)
from tests.helpers.sandbox import Bystander, Control
from webcare.accounts.credentials import Credential, CredentialStore
from webcare.accounts.service import check_account
from webcare.channel import AccountConfig, Channel
from webcare.runtime import Database
from webcare.storage.types import utcnow
from webcare.vocabulary import AccountStatus, Platform
from webcare.worker import Worker

DEADLINE = 4.0  # long enough for a loaded machine; the slow cases still exceed it
X_MENTIONS = rf"/users/{X_ACCOUNT_ID}/mentions$"
DEEP = '{"data":' + "[" * 100_000 + "]" * 100_000 + "}"


@pytest.fixture(scope="module")
def shared_sandbox() -> Iterator[SandboxHandle]:
    handle = start(port=0)
    yield handle
    handle.stop()


@pytest.fixture(scope="module")
def shared_bystander() -> Iterator[Bystander]:
    listener = Bystander()
    yield listener
    listener.stop()


@pytest.fixture
def world(shared_sandbox: SandboxHandle) -> Iterator[Control]:
    before = set(threading.enumerate())
    control = Control(shared_sandbox.url)
    control.post("/_sandbox/reset")
    yield control
    control.post("/_sandbox/reset")
    control.close()
    # An answer the client gave up on (a trickle) ends when its next write finds the
    # connection gone; wait for that, as the sandbox's stop() would.
    done = threading.Event()
    for _ in range(200):
        if set(threading.enumerate()) <= before:
            break
        done.wait(0.05)


def open_fast(config: AccountConfig, ref: str, credentials: CredentialStore) -> Channel:
    """The real adapters, with one-second deadlines."""
    credential: Credential = credentials.load(ref)
    if config.platform is Platform.X:
        return XChannel(config, credential, timeout=DEADLINE)
    if config.platform is Platform.FACEBOOK:
        return FacebookChannel(config, credential, timeout=DEADLINE)
    return InstagramChannel(config, credential, timeout=DEADLINE)


def graph_time(offset: timedelta = timedelta(0)) -> str:
    return (utcnow() + offset).strftime("%Y-%m-%dT%H:%M:%S+0000")


def x_time(offset: timedelta = timedelta(0)) -> str:
    return (utcnow() + offset).strftime("%Y-%m-%dT%H:%M:%S.000Z")


@dataclass
class Case:
    """One hostile thing: `raw` replaces a field (or all) of a good item injected as-is;
    `fault` replaces an answer (`path` defaults to the stream's list)."""

    name: str
    expect: str
    raw: dict[str, Any] | None = None
    fault: dict[str, Any] | None = None
    check: Callable[[list[str]], bool] | None = field(default=None, repr=False)


def tweet(**fields: Any) -> dict[str, Any]:
    return {
        "id": "1950000000000000777",
        "text": "Giftig",
        "edit_history_tweet_ids": ["1950000000000000777"],
        "author_id": ANNA["id"],
        "created_at": x_time(-timedelta(minutes=1)),
        "conversation_id": "1950000000000000777",
        **fields,
    }


def comment(**fields: Any) -> dict[str, Any]:
    return {
        "id": "9001_777",
        "message": "Giftig",
        "created_time": graph_time(-timedelta(minutes=1)),
        "from": RESIDENT[Platform.FACEBOOK],
        **fields,
    }


def raw_page(data: Any, **extra: Any) -> dict[str, Any]:
    return {"kind": "raw", "body": json.dumps({"data": data, **extra}), "times": 1}


def status(code: int, body: Any = None, headers: dict[str, str] | None = None) -> dict[str, Any]:
    fault: dict[str, Any] = {"kind": "status", "status": code}
    if body is not None:
        fault["body"] = body
    if headers:
        fault["headers"] = headers
    return fault


def graph_error(code: int, subcode: int | None = None) -> dict[str, Any]:
    error: dict[str, Any] = {"message": f"(#{code}) hostile", "type": "OAuthException"}
    error["code"] = code
    if subcode is not None:
        error["error_subcode"] = subcode
    return status(400, {"error": error})


def usage(regain: str) -> dict[str, Any]:
    header = (
        f'{{"{PAGE_ID}":[{{"type":"pages","call_count":10,"total_cputime":2,'
        f'"total_time":3,"estimated_time_to_regain_access":{regain}}}]}}'
    )
    return {"kind": "headers", "headers": {"X-Business-Use-Case-Usage": header}, "path": "."}


REDIRECT = {"kind": "raw", "status": 302, "body": "", "content_type": "text/html"}
TRICKLE = {"kind": "trickle", "delay": 0.3, "chunk": 8}

X_CASES = [
    Case("huge text", "stored", raw=tweet(text="Lang " * 50_000)),
    Case("NUL", "stored", raw=tweet(text="nul\x00byte"), check=lambda t: "nulbyte" in t),
    Case("lone surrogate", "stored", raw=tweet(text="half \ud83d emoji")),
    Case("numeric id", "quarantined", raw=tweet(id=1950000000000000777)),
    Case("25-digit id", "quarantined", raw=tweet(id="1" * 25)),
    Case("5000-digit id", "quarantined", raw=tweet(id="7" * 5000)),
    Case("path-like id", "quarantined", raw=tweet(id="1950/../me")),
    Case("id from the future", "quarantined", raw=tweet(id="9000000000000000000")),
    Case("future time", "quarantined", raw=tweet(created_at="9999-12-31T23:59:59.000Z")),
    Case("past time", "quarantined", raw=tweet(created_at="1970-01-01T00:00:00.000Z")),
    Case("malformed time", "quarantined", raw=tweet(created_at="gisteren")),
    Case("object for the list", "quarantined", fault=raw_page(tweet())),
    Case(
        "number of 5000 digits",
        "quarantined",
        fault={**raw_page([]), "body": '{"data":[{"id":' + "7" * 5000 + "}]}"},
    ),
    Case("deep JSON", "failed", fault={"kind": "raw", "body": DEEP}),
    Case("truncated JSON", "failed", fault={"kind": "malformed_json"}),
    Case("HTML 502", "failed", fault={"kind": "html"}),
    Case("empty 200", "failed", fault={"kind": "raw", "body": ""}),
    Case("a list for the answer", "failed", fault={"kind": "raw", "body": "[]"}),
    Case("odd next_token", "failed", fault=raw_page([], meta={"next_token": {"a": 1}})),
    Case("trickle", "failed", fault=TRICKLE),
    Case("redirect", "failed", fault=REDIRECT),
    Case(
        "reset in year 5138",
        "paused",
        fault=status(429, headers={"x-rate-limit-reset": "99999999999"}),
    ),
    Case(
        "reset of 5000 digits",
        "failed",
        fault=status(429, headers={"x-rate-limit-reset": "9" * 5000}),
    ),
    Case("reset is text", "failed", fault=status(429, headers={"x-rate-limit-reset": "soon"})),
    Case("401", "reauth", fault={"kind": "unauthorized"}),
]


def comment_case(name: str, expect: str, **fields: Any) -> Case:
    return Case(name, expect, raw=comment(**fields))


GRAPH_CASES = [
    comment_case("huge text", "stored", message="Lang " * 50_000),
    comment_case("NUL", "stored", message="nul\x00byte"),
    comment_case("lone surrogate", "stored", message="half \ud83d emoji"),
    comment_case("numeric id", "stored", id=9001777),
    comment_case("5000-digit id", "quarantined", id="7" * 5000),
    comment_case("path-like id", "quarantined", id="9001_1?fields=id&access_token=X#"),
    comment_case("future time", "quarantined", created_time="9999-12-31T23:59:59+0000"),
    comment_case("future time -0500", "quarantined", created_time="9999-12-31T23:59:59-0500"),
    comment_case("past time", "quarantined", created_time="1970-01-01T00:00:00+0000"),
    comment_case("malformed time", "quarantined", created_time="gisteren"),
    Case("object for the list", "quarantined", fault=raw_page(comment())),
    Case("deep JSON", "failed", fault={"kind": "raw", "body": DEEP}),
    Case("truncated JSON", "failed", fault={"kind": "malformed_json"}),
    Case("HTML 502", "failed", fault={"kind": "html"}),
    Case("empty 200", "failed", fault={"kind": "raw", "body": ""}),
    Case("no content type", "failed", fault={"kind": "no_content_type"}),
    Case("trickle", "failed", fault=TRICKLE),
    Case("redirect", "failed", fault=REDIRECT),
    Case("foreign paging host", "quarantined", fault=None),  # built per test: the bystander
    Case("regain of 99999999 minutes", "paused", fault=usage("99999999")),
    Case("regain of 1e12", "paused", fault=usage("1e12")),
    Case("regain of Infinity", "paused", fault=usage("Infinity")),
    Case("regain of -5", "paused", fault=usage("-5")),
    *(
        Case(f"error {code}{'/' + str(sub) if sub else ''}", expect, fault=graph_error(code, sub))
        for code, sub, expect in [
            (190, 463, "reauth"),
            (102, None, "reauth"),
            (4, None, "paused"),
            (17, None, "paused"),
            (32, None, "paused"),
            (613, None, "paused"),
            (80001, None, "paused"),
            (80002, None, "paused"),
            (80006, None, "paused"),
            (9, 2207042, "paused"),
            (1, None, "failed"),
            (2, None, "failed"),
            (10, None, "failed"),
            (10, 2018278, "failed"),
            (10, 2534022, "failed"),
            (100, None, "failed"),
            (100, 33, "failed"),
            (200, None, "failed"),
            (368, None, "failed"),
            (506, None, "failed"),
            (551, None, "failed"),
            (9007, None, "failed"),
            (10900, None, "failed"),
            (1609005, None, "failed"),
        ]
    ),
]


def outcome(
    case: Case,
    database: Database,
    account_id: int,
    hostile_stream_good: str,
    other_good: list[str],
    bystander: Bystander,
) -> None:
    """What the pass with the hostile thing left: see the module's docstring."""
    now = account(database, account_id)
    ids = stored_ids(database)
    assert bystander.requests == []
    if case.expect == "stored":
        assert case.raw is not None and str(case.raw["id"]) in ids
        assert hostile_stream_good in ids and set(other_good) <= set(ids)
        if case.check is not None:
            assert case.check(texts(database))
    elif case.expect == "quarantined":
        assert quarantined(database), f"the odd item is kept with its payload ({now.status_reason})"
        assert set(other_good) <= set(ids)
    elif case.expect == "failed":
        assert now.status is not AccountStatus.ERROR
        assert now.status_reason, "the account says what failed"
        assert set(other_good) <= set(ids)
    elif case.expect == "paused":
        pauses = paused_until(database, account_id)
        assert now.status is AccountStatus.RATE_LIMITED and pauses
        assert max(pauses.values()) <= utcnow() + timedelta(hours=24)
        assert set(other_good) <= set(ids) or (case.fault and case.fault["kind"] == "status")
    else:
        assert case.expect == "reauth"
        assert now.status is AccountStatus.NEEDS_REAUTH and now.status_reason


def recover(
    database: Database, store: CredentialStore, worker: Worker, world: Control, account_id: int
) -> None:
    """The hostile thing is gone; a person checks the account; a normal pass runs."""
    world.delete("/_sandbox/faults")
    assert check_account(database.sessions, store, account_id).ok
    end_backoff(database, account_id)
    worker.run_once()


@pytest.mark.parametrize("case", X_CASES, ids=lambda case: case.name)
def test_x(
    case: Case,
    database: Database,
    store: CredentialStore,
    shared_sandbox: SandboxHandle,
    shared_bystander: Bystander,
    world: Control,
) -> None:
    worker = Worker(database, store, opener=open_fast)
    account_id = connect_x(database, store, shared_sandbox)
    worker.run_once()
    mention = world.post("/_sandbox/x/mentions", {"author": ANNA, "text": "Goed"})["tweet"]["id"]
    message = world.post("/_sandbox/x/dms", {"sender": ANNA, "text": "Ook goed"})["dm_event"]
    if case.raw is not None:
        world.post("/_sandbox/x/raw_mentions", {"tweet": case.raw})
    if case.fault is not None:
        fault = {"prefix": "/x", "path": X_MENTIONS, **case.fault}
        if fault["kind"] == "raw" and fault.get("status") == 302:
            fault["headers"] = {"Location": f"{shared_bystander.url}/2/users/1/mentions"}
        world.post("/_sandbox/faults", fault)
    worker.run_once()
    outcome(case, database, account_id, mention, [message["id"]], shared_bystander)
    recover(database, store, worker, world, account_id)
    ids = stored_ids(database)
    assert {mention, message["id"]} <= set(ids)
    assert len(ids) == len(set(ids))
    assert account(database, account_id).status is AccountStatus.ACTIVE


@pytest.mark.parametrize("case", GRAPH_CASES, ids=lambda case: case.name)
def test_graph(
    case: Case,
    database: Database,
    store: CredentialStore,
    shared_sandbox: SandboxHandle,
    shared_bystander: Bystander,
    world: Control,
) -> None:
    worker = Worker(database, store, opener=open_fast)
    account_id = connect_meta(database, store, shared_sandbox, Platform.FACEBOOK)
    post = {"id": target(world, Platform.FACEBOOK)}
    worker.run_once()
    good = world.post(
        "/_sandbox/graph/comments",
        {"on": post["id"], "text": "Goed", "author": RESIDENT[Platform.FACEBOOK]},
    )["comment"]["id"]
    on_node = world.post(
        "/_sandbox/graph/posts", {"author": RESIDENT[Platform.FACEBOOK], "text": "Op de Page"}
    )
    world.post(
        "/_sandbox/graph/dms",
        {"platform": "messenger", "sender": RESIDENT[Platform.FACEBOOK], "text": "Hoi"},
    )
    if case.raw is not None:
        world.post(
            "/_sandbox/graph/raw", {"kind": "comment", "on": post["id"], "payload": case.raw}
        )
    fault = dict(case.fault) if case.fault is not None else None
    if case.name == "foreign paging host":
        next_url = f"{shared_bystander.url}/v21.0/{post['id']}/comments?access_token=t&after=A"
        fault = raw_page([comment()], paging={"next": next_url})
    if fault is not None:
        fault = {"prefix": "/graph", "path": rf"/{post['id']}/comments$", **fault}
        if fault["path"] == ".":
            fault["path"] = rf"/v21\.0/{PAGE_ID}$"
        if fault["kind"] == "raw" and fault.get("status") == 302:
            fault["headers"] = {"Location": f"{shared_bystander.url}/v21.0/comments"}
        world.post("/_sandbox/faults", fault)
    worker.run_once()
    outcome(case, database, account_id, good, [on_node["post"]["id"]], shared_bystander)
    recover(database, store, worker, world, account_id)
    ids = stored_ids(database)
    assert {good, on_node["post"]["id"]} <= set(ids)
    assert "Hoi" in texts(database)
    assert len(ids) == len(set(ids))
    assert account(database, account_id).status is AccountStatus.ACTIVE
