"""The Instagram adapter through the real facebook-sdk client against the sandbox."""

from __future__ import annotations

import json
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from typing import Any
from urllib.parse import parse_qs

import pytest

from channels.instagram import InstagramChannel
from channels.sandbox import IG_USER_ID, IG_USERNAME, PAGE_ID, PAGE_TOKEN, SandboxHandle
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

LOTTE = {"id": "6400000000000703", "username": "lotte.tulp"}
SJOERD = {"id": "6400000000000704", "username": "sjoerd_h"}


def make(sandbox: SandboxHandle, page_id: str | None = PAGE_ID) -> InstagramChannel:
    config = AccountConfig(
        Platform.INSTAGRAM, IG_USER_ID, IG_USERNAME, sandbox.graph_base, page_id=page_id
    )
    return InstagramChannel(config, PAGE_TOKEN, timeout=2.0, status_wait=lambda _: None)


@pytest.fixture
def channel(sandbox: SandboxHandle) -> Iterator[InstagramChannel]:
    adapter = make(sandbox)
    yield adapter
    adapter.close()


def media(control: Control) -> list[str]:
    own = [m for m in control.graph_state()["media"] if m["owner_id"] == IG_USER_ID]
    return [m["id"] for m in sorted(own, key=lambda m: m["seq"], reverse=True)]


def comment(control: Control, on: str, text: str, author: dict[str, str] = LOTTE) -> str:
    body = {"on": on, "text": text, "author": author}
    return str(control.post("/_sandbox/graph/comments", body)["comment"]["id"])


def dm(control: Control, text: str, sender: dict[str, str] = LOTTE) -> str:
    body = {"platform": "instagram", "sender": sender, "text": text}
    return str(control.post("/_sandbox/graph/dms", body)["conversation_id"])


def by_id(result: FetchResult) -> dict[str, Any]:
    return {item.external_id: item for item in result.items}


def posted(control: Control) -> list[dict[str, Any]]:
    return [r for r in control.requests("/graph") if r["method"] == "POST"]


def test_comments_and_replies_arrive_once_threaded_by_top_level_comment(
    channel: InstagramChannel, control: Control
) -> None:
    medium = media(control)[0]
    top = comment(control, medium, "Wanneer is de speeltuin open? 🛝")
    reply = comment(control, top, "Ja, wanneer?", SJOERD)
    first = channel.fetch({})
    items = by_id(first)
    assert set(items) == {top, reply}
    assert (items[top].kind, items[top].thread_key, items[top].parent_external_id) == (
        ItemKind.COMMENT,
        top,
        medium,
    )
    assert (items[reply].kind, items[reply].thread_key, items[reply].parent_external_id) == (
        ItemKind.REPLY,
        top,
        top,
    )
    assert items[top].author.handle == "lotte.tulp"
    assert channel.fetch(first.cursors).items == []
    later = comment(control, top, "Nog iets gehoord?")
    assert [i.external_id for i in channel.fetch(first.cursors).items] == [later]


def test_own_replies_made_on_instagram_join_their_thread(
    channel: InstagramChannel, control: Control
) -> None:
    top = comment(control, media(control)[0], "Leuk!")
    first = channel.fetch({})
    ours = control.post("/_sandbox/graph/own", {"on": top, "text": "Dank je!"})
    (item,) = channel.fetch(first.cursors).items
    assert (item.external_id, item.from_account, item.thread_key) == (
        ours["comment"]["id"],
        True,
        top,
    )


def test_a_medium_the_account_is_tagged_in_is_a_thread_of_its_own(
    channel: InstagramChannel, control: Control
) -> None:
    tagged = control.post(
        "/_sandbox/graph/tags", {"platform": "instagram", "author": SJOERD, "text": "Buurtfeest"}
    )["media"]["id"]
    (item,) = channel.fetch({}).items
    assert (item.external_id, item.kind, item.thread_key, item.stream) == (
        tagged,
        ItemKind.MENTION,
        f"tagged:{tagged}",
        "tags",
    )
    assert item.author.handle == "sjoerd_h"


def test_direct_messages_come_through_the_linked_pages_conversations(
    channel: InstagramChannel, control: Control
) -> None:
    thread = dm(control, "Kan ik hier een melding doen?")
    result = channel.fetch({})
    (message,) = result.items
    assert (message.thread_key, message.conversation_kind, message.from_account) == (
        thread,
        ConversationKind.DIRECT,
        False,
    )
    (call,) = [r for r in control.requests("/graph") if r["path"].endswith("/conversations")]
    assert call["path"] == f"/graph/v21.0/{PAGE_ID}/conversations"
    assert call["query"]["platform"] == ["instagram"]


