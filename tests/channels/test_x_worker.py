"""The whole X path: sandbox -> tweepy -> adapter -> worker -> database, and back out."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select

from channels.sandbox import X_ACCOUNT_ID, X_TOKEN, X_USERNAME, SandboxHandle
from tests.helpers.sandbox import Control
from webcare.accounts.credentials import CredentialStore
from webcare.accounts.service import add_account
from webcare.inbox.outbox import queue_reply
from webcare.runtime import Database
from webcare.storage.db import transaction
from webcare.storage.models import Account, Conversation, Message, QuarantinedItem
from webcare.storage.types import utcnow
from webcare.vocabulary import (
    AccountStatus,
    ConversationKind,
    ConversationStatus,
    DeliveryState,
    Direction,
    Platform,
)
from webcare.worker import Worker

ANNA = {"id": "701", "username": "anna_zaandam", "name": "Anna de Vries"}
MENTIONS_PATH = f"/x/2/users/{X_ACCOUNT_ID}/mentions"


@pytest.fixture
def store(tmp_path: Path) -> CredentialStore:
    return CredentialStore(tmp_path / "credentials", use_keyring=False)


@pytest.fixture
def worker(database: Database, store: CredentialStore) -> Iterator[Worker]:
    yield Worker(database, store)


def connect(
    database: Database,
    store: CredentialStore,
    sandbox: SandboxHandle,
    external_id: str = X_ACCOUNT_ID,
    handle: str = X_USERNAME,
    token: str = X_TOKEN,
) -> int:
    info, _ = add_account(
        database.sessions,
        store,
        platform=Platform.X,
        name=handle,
        handle=handle,
        external_id=external_id,
        credential=token,
        api_base=sandbox.x_base,
    )
    return info.id


def mention(control: Control, text: str, **extra: Any) -> str:
    body = {"author": ANNA, "text": text, **extra}
    return str(control.post("/_sandbox/x/mentions", body)["tweet"]["id"])


def messages(database: Database, direction: Direction | None = None) -> list[Message]:
    with database.sessions() as session:
        query = select(Message).order_by(Message.id)
        if direction is not None:
            query = query.where(Message.direction == direction)
        return list(session.scalars(query).all())


def account(database: Database, account_id: int) -> Account:
    with database.sessions() as session:
        found = session.get(Account, account_id)
        assert found is not None
        return found


def test_a_mention_is_stored_exactly_once_after_any_number_of_passes(
    database: Database,
    store: CredentialStore,
    sandbox: SandboxHandle,
    control: Control,
    worker: Worker,
) -> None:
    connect(database, store, sandbox)
    tweet = mention(control, "Mijn container is niet geleegd")
    for _ in range(4):
        worker.run_once()
    stored = messages(database)
    assert [(m.external_id, m.text) for m in stored] == [(tweet, "Mijn container is niet geleegd")]
    newer = mention(control, "Nog steeds niet")
    control.delete("/_sandbox/requests")
    worker.run_once()
    (call,) = [r for r in control.requests() if r["path"] == MENTIONS_PATH]
    assert call["query"]["since_id"] == [tweet]
    assert [m.external_id for m in messages(database)] == [tweet, newer]


def test_a_reply_is_sent_once_and_threads_under_the_mention(
    database: Database,
    store: CredentialStore,
    sandbox: SandboxHandle,
    control: Control,
    worker: Worker,
) -> None:
    connect(database, store, sandbox)
    asked = mention(control, "Wanneer is de milieustraat open?")
    worker.run_once()
    with transaction(database.sessions) as session:
        conversation_id = session.scalars(select(Conversation.id)).one()
        queued = queue_reply(
            session,
            conversation_id=conversation_id,
            text="Ma t/m za van 8 tot 17 uur.",
            user_id=None,
        )
    for _ in range(3):
        worker.run_once()
    posts = [r for r in control.requests() if r["method"] == "POST"]
    assert [p["body"] for p in posts] == [
        {"text": "Ma t/m za van 8 tot 17 uur.", "reply": {"in_reply_to_tweet_id": asked}}
    ]
    with database.sessions() as session:
        reply = session.get(Message, queued.message_id)
        assert reply is not None and reply.delivery_state is DeliveryState.SENT
        conversation = session.get(Conversation, conversation_id)
        assert conversation is not None
        assert conversation.first_response_at is not None and conversation.waiting_since is None
    sent = [t for t in control.state()["tweets"] if t["id"] == reply.external_id]
    assert sent and sent[0]["conversation_id"] == asked
    assert len(messages(database, Direction.OUTBOUND)) == 1  # not ingested a second time


def test_a_direct_message_round_trip(
    database: Database,
    store: CredentialStore,
    sandbox: SandboxHandle,
    control: Control,
    worker: Worker,
) -> None:
    connect(database, store, sandbox)
    control.post("/_sandbox/x/dms", {"sender": ANNA, "text": "Mijn BSN staat verkeerd"})
    worker.run_once()
    with transaction(database.sessions) as session:
        conversation = session.scalars(select(Conversation)).one()
        assert conversation.kind is ConversationKind.DIRECT
        queue_reply(
            session,
            conversation_id=conversation.id,
            text="Stuur ons geen BSN via sociale media; bel 14 075.",
            user_id=None,
        )
    worker.run_once()
    worker.run_once()
    ours = [e for e in control.state()["dm_events"] if e["sender_id"] == X_ACCOUNT_ID]
    assert [e["text"] for e in ours] == ["Stuur ons geen BSN via sociale media; bel 14 075."]
    assert [(m.direction, m.delivery_state) for m in messages(database)] == [
        (Direction.INBOUND, None),
        (Direction.OUTBOUND, DeliveryState.SENT),
    ]


def test_429_sets_rate_limited_until_and_the_next_pass_leaves_the_endpoint_alone(
    database: Database,
    store: CredentialStore,
    sandbox: SandboxHandle,
    control: Control,
    worker: Worker,
) -> None:
    account_id = connect(database, store, sandbox)
    control.post(
        "/_sandbox/faults",
        {"prefix": "/x", "path": "/mentions", "kind": "status", "status": 429, "reset_in": 900},
    )
    before = datetime.now(UTC)
    worker.run_once()
    limited = account(database, account_id)
    assert limited.status is AccountStatus.RATE_LIMITED
    # x-rate-limit-reset is whole seconds: now + 900, give or take the second it was made in.
    assert limited.rate_limited_until is not None
    assert before + timedelta(seconds=898) <= limited.rate_limited_until
    assert limited.rate_limited_until <= before + timedelta(seconds=902)
    control.delete("/_sandbox/requests")
    worker.run_once()
    assert [r for r in control.requests() if r["path"] == MENTIONS_PATH] == []


def test_401_needs_reauthorisation_while_another_account_keeps_polling(
    database: Database,
    store: CredentialStore,
    sandbox: SandboxHandle,
    control: Control,
    worker: Worker,
) -> None:
    control.post(
        "/_sandbox/x/accounts",
        {"id": "5555", "username": "gem_wijkteam", "name": "Wijkteam", "token": "wijkteam-token"},
    )
    main_id = connect(database, store, sandbox)
    second_id = connect(database, store, sandbox, "5555", "gem_wijkteam", "wijkteam-token")
    control.post("/_sandbox/x/revoke", {"token": X_TOKEN})
    mention(control, "Voor het wijkteam", account_id="5555")
    worker.run_once()
    assert account(database, main_id).status is AccountStatus.NEEDS_REAUTH
    assert account(database, second_id).status is AccountStatus.ACTIVE
    assert [m.text for m in messages(database)] == ["Voor het wijkteam"]
    control.delete("/_sandbox/requests")
    worker.run_once()
    tokens = {r["headers"].get("Authorization") for r in control.requests()}
    assert all("wijkteam" not in str(t) for t in tokens)  # tokens never appear in the log
    assert not [r for r in control.requests() if r["path"] == MENTIONS_PATH]


def test_a_malformed_item_is_quarantined_while_its_batch_is_stored(
    database: Database,
    store: CredentialStore,
    sandbox: SandboxHandle,
    control: Control,
    worker: Worker,
) -> None:
    connect(database, store, sandbox)
    before = mention(control, "Eerste")
    control.post(
        "/_sandbox/x/raw_mentions",
        {
            "tweet": {
                "id": "1999999999999999999",
                "author_id": ANNA["id"],
                "created_at": "2026-13-45",
                "edit_history_tweet_ids": ["1999999999999999999"],
            }
        },
    )
    after = mention(control, "Derde")
    worker.run_once()
    worker.run_once()
    assert sorted(m.external_id for m in messages(database)) == sorted([before, after])
    with database.sessions() as session:
        quarantined = session.scalars(select(QuarantinedItem)).all()
        assert [q.external_id for q in quarantined] == ["1999999999999999999"]


def test_a_server_error_backs_the_account_off_and_loses_nothing(
    database: Database,
    store: CredentialStore,
    sandbox: SandboxHandle,
    control: Control,
    worker: Worker,
) -> None:
    account_id = connect(database, store, sandbox)
    tweet = mention(control, "Hallo?")
    control.post("/_sandbox/faults", {"prefix": "/x", "kind": "server_error", "times": None})
    worker.run_once()
    control.delete("/_sandbox/faults")
    backing_off = account(database, account_id)
    assert backing_off.failure_count == 1 and backing_off.backoff_until is not None
    assert backing_off.status is AccountStatus.ACTIVE
    with transaction(database.sessions) as session:
        session.get(Account, account_id).backoff_until = None  # type: ignore[union-attr]
    worker.run_once()
    assert [m.external_id for m in messages(database)] == [tweet]
    assert account(database, account_id).failure_count == 0


def test_a_rejected_reply_fails_with_the_platform_reason(
    database: Database,
    store: CredentialStore,
    sandbox: SandboxHandle,
    control: Control,
    worker: Worker,
) -> None:
    connect(database, store, sandbox)
    asked = mention(control, "Vraag")
    control.post("/_sandbox/x/own_posts", {"text": "Zie onze website", "in_reply_to": asked})
    worker.run_once()
    with transaction(database.sessions) as session:
        conversation_id = session.scalars(select(Conversation.id)).one()
        queued = queue_reply(
            session, conversation_id=conversation_id, text="Zie onze website", user_id=None
        )
    worker.run_once()
    with database.sessions() as session:
        reply = session.get(Message, queued.message_id)
        assert reply is not None
        assert reply.delivery_state is DeliveryState.FAILED
        assert "duplicate" in (reply.delivery_error or "")


def test_an_interrupted_send_is_reconciled_and_never_sent_again_blindly(
    database: Database,
    store: CredentialStore,
    sandbox: SandboxHandle,
    control: Control,
    worker: Worker,
) -> None:
    connect(database, store, sandbox)
    asked = mention(control, "Vraag over parkeren")
    worker.run_once()
    with transaction(database.sessions) as session:
        conversation_id = session.scalars(select(Conversation.id)).one()
        sent_before_crash = queue_reply(
            session, conversation_id=conversation_id, text="Parkeren kan in P1.", user_id=None
        )
        never_sent = queue_reply(
            session, conversation_id=conversation_id, text="En ook in P2.", user_id=None
        )
    # The worker died after X accepted the first reply and before it recorded the id; the
    # second was marked `sending` but never reached X (or did it? nobody can know).
    control.post("/_sandbox/x/own_posts", {"text": "Parkeren kan in P1.", "in_reply_to": asked})
    with transaction(database.sessions) as session:
        for message_id in (sent_before_crash.message_id, never_sent.message_id):
            interrupted = session.get(Message, message_id)
            assert interrupted is not None
            interrupted.delivery_state = DeliveryState.SENDING
            interrupted.send_started_at = utcnow() - timedelta(minutes=2)  # died a while ago
    control.delete("/_sandbox/requests")
    worker.run_once()
    worker.run_once()
    assert [r for r in control.requests() if r["method"] == "POST"] == []
    with database.sessions() as session:
        states = session.execute(
            select(Message.text, Message.delivery_state, Message.delivery_error)
            .where(Message.direction == Direction.OUTBOUND)
            .order_by(Message.id)
        ).all()
    assert [tuple(row) for row in states] == [
        ("Parkeren kan in P1.", DeliveryState.SENT, None),
        ("En ook in P2.", DeliveryState.UNCONFIRMED, "no_copy"),
    ]


def test_a_send_interrupted_moments_ago_waits_before_it_is_looked_up(
    database: Database,
    store: CredentialStore,
    sandbox: SandboxHandle,
    control: Control,
    worker: Worker,
) -> None:
    # A request on the wire when the worker died may still be carried out by X: looking it up
    # straight after a restart would find nothing and give up on a reply that is on its way.
    connect(database, store, sandbox)
    asked = mention(control, "Vraag over afval")
    worker.run_once()
    with transaction(database.sessions) as session:
        conversation_id = session.scalars(select(Conversation.id)).one()
        reply = queue_reply(
            session, conversation_id=conversation_id, text="De container komt morgen.", user_id=None
        )
        interrupted = session.get(Message, reply.message_id)
        assert interrupted is not None
        interrupted.delivery_state = DeliveryState.SENDING
        interrupted.send_started_at = utcnow() - timedelta(seconds=5)
    control.delete("/_sandbox/requests")
    worker.run_once()
    assert [r for r in control.requests() if r["method"] == "POST"] == []
    with database.sessions() as session:
        assert session.get(Message, reply.message_id).delivery_state is DeliveryState.SENDING  # type: ignore[union-attr]
    # X carries out the request late; then the grace passes.
    control.post(
        "/_sandbox/x/own_posts", {"text": "De container komt morgen.", "in_reply_to": asked}
    )
    with transaction(database.sessions) as session:
        later = session.get(Message, reply.message_id)
        assert later is not None
        later.send_started_at = utcnow() - timedelta(minutes=2)
    worker.run_once()
    worker.run_once()
    assert [r for r in control.requests() if r["method"] == "POST"] == []
    with database.sessions() as session:
        settled = session.get(Message, reply.message_id)
        assert settled is not None and settled.delivery_state is DeliveryState.SENT
        assert settled.external_id is not None


def test_the_worker_wakes_snoozed_conversations_without_a_desktop(
    database: Database,
    store: CredentialStore,
    sandbox: SandboxHandle,
    control: Control,
    worker: Worker,
) -> None:
    connect(database, store, sandbox)
    mention(control, "Bel me volgende week")
    worker.run_once()
    with transaction(database.sessions) as session:
        conversation = session.scalars(select(Conversation)).one()
        conversation.status = ConversationStatus.SNOOZED
        conversation.snoozed_until = datetime.now(UTC) - timedelta(seconds=1)
    worker.run_once()
    with database.sessions() as session:
        conversation = session.scalars(select(Conversation)).one()
        assert (conversation.status, conversation.snoozed_until) == (ConversationStatus.OPEN, None)


def test_no_access_to_direct_messages_leaves_mentions_working_and_says_why(
    database: Database,
    store: CredentialStore,
    sandbox: SandboxHandle,
    control: Control,
    worker: Worker,
) -> None:
    account_id = connect(database, store, sandbox)
    control.post(
        "/_sandbox/faults",
        {"prefix": "/x", "path": "/dm_events", "kind": "status", "status": 403, "times": None},
    )
    tweet = mention(control, "Hallo gemeente")
    worker.run_once()
    assert [m.external_id for m in messages(database)] == [tweet]
    found = account(database, account_id)
    assert found.status is AccountStatus.ACTIVE
    assert found.status_reason is not None and found.status_reason.startswith("dms: ")
    control.delete("/_sandbox/requests")
    worker.run_once()  # the refused stream waits an hour before it is tried again
    assert not [r for r in control.requests() if "dm_events" in r["path"]]
