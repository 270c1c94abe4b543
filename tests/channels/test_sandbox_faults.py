"""Fault injection: each kind as tweepy and requests see it, matching and counting."""

from __future__ import annotations

import threading
import time
from collections.abc import Callable
from typing import Any

import pytest
import requests
import tweepy

from channels.sandbox import X_ACCOUNT_ID, X_TOKEN, SandboxHandle

MENTIONS_PATH = r"/2/users/\d+/mentions$"


def arm(control: Any, **fault: Any) -> dict[str, Any]:
    return dict(control.post("/_sandbox/faults", {"prefix": "/x", **fault})["fault"])


def test_status_fault_with_reset_in_is_a_rate_limit(client: tweepy.Client, control: Any) -> None:
    arm(control, path=MENTIONS_PATH, kind="status", status=429, reset_in=120)
    with pytest.raises(tweepy.TooManyRequests) as caught:
        client.get_users_mentions(X_ACCOUNT_ID)
    assert caught.value.reset_time is not None
    assert 100 < caught.value.reset_time - time.time() <= 121
    assert caught.value.response.headers["x-rate-limit-remaining"] == "0"
    assert client.get_users_mentions(X_ACCOUNT_ID).meta == {"result_count": 0}  # times=1


def test_status_fault_with_own_body_and_headers(sandbox: SandboxHandle, control: Any) -> None:
    arm(control, kind="status", status=503, body={"oops": True}, headers={"Retry-After": "5"})
    response = requests.get(
        sandbox.x_base + "/2/users/me", headers={"Authorization": f"Bearer {X_TOKEN}"}, timeout=10
    )
    assert (response.status_code, response.json()) == (503, {"oops": True})
    assert response.headers["Retry-After"] == "5"


def test_unauthorized_fault(client: tweepy.Client, control: Any) -> None:
    arm(control, kind="unauthorized")
    with pytest.raises(tweepy.Unauthorized) as caught:
        client.get_me(user_auth=False)
    assert caught.value.response.json()["detail"] == "Unauthorized"


def test_server_error_fault(client: tweepy.Client, control: Any) -> None:
    arm(control, kind="server_error")
    with pytest.raises(tweepy.TwitterServerError) as caught:
        client.get_me(user_auth=False)
    assert caught.value.response.status_code == 500
    assert caught.value.response.json()["title"] == "Internal Server Error"


def test_slow_fault_times_out_a_client_with_a_short_timeout(
    make_client: Callable[..., tweepy.Client], control: Any
) -> None:
    arm(control, kind="slow", delay=5)
    started = time.monotonic()
    with pytest.raises(requests.Timeout):
        make_client(timeout=0.3).get_me(user_auth=False)
    assert time.monotonic() - started < 4  # the stop of the sandbox wakes the slow request


def test_slow_fault_then_the_normal_answer(client: tweepy.Client, control: Any) -> None:
    arm(control, kind="slow", delay=0.2)
    started = time.monotonic()
    assert client.get_me(user_auth=False).data.id == 4242
    assert time.monotonic() - started >= 0.2


def test_a_slowed_post_the_client_gave_up_on_still_lands_and_is_counted_in_flight(
    make_client: Callable[..., tweepy.Client], control: Any
) -> None:
    # What a worker killed mid-send leaves behind: the platform finishes the request later.
    arm(control, path=r"/2/tweets$", kind="slow", delay=1.0)
    with pytest.raises(requests.Timeout):
        make_client(timeout=0.2).create_tweet(text="Te laat maar toch", user_auth=False)
    assert control.get("/_sandbox/")["in_flight"] == 1
    assert "Te laat maar toch" not in [p["text"] for p in control.state()["tweets"]]
    done = threading.Event()
    deadline = time.monotonic() + 10
    while control.get("/_sandbox/")["in_flight"] and time.monotonic() < deadline:
        done.wait(0.05)
    assert control.get("/_sandbox/")["in_flight"] == 0
    assert "Te laat maar toch" in [p["text"] for p in control.state()["tweets"]]


def test_malformed_json_fault(client: tweepy.Client, control: Any) -> None:
    arm(control, kind="malformed_json")
    with pytest.raises(requests.JSONDecodeError):
        client.get_users_mentions(X_ACCOUNT_ID)


def test_html_fault(client: tweepy.Client, control: Any) -> None:
    arm(control, kind="html")
    with pytest.raises(tweepy.TwitterServerError) as caught:
        client.get_me(user_auth=False)
    response = caught.value.response
    assert response.status_code == 502
    assert response.headers["Content-Type"] == "text/html"
    assert b"502 Bad Gateway" in response.content


def test_drop_fault(client: tweepy.Client, control: Any) -> None:
    arm(control, kind="drop")
    with pytest.raises(requests.ConnectionError):
        client.get_me(user_auth=False)
    assert client.get_me(user_auth=False).data.id == 4242


