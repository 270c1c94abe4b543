"""The Facebook Page adapter through the real facebook-sdk client against the sandbox."""

from __future__ import annotations

import json
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from typing import Any
from urllib.parse import parse_qs

import pytest

from channels.facebook import FacebookChannel
from channels.graph import GRAPH_HOST, ForeignPagingError
from channels.graph_items import ItemError, object_time
from channels.sandbox import PAGE_ID, PAGE_TOKEN, PAGE_USERNAME, SandboxHandle
from channels.sanity import FACEBOOK_BORN
from tests.helpers.sandbox import Control
from webcare.channel import (
    AccountConfig,
    AuthExpired,
    FetchResult,
    ItemKind,
    OutboundReply,
    PostMedia,
    RateLimited,
    Rejected,
    Transient,
)
from webcare.vocabulary import ConversationKind, Platform, ReplyMode

ANNA = {"id": "2400000000000701", "name": "Anna de Vries"}
BRAM = {"id": "2400000000000702", "name": "Bram 🚲 de Boer"}


@pytest.fixture
def channel(sandbox: SandboxHandle) -> Iterator[FacebookChannel]:
    config = AccountConfig(Platform.FACEBOOK, PAGE_ID, PAGE_USERNAME, sandbox.graph_base)
    adapter = FacebookChannel(config, PAGE_TOKEN, timeout=2.0)
    yield adapter
    adapter.close()


def posts(control: Control) -> list[str]:
    """The Page's own posts, newest first."""
    own = [p for p in control.graph_state()["posts"] if p["author_id"] == PAGE_ID]
    return [p["id"] for p in sorted(own, key=lambda p: p["seq"], reverse=True)]


def comment(control: Control, on: str, text: str, author: dict[str, str] = ANNA) -> str:
    body = {"on": on, "text": text, "author": author}
    return str(control.post("/_sandbox/graph/comments", body)["comment"]["id"])


def dm(control: Control, text: str, sender: dict[str, str] = ANNA) -> str:
    body = {"sender": sender, "text": text}
    return str(control.post("/_sandbox/graph/dms", body)["conversation_id"])


def by_id(result: FetchResult) -> dict[str, Any]:
    return {item.external_id: item for item in result.items}


def posted(control: Control) -> list[dict[str, Any]]:
    return [r for r in control.requests("/graph") if r["method"] == "POST"]


def test_comments_and_replies_arrive_once_threaded_by_top_level_comment(
    channel: FacebookChannel, control: Control
) -> None:
    post = posts(control)[0]
    top = comment(control, post, "Wanneer is de Dorpsstraat weer open? <b>&</b> 🚧")
    reply = comment(control, top, "Ik wil het ook weten", BRAM)
    other = comment(control, post, "Mooi initiatief")
    first = channel.fetch({})
    items = by_id(first)
    assert set(items) == {top, reply, other}
    assert items[top].text == "Wanneer is de Dorpsstraat weer open? <b>&</b> 🚧"
    assert (items[top].kind, items[top].thread_key, items[top].parent_external_id) == (
        ItemKind.COMMENT,
        top,
        post,
    )
    assert (items[reply].kind, items[reply].thread_key, items[reply].parent_external_id) == (
        ItemKind.REPLY,
        top,
        top,
    )
    assert items[reply].author.display_name == "Bram 🚲 de Boer"
    assert items[other].thread_key == other
    assert all(i.conversation_kind is ConversationKind.PUBLIC_THREAD for i in first.items)
    assert channel.fetch(first.cursors).items == []
    later = comment(control, top, "Nog steeds dicht!")
    again = channel.fetch(first.cursors)
    assert [(i.external_id, i.thread_key) for i in again.items] == [(later, top)]


def test_a_residents_post_on_the_page_is_a_thread_of_its_own(
    channel: FacebookChannel, control: Control
) -> None:
    post = control.post("/_sandbox/graph/posts", {"author": ANNA, "text": "Gat in de weg!"})
    post_id = post["post"]["id"]
    below = comment(control, post_id, "Bij mij ook", BRAM)
    items = by_id(channel.fetch({}))
    assert (items[post_id].kind, items[post_id].thread_key) == (ItemKind.POST, post_id)
    assert items[post_id].author.external_id == ANNA["id"]
    assert (items[below].thread_key, items[below].parent_external_id) == (post_id, post_id)


