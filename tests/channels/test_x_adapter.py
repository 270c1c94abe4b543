"""The X adapter through the real tweepy client against the loopback sandbox."""

from __future__ import annotations

import logging
from datetime import UTC, datetime, timedelta
from typing import Any

import pytest

from channels.http import routed_session
from channels.sandbox import X_ACCOUNT_ID, X_TOKEN, X_USERNAME, SandboxHandle
from channels.x import XChannel
from tests.helpers.sandbox import Control
from webcare.channel import (
    AccountConfig,
    AuthExpired,
    ItemKind,
    OutboundReply,
    Rejected,
    Transient,
)
from webcare.vocabulary import ConversationKind, Platform, ReplyMode

ANNA = {"id": "701", "username": "anna_zaandam", "name": "Anna de Vries"}
MENTIONS_PATH = f"/x/2/users/{X_ACCOUNT_ID}/mentions"


@pytest.fixture
def channel(sandbox: SandboxHandle) -> Any:
    config = AccountConfig(Platform.X, X_ACCOUNT_ID, X_USERNAME, sandbox.x_base)
    adapter = XChannel(config, X_TOKEN, timeout=2.0)
    yield adapter
    adapter.close()


def mention(control: Control, text: str, author: dict[str, str] = ANNA, **extra: Any) -> str:
    body = {"author": author, "text": text, **extra}
    return str(control.post("/_sandbox/x/mentions", body)["tweet"]["id"])


def requests_to(control: Control, path: str) -> list[dict[str, Any]]:
    return [r for r in control.requests() if r["path"] == path]


def test_mentions_arrive_with_exact_text_author_and_thread(
    channel: XChannel, control: Control
) -> None:
    text = "Lantaarnpaal kapot 💡\nbij de Dam & <b>nu</b> \u05e9\u05dc\u05d5\u05dd"
    first = mention(control, text)
    reply = mention(control, "En nog steeds!", in_reply_to=first)
    result = channel.fetch({})
    by_id = {item.external_id: item for item in result.items}
    assert by_id[first].text == text
    assert by_id[first].author.handle == "anna_zaandam"
    assert by_id[first].author.display_name == "Anna de Vries"
    assert by_id[first].kind is ItemKind.MENTION
    assert by_id[first].conversation_kind is ConversationKind.PUBLIC_THREAD
    assert by_id[reply].thread_key == by_id[first].thread_key == first
    assert by_id[reply].parent_external_id == first
    assert result.cursors["mentions"] == max(first, reply, key=int)


def test_a_second_poll_asks_only_for_newer_mentions(channel: XChannel, control: Control) -> None:
    mention(control, "Eerste")
    newest = mention(control, "Tweede")
    first = channel.fetch({})
    control.delete("/_sandbox/requests")
    second = channel.fetch(first.cursors)
    (call,) = requests_to(control, MENTIONS_PATH)
    assert call["query"]["since_id"] == [newest]
    assert second.items == []


def test_every_page_is_followed_when_more_arrived_than_a_page_holds(
    channel: XChannel, control: Control
) -> None:
    start = channel.fetch({})
    ids = {mention(control, f"Melding {n}") for n in range(250)}
    result = channel.fetch(start.cursors)
    assert {i.external_id for i in result.items if i.stream == "mentions"} == ids
    pages = requests_to(control, MENTIONS_PATH)
    assert len(pages) == 1 + 3  # the first empty poll, then 100 + 100 + 50
    assert result.cursors["mentions"] == max(ids, key=int)


def test_an_idle_poll_costs_three_requests_and_moves_no_cursor(
    channel: XChannel, control: Control
) -> None:
    mention(control, "Iets")
    control.post("/_sandbox/x/dms", {"sender": ANNA, "text": "dm"})
    cursors = channel.fetch({}).cursors
    idle = channel.fetch(cursors)
    assert idle.items == [] and idle.requests == 3
    assert idle.cursors == cursors


def test_a_public_reply_names_the_post_it_answers(channel: XChannel, control: Control) -> None:
    asked = mention(control, "Wanneer wordt het grofvuil opgehaald?")
    reply = OutboundReply(
        "Donderdag! Zet het vóór 7:30 buiten.",
        ReplyMode.PUBLIC,
        ConversationKind.PUBLIC_THREAD,
        asked,
        in_reply_to=asked,
    )
    delivered = channel.send_reply(reply)
    (post,) = [r for r in control.requests() if r["method"] == "POST"]
    assert post["body"] == {"text": reply.text, "reply": {"in_reply_to_tweet_id": asked}}
    posted = next(t for t in control.state()["tweets"] if t["id"] == delivered.external_id)
    assert posted["conversation_id"] == asked
    own = channel.fetch({"mentions": asked})
    ours = [i for i in own.items if i.external_id == delivered.external_id]
    assert ours and ours[0].from_account and ours[0].thread_key == asked
    found = channel.find_sent(reply, datetime.now(UTC) - timedelta(minutes=5))
    assert [copy.external_id for copy in found] == [delivered.external_id]


