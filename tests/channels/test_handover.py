"""A team's standby worker takes over when the active one dies or hangs, within a minute, and
nothing is lost or sent twice on the way.

Two real `webcare worker` processes on one database. The first polls and sends; the second
stands by. Killing the first (SIGKILL: the process is gone) hands over as soon as the standby
next looks; a hung first worker (SIGSTOP: the process lives but renews nothing, as a frozen
server or one on another machine) hands over when its lease runs out. Both hand-over times
are measured and printed. On PostgreSQL the lease has its real length (30 s); on SQLite a
short one keeps `make test` quick.
"""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
import threading
import time
from collections import Counter
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from sqlalchemy import select
from sqlalchemy.engine import URL

from channels.sandbox import X_ACCOUNT_ID, SandboxHandle
from tests.helpers.sandbox import Control
from tests.helpers.workers import connect_x
from webcare.inbox.outbox import queue_reply
from webcare.runtime import Database
from webcare.storage.db import transaction
from webcare.storage.models import Conversation, Message, WorkerLease
from webcare.vocabulary import DeliveryState

ANNA = {"id": "701", "username": "anna_zaandam", "name": "Anna de Vries"}
MINUTE = 60.0


class WorkerProcess:
    """`webcare worker` with its standard error in a file (read while it runs)."""

    def __init__(self, url: str, log: Path, env: dict[str, str]) -> None:
        self.log = log
        self._file = log.open("w", encoding="utf-8")
        self.process = subprocess.Popen(
            [sys.executable, "-m", "webcare", "--db", url, "worker"],
            stdout=subprocess.DEVNULL,
            stderr=self._file,
            env=env,
        )
        self.holder = f"{socket.gethostname()}:{self.process.pid}"

    def said(self, text: str) -> bool:
        return text in self.log.read_text(encoding="utf-8")

    def stop(self) -> int:
        if self.process.poll() is None:
            self.process.send_signal(signal.SIGCONT)
            self.process.send_signal(signal.SIGTERM)
        return self.process.wait(timeout=60)

    def close(self) -> None:
        self._file.close()


def wait_until(condition: Callable[[], bool], timeout: float) -> float:
    """Poll `condition` until it holds; returns the seconds it took."""
    began = time.monotonic()
    pause = threading.Event()
    while not condition():
        assert time.monotonic() - began < timeout, "the condition never became true"
        pause.wait(0.05)
    return time.monotonic() - began


@pytest.fixture
def workers() -> Iterator[list[WorkerProcess]]:
    started: list[WorkerProcess] = []
    yield started
    for worker in started:
        if worker.process.poll() is None:
            worker.process.send_signal(signal.SIGCONT)
            worker.process.kill()
        worker.process.wait(timeout=30)
        worker.close()


def test_a_standby_worker_takes_over_within_a_minute_when_the_active_one_dies_or_hangs(
    database: Database,
    db_url: URL,
    sandbox: SandboxHandle,
    control: Control,
    workers: list[WorkerProcess],
    tmp_path: Path,
) -> None:
    connect_x(database, sandbox)
    sqlite = db_url.get_backend_name() == "sqlite"
    env = {**os.environ, **({"WEBCARE_LEASE_SECONDS": "5"} if sqlite else {})}
    url = db_url.render_as_string(hide_password=False)
    control.post("/_sandbox/x/dms", {"sender": ANNA, "text": "Hallo?"})

    def start(name: str) -> WorkerProcess:
        worker = WorkerProcess(url, tmp_path / f"{name}.log", env)
        workers.append(worker)
        return worker

    def holder() -> str | None:
        with database.sessions() as session:
            lease = session.get(WorkerLease, "worker", populate_existing=True)
            return lease.holder if lease is not None else None

    def conversation() -> int | None:
        with database.sessions() as session:
            return session.scalars(select(Conversation.id)).first()

    sent_texts: list[str] = []

    def reply(text: str) -> None:
        conversation_id = conversation()
        assert conversation_id is not None
        with transaction(database.sessions) as session:
            queue_reply(session, conversation_id=conversation_id, text=text, user_id=None)
        sent_texts.append(text)

    def on_platform() -> Counter[str]:
        events = control.state()["dm_events"]
        return Counter(e["text"] for e in events if e["sender_id"] == X_ACCOUNT_ID)

    first = start("first")
    wait_until(lambda: holder() == first.holder and conversation() is not None, MINUTE)
    second = start("second")
    wait_until(lambda: second.said("standing by"), MINUTE)
    reply("Eerste antwoord.")
    wait_until(lambda: on_platform()["Eerste antwoord."] == 1, MINUTE)

    first.process.kill()
    first.process.wait(timeout=30)
    killed = wait_until(lambda: holder() == second.holder, MINUTE)
    reply("Tweede antwoord.")
    wait_until(lambda: on_platform()["Tweede antwoord."] == 1, MINUTE)

    third = start("third")
    wait_until(lambda: third.said("standing by"), MINUTE)
    second.process.send_signal(signal.SIGSTOP)  # hangs: alive, renewing nothing
    hung = wait_until(lambda: holder() == third.holder, MINUTE)
    reply("Derde antwoord.")
    wait_until(lambda: on_platform()["Derde antwoord."] == 1, MINUTE)
    second.process.send_signal(signal.SIGCONT)  # wakes up, finds it lost the lease
    wait_until(lambda: second.said("lost the lease"), MINUTE)

    print(
        f"\nhand-over on {db_url.get_backend_name()}: {killed:.1f} s after the active worker "
        f"was killed, {hung:.1f} s after it hung (lease length "
        f"{env.get('WEBCARE_LEASE_SECONDS', '30')} s)"
    )
    assert killed < MINUTE and hung < MINUTE
    assert second.stop() == 0 and third.stop() == 0
    assert on_platform() == Counter(dict.fromkeys(sent_texts, 1))
    with database.sessions() as session:
        states = session.scalars(
            select(Message.delivery_state).where(Message.reply_mode.is_not(None))
        ).all()
    assert states == [DeliveryState.SENT] * len(sent_texts)
    for worker in (first, second, third):
        assert "Traceback" not in worker.log.read_text(encoding="utf-8"), worker.log