def test_an_idle_poll_costs_two_requests(channel: InstagramChannel, control: Control) -> None:
    comment(control, media(control)[0], "Vraag")
    dm(control, "DM")
    control.post("/_sandbox/graph/tags", {"platform": "instagram", "author": SJOERD, "text": "t"})
    cursors = channel.fetch({}).cursors
    control.delete("/_sandbox/requests")
    idle = channel.fetch(cursors)
    assert (idle.items, idle.requests, idle.cursors) == ([], 2, cursors)
    assert len(control.requests("/graph")) == 2


def test_only_media_whose_comment_count_changed_are_read(
    channel: InstagramChannel, control: Control
) -> None:
    newest, older = media(control)[:2]
    comment(control, newest, "Op de nieuwste")
    top = comment(control, older, "Op de oudere")
    cursors = channel.fetch({}).cursors
    late_reply = comment(control, top, "Een late reactie eronder", SJOERD)
    control.delete("/_sandbox/requests")
    result = channel.fetch(cursors)
    assert [i.external_id for i in result.items] == [late_reply]
    reads = [r["path"] for r in control.requests("/graph") if r["path"].endswith("/comments")]
    assert reads == [f"/graph/v21.0/{older}/comments"]


def test_every_page_of_a_long_comment_list_is_followed(
    channel: InstagramChannel, control: Control
) -> None:
    medium = media(control)[0]
    cursors = channel.fetch({}).cursors
    written = {comment(control, medium, f"Reactie {n}") for n in range(110)}
    result = channel.fetch(cursors)
    assert {i.external_id for i in result.items} == written
    pages = [r for r in control.requests("/graph") if r["path"].endswith("/comments")]
    assert len(pages) == 3


def reply(text: str, mode: ReplyMode, thread: str, **extra: Any) -> OutboundReply:
    kind = ConversationKind.DIRECT if mode is ReplyMode.DIRECT else ConversationKind.PUBLIC_THREAD
    return OutboundReply(text, mode, kind, thread, **extra)


def test_a_public_reply_goes_to_the_top_level_comments_replies(
    channel: InstagramChannel, control: Control
) -> None:
    top = comment(control, media(control)[0], "Hoe laat begint het?")
    theirs = comment(control, top, "Ik ben ook benieuwd", SJOERD)
    answer = reply("Om 14:00 uur!", ReplyMode.PUBLIC, top, in_reply_to=theirs)
    delivered = channel.send_reply(answer)
    (post,) = posted(control)
    assert post["path"] == f"/graph/v21.0/{top}/replies"
    assert parse_qs(post["body"])["message"] == ["Om 14:00 uur!"]
    found = channel.find_sent(answer, datetime.now(UTC) - timedelta(minutes=5))
    assert [copy.external_id for copy in found] == [delivered.external_id]


def test_a_tagged_medium_is_answered_through_mentions(
    channel: InstagramChannel, control: Control
) -> None:
    tagged = control.post(
        "/_sandbox/graph/tags", {"platform": "instagram", "author": SJOERD, "text": "Feest"}
    )["media"]["id"]
    answer = reply("Wat gezellig!", ReplyMode.PUBLIC, f"tagged:{tagged}", in_reply_to=tagged)
    delivered = channel.send_reply(answer)
    body = parse_qs(posted(control)[0]["body"])
    assert (body["media_id"], body["message"]) == ([tagged], ["Wat gezellig!"])
    found = channel.find_sent(answer, datetime.now(UTC) - timedelta(minutes=5))
    assert [copy.external_id for copy in found] == [delivered.external_id]


def test_a_dm_reply_goes_through_the_page_within_the_window(
    channel: InstagramChannel, control: Control
) -> None:
    thread = dm(control, "Mijn adres is veranderd")
    answer = reply("Dank u, we passen het aan.", ReplyMode.DIRECT, thread, recipient=LOTTE["id"])
    delivered = channel.send_reply(answer)
    (post,) = posted(control)
    assert post["path"] == f"/graph/v21.0/{PAGE_ID}/messages"
    body = parse_qs(post["body"])
    assert json.loads(body["recipient"][0]) == {"id": LOTTE["id"]}
    assert body["messaging_type"] == ["RESPONSE"]
    found = channel.find_sent(answer, datetime.now(UTC) - timedelta(minutes=5))
    assert [copy.external_id for copy in found] == [delivered.external_id]
    control.post("/_sandbox/graph/clock", {"advance": 25 * 3600})
    with pytest.raises(Rejected) as outside:
        channel.send_reply(answer)
    assert outside.value.code == "outside_window"


