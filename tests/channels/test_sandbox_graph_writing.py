"""Writing to the sandbox's Graph API through the real facebook-sdk client: the form bodies,
the Send API's messaging window, moderation, Page posts and Instagram publishing."""

from __future__ import annotations

import io
import json
import time
from typing import Any
from urllib.parse import parse_qs

import pytest

from channels.graph import facebook
from channels.sandbox import IG_USER_ID, PAGE_ID, PAGE_TOKEN, token_id
from tests.helpers.sandbox import Control

ANNA = {"id": "2400000000000701", "name": "Anna de Vries"}
LOTTE = {"id": "6400000000000703", "username": "lotte.tulp"}


def first_post(graph: facebook.GraphAPI) -> str:
    return str(graph.get_connections(PAGE_ID, "feed", limit=1)["data"][0]["id"])


def first_media(graph: facebook.GraphAPI) -> str:
    return str(graph.get_connections(IG_USER_ID, "media", limit=1)["data"][0]["id"])


def comment(control: Control, on: str, text: str, author: dict[str, str] = ANNA) -> str:
    body = {"on": on, "text": text, "author": author}
    return str(control.post("/_sandbox/graph/comments", body)["comment"]["id"])


def form(entry: dict[str, Any]) -> dict[str, list[str]]:
    return parse_qs(entry["body"])


def last_post(control: Control) -> dict[str, Any]:
    return [r for r in control.requests("/graph") if r["method"] == "POST"][-1]


def test_a_reply_is_a_form_post_and_a_reply_to_a_reply_joins_the_thread(
    graph: facebook.GraphAPI, control: Control
) -> None:
    post = first_post(graph)
    top = comment(control, post, "Is de Dorpsstraat vrijdag weer open?")
    theirs = comment(control, top, "Ik wil het ook weten", {"id": "2400000000000702", "name": "B"})
    ours = graph.put_object(theirs, "comments", message="Ja, vrijdag om 17:00 uur & niet eerder.")
    entry = last_post(control)
    assert entry["headers"]["Content-Type"] == "application/x-www-form-urlencoded"
    assert form(entry) == {
        "message": ["Ja, vrijdag om 17:00 uur & niet eerder."],
        "access_token": [token_id(PAGE_TOKEN)],
    }
    stored = graph.get_object(ours["id"], fields="parent{id},from{id},message")
    assert stored["parent"] == {"id": top} and stored["from"] == {"id": PAGE_ID}


def send(graph: facebook.GraphAPI, recipient: dict[str, str], text: str, **extra: str) -> Any:
    return graph.put_object(
        PAGE_ID,
        "messages",
        recipient=json.dumps(recipient),
        message=json.dumps({"text": text}),
        **extra,
    )


def test_the_send_api_takes_json_strings_in_the_form_within_the_window(
    graph: facebook.GraphAPI, control: Control
) -> None:
    control.post("/_sandbox/graph/dms", {"sender": ANNA, "text": "Mijn container is vergeten"})
    sent = send(graph, {"id": ANNA["id"]}, "We komen morgen langs.", messaging_type="RESPONSE")
    assert sent["recipient_id"] == ANNA["id"] and sent["message_id"].startswith("m_")
    body = form(last_post(control))
    assert json.loads(body["recipient"][0]) == {"id": ANNA["id"]}
    assert json.loads(body["message"][0]) == {"text": "We komen morgen langs."}
    assert body["messaging_type"] == ["RESPONSE"]
    with pytest.raises(facebook.GraphAPIError) as untyped:
        send(graph, {"id": ANNA["id"]}, "Zonder type")
    assert untyped.value.code == 100
    with pytest.raises(facebook.GraphAPIError) as stranger:
        send(graph, {"id": "2400000000009999"}, "Wie?", messaging_type="RESPONSE")
    assert stranger.value.result["error"]["error_subcode"] == 2018001


def test_outside_24_hours_only_a_human_agent_may_answer_for_7_days(
    graph: facebook.GraphAPI, control: Control
) -> None:
    control.post("/_sandbox/graph/dms", {"sender": ANNA, "text": "Hallo?"})
    control.post("/_sandbox/graph/clock", {"advance": 25 * 3600})
    with pytest.raises(facebook.GraphAPIError) as outside:
        send(graph, {"id": ANNA["id"]}, "Sorry voor de late reactie", messaging_type="RESPONSE")
    assert (outside.value.code, outside.value.result["error"]["error_subcode"]) == (10, 2018278)
    tagged = send(
        graph, {"id": ANNA["id"]}, "Een medewerker", messaging_type="MESSAGE_TAG", tag="HUMAN_AGENT"
    )
    assert tagged["message_id"]
    control.post("/_sandbox/graph/clock", {"advance": 7 * 86400})
    with pytest.raises(facebook.GraphAPIError) as late:
        send(graph, {"id": ANNA["id"]}, "Te laat", messaging_type="MESSAGE_TAG", tag="HUMAN_AGENT")
    assert late.value.code == 10


