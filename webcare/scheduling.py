"""APScheduler 3 jobs for the long-running worker (`webcare worker`, and in-process in the app).

The database is the record; the scheduler is only the alarm clock. Jobs: a poll per account on
its own interval, an outbox pass every two seconds, a refresh of the account list (accounts
added or removed while the worker runs), and the lease renewal that keeps one worker active.
"""

from __future__ import annotations

import logging
import threading
from datetime import timedelta

from apscheduler.executors.pool import ThreadPoolExecutor
from apscheduler.jobstores.base import JobLookupError
from apscheduler.schedulers.background import BackgroundScheduler
from sqlalchemy import select

from webcare.storage.models import Account
from webcare.storage.types import utcnow
from webcare.worker import (
    ACCOUNTS_REFRESH_SECONDS,
    LEASE_RENEW_SECONDS,
    OUTBOX_INTERVAL_SECONDS,
    Worker,
    WorkerBusyError,
)

log = logging.getLogger(__name__)

HOUSEKEEPING_SECONDS = 30


class WorkerSchedule:
    """Runs a Worker's steps on a background scheduler until stopped."""

    def __init__(self, worker: Worker, max_threads: int = 4) -> None:
        self.worker = worker
        self.scheduler = BackgroundScheduler(
            executors={"default": ThreadPoolExecutor(max_threads)},
            job_defaults={"coalesce": True, "max_instances": 1, "misfire_grace_time": 30},
            timezone="UTC",
        )
        self._intervals: dict[int, int] = {}
        self._stop = threading.Event()
        self.lost_lease: WorkerBusyError | None = None

    def run(self, stop: threading.Event) -> None:
        """Block until `stop` is set or the lease is lost (then raise WorkerBusyError)."""
        self._stop = stop
        self.worker.acquire_lease()
        try:
            self.start()
            stop.wait()
        finally:
            self.shutdown()
        if self.lost_lease is not None:
            raise self.lost_lease

    def start(self, delay: timedelta = timedelta(0)) -> None:
        """Schedule the jobs; the first poll waits `delay` (the desktop paints first)."""
        now = utcnow() + delay
        self.scheduler.add_job(
            self._renew_lease, "interval", seconds=LEASE_RENEW_SECONDS, id="lease"
        )
        self.scheduler.add_job(
            self._refresh_accounts,
            "interval",
            seconds=ACCOUNTS_REFRESH_SECONDS,
            id="accounts",
            next_run_time=now,
        )
        self.scheduler.add_job(
            self.worker.housekeeping, "interval", seconds=HOUSEKEEPING_SECONDS, id="housekeeping"
        )
        self.scheduler.add_job(
            self._send_all,
            "interval",
            seconds=OUTBOX_INTERVAL_SECONDS,
            id="outbox",
            next_run_time=now + timedelta(seconds=1),
        )
        self.scheduler.start()

    def shutdown(self) -> None:
        if self.scheduler.running:
            self.scheduler.shutdown(wait=True)
        self.worker.close_channels()
        try:
            self.worker.release_lease()
        except Exception:  # the database may be gone at exit; the lease then simply expires
            log.warning("could not release the worker lease", exc_info=True)

    def _renew_lease(self) -> None:
        try:
            self.worker.acquire_lease()
        except WorkerBusyError as exc:
            log.error("%s", exc)
            self.lost_lease = exc
            self._stop.set()

    def _refresh_accounts(self) -> None:
        with self.worker.database.sessions() as session:
            rows = session.execute(select(Account.id, Account.poll_interval_seconds)).all()
        wanted = {account_id: max(10, interval) for account_id, interval in rows}
        for account_id in set(self._intervals) - set(wanted):
            self._remove(account_id)
        for account_id, interval in wanted.items():
            if self._intervals.get(account_id) == interval:
                continue
            self._remove(account_id)
            self.scheduler.add_job(
                self.worker.poll,
                "interval",
                args=(account_id,),
                seconds=interval,
                id=f"poll-{account_id}",
                next_run_time=utcnow(),
            )
            self._intervals[account_id] = interval

    def _remove(self, account_id: int) -> None:
        self._intervals.pop(account_id, None)
        try:
            self.scheduler.remove_job(f"poll-{account_id}")
        except JobLookupError:
            pass

    def _send_all(self) -> None:
        for account_id in list(self._intervals):
            self.worker.send(account_id, wait=False)


class InProcessWorker:
    """The worker running inside the desktop app (one workstation, or the demo).

    It starts only when no other worker holds the lease: in a team, a headless
    `webcare worker` on a server does the polling and sending, and desktops only queue work.
    """

    # The first poll imports the platform libraries and talks to the network; starting it a
    # moment later lets the window show its first page without competing for the CPU.
    START_DELAY = timedelta(seconds=2)

    def __init__(self, worker: Worker) -> None:
        self.worker = worker
        self._schedule: WorkerSchedule | None = None
        self.busy: WorkerBusyError | None = None

    @property
    def running(self) -> bool:
        return self._schedule is not None and self._schedule.lost_lease is None

    def start(self) -> bool:
        """Start polling and sending; False (see `busy`) when another worker is active."""
        try:
            self.worker.acquire_lease()
        except WorkerBusyError as exc:
            self.busy = exc
            return False
        self._schedule = WorkerSchedule(self.worker)
        self._schedule.start(self.START_DELAY)
        return True

    def stop(self) -> None:
        if self._schedule is not None:
            self._schedule.shutdown()
            self._schedule = None
