"""Crash safety: workers killed, paused, overlapping and racing lose and duplicate nothing.

Each trial adds residents' items (X mentions and DMs; Facebook comments, replies, posts on the
Page and Messenger messages; Instagram comments, replies and DMs) to the sandbox and queues
replies, sometimes the same text twice in one thread (a canned reply), then runs
`webcare worker --once` in real processes, one of:

- kill: SIGKILL at a random moment (while a slowed GET is in flight, while a batch is being
  ingested, or while a slowed POST is on the wire, so that the platform may or may not have
  the reply when the worker dies);
- drop: a POST is dropped on the way (the platform never sees it; the worker lives on);
- overlap: two workers, the first with slow POSTs so that its pass outlives the lease (the
  workers run with a 4-second lease); the second must find it held and exit 1;
- stale: a lease left by a dead worker (on this machine, or expired on another), and two
  workers started at once;
- pause: the first worker is stopped (SIGSTOP) while a reply is on the wire, until its lease
  expires; a second worker takes over and finishes; the first, continued, must find that it
  lost the lease and exit 1 without writing.

Every worker that was not killed must exit as its trial expects. After all trials, once the
sandbox has answered every request, clean passes without the grace that guards a real restart
settle what is left.

Checked against the sandbox's own record (its state), not the database's constraints: every
resident item is stored exactly once; no reply text is on the platform more often than it was
queued; no queued reply's row was deleted; every reply is `sent` with the id of a copy that
really is on the platform, or `unconfirmed` for a person, and every copy the inbox does not
name belongs to an unconfirmed reply; nothing is left queued or sending.

WEBCARE_CRASH_TRIALS sets the number of trials per platform (default 30, to keep `make test`
within reason; the closing notes of the issues report longer runs), WEBCARE_CRASH_SEED the
random seed.
"""

from __future__ import annotations

import os
import random
import signal
import socket
import subprocess
import threading
import time
from collections import Counter, defaultdict
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import func, select, update

from channels.sandbox import (
    IG_USER_ID,
    PAGE_ID,
    X_ACCOUNT_ID,
    X_TOKEN,
    X_USERNAME,
    SandboxHandle,
)
from tests.helpers.sandbox import Control
from tests.helpers.workers import WorkerProcess, Zygote, wait_until
from webcare.accounts.credentials import CredentialStore
from webcare.accounts.service import add_account
from webcare.config import Settings, sqlite_url
from webcare.inbox import sender
from webcare.inbox.outbox import queue_reply
from webcare.runtime import Database, open_database
from webcare.storage.db import transaction
from webcare.storage.models import Account, Conversation, Message, WorkerLease
from webcare.storage.types import utcnow
from webcare.vocabulary import ConversationKind, DeliveryState, Direction, Platform
from webcare.worker import Worker

CHOSEN_TRIALS = os.environ.get("WEBCARE_CRASH_TRIALS")
SEED = int(os.environ.get("WEBCARE_CRASH_SEED", "1"))
TRIALS = int(CHOSEN_TRIALS) if CHOSEN_TRIALS else 30
# Short, so that passes outlive it; long enough that a loaded machine's scheduling does not
# starve a heartbeat (every third of it) past it.
LEASE_SECONDS = 4
KINDS = ("kill",) * 9 + ("drop",) * 3 + ("overlap",) * 3 + ("stale",) * 3 + ("pause",) * 2
BUSY = "another worker"
LOST = "lost the worker lease"


@dataclass(frozen=True)
class Scenario:
    """What differs per platform: the account, the residents' items, the slow paths, and how
    to read the platform's record back from the sandbox's state."""

    platform: Platform
    prefix: str
    slow_gets: tuple[str, ...]
    slow_posts: tuple[str, ...]
    requests_to_ingest: int


SCENARIOS = {
    "x": Scenario(
        Platform.X,
        "/x",
        ("/mentions", "/users/4242/tweets", "/dm_events"),
        ("/2/tweets$", "/messages$"),
        3,
    ),
    "facebook": Scenario(
        Platform.FACEBOOK,
        "/graph",
        (f"/{PAGE_ID}$", "/comments$", "/conversations$"),
        ("/comments$", "/messages$"),
        2,
    ),
    "instagram": Scenario(
        Platform.INSTAGRAM,
        "/graph",
        (f"/{IG_USER_ID}$", "/comments$", "/conversations$"),
        ("/replies$", "/messages$"),
        2,
    ),
}


