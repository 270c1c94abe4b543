"""Payloads as the platforms really send them, not as the sandbox happens to write them.

Each test injects an object shaped after the documented wire format (platform-apis.md, the X
API v2 and Graph API references) through the sandbox's raw-injection routes, and reads it
through the real adapter, tweepy or facebook-sdk included. What a test asserts is what the
inbox would show: the text, the author, the thread, or that the item went to quarantine while
the rest of its batch was stored.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select

from channels.facebook import FacebookChannel
from channels.instagram import InstagramChannel
from channels.sandbox import (
    IG_USER_ID,
    IG_USERNAME,
    PAGE_ID,
    PAGE_TOKEN,
    PAGE_USERNAME,
    X_ACCOUNT_ID,
    X_TOKEN,
    X_USERNAME,
    SandboxHandle,
)
from channels.x import XChannel
from tests.helpers.sandbox import Control
from webcare.accounts.credentials import CredentialStore
from webcare.accounts.service import add_account
from webcare.channel import (
    AccountConfig,
    FetchResult,
    InboundItem,
    ItemKind,
    OutboundReply,
)
from webcare.runtime import Database
from webcare.storage.models import Message, QuarantinedItem
from webcare.vocabulary import ConversationKind, Platform, ReplyMode
from webcare.worker import Worker

ANNA = {"id": "701", "username": "anna_zaandam", "name": "Anna de Vries"}
CONVERSATION = f"{ANNA['id']}-{X_ACCOUNT_ID}"
MENTIONS = "GET /2/users/:id/mentions"


@pytest.fixture
def x(sandbox: SandboxHandle) -> Iterator[XChannel]:
    config = AccountConfig(Platform.X, X_ACCOUNT_ID, X_USERNAME, sandbox.x_base)
    adapter = XChannel(config, X_TOKEN, timeout=2.0)
    yield adapter
    adapter.close()


def items_of(result: FetchResult, stream: str | None = None) -> dict[str, InboundItem]:
    return {i.external_id: i for i in result.items if stream is None or i.stream == stream}


# Raw messages are dated a minute from now, a second apart: newer than what the sandbox
# made before, in the order given (a time after tomorrow would be quarantined).
SOON = datetime.now(UTC).replace(microsecond=0) + timedelta(minutes=1)


def graph_time(second: int) -> str:
    return (SOON + timedelta(seconds=second)).strftime("%Y-%m-%dT%H:%M:%S+0000")


def iso_time(second: int) -> str:
    return (SOON + timedelta(seconds=second)).isoformat()


# ---- X posts


def tweet(tweet_id: str, text: str, **fields: Any) -> dict[str, Any]:
    """A post as GET /2/users/:id/mentions serves it with our tweet.fields."""
    return {
        "id": tweet_id,
        "text": text,
        "edit_history_tweet_ids": [tweet_id],
        "author_id": ANNA["id"],
        "created_at": "2026-11-02T09:00:00.000Z",
        "conversation_id": tweet_id,
        **fields,
    }


def raw_mention(control: Control, payload: dict[str, Any]) -> None:
    control.post("/_sandbox/x/raw_mentions", {"tweet": payload})


def test_a_long_post_is_read_from_note_tweet_with_its_own_links(
    x: XChannel, control: Control
) -> None:
    whole = "Lantaarnpaal 💡 kapot & donker. " * 12 + "Meer: https://t.co/NoteLink01"
    raw_mention(
        control,
        tweet(
            "1950000000000000001",
            whole[:270].replace("&", "&amp;") + "… https://t.co/Truncated1",
            entities={"urls": [{"start": 272, "end": 295, "url": "https://t.co/Truncated1"}]},
            note_tweet={
                "text": whole.replace("&", "&amp;"),
                "entities": {
                    "urls": [
                        {
                            "start": len(whole) - 23,
                            "end": len(whole),
                            "url": "https://t.co/NoteLink01",
                            "expanded_url": "https://www.zaanstad.nl/straatverlichting",
                            "display_url": "zaanstad.nl/straatverlich…",
                        }
                    ]
                },
            },
        ),
    )
    (item,) = x.fetch({}).items
    assert item.text == whole.replace(
        "https://t.co/NoteLink01", "https://www.zaanstad.nl/straatverlichting"
    )


def test_links_are_stored_as_the_resident_wrote_them_whatever_else_the_entities_hold(
    x: XChannel, control: Control
) -> None:
    # Entities count code points: the emoji before the link is one, not two as in UTF-16.
    text = (
        "@gem_voorbeeld 🚮 $AFVAL #grofvuil https://t.co/Short00001 &lt;3 "
        "https://t.co/Short00002 https://t.co/Media00001"
    )
    entities = {
        "mentions": [{"start": 0, "end": 14, "username": X_USERNAME, "id": X_ACCOUNT_ID}],
        "cashtags": [{"start": 17, "end": 23, "tag": "AFVAL"}],
        "hashtags": [{"start": 24, "end": 33, "tag": "grofvuil"}],
        "urls": [
            {
                "start": 34,
                "end": 57,
                "url": "https://t.co/Short00001",
                "expanded_url": "https://bit.ly/afval-nl",
                "display_url": "bit.ly/afval-nl",
                "unwound_url": "https://www.zaanstad.nl/afval?wijk=oost&dag=2",
                "status": 200,
                "title": "Afval ophalen",
            },
            {"start": 63, "end": 86, "url": "https://t.co/Short00002"},  # not expanded
            {
                "start": 87,
                "end": 110,
                "url": "https://t.co/Media00001",
                "expanded_url": "https://x.com/anna_zaandam/status/1950000000000000002/photo/1",
                "display_url": "pic.x.com/Media00001",
                "media_key": "3_1950000000000000002",
            },
        ],
    }
    raw_mention(control, tweet("1950000000000000002", text, entities=entities))
    (item,) = x.fetch({}).items
    assert item.text == (
        "@gem_voorbeeld 🚮 $AFVAL #grofvuil https://bit.ly/afval-nl <3 https://t.co/Short00002 "
        "https://x.com/anna_zaandam/status/1950000000000000002/photo/1"
    )


def test_a_reply_that_quotes_hangs_under_its_parent_and_a_quote_starts_a_thread(
    x: XChannel, control: Control
) -> None:
    raw_mention(
        control,
        tweet(
            "1950000000000000003",
            "@gem_voorbeeld dit dus",
            conversation_id="1940000000000000000",
            referenced_tweets=[
                {"type": "quoted", "id": "1930000000000000000"},
                {"type": "replied_to", "id": "1940000000000000001"},
            ],
        ),
    )
    raw_mention(
        control,
        tweet(
            "1950000000000000004",
            "Kijk @gem_voorbeeld https://t.co/Quote00001",
            referenced_tweets=[{"type": "quoted", "id": "1930000000000000000"}],
        ),
    )
    items = items_of(x.fetch({}))
    reply = items["1950000000000000003"]
    assert (reply.kind, reply.parent_external_id, reply.thread_key) == (
        ItemKind.REPLY,
        "1940000000000000001",
        "1940000000000000000",
    )
    quote = items["1950000000000000004"]
    assert (quote.kind, quote.parent_external_id, quote.thread_key) == (
        ItemKind.MENTION,
        None,
        "1950000000000000004",
    )


def test_an_author_missing_from_includes_is_still_the_author(x: XChannel, control: Control) -> None:
    # A suspended or protected author is left out of includes.users, with a partial error.
    raw_mention(control, tweet("1950000000000000005", "Hallo", author_id="9990001"))
    control.post(
        "/_sandbox/x/extras",
        {
            "endpoint": MENTIONS,
            "errors": [
                {
                    "value": "9990001",
                    "detail": "User has been suspended: [9990001].",
                    "title": "Forbidden",
                    "resource_type": "user",
                    "parameter": "author_id",
                    "resource_id": "9990001",
                    "type": "https://api.twitter.com/2/problems/resource-not-found",
                }
            ],
        },
    )
    result = x.fetch({})
    (item,) = result.items
    assert (item.author.external_id, item.author.handle, item.text) == ("9990001", "", "Hallo")
    assert result.unparseable == []
    assert result.cursors["mentions"] == "1950000000000000005"


def test_a_page_with_data_and_partial_errors_is_read_whole(x: XChannel, control: Control) -> None:
    control.post("/_sandbox/x/mentions", {"author": ANNA, "text": "Eerste"})
    control.post("/_sandbox/x/mentions", {"author": ANNA, "text": "Tweede"})
    control.post(
        "/_sandbox/x/extras",
        {
            "endpoint": MENTIONS,
            "errors": [
                {
                    "value": "1",
                    "detail": "Could not find tweet with referenced_tweets.id: [1].",
                    "title": "Not Found Error",
                    "resource_type": "tweet",
                    "parameter": "referenced_tweets.id",
                    "resource_id": "1",
                    "type": "https://api.twitter.com/2/problems/resource-not-found",
                }
            ],
        },
    )
    result = x.fetch({})
    assert sorted(i.text for i in result.items) == ["Eerste", "Tweede"]
    assert result.unparseable == [] and "mentions" in result.cursors


def test_an_answer_with_only_errors_reads_nothing_and_keeps_the_cursor(
    x: XChannel, control: Control
) -> None:
    errors_only = {
        "errors": [
            {
                "detail": "Could not find tweet with id: [1].",
                "title": "Not Found Error",
                "type": "https://api.twitter.com/2/problems/resource-not-found",
            }
        ]
    }
    control.post(
        "/_sandbox/faults",
        {"prefix": "/x", "path": "/mentions", "kind": "status", "status": 200, "body": errors_only},
    )
    result = x.fetch({"mentions": "1900000000000000000"})
    assert result.items == [] and result.unparseable == []
    assert result.cursors["mentions"] == "1900000000000000000"


def test_times_with_and_without_milliseconds_are_read(x: XChannel, control: Control) -> None:
    raw_mention(control, tweet("1950000000000000006", "a", created_at="2026-11-02T09:00:00.123Z"))
    raw_mention(control, tweet("1950000000000000007", "b", created_at="2026-11-02T09:00:01Z"))
    items = items_of(x.fetch({}))
    assert items["1950000000000000006"].created_at == datetime(
        2026, 11, 2, 9, 0, 0, 123000, tzinfo=UTC
    )
    assert items["1950000000000000007"].created_at == datetime(2026, 11, 2, 9, 0, 1, tzinfo=UTC)


def test_an_edited_post_joins_the_thread_of_its_first_version(
    x: XChannel, control: Control
) -> None:
    first = "1950000000000000008"
    edited = "1950000000000000009"
    raw_mention(control, tweet(first, "Lamp kapot"))
    raw_mention(
        control,
        tweet(
            edited,
            "Lamp kapot bij de Dam",
            edit_history_tweet_ids=[first, edited],
            edit_controls={"edits_remaining": 4, "is_edit_eligible": True},
        ),
    )
    items = items_of(x.fetch({}))
    assert items[edited].thread_key == items[first].thread_key == first
    assert items[edited].text == "Lamp kapot bij de Dam"


def test_a_withheld_post_is_stored_like_any_other(x: XChannel, control: Control) -> None:
    raw_mention(
        control,
        tweet(
            "1950000000000000010",
            "Alleen in Nederland te zien",
            withheld={"copyright": False, "country_codes": ["DE", "FR"], "scope": "tweet"},
        ),
    )
    result = x.fetch({})
    assert [i.text for i in result.items] == ["Alleen in Nederland te zien"]
    assert result.unparseable == []


def test_an_empty_result_without_newest_id_moves_no_cursor(x: XChannel, control: Control) -> None:
    result = x.fetch({"mentions": "1900000000000000000"})
    assert result.items == []
    assert result.cursors["mentions"] == "1900000000000000000"


@pytest.mark.parametrize(
    "references",
    [5, "replied_to", {"type": "replied_to", "id": "1"}, [{"type": "replied_to"}], [None]],
)
def test_odd_referenced_tweets_never_crash_the_poll(
    x: XChannel, control: Control, references: object
) -> None:
    good = control.post("/_sandbox/x/mentions", {"author": ANNA, "text": "Goed"})["tweet"]["id"]
    raw_mention(control, tweet("1950000000000000011", "Vreemd", referenced_tweets=references))
    result = x.fetch({})
    items = items_of(result)
    assert items[good].text == "Goed"
    # Whatever the references hold, the post itself is readable: stored, without a parent.
    assert items["1950000000000000011"].parent_external_id is None
    assert items["1950000000000000011"].thread_key == "1950000000000000011"


def test_names_are_stored_as_written_html_included(x: XChannel, control: Control) -> None:
    author = {"id": "702", "username": "bram_b", "name": "<b>hi</b> & Bram"}
    control.post("/_sandbox/x/mentions", {"author": author, "text": "<i>ok</i> & dank"})
    (item,) = x.fetch({}).items
    assert item.author.display_name == "<b>hi</b> & Bram"
    assert item.text == "<i>ok</i> & dank"


# ---- X direct messages


def dm_event(event_id: str, **fields: Any) -> dict[str, Any]:
    """A DM event as GET /2/dm_events serves it with our dm_event.fields."""
    return {
        "id": event_id,
        "event_type": "MessageCreate",
        "created_at": "2026-11-02T09:00:00.000Z",
        "dm_conversation_id": CONVERSATION,
        "sender_id": ANNA["id"],
        **fields,
    }


def raw_dm(control: Control, payload: dict[str, Any]) -> None:
    control.post("/_sandbox/x/raw_dm_events", {"event": payload})


def test_dm_text_is_decoded_as_x_encodes_it(x: XChannel, control: Control) -> None:
    text = "Tom & Jerry <3 &amp; שלום\nregel twee 👍🏽"
    control.post("/_sandbox/x/dms", {"sender": ANNA, "text": text})
    (item,) = x.fetch({}).items
    assert item.text == text
    assert item.author.handle == ANNA["username"]


def test_a_dm_sent_with_an_ampersand_is_found_and_not_sent_twice(
    x: XChannel, control: Control
) -> None:
    control.post("/_sandbox/x/dms", {"sender": ANNA, "text": "Vraag"})
    answer = OutboundReply(
        "Zie ma & di <09:00>",
        ReplyMode.DIRECT,
        ConversationKind.DIRECT,
        CONVERSATION,
        recipient=ANNA["id"],
    )
    delivered = x.send_reply(answer)
    found = x.find_sent(answer, datetime.now(UTC) - timedelta(minutes=5))
    assert [copy.external_id for copy in found] == [delivered.external_id]


def test_only_message_events_are_messages(x: XChannel, control: Control) -> None:
    group = "1580000000000000000"
    raw_dm(
        control,
        dm_event(
            "1950000000000000020",
            event_type="ParticipantsJoin",
            dm_conversation_id=group,
            participant_ids=[ANNA["id"]],
        ),
    )
    raw_dm(control, dm_event("1950000000000000021", text="Hoi groep", dm_conversation_id=group))
    raw_dm(
        control,
        {
            "id": "1950000000000000022",
            "event_type": "ParticipantsLeave",
            "created_at": "2026-11-02T09:00:00.000Z",
            "dm_conversation_id": group,
            "participant_ids": [ANNA["id"]],
        },
    )
    result = x.fetch({})
    assert [(i.external_id, i.text, i.thread_key) for i in result.items] == [
        ("1950000000000000021", "Hoi groep", group)
    ]
    assert result.unparseable == []
    assert result.cursors["dms"] == "1950000000000000022"


@pytest.mark.parametrize("text", [None, ""])
def test_a_photo_sent_without_a_word_is_a_message(
    x: XChannel, control: Control, text: str | None
) -> None:
    fields: dict[str, Any] = {"attachments": {"media_keys": ["3_1950000000000000023"]}}
    if text is not None:
        fields["text"] = text
    raw_dm(control, dm_event("1950000000000000023", **fields))
    result = x.fetch({})
    assert [(i.external_id, i.text, i.kind) for i in result.items] == [
        ("1950000000000000023", "", ItemKind.DIRECT_MESSAGE)
    ]
    assert result.unparseable == []


def test_a_shared_post_in_a_dm_shows_its_link(x: XChannel, control: Control) -> None:
    raw_dm(
        control,
        dm_event(
            "1950000000000000024",
            text="Kijk https://t.co/Shared0001",
            referenced_tweets=[{"id": "1940000000000000002"}],
            entities={
                "urls": [
                    {
                        "start": 5,
                        "end": 28,
                        "url": "https://t.co/Shared0001",
                        "expanded_url": "https://x.com/gem_voorbeeld/status/1940000000000000002",
                        "display_url": "x.com/gem_voorbeeld/…",
                    }
                ]
            },
        ),
    )
    (item,) = x.fetch({}).items
    assert item.text == "Kijk https://x.com/gem_voorbeeld/status/1940000000000000002"


def test_a_dm_event_without_text_or_attachment_is_quarantined(
    x: XChannel, control: Control
) -> None:
    control.post("/_sandbox/x/dms", {"sender": ANNA, "text": "Leesbaar"})
    raw_dm(control, dm_event("1950000000000000025"))
    result = x.fetch({})
    assert [i.text for i in result.items] == ["Leesbaar"]
    assert [u.external_id for u in result.unparseable] == ["1950000000000000025"]


# ---- storing what JSON can carry but a database cannot


@pytest.fixture
def worker(database: Database, tmp_path: Path) -> Worker:
    return Worker(database, CredentialStore(tmp_path / "credentials", use_keyring=False))


def connect_x(database: Database, worker: Worker, sandbox: SandboxHandle) -> None:
    add_account(
        database.sessions,
        worker.credentials,
        platform=Platform.X,
        name=X_USERNAME,
        handle=X_USERNAME,
        external_id=X_ACCOUNT_ID,
        credential=X_TOKEN,
        api_base=sandbox.x_base,
    )


def test_half_an_emoji_or_a_nul_character_cannot_block_an_account(
    database: Database, worker: Worker, sandbox: SandboxHandle, control: Control
) -> None:
    connect_x(database, worker, sandbox)
    raw_mention(control, tweet("1950000000000000030", "Half \ud83d emoji\x00 hier"))
    raw_mention(
        control,
        tweet("1950000000000000031", "kapot", created_at="gisteren \udc00", author_id="9990002"),
    )
    control.post("/_sandbox/x/mentions", {"author": ANNA, "text": "Heel bericht"})
    worker.run_once()
    with database.sessions() as session:
        texts = sorted(session.scalars(select(Message.text)))
        quarantined = list(session.scalars(select(QuarantinedItem.external_id)))
    assert texts == ["Half \ufffd emoji hier", "Heel bericht"]
    assert quarantined == ["1950000000000000031"]


# ---- Facebook Page

FB_ANNA = {"id": "2400000000000701", "name": "Anna de Vries"}
GRAPH_TIME = (datetime.now(UTC) - timedelta(minutes=5)).strftime("%Y-%m-%dT%H:%M:%S+0000")
"""A Graph time inside a first poll's look-back, in Graph's own form."""


@pytest.fixture
def facebook(sandbox: SandboxHandle) -> Iterator[FacebookChannel]:
    config = AccountConfig(Platform.FACEBOOK, PAGE_ID, PAGE_USERNAME, sandbox.graph_base)
    adapter = FacebookChannel(config, PAGE_TOKEN, timeout=2.0)
    yield adapter
    adapter.close()


def page_post(control: Control) -> str:
    """The Page's newest own post."""
    own = [p for p in control.graph_state()["posts"] if p["author_id"] == PAGE_ID]
    return str(max(own, key=lambda p: p["seq"])["id"])