def test_no_content_type_fault(sandbox: SandboxHandle, control: Any) -> None:
    arm(control, kind="no_content_type")
    response = requests.get(
        sandbox.x_base + "/2/users/me", headers={"Authorization": f"Bearer {X_TOKEN}"}, timeout=10
    )
    assert response.status_code == 200
    assert "Content-Type" not in response.headers
    assert response.json()["data"]["id"] == "4242"


def test_times_and_until_cleared(client: tweepy.Client, control: Any) -> None:
    arm(control, kind="server_error", times=2)
    for _ in range(2):
        with pytest.raises(tweepy.TwitterServerError):
            client.get_me(user_auth=False)
    assert client.get_me(user_auth=False).data
    arm(control, kind="server_error", times=None)
    for _ in range(3):
        with pytest.raises(tweepy.TwitterServerError):
            client.get_me(user_auth=False)
    assert control.get("/_sandbox/faults")["faults"][1]["hits"] == 3
    assert control.delete("/_sandbox/faults") == {"cleared": 2}
    assert client.get_me(user_auth=False).data


def test_matchers_select_method_path_and_token(
    make_client: Callable[..., tweepy.Client], control: Any
) -> None:
    control.post("/_sandbox/x/accounts", {"id": "9", "username": "b", "name": "B", "token": "b"})
    arm(control, kind="server_error", method="POST", path=r"/2/tweets$", token="b", times=None)
    mine, theirs = make_client(), make_client("b")
    assert mine.create_tweet(text="mag wel", user_auth=False).data
    assert theirs.get_me(user_auth=False).data.id == 9
    with pytest.raises(tweepy.TwitterServerError):
        theirs.create_tweet(text="mag niet", user_auth=False)
    assert [t["text"] for t in control.state()["tweets"]] == ["mag wel"]  # never reached X
    logged = control.requests()
    assert [entry["fault"] for entry in logged] == [None, None, "server_error"]
    assert [entry["status"] for entry in logged] == [201, 200, 500]


def test_bad_fault_specs_are_refused(control: Any) -> None:
    for spec, complaint in [
        ({"kind": "explode"}, "'kind' must be one of"),
        ({"kind": "status"}, "needs 'status'"),
        ({"kind": "slow"}, "needs 'delay'"),
        ({"kind": "drop", "path": "("}, "not a regular expression"),
        ({"kind": "drop", "when": "now"}, "unknown fault fields: when"),
    ]:
        assert complaint in control.post("/_sandbox/faults", spec, expect=400)["error"]


def test_raw_fault_sends_exactly_its_text_as_json(sandbox: SandboxHandle, control: Any) -> None:
    arm(control, kind="raw", body='{"data": [' * 3)
    arm(control, kind="raw", status=200, body="", content_type="text/plain")
    headers = {"Authorization": f"Bearer {X_TOKEN}"}
    truncated = requests.get(sandbox.x_base + "/2/users/me", headers=headers, timeout=10)
    assert truncated.content == b'{"data": [{"data": [{"data": ['
    assert truncated.headers["Content-Type"] == "application/json; charset=utf-8"
    empty = requests.get(sandbox.x_base + "/2/users/me", headers=headers, timeout=10)
    assert (empty.status_code, empty.content, empty.headers["Content-Type"]) == (
        200,
        b"",
        "text/plain",
    )
    assert control.state()["tweets"] == []


def test_headers_fault_changes_only_the_headers_of_the_normal_answer(
    client: tweepy.Client, control: Any
) -> None:
    arm(control, kind="headers", headers={"x-rate-limit-reset": "99999999999"})
    response = client.session.get(
        "https://api.twitter.com/2/users/me",
        headers={"Authorization": f"Bearer {X_TOKEN}"},
        timeout=10,
    )
    assert response.json()["data"]["id"] == "4242"
    assert response.headers["x-rate-limit-reset"] == "99999999999"
    assert response.headers["x-rate-limit-remaining"] == "74"


def test_trickle_fault_sends_the_normal_answer_in_small_pieces(
    sandbox: SandboxHandle, control: Any
) -> None:
    arm(control, kind="trickle", delay=0.05, chunk=16)
    response = requests.get(
        sandbox.x_base + "/2/users/me",
        headers={"Authorization": f"Bearer {X_TOKEN}"},
        timeout=10,
        stream=True,
    )
    pieces = list(iter(lambda: response.raw.read1(1024), b""))
    assert b"".join(pieces).startswith(b'{"data":{"id":"4242"')
    assert len(pieces) > 1 and max(len(piece) for piece in pieces) <= 16


def test_bad_new_fault_specs_are_refused(control: Any) -> None:
    for spec, complaint in [
        ({"kind": "trickle"}, "needs 'delay'"),
        ({"kind": "raw"}, "needs 'body'"),
        ({"kind": "raw", "body": {"a": 1}}, "needs 'body'"),
    ]:
        assert complaint in control.post("/_sandbox/faults", spec, expect=400)["error"]
