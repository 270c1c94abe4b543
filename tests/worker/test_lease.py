"""The worker lease as its holders and their successors meet it: generations, fencing, the
heartbeat, and a dead holder on this machine."""

from __future__ import annotations

import socket
import subprocess
import threading
import time
from collections.abc import Callable
from datetime import timedelta

import pytest
from sqlalchemy import select, update

from webcare.lease import Lease, LeaseLost, WorkerBusyError, read_lease
from webcare.runtime import Database
from webcare.storage.db import transaction
from webcare.storage.models import Tag, WorkerLease
from webcare.storage.types import utcnow

TTL = timedelta(seconds=30)


def lease(database: Database, holder: str, ttl: timedelta = TTL) -> Lease:
    return Lease(database.sessions, holder, ttl=ttl)


def expire(database: Database) -> None:
    """The holder stopped renewing a while ago."""
    with transaction(database.sessions) as session:
        session.execute(update(WorkerLease).values(expires_at=utcnow() - timedelta(seconds=1)))


def wait_until(condition: Callable[[], bool], timeout: float = 20.0) -> None:
    deadline = time.monotonic() + timeout
    pause = threading.Event()
    while not condition():
        assert time.monotonic() < deadline, "the condition never became true"
        pause.wait(0.02)


def test_each_takeover_is_a_new_generation_and_releasing_keeps_it(database: Database) -> None:
    first, second = lease(database, "a:1"), lease(database, "b:2")
    assert first.acquire() == 1
    with pytest.raises(WorkerBusyError) as busy:
        second.acquire()
    assert busy.value.holder == "a:1"
    assert first.acquire() == 1  # renewing is not a takeover
    first.release()
    assert first.generation is None
    with database.sessions() as session:
        state = read_lease(session)
    assert state is not None and state.generation == 1 and state.expires_at <= utcnow()
    assert second.acquire() == 2
    expire(database)
    assert first.acquire() == 3


def test_a_replaced_holder_writes_nothing_more(database: Database) -> None:
    first, second = lease(database, "a:1"), lease(database, "b:2")
    first.acquire()
    with first.transaction() as session:
        session.add(Tag(name="voor"))
    expire(database)
    second.acquire()
    with pytest.raises(LeaseLost) as lost, first.transaction() as session:
        session.add(Tag(name="na"))
    assert lost.value.holder == "b:2" and lost.value.generation == 1
    assert "lost the worker lease to b:2" in str(lost.value)
    with pytest.raises(LeaseLost):
        first.check()
    with database.sessions() as session:
        assert session.scalars(select(Tag.name)).all() == ["voor"]
    with second.transaction() as session:  # the successor writes as usual
        session.add(Tag(name="opvolger"))


def test_a_write_that_names_an_older_generation_is_refused_by_the_database_itself(
    database: Database,
) -> None:
    """The claim of a reply carries the generation in its own UPDATE (`still_held`): even a
    statement that ran outside a fenced transaction changes nothing once a successor holds
    the lease."""
    first, second = lease(database, "a:1"), lease(database, "b:2")
    generation = first.acquire()
    with transaction(database.sessions) as session:
        session.add(Tag(name="voor"))

    def rename(to: str) -> int:
        with transaction(database.sessions) as session:
            result = session.execute(
                update(Tag).where(Tag.name == "voor", first.still_held(generation)).values(name=to)
            )
            return int(result.rowcount)  # type: ignore[attr-defined]

    assert rename("voor") == 1  # still held: the statement applies
    expire(database)
    second.acquire()
    assert rename("na") == 0
    with database.sessions() as session:
        assert session.scalars(select(Tag.name)).all() == ["voor"]


def test_a_lapsed_lease_nobody_took_is_still_this_generations_and_a_claim_renews_it(
    database: Database,
) -> None:
    holder, other = lease(database, "a:1"), lease(database, "b:2")
    holder.acquire()
    expire(database)  # the heartbeat fell behind; nobody took the lease meanwhile
    with holder.transaction(renew=True) as session:
        session.add(Tag(name="geclaimd"))
    with pytest.raises(WorkerBusyError):  # the claim gave the lease its whole length again
        other.acquire()
    assert holder.generation == 1


def test_the_heartbeat_keeps_the_lease_beyond_its_length(database: Database) -> None:
    short = timedelta(seconds=0.6)
    holder, other = lease(database, "a:1", short), lease(database, "b:2", short)
    holder.acquire()
    holder.start_heartbeat()
    began = time.monotonic()
    try:
        wait_until(lambda: time.monotonic() - began > 3 * short.total_seconds())
        with pytest.raises(WorkerBusyError):
            other.acquire()
    finally:
        holder.stop_heartbeat()

    def taken() -> bool:
        try:
            other.acquire()
        except WorkerBusyError:
            return False
        return True

    wait_until(taken)  # without the heartbeat it runs out
    assert other.generation == 2
    with pytest.raises(LeaseLost):
        holder.renew()
    assert holder.lost.is_set()


def test_a_holder_whose_process_is_gone_is_replaced_at_once(database: Database) -> None:
    gone = subprocess.Popen(["true"])
    gone.wait()
    with transaction(database.sessions) as session:
        now = utcnow()
        session.add(
            WorkerLease(
                name="worker",
                holder=f"{socket.gethostname()}:{gone.pid}",
                generation=7,
                acquired_at=now,
                expires_at=now + timedelta(minutes=1),
            )
        )
    assert lease(database, "b:2").acquire() == 8
    alive = lease(database, f"{socket.gethostname()}:1")  # pid 1 lives
    with transaction(database.sessions) as session:
        session.execute(update(WorkerLease).values(holder=alive.holder))
    with pytest.raises(WorkerBusyError):
        lease(database, "c:3").acquire()