def raw_graph(control: Control, kind: str, on: str, payload: dict[str, Any]) -> str:
    return str(
        control.post("/_sandbox/graph/raw", {"kind": kind, "on": on, "payload": payload})["id"]
    )


def fb_comment(comment_id: str, **fields: Any) -> dict[str, Any]:
    return {"id": comment_id, "created_time": GRAPH_TIME, "from": FB_ANNA, **fields}


def test_a_sticker_or_photo_comment_without_a_message_is_stored(
    facebook: FacebookChannel, control: Control
) -> None:
    post = page_post(control)
    sticker = {"type": "sticker", "url": "https://scontent.example/sticker.png"}
    raw_graph(control, "comment", post, fb_comment("122_1", attachment=sticker))
    photo = {"type": "photo", "media": {"image": {"src": "https://scontent.example/p.jpg"}}}
    raw_graph(control, "comment", post, fb_comment("122_2", message="", attachment=photo))
    result = facebook.fetch({})
    items = items_of(result)
    assert [(items[i].text, items[i].author.display_name) for i in ("122_1", "122_2")] == [
        ("", "Anna de Vries"),
        ("", "Anna de Vries"),
    ]
    assert result.unparseable == []


def test_a_reply_with_tags_and_a_hidden_flag_joins_its_top_level_comment(
    facebook: FacebookChannel, control: Control
) -> None:
    post = page_post(control)
    top = control.post(
        "/_sandbox/graph/comments", {"on": post, "text": "Waar?", "author": FB_ANNA}
    )["comment"]["id"]
    reply = fb_comment(
        "122_3",
        message="Bram de Boer zag het ook",
        message_tags=[
            {"id": "2400000000000702", "name": "Bram de Boer", "offset": 0, "length": 12}
        ],
        parent={"id": top, "created_time": GRAPH_TIME, "message": "Waar?"},
        is_hidden=True,
        can_hide=True,
    )
    raw_graph(control, "comment", post, reply)
    item = items_of(facebook.fetch({}))["122_3"]
    assert (item.text, item.thread_key, item.parent_external_id, item.kind) == (
        "Bram de Boer zag het ook",
        top,
        top,
        ItemKind.REPLY,
    )


