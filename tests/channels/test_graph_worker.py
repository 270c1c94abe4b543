"""The whole Facebook and Instagram path: sandbox -> facebook-sdk -> adapter -> worker ->
database, and back out."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta
from urllib.parse import parse_qs

import pytest
from sqlalchemy import select

from channels.sandbox import IG_USER_ID, PAGE_ID, PAGE_TOKEN, SandboxHandle, token_id
from tests.helpers.edge import (
    META,
    RESIDENT,
    account,
    comment,
    dm,
    target,
)
from tests.helpers.edge import connect_meta as connect
from tests.helpers.sandbox import Control
from webcare.accounts.credentials import CredentialStore
from webcare.accounts.service import add_account
from webcare.demo import _demo_accounts
from webcare.inbox.outbox import RefusalCode, ReplyRefused, queue_reply
from webcare.runtime import Database
from webcare.storage.db import transaction
from webcare.storage.models import Account, Conversation, Message
from webcare.storage.types import utcnow
from webcare.vocabulary import AccountStatus, ConversationKind, DeliveryState, Direction, Platform
from webcare.worker import Worker


def messages(database: Database, direction: Direction | None = None) -> list[Message]:
    with database.sessions() as session:
        query = select(Message).order_by(Message.id)
        if direction is not None:
            query = query.where(Message.direction == direction)
        return list(session.scalars(query).all())


def conversations(database: Database) -> list[Conversation]:
    with database.sessions() as session:
        return list(session.scalars(select(Conversation).order_by(Conversation.id)).all())


@pytest.mark.parametrize("platform", META)
def test_comments_and_replies_are_stored_once_in_one_thread(
    database: Database,
    store: CredentialStore,
    sandbox: SandboxHandle,
    control: Control,
    worker: Worker,
    platform: Platform,
) -> None:
    connect(database, store, sandbox, platform)
    top = comment(control, platform, target(control, platform), "Wanneer wordt er geveegd?")
    reply = comment(control, platform, top, "Al twee weken niet!", other=True)
    for _ in range(3):
        worker.run_once()
    later = comment(control, platform, top, "Nog steeds niet.")
    worker.run_once()
    worker.run_once()
    assert [m.external_id for m in messages(database)] == [top, reply, later]
    (thread,) = conversations(database)
    assert (thread.thread_key, thread.kind) == (top, ConversationKind.PUBLIC_THREAD)
    assert {m.parent_external_id for m in messages(database)[1:]} == {top}
    with database.sessions() as session:
        contact = session.get(Conversation, thread.id).contact  # type: ignore[union-attr]
        assert contact is not None and contact.external_id == RESIDENT[platform]["id"]


def test_an_idle_pass_costs_two_requests_per_account(
    database: Database,
    store: CredentialStore,
    sandbox: SandboxHandle,
    control: Control,
    worker: Worker,
) -> None:
    for platform in META:
        connect(database, store, sandbox, platform)
        comment(control, platform, target(control, platform), "Vraag")
        dm(control, platform, "Vraag per bericht")
    sandbox.tick(25)
    worker.run_once()
    control.delete("/_sandbox/requests")
    worker.run_once()
    log = control.requests("/graph")
    instagram = [
        r
        for r in log
        if r["path"].startswith(f"/graph/v21.0/{IG_USER_ID}")
        or r["query"].get("platform") == ["instagram"]
    ]
    assert len(instagram) == 2 and len(log) - len(instagram) == 2


@pytest.mark.parametrize("platform", META)
def test_a_public_reply_is_sent_once_and_joins_its_thread(
    database: Database,
    store: CredentialStore,
    sandbox: SandboxHandle,
    control: Control,
    worker: Worker,
    platform: Platform,
) -> None:
    connect(database, store, sandbox, platform)
    top = comment(control, platform, target(control, platform), "Is het zwembad open?")
    worker.run_once()
    with transaction(database.sessions) as session:
        (thread,) = session.scalars(select(Conversation.id)).all()
        queued = queue_reply(session, conversation_id=thread, text="Ja, vanaf 7 uur.", user_id=None)
    for _ in range(3):
        worker.run_once()
    posts = [r for r in control.requests("/graph") if r["method"] == "POST"]
    assert [parse_qs(p["body"])["message"] for p in posts] == [["Ja, vanaf 7 uur."]]
    assert posts[0]["path"].endswith(
        f"/{top}/comments" if platform is Platform.FACEBOOK else f"/{top}/replies"
    )
    with database.sessions() as session:
        sent = session.get(Message, queued.message_id)
        assert sent is not None and sent.delivery_state is DeliveryState.SENT
        conversation = session.get(Conversation, thread)
        assert conversation is not None and conversation.waiting_since is None
    assert len(messages(database, Direction.OUTBOUND)) == 1


@pytest.mark.parametrize("platform", META)
def test_a_direct_message_round_trip_inside_the_window(
    database: Database,
    store: CredentialStore,
    sandbox: SandboxHandle,
    control: Control,
    worker: Worker,
    platform: Platform,
) -> None:
    connect(database, store, sandbox, platform)
    thread = dm(control, platform, "Mijn pas is gestolen")
    worker.run_once()
    (conversation,) = conversations(database)
    assert (conversation.kind, conversation.thread_key) == (ConversationKind.DIRECT, thread)
    assert conversation.last_inbound_at is not None
    with transaction(database.sessions) as session:
        queue_reply(
            session,
            conversation_id=conversation.id,
            text="Doe aangifte bij de politie.",
            user_id=None,
        )
    worker.run_once()
    worker.run_once()
    (post,) = [r for r in control.requests("/graph") if r["method"] == "POST"]
    body = parse_qs(post["body"])
    assert post["path"] == f"/graph/v21.0/{PAGE_ID}/messages"
    assert json.loads(body["recipient"][0]) == {"id": RESIDENT[platform]["id"]}
    assert body["messaging_type"] == ["RESPONSE"]
    assert json.loads(body["message"][0]) == {"text": "Doe aangifte bij de politie."}
    assert [(m.direction, m.delivery_state) for m in messages(database)] == [
        (Direction.INBOUND, None),
        (Direction.OUTBOUND, DeliveryState.SENT),
    ]


@pytest.mark.parametrize("platform", META)
def test_the_24_hour_window_is_enforced_with_a_clear_reason(
    database: Database,
    store: CredentialStore,
    sandbox: SandboxHandle,
    control: Control,
    worker: Worker,
    platform: Platform,
) -> None:
    connect(database, store, sandbox, platform)
    yesterday = datetime.now(UTC) - timedelta(hours=25)
    dm(control, platform, "Gisteren gestuurd", created_at=yesterday.isoformat())
    worker.run_once()
    (conversation,) = conversations(database)
    with pytest.raises(ReplyRefused) as refused, transaction(database.sessions) as session:
        queue_reply(session, conversation_id=conversation.id, text="Sorry", user_id=None)
    # Past 24 hours only a human agent's tagged reply may go (tests/channels/test_human_agent.py
    # sends one, and is refused past 7 days).
    assert refused.value.code is RefusalCode.NEEDS_HUMAN_AGENT
    # Queued while the window was still open (or by a clock that disagrees): Meta refuses.
    with transaction(database.sessions) as session:
        queued = queue_reply(
            session,
            conversation_id=conversation.id,
            text="Sorry voor het wachten",
            user_id=None,
            now=yesterday + timedelta(hours=1),
        )
    worker.run_once()
    with database.sessions() as session:
        failed = session.get(Message, queued.message_id)
        assert failed is not None and failed.delivery_state is DeliveryState.FAILED
        assert "outside of allowed window" in (failed.delivery_error or "")


def test_a_rejected_token_stops_its_accounts_while_the_others_keep_polling(
    database: Database,
    store: CredentialStore,
    sandbox: SandboxHandle,
    control: Control,
    worker: Worker,
) -> None:
    control.post(
        "/_sandbox/graph/pages",
        {"id": "104857600000002", "name": "Wijkteam", "username": "wijkteam", "token": "wijk"},
    )
    facebook = connect(database, store, sandbox, Platform.FACEBOOK)
    instagram = connect(database, store, sandbox, Platform.INSTAGRAM)
    wijk, _ = add_account(
        database.sessions,
        store,
        platform=Platform.FACEBOOK,
        name="Wijkteam",
        handle="wijkteam",
        external_id="104857600000002",
        credential="wijk",
        api_base=sandbox.graph_base,
    )
    control.post("/_sandbox/graph/revoke", {"token": PAGE_TOKEN})
    control.post(
        "/_sandbox/graph/posts",
        {
            "author": RESIDENT[Platform.FACEBOOK],
            "text": "Voor het wijkteam",
            "page_id": "104857600000002",
        },
    )
    worker.run_once()
    assert account(database, facebook).status is AccountStatus.NEEDS_REAUTH
    assert account(database, instagram).status is AccountStatus.NEEDS_REAUTH
    assert account(database, wijk.id).status is AccountStatus.ACTIVE
    assert [m.text for m in messages(database)] == ["Voor het wijkteam"]
    control.delete("/_sandbox/requests")
    worker.run_once()
    log = control.requests("/graph")
    assert len(log) == 2  # an idle poll of the Wijkteam Page; the other two wait for a person
    assert {r["query"]["access_token"][0] for r in log} == {token_id("wijk")}


@pytest.mark.parametrize("platform", META)
def test_throttling_delays_the_next_poll(
    database: Database,
    store: CredentialStore,
    sandbox: SandboxHandle,
    control: Control,
    worker: Worker,
    platform: Platform,
) -> None:
    account_id = connect(database, store, sandbox, platform)
    scope = PAGE_ID if platform is Platform.FACEBOOK else IG_USER_ID
    control.post("/_sandbox/graph/usage", {"scope": scope, "call_count": 100, "regain_minutes": 5})
    before = datetime.now(UTC)
    worker.run_once()
    limited = account(database, account_id)
    assert limited.status is AccountStatus.RATE_LIMITED
    assert limited.rate_limited_until is not None
    assert (
        before + timedelta(minutes=4) < limited.rate_limited_until < before + timedelta(minutes=6)
    )
    control.post("/_sandbox/graph/usage", {"clear": True})
    control.delete("/_sandbox/requests")
    worker.run_once()
    assert control.requests("/graph") == []
    assert account(database, account_id).status is AccountStatus.RATE_LIMITED


def test_usage_above_90_percent_delays_the_next_poll(
    database: Database,
    store: CredentialStore,
    sandbox: SandboxHandle,
    control: Control,
    worker: Worker,
) -> None:
    account_id = connect(database, store, sandbox, Platform.FACEBOOK)
    control.post("/_sandbox/graph/usage", {"scope": "app", "call_count": 91})
    worker.run_once()
    assert account(database, account_id).status is AccountStatus.RATE_LIMITED
    control.delete("/_sandbox/requests")
    worker.run_once()
    assert control.requests("/graph") == []


@pytest.mark.parametrize("kind", ["html", "no_content_type", "drop"])
def test_a_broken_answer_backs_one_account_off_and_the_worker_goes_on(
    database: Database,
    store: CredentialStore,
    sandbox: SandboxHandle,
    control: Control,
    worker: Worker,
    kind: str,
) -> None:
    facebook = connect(database, store, sandbox, Platform.FACEBOOK)
    instagram = connect(database, store, sandbox, Platform.INSTAGRAM)
    asked = comment(control, Platform.FACEBOOK, target(control, Platform.FACEBOOK), "Hallo?")
    seen = comment(control, Platform.INSTAGRAM, target(control, Platform.INSTAGRAM), "Hoi")
    # Every call on the Page fails: Facebook's node and conversations, Instagram's DMs.
    control.post(
        "/_sandbox/faults", {"prefix": "/graph", "path": f"/{PAGE_ID}", "kind": kind, "times": None}
    )
    report = worker.run_once()
    control.delete("/_sandbox/faults")
    failed = account(database, facebook)
    assert failed.failure_count == 1 and failed.backoff_until is not None
    assert failed.status is AccountStatus.ACTIVE and failed.status_reason
    assert [o.error is None for o in report.accounts] == [False, True]
    partly = account(database, instagram)  # its media were read, its DMs were not
    assert partly.status is AccountStatus.ACTIVE and "dms" in (partly.status_reason or "")
    assert [m.external_id for m in messages(database)] == [seen]
    with transaction(database.sessions) as session:
        session.get(Account, facebook).backoff_until = None  # type: ignore[union-attr]
    worker.run_once()
    assert sorted(m.external_id for m in messages(database)) == sorted([asked, seen])


@pytest.mark.parametrize("platform", META)
def test_an_interrupted_reply_is_reconciled_and_never_sent_again_blindly(
    database: Database,
    store: CredentialStore,
    sandbox: SandboxHandle,
    control: Control,
    worker: Worker,
    platform: Platform,
) -> None:
    connect(database, store, sandbox, platform)
    top = comment(control, platform, target(control, platform), "Vraag over parkeren")
    worker.run_once()
    with transaction(database.sessions) as session:
        (thread,) = session.scalars(select(Conversation.id)).all()
        sent_before_crash = queue_reply(
            session, conversation_id=thread, text="Parkeren kan in P1.", user_id=None
        )
        never_sent = queue_reply(session, conversation_id=thread, text="En in P2.", user_id=None)
    control.post("/_sandbox/graph/own", {"on": top, "text": "Parkeren kan in P1."})
    with transaction(database.sessions) as session:
        for message_id in (sent_before_crash.message_id, never_sent.message_id):
            interrupted = session.get(Message, message_id)
            assert interrupted is not None
            interrupted.delivery_state = DeliveryState.SENDING
            interrupted.send_started_at = utcnow() - timedelta(minutes=2)  # died a while ago
    control.delete("/_sandbox/requests")
    worker.run_once()
    worker.run_once()
    assert [r for r in control.requests("/graph") if r["method"] == "POST"] == []
    outbound = messages(database, Direction.OUTBOUND)
    assert sorted((m.text, m.delivery_state) for m in outbound) == [
        ("En in P2.", DeliveryState.UNCONFIRMED),
        ("Parkeren kan in P1.", DeliveryState.SENT),
    ]


def test_the_demo_connects_the_sandboxs_facebook_and_instagram_accounts(
    database: Database, store: CredentialStore, sandbox: SandboxHandle
) -> None:
    offered = {values["platform"]: values for values in _demo_accounts(sandbox)}
    assert set(offered) == {Platform.X, Platform.FACEBOOK, Platform.INSTAGRAM}
    for values in offered.values():
        add_account(database.sessions, store, poll_interval=10, **values)
    with database.sessions() as session:
        rows = session.scalars(select(Account).order_by(Account.id)).all()
        assert [(a.platform, a.page_id) for a in rows] == [
            (Platform.X, None),
            (Platform.FACEBOOK, None),
            (Platform.INSTAGRAM, PAGE_ID),
        ]
