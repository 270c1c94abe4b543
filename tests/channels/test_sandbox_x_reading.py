"""Reading X through tweepy against the sandbox: timelines, paging, fields, includes, text."""

from __future__ import annotations

import html
from datetime import UTC, datetime, timedelta
from typing import Any

import pytest
import tweepy

from channels.sandbox import X_ACCOUNT_ID, X_USERNAME

RTL = "مرحبا"  # Arabic: "welcome", right-to-left
RESIDENT = {"id": "777", "username": "test_bewoner", "name": "Test Bewoner"}


def mention(control: Any, text: str, **extra: Any) -> dict[str, Any]:
    body = {"author": RESIDENT, "text": text, **extra}
    return dict(control.post("/_sandbox/x/mentions", body)["tweet"])


def test_get_me_returns_the_default_account(client: tweepy.Client) -> None:
    me = client.get_me(user_auth=False, user_fields=["created_at", "description"])
    assert (me.data.id, me.data.username, me.data.name) == (4242, X_USERNAME, "Gemeente Voorbeeld")
    assert me.data.created_at is not None and me.data.description


def test_empty_mentions_have_no_data(client: tweepy.Client) -> None:
    result = client.get_users_mentions(X_ACCOUNT_ID)
    assert result.data is None
    assert result.includes == {}
    assert result.meta == {"result_count": 0}


def test_since_id_and_pagination_over_250_mentions(client: tweepy.Client, control: Any) -> None:
    ids = [int(mention(control, f"@{X_USERNAME} melding {n}")["id"]) for n in range(250)]
    assert ids == sorted(ids) and len(set(ids)) == 250  # newer is larger

    seen: list[int] = []
    pages = 0
    for page in tweepy.Paginator(client.get_users_mentions, X_ACCOUNT_ID, max_results=100):
        pages += 1
        page_ids = [tweet.id for tweet in page.data]
        assert page_ids == sorted(page_ids, reverse=True)  # newest first
        assert page.meta["newest_id"] == str(page_ids[0])
        assert page.meta["oldest_id"] == str(page_ids[-1])
        assert ("next_token" in page.meta) == (pages < 3)
        seen.extend(page_ids)
    assert pages == 3
    assert seen == sorted(ids, reverse=True)

    # since_id is strictly greater: polling from the newest seen returns nothing...
    newest = client.get_users_mentions(X_ACCOUNT_ID, since_id=ids[-1])
    assert newest.data is None and newest.meta == {"result_count": 0}
    # ...and later only what is new, with paging across the boundary.
    fresh = [int(mention(control, f"@{X_USERNAME} nieuw {n}")["id"]) for n in range(7)]
    got: list[int] = []
    for page in tweepy.Paginator(
        client.get_users_mentions, X_ACCOUNT_ID, since_id=ids[-1], max_results=5
    ):
        got.extend(tweet.id for tweet in page.data)
    assert got == sorted(fresh, reverse=True)

    window = client.get_users_mentions(
        X_ACCOUNT_ID, since_id=ids[10], until_id=ids[20], max_results=100
    )
    assert [t.id for t in window.data] == sorted(ids[11:20], reverse=True)


def test_pages_stay_stable_while_new_mentions_arrive(client: tweepy.Client, control: Any) -> None:
    ids = [int(mention(control, f"@{X_USERNAME} oud {n}")["id"]) for n in range(12)]
    first = client.get_users_mentions(X_ACCOUNT_ID, max_results=5)
    mention(control, f"@{X_USERNAME} tussendoor")
    second = client.get_users_mentions(
        X_ACCOUNT_ID, max_results=5, pagination_token=first.meta["next_token"]
    )
    assert [t.id for t in second.data] == sorted(ids, reverse=True)[5:10]
    assert "previous_token" in second.meta


@pytest.mark.parametrize("max_results", [4, 101, "x"])
def test_max_results_out_of_range_is_invalid_request(
    client: tweepy.Client, max_results: object
) -> None:
    with pytest.raises(tweepy.BadRequest) as caught:
        client.get_users_mentions(X_ACCOUNT_ID, max_results=max_results)
    assert caught.value.api_messages == [
        f"The `max_results` query parameter value [{max_results}] is not between 5 and 100"
    ]
    body = caught.value.response.json()
    assert body["title"] == "Invalid Request"
    assert body["type"] == "https://api.twitter.com/2/problems/invalid-request"
    assert body["errors"][0]["parameters"] == {"max_results": [str(max_results)]}