def test_a_direct_message_round_trip(channel: XChannel, control: Control) -> None:
    control.post("/_sandbox/x/dms", {"sender": ANNA, "text": "Mag ik mijn adres doorgeven?"})
    inbound = [i for i in channel.fetch({}).items if i.stream == "dms"]
    assert [(i.text, i.from_account, i.conversation_kind) for i in inbound] == [
        ("Mag ik mijn adres doorgeven?", False, ConversationKind.DIRECT)
    ]
    thread = inbound[0].thread_key
    assert thread == f"{ANNA['id']}-{X_ACCOUNT_ID}"
    answer = OutboundReply(
        "Ja, graag via dit bericht.",
        ReplyMode.DIRECT,
        ConversationKind.DIRECT,
        thread,
        recipient=ANNA["id"],
    )
    delivered = channel.send_reply(answer)
    events = [e for e in control.state()["dm_events"] if e["id"] == delivered.external_id]
    assert events and events[0]["sender_id"] == X_ACCOUNT_ID
    assert events[0]["dm_conversation_id"] == thread
    later = channel.fetch({"dms": inbound[0].external_id})
    assert [(i.external_id, i.from_account) for i in later.items if i.stream == "dms"] == [
        (delivered.external_id, True)
    ]


def test_429_pauses_only_that_stream_until_the_reset(channel: XChannel, control: Control) -> None:
    mention(control, "Hallo")
    control.post(
        "/_sandbox/faults",
        {"prefix": "/x", "path": "/mentions", "kind": "status", "status": 429, "reset_in": 600},
    )
    before = datetime.now(UTC)
    result = channel.fetch({})
    until = result.limited["mentions"]
    assert before + timedelta(seconds=590) < until < before + timedelta(seconds=610)
    assert "mentions" not in result.cursors
    assert "dms" in result.cursors or result.requests == 2  # the DM stream was still read
    control.delete("/_sandbox/requests")
    channel.fetch({}, paused={"mentions": until})
    assert requests_to(control, MENTIONS_PATH) == []


def test_a_revoked_token_is_auth_expired(channel: XChannel, control: Control) -> None:
    control.post("/_sandbox/x/revoke", {"token": X_TOKEN})
    with pytest.raises(AuthExpired):
        channel.fetch({})
    with pytest.raises(AuthExpired):
        channel.verify()


@pytest.mark.parametrize(
    "fault",
    [
        {"kind": "server_error"},
        {"kind": "html"},
        {"kind": "malformed_json"},
        {"kind": "drop"},
        {"kind": "slow", "delay": 3},
        {"kind": "status", "status": 503},
    ],
)
def test_platform_failures_are_transient_for_their_stream_and_all_of_them_for_the_account(
    channel: XChannel, control: Control, fault: dict[str, Any]
) -> None:
    control.post("/_sandbox/x/dms", {"sender": ANNA, "text": "Leest u mee?"})
    control.post("/_sandbox/faults", {"prefix": "/x", "path": "/mentions", **fault})
    result = channel.fetch({})
    assert set(result.failed) == {"mentions"} and "mentions" not in result.cursors
    assert [item.text for item in result.items] == ["Leest u mee?"]
    control.post("/_sandbox/faults", {"prefix": "/x", **fault, "times": None})
    with pytest.raises(Transient):
        channel.fetch({})


def test_a_malformed_item_is_set_apart_and_the_rest_read(
    channel: XChannel, control: Control
) -> None:
    good = mention(control, "Goed bericht")
    control.post(
        "/_sandbox/x/raw_mentions",
        {
            "tweet": {
                "id": "1999999999999999999",
                "text": "kapot",
                "author_id": ANNA["id"],
                "created_at": "gisteren",
                "edit_history_tweet_ids": ["1999999999999999999"],
            }
        },
    )
    result = channel.fetch({})
    assert [i.external_id for i in result.items] == [good]
    (bad,) = result.unparseable
    assert bad.external_id == "1999999999999999999"
    assert "gisteren" in bad.payload and "gisteren" in bad.reason


def test_rejected_replies_carry_the_platform_reason(channel: XChannel, control: Control) -> None:
    asked = mention(control, "Vraag")
    reply = OutboundReply(
        "Hetzelfde antwoord",
        ReplyMode.PUBLIC,
        ConversationKind.PUBLIC_THREAD,
        asked,
        in_reply_to=asked,
    )
    channel.send_reply(reply)
    with pytest.raises(Rejected) as rejected:
        channel.send_reply(reply)
    assert rejected.value.code == "duplicate"
    assert "duplicate" in rejected.value.reason


