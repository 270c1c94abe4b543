"""Reading the sandbox's Graph API through the real facebook-sdk client (platform-apis.md §7.2)."""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from typing import Any

import pytest
import requests

from channels.graph import facebook
from channels.sandbox import (
    IG_USER_ID,
    PAGE_ID,
    PAGE_TOKEN,
    USER_TOKEN,
    SandboxHandle,
    start,
    token_id,
)
from tests.helpers.sandbox import Control

ANNA = {"id": "2400000000000701", "name": "Anna de Vries"}
BRAM = {"id": "2400000000000702", "name": "Bram Bakker"}
TIME = re.compile(r"^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\+0000$")


def first_post(graph: facebook.GraphAPI) -> str:
    return str(graph.get_connections(PAGE_ID, "feed", limit=1)["data"][0]["id"])


def comment(control: Control, on: str, text: str, author: dict[str, str] = ANNA) -> str:
    body = {"on": on, "text": text, "author": author}
    return str(control.post("/_sandbox/graph/comments", body)["comment"]["id"])


def test_any_version_prefix_is_served_and_a_retired_one_is_answered_as_the_oldest(
    sandbox: SandboxHandle, make_graph: Callable[..., facebook.GraphAPI], control: Control
) -> None:
    assert make_graph(version="v2.8").get_object("me")["id"] == PAGE_ID
    assert make_graph().get_object("me")["id"] == PAGE_ID
    assert [r["path"] for r in control.requests("/graph")] == ["/graph/v2.8/me", "/graph/v21.0/me"]
    old = requests.get(
        f"{sandbox.graph_base}/v2.8/me", params={"access_token": PAGE_TOKEN}, timeout=10
    )
    assert old.headers["facebook-api-version"] == "v19.0"
    current = requests.get(
        f"{sandbox.graph_base}/v21.0/me", params={"access_token": PAGE_TOKEN}, timeout=10
    )
    assert current.headers["facebook-api-version"] == "v21.0"


def test_field_expansion_nests_edges_with_limit_and_summary(
    graph: facebook.GraphAPI, control: Control
) -> None:
    post = first_post(graph)
    top = comment(control, post, "Wanneer gaat de straat weer open?")
    comment(control, top, "Ik vraag het me ook af", BRAM)
    node = graph.get_object(
        PAGE_ID,
        fields="name,feed.limit(1){message,from{id},comments.filter(stream).limit(0)"
        ".summary(true)},tagged.limit(5){id}",
    )
    assert node["name"] == "Gemeente Voorbeeld" and node["id"] == PAGE_ID
    (latest,) = node["feed"]["data"]
    assert set(latest) == {"id", "message", "from", "comments"}
    assert latest["from"] == {"id": PAGE_ID}
    assert latest["comments"]["data"] == []
    assert latest["comments"]["summary"]["total_count"] == 2  # replies count with filter=stream
    assert "tagged" not in node  # an empty edge is left out, as Graph does
    toplevel = graph.get_object(post, fields="comments.limit(0).summary(true)")
    assert toplevel["comments"]["summary"]["total_count"] == 1


def test_an_unknown_field_is_code_100(graph: facebook.GraphAPI) -> None:
    with pytest.raises(facebook.GraphAPIError) as error:
        graph.get_object(PAGE_ID, fields="id,favourite_colour")
    assert error.value.code == 100
    assert "favourite_colour" in error.value.message
    with pytest.raises(facebook.GraphAPIError) as syntax:
        graph.get_object(PAGE_ID, fields="feed{id")
    assert syntax.value.code == 100


