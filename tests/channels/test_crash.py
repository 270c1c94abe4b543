"""Crash safety: a worker killed with SIGKILL at random points loses and duplicates nothing.

Each trial adds residents' mentions and DMs to the sandbox and queues replies, then runs
`webcare worker --once` in a real process and kills it with SIGKILL at a random moment:
after a random number of platform requests plus a random extra delay, with some requests
slowed down so that kills land while a reply is on the wire, while a batch is being
ingested, or between `sending` and `sent`. After all trials a clean pass settles the rest.

Checked: every resident item is stored exactly once; every queued reply exists exactly once on
the platform and is recorded `sent` with that platform id; nothing is left queued or sending.

WEBCARE_CRASH_TRIALS sets the number of trials (default 30; the closing note of the X issue
reports a longer run), WEBCARE_CRASH_SEED the random seed.
"""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import threading
import time
from collections import Counter
from collections.abc import Callable
from pathlib import Path
from typing import Any

from sqlalchemy import func, select

from channels.sandbox import X_ACCOUNT_ID, X_TOKEN, X_USERNAME, SandboxHandle
from webcare.accounts.credentials import CredentialStore
from webcare.accounts.service import add_account
from webcare.config import Settings, sqlite_url
from webcare.inbox.outbox import queue_reply
from webcare.runtime import Database, open_database
from webcare.storage.db import transaction
from webcare.storage.models import Conversation, DeliveryState, Direction, Message, Platform
from webcare.worker import Worker

from .conftest import Control

TRIALS = int(os.environ.get("WEBCARE_CRASH_TRIALS", "30"))
SEED = int(os.environ.get("WEBCARE_CRASH_SEED", "1"))
RESIDENTS = [
    {"id": str(800 + n), "username": f"bewoner{n}", "name": f"Bewoner {n}"} for n in range(12)
]
SLOW_GETS = ["/mentions", "/users/4242/tweets", "/dm_events"]
SLOW_POSTS = ["/2/tweets$", "/messages$"]


def lift_rate_limits(control: Control) -> None:
    """Hundreds of passes in a few minutes would exhaust X's real windows; this test is about
    crashes, the rate-limit tests are elsewhere."""
    windows = {"15min": ("15min", "user"), "24h_user": ("24h", "user"), "24h_app": ("24h", "app")}
    for endpoint, limits in control.get("/_sandbox/x/limits")["limits"].items():
        for name in limits:
            window, scope = windows[name]
            control.post(
                "/_sandbox/x/limits",
                {"endpoint": endpoint, "limit": 1_000_000, "window": window, "scope": scope},
            )


def open_db() -> tuple[Database, Path]:
    data = Path(os.environ["WEBCARE_DATA_DIR"])
    data.mkdir(parents=True, exist_ok=True)
    return open_database(Settings(sqlite_url(data), data, "nl")), data


def add_work(
    control: Control, database: Database, rng: random.Random, trial: int, min_replies: int
) -> list[str]:
    """New residents' items on the platform and new replies in the queue; returns the texts."""
    for n in range(rng.randint(0, 25)):
        author = rng.choice(RESIDENTS)
        control.post("/_sandbox/x/mentions", {"author": author, "text": f"Vraag {trial}.{n}"})
    for n in range(rng.randint(0, 3)):
        author = rng.choice(RESIDENTS)
        control.post("/_sandbox/x/dms", {"sender": author, "text": f"DM {trial}.{n}"})
    texts = []
    with transaction(database.sessions) as session:
        conversations = session.scalars(select(Conversation.id)).all()
        for n in range(rng.randint(min_replies, 3) if conversations else 0):
            text = f"Antwoord {trial}.{n} van de gemeente"
            queue_reply(session, conversation_id=rng.choice(conversations), text=text, user_id=None)
            texts.append(text)
    return texts