def test_a_post_that_tags_the_page_is_a_mention(channel: FacebookChannel, control: Control) -> None:
    tagged = control.post("/_sandbox/graph/tags", {"author": BRAM, "text": "Dank @gemeente!"})
    items = channel.fetch({}).items
    assert [(i.external_id, i.kind, i.thread_key, i.stream) for i in items] == [
        (tagged["post"]["id"], ItemKind.MENTION, tagged["post"]["id"], "tagged")
    ]


def test_messenger_threads_are_conversations_and_own_messages_join_them(
    channel: FacebookChannel, control: Control
) -> None:
    thread = dm(control, "Mijn paspoort is kwijt\nwat nu?")
    first = channel.fetch({})
    (message,) = first.items
    assert (message.kind, message.conversation_kind) == (
        ItemKind.DIRECT_MESSAGE,
        ConversationKind.DIRECT,
    )
    assert (message.thread_key, message.text, message.from_account) == (
        thread,
        "Mijn paspoort is kwijt\nwat nu?",
        False,
    )
    control.post("/_sandbox/graph/own", {"on": thread, "text": "Bel 14 075 voor een afspraak."})
    (answer,) = channel.fetch(first.cursors).items
    assert (answer.thread_key, answer.from_account) == (thread, True)


def test_own_replies_made_on_facebook_come_back_as_the_accounts(
    channel: FacebookChannel, control: Control
) -> None:
    top = comment(control, posts(control)[0], "Hoe laat is het loket open?")
    first = channel.fetch({})
    ours = control.post("/_sandbox/graph/own", {"on": top, "text": "Van 9 tot 17 uur."})
    (item,) = channel.fetch(first.cursors).items
    assert (item.external_id, item.from_account, item.thread_key, item.kind) == (
        ours["comment"]["id"],
        True,
        top,
        ItemKind.REPLY,
    )


def test_an_idle_poll_costs_two_requests_and_reads_no_comments(
    channel: FacebookChannel, control: Control
) -> None:
    comment(control, posts(control)[0], "Vraag")
    dm(control, "Ook een vraag")
    control.post("/_sandbox/graph/tags", {"author": BRAM, "text": "Getagd"})
    cursors = channel.fetch({}).cursors
    control.delete("/_sandbox/requests")
    idle = channel.fetch(cursors)
    assert idle.items == [] and idle.requests == 2
    assert idle.cursors == cursors
    assert [r["path"] for r in control.requests("/graph")] == [
        f"/graph/v21.0/{PAGE_ID}",
        f"/graph/v21.0/{PAGE_ID}/conversations",
    ]


def test_only_a_post_whose_activity_changed_gets_its_comments_read(
    channel: FacebookChannel, control: Control
) -> None:
    newest, older = posts(control)[:2]
    comment(control, newest, "Op de nieuwste")
    comment(control, older, "Op de oudere")
    cursors = channel.fetch({}).cursors
    fresh = comment(control, older, "Nog een op de oudere")
    control.delete("/_sandbox/requests")
    result = channel.fetch(cursors)
    assert [i.external_id for i in result.items] == [fresh]
    reads = [r["path"] for r in control.requests("/graph") if r["path"].endswith("/comments")]
    assert reads == [f"/graph/v21.0/{older}/comments"]
    assert result.requests == 3


def test_every_page_of_a_long_comment_list_is_followed(
    channel: FacebookChannel, control: Control
) -> None:
    post = posts(control)[0]
    cursors = channel.fetch({}).cursors
    written = {comment(control, post, f"Reactie {n}") for n in range(120)}
    control.delete("/_sandbox/requests")
    result = channel.fetch(cursors)
    assert {i.external_id for i in result.items} == written
    pages = [r for r in control.requests("/graph") if r["path"].endswith("/comments")]
    assert len(pages) == 3  # 50 + 50 + 20, each next URL rewritten to the sandbox
    assert all(r["query"]["order"] == ["reverse_chronological"] for r in pages)
    assert channel.fetch(result.cursors).items == []


