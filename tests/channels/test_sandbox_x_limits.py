"""Rate limits and usage caps of the X sandbox, as tweepy and requests see them."""

from __future__ import annotations

import time
from collections.abc import Callable
from typing import Any

import pytest
import requests
import tweepy

from channels.sandbox import X_ACCOUNT_ID, X_TOKEN, SandboxHandle

MENTIONS = f"/x/2/users/{X_ACCOUNT_ID}/mentions"


def get(sandbox: SandboxHandle, path: str, token: str = X_TOKEN) -> requests.Response:
    return requests.get(
        sandbox.url + path, headers={"Authorization": f"Bearer {token}"}, timeout=10
    )


def test_every_answer_has_rate_limit_headers_per_endpoint_and_token(
    sandbox: SandboxHandle, control: Any
) -> None:
    control.post("/_sandbox/x/accounts", {"id": "9", "username": "b", "name": "B", "token": "b"})
    first = get(sandbox, MENTIONS)
    second = get(sandbox, MENTIONS)
    other_endpoint = get(sandbox, "/x/2/users/me")
    other_token = get(sandbox, MENTIONS, token="b")
    assert first.headers["x-rate-limit-limit"] == "300"
    assert first.headers["x-rate-limit-remaining"] == "299"
    assert second.headers["x-rate-limit-remaining"] == "298"
    assert other_endpoint.headers["x-rate-limit-limit"] == "75"
    assert other_endpoint.headers["x-rate-limit-remaining"] == "74"
    assert other_token.headers["x-rate-limit-remaining"] == "299"
    for response in (first, second, other_endpoint, other_token):
        assert int(response.headers["x-rate-limit-reset"]) > time.time()
        assert response.headers["Content-Type"] == "application/json; charset=utf-8"
        assert int(response.headers["Content-Length"]) == len(response.content)
    bad_request = get(sandbox, MENTIONS + "?max_results=1")
    assert bad_request.status_code == 400
    assert bad_request.headers["x-rate-limit-remaining"] == "297"
    unauthorized = get(sandbox, MENTIONS, token="nope")
    assert unauthorized.status_code == 401 and "x-rate-limit-reset" in unauthorized.headers


def test_posting_also_reports_the_24_hour_limits(client: tweepy.Client) -> None:
    response = client.session.post(
        "https://api.twitter.com/2/tweets",
        json={"text": "Goedemorgen"},
        headers={"Authorization": f"Bearer {X_TOKEN}"},
    )
    assert response.status_code == 201
    assert response.headers["x-rate-limit-limit"] == "100"
    assert response.headers["x-user-limit-24hour-limit"] == "1000"
    assert response.headers["x-user-limit-24hour-remaining"] == "999"
    assert response.headers["x-app-limit-24hour-limit"] == "10000"
    assert int(response.headers["x-user-limit-24hour-reset"]) > time.time() + 23 * 3600


def test_exhausted_limit_gives_429_with_a_reset_in_the_future(
    client: tweepy.Client, control: Any
) -> None:
    control.post("/_sandbox/x/limits", {"endpoint": "GET /2/users/:id/mentions", "limit": 2})
    client.get_users_mentions(X_ACCOUNT_ID)
    client.get_users_mentions(X_ACCOUNT_ID)
    with pytest.raises(tweepy.TooManyRequests) as caught:
        client.get_users_mentions(X_ACCOUNT_ID)
    error = caught.value
    assert error.reset_time is not None and error.reset_time > time.time()
    assert error.response.headers["x-rate-limit-remaining"] == "0"
    assert error.response.json() == {
        "title": "Too Many Requests",
        "detail": "Too Many Requests",
        "type": "about:blank",
        "status": 429,
    }
    assert str(error) == "429 Too Many Requests\nToo Many Requests"
    assert error.api_codes == []
    assert client.get_me(user_auth=False).data  # other endpoints are not affected

    control.post("/_sandbox/x/clock", {"advance": 15 * 60 + 2})  # past the reset
    again = client.get_users_mentions(X_ACCOUNT_ID, user_auth=False)
    assert again.meta == {"result_count": 0}


def test_exhausted_daily_user_limit_blocks_posting(client: tweepy.Client, control: Any) -> None:
    control.post(
        "/_sandbox/x/limits",
        {"endpoint": "POST /2/tweets", "limit": 1, "window": "24h", "scope": "user"},
    )
    client.create_tweet(text="een", user_auth=False)
    with pytest.raises(tweepy.TooManyRequests) as caught:
        client.create_tweet(text="twee", user_auth=False)
    headers = caught.value.response.headers
    assert headers["x-user-limit-24hour-remaining"] == "0"
    assert int(headers["x-user-limit-24hour-reset"]) > time.time() + 23 * 3600
    assert len(control.state()["tweets"]) == 1


def test_usage_cap_gives_the_usage_capped_429_without_reset(
    make_client: Callable[..., tweepy.Client], control: Any
) -> None:
    control.post("/_sandbox/x/usage_cap", {"capped": True})
    with pytest.raises(tweepy.TooManyRequests) as caught:
        make_client().get_users_mentions(X_ACCOUNT_ID)
    assert caught.value.reset_time is None
    assert caught.value.response.json()["title"] == "UsageCapExceeded"
    control.post("/_sandbox/x/usage_cap", {"capped": False})
    assert make_client().get_users_mentions(X_ACCOUNT_ID).meta == {"result_count": 0}


def test_unknown_endpoint_in_limits_is_refused(control: Any) -> None:
    answer = control.post(
        "/_sandbox/x/limits", {"endpoint": "GET /2/nothing", "limit": 1}, expect=400
    )
    assert "unknown endpoint" in answer["error"]
