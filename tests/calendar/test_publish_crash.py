"""Crash safety of publishing: `webcare worker --once` killed with SIGKILL while it publishes.

Each trial schedules a post that is due (a unique text), slows the platform's publish call
down (the sandbox's `slow` fault), starts `webcare worker --once` in a real process and kills
it at a random moment: mostly while the publish call is on the wire, sometimes just after it
returned or before it began. The next pass (the lease holder's, in this process) must find
what the dead worker left and settle it without guessing:

- the call may have reached the platform → `unconfirmed`, never published a second time;
- the call returned and its id was stored → `published` with the platform's id;
- the kill came before the claim → published by the next pass, once.

After every trial the sandbox (the platform's own record) must hold the text at most once,
and a published target must carry the id the platform gave it. A second pass changes nothing.

WEBCARE_PUBLISH_CRASH_TRIALS sets the trials per platform (default 10 for X and 6 for
Facebook, to keep `make test` short); WEBCARE_CRASH_SEED the seed.
"""

from __future__ import annotations

import os
import random
import signal
import subprocess
import threading
import time
from collections import Counter
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest

from channels.sandbox import PAGE_ID, X_ACCOUNT_ID, X_TOKEN, X_USERNAME, SandboxHandle
from tests.helpers.cli import start_webcare
from tests.helpers.sandbox import Control
from webcare.accounts.credentials import CredentialStore
from webcare.accounts.service import add_account
from webcare.calendar import timing
from webcare.calendar.desk import CalendarDesk
from webcare.calendar.records import PostDraft, VariantDraft
from webcare.config import Settings, sqlite_url
from webcare.desks import sign_in
from webcare.runtime import open_database
from webcare.storage.models import PostTarget
from webcare.vocabulary import Platform, PostState
from webcare.worker import Worker

CHOSEN = os.environ.get("WEBCARE_PUBLISH_CRASH_TRIALS")
SEED = int(os.environ.get("WEBCARE_CRASH_SEED", "1"))
PLATFORMS = {
    "x": (Platform.X, "/x", "/2/tweets$", 10),
    "facebook": (Platform.FACEBOOK, "/graph", f"/{PAGE_ID}/feed$", 6),
}


def copies(control: Control, platform: Platform, text: str) -> int:
    if platform is Platform.X:
        tweets = control.state()["tweets"]
        return sum(1 for t in tweets if t["author_id"] == X_ACCOUNT_ID and t["text"] == text)
    posts = control.graph_state()["posts"]
    return sum(1 for p in posts if p["author_id"] == PAGE_ID and p["message"] == text)


def published_ids(control: Control, platform: Platform, text: str) -> list[str]:
    if platform is Platform.X:
        tweets = control.state()["tweets"]
        return [t["id"] for t in tweets if t["text"] == text]
    posts = control.graph_state()["posts"]
    return [p["id"] for p in posts if p["message"] == text]


def wait_for_platform(control: Control) -> None:
    """Until the sandbox has answered every request (a killed caller's too)."""
    pause = threading.Event()
    deadline = time.monotonic() + 30
    while control.get("/_sandbox/")["in_flight"] and time.monotonic() < deadline:
        pause.wait(0.02)


def run_and_kill(control: Control, prefix: str, rng: random.Random) -> str:
    """Start `worker --once`; kill it at a random moment. Returns the moment's kind."""
    control.delete("/_sandbox/requests")
    moment = rng.choices(["during", "after", "before"], weights=[6, 2, 2])[0]
    process = start_webcare("worker", "--once", output=subprocess.DEVNULL)
    waiter = threading.Event()
    deadline = time.monotonic() + 60
    while process.poll() is None and time.monotonic() < deadline:
        log = control.requests(prefix)
        if moment == "before" and log:
            break
        if any(entry["method"] == "POST" for entry in log):
            break
        waiter.wait(0.003)
    if moment == "during":
        waiter.wait(rng.uniform(0.0, 0.35))  # the call takes 0.4 s
    elif moment == "after":
        waiter.wait(rng.uniform(0.38, 0.6))
    if process.poll() is None:
        process.send_signal(signal.SIGKILL)
    else:
        moment = "finished"
    process.wait(timeout=30)
    return moment


@pytest.mark.parametrize("name", list(PLATFORMS))
def test_a_worker_killed_while_publishing_never_posts_twice(
    sandbox: SandboxHandle, control: Control, name: str
) -> None:
    platform, prefix, path, default_trials = PLATFORMS[name]
    trials = int(CHOSEN) if CHOSEN else default_trials
    rng = random.Random(f"{SEED}:{name}")
    data = Path(os.environ["WEBCARE_DATA_DIR"])
    data.mkdir(parents=True, exist_ok=True)
    database = open_database(Settings(sqlite_url(data), data, "nl"))
    store = CredentialStore(data)
    control.post(
        "/_sandbox/x/limits",
        {"endpoint": "POST /2/tweets", "limit": 1_000_000, "window": "15min", "scope": "user"},
    )
    for window, scope in (("24h", "user"), ("24h", "app")):
        control.post(
            "/_sandbox/x/limits",
            {"endpoint": "POST /2/tweets", "limit": 1_000_000, "window": window, "scope": scope},
        )
    try:
        if platform is Platform.X:
            values: dict[str, Any] = {
                "name": "Gemeente",
                "handle": X_USERNAME,
                "external_id": X_ACCOUNT_ID,
                "credential": X_TOKEN,
                "api_base": sandbox.x_base,
            }
        else:
            values = dict(sandbox.facebook_account)
        account, _ = add_account(database.sessions, store, platform=platform, **values)
        me = sign_in(database.sessions, "planner")
        outcomes: Counter[str] = Counter()
        for trial in range(trials):
            text = f"Wijkbericht {trial}: kom naar de avond ({rng.random():.6f})"
            planned = datetime.now(UTC) - timedelta(minutes=5)
            wall = timing.local_of(datetime.now(UTC) - timedelta(minutes=1)).wall.replace(
                second=0, microsecond=0
            )
            post = (
                CalendarDesk(database.sessions, me.id, clock=lambda at=planned: at)
                .save_post(PostDraft(text, wall, (VariantDraft(account.id, text),)))
                .value
            )
            target_id = post.targets[0].id
            control.post(
                "/_sandbox/faults",
                {
                    "kind": "slow",
                    "prefix": prefix,
                    "method": "POST",
                    "path": path,
                    "delay": 0.4,
                    "times": None,
                },
            )
            moment = run_and_kill(control, prefix, rng)
            wait_for_platform(control)
            control.delete("/_sandbox/faults")
            worker = Worker(database, store)
            for _ in range(2):  # the next pass settles; a second one changes nothing
                worker.run_once()
            with database.sessions() as session:
                target = session.get_one(PostTarget, target_id)
                state, external_id = target.state, target.external_id
            on_platform = copies(control, platform, text)
            assert on_platform <= 1, f"trial {trial}: posted {on_platform} times ({moment})"
            assert state in (PostState.PUBLISHED, PostState.UNCONFIRMED), (trial, moment, state)
            if state is PostState.PUBLISHED:
                assert on_platform == 1 and published_ids(control, platform, text) == [external_id]
            outcomes[f"{moment}->{state.value}"] += 1
            outcomes[f"on platform {on_platform}"] += 1
        print(f"\npublish crash test ({name}): {trials} trials, seed {SEED}: {dict(outcomes)}")
        assert sum(n for k, n in outcomes.items() if k.endswith("->unconfirmed")) >= 1
    finally:
        database.close()
