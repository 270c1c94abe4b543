"""`webcare worker` as a long-running process: it polls, sends, refuses a second worker and
stops cleanly on SIGTERM."""

from __future__ import annotations

import os
import signal
import threading
import time
from collections.abc import Callable
from pathlib import Path

from sqlalchemy import select

from channels.sandbox import X_ACCOUNT_ID, X_TOKEN, X_USERNAME, SandboxHandle
from tests.helpers.cli import start_webcare, webcare
from tests.helpers.sandbox import Control
from webcare.accounts.credentials import CredentialStore
from webcare.accounts.service import add_account
from webcare.config import Settings, sqlite_url
from webcare.inbox.outbox import queue_reply
from webcare.runtime import open_database
from webcare.storage.db import transaction
from webcare.storage.models import Conversation, Message, WorkerLease
from webcare.storage.types import utcnow
from webcare.vocabulary import Platform

ANNA = {"id": "701", "username": "anna_zaandam", "name": "Anna de Vries"}


def eventually(condition: Callable[[], bool], timeout: float = 30.0) -> None:
    """Wait for `condition` without a fixed sleep: poll it until it holds or time is up."""
    deadline = time.monotonic() + timeout
    pause = threading.Event()
    while not condition():
        assert time.monotonic() < deadline, "the condition never became true"
        pause.wait(0.05)


def test_the_worker_polls_sends_and_stops_on_sigterm(
    sandbox: SandboxHandle, control: Control
) -> None:
    data = Path(os.environ["WEBCARE_DATA_DIR"])
    database = open_database(Settings(sqlite_url(data), data, "nl"))
    try:
        add_account(
            database.sessions,
            CredentialStore(data),
            platform=Platform.X,
            name="G",
            handle=X_USERNAME,
            external_id=X_ACCOUNT_ID,
            credential=X_TOKEN,
            api_base=sandbox.x_base,
        )
        control.post("/_sandbox/x/mentions", {"author": ANNA, "text": "Is het stadhuis open?"})
        worker = start_webcare("worker")

        def stored() -> list[str]:
            with database.sessions() as session:
                return list(session.scalars(select(Message.text)).all())

        eventually(lambda: stored() == ["Is het stadhuis open?"])

        second = webcare("worker", "--once", timeout=60)
        assert second.returncode == 1
        assert "another worker" in second.stderr

        with transaction(database.sessions) as session:
            conversation_id = session.scalars(select(Conversation.id)).one()
            queue_reply(
                session, conversation_id=conversation_id, text="Ja, tot 17:00 uur.", user_id=None
            )
        eventually(
            lambda: any(t["text"] == "Ja, tot 17:00 uur." for t in control.state()["tweets"])
        )

        worker.send_signal(signal.SIGTERM)
        _, errors = worker.communicate(timeout=60)
        assert worker.returncode == 0, errors
        assert "Traceback" not in errors
        with database.sessions() as session:  # the lease was released: it has expired
            lease = session.get(WorkerLease, "worker")
            assert lease is not None and lease.expires_at <= utcnow()
    finally:
        database.close()