def test_paging_next_is_a_real_graph_url_with_the_token_and_every_page_is_reachable(
    graph: facebook.GraphAPI, control: Control
) -> None:
    post = first_post(graph)
    written = [comment(control, post, f"Reactie {n}") for n in range(60)]
    first = graph.get_connections(post, "comments", limit=25, fields="id,message")
    next_url = first["paging"]["next"]
    assert next_url.startswith(f"https://graph.facebook.com/v21.0/{post}/comments?")
    assert "access_token=" in next_url and "fields=id%2Cmessage" in next_url
    # facebook-sdk's own pager follows next (it needs access_token in it, quirk 0.7).
    every = list(graph.get_all_connections(post, "comments", limit=25, fields="id,message"))
    assert [c["id"] for c in every] == written
    pages = [r for r in control.requests("/graph") if r["path"].endswith("/comments")]
    assert len(pages) == 1 + 3  # the first request, then 25 + 25 + 10
    last = graph.get_connections(
        post, "comments", limit=25, after=first["paging"]["cursors"]["after"]
    )
    assert "next" in last["paging"] and "previous" in last["paging"]


def test_comments_filter_order_and_times(graph: facebook.GraphAPI, control: Control) -> None:
    post = first_post(graph)
    top = comment(control, post, "Eerste")
    reply = comment(control, top, "Antwoord erop", BRAM)
    second = comment(control, post, "Tweede")
    toplevel = graph.get_connections(post, "comments", fields="id,created_time,parent{id}")
    assert [c["id"] for c in toplevel["data"]] == [top, second]
    stream = graph.get_connections(
        post,
        "comments",
        filter="stream",
        order="reverse_chronological",
        fields="id,message,created_time,from{id,name},parent{id}",
    )
    assert [c["id"] for c in stream["data"]] == [second, reply, top]
    by_id = {c["id"]: c for c in stream["data"]}
    assert by_id[reply]["parent"] == {"id": top} and "parent" not in by_id[top]
    assert by_id[reply]["from"] == {"id": BRAM["id"], "name": "Bram Bakker"}
    assert all(TIME.match(c["created_time"]) for c in stream["data"])
    replies = graph.get_connections(top, "comments", fields="id")
    assert [c["id"] for c in replies["data"]] == [reply]


def test_a_revoked_token_is_190_and_an_unknown_one_too(
    graph: facebook.GraphAPI, make_graph: Callable[..., facebook.GraphAPI], control: Control
) -> None:
    with pytest.raises(facebook.GraphAPIError) as unknown:
        make_graph("not-a-token").get_object("me")
    assert (unknown.value.code, unknown.value.type) == (190, "OAuthException")
    control.post("/_sandbox/graph/revoke", {"token": PAGE_TOKEN})
    with pytest.raises(facebook.GraphAPIError) as revoked:
        graph.get_object("me")
    assert revoked.value.code == 190
    assert revoked.value.result["error"]["error_subcode"] == 463


def test_visitor_posts_is_refused_as_for_new_pages_experience(graph: facebook.GraphAPI) -> None:
    with pytest.raises(facebook.GraphAPIError) as error:
        graph.get_connections(PAGE_ID, "visitor_posts")
    assert error.value.code == 100


def usage_headers(sandbox: SandboxHandle, path: str) -> requests.Response:
    return requests.get(
        f"{sandbox.graph_base}/v21.0/{path}", params={"access_token": PAGE_TOKEN}, timeout=10
    )


def test_every_answer_carries_usage_headers_per_page_and_instagram_account(
    sandbox: SandboxHandle, control: Control
) -> None:
    page = usage_headers(sandbox, PAGE_ID)
    app = json.loads(page.headers["X-App-Usage"])
    assert set(app) == {"call_count", "total_cputime", "total_time"}
    business = json.loads(page.headers["X-Business-Use-Case-Usage"])
    assert business[PAGE_ID][0]["type"] == "pages"
    assert business[PAGE_ID][0]["estimated_time_to_regain_access"] == 0
    instagram = usage_headers(sandbox, f"{IG_USER_ID}/media")
    assert json.loads(instagram.headers["X-Business-Use-Case-Usage"])[IG_USER_ID][0]["type"] == (
        "instagram"
    )
    control.post("/_sandbox/graph/usage", {"scope": PAGE_ID, "call_count": 95})
    high = json.loads(usage_headers(sandbox, PAGE_ID).headers["X-Business-Use-Case-Usage"])
    assert high[PAGE_ID][0]["call_count"] == 95


