"""Crash safety: a worker killed with SIGKILL at random points loses and duplicates nothing.

Each trial adds residents' items (X mentions and DMs; Facebook comments, replies, posts on the
Page and Messenger messages; Instagram comments, replies and DMs) to the sandbox and queues
replies, then runs `webcare worker --once` in a real process and kills it with SIGKILL at a
random moment: after a random number of platform requests plus a random extra delay, with some
requests slowed down so that kills land while a reply is on the wire, while a batch is being
ingested, or between `sending` and `sent`. A restarted worker leaves a send interrupted less
than a minute ago alone (the platform may still carry it out); after all trials, once the sandbox
has answered every request, a clean pass without that grace settles the rest.

Checked: every resident item is stored exactly once; every queued reply exists exactly once on
the platform and is recorded `sent` with that platform id; nothing is left queued or sending.

WEBCARE_CRASH_TRIALS sets the number of trials per platform (default 30 for X and 15 each for
Facebook and Instagram, to keep `make test` fast; the closing notes of the issues report longer
runs), WEBCARE_CRASH_SEED the random seed.
"""

from __future__ import annotations

import os
import random
import signal
import subprocess
import threading
import time
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass
from datetime import timedelta
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import func, select

from channels.sandbox import (
    IG_USER_ID,
    PAGE_ID,
    X_ACCOUNT_ID,
    X_TOKEN,
    X_USERNAME,
    SandboxHandle,
)
from tests.helpers.cli import start_webcare
from tests.helpers.sandbox import Control
from webcare.accounts.credentials import CredentialStore
from webcare.accounts.service import add_account
from webcare.config import Settings, sqlite_url
from webcare.inbox import sender
from webcare.inbox.outbox import queue_reply
from webcare.runtime import Database, open_database
from webcare.storage.db import transaction
from webcare.storage.models import Conversation, Message
from webcare.vocabulary import DeliveryState, Direction, Platform
from webcare.worker import Worker

CHOSEN_TRIALS = os.environ.get("WEBCARE_CRASH_TRIALS")
SEED = int(os.environ.get("WEBCARE_CRASH_SEED", "1"))


@dataclass(frozen=True)
class Scenario:
    """What differs per platform: the account, the residents' items, the slow paths, and how
    to read the platform's record back from the sandbox's state."""

    platform: Platform
    prefix: str
    default_trials: int
    slow_gets: tuple[str, ...]
    slow_posts: tuple[str, ...]
    requests_to_ingest: int

    @property
    def trials(self) -> int:
        return int(CHOSEN_TRIALS) if CHOSEN_TRIALS else self.default_trials


SCENARIOS = {
    "x": Scenario(
        Platform.X,
        "/x",
        30,
        ("/mentions", "/users/4242/tweets", "/dm_events"),
        ("/2/tweets$", "/messages$"),
        3,
    ),
    "facebook": Scenario(
        Platform.FACEBOOK,
        "/graph",
        15,
        (f"/{PAGE_ID}$", "/comments$", "/conversations$"),
        ("/comments$", "/messages$"),
        2,
    ),
    "instagram": Scenario(
        Platform.INSTAGRAM,
        "/graph",
        15,
        (f"/{IG_USER_ID}$", "/comments$", "/conversations$"),
        ("/replies$", "/messages$"),
        2,
    ),
}


def x_residents() -> list[dict[str, str]]:
    return [
        {"id": str(800 + n), "username": f"bewoner{n}", "name": f"Bewoner {n}"} for n in range(12)
    ]


def graph_resident(platform: Platform, n: int) -> dict[str, str]:
    if platform is Platform.FACEBOOK:
        return {"id": f"24000000000008{n:02d}", "name": f"Bewoner {n}"}
    return {"id": f"64000000000008{n:02d}", "username": f"bewoner.{n}"}


def lift_x_rate_limits(control: Control) -> None:
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