def test_a_reply_whose_parent_was_deleted_is_still_stored(
    facebook: FacebookChannel, control: Control
) -> None:
    post = page_post(control)
    raw_graph(control, "comment", post, fb_comment("122_4", message="Nog?", parent={"id": "122_0"}))
    item = items_of(facebook.fetch({}))["122_4"]
    assert (item.text, item.thread_key, item.kind) == ("Nog?", "122_0", ItemKind.REPLY)


def test_big_odd_texts_and_html_names_are_stored_exactly(
    facebook: FacebookChannel, control: Control
) -> None:
    text = (
        "Geen licht 🌑\n\n\u05e9\u05dc\u05d5\u05dd \u2013 \u0645\u0631\u062d\u0628\u0627\r\n"
        "<script>x</script> &amp; "
    ) + "é" * 1_000_000
    author = {"id": "2400000000000709", "name": "<b>hi</b>"}
    control.post(
        "/_sandbox/graph/comments", {"on": page_post(control), "text": text, "author": author}
    )
    (item,) = facebook.fetch({}).items
    assert item.text == text
    assert item.author.display_name == "<b>hi</b>"


def conversation(control: Control, platform: str = "messenger") -> str:
    """A resident's conversation with the Page, with one ordinary message in it."""
    body = {"platform": platform, "text": "Hallo"}
    return str(control.post("/_sandbox/graph/dms", body)["conversation_id"])