def test_a_comment_without_from_gets_an_identity_of_its_own(
    channel: FacebookChannel, control: Control
) -> None:
    control.post("/_sandbox/graph/settings", {"omit_from": True})
    post = posts(control)[0]
    first = comment(control, post, "Anoniem 1")
    second = comment(control, post, "Anoniem 2", BRAM)
    items = by_id(channel.fetch({}))
    assert items[first].author.external_id == f"anonymous:{first}"
    assert items[second].author.external_id != items[first].author.external_id
    assert not items[first].from_account


def test_an_unreadable_comment_is_quarantined_and_the_rest_stored(
    channel: FacebookChannel, control: Control
) -> None:
    post = posts(control)[0]
    good = comment(control, post, "Goed")
    control.post(
        "/_sandbox/graph/raw",
        {"kind": "comment", "on": post, "payload": {"id": "9_9", "created_time": "gisteren"}},
    )
    result = channel.fetch({})
    assert [i.external_id for i in result.items] == [good]
    assert [(u.external_id, u.stream) for u in result.unparseable] == [("9_9", "feed")]


def reply(text: str, mode: ReplyMode, thread: str, **extra: Any) -> OutboundReply:
    kind = ConversationKind.DIRECT if mode is ReplyMode.DIRECT else ConversationKind.PUBLIC_THREAD
    return OutboundReply(text, mode, kind, thread, **extra)


def test_a_public_reply_is_a_comment_under_the_comment(
    channel: FacebookChannel, control: Control
) -> None:
    top = comment(control, posts(control)[0], "Wanneer komt de veegwagen?")
    answer = reply("Dinsdag, tussen 8 en 12 uur.", ReplyMode.PUBLIC, top, in_reply_to=top)
    delivered = channel.send_reply(answer)
    (post,) = posted(control)
    assert post["path"] == f"/graph/v21.0/{top}/comments"
    assert parse_qs(post["body"])["message"] == ["Dinsdag, tussen 8 en 12 uur."]
    found = channel.find_sent(answer, datetime.now(UTC) - timedelta(minutes=5))
    assert [copy.external_id for copy in found] == [delivered.external_id]


def test_a_private_reply_reaches_the_resident_in_messenger(
    channel: FacebookChannel, control: Control
) -> None:
    top = comment(control, posts(control)[0], "Mag ik mijn BSN hier zetten?")
    answer = reply("Nee, stuur het ons privé.", ReplyMode.PRIVATE_REPLY, top, in_reply_to=top)
    delivered = channel.send_reply(answer)
    body = parse_qs(posted(control)[0]["body"])
    assert json.loads(body["recipient"][0]) == {"comment_id": top}
    assert json.loads(body["message"][0]) == {"text": "Nee, stuur het ons privé."}
    assert body["messaging_type"] == ["RESPONSE"]
    found = channel.find_sent(answer, datetime.now(UTC) - timedelta(minutes=5))
    assert [copy.external_id for copy in found] == [delivered.external_id]
    with pytest.raises(Rejected) as again:
        channel.send_reply(answer)
    assert again.value.code == "already_replied"


def test_a_messenger_reply_is_a_response_inside_the_window(
    channel: FacebookChannel, control: Control
) -> None:
    thread = dm(control, "Is mijn rijbewijs klaar?")
    answer = reply("Ja, u kunt het ophalen.", ReplyMode.DIRECT, thread, recipient=ANNA["id"])
    delivered = channel.send_reply(answer)
    (post,) = posted(control)
    assert post["path"] == f"/graph/v21.0/{PAGE_ID}/messages"
    body = parse_qs(post["body"])
    assert json.loads(body["recipient"][0]) == {"id": ANNA["id"]}
    assert body["messaging_type"] == ["RESPONSE"]
    assert json.loads(body["message"][0]) == {"text": "Ja, u kunt het ophalen."}
    found = channel.find_sent(answer, datetime.now(UTC) - timedelta(minutes=5))
    assert [copy.external_id for copy in found] == [delivered.external_id]


