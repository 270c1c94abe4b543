"""Two workers on one database: the one that holds the lease keeps it while it works, however
long its requests take, and the other never sends what the first is sending.

Direct messages, because X refuses a public post with the same text twice (which would hide
a double send) and does not refuse a direct message."""

from __future__ import annotations

import threading
import time
from collections import Counter
from datetime import timedelta
from pathlib import Path

import pytest
from sqlalchemy import select, update
from sqlalchemy.engine import URL

from channels.sandbox import X_ACCOUNT_ID, SandboxHandle
from tests.helpers.sandbox import Control
from tests.helpers.workers import connect_x
from webcare import worker as worker_module
from webcare.accounts.credentials import CredentialStore
from webcare.adapters import open_channel
from webcare.channel import AccountConfig, Channel
from webcare.cli import main
from webcare.inbox import sender
from webcare.inbox.outbox import queue_reply
from webcare.runtime import Database
from webcare.storage.db import transaction
from webcare.storage.models import Conversation, Message, WorkerLease
from webcare.storage.types import utcnow
from webcare.vocabulary import DeliveryState, Direction
from webcare.worker import Worker, WorkerBusyError

ANNA = {"id": "701", "username": "anna_zaandam", "name": "Anna de Vries"}
TEXTS = ["Eerste antwoord.", "Tweede antwoord.", "Derde antwoord."]


def wait_for(condition: object, timeout: float = 30.0) -> None:
    deadline = time.monotonic() + timeout
    pause = threading.Event()
    while not condition():  # type: ignore[operator]
        assert time.monotonic() < deadline, "the condition never became true"
        pause.wait(0.02)