def test_unknown_query_parameter_and_field_are_refused(client: tweepy.Client) -> None:
    with pytest.raises(tweepy.BadRequest, match=r"query parameter \[since_id\] is not one of"):
        client.request("GET", "/2/dm_events", params={"since_id": "1"}, user_auth=False)
    with pytest.raises(tweepy.BadRequest, match=r"`tweet.fields` query parameter value \[mood\]"):
        client.get_users_mentions(X_ACCOUNT_ID, tweet_fields=["mood"])


def test_only_requested_tweet_fields_are_returned(client: tweepy.Client, control: Any) -> None:
    root = mention(control, f"@{X_USERNAME} vraag")
    control.post("/_sandbox/x/own_posts", {"text": "Antwoord", "in_reply_to": root["id"]})
    reply = mention(control, "Dank!", in_reply_to=root["id"])

    bare = client.get_users_mentions(X_ACCOUNT_ID).data[0]
    assert set(bare.data) == {"id", "text", "edit_history_tweet_ids"}
    assert bare.data["edit_history_tweet_ids"] == [reply["id"]]

    fields = ["created_at", "author_id", "conversation_id", "in_reply_to_user_id",
              "referenced_tweets"]  # fmt: skip
    full = client.get_users_mentions(X_ACCOUNT_ID, tweet_fields=fields).data
    assert set(full[0].data) == {"id", "text", "edit_history_tweet_ids", *fields}
    assert full[0].conversation_id == int(root["id"])
    assert full[0].in_reply_to_user_id == 777
    assert full[0].referenced_tweets[0].type == "replied_to"
    # A top-level post has no in_reply_to_user_id or referenced_tweets, even when asked.
    assert set(full[1].data) == {"id", "text", "edit_history_tweet_ids", "created_at",
                                 "author_id", "conversation_id"}  # fmt: skip
    assert full[1].data["created_at"].endswith("Z") and full[1].data["created_at"][-5] == "."


def test_expansion_author_id_fills_includes_users(client: tweepy.Client, control: Any) -> None:
    mention(control, f"@{X_USERNAME} een")
    mention(control, f"@{X_USERNAME} twee")
    control.post("/_sandbox/x/tick", {"count": 10})
    result = client.get_users_mentions(
        X_ACCOUNT_ID, expansions=["author_id"], tweet_fields=["author_id"], max_results=100
    )
    authors = {tweet.author_id for tweet in result.data}
    users = result.includes["users"]
    assert {user.id for user in users} == authors
    assert len(users) == len(authors)  # each user once
    assert all(user.username and user.name for user in users)


def test_text_is_entity_encoded_and_the_rest_passes_through(
    client: tweepy.Client, control: Any
) -> None:
    raw = f"@{X_USERNAME} Afval & <grofvuil> 🗑️ > niks\n{RTL} #afval https://example.org/a?b=1&c=2"
    created = mention(control, raw)
    tweet = client.get_tweet(created["id"], tweet_fields=["entities"]).data
    assert tweet.text == (
        f"@{X_USERNAME} Afval &amp; &lt;grofvuil&gt; 🗑️ &gt; niks\n{RTL} #afval "
        "https://example.org/a?b=1&amp;c=2"
    )
    assert html.unescape(tweet.text) == raw
    assert control.state()["tweets"][-1]["text"] == raw  # the sandbox keeps the raw text
    entities = tweet.entities
    assert entities["mentions"][0] == {"start": 0, "end": 14, "username": X_USERNAME, "id": "4242"}
    hashtag = entities["hashtags"][0]
    assert tweet.text[hashtag["start"] : hashtag["end"]] == "#afval"
    url = entities["urls"][0]
    assert tweet.text[url["start"] : url["end"]] == url["url"]


def test_users_tweets_shows_own_posts_and_replies_made_outside(
    client: tweepy.Client, control: Any
) -> None:
    root = mention(control, f"@{X_USERNAME} vraag")
    outside = control.post(
        "/_sandbox/x/own_posts", {"text": "Via de app beantwoord", "in_reply_to": root["id"]}
    )["tweet"]
    made = client.create_tweet(text="Via Webcare", user_auth=False).data
    result = client.get_users_tweets(
        X_ACCOUNT_ID, tweet_fields=["in_reply_to_user_id", "conversation_id"]
    )
    assert [t.id for t in result.data] == [int(made["id"]), int(outside["id"])]
    assert result.data[1].in_reply_to_user_id == 777
    assert result.data[1].conversation_id == int(root["id"])
    since = client.get_users_tweets(X_ACCOUNT_ID, since_id=outside["id"])
    assert [t.id for t in since.data] == [int(made["id"])]
    no_replies = client.get_users_tweets(X_ACCOUNT_ID, exclude=["replies"])
    assert [t.id for t in no_replies.data] == [int(made["id"])]


