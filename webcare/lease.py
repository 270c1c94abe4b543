"""The worker lease: one active worker per database, and a fencing token for what it writes.

One row (`worker_leases`, name "worker") says which process may poll, send and publish, until
when, and under which *generation*. The generation grows by one at every takeover and is never
reset (the row is never deleted; releasing the lease expires it), so it orders the holders of
a database: a write carrying an older generation comes from a worker that has been replaced.

- Taking the lease is one atomic statement on SQLite and PostgreSQL alike: an INSERT ... ON
  CONFLICT DO UPDATE whose WHERE admits only an expired lease (or, on this machine, one whose
  process is gone), RETURNING the new generation. Two workers racing for a stale lease cannot
  both win it, whatever the database.
- The holder renews it from a heartbeat thread, every third of its length, however long a
  platform request of the pass takes; a renewal that finds another generation marks the lease
  lost.
- Every write of the holder runs in a *fenced* transaction (`transaction()`, or `fence()` in a
  caller's session): its first statement locks the lease row only if it still carries this
  generation (an UPDATE on SQLite, which takes SQLite's write lock for the whole transaction;
  SELECT ... FOR SHARE on PostgreSQL, which a takeover must wait for). Otherwise it raises
  `LeaseLost` and writes nothing. A claim of a reply for sending stores the generation with it.

For other jobs that run where the lease is held (publishing posts, say), this is the API:

    lease = worker.lease
    lease.generation           # the fencing token while held, else None
    lease.check()              # raises LeaseLost once the holder knows it lost the lease
    with lease.transaction() as session:   # commits only while the lease is still held
        session.execute(update(Post).where(..., Post.state == "scheduled")
                        .values(state="publishing", lease_generation=lease.generation))

Call `check()` right before an outside effect (a platform call) and claim the row in a fenced
transaction just before it (`transaction(renew=True)`: the call then has the lease's whole
length); record the outcome in a fenced transaction that names the
generation again. A worker that lost the lease then stops before its next write or call.

Times are the workers' own clocks (UTC): in a team, keep the servers on NTP.
"""

from __future__ import annotations

import logging
import os
import socket
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import ColumnElement, exists, select, update
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.orm import Session, sessionmaker

from webcare.clock import utcnow
from webcare.errors import WebcareError
from webcare.storage.db import rows_affected, transaction
from webcare.storage.models import WorkerLease

log = logging.getLogger(__name__)

LEASE_NAME = "worker"


class WorkerBusyError(WebcareError):
    """Another worker holds the lease on this database."""

    def __init__(self, holder: str, until: datetime) -> None:
        super().__init__(holder, until)
        self.holder = holder
        self.until = until

    def __str__(self) -> str:
        return (
            f"another worker ({self.holder}) is active on this database until "
            f"{self.until.isoformat(timespec='seconds')}; only one worker may run"
        )


class LeaseLost(WebcareError):  # noqa: N818 - a state the worker finds itself in
    """This worker no longer holds the lease: another generation does (or nobody, after an
    expiry), so it must stop before its next write or platform call."""

    def __init__(self, generation: int | None, holder: str | None = None) -> None:
        super().__init__(generation, holder)
        self.generation = generation
        self.holder = holder

    def __str__(self) -> str:
        taken = f" to {self.holder}" if self.holder else ""
        return (
            f"this worker lost the worker lease{taken} (it held generation {self.generation}) "
            "and stopped before its next write"
        )


@dataclass(frozen=True)
class LeaseState:
    """The lease row as read (for messages and the status bar)."""

    holder: str
    generation: int
    acquired_at: datetime
    expires_at: datetime


def read_lease(session: Session, name: str = LEASE_NAME) -> LeaseState | None:
    row = session.get(WorkerLease, name, populate_existing=True)
    if row is None:
        return None
    return LeaseState(row.holder, row.generation, row.acquired_at, row.expires_at)