@dataclass
class Tally:
    """What the trials did, for the figures printed at the end."""

    kinds: Counter[str] = field(default_factory=Counter)
    kills: Counter[str] = field(default_factory=Counter)
    exits: Counter[str] = field(default_factory=Counter)
    seconds: Counter[str] = field(default_factory=Counter)
    identical_pairs: int = 0


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


def _requests(count: int) -> Callable[[list[dict[str, Any]]], bool]:
    return lambda log: len(log) >= count


def _a_post(log: list[dict[str, Any]]) -> bool:
    return any(entry["method"] == "POST" for entry in log)


def worker_env() -> dict[str, str]:
    return {**os.environ, "WEBCARE_LEASE_SECONDS": str(LEASE_SECONDS)}


WORKERS: Zygote | None = None  # the test's warm parent of worker processes


def start_worker() -> WorkerProcess:
    """`webcare worker --once` in a process of its own (forked from a warm parent)."""
    assert WORKERS is not None
    return WORKERS.start(["worker", "--once"], worker_env())


def finish(process: WorkerProcess) -> tuple[int, str]:
    return process.communicate()


def posts_seen(control: Control, scenario: Scenario) -> int:
    return sum(entry["method"] == "POST" for entry in control.requests(scenario.prefix))


def arm(control: Control, scenario: Scenario, method: str, path: str | None, **fault: Any) -> None:
    body = {"prefix": scenario.prefix, "method": method, "times": None, **fault}
    if path is not None:
        body["path"] = path
    control.post("/_sandbox/faults", body)


def expect_exit(
    tally: Tally, name: str, code: int, errors: str, allowed: dict[int, str | None]
) -> None:
    """A worker that was not killed exits as the trial expects, with its reason on stderr."""
    assert "Traceback" not in errors, errors
    assert code in allowed, f"{name}: exit {code}: {errors}"
    reason = allowed[code]
    if reason is not None:
        assert reason in errors, f"{name}: exit {code} without {reason!r}: {errors}"
    tally.exits[f"{name}:{code}"] += 1


def held_longer_than_a_lease(database: Database) -> bool:
    """Whether the lease's holder took it more than one lease length ago."""
    with database.sessions() as session:
        lease = session.get(WorkerLease, "worker")
        return lease is not None and utcnow() - lease.acquired_at > timedelta(
            seconds=LEASE_SECONDS + 0.3
        )


def logged_at(errors: str, text: str) -> datetime | None:
    """When a worker logged a line holding `text` (its logging's own time stamp)."""
    for line in errors.splitlines():
        if text in line:
            return datetime.strptime(line[:23], "%Y-%m-%d %H:%M:%S,%f")
    return None


def run_overlap(scenario: Scenario, control: Control, database: Database, tally: Tally) -> None:
    """The first worker's pass outlives its lease's length (slow POSTs); a second worker
    started then must find the lease held (renewed by the first's heartbeat) and exit 1, or,
    if the first finished in the meantime, take the lease only after the first let go."""
    control.delete("/_sandbox/requests")
    # Slow enough to outlive the lease (7 x 0.8 s > 4 s); what is queued beyond goes quickly.
    arm(control, scenario, "POST", None, kind="slow", delay=0.8, times=7)
    first = start_worker()
    assert wait_until(lambda: posts_seen(control, scenario) >= 1 or first.poll() is not None)
    assert wait_until(lambda: held_longer_than_a_lease(database) or first.poll() is not None)
    tally.exits["overlap-outlived"] += first.poll() is None
    second_code, second_errors = finish(start_worker())
    first_code, first_errors = finish(first)
    expect_exit(tally, "overlap-first", first_code, first_errors, {0: None})
    expect_exit(tally, "overlap-second", second_code, second_errors, {0: None, 1: BUSY})
    if second_code == 0:
        released = logged_at(first_errors, "worker lease released")
        taken = logged_at(second_errors, "worker lease taken")
        assert released is not None and taken is not None and taken >= released, (
            "the second worker took the lease while the first held it",
            first_errors,
            second_errors,
        )


