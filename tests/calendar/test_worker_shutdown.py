"""Stopping the worker while the calendar's sweeper runs: the app closes, it never hangs.

APScheduler's `shutdown(wait=True)` holds its job-store lock while it waits for running jobs;
a sweep that then sets its alarms (`add_job`) waits for that lock: each waits for the other,
and closing the window (or a demo test's teardown) hung for good.
"""

from __future__ import annotations

import threading
from datetime import UTC, datetime, timedelta

from apscheduler.schedulers.base import STATE_STOPPED

from tests.helpers.calendar import Env, draft, in_local
from webcare.calendar.engine import ALARM_AHEAD
from webcare.scheduling import WorkerSchedule


def test_stopping_the_worker_during_a_sweep_that_sets_alarms_ends(env: Env) -> None:
    planned = datetime.now(UTC) - timedelta(minutes=1)
    env.desk(at=planned).save_post(draft(env, in_local(30), "Wijkavond over een half uur"))
    engine = env.worker.publishing
    real_upcoming = engine.upcoming
    in_sweep, go_on = threading.Event(), threading.Event()

    def upcoming(now: datetime, within: timedelta = ALARM_AHEAD) -> list[tuple[int, datetime]]:
        """The sweep's alarms, held until the worker is shutting down."""
        found = real_upcoming(now, within)
        in_sweep.set()
        go_on.wait(timeout=60)
        return found

    engine.upcoming = upcoming  # type: ignore[method-assign]
    schedule = WorkerSchedule(env.worker)
    stop = threading.Event()
    running = threading.Thread(target=schedule.run, args=(stop,), daemon=True)
    running.start()
    assert in_sweep.wait(timeout=60), "the first sweep runs three seconds after the start"
    scheduler = schedule.scheduler
    assert scheduler is not None
    stop.set()
    while scheduler.state != STATE_STOPPED and running.is_alive():
        threading.Event().wait(0.01)  # the shutdown has begun: now the sweep goes on
    go_on.set()
    running.join(timeout=30)
    assert not running.is_alive(), "the worker's shutdown waits for a sweep that waits for it"
