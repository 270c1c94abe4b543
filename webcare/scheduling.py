"""APScheduler 3 jobs for the long-running worker (`webcare worker`, and in-process in the app).

The database is the record; the scheduler is only the alarm clock. Jobs, while this worker
holds the lease: a poll per account on its own interval, an outbox pass every two seconds, a
refresh of the account list (accounts added or removed while the worker runs) and
housekeeping. The lease itself is renewed by its own heartbeat thread (`webcare.lease`), so
that no slow job can let it lapse.

While another worker holds the lease this one stands by, trying again every STANDBY_SECONDS:
it takes over once the active worker's lease expires (or at once when that worker was a
process of this machine that is gone), so a team's second `webcare worker` takes over within
the lease's length after the first dies. A worker that finds it lost the lease stops its jobs
(their writes are fenced and refused) and stands by again.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from datetime import timedelta
from typing import Any

from apscheduler.executors.pool import ThreadPoolExecutor
from apscheduler.jobstores.base import JobLookupError
from apscheduler.schedulers.background import BackgroundScheduler
from sqlalchemy import select

from webcare.calendar.alarms import CalendarJobs
from webcare.jobchanges import JobChanges
from webcare.lease import LeaseLost
from webcare.storage.models import Account
from webcare.storage.types import utcnow
from webcare.worker import (
    ACCOUNTS_REFRESH_SECONDS,
    OUTBOX_INTERVAL_SECONDS,
    Worker,
    WorkerBusyError,
)

log = logging.getLogger(__name__)

HOUSEKEEPING_SECONDS = 30
STANDBY_SECONDS = 5.0
# How often the supervisor looks whether it was asked to stop or lost the lease.
WATCH_SECONDS = 0.25


class WorkerSchedule:
    """Runs a Worker's steps on a background scheduler while it holds the lease.

    Attributes:
        active: set while this worker holds the lease and its jobs run.
        busy: while standing by, who holds the lease.
    """

    def __init__(self, worker: Worker, max_threads: int = 4) -> None:
        self.worker = worker
        self.max_threads = max_threads
        self.active = threading.Event()
        self.busy: WorkerBusyError | None = None
        self._intervals: dict[int, int] = {}
        self.scheduler: BackgroundScheduler | None = None
        self.calendar: CalendarJobs | None = None
        # Every job a running job adds or removes (the account polls, the calendar's alarms)
        # changes under this, closed before the scheduler shuts down (webcare.jobchanges).
        self._changes = JobChanges()

    def run(self, stop: threading.Event, delay: timedelta = timedelta(0)) -> None:
        """Until `stop` is set: stand by while another worker holds the lease, work while
        this one does. The first poll after taking the lease waits `delay`."""
        announced: str | None = None
        while not stop.is_set():
            try:
                generation = self.worker.lease.acquire()
            except WorkerBusyError as busy:
                self.busy = busy
                if announced != busy.holder:
                    log.info("standing by: %s", busy)
                    announced = busy.holder
                stop.wait(STANDBY_SECONDS)
                continue
            except Exception:  # the database is away: stand by until it is back
                log.warning("cannot read the worker lease; trying again", exc_info=True)
                stop.wait(STANDBY_SECONDS)
                continue
            self.busy, announced = None, None
            log.info("active worker %s (lease generation %s)", self.worker.holder, generation)
            self._work(stop, delay)
            delay = timedelta(0)

    def _work(self, stop: threading.Event, delay: timedelta) -> None:
        lease = self.worker.lease
        lease.start_heartbeat()
        self._start(delay)
        self.active.set()
        try:
            while not stop.wait(WATCH_SECONDS) and not lease.lost.is_set():
                pass
        finally:
            self.active.clear()
            self._shutdown()
            if lease.lost.is_set():
                lease.stop_heartbeat()
                log.error("this worker lost the lease; standing by")
            else:
                try:
                    lease.release()
                except Exception:  # the database may be gone at exit; the lease then expires
                    log.warning("could not release the worker lease", exc_info=True)

    def _start(self, delay: timedelta) -> None:
        """Schedule the jobs; the first poll waits `delay` (the desktop paints first)."""
        now = utcnow() + delay
        self._changes = JobChanges()
        scheduler = BackgroundScheduler(
            executors={"default": ThreadPoolExecutor(self.max_threads)},
            job_defaults={"coalesce": True, "max_instances": 1, "misfire_grace_time": 30},
            timezone="UTC",
        )
        self.scheduler = scheduler
        self._intervals = {}
        scheduler.add_job(
            _fenced(self._refresh_accounts),
            "interval",
            seconds=ACCOUNTS_REFRESH_SECONDS,
            id="accounts",
            next_run_time=now,
        )
        scheduler.add_job(
            _fenced(self.worker.housekeeping),
            "interval",
            seconds=HOUSEKEEPING_SECONDS,
            id="housekeeping",
        )
        scheduler.add_job(
            _fenced(self._send_all),
            "interval",
            seconds=OUTBOX_INTERVAL_SECONDS,
            id="outbox",
            next_run_time=now + timedelta(seconds=1),
        )
        # ---- the calendar: a sweeper every minute and an alarm per post due (rebuilt from
        # the database by each sweep; webcare.calendar.engine)
        self.calendar = CalendarJobs(self.worker.publishing)
        self.calendar.install(scheduler, now + timedelta(seconds=3), self._changes)
        scheduler.start()

    def _shutdown(self) -> None:
        scheduler, self.scheduler = self.scheduler, None
        self._changes.close()  # first no running job may add or remove a job
        if scheduler is not None and scheduler.running:
            scheduler.shutdown(wait=True)
        self.worker.close_channels()

    def _refresh_accounts(self) -> None:
        scheduler = self.scheduler
        if scheduler is None:
            return
        with self.worker.database.sessions() as session:
            rows = session.execute(select(Account.id, Account.poll_interval_seconds)).all()
        wanted = {account_id: max(10, interval) for account_id, interval in rows}
        for account_id in set(self._intervals) - set(wanted):
            with self._changes.change() as allowed:
                if not allowed:
                    return
                self._remove(scheduler, account_id)
        for account_id, interval in wanted.items():
            if self._intervals.get(account_id) == interval:
                continue
            with self._changes.change() as allowed:
                if not allowed:
                    return
                self._remove(scheduler, account_id)
                scheduler.add_job(
                    _fenced(self.worker.poll),
                    "interval",
                    args=(account_id,),
                    seconds=interval,
                    id=f"poll-{account_id}",
                    next_run_time=utcnow(),
                )
                self._intervals[account_id] = interval

    def _remove(self, scheduler: BackgroundScheduler, account_id: int) -> None:
        """Stop polling an account (inside a change of `_changes`, which the caller holds)."""
        self._intervals.pop(account_id, None)
        try:
            scheduler.remove_job(f"poll-{account_id}")
        except JobLookupError:
            pass

    def _send_all(self) -> None:
        for account_id in list(self._intervals):
            self.worker.send(account_id, wait=False)


def _fenced(job: Callable[..., Any]) -> Callable[..., None]:
    """A job that ends quietly when the lease was lost (the supervisor then stands by)."""

    def run(*args: Any) -> None:
        try:
            job(*args)
        except LeaseLost as exc:
            log.warning("%s", exc)

    return run


class InProcessWorker:
    """The worker running inside the desktop app (one workstation, or the demo).

    It starts only when no other worker holds the lease: in a team, a headless
    `webcare worker` on a server does the polling and sending, and desktops only queue work.
    Once started it behaves as any worker: should it lose the lease (the laptop slept past
    it, say), it stands by and takes the lease back when it is free.
    """

    # The first poll imports the platform libraries and talks to the network; starting it a
    # moment later lets the window show its first page without competing for the CPU.
    START_DELAY = timedelta(seconds=2)

    def __init__(self, worker: Worker) -> None:
        self.worker = worker
        self.busy: WorkerBusyError | None = None
        self._schedule: WorkerSchedule | None = None
        self._thread: threading.Thread | None = None
        self._stop = threading.Event()

    @property
    def running(self) -> bool:
        """Whether this app is the active worker."""
        return self._thread is not None and self.worker.lease.held

    def start(self) -> bool:
        """Start polling and sending; False (see `busy`) when another worker is active."""
        try:
            self.worker.acquire_lease()
        except WorkerBusyError as exc:
            self.busy = exc
            return False
        self._stop.clear()
        self._schedule = WorkerSchedule(self.worker)
        self._thread = threading.Thread(
            target=self._schedule.run,
            args=(self._stop, self.START_DELAY),
            name="webcare-worker",
            daemon=True,
        )
        self._thread.start()
        return True

    def stop(self) -> None:
        thread, self._thread = self._thread, None
        if thread is not None:
            self._stop.set()
            thread.join()
        self._schedule = None