def connect(
    scenario: Scenario, sandbox: SandboxHandle, database: Database, store: CredentialStore
) -> None:
    if scenario.platform is Platform.X:
        values: dict[str, Any] = {
            "name": "Gemeente",
            "handle": X_USERNAME,
            "external_id": X_ACCOUNT_ID,
            "credential": X_TOKEN,
            "api_base": sandbox.x_base,
        }
    elif scenario.platform is Platform.FACEBOOK:
        values = dict(sandbox.facebook_account)
    else:
        values = dict(sandbox.instagram_account)
    add_account(database.sessions, store, platform=scenario.platform, **values)


def add_resident_items(
    scenario: Scenario, control: Control, rng: random.Random, trial: int
) -> None:
    if scenario.platform is Platform.X:
        for n in range(rng.randint(0, 25)):
            author = rng.choice(x_residents())
            control.post("/_sandbox/x/mentions", {"author": author, "text": f"Vraag {trial}.{n}"})
        for n in range(rng.randint(0, 3)):
            author = rng.choice(x_residents())
            control.post("/_sandbox/x/dms", {"sender": author, "text": f"DM {trial}.{n}"})
        return
    facebook = scenario.platform is Platform.FACEBOOK
    state = control.graph_state()
    if facebook:
        targets = [p["id"] for p in state["posts"] if p["page_id"] == PAGE_ID]
        targets += [c["id"] for c in state["comments"] if c["parent_id"] is None][-10:]
    else:
        targets = [m["id"] for m in state["media"] if m["owner_id"] == IG_USER_ID]
        targets += [c["id"] for c in state["ig_comments"] if c["parent_id"] is None][-10:]
    for n in range(rng.randint(0, 15)):
        author = graph_resident(scenario.platform, rng.randrange(12))
        body = {"on": rng.choice(targets), "author": author, "text": f"Vraag {trial}.{n}"}
        control.post("/_sandbox/graph/comments", body)
    if facebook and rng.random() < 0.3:
        author = graph_resident(scenario.platform, rng.randrange(12))
        control.post("/_sandbox/graph/posts", {"author": author, "text": f"Post {trial}"})
    for n in range(rng.randint(0, 3)):
        body = {
            "platform": "messenger" if facebook else "instagram",
            "sender": graph_resident(scenario.platform, rng.randrange(12)),
            "text": f"DM {trial}.{n}",
        }
        control.post("/_sandbox/graph/dms", body)


def open_db() -> tuple[Database, Path]:
    data = Path(os.environ["WEBCARE_DATA_DIR"])
    data.mkdir(parents=True, exist_ok=True)
    return open_database(Settings(sqlite_url(data), data, "nl")), data


def queue_replies(database: Database, rng: random.Random, trial: int, minimum: int) -> list[str]:
    texts = []
    with transaction(database.sessions) as session:
        conversations = session.scalars(select(Conversation.id)).all()
        for n in range(rng.randint(minimum, 3) if conversations else 0):
            text = f"Antwoord {trial}.{n} van de gemeente"
            queue_reply(session, conversation_id=rng.choice(conversations), text=text, user_id=None)
            texts.append(text)
    return texts


def run_and_kill(scenario: Scenario, control: Control, rng: random.Random, moment: str) -> bool:
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
        path, reached, extra = rng.choice(scenario.slow_gets), _requests(rng.randint(1, 3)), 0.05
    elif moment == "ingest":
        path, reached = None, _requests(scenario.requests_to_ingest)
        extra = rng.uniform(0.0, 0.08)
    else:
        path, reached, extra = rng.choice(scenario.slow_posts), _a_post, rng.uniform(0.0, 0.35)
    if path is not None:
        fault = {"prefix": scenario.prefix, "path": path, "kind": "slow", "delay": 0.4}
        control.post(
            "/_sandbox/faults",
            {**fault, "method": "POST" if moment == "send" else "GET", "times": None},
        )
    process = start_webcare("worker", "--once", output=subprocess.DEVNULL)
    waiter = threading.Event()
    deadline = time.monotonic() + 60
    while process.poll() is None and time.monotonic() < deadline:
        if reached(control.requests(scenario.prefix)):
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


