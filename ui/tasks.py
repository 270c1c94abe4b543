"""Background work for the GUI: database calls on one worker thread, results back by signal.

A SQLAlchemy session must not cross threads, so every database task runs start to end on the
single database thread and returns plain values (dataclasses), never live ORM objects.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from typing import Any, TypeVar

import shiboken6
from PySide6.QtCore import QObject, Signal, Slot

log = logging.getLogger(__name__)

T = TypeVar("T")


class TaskRunner(QObject):
    """Runs callables off the GUI thread and calls back on the GUI thread.

    Signals:
        failed(str): a task raised and had no error callback; the text is for the status bar.
    """

    failed = Signal(str)
    _done = Signal(object, object, object, object)  # callbacks, owner, result, error

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._db = ThreadPoolExecutor(max_workers=1, thread_name_prefix="webcare-db")
        # Long work (imports, recomputations) runs beside the short queries, not in front of
        # them: the inbox's change check keeps its second.
        self._long = ThreadPoolExecutor(max_workers=1, thread_name_prefix="webcare-long")
        self._pending = 0
        self._closed = False
        self._done.connect(self._deliver)

    @property
    def pending(self) -> int:
        """Tasks submitted whose callback has not run yet."""
        return self._pending

    def submit(
        self,
        fn: Callable[[], T],
        on_done: Callable[[T], Any] | None = None,
        on_error: Callable[[BaseException], Any] | None = None,
        owner: QObject | None = None,
    ) -> None:
        """Run `fn` on the database thread; `on_done(result)` or `on_error(exc)` on this one.

        Args:
            owner: the widget the callbacks belong to; when it has been deleted by the time
                the result arrives, the callbacks are skipped.

        After `shutdown` nothing runs any more (timers may still fire while the app quits).
        """
        self._run(self._db, fn, on_done, on_error, owner)

    def submit_long(
        self,
        fn: Callable[[], T],
        on_done: Callable[[T], Any] | None = None,
        on_error: Callable[[BaseException], Any] | None = None,
        owner: QObject | None = None,
    ) -> None:
        """As `submit`, on the thread for long work (one long task at a time)."""
        self._run(self._long, fn, on_done, on_error, owner)

    def _run(
        self,
        executor: ThreadPoolExecutor,
        fn: Callable[[], T],
        on_done: Callable[[T], Any] | None,
        on_error: Callable[[BaseException], Any] | None,
        owner: QObject | None,
    ) -> None:
        if self._closed:
            return
        self._pending += 1
        future = executor.submit(fn)
        future.add_done_callback(lambda f: self._finished(f, (on_done, on_error), owner))

    def _finished(self, future: Future[Any], callbacks: tuple[Any, Any], owner: Any) -> None:
        if future.cancelled():
            return
        error = future.exception()
        self._done.emit(callbacks, owner, None if error else future.result(), error)

    @Slot(object, object, object, object)
    def _deliver(
        self,
        callbacks: tuple[Callable[[Any], Any] | None, Callable[[BaseException], Any] | None],
        owner: QObject | None,
        result: Any,
        error: BaseException | None,
    ) -> None:
        self._pending -= 1
        on_done, on_error = callbacks
        if owner is not None and not shiboken6.isValid(owner):
            return
        if error is not None:
            if on_error is not None:
                on_error(error)
            else:
                log.error("background task failed", exc_info=error)
                self.failed.emit(str(error) or type(error).__name__)
        elif on_done is not None:
            on_done(result)

    def shutdown(self) -> None:
        """Finish the work already submitted and stop the thread (at application exit).

        Nothing is cancelled: the last thing submitted may be the draft saved as the window
        closed, and the work queued is a few small queries at most.
        """
        self._closed = True
        self._db.shutdown(wait=True, cancel_futures=False)
        self._long.shutdown(wait=True, cancel_futures=False)
