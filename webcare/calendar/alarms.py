"""The alarm clock of publishing on a worker's APScheduler 3 (the database is the record).

A sweeper every minute runs `PublishingEngine.run_due` (which also catches what any alarm
missed: sleep, resume, a clock jump, a crash, a worker that was not running), and sets a date
job per target due within the hour, so that a post goes out on its minute. The in-memory job
store is rebuilt from the database by every sweep; a late wake-up still reaches `dispatch`,
which enforces the post's deadline itself (`misfire_grace_time=None`).
"""

from __future__ import annotations

import logging
from datetime import datetime

from webcare.calendar.engine import SWEEP_SECONDS, PublishingEngine
from webcare.jobchanges import JobChanges

log = logging.getLogger(__name__)


class CalendarJobs:
    """The alarm clock on a worker's APScheduler: a sweeper every minute, and a date job per
    target due within the hour (rebuilt from the database by every sweep, so the in-memory
    job store is never the record)."""

    def __init__(self, engine: PublishingEngine) -> None:
        self.engine = engine
        self._alarms: dict[int, datetime] = {}
        self._changes = JobChanges()

    def install(self, scheduler: object, first: datetime, changes: JobChanges) -> None:
        """Add the sweeper to `scheduler`; every alarm is set under `changes` (which the
        scheduler's owner closes before shutting it down)."""
        self._changes = changes
        scheduler.add_job(  # type: ignore[attr-defined]
            self.sweep,
            "interval",
            seconds=SWEEP_SECONDS,
            id="calendar-sweep",
            next_run_time=first,
            misfire_grace_time=None,
            coalesce=True,
            max_instances=1,
        )
        self._scheduler = scheduler

    def sweep(self) -> None:
        """Publish what is due (whatever any alarm missed) and set the alarms of the hour."""
        try:
            self.engine.run_due()
            self.set_alarms()
        except Exception:  # the sweeper must keep running: the next minute tries again
            log.exception("calendar sweep failed")

    def set_alarms(self) -> None:
        scheduler = self._scheduler
        now = self.engine.clock()
        for target_id, when in self.engine.upcoming(now):
            if self._alarms.get(target_id) == when:
                continue
            with self._changes.change() as allowed:
                if not allowed:
                    return
                self._alarms[target_id] = when
                scheduler.add_job(  # type: ignore[attr-defined]
                    self._ring,
                    "date",
                    run_date=max(when, now),
                    args=(target_id,),
                    id=f"publish-{target_id}",
                    replace_existing=True,
                    # A late wake-up still reaches dispatch, which enforces the post's deadline.
                    misfire_grace_time=None,
                )

    def _ring(self, target_id: int) -> None:
        self._alarms.pop(target_id, None)
        try:
            self.engine.dispatch(target_id)
        except Exception:
            log.exception("publishing post target %s failed", target_id)