def test_a_private_reply_to_a_comment(channel: InstagramChannel, control: Control) -> None:
    top = comment(control, media(control)[0], "Ik heb een klacht")
    answer = reply("We sturen u een bericht.", ReplyMode.PRIVATE_REPLY, top, in_reply_to=top)
    channel.send_reply(answer)
    body = parse_qs(posted(control)[0]["body"])
    assert json.loads(body["recipient"][0]) == {"comment_id": top}
    (conversation,) = control.graph_state()["conversations"]
    assert (conversation["platform"], conversation["participant_id"]) == ("instagram", LOTTE["id"])


def test_without_a_linked_page_there_are_no_dms_but_comments_still_work(
    sandbox: SandboxHandle, control: Control
) -> None:
    adapter = make(sandbox, page_id=None)
    try:
        comment(control, media(control)[0], "Hallo")
        result = adapter.fetch({})
        assert set(result.cursors) == {"media", "tags"} and len(result.items) == 1
        with pytest.raises(Rejected) as refused:
            adapter.send_reply(reply("Hoi", ReplyMode.DIRECT, "t_1", recipient=LOTTE["id"]))
        assert refused.value.code == "no_page"
    finally:
        adapter.close()


def test_comments_are_hidden_with_hide(channel: InstagramChannel, control: Control) -> None:
    spam = comment(control, media(control)[0], "Koop volgers!!!")
    channel.set_hidden(spam, True)
    assert parse_qs(posted(control)[0]["body"])["hide"] == ["true"]
    assert next(c for c in control.graph_state()["ig_comments"] if c["id"] == spam)["hidden"]


def test_publishing_goes_container_status_publish(
    channel: InstagramChannel, control: Control
) -> None:
    image = channel.publish(
        "Nieuw in de bieb #lezen", media=PostMedia(url="https://example.org/bieb.jpg")
    )
    video = channel.publish(
        "De opening", link="https://example.org", media=PostMedia("video", "https://e.org/v.mp4")
    )
    paths = [r["path"].rsplit("/", 1)[-1] for r in control.requests("/graph")]
    assert paths[:4] == ["content_publishing_limit", "media", paths[2], "media_publish"]
    assert paths.count("media_publish") == 2
    state = {m["id"]: m for m in control.graph_state()["media"]}
    assert state[image.external_id]["caption"] == "Nieuw in de bieb #lezen"
    assert state[video.external_id]["media_type"] == "VIDEO"
    assert state[video.external_id]["caption"] == "De opening\n\nhttps://example.org"
    with pytest.raises(Rejected) as no_media:
        channel.publish("Alleen tekst")
    assert no_media.value.code == "media_required"


def test_publishing_respects_the_quota_before_making_a_container(
    channel: InstagramChannel, control: Control
) -> None:
    control.post("/_sandbox/graph/settings", {"quota_total": 1})
    channel.publish("Eerste", media=PostMedia(url="https://example.org/1.jpg"))
    before = len(control.graph_state()["containers"])
    with pytest.raises(RateLimited) as limited:
        channel.publish("Tweede", media=PostMedia(url="https://example.org/2.jpg"))
    assert limited.value.until > datetime.now(UTC) + timedelta(minutes=30)
    assert len(control.graph_state()["containers"]) == before


def test_a_video_still_processing_is_transient_and_publishes_nothing(
    channel: InstagramChannel, control: Control
) -> None:
    control.post("/_sandbox/graph/settings", {"video_polls": 50})
    with pytest.raises(Transient, match="still processing"):
        channel.publish("Lang", media=PostMedia("video", "https://example.org/lang.mp4"))
    assert not [r for r in posted(control) if r["path"].endswith("media_publish")]


def test_verify_reads_the_account_linked_to_the_page(
    channel: InstagramChannel, control: Control
) -> None:
    identity = channel.verify()
    assert (identity.external_id, identity.handle) == (IG_USER_ID, IG_USERNAME)
    control.post("/_sandbox/graph/revoke", {"token": PAGE_TOKEN})
    with pytest.raises(AuthExpired):
        channel.verify()