def test_messenger_attachments_stickers_emails_and_echoes(
    facebook: FacebookChannel, control: Control
) -> None:
    thread = conversation(control)
    resident = {
        "name": "Anna de Vries",
        "email": "2400000000000701@facebook.com",
        "id": "2400000000000701",
    }
    page = {"name": "Gemeente Voorbeeld", "email": f"{PAGE_ID}@facebook.com", "id": PAGE_ID}
    to_page = {"data": [page]}
    photo = {"data": [{"id": "att_1", "mime_type": "image/jpeg", "name": "foto.jpg"}]}
    messages = [
        {"id": "m_photo", "message": "", "attachments": photo, "from": resident, "to": to_page},
        {
            "id": "m_sticker",
            "message": "",
            "sticker": "https://scontent.example/369239263222822.png",
            "from": resident,
            "to": to_page,
        },
        {"id": "m_echo", "message": "Wij kijken ernaar", "from": page, "to": {"data": [resident]}},
    ]
    for second, message in enumerate(messages):
        control.post(
            "/_sandbox/graph/raw",
            {
                "kind": "message",
                "on": thread,
                "payload": {**message, "created_time": graph_time(second)},
                "created_at": iso_time(second),
            },
        )
    result = facebook.fetch({})
    items = items_of(result, "dms")
    assert [(items[m].text, items[m].from_account) for m in ("m_photo", "m_sticker", "m_echo")] == [
        ("", False),
        ("", False),
        ("Wij kijken ernaar", True),
    ]
    assert items["m_photo"].author == items["m_sticker"].author
    assert "@" not in repr(items["m_photo"].author)  # the email is not kept
    assert result.unparseable == []