def test_outside_the_24_hour_window_the_refusal_says_why(
    channel: FacebookChannel, control: Control
) -> None:
    thread = dm(control, "Hallo?")
    control.post("/_sandbox/graph/clock", {"advance": 25 * 3600})
    with pytest.raises(Rejected) as refused:
        channel.send_reply(reply("Sorry!", ReplyMode.DIRECT, thread, recipient=ANNA["id"]))
    assert refused.value.code == "outside_window"
    assert "outside of allowed window" in refused.value.reason


def test_a_revoked_token_is_auth_expired(channel: FacebookChannel, control: Control) -> None:
    control.post("/_sandbox/graph/revoke", {"token": PAGE_TOKEN})
    with pytest.raises(AuthExpired):
        channel.fetch({})
    with pytest.raises(AuthExpired):
        channel.verify()


@pytest.mark.parametrize("code", [4, 17, 32, 613, 80001])
def test_throttling_codes_pause_every_stream_until_access_returns(
    channel: FacebookChannel, control: Control, code: int
) -> None:
    error = {"error": {"message": f"(#{code}) limit", "type": "OAuthException", "code": code}}
    control.post(
        "/_sandbox/faults",
        {"prefix": "/graph", "kind": "status", "status": 400, "body": error, "reset_in": 300},
    )
    before = datetime.now(UTC)
    result = channel.fetch({})
    assert set(result.limited) == {"feed", "tagged", "dms"}
    for until in result.limited.values():
        assert before + timedelta(minutes=4) < until < before + timedelta(minutes=6)
    assert result.cursors == {} and result.requests == 1
    control.delete("/_sandbox/requests")
    paused = channel.fetch({}, paused=result.limited)
    assert paused.requests == 0 and set(paused.limited) == {"feed", "tagged", "dms"}
    assert control.requests("/graph") == []


def test_usage_above_90_percent_pauses_the_next_poll_before_meta_refuses(
    channel: FacebookChannel, control: Control
) -> None:
    comment(control, posts(control)[0], "Vraag bij hoge belasting")
    control.post("/_sandbox/graph/usage", {"scope": PAGE_ID, "call_count": 92})
    before = datetime.now(UTC)
    result = channel.fetch({})
    assert result.requests == 1  # the comments and conversations wait
    assert set(result.limited) == {"feed", "tagged", "dms"}
    assert min(result.limited.values()) >= before + timedelta(minutes=9)


def test_the_regain_time_of_the_usage_header_is_kept(
    channel: FacebookChannel, control: Control
) -> None:
    control.post(
        "/_sandbox/graph/usage", {"scope": PAGE_ID, "call_count": 100, "regain_minutes": 3}
    )
    before = datetime.now(UTC)
    result = channel.fetch({})
    until = result.limited["feed"]
    assert before + timedelta(minutes=2) < until < before + timedelta(minutes=4)
    with pytest.raises(RateLimited):
        channel.send_reply(reply("x", ReplyMode.PUBLIC, "1_2", in_reply_to="1_2"))


@pytest.mark.parametrize(
    "fault",
    [
        {"kind": "html"},
        {"kind": "no_content_type"},
        {"kind": "drop"},
        {"kind": "slow", "delay": 3},
        {"kind": "server_error"},
        {"kind": "malformed_json"},
        {"kind": "status", "status": 500, "body": {"data": []}},
    ],
)
def test_every_failure_ends_as_a_typed_error(
    channel: FacebookChannel, control: Control, fault: dict[str, Any]
) -> None:
    thread = dm(control, "Hoort u mij?")
    control.post("/_sandbox/faults", {"prefix": "/graph", **fault})  # the Page node, once
    result = channel.fetch({})
    assert set(result.failed) == {"feed", "tagged"} and [i.thread_key for i in result.items] == [
        thread
    ]
    control.post("/_sandbox/faults", {"prefix": "/graph", **fault, "times": None})
    with pytest.raises(Transient):
        channel.fetch({})


