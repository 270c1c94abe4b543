"""Taking over a stale worker lease: exactly one of the workers that race for it wins.

A worker that crashed leaves its lease behind; when several workers start at once (a restart
of a service, a standby and a desktop), each sees the lease expired. The takeover must be one
atomic step on SQLite and PostgreSQL alike, or two workers poll and send together.
"""

from __future__ import annotations

import threading
from datetime import timedelta
from pathlib import Path

from webcare.accounts.credentials import CredentialStore
from webcare.runtime import Database
from webcare.storage.db import transaction
from webcare.storage.models import WorkerLease
from webcare.storage.types import utcnow
from webcare.worker import Worker, WorkerBusyError

ROUNDS = 60
RACERS = 3


def leave_a_stale_lease(database: Database) -> None:
    """The lease of a worker on another machine that stopped renewing a minute ago."""
    past = utcnow() - timedelta(minutes=1)
    with transaction(database.sessions) as session:
        lease = session.get(WorkerLease, "worker")
        if lease is None:
            lease = WorkerLease(name="worker", holder="", acquired_at=past, expires_at=past)
            session.add(lease)
        lease.holder = "elsewhere:1"
        lease.expires_at = past


def race(workers: list[Worker]) -> list[str]:
    """All workers try to take the lease at the same moment; returns who got it."""
    start = threading.Barrier(len(workers))
    won: list[str] = []
    errors: list[BaseException] = []

    def take(worker: Worker) -> None:
        start.wait()
        try:
            worker.acquire_lease()
        except WorkerBusyError:
            return
        except BaseException as exc:  # a database error is a failed takeover too
            errors.append(exc)
            return
        won.append(worker.holder)

    threads = [threading.Thread(target=take, args=(worker,)) for worker in workers]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert not errors, errors
    return won


def test_racing_workers_take_over_a_stale_lease_one_at_a_time(
    database: Database, tmp_path: Path
) -> None:
    store = CredentialStore(tmp_path / "credentials", use_keyring=False)
    workers = [Worker(database, store, holder=f"racer-{n}:{n}") for n in range(RACERS)]
    together = []
    for _ in range(ROUNDS):
        leave_a_stale_lease(database)
        won = race(workers)
        if len(won) != 1:
            together.append(won)
    assert together == [], f"{len(together)} of {ROUNDS} rounds had not exactly one winner"