# ---- Instagram


@pytest.fixture
def instagram(sandbox: SandboxHandle) -> Iterator[InstagramChannel]:
    config = AccountConfig(
        Platform.INSTAGRAM, IG_USER_ID, IG_USERNAME, sandbox.graph_base, page_id=PAGE_ID
    )
    adapter = InstagramChannel(config, PAGE_TOKEN, timeout=2.0, status_wait=lambda _: None)
    yield adapter
    adapter.close()


def own_medium(control: Control) -> str:
    own = [m for m in control.graph_state()["media"] if m["owner_id"] == IG_USER_ID]
    return str(max(own, key=lambda m: m["seq"])["id"])


def test_instagram_comments_in_every_documented_shape(
    instagram: InstagramChannel, control: Control
) -> None:
    medium = own_medium(control)
    reply = {
        "id": "17850000000009002",
        "timestamp": GRAPH_TIME,
        "username": "lotte.tulp",
        "from": {"id": "6400000000000703", "username": "lotte.tulp"},
        "parent_id": "17850000000009001",
    }
    top = {
        "id": "17850000000009001",
        "timestamp": GRAPH_TIME,
        "username": "lotte.tulp",
        "from": {"id": "6400000000000703", "username": "lotte.tulp"},
        "media": {"id": medium, "media_product_type": "REELS"},
        "replies": {"data": [reply]},
    }
    raw_graph(control, "ig_comment", medium, top)  # no text: a GIF or an emoji reaction
    older = {
        "id": "17850000000009003",
        "timestamp": GRAPH_TIME,
        "username": "sjoerd_h",
        "text": "Top",
    }
    raw_graph(control, "ig_comment", medium, older)  # the older shape: only a username
    result = instagram.fetch({})
    items = items_of(result, "media")
    assert (items["17850000000009001"].text, items["17850000000009001"].author.handle) == (
        "",
        "lotte.tulp",
    )
    assert items["17850000000009002"].thread_key == "17850000000009001"
    assert items["17850000000009002"].author.external_id == "6400000000000703"
    assert (items["17850000000009003"].author.handle, items["17850000000009003"].text) == (
        "sjoerd_h",
        "Top",
    )
    assert result.unparseable == []


