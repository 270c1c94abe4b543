"""Writing to X through tweepy against the sandbox: posts, replies, DMs, auth."""

from __future__ import annotations

import html
from collections.abc import Callable
from typing import Any

import pytest
import tweepy

from channels.sandbox import X_ACCOUNT_ID, X_TOKEN, X_USERNAME, token_id

RESIDENT = {"id": "777", "username": "test_bewoner", "name": "Test Bewoner"}


def test_reply_is_created_with_201_and_joins_the_thread(
    client: tweepy.Client, control: Any
) -> None:
    root = control.post(
        "/_sandbox/x/mentions", {"author": RESIDENT, "text": f"@{X_USERNAME} vraag"}
    )["tweet"]
    response = client.create_tweet(
        text="Dank voor uw melding & tot ziens", in_reply_to_tweet_id=root["id"], user_auth=False
    )
    data = response.data
    assert set(data) == {"id", "text", "edit_history_tweet_ids"}
    assert data["text"] == "Dank voor uw melding &amp; tot ziens"
    assert data["edit_history_tweet_ids"] == [data["id"]]
    assert int(data["id"]) > int(root["id"])

    raw = client.session.post(  # the status and location header, which tweepy hides
        "https://api.twitter.com/2/tweets",
        json={"text": "Tweede", "reply": {"in_reply_to_tweet_id": root["id"]}},
        headers={"Authorization": f"Bearer {X_TOKEN}"},
    )
    assert raw.status_code == 201
    assert raw.headers["location"].endswith("/2/tweets/" + raw.json()["data"]["id"])

    sent = next(r for r in control.requests() if r["method"] == "POST")
    assert sent["body"] == {
        "reply": {"in_reply_to_tweet_id": root["id"]},
        "text": "Dank voor uw melding & tot ziens",
    }
    stored = {t["id"]: t for t in control.state()["tweets"]}[data["id"]]
    assert stored["text"] == "Dank voor uw melding & tot ziens"
    assert stored["conversation_id"] == root["id"]
    assert stored["in_reply_to_user_id"] == "777"
    assert stored["replied_to"] == root["id"]
    assert stored["origin"] == "api"


def test_resident_answer_to_a_reply_keeps_the_root_conversation(
    client: tweepy.Client, control: Any
) -> None:
    root = control.post(
        "/_sandbox/x/mentions", {"author": RESIDENT, "text": f"@{X_USERNAME} vraag"}
    )["tweet"]
    ours = client.create_tweet(text="Antwoord", in_reply_to_tweet_id=root["id"], user_auth=False)
    theirs = control.post(
        "/_sandbox/x/mentions",
        {"author": RESIDENT, "text": "Dank!", "in_reply_to": ours.data["id"]},
    )["tweet"]
    assert theirs["conversation_id"] == root["id"]
    assert theirs["in_reply_to_user_id"] == X_ACCOUNT_ID


def test_duplicate_text_is_forbidden(client: tweepy.Client) -> None:
    client.create_tweet(text="Zelfde tekst", user_auth=False)
    with pytest.raises(tweepy.Forbidden) as caught:
        client.create_tweet(text="Zelfde tekst", user_auth=False)
    assert caught.value.response.json() == {
        "detail": "You are not allowed to create a Tweet with duplicate content.",
        "type": "about:blank",
        "title": "Forbidden",
        "status": 403,
    }


def test_weighted_length_limit(
    client: tweepy.Client, make_client: Callable[..., tweepy.Client], control: Any
) -> None:
    client.create_tweet(text="a" * 280, user_auth=False)
    client.create_tweet(text="😷" * 140, user_auth=False)  # emoji weigh 2
    client.create_tweet(text="b" * 256 + " https://example.org/" + "x" * 80, user_auth=False)
    with pytest.raises(tweepy.BadRequest) as caught:
        client.create_tweet(text="é" * 200 + "日" * 41, user_auth=False)  # 200 + 82
    assert caught.value.api_messages == ["Your Tweet text is too long."]
    # An account with a higher limit (X Premium) may post more.
    control.post(
        "/_sandbox/x/accounts",
        {"id": "5050", "username": "premium", "name": "P", "token": "t-p", "max_post_length": 4000},
    )
    long_text = make_client("t-p").create_tweet(text="c" * 1000, user_auth=False)
    assert long_text.data["text"] == "c" * 1000
    with pytest.raises(tweepy.BadRequest):  # the default account is still limited
        client.create_tweet(text="d" * 1000, user_auth=False)


def test_reply_to_a_missing_post_is_forbidden(client: tweepy.Client) -> None:
    with pytest.raises(tweepy.Forbidden, match="deleted or not visible"):
        client.create_tweet(text="Hallo", in_reply_to_tweet_id="1", user_auth=False)