def test_a_pass_that_outlives_the_lease_keeps_it_and_each_reply_is_sent_once(
    database: Database,
    sandbox: SandboxHandle,
    control: Control,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # Scaled down from the review: a 2-second lease, requests of 2.2 seconds (each well
    # under the timeout) and an interrupted send looked up at once.
    monkeypatch.setattr(worker_module, "LEASE_TTL", timedelta(seconds=2))
    monkeypatch.setattr(sender, "RECONCILE_GRACE", timedelta(0))
    store = connect_x(database, sandbox)
    control.post("/_sandbox/x/dms", {"sender": ANNA, "text": "Drie vragen"})
    Worker(database, store, holder="earlier:1").run_once()
    with transaction(database.sessions) as session:
        conversation_id = session.scalars(select(Conversation.id)).one()
        for text in TEXTS:
            queue_reply(session, conversation_id=conversation_id, text=text, user_id=None)
    control.post(
        "/_sandbox/faults",
        {"prefix": "x", "method": "POST", "kind": "slow", "delay": 2.2, "times": None},
    )
    control.delete("/_sandbox/requests")

    first = Worker(database, store, holder="server-a:1")
    second = Worker(database, store, holder="server-b:2")
    outcome: list[BaseException | None] = []

    def run_first() -> None:
        try:
            first.run_once()
        except BaseException as exc:
            outcome.append(exc)
        else:
            outcome.append(None)

    thread = threading.Thread(target=run_first)
    thread.start()
    try:
        # The first worker is on its second reply: its pass has outlived the lease's 2 s.
        wait_for(
            lambda: (
                sum(r["method"] == "POST" for r in control.requests()) >= 2 or not thread.is_alive()
            )
        )
        try:
            second.run_once()
            refused = False
        except WorkerBusyError:
            refused = True
    finally:
        thread.join(timeout=60)
    control.delete("/_sandbox/faults")

    state = control.state()
    ours = Counter(e["text"] for e in state["dm_events"] if e["sender_id"] == X_ACCOUNT_ID)
    assert {text: ours[text] for text in TEXTS} == dict.fromkeys(TEXTS, 1)
    with database.sessions() as session:
        rows = session.execute(
            select(Message.text, Message.delivery_state, Message.send_attempts).where(
                Message.direction == Direction.OUTBOUND
            )
        ).all()
    assert sorted(rows) == sorted((text, DeliveryState.SENT, 1) for text in TEXTS)
    assert refused, "the second worker ran while the first was still working"
    assert outcome == [None], "the first worker lost its lease while it was working"


def test_a_worker_that_loses_the_lease_mid_pass_stops_before_its_next_write(
    database: Database,
    db_url: URL,
    sandbox: SandboxHandle,
    control: Control,
    capsys: pytest.CaptureFixture[str],
) -> None:
    store = connect_x(database, sandbox)
    control.post("/_sandbox/x/dms", {"sender": ANNA, "text": "Twee vragen"})
    Worker(database, store, holder="earlier:1").run_once()
    with transaction(database.sessions) as session:
        conversation_id = session.scalars(select(Conversation.id)).one()
        first = queue_reply(session, conversation_id=conversation_id, text=TEXTS[0], user_id=None)
        second = queue_reply(session, conversation_id=conversation_id, text=TEXTS[1], user_id=None)
    control.post(
        "/_sandbox/faults",
        {"prefix": "x", "method": "POST", "kind": "slow", "delay": 1.0, "times": None},
    )
    control.delete("/_sandbox/requests")
    codes: list[int] = []
    url = db_url.render_as_string(hide_password=False)
    thread = threading.Thread(target=lambda: codes.append(main(["--db", url, "worker", "--once"])))
    thread.start()
    try:
        wait_for(lambda: any(r["method"] == "POST" for r in control.requests()))
        with transaction(database.sessions) as session:  # another worker takes over
            session.execute(
                update(WorkerLease).values(
                    holder="server-b:2",
                    generation=WorkerLease.generation + 1,
                    expires_at=utcnow() + timedelta(minutes=1),
                )
            )
    finally:
        thread.join(timeout=60)
    control.delete("/_sandbox/faults")

    assert codes == [1]
    errors = capsys.readouterr().err
    assert "lost the worker lease to server-b:2" in errors and "Traceback" not in errors
    assert [r["body"]["text"] for r in control.requests() if r["method"] == "POST"] == [TEXTS[0]]
    with database.sessions() as session:
        states = {
            m.id: (m.delivery_state, m.external_id)
            for m in session.scalars(select(Message).where(Message.reply_mode.is_not(None)))
        }
    # The platform took the first reply; the replaced worker could not record it, and did
    # not claim the second. The new worker reconciles the first after the grace.
    assert states == {
        first.message_id: (DeliveryState.SENDING, None),
        second.message_id: (DeliveryState.QUEUED, None),
    }


ROUNDS = 50


def one_round(workers: list[Worker], gate: threading.Event) -> tuple[int, int]:
    """Every worker starts a pass at once; the winner is held inside its pass (at the door
    to the platform) until the others gave up. Returns (passes, refusals)."""
    gate.clear()
    start = threading.Barrier(len(workers))
    passes: list[str] = []
    refused: list[str] = []

    def run(worker: Worker) -> None:
        start.wait()
        try:
            worker.run_once()
        except WorkerBusyError:
            refused.append(worker.holder)
        else:
            passes.append(worker.holder)

    threads = [threading.Thread(target=run, args=(worker,)) for worker in workers]
    for thread in threads:
        thread.start()
    wait_for(lambda: len(refused) >= len(workers) - 1 or len(passes) > 0)
    gate.set()
    for thread in threads:
        thread.join(timeout=60)
    return len(passes), len(refused)


def test_racing_workers_exactly_one_polls_each_round(
    database: Database, sandbox: SandboxHandle, control: Control
) -> None:
    store = connect_x(database, sandbox)
    gate = threading.Event()

    def held_at_the_door(config: AccountConfig, ref: str, credentials: CredentialStore) -> Channel:
        gate.wait(30)
        return open_channel(config, ref, credentials)

    workers = [
        Worker(database, store, holder=f"racer-{n}:{n}", opener=held_at_the_door) for n in range(3)
    ]
    rounds: list[tuple[int, int, int]] = []
    for _ in range(ROUNDS):
        with transaction(database.sessions) as session:  # a crashed worker's stale lease
            session.execute(
                update(WorkerLease).values(
                    holder="crashed:1", expires_at=utcnow() - timedelta(seconds=1)
                )
            )
        control.delete("/_sandbox/requests")
        passes, refused = one_round(workers, gate)
        polls = sum(r["path"].endswith("/mentions") for r in control.requests())
        rounds.append((passes, refused, polls))
    assert rounds == [(1, 2, 1)] * ROUNDS