class Lease:
    """One worker's hold on the lease of a database.

    Args:
        holder: who this worker is, `host:pid` (a dead process on this host is recognised).
        ttl: how long the lease lasts without renewal; a standby takes over this long after
            the holder stops renewing (at once when the holder was a process of this host
            that no longer exists).
    """

    def __init__(
        self,
        sessions: sessionmaker[Session],
        holder: str,
        *,
        ttl: timedelta,
        name: str = LEASE_NAME,
        clock: Callable[[], datetime] = utcnow,
    ) -> None:
        self.sessions = sessions
        self.holder = holder
        self.ttl = ttl
        self.name = name
        self.clock = clock
        self.lost = threading.Event()  # set when this worker finds that it lost the lease
        self._generation: int | None = None
        self._lost_to: LeaseLost | None = None
        self._guard = threading.Lock()
        self._stop_beat = threading.Event()
        self._beat: threading.Thread | None = None

    # ---- state

    @property
    def generation(self) -> int | None:
        """The fencing token while this worker holds the lease (None otherwise)."""
        with self._guard:
            return None if self._lost_to is not None else self._generation

    @property
    def held(self) -> bool:
        return self.generation is not None

    def check(self) -> None:
        """Raise LeaseLost when this worker does not (or no longer) hold the lease."""
        with self._guard:
            if self._lost_to is not None:
                raise self._lost_to
            if self._generation is None:
                raise LeaseLost(None)

    # ---- taking, renewing, releasing

    def acquire(self, at: datetime | None = None) -> int:
        """Take the lease (or renew it when already held); returns the generation.

        Args:
            at: the moment it is taken at (tests that move a clock of their own); the lease's
                clock otherwise.

        Raises:
            WorkerBusyError: another worker holds it.
        """
        if self.held:
            try:
                self.renew(at)
            except LeaseLost:
                pass  # taken over meanwhile: take it back like anyone else, if it is free
            else:
                generation = self.generation
                assert generation is not None
                return generation
        table = WorkerLease.__table__
        now = at or self.clock()
        generation = self._take(now, table.c.expires_at <= now)
        if generation is None:
            with self.sessions() as session:
                state = read_lease(session, self.name)
            if state is not None and state.holder != self.holder and _holder_is_dead(state.holder):
                # Its process is gone: take it now, but only as it was seen (same generation).
                generation = self._take(
                    now,
                    (table.c.holder == state.holder) & (table.c.generation == state.generation),
                )
            if generation is None:
                with self.sessions() as session:
                    state = read_lease(session, self.name)
                if state is None:  # deleted by hand in between: try again
                    return self.acquire()
                raise WorkerBusyError(state.holder, state.expires_at)
        with self._guard:
            self._generation = generation
            self._lost_to = None
            self.lost.clear()
        log.info("worker lease taken by %s (generation %s)", self.holder, generation)
        return generation

    def _take(self, now: datetime, allowed: ColumnElement[bool]) -> int | None:
        """The one conditional statement that takes the lease: insert it, or take the row
        over where `allowed` holds; returns the new generation, or None when not allowed."""
        table = WorkerLease.__table__
        with transaction(self.sessions) as session:
            module: Any = postgresql if session.get_bind().dialect.name == "postgresql" else sqlite
            insert = module.insert(table).values(
                name=self.name,
                holder=self.holder,
                generation=1,
                acquired_at=now,
                expires_at=now + self.ttl,
            )
            statement = insert.on_conflict_do_update(
                index_elements=[table.c.name],
                set_={
                    "holder": insert.excluded.holder,
                    "generation": table.c.generation + 1,
                    "acquired_at": insert.excluded.acquired_at,
                    "expires_at": insert.excluded.expires_at,
                },
                where=allowed,
            ).returning(table.c.generation)
            row = session.execute(statement).first()
        return None if row is None else int(row[0])

    def renew(self, at: datetime | None = None) -> None:
        """Extend the lease by its length from now.

        Raises:
            LeaseLost: another generation holds it (this worker must stop).
        """
        generation = self._held_generation()
        with transaction(self.sessions) as session:
            renewed = rows_affected(
                session.execute(
                    update(WorkerLease)
                    .where(*self._ours(generation))
                    .values(expires_at=(at or self.clock()) + self.ttl)
                )
            )
            if not renewed:
                raise self._mark_lost(session, generation)

    def release(self) -> None:
        """Let go of the lease (it expires now; its generation stays for the next holder)."""
        self.stop_heartbeat()
        with self._guard:
            generation, self._generation = self._generation, None
            lost = self._lost_to is not None
        if generation is None or lost:
            return
        now = self.clock()
        with transaction(self.sessions) as session:
            session.execute(
                update(WorkerLease)
                .where(*self._ours(generation), WorkerLease.expires_at > now)
                .values(expires_at=now)
            )
        log.info("worker lease released by %s (generation %s)", self.holder, generation)

    # ---- fencing

    def fence(self, session: Session, *, renew: bool = False) -> int:
        """Lock the lease row in `session`'s transaction if this generation still holds it;
        call it first in the transaction. Returns the generation.

        Args:
            renew: also renew the lease (a claim right before a platform call: the call then
                has the lease's full length, whatever the heartbeat managed meanwhile). On
                SQLite every fence renews: it writes the row anyway.

        Raises:
            LeaseLost: another generation holds it; the caller's transaction must not commit.
        """
        generation = self._held_generation()
        if renew or session.get_bind().dialect.name == "sqlite":
            # An UPDATE: on SQLite, the transaction's first write takes the database's write
            # lock until commit, so no takeover can come between this check and the caller's
            # writes; on PostgreSQL it locks the row as a takeover's UPDATE would.
            found = rows_affected(
                session.execute(
                    update(WorkerLease)
                    .where(*self._ours(generation))
                    .values(expires_at=self.clock() + self.ttl)
                    .execution_options(synchronize_session=False)
                )
            )
        else:
            # A takeover's UPDATE waits for this share lock; a takeover committed first makes
            # the row fail the WHERE when PostgreSQL re-checks it.
            found = len(
                session.execute(
                    select(WorkerLease.generation)
                    .where(*self._ours(generation))
                    .with_for_update(read=True)
                ).all()
            )
        if not found:
            raise self._mark_lost(session, generation)
        return generation

    @contextmanager
    def transaction(self, *, renew: bool = False) -> Iterator[Session]:
        """A fenced transaction: it commits only while this worker holds the lease."""
        with transaction(self.sessions) as session:
            self.fence(session, renew=renew)
            yield session

    # ---- heartbeat

    def start_heartbeat(self) -> None:
        """Renew the lease every third of its length in a thread of its own, so that no
        request of the pass, however slow, lets it lapse while this worker lives."""
        if self._beat is not None:
            return
        self._stop_beat.clear()
        self._beat = threading.Thread(
            target=self._heartbeat, name="webcare-lease-heartbeat", daemon=True
        )
        self._beat.start()

    def stop_heartbeat(self) -> None:
        beat, self._beat = self._beat, None
        if beat is not None:
            self._stop_beat.set()
            beat.join()

    def _heartbeat(self) -> None:
        interval = self.ttl.total_seconds() / 3
        while not self._stop_beat.wait(interval):
            try:
                self.renew()
            except LeaseLost as exc:
                log.error("%s", exc)
                return
            except Exception:  # the database is away: try again; every write is fenced
                log.warning("could not renew the worker lease", exc_info=True)

    # ---- helpers

    def _held_generation(self) -> int:
        self.check()
        with self._guard:
            assert self._generation is not None
            return self._generation

    def still_held(self, generation: int) -> ColumnElement[bool]:
        """A condition for a write's own WHERE: true only while `generation` (this worker's)
        still holds the lease, checked by the database in the same statement as the write."""
        return exists().where(*self._ours(generation))

    def _ours(self, generation: int) -> tuple[ColumnElement[bool], ...]:
        return (
            WorkerLease.name == self.name,
            WorkerLease.holder == self.holder,
            WorkerLease.generation == generation,
        )

    def _mark_lost(self, session: Session, generation: int) -> LeaseLost:
        try:
            state = read_lease(session, self.name)
        except Exception:  # the message is a courtesy; losing the lease is what matters
            state = None
        lost = LeaseLost(
            generation, state.holder if state and state.holder != self.holder else None
        )
        with self._guard:
            self._lost_to = lost
        self.lost.set()
        return lost


def default_holder() -> str:
    """Who this worker is: `host:pid`."""
    return f"{socket.gethostname()}:{os.getpid()}"


def _holder_is_dead(holder: str) -> bool:
    """A lease held by a process of this machine that no longer exists (killed, crashed)."""
    host, _, pid = holder.rpartition(":")
    if host != socket.gethostname() or not pid.isdigit():
        return False
    try:
        os.kill(int(pid), 0)
    except ProcessLookupError:
        return True
    except (PermissionError, OverflowError):
        return False
    return False
