"""The inbox's change check: once a second, ask the desk what changed since the last look.

The check is read-only and costs one cheap query when nothing changed (`InboxDesk.check`). A
change made from this desktop is asked for at once (`check_now`), so that it shows without
waiting for the timer; a check asked for while one runs follows right after it.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime, timedelta

from PySide6.QtCore import QObject, QTimer, Signal

from ui.operations import Operations
from webcare.inbox.desk import InboxDesk
from webcare.inbox.watch import ChangeBatch, Watch

CHECK_MS = 1_000
RECENT = timedelta(hours=1)  # how far back a new message may have arrived to be notified


class ChangeWatcher(QObject):
    """Signals:
    arrived(ChangeBatch): something changed since `revision`; `revision` has moved on.
    """

    arrived = Signal(object)

    def __init__(
        self,
        desk: InboxDesk,
        operations: Operations,
        watch: Callable[[datetime], Watch],
        parent: QObject | None = None,
        clock: Callable[[], datetime] = datetime.now,
    ) -> None:
        """Args:
        watch: what the desktop shows now (query, open conversation, last mention), given
            the moment from which a message counts as new.
        """
        super().__init__(parent)
        self._desk = desk
        self._operations = operations
        self._watch = watch
        self._clock = clock
        self.revision = 0
        self.started_at = clock()
        self._checking = False
        self._again = False
        self.timer = QTimer(self)
        self.timer.setObjectName("inbox_change_poll_timer")
        self.timer.setInterval(CHECK_MS)
        self.timer.timeout.connect(self.check_now)

    def start(self, revision: int) -> None:
        self.revision = revision
        self.timer.start()

    def stop(self) -> None:
        self.timer.stop()

    def check_now(self) -> None:
        """Ask what changed (one check at a time; one asked for meanwhile follows)."""
        if not self.timer.isActive():
            return  # not started, or stopped
        if self._checking:
            self._again = True
            return
        self._checking = True
        since = self.revision
        seen = self._watch(max(self.started_at, self._clock() - RECENT))
        desk = self._desk
        self._operations.query(
            lambda: desk.check(since, seen),
            self._checked,
            on_error=self._failed,
            owner=self,
        )

    def _checked(self, batch: ChangeBatch | None) -> None:
        self._done()
        if batch is not None:
            self.revision = batch.revision
            self.arrived.emit(batch)
        if self._again:
            self._again = False
            self.check_now()

    def _failed(self, text: str, _error: BaseException) -> None:
        self._done()
        self._again = False
        self._operations.failed.emit(text)

    def _done(self) -> None:
        self._checking = False
