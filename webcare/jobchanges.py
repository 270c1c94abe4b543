"""The one rule for changing a scheduler's jobs from inside a running job.

APScheduler 3's `shutdown(wait=True)` holds the job-store lock while it waits for the running
jobs; a running job that then adds or removes a job (`add_job` takes that lock) would wait for
it in turn, for good. So every job a running job adds or removes is added or removed inside
`JobChanges.change`, and the scheduler's owner calls `close` before shutting the scheduler
down: it waits for a change under way and refuses every later one.
"""

from __future__ import annotations

import threading
from collections.abc import Iterator
from contextlib import contextmanager


class JobChanges:
    """Admits changes to a scheduler's jobs until it is closed (one change at a time)."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._closed = False

    @contextmanager
    def change(self) -> Iterator[bool]:
        """Held for the duration of one change; yields False once closed (change nothing)."""
        with self._lock:
            yield not self._closed

    def close(self) -> None:
        """No job is added or removed from now on (waits for a change under way)."""
        with self._lock:
            self._closed = True
