"""A whole-request deadline: an answer that trickles in costs at most that deadline.

Each answer byte arrives well within any per-read timeout, so only a deadline on the whole
request (connect, headers and body together) ends the call; the adapter then gives up on that
answer, keeps what the other streams read, and asks again on the next poll.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from channels.sandbox import X_ACCOUNT_ID, X_TOKEN, X_USERNAME, SandboxHandle
from channels.x import XChannel
from webcare.channel import AccountConfig
from webcare.vocabulary import Platform

from .conftest import Control
from .edge_support import ANNA, arm

DEADLINE = 0.5
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
