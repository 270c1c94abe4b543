"""Meta's HUMAN_AGENT tag from the inbox, against the sandbox: past the 24-hour window a person
may still answer a Messenger or Instagram message for 7 days, but only when the agent chose
the tag; without it, and past 7 days, the desk refuses before anything is sent."""

from __future__ import annotations

from datetime import datetime
from urllib.parse import parse_qs

import pytest
from sqlalchemy import select

from channels.sandbox import SandboxHandle
from tests.helpers.edge import META, connect_meta, dm
from tests.helpers.sandbox import Control
from webcare.accounts.credentials import CredentialStore
from webcare.desks import open_desks
from webcare.inbox.limits import Window
from webcare.inbox.outbox import RefusalCode, ReplyRefused
from webcare.runtime import Database
from webcare.storage.models import Message
from webcare.vocabulary import DeliveryState, Direction, MessageTag, Platform
from webcare.worker import Worker

DAY = 86400


class SandboxClock:
    """The desk's clock follows the sandbox's (which the test moves forward)."""

    def __init__(self, control: Control) -> None:
        self.control = control
        self.now = self.advance(0)

    def advance(self, seconds: float) -> datetime:
        now = self.control.post("/_sandbox/graph/clock", {"advance": seconds})["now"]
        self.now = datetime.fromisoformat(now.replace("+0000", "+00:00"))
        return self.now

    def __call__(self) -> datetime:
        return self.now


def sends(control: Control) -> list[dict[str, list[str]]]:
    """The Send API calls the sandbox received, as forms."""
    return [
        parse_qs(r["body"])
        for r in control.requests("/graph")
        if r["method"] == "POST" and r["path"].endswith("/messages")
    ]


def reply_of(database: Database, conversation_id: int) -> Message:
    with database.sessions() as session:
        return session.scalars(
            select(Message).where(
                Message.conversation_id == conversation_id,
                Message.direction == Direction.OUTBOUND,
            )
        ).one()


@pytest.mark.parametrize("platform", META, ids=[p.value for p in META])
def test_after_three_days_a_reply_goes_out_with_the_human_agent_tag_only_when_chosen(
    database: Database,
    store: CredentialStore,
    sandbox: SandboxHandle,
    control: Control,
    worker: Worker,
    platform: Platform,
) -> None:
    connect_meta(database, store, sandbox, platform)
    clock = SandboxClock(control)
    anna = open_desks(database.sessions, "anna", "Anna Jansen", clock=clock)
    dm(control, platform, "Mijn pas is nog steeds niet binnen")
    worker.run_once()
    with database.sessions() as session:
        question = session.scalars(select(Message).where(Message.text.like("Mijn pas%"))).one()
        conversation_id = question.conversation_id
    detail = anna.inbox.detail(conversation_id)
    assert detail is not None and detail.window_state(clock()) is Window.OPEN

    clock.advance(3 * DAY)
    detail = anna.inbox.detail(conversation_id)
    assert detail is not None and detail.window_state(clock()) is Window.HUMAN_AGENT
    before = len(sends(control))
    with pytest.raises(ReplyRefused) as untagged:
        anna.inbox.send_reply(conversation_id, "Excuus voor de late reactie", expected_holder=None)
    assert untagged.value.code is RefusalCode.NEEDS_HUMAN_AGENT
    worker.run_once()
    assert len(sends(control)) == before  # refused before anything was sent

    anna.inbox.send_reply(
        conversation_id,
        "Excuus voor de late reactie: uw pas ligt klaar.",
        expected_holder=None,
        tag=MessageTag.HUMAN_AGENT,
    )
    worker.run_once()
    sent = reply_of(database, conversation_id)
    assert sent.delivery_state is DeliveryState.SENT and sent.external_id
    (form,) = sends(control)[before:]
    assert form["messaging_type"] == ["MESSAGE_TAG"] and form["tag"] == ["HUMAN_AGENT"]
    on_sandbox = [m["id"] for m in control.graph_state()["messages"]]
    assert sent.external_id in on_sandbox

    clock.advance(5 * DAY)  # 8 days after the resident's message
    detail = anna.inbox.detail(conversation_id)
    assert detail is not None and detail.window_state(clock()) is Window.CLOSED
    with pytest.raises(ReplyRefused) as late:
        anna.inbox.send_reply(
            conversation_id, "Nog één keer", expected_holder=None, tag=MessageTag.HUMAN_AGENT
        )
    assert late.value.code is RefusalCode.WINDOW_CLOSED
    worker.run_once()
    assert len(sends(control)) == before + 1


def test_a_reply_inside_the_window_is_a_plain_response(
    database: Database,
    store: CredentialStore,
    sandbox: SandboxHandle,
    control: Control,
    worker: Worker,
) -> None:
    connect_meta(database, store, sandbox, Platform.FACEBOOK)
    anna = open_desks(database.sessions, "anna", "Anna Jansen", clock=SandboxClock(control))
    dm(control, Platform.FACEBOOK, "Wanneer is het stadhuis open?")
    worker.run_once()
    with database.sessions() as session:
        conversation_id = session.scalars(select(Message.conversation_id)).one()
    anna.inbox.send_reply(conversation_id, "Vandaag tot 17:00 uur.", expected_holder=None)
    worker.run_once()
    (form,) = sends(control)
    assert form["messaging_type"] == ["RESPONSE"] and "tag" not in form
    assert reply_of(database, conversation_id).delivery_state is DeliveryState.SENT