def test_an_instagram_dm_outside_the_window_has_its_own_subcode(
    graph: facebook.GraphAPI, control: Control
) -> None:
    control.post("/_sandbox/graph/dms", {"platform": "instagram", "sender": LOTTE, "text": "Hoi"})
    assert send(graph, {"id": LOTTE["id"]}, "Hoi Lotte")["message_id"]
    with pytest.raises(facebook.GraphAPIError) as long:
        send(graph, {"id": LOTTE["id"]}, "x" * 1001)
    assert long.value.code == 100
    control.post("/_sandbox/graph/clock", {"advance": 24 * 3600 + 60})
    with pytest.raises(facebook.GraphAPIError) as outside:
        send(graph, {"id": LOTTE["id"]}, "Nog daar?")
    assert outside.value.result["error"]["error_subcode"] == 2534022


def test_a_comment_is_answered_privately_once_in_messenger(
    graph: facebook.GraphAPI, control: Control
) -> None:
    asked = comment(control, first_post(graph), "Mag ik mijn adres sturen?")
    assert graph.get_object(asked, fields="can_reply_privately")["can_reply_privately"] is True
    sent = send(graph, {"comment_id": asked}, "Stuur het hier maar.", messaging_type="RESPONSE")
    assert sent["recipient_id"] == ANNA["id"]
    state = control.graph_state()
    (conversation,) = state["conversations"]
    assert (conversation["platform"], conversation["participant_id"]) == ("messenger", ANNA["id"])
    with pytest.raises(facebook.GraphAPIError) as again:
        send(graph, {"comment_id": asked}, "Nog een keer", messaging_type="RESPONSE")
    assert again.value.code == 10900
    assert graph.get_object(asked, fields="can_reply_privately")["can_reply_privately"] is False


def test_comments_are_hidden_and_shown_again(graph: facebook.GraphAPI, control: Control) -> None:
    rude = comment(control, first_post(graph), "Stelletje prutsers")
    assert graph.put_object(rude, "", is_hidden="true") == {"success": True}
    assert graph.get_object(rude, fields="is_hidden")["is_hidden"] is True
    graph.request(f"v21.0/{rude}", post_args={"is_hidden": "false"})
    assert graph.get_object(rude, fields="is_hidden")["is_hidden"] is False
    ig = comment(control, first_media(graph), "spam spam", LOTTE)
    graph.request(f"v21.0/{ig}", post_args={"hide": "true"})
    assert graph.get_object(ig, fields="hidden")["hidden"] is True
    with pytest.raises(facebook.GraphAPIError):
        graph.put_object(ig, "replies", message="Een reactie op verborgen")


def test_page_posts_text_links_photos_and_checks_them(
    graph: facebook.GraphAPI, control: Control
) -> None:
    text = graph.put_object(PAGE_ID, "feed", message="Het gemeentehuis is maandag dicht.")
    assert text["id"].startswith(PAGE_ID + "_")
    with pytest.raises(facebook.GraphAPIError) as duplicate:
        graph.put_object(PAGE_ID, "feed", message="Het gemeentehuis is maandag dicht.")
    assert duplicate.value.code == 506
    with pytest.raises(facebook.GraphAPIError) as link:
        graph.put_object(PAGE_ID, "feed", message="Kijk", link="geen-url")
    assert link.value.code == 1609005
    photo = graph.put_photo(
        io.BytesIO(b"\xff\xd8\xff fake jpeg"), album_path=f"{PAGE_ID}/photos", message="Zonnig!"
    )
    assert set(photo) == {"id", "post_id"}
    entry = last_post(control)
    assert entry["headers"]["Content-Type"].startswith("multipart/form-data")
    assert 'name="source"' in entry["body"] and PAGE_TOKEN not in entry["body"]
    feed = graph.get_connections(PAGE_ID, "feed", fields="id,message,full_picture", limit=2)
    assert feed["data"][0]["id"] == photo["post_id"] and feed["data"][0]["message"] == "Zonnig!"