def leave_stale_lease(database: Database, rng: random.Random) -> None:
    """A lease left by a worker that died: on this machine (its process is gone, the lease
    not yet expired), or on another machine (expired)."""
    with transaction(database.sessions) as session:
        lease = session.get(WorkerLease, "worker")
        now = utcnow()
        if lease is None:
            lease = WorkerLease(name="worker", holder="", acquired_at=now, expires_at=now)
            session.add(lease)
        if rng.random() < 0.5:
            probe = subprocess.Popen(["true"])
            probe.wait()
            lease.holder = f"{socket.gethostname()}:{probe.pid}"
            lease.expires_at = now + timedelta(seconds=30)
        else:
            lease.holder = "elsewhere:1"
            lease.expires_at = now - timedelta(seconds=1)


def run_stale(
    scenario: Scenario, control: Control, database: Database, rng: random.Random, tally: Tally
) -> None:
    """Two workers start at once on a stale lease: one takes it; the other finds it held, or
    runs after the first has finished."""
    leave_stale_lease(database, rng)
    arm(control, scenario, "GET", rng.choice(scenario.slow_gets), kind="slow", delay=0.3)
    workers = [start_worker(), start_worker()]
    results = [finish(worker) for worker in workers]
    for code, errors in results:
        expect_exit(tally, "stale", code, errors, {0: None, 1: BUSY})
    assert any(code == 0 for code, _ in results), results


def lease_expired(database: Database) -> bool:
    with database.sessions() as session:
        lease = session.get(WorkerLease, "worker")
        return lease is None or lease.expires_at <= utcnow()


def run_pause(scenario: Scenario, control: Control, database: Database, tally: Tally) -> None:
    """The first worker stops (SIGSTOP) with a reply on the wire until its lease expires; the
    second takes over; the first, continued, stops before writing anything."""
    control.delete("/_sandbox/requests")
    arm(control, scenario, "POST", None, kind="slow", delay=0.3)
    first = start_worker()
    assert wait_until(lambda: posts_seen(control, scenario) >= 1 or first.poll() is not None)
    if first.poll() is not None:  # nothing to send after all
        code, errors = finish(first)
        expect_exit(tally, "pause-first", code, errors, {0: None})
        return
    first.send_signal(signal.SIGSTOP)
    try:
        assert wait_until(lambda: lease_expired(database), LEASE_SECONDS + 10), (
            "the paused worker's lease never expired"
        )
        code, errors = finish(start_worker())
        expect_exit(tally, "pause-second", code, errors, {0: None})
    finally:
        first.send_signal(signal.SIGCONT)
    code, errors = finish(first)
    expect_exit(tally, "pause-first", code, errors, {1: LOST})


def run_drop(scenario: Scenario, control: Control, tally: Tally) -> None:
    """The first POST goes through (slowly); the ones after it are dropped on the way: the
    connection closes without an answer and the platform never sees them."""
    control.delete("/_sandbox/requests")
    arm(control, scenario, "POST", None, kind="slow", delay=0.3, times=1)
    process = start_worker()
    if wait_until(lambda: posts_seen(control, scenario) >= 1 or process.poll() is not None):
        arm(control, scenario, "POST", None, kind="drop")
    code, errors = finish(process)
    expect_exit(tally, "drop", code, errors, {0: None})


def the_backoff_passed(database: Database) -> None:
    """A failed request backs the account off for half a minute or more; trials do not wait."""
    with transaction(database.sessions) as session:
        session.execute(update(Account).values(backoff_until=None, failure_count=0))


def open_db() -> tuple[Database, Path]:
    data = Path(os.environ["WEBCARE_DATA_DIR"])
    data.mkdir(parents=True, exist_ok=True)
    return open_database(Settings(sqlite_url(data), data, "nl")), data