def test_delete_own_post(client: tweepy.Client, control: Any) -> None:
    made = client.create_tweet(text="Oeps", user_auth=False).data
    assert client.delete_tweet(made["id"], user_auth=False).data == {"deleted": True}
    assert client.get_tweet(made["id"]).data is None
    assert client.get_users_tweets(X_ACCOUNT_ID).data is None
    other = control.post("/_sandbox/x/mentions", {"author": RESIDENT, "text": "niet van jou"})
    with pytest.raises(tweepy.Forbidden):
        client.delete_tweet(other["tweet"]["id"], user_auth=False)


def test_dm_round_trip(client: tweepy.Client, control: Any) -> None:
    inbound = control.post(
        "/_sandbox/x/dms", {"sender": RESIDENT, "text": "Mijn adres is Kerkweg 1 & 2"}
    )["dm_event"]
    assert inbound["dm_conversation_id"] == "777-4242"
    sent = client.create_direct_message(participant_id="777", text="Dank u", user_auth=False)
    assert sent.data["dm_conversation_id"] == "777-4242"
    again = client.create_direct_message(
        dm_conversation_id="777-4242", text="Nog een vraag?", user_auth=False
    )
    fields = ["id", "text", "event_type", "created_at", "dm_conversation_id", "sender_id"]
    listed = client.get_direct_message_events(
        dm_event_fields=fields, expansions=["sender_id"], user_auth=False
    )
    assert [e.id for e in listed.data] == [
        int(again.data["dm_event_id"]),
        int(sent.data["dm_event_id"]),
        int(inbound["id"]),
    ]
    assert html.unescape(listed.data[2].text) == "Mijn adres is Kerkweg 1 & 2"
    assert listed.data[2].sender_id == 777
    assert listed.data[2].event_type == "MessageCreate"
    assert {u.id for u in listed.includes["users"]} == {777, 4242}
    for kwargs in ({"participant_id": "777"}, {"dm_conversation_id": "777-4242"}):
        events = client.get_direct_message_events(user_auth=False, **kwargs)
        assert len(events.data) == 3
        assert set(events.data[0].data) == {"id", "event_type", "text"}  # the defaults


def test_dm_paging_and_empty(client: tweepy.Client, control: Any) -> None:
    assert client.get_direct_message_events(user_auth=False).data is None
    for n in range(5):
        control.post("/_sandbox/x/dms", {"sender": RESIDENT, "text": f"bericht {n}"})
    pages = list(tweepy.Paginator(client.get_direct_message_events, max_results=2, user_auth=False))
    assert [len(page.data) for page in pages] == [2, 2, 1]
    texts = [e.text for page in pages for e in page.data]
    assert texts == [f"bericht {n}" for n in reversed(range(5))]
    with pytest.raises(tweepy.BadRequest, match="not between 1 and 100"):
        client.get_direct_message_events(max_results=0, user_auth=False)


def test_dm_to_a_conversation_one_is_not_in_is_forbidden(client: tweepy.Client) -> None:
    with pytest.raises(tweepy.Forbidden):
        client.create_direct_message(dm_conversation_id="1001-1002", text="Hoi", user_auth=False)


@pytest.mark.parametrize("token", ["nonsense", None])
def test_unknown_token_and_bearer_none_are_unauthorized(
    make_client: Callable[..., tweepy.Client], token: str | None
) -> None:
    with pytest.raises(tweepy.Unauthorized) as caught:
        make_client(token).get_users_mentions(X_ACCOUNT_ID)
    assert caught.value.response.json() == {
        "title": "Unauthorized",
        "type": "about:blank",
        "status": 401,
        "detail": "Unauthorized",
    }
    assert caught.value.response.headers["Content-Type"] == "application/json; charset=utf-8"


def test_revoked_token_is_unauthorized(
    make_client: Callable[..., tweepy.Client], control: Any
) -> None:
    control.post(
        "/_sandbox/x/accounts",
        {"id": "5151", "username": "wijk_oost", "name": "Oost", "token": "t"},
    )
    client = make_client("t")
    assert client.get_me(user_auth=False).data.username == "wijk_oost"
    control.post("/_sandbox/x/revoke", {"token": "t"})
    with pytest.raises(tweepy.Unauthorized):
        client.get_me(user_auth=False)


def test_oauth1_user_context_identifies_the_account_by_access_token(
    make_client: Callable[..., tweepy.Client], control: Any
) -> None:
    client = make_client(X_TOKEN, oauth1=True)
    assert client.get_me().data.id == 4242
    made = client.create_tweet(text="Via OAuth 1.0a")
    assert made.data["text"] == "Via OAuth 1.0a"
    mentions = client.get_users_mentions(X_ACCOUNT_ID, user_auth=True)
    assert mentions.meta == {"result_count": 0}
    headers = control.requests()[0]["headers"]
    assert headers["Authorization"] == f"OAuth {token_id(X_TOKEN)}"
    assert X_TOKEN not in str(control.requests())
    with pytest.raises(tweepy.Unauthorized):
        make_client("someone-else", oauth1=True).get_me()