def run_and_kill(control: Control, rng: random.Random, moment: str) -> bool:
    """Start `webcare worker --once` and SIGKILL it at a random point of the kind `moment`:

    - fetch: while a (slowed) GET is in flight;
    - ingest: just after the last fetch, while the batch is being written;
    - send: while a (slowed) POST is on the wire, so the platform may or may not have the
      reply when the worker dies.

    Returns:
        Whether the process was still running to be killed.
    """
    control.delete("/_sandbox/requests")
    if moment == "fetch":
        path, reached, extra = rng.choice(SLOW_GETS), _requests(rng.randint(1, 3)), 0.05
    elif moment == "ingest":
        path, reached, extra = None, _requests(3), rng.uniform(0.0, 0.08)
    else:
        path, reached, extra = rng.choice(SLOW_POSTS), _a_post, rng.uniform(0.0, 0.35)
    if path is not None:
        control.post(
            "/_sandbox/faults",
            {"prefix": "/x", "path": path, "kind": "slow", "delay": 0.4, "times": None},
        )
    process = subprocess.Popen(
        [sys.executable, "-m", "webcare", "worker", "--once"],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        env=os.environ,
    )
    waiter = threading.Event()
    deadline = time.monotonic() + 60
    while process.poll() is None and time.monotonic() < deadline:
        if reached(control.requests()):
            break
        waiter.wait(0.003)
    waiter.wait(extra)
    killed = process.poll() is None
    if killed:
        process.send_signal(signal.SIGKILL)
    process.wait(timeout=30)
    control.delete("/_sandbox/faults")
    return killed


def _requests(count: int) -> Callable[[list[dict[str, Any]]], bool]:
    return lambda log: len(log) >= count


def _a_post(log: list[dict[str, Any]]) -> bool:
    return any(entry["method"] == "POST" for entry in log)


def count_sending(database: Database) -> int:
    with database.sessions() as session:
        return (
            session.scalar(
                select(func.count())
                .select_from(Message)
                .where(Message.delivery_state == DeliveryState.SENDING)
            )
            or 0
        )


def test_a_killed_worker_loses_nothing_and_sends_nothing_twice(
    sandbox: SandboxHandle, control: Control
) -> None:
    rng = random.Random(SEED)
    lift_rate_limits(control)
    database, data = open_db()
    store = CredentialStore(data)
    try:
        add_account(
            database.sessions,
            store,
            platform=Platform.X,
            name="Gemeente",
            handle=X_USERNAME,
            external_id=X_ACCOUNT_ID,
            credential=X_TOKEN,
            api_base=sandbox.x_base,
        )
        replies: list[str] = []
        kills: Counter[str] = Counter()
        for trial in range(TRIALS):
            moment = rng.choice(["fetch", "ingest", "send"])
            replies += add_work(control, database, rng, trial, int(moment == "send"))
            kills[moment] += run_and_kill(control, rng, moment)
            kills["left a reply sending"] += moment == "send" and count_sending(database) > 0
        print(f"\ncrash test: {TRIALS} trials; kills by moment: {dict(kills)}")
        assert sum(kills[m] for m in ("fetch", "ingest", "send")) >= TRIALS // 2

        worker = Worker(database, store)
        for _ in range(3):
            worker.run_once()

        state = control.state()
        resident_items = {t["id"] for t in state["tweets"] if t["author_id"] != X_ACCOUNT_ID}
        resident_items |= {e["id"] for e in state["dm_events"] if e["sender_id"] != X_ACCOUNT_ID}
        on_platform = Counter(t["text"] for t in state["tweets"] if t["author_id"] == X_ACCOUNT_ID)
        on_platform.update(e["text"] for e in state["dm_events"] if e["sender_id"] == X_ACCOUNT_ID)
        with database.sessions() as session:
            inbound = Counter(
                session.scalars(
                    select(Message.external_id).where(Message.direction == Direction.INBOUND)
                ).all()
            )
            outbound = session.execute(
                select(Message.text, Message.delivery_state, Message.external_id).where(
                    Message.direction == Direction.OUTBOUND
                )
            ).all()
            unsettled = session.scalar(
                select(func.count())
                .select_from(Message)
                .where(Message.delivery_state.in_([DeliveryState.QUEUED, DeliveryState.SENDING]))
            )
        assert set(inbound) == resident_items, "an inbound item was lost"
        assert max(inbound.values()) == 1, "an inbound item was stored twice"
        assert unsettled == 0
        assert sorted(text for text, _, _ in outbound) == sorted(replies)
        for text, delivery_state, external_id in outbound:
            assert delivery_state is DeliveryState.SENT, (text, delivery_state)
            assert external_id is not None
            assert on_platform[text] == 1, f"{text!r} is {on_platform[text]} times on X"
    finally:
        database.close()