def test_paging_never_sends_the_token_to_another_host(
    channel: FacebookChannel, control: Control
) -> None:
    with pytest.raises(ForeignPagingError, match="away from the Graph API"):
        channel.client.follow("https://evil.example/v21.0/1/feed?access_token=x&after=a")
    with pytest.raises(ForeignPagingError, match="odd path"):
        channel.client.follow(f"{GRAPH_HOST}/v21.0/1/../../me?access_token=x")
    assert control.requests("/graph") == []


def test_comments_are_hidden_and_shown(channel: FacebookChannel, control: Control) -> None:
    rude = comment(control, posts(control)[0], "Scheldwoord")
    channel.set_hidden(rude, True)
    assert parse_qs(posted(control)[-1]["body"])["is_hidden"] == ["true"]
    assert next(c for c in control.graph_state()["comments"] if c["id"] == rude)["hidden"]
    channel.set_hidden(rude, False)
    assert not next(c for c in control.graph_state()["comments"] if c["id"] == rude)["hidden"]


def test_publishing_text_a_link_and_photos(channel: FacebookChannel, control: Control) -> None:
    text = channel.publish("Het stadhuis is maandag gesloten.")
    link = channel.publish("Lees meer", link="https://www.example.org/nieuws")
    by_url = channel.publish("Zo ziet het plein eruit", media=PostMedia(url="https://e.org/p.jpg"))
    upload = channel.publish(
        "Uit het archief", media=PostMedia(data=b"\xff\xd8\xffjpeg", filename="plein.jpg")
    )
    state = {p["id"]: p for p in control.graph_state()["posts"]}
    assert state[text.external_id]["message"] == "Het stadhuis is maandag gesloten."
    assert state[link.external_id]["link"] == "https://www.example.org/nieuws"
    assert state[by_url.external_id]["photo_url"] == "https://e.org/p.jpg"
    assert state[upload.external_id]["photo_url"].endswith("plein.jpg")
    requests = posted(control)
    assert parse_qs(requests[1]["body"])["link"] == ["https://www.example.org/nieuws"]
    assert requests[3]["headers"]["Content-Type"].startswith("multipart/form-data")
    with pytest.raises(Rejected) as duplicate:
        channel.publish("Het stadhuis is maandag gesloten.")
    assert duplicate.value.code == "duplicate"


def test_verify_reads_the_page_with_the_configured_version(
    sandbox: SandboxHandle, control: Control, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("WEBCARE_GRAPH_VERSION", "v22.0")
    config = AccountConfig(Platform.FACEBOOK, PAGE_ID, PAGE_USERNAME, sandbox.graph_base)
    adapter = FacebookChannel(config, {"access_token": PAGE_TOKEN})
    try:
        identity = adapter.verify()
    finally:
        adapter.close()
    assert (identity.external_id, identity.handle) == (PAGE_ID, PAGE_USERNAME)
    assert [r["path"] for r in control.requests("/graph")] == ["/graph/v22.0/me"]


@pytest.mark.parametrize("raw", [None, "t_1", ["x"], {"id": "t_1"}, {"updated_time": "gisteren"}])
def test_an_unreadable_item_time_is_an_item_error_not_a_crash(raw: object) -> None:
    with pytest.raises(ItemError):
        object_time(raw, "updated_time", FACEBOOK_BORN, datetime.now(UTC))


def test_without_messaging_permission_the_comments_still_arrive(
    channel: FacebookChannel, control: Control
) -> None:
    first = channel.fetch({})
    question = comment(control, posts(control)[0], "Is de milieustraat zaterdag open?")
    no_permission = {
        "error": {
            "message": "(#200) Requires pages_messaging permission",
            "type": "OAuthException",
            "code": 200,
            "fbtrace_id": "EMU",
        }
    }
    control.post(
        "/_sandbox/faults",
        {
            "prefix": "/graph",
            "path": "/conversations",
            "kind": "status",
            "status": 403,
            "body": no_permission,
            "times": None,
        },
    )
    before = datetime.now(UTC)
    result = channel.fetch(first.cursors)
    assert question in by_id(result)
    assert "pages_messaging" in result.refused["dms"]
    assert result.limited["dms"] >= before + timedelta(minutes=59)