def test_both_x_hosts_are_sent_to_the_api_base(sandbox: SandboxHandle, control: Control) -> None:
    session = routed_session(("https://api.twitter.com", "https://api.x.com"), sandbox.x_base)
    headers = {"Authorization": f"Bearer {X_TOKEN}"}
    for host in ("https://api.twitter.com", "https://api.x.com"):
        response = session.get(f"{host}/2/users/me", headers=headers)
        assert response.json()["data"]["id"] == X_ACCOUNT_ID
    session.close()
    assert [r["path"] for r in control.requests()] == ["/x/2/users/me"] * 2


def test_no_token_reaches_the_log(
    channel: XChannel, control: Control, caplog: pytest.LogCaptureFixture
) -> None:
    mention(control, "Hoi")
    with caplog.at_level(logging.DEBUG):
        channel.fetch({})
        channel.verify()
    assert X_TOKEN not in caplog.text


def test_verify_names_the_account(channel: XChannel) -> None:
    identity = channel.verify()
    assert (identity.external_id, identity.handle) == (X_ACCOUNT_ID, X_USERNAME)


def test_the_timeout_bounds_every_request(sandbox: SandboxHandle, control: Control) -> None:
    control.post("/_sandbox/faults", {"prefix": "/x", "kind": "slow", "delay": 5})
    config = AccountConfig(Platform.X, X_ACCOUNT_ID, X_USERNAME, sandbox.x_base)
    adapter = XChannel(config, X_TOKEN, timeout=0.5)
    try:
        with pytest.raises(Transient, match="in time"):
            adapter.verify()
    finally:
        adapter.close()


def test_a_long_post_arrives_whole(channel: XChannel, control: Control) -> None:
    long_text = "Beste gemeente, " + "de stoep in onze straat is al maanden kapot. " * 20
    tweet = mention(control, long_text)
    (item,) = [i for i in channel.fetch({}).items if i.external_id == tweet]
    assert item.text == long_text


def test_links_are_stored_as_written_not_as_t_co(channel: XChannel, control: Control) -> None:
    raw = {
        "id": "1900000000000099999",
        "author_id": ANNA["id"],
        "created_at": "2026-11-02T09:00:00.000Z",
        "edit_history_tweet_ids": ["1"],
        "conversation_id": "1900000000000099999",
        "text": "Zie https://t.co/Ab12 &amp; bel ons",
        "entities": {
            "urls": [
                {
                    "start": 4,
                    "end": 25,
                    "url": "https://t.co/Ab12",
                    "expanded_url": "https://www.zaanstad.nl/afval",
                    "display_url": "zaanstad.nl/afval",
                }
            ]
        },
    }
    control.post("/_sandbox/x/raw_mentions", {"tweet": raw})
    (item,) = channel.fetch({}).items
    assert item.text == "Zie https://www.zaanstad.nl/afval & bel ons"


def test_retweets_are_not_inbox_items(channel: XChannel, control: Control) -> None:
    original = mention(control, "Origineel bericht")
    control.post(
        "/_sandbox/x/raw_mentions",
        {
            "tweet": {
                "id": "1900000000000088888",
                "author_id": "702",
                "text": "RT @anna_zaandam: Origineel",
                "created_at": "2026-11-02T09:00:00.000Z",
                "edit_history_tweet_ids": ["1"],
                "referenced_tweets": [{"type": "retweeted", "id": original}],
            }
        },
    )
    result = channel.fetch({})
    assert [i.external_id for i in result.items] == [original]
    assert result.unparseable == []
    assert result.cursors["mentions"] == max(original, "1900000000000088888", key=int)


def test_a_refused_stream_does_not_stop_the_others(channel: XChannel, control: Control) -> None:
    tweet = mention(control, "Mentions blijven werken")
    forbidden = {
        "title": "Forbidden",
        "type": "https://api.twitter.com/2/problems/client-forbidden",
        "detail": "This endpoint is not available at your access level.",
        "reason": "client-not-enrolled",
        "status": 403,
    }
    control.post(
        "/_sandbox/faults",
        {
            "prefix": "/x",
            "path": "/dm_events",
            "kind": "status",
            "status": 403,
            "body": forbidden,
            "times": None,
        },
    )
    before = datetime.now(UTC)
    result = channel.fetch({})
    assert [i.external_id for i in result.items] == [tweet]
    assert "dms" in result.refused and "mentions" in result.cursors
    assert result.limited["dms"] >= before + timedelta(minutes=59)


def test_when_every_stream_is_refused_the_account_is(channel: XChannel, control: Control) -> None:
    control.post(
        "/_sandbox/faults", {"prefix": "/x", "kind": "status", "status": 403, "times": None}
    )
    with pytest.raises(Rejected):
        channel.fetch({})