def queue_replies(
    database: Database, rng: random.Random, trial: int, count: int, tally: Tally, twins: float
) -> list[str]:
    """`count` replies in random conversations, and (with probability `twins`) one canned
    text twice in one thread (X: a direct message thread, as X refuses the same public text
    twice)."""
    texts: list[str] = []
    with transaction(database.sessions) as session:
        rows = session.execute(select(Conversation.id, Conversation.kind)).all()
        if not rows:
            return texts
        if rng.random() < twins:
            platform = session.scalar(select(Account.platform))
            threads = [
                row[0]
                for row in rows
                if platform is not Platform.X or row[1] is ConversationKind.DIRECT
            ]
            if threads:
                thread = rng.choice(threads)
                text = f"Dank u wel, we zoeken het uit ({trial})."
                for _ in range(2):
                    queue_reply(session, conversation_id=thread, text=text, user_id=None)
                    texts.append(text)
                tally.identical_pairs += 1
        for n in range(count):
            text = f"Antwoord {trial}.{n} van de gemeente"
            queue_reply(session, conversation_id=rng.choice(rows)[0], text=text, user_id=None)
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
        arm(control, scenario, "POST" if moment == "send" else "GET", path, kind="slow", delay=0.4)
    process = start_worker()
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
    process.wait()
    return killed


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


def platform_record(scenario: Scenario, control: Control) -> tuple[set[str], dict[str, list[str]]]:
    """The residents' items on the platform, and the ids of our copies of each text."""
    ours: dict[str, list[str]] = defaultdict(list)
    if scenario.platform is Platform.X:
        state = control.state()
        residents = {t["id"] for t in state["tweets"] if t["author_id"] != X_ACCOUNT_ID}
        residents |= {e["id"] for e in state["dm_events"] if e["sender_id"] != X_ACCOUNT_ID}
        for item in [*state["tweets"], *state["dm_events"]]:
            if item.get("author_id", item.get("sender_id")) == X_ACCOUNT_ID:
                ours[item["text"]].append(item["id"])
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
    for item, text in public:
        if item["author_id"] == account:
            ours[text].append(item["id"])
    for message in messages:
        if message["sender_id"] == account:
            ours[message["text"]].append(message["id"])
    return residents, ours


@dataclass
class Verdict:
    """What the platform's record says about the replies (all must be zero)."""

    states: Counter[str]
    posted_twice: int = 0  # copies on the platform beyond the replies queued with that text
    lost: int = 0  # replies marked sent whose copy is not on the platform
    deleted: int = 0  # replies queued whose row is gone
    unowned: int = 0  # copies on the platform that no sent or unconfirmed reply accounts for
    problems: list[str] = field(default_factory=list)

    def failed(self) -> bool:
        return bool(self.posted_twice or self.lost or self.deleted or self.unowned)


def check_replies(
    replies: list[str],
    rows: list[tuple[str, str | None, str | None]],
    on_platform: dict[str, list[str]],
) -> Verdict:
    """Every queued reply kept its row and is sent (with a real copy) or unconfirmed; no text
    is on the platform more often than it was queued (counted from the sandbox's record)."""
    verdict = Verdict(Counter(state or "none" for _, state, _ in rows))
    kept = Counter(text for text, _, _ in rows)
    verdict.deleted = sum((Counter(replies) - kept).values())
    by_text: dict[str, list[tuple[str | None, str | None]]] = defaultdict(list)
    for text, state, external_id in rows:
        by_text[text].append((state, external_id))
    for text, group in by_text.items():
        copies = on_platform.get(text, [])
        if len(copies) > len(group):
            verdict.posted_twice += len(copies) - len(group)
            verdict.problems.append(f"{text!r} is {len(copies)} times on the platform")
        sent = [external_id for state, external_id in group if state == "sent"]
        for external_id in sent:
            if external_id not in copies:
                verdict.lost += 1
                verdict.problems.append(f"{text!r} is sent as {external_id}, not on the platform")
        unnamed = len(copies) - len(sent)
        unconfirmed = sum(state == "unconfirmed" for state, _ in group)
        if unnamed > unconfirmed:
            verdict.unowned += unnamed - unconfirmed
            verdict.problems.append(f"{text!r}: a copy on the platform belongs to no reply")
    return verdict