def test_instagram_dms_with_story_mentions_and_shares(
    instagram: InstagramChannel, control: Control
) -> None:
    thread = conversation(control, "instagram")
    sender = {"username": "lotte.tulp", "id": "6400000000000703"}
    story = {"data": [{"type": "story_mention", "payload": {"url": "https://lookaside.example/s"}}]}
    share = {"data": [{"type": "share", "payload": {"url": "https://www.instagram.com/p/X/"}}]}
    for second, (message_id, attachments) in enumerate(
        [("aWdf" + "A" * 150, story), ("aWdf" + "B" * 150, share)]
    ):
        control.post(
            "/_sandbox/graph/raw",
            {
                "kind": "message",
                "on": thread,
                "payload": {
                    "id": message_id,
                    "created_time": graph_time(second),
                    "from": sender,
                    "to": {"data": [{"username": IG_USERNAME, "id": IG_USER_ID}]},
                    "attachments": attachments,
                },
                "created_at": iso_time(second),
            },
        )
    result = instagram.fetch({})
    shared = [i for i in result.items if i.external_id.startswith("aWdf")]
    assert [(i.text, i.author.handle, i.author.external_id) for i in shared] == [
        ("", "lotte.tulp", "6400000000000703"),
        ("", "lotte.tulp", "6400000000000703"),
    ]
    assert result.unparseable == []