def test_a_used_up_budget_throttles_with_the_platforms_codes(
    sandbox: SandboxHandle, graph: facebook.GraphAPI, control: Control
) -> None:
    control.post(
        "/_sandbox/graph/usage", {"scope": PAGE_ID, "call_count": 100, "regain_minutes": 7}
    )
    with pytest.raises(facebook.GraphAPIError) as page:
        graph.get_object(PAGE_ID)
    assert page.value.code == 80001
    answer = usage_headers(sandbox, PAGE_ID)
    assert answer.status_code == 400
    usage = json.loads(answer.headers["X-Business-Use-Case-Usage"])[PAGE_ID][0]
    assert usage["estimated_time_to_regain_access"] == 7
    assert graph.get_object(IG_USER_ID, fields="username")["username"]  # another budget
    control.post("/_sandbox/graph/usage", {"scope": "app", "call_count": 100})
    with pytest.raises(facebook.GraphAPIError) as app:
        graph.get_object(IG_USER_ID)
    assert app.value.code == 4
    control.post("/_sandbox/graph/usage", {"clear": True})
    assert graph.get_object(PAGE_ID)["id"] == PAGE_ID


def test_conversations_by_platform_with_their_participants(
    graph: facebook.GraphAPI, control: Control
) -> None:
    control.post("/_sandbox/graph/dms", {"sender": ANNA, "text": "Hoi gemeente"})
    ig = {"id": "6400000000000703", "username": "lotte.tulp"}
    control.post("/_sandbox/graph/dms", {"platform": "instagram", "sender": ig, "text": "Hey"})
    fields = "id,updated_time,participants,messages.limit(5){id,message,from,to,created_time}"
    messenger = graph.get_connections(PAGE_ID, "conversations", platform="messenger", fields=fields)
    (thread,) = messenger["data"]
    assert thread["id"].startswith("t_") and TIME.match(thread["updated_time"])
    assert thread["participants"]["data"][0] == {
        "name": "Anna de Vries",
        "email": f"{ANNA['id']}@facebook.com",
        "id": ANNA["id"],
    }
    (message,) = thread["messages"]["data"]
    assert message["id"].startswith("m_") and message["message"] == "Hoi gemeente"
    assert message["to"]["data"][0]["id"] == PAGE_ID
    instagram = graph.get_connections(PAGE_ID, "conversations", platform="instagram", fields=fields)
    (ig_message,) = instagram["data"][0]["messages"]["data"]
    assert ig_message["from"] == {"username": "lotte.tulp", "id": ig["id"]}
    assert ig_message["to"]["data"][0]["id"] == IG_USER_ID
    only = graph.get_connections(PAGE_ID, "conversations", user_id=BRAM["id"])
    assert only["data"] == []


def test_a_page_token_sees_only_its_own_page(
    graph: facebook.GraphAPI, make_graph: Callable[..., facebook.GraphAPI], control: Control
) -> None:
    control.post(
        "/_sandbox/graph/pages",
        {"id": "104857600000002", "name": "Wijkteam", "username": "wijkteam", "token": "wijk"},
    )
    post = first_post(graph)
    other = make_graph("wijk")
    assert other.get_object("me")["id"] == "104857600000002"
    with pytest.raises(facebook.GraphAPIError) as error:
        other.get_object(post)
    assert error.value.code == 100 and error.value.result["error"]["error_subcode"] == 33


