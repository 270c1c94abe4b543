"""The one way the interface calls the core: desk operations off the GUI thread.

Modelled on Anki's `CollectionOp` / `QueryOp`: a page hands over a desk call (a closure over
plain values), the runner runs it on the task thread, delivers the value on the GUI thread,
broadcasts the `Changes` of a write to every page (`changed`), reports progress of long work
(`progress`), and turns any error into one translated sentence (`ui.errors.describe`) — so
each page handles only what is special to it.

    self.operations.op(
        lambda: desks.inbox.claim(conversation_id),
        on_done=self._claimed,
        owner=self,
    )
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, TypeVar

from PySide6.QtCore import QObject, Signal

from ui.errors import describe
from ui.tasks import TaskRunner
from webcare.desk import Changes, Done, Progress

T = TypeVar("T")

ErrorHandler = Callable[[str, BaseException], Any]


class Operations(QObject):
    """Signals:
    changed(Changes): a write changed something; pages refresh what concerns them.
    failed(str): a call failed and its caller had no error handler; the window shows it.
    progress(str, int, int): label, done, total of long work (total 0: unknown); emitted
        with done == total (or -1, -1 on failure) when it ends.
    """

    changed = Signal(object)
    failed = Signal(str)
    progress = Signal(str, int, int)
    _step = Signal(str, int, int)

    def __init__(self, tasks: TaskRunner, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.tasks = tasks
        # A signal emitted on the task thread is delivered on this (the GUI) thread.
        self._step.connect(self.progress)

    def query(
        self,
        call: Callable[[], T],
        on_done: Callable[[T], Any] | None = None,
        *,
        on_error: ErrorHandler | None = None,
        owner: QObject | None = None,
    ) -> None:
        """Run a read; `on_done(value)` on the GUI thread."""
        self.tasks.submit(call, on_done, self._errors(on_error), owner=owner)

    def op(
        self,
        call: Callable[[], Done[T]],
        on_done: Callable[[T], Any] | None = None,
        *,
        on_error: ErrorHandler | None = None,
        owner: QObject | None = None,
    ) -> None:
        """Run a write; broadcast its `Changes`, then `on_done(value)` on the GUI thread."""

        def done(result: Done[T]) -> None:
            self._broadcast(result.changes)
            if on_done is not None:
                on_done(result.value)

        self.tasks.submit(call, done, self._errors(on_error), owner=owner)

    def long_op(
        self,
        label: str,
        call: Callable[[Progress], Done[T]],
        on_done: Callable[[T], Any] | None = None,
        *,
        on_error: ErrorHandler | None = None,
        owner: QObject | None = None,
    ) -> None:
        """A write that takes long (an import, a recomputation): it gets a `Progress` to call,
        the window shows a progress bar labelled `label`, and the inbox's own database work
        goes on beside it."""

        def run() -> Done[T]:
            return call(lambda done, total: self._step.emit(label, done, total))

        def done(result: Done[T]) -> None:
            self.progress.emit(label, 1, 1)
            self._broadcast(result.changes)
            if on_done is not None:
                on_done(result.value)

        handle = self._errors(on_error)

        def failed(error: BaseException) -> None:
            self.progress.emit(label, -1, -1)
            handle(error)

        self.progress.emit(label, 0, 0)
        self.tasks.submit_long(run, done, failed, owner=owner)

    def _broadcast(self, changes: Changes) -> None:
        if changes:
            self.changed.emit(changes)

    def _errors(self, on_error: ErrorHandler | None) -> Callable[[BaseException], None]:
        def handle(error: BaseException) -> None:
            text = describe(error)
            if on_error is not None:
                on_error(text, error)
            else:
                self.failed.emit(text)

        return handle
