"""The sandbox's control API, request log, simulated residents and lifecycle."""

from __future__ import annotations

import socket
import threading
import time
from typing import Any

import pytest
import requests
import tweepy
from twitter_text import parse_tweet

from channels.sandbox import X_ACCOUNT_ID, X_TOKEN, X_USERNAME, SandboxHandle, start, token_id
from channels.sandbox.residents import RESIDENTS


def without_times(state: dict[str, Any]) -> dict[str, Any]:
    """The state minus wall-clock times, which differ between runs by nature."""

    def strip(items: list[dict[str, Any]]) -> list[dict[str, Any]]:
        return [{k: v for k, v in item.items() if k != "created_at"} for item in items]

    return {
        key: strip(value) if isinstance(value, list) and key != "revoked_tokens" else value
        for key, value in state.items()
        if key != "now"
    }


def ticked_state(seed: int, ticks: int) -> dict[str, Any]:
    with start(seed=seed) as handle, requests.Session() as session:
        for _ in range(ticks // 10):
            created = session.post(handle.url + "/_sandbox/x/tick", json={"count": 10}, timeout=10)
            assert created.status_code == 200
            # The account answers some residents in between, so residents reply in threads.
            mentions = [e for e in created.json()["created"] if e["type"] == "mention"]
            for event in mentions[:2]:
                session.post(
                    handle.x_base + "/2/tweets",
                    json={"text": f"Antwoord op {event['id']}",
                          "reply": {"in_reply_to_tweet_id": event["id"]}},
                    headers={"Authorization": f"Bearer {X_TOKEN}"},
                    timeout=10,
                )  # fmt: skip
        state = session.get(handle.url + "/_sandbox/x/state", timeout=10).json()
    return without_times(state)


def test_same_seed_gives_the_same_state_and_another_seed_another() -> None:
    first, again, other = ticked_state(7, 60), ticked_state(7, 60), ticked_state(8, 60)
    assert first == again
    assert first["tweets"] != other["tweets"]
    kinds = {tweet["origin"] for tweet in first["tweets"]}
    assert kinds == {"resident", "api"}
    assert first["dm_events"], "residents also send direct messages"
    answers = [t for t in first["tweets"] if t["in_reply_to_user_id"] == X_ACCOUNT_ID]
    assert answers, "residents answer the account's replies"
    by_id = {t["id"]: t for t in first["tweets"]}
    for answer in answers:
        ours = by_id[answer["replied_to"]]
        assert ours["author_id"] == X_ACCOUNT_ID
        assert answer["conversation_id"] == ours["conversation_id"] == ours["replied_to"]


def test_resident_pool_and_texts_exercise_the_hard_cases(control: Any) -> None:
    names = [resident.name for resident in RESIDENTS]
    assert any("<" in name for name in names)
    assert any("\u0600" <= char <= "\u06ff" for name in names for char in name)  # RTL
    assert any(ord(char) > 0xFFFF for name in names for char in name)  # emoji
    assert any(char in "ëéçğı" for name in names for char in name)
    events = control.post("/_sandbox/x/tick", {"count": 300})["created"]
    texts = [event["text"] for event in events]
    assert all(parse_tweet(text).weightedLength <= 280 for text in texts)
    assert max(parse_tweet(text).weightedLength for text in texts) > 260
    for needle in ("&", "<", "https://", "\n"):
        assert any(needle in text for text in texts), needle
    public = [event["text"] for event in events if event["type"] in ("mention", "reply")]
    assert all(text.startswith(f"@{X_USERNAME} ") for text in public)
    assert {event["type"] for event in events} == {"mention", "reply", "dm"}


def test_residents_post_by_themselves_at_a_rate() -> None:
    with start(rate_per_minute=1200) as handle, requests.Session() as session:
        deadline = time.monotonic() + 10
        state: dict[str, Any] = {}
        while time.monotonic() < deadline:
            state = session.get(handle.url + "/_sandbox/x/state", timeout=10).json()
            if len(state["tweets"]) + len(state["dm_events"]) >= 3:
                break
            time.sleep(0.05)
        assert len(state["tweets"]) + len(state["dm_events"]) >= 3


def test_request_log_records_platform_calls_only(
    sandbox: SandboxHandle, client: tweepy.Client, control: Any
) -> None:
    control.post("/_sandbox/x/tick", {"count": 1})
    client.get_users_mentions(X_ACCOUNT_ID, since_id="5", tweet_fields=["created_at", "author_id"])
    client.create_tweet(text="Hallo", user_auth=False)
    log = control.requests()
    assert [entry["seq"] for entry in log] == [1, 2]
    first = log[0]
    assert first["method"] == "GET"
    assert first["path"] == f"/x/2/users/{X_ACCOUNT_ID}/mentions"
    assert first["query"] == {"since_id": ["5"], "tweet.fields": ["created_at,author_id"]}
    assert first["headers"]["Authorization"] == f"Bearer {token_id(X_TOKEN)}"
    assert first["status"] == 200 and first["body"] is None
    assert log[1]["body"] == {"text": "Hallo"}
    assert X_TOKEN not in str(log)
    assert control.requests(prefix="/graph") == []
    assert control.delete("/_sandbox/requests") == {"cleared": 2}
    assert control.requests() == []


def test_injected_items_and_reset(client: tweepy.Client, control: Any) -> None:
    author = {"id": "31", "username": "nieuw", "name": "Nieuwe Bewoner"}
    tweet = control.post(
        "/_sandbox/x/mentions",
        {"author": author, "text": "Zonder handle", "created_at": "2025-01-02T03:04:05Z"},
    )["tweet"]
    found = client.get_users_mentions(
        X_ACCOUNT_ID, tweet_fields=["created_at"], expansions=["author_id"]
    )
    assert found.data[0].id == int(tweet["id"])
    assert found.data[0].data["created_at"] == "2025-01-02T03:04:05.000Z"
    assert found.includes["users"][0].username == "nieuw"
    control.post("/_sandbox/reset")
    assert client.get_users_mentions(X_ACCOUNT_ID).data is None
    assert control.state()["users"][-1]["username"] != "nieuw"


def test_bad_control_requests_get_one_line_errors(control: Any) -> None:
    assert "'text' is required" in control.post("/_sandbox/x/mentions", {}, expect=400)["error"]
    assert "not JSON" in control.call("POST", "/_sandbox/x/tick", data="{", expect=400)["error"]
    assert (
        "no post"
        in control.post("/_sandbox/x/own_posts", {"text": "x", "in_reply_to": "1"}, expect=400)[
            "error"
        ]
    )
    assert control.get("/_sandbox/x/nothing", expect=404)["error"]
    assert control.get("/_sandbox/nothing/state", expect=404)["error"]
    assert control.post("/_sandbox/x/tick", {"count": 0}, expect=400)["error"]


def test_stop_frees_the_port_and_the_threads() -> None:
    before = set(threading.enumerate())
    handle = start()
    assert requests.get(handle.url + "/_sandbox/", timeout=10).json() == {
        "platforms": ["graph", "x"],
        "in_flight": 0,
    }
    assert handle.x_base == handle.url + "/x"
    with pytest.raises(ValueError, match="loopback only"):
        start(host="0.0.0.0")
    handle.stop()
    handle.stop()  # twice is fine
    assert set(threading.enumerate()) <= before
    with (
        pytest.raises(ConnectionRefusedError),
        socket.create_connection(("127.0.0.1", handle.port), timeout=2),
    ):
        pass