def test_a_scheduled_post_must_be_10_minutes_to_30_days_ahead(graph: facebook.GraphAPI) -> None:
    soon = int(time.time()) + 300
    with pytest.raises(facebook.GraphAPIError) as error:
        graph.put_object(
            PAGE_ID, "feed", message="Te vroeg", published="false", scheduled_publish_time=soon
        )
    assert error.value.code == 100
    later = int(time.time()) + 3600
    post = graph.put_object(
        PAGE_ID, "feed", message="Straks", published="false", scheduled_publish_time=later
    )
    scheduled = graph.get_connections(PAGE_ID, "scheduled_posts", fields="id")["data"]
    assert [p["id"] for p in scheduled] == [post["id"]]
    assert post["id"] not in [p["id"] for p in graph.get_connections(PAGE_ID, "feed")["data"]]


def test_instagram_replies_go_to_the_top_level_comment(
    graph: facebook.GraphAPI, control: Control
) -> None:
    top = comment(control, first_media(graph), "Wat een mooie foto!", LOTTE)
    theirs = comment(control, top, "Echt waar", {"id": "6400000000000704", "username": "bram"})
    ours = graph.put_object(theirs, "replies", message="Dank jullie wel!")
    reply = graph.get_object(ours["id"], fields="parent_id,username,text")
    assert reply == {
        "parent_id": top,
        "username": "gemeente.voorbeeld",
        "text": "Dank jullie wel!",
        "id": ours["id"],
    }
    replies = graph.get_connections(top, "replies", fields="id")["data"]
    assert [r["id"] for r in replies] == [theirs, ours["id"]]


def test_a_tagged_medium_is_answered_through_mentions(
    graph: facebook.GraphAPI, control: Control
) -> None:
    tagged = control.post(
        "/_sandbox/graph/tags", {"platform": "instagram", "author": LOTTE, "text": "Buurtfeest!"}
    )["media"]["id"]
    assert [m["id"] for m in graph.get_connections(IG_USER_ID, "tags")["data"]] == [tagged]
    answer = graph.put_object(IG_USER_ID, "mentions", media_id=tagged, message="Gezellig!")
    node = graph.get_object(
        IG_USER_ID, fields=f"mentioned_media.media_id({tagged}){{caption,comments{{id,text}}}}"
    )
    assert node["mentioned_media"]["comments"]["data"] == [
        {"id": answer["id"], "text": "Gezellig!"}
    ]


def test_instagram_publishing_waits_for_the_container_and_keeps_the_quota(
    graph: facebook.GraphAPI, control: Control
) -> None:
    control.post("/_sandbox/graph/settings", {"quota_total": 2, "video_polls": 2})
    image = graph.put_object(
        IG_USER_ID, "media", image_url="https://example.org/a.jpg", caption="Nieuw! #buurt"
    )
    assert graph.get_object(image["id"], fields="status_code")["status_code"] == "FINISHED"
    assert graph.put_object(IG_USER_ID, "media_publish", creation_id=image["id"])["id"]
    video = graph.put_object(
        IG_USER_ID, "media", media_type="REELS", video_url="https://example.org/v.mp4"
    )
    with pytest.raises(facebook.GraphAPIError) as early:
        graph.put_object(IG_USER_ID, "media_publish", creation_id=video["id"])
    assert early.value.code == 9007
    statuses = [graph.get_object(video["id"], fields="status_code")["status_code"] for _ in "ab"]
    assert statuses == ["IN_PROGRESS", "FINISHED"]
    assert graph.put_object(IG_USER_ID, "media_publish", creation_id=video["id"])["id"]
    limit = graph.get_connections(IG_USER_ID, "content_publishing_limit")
    assert limit["data"][0]["quota_usage"] == 2
    third = graph.put_object(IG_USER_ID, "media", image_url="https://example.org/c.jpg")
    with pytest.raises(facebook.GraphAPIError) as quota:
        graph.put_object(IG_USER_ID, "media_publish", creation_id=third["id"])
    assert (quota.value.code, quota.value.result["error"]["error_subcode"]) == (9, 2207042)


def test_captions_are_checked_before_a_container_exists(graph: facebook.GraphAPI) -> None:
    url = "https://example.org/a.jpg"
    with pytest.raises(facebook.GraphAPIError):
        graph.put_object(IG_USER_ID, "media", image_url=url, caption="x" * 2201)
    with pytest.raises(facebook.GraphAPIError):
        graph.put_object(IG_USER_ID, "media", image_url=url, caption=" ".join(["#a"] * 31))
    with pytest.raises(facebook.GraphAPIError):
        graph.put_object(IG_USER_ID, "media", caption="geen plaatje")


def test_deleted_objects_are_gone(graph: facebook.GraphAPI, control: Control) -> None:
    asked = comment(control, first_post(graph), "Weg ermee")
    assert graph.delete_object(asked) == {"success": True}
    with pytest.raises(facebook.GraphAPIError) as gone:
        graph.get_object(asked)
    assert gone.value.code == 100