def platform_record(scenario: Scenario, control: Control) -> tuple[set[str], Counter[str]]:
    """The residents' items on the platform, and how often each of our texts is there."""
    if scenario.platform is Platform.X:
        state = control.state()
        residents = {t["id"] for t in state["tweets"] if t["author_id"] != X_ACCOUNT_ID}
        residents |= {e["id"] for e in state["dm_events"] if e["sender_id"] != X_ACCOUNT_ID}
        ours = Counter(t["text"] for t in state["tweets"] if t["author_id"] == X_ACCOUNT_ID)
        ours.update(e["text"] for e in state["dm_events"] if e["sender_id"] == X_ACCOUNT_ID)
        return residents, ours
    state = control.graph_state()
    platform = "messenger" if scenario.platform is Platform.FACEBOOK else "instagram"
    account = PAGE_ID if scenario.platform is Platform.FACEBOOK else IG_USER_ID
    threads = {c["id"] for c in state["conversations"] if c["platform"] == platform}
    messages = [m for m in state["messages"] if m["conversation_id"] in threads]
    if scenario.platform is Platform.FACEBOOK:
        public = [(c, c["message"]) for c in state["comments"]]
        public += [
            (p, p["message"])
            for p in state["posts"]
            if p["page_id"] == PAGE_ID and p["author_id"] != PAGE_ID
        ]
    else:
        public = [(c, c["text"]) for c in state["ig_comments"]]
    residents = {item["id"] for item, _ in public if item["author_id"] != account}
    residents |= {m["id"] for m in messages if m["sender_id"] != account}
    ours = Counter(text for item, text in public if item["author_id"] == account)
    ours.update(m["text"] for m in messages if m["sender_id"] == account)
    return residents, ours


@pytest.mark.parametrize("name", list(SCENARIOS))
def test_a_killed_worker_loses_nothing_and_sends_nothing_twice(
    sandbox: SandboxHandle, control: Control, name: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    scenario = SCENARIOS[name]
    rng = random.Random(f"{SEED}:{name}")
    lift_x_rate_limits(control)
    database, data = open_db()
    store = CredentialStore(data)
    try:
        connect(scenario, sandbox, database, store)
        replies: list[str] = []
        kills: Counter[str] = Counter()
        for trial in range(scenario.trials):
            moment = rng.choice(["fetch", "ingest", "send"])
            add_resident_items(scenario, control, rng, trial)
            replies += queue_replies(database, rng, trial, int(moment == "send"))
            kills[moment] += run_and_kill(scenario, control, rng, moment)
            kills["left a reply sending"] += moment == "send" and count_sending(database) > 0
        print(f"\ncrash test ({name}): {scenario.trials} trials; kills by moment: {dict(kills)}")
        assert sum(kills[m] for m in ("fetch", "ingest", "send")) >= scenario.trials // 2

        # Let the platform finish what the last killed worker left on the wire, then settle
        # every interrupted send at once (without the grace that guards a real restart).
        settled = threading.Event()
        deadline = time.monotonic() + 30
        while control.get("/_sandbox/")["in_flight"] and time.monotonic() < deadline:
            settled.wait(0.05)
        assert control.get("/_sandbox/")["in_flight"] == 0
        monkeypatch.setattr(sender, "RECONCILE_GRACE", timedelta(0))
        worker = Worker(database, store)
        for _ in range(3):
            worker.run_once()

        resident_items, on_platform = platform_record(scenario, control)
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
        assert max(inbound.values(), default=1) == 1, "an inbound item was stored twice"
        assert unsettled == 0
        twice = [row for row in outbound if [r[0] for r in outbound].count(row[0]) > 1]
        assert not twice, f"stored twice on {name}: {twice}; on the platform: " + str(
            {text: on_platform[text] for text, _, _ in twice}
        )
        assert sorted(text for text, _, _ in outbound) == sorted(replies)
        for text, delivery_state, external_id in outbound:
            assert delivery_state is DeliveryState.SENT, (text, delivery_state)
            assert external_id is not None
            assert on_platform[text] == 1, f"{text!r} is {on_platform[text]} times on {name}"
    finally:
        database.close()