def test_a_message_without_a_sender_gets_a_storable_identity_of_its_own(
    facebook: FacebookChannel, control: Control
) -> None:
    thread = conversation(control)
    long_ids = ["m_" + "x" * 120, "m_" + "y" * 120]
    for second, message_id in enumerate(long_ids):
        control.post(
            "/_sandbox/graph/raw",
            {
                "kind": "message",
                "on": thread,
                "payload": {
                    "id": message_id,
                    "message": "Wie ben ik?",
                    "created_time": graph_time(second),
                },
                "created_at": iso_time(second),
            },
        )
    items = items_of(facebook.fetch({}))
    authors = {items[m].author.external_id for m in long_ids}
    assert len(authors) == 2
    assert all(a.startswith("anonymous:") and len(a) <= 64 for a in authors)
    again = items_of(facebook.fetch({}))
    assert {again[m].author.external_id for m in long_ids} == authors


def test_a_broken_sender_or_half_an_emoji_in_a_comment_is_still_stored(
    facebook: FacebookChannel, control: Control
) -> None:
    post = page_post(control)
    raw_graph(
        control,
        "comment",
        post,
        fb_comment("122_5", message="Kapot \ud83d", **{"from": {"id": None, "name": "X"}}),
    )
    result = facebook.fetch({})
    item = items_of(result)["122_5"]
    assert item.text == "Kapot \ufffd"
    assert item.author.external_id == "anonymous:122_5"
    assert result.unparseable == []
