"""A whole-request deadline: an answer that trickles in costs at most that deadline.

Each answer byte arrives well within any per-read timeout, so only a deadline on the whole
request (connect, headers and body together) ends the call; the adapter then gives up on that
answer, keeps what the other streams read, and asks again on the next poll.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from channels.facebook import FacebookChannel
from channels.sandbox import (
    PAGE_ID,
    PAGE_TOKEN,
    PAGE_USERNAME,
    X_ACCOUNT_ID,
    X_TOKEN,
    X_USERNAME,
    SandboxHandle,
)
from channels.x import XChannel
from tests.helpers.edge import ANNA, arm
from tests.helpers.sandbox import Control
from webcare.channel import AccountConfig
from webcare.vocabulary import Platform

DEADLINE = 2.0  # the normal answers must make it on a loaded machine too
TRICKLE = {"kind": "trickle", "delay": 0.2, "chunk": 4}  # ~20 s for a page of one mention


@pytest.fixture
def x(sandbox: SandboxHandle) -> Iterator[XChannel]:
    config = AccountConfig(Platform.X, X_ACCOUNT_ID, X_USERNAME, sandbox.x_base)
    adapter = XChannel(config, X_TOKEN, timeout=DEADLINE)
    yield adapter
    adapter.close()


def test_a_trickling_x_answer_is_given_up_at_the_deadline_and_read_next_time(
    x: XChannel, control: Control
) -> None:
    asked = control.post("/_sandbox/x/mentions", {"author": ANNA, "text": "Hallo?"})["tweet"]
    message = control.post("/_sandbox/x/dms", {"sender": ANNA, "text": "Hoi"})["dm_event"]
    arm(control, "/x", path=rf"/users/{X_ACCOUNT_ID}/mentions$", **TRICKLE)
    first = x.fetch({})
    assert [item.external_id for item in first.items] == [message["id"]]
    assert "mentions" not in first.cursors
    second = x.fetch(first.cursors)
    assert [item.external_id for item in second.items] == [asked["id"]]


@pytest.fixture
def facebook(sandbox: SandboxHandle) -> Iterator[FacebookChannel]:
    config = AccountConfig(Platform.FACEBOOK, PAGE_ID, PAGE_USERNAME, sandbox.graph_base)
    adapter = FacebookChannel(config, PAGE_TOKEN, timeout=DEADLINE)
    yield adapter
    adapter.close()


def test_a_trickling_comments_answer_is_given_up_and_the_post_read_again(
    facebook: FacebookChannel, control: Control
) -> None:
    own = [p for p in control.graph_state()["posts"] if p["author_id"] == PAGE_ID]
    post = max(own, key=lambda p: p["seq"])["id"]
    first = facebook.fetch({})
    author = {"id": "2400000000000701", "name": "Anna de Vries"}
    asked = control.post(
        "/_sandbox/graph/comments", {"on": post, "text": "Traag?", "author": author}
    )["comment"]["id"]
    thread = control.post(
        "/_sandbox/graph/dms", {"platform": "messenger", "sender": author, "text": "Snel"}
    )["conversation_id"]
    arm(control, "/graph", path=rf"/{post}/comments$", **TRICKLE)
    second = facebook.fetch(first.cursors)
    assert [item.thread_key for item in second.items] == [thread]
    third = facebook.fetch(second.cursors)
    assert [item.external_id for item in third.items] == [asked]