def test_search_recent_needs_a_query_and_filters(client: tweepy.Client, control: Any) -> None:
    mention(control, f"@{X_USERNAME} de lantaarnpaal is kapot")
    mention(control, f"@{X_USERNAME} parkeren bij het station")
    found = client.search_recent_tweets("lantaarnpaal -parkeren from:test_bewoner")
    assert [html.unescape(t.text) for t in found.data] == [
        f"@{X_USERNAME} de lantaarnpaal is kapot"
    ]
    assert client.search_recent_tweets("WOZ").data is None
    with pytest.raises(tweepy.BadRequest, match="`query` query parameter can not be empty"):
        client.search_recent_tweets("")


def test_lookup_reports_missing_ids_as_partial_errors(client: tweepy.Client, control: Any) -> None:
    first = mention(control, f"@{X_USERNAME} een")
    result = client.get_tweets([first["id"], "1"], tweet_fields=["author_id"])
    assert [t.id for t in result.data] == [int(first["id"])]
    assert result.errors[0]["resource_id"] == "1"
    assert result.errors[0]["title"] == "Not Found Error"
    missing = client.get_tweet("1")
    assert missing.data is None and missing.errors[0]["parameter"] == "id"


def test_unknown_user_mentions_is_a_partial_error(client: tweepy.Client) -> None:
    result = client.get_users_mentions("123456")
    assert result.data is None
    assert result.errors[0]["resource_type"] == "user"


def test_raw_mentions_are_served_as_they_were_injected(client: tweepy.Client, control: Any) -> None:
    good = mention(control, f"@{X_USERNAME} gewoon")
    broken = {"id": str(int(good["id"]) + 1), "created_at": "gisteren", "author_id": "777"}
    control.post("/_sandbox/x/raw_mentions", {"tweet": broken})
    body = client.request(
        "GET", f"/2/users/{X_ACCOUNT_ID}/mentions", params={"expansions": "author_id"}
    ).json()
    assert body["data"][0] == broken  # as-is: no text, a bad created_at
    assert body["data"][1]["id"] == good["id"]
    assert body["includes"]["users"][0]["id"] == "777"
    # tweepy itself chokes on it, as it would on such a payload from X.
    with pytest.raises((KeyError, ValueError)):
        client.get_users_mentions(X_ACCOUNT_ID)


def test_search_for_a_handle_finds_its_mentions_within_ids_and_seven_days(
    client: tweepy.Client, control: Any
) -> None:
    ids = control.post(
        "/_sandbox/x/mentions",
        {"author": {"id": "71", "username": "r", "name": "R"}, "text": "Hallo", "count": 5},
    )["tweets"]
    control.post("/_sandbox/x/mentions", {"author": {"id": "71"}, "text": "over iets anders"})
    unrelated = client.create_tweet(text="Zonder vermelding", user_auth=False)
    found = client.search_recent_tweets(
        f"@{X_USERNAME}", since_id=ids[0], until_id=ids[4], max_results=10
    )
    assert [str(t.id) for t in found.data] == [ids[3], ids[2], ids[1]]
    every = client.search_recent_tweets(f"@{X_USERNAME.upper()}", max_results=100)
    assert len(every.data) == 6
    assert str(unrelated.data["id"]) not in {str(t.id) for t in every.data}
    too_old = datetime.now(UTC) - timedelta(days=8)
    with pytest.raises(tweepy.BadRequest, match="'start_time' must be on or after"):
        client.search_recent_tweets(f"@{X_USERNAME}", start_time=too_old)


def test_a_burst_of_dms_is_injected_in_one_call(client: tweepy.Client, control: Any) -> None:
    sender = {"id": "72", "username": "s", "name": "S"}
    ids = control.post("/_sandbox/x/dms", {"sender": sender, "text": "Hoi", "count": 150})[
        "dm_events"
    ]
    first = client.get_direct_message_events(max_results=100, user_auth=False)
    assert [str(e.id) for e in first.data] == ids[::-1][:100]
    assert first.data[0].text == "Hoi 150"