def test_a_user_token_lists_the_pages_with_their_tokens(
    make_graph: Callable[..., facebook.GraphAPI],
) -> None:
    accounts = make_graph(USER_TOKEN).get_connections(
        "me", "accounts", fields="id,name,access_token,tasks"
    )
    (page,) = accounts["data"]
    assert (page["id"], page["access_token"]) == (PAGE_ID, PAGE_TOKEN)
    assert "MESSAGING" in page["tasks"]
    assert (
        make_graph(USER_TOKEN).get_object(
            PAGE_ID, fields="instagram_business_account{id,username}"
        )["instagram_business_account"]["id"]
        == IG_USER_ID
    )


def test_the_same_seed_gives_the_same_residents() -> None:
    def run(seed: int) -> list[dict[str, Any]]:
        with start(seed=seed) as handle:
            created = requests.post(
                f"{handle.url}/_sandbox/graph/tick", json={"count": 40}, timeout=10
            ).json()["created"]
            state = requests.get(f"{handle.url}/_sandbox/graph/state", timeout=10).json()
        texts = {c["id"]: c["message"] for c in state["comments"]}
        return [dict(item, text=texts.get(item["id"])) for item in created]

    first = run(5)
    assert first == run(5)
    assert first != run(6)
    kinds = {item["type"] for item in first}
    assert {"comment", "messenger_dm", "ig_comment"} <= kinds


def test_raw_items_are_served_as_given_and_from_can_be_left_out(
    graph: facebook.GraphAPI, control: Control
) -> None:
    post = first_post(graph)
    control.post(
        "/_sandbox/graph/raw",
        {"kind": "comment", "on": post, "payload": {"id": "1_2", "message": "zonder tijd"}},
    )
    comment(control, post, "Gewone reactie")
    control.post("/_sandbox/graph/settings", {"omit_from": True})
    data = graph.get_connections(post, "comments", fields="id,message,from")["data"]
    assert data[0] == {"id": "1_2", "message": "zonder tijd"}
    assert "from" not in data[1] and data[1]["message"] == "Gewone reactie"


def test_faults_hit_graph_calls_and_the_log_keeps_no_token(
    graph: facebook.GraphAPI, control: Control
) -> None:
    control.post("/_sandbox/faults", {"prefix": "/graph", "kind": "html"})
    with pytest.raises(facebook.GraphAPIError, match="Maintype"):
        graph.get_object("me")
    control.post("/_sandbox/faults", {"prefix": "/graph", "kind": "no_content_type"})
    with pytest.raises(KeyError):
        graph.get_object("me")
    control.post("/_sandbox/faults", {"prefix": "/graph", "kind": "drop"})
    with pytest.raises(requests.ConnectionError):
        graph.get_object("me")
    graph.put_object(first_post(graph), "comments", message="Dank!")
    log = control.requests("/graph")
    assert [entry["fault"] for entry in log[:3]] == ["html", "no_content_type", "drop"]
    assert log[0]["query"]["access_token"] == [token_id(PAGE_TOKEN)]
    assert PAGE_TOKEN not in json.dumps(log)
    assert control.requests("/x") == []


def test_published_posts_and_media_are_listed_by_window_with_since(
    graph: facebook.GraphAPI, control: Control
) -> None:
    start = (datetime.now(UTC) - timedelta(days=40)).isoformat()
    for platform in ("facebook", "instagram"):
        ids = control.post(
            "/_sandbox/graph/published",
            {
                "platform": platform,
                "text": "Oud",
                "created_at": start,
                "count": 4,
                "every": 86400 * 5,
            },
        )["ids"]
        assert len(ids) == 4
    since = int((datetime.now(UTC) - timedelta(days=32)).timestamp())
    node = graph.get_object(PAGE_ID, fields=f"feed.since({since}).limit(100){{message}}")
    messages = [post.get("message") for post in node["feed"]["data"]]
    assert "Oud 3" in messages and "Oud 4" in messages and "Oud 2" not in messages
    media = graph.get_connections(IG_USER_ID, "media", since=since, fields="caption")
    captions = [medium.get("caption") for medium in media["data"]]
    assert "Oud 3" in captions and "Oud 2" not in captions