@pytest.fixture
def workers() -> Iterator[Zygote]:
    global WORKERS
    WORKERS = Zygote()
    yield WORKERS
    WORKERS.close()
    WORKERS = None


@pytest.mark.parametrize("name", list(SCENARIOS))
def test_workers_killed_paused_and_racing_lose_nothing_and_send_nothing_twice(
    sandbox: SandboxHandle,
    control: Control,
    workers: Zygote,
    name: str,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    scenario = SCENARIOS[name]
    rng = random.Random(f"{SEED}:{name}")
    lift_x_rate_limits(control)
    database, data = open_db()
    store = CredentialStore(data)
    tally = Tally()
    try:
        connect(scenario, sandbox, database, store)
        replies: list[str] = []
        for trial in range(TRIALS):
            kind = rng.choice(KINDS)
            moment = rng.choice(["fetch", "ingest", "send"]) if kind == "kill" else kind
            add_resident_items(scenario, control, rng, trial)
            if kind == "drop":  # the canned pair first: its second send is dropped
                replies += queue_replies(database, rng, trial, 1, tally, twins=1.0)
            elif kind == "overlap":  # enough slow replies for a pass that outlives the lease
                replies += queue_replies(database, rng, trial, 6, tally, twins=0.3)
            else:
                least = int(kind == "pause" or moment == "send")
                count = rng.randint(least, 3)
                replies += queue_replies(database, rng, trial, count, tally, twins=0.3)
            tally.kinds[kind] += 1
            began = time.monotonic()
            if kind == "kill":
                tally.kills[moment] += run_and_kill(scenario, control, rng, moment)
            elif kind == "drop":
                run_drop(scenario, control, tally)
            elif kind == "overlap":
                run_overlap(scenario, control, database, tally)
            elif kind == "stale":
                run_stale(scenario, control, database, rng, tally)
            else:
                run_pause(scenario, control, database, tally)
            control.delete("/_sandbox/faults")
            tally.seconds[kind] += time.monotonic() - began
            the_backoff_passed(database)

        # Let the platform finish what the last killed worker left on the wire, then settle
        # every interrupted send at once (without the grace that guards a real restart).
        settled = threading.Event()
        deadline = time.monotonic() + 30
        while control.get("/_sandbox/")["in_flight"] and time.monotonic() < deadline:
            settled.wait(0.05)
        assert control.get("/_sandbox/")["in_flight"] == 0
        interrupted = count_sending(database)
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
                    Message.direction == Direction.OUTBOUND, Message.reply_mode.is_not(None)
                )
            ).all()
            reasons = Counter(
                session.scalars(
                    select(Message.delivery_error).where(
                        Message.delivery_state == DeliveryState.UNCONFIRMED
                    )
                ).all()
            )
        rows = [
            (text, state.value if state else None, external_id)
            for text, state, external_id in outbound
        ]
        assert set(inbound) == resident_items, "an inbound item was lost"
        assert max(inbound.values(), default=1) == 1, "an inbound item was stored twice"
        verdict = check_replies(replies, rows, on_platform)
        print(
            f"\ncrash test ({name}, seed {SEED}): {TRIALS} trials {dict(tally.kinds)} taking "
            f"{ {kind: round(s) for kind, s in tally.seconds.items()} } s; kills by moment "
            f"{dict(tally.kills)}; identical pairs {tally.identical_pairs}; worker exits "
            f"{dict(sorted(tally.exits.items()))}; replies interrupted at the end "
            f"{interrupted}; {len(replies)} replies: {dict(verdict.states)}, unconfirmed because "
            f"{dict(reasons)}; posted twice {verdict.posted_twice}, lost {verdict.lost}, "
            f"rows deleted {verdict.deleted}, copies of no reply {verdict.unowned}"
        )
        assert not verdict.failed(), verdict.problems
        assert set(verdict.states) <= {"sent", "unconfirmed"}, verdict.states
        assert sum(tally.kills.values()) >= tally.kinds["kill"] // 2
    finally:
        database.close()
