"""The team's service policy for the inbox: loaded through the team's desk, kept fresh.

The list's waiting times, the notifications' office hours and the snooze presets all follow
the policy in the database, so every desktop shows the same. It is loaded at start; after a
change made here (`Operations.changed` with `Topic.POLICY`) it is loaded again; and when the
inbox's change check saw the change counter move (another desktop may have changed the
policy: every policy change moves the counter) the feed reads the policy's revision, one
primary-key read, and loads the policy only when that moved too.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import datetime
from typing import Protocol

from PySide6.QtCore import QObject, Signal

from ui.operations import Operations
from webcare.clock import utcnow
from webcare.desk import Changes, Topic
from webcare.team.desk import TeamDesk
from webcare.team.policy import PolicyBook


class PolicyUser(Protocol):
    """What measures by the policy: the list model, the notifier, the header's snooze menu."""

    def set_policy(self, policy: PolicyBook) -> None: ...


class PolicyFeed(QObject):
    """Hands the policy to its users whenever it arrives.

    Signals:
        changed(PolicyBook): the policy as the database has it now (first load included).
    """

    changed = Signal(object)

    def __init__(
        self,
        operations: Operations,
        team: TeamDesk,
        users: Sequence[PolicyUser] = (),
        parent: QObject | None = None,
        clock: Callable[[], datetime] = utcnow,
    ) -> None:
        super().__init__(parent)
        self._operations = operations
        self._team = team
        self._clock = clock
        for user in users:
            self.changed.connect(user.set_policy)
        self.book: PolicyBook | None = None
        self._checking = False
        self._again = False  # the counter moved again while a check was on its way
        operations.changed.connect(self._changed_here)

    def load(self) -> None:
        """Read the whole policy (on the database thread, with this year's holidays)."""
        year = self._clock().year
        team = self._team
        self._operations.query(
            lambda: team.policy(warm=(year - 1, year, year + 1)), self._arrived, owner=self
        )

    def counter_moved(self) -> None:
        """The change check saw something change: load the policy if it is among it."""
        if self._checking or self.book is None:
            # A check on its way may have read the revision before this change committed.
            self._again = True
            return
        self._checking, self._again = True, False
        shown = self.book.revision

        def compared(revision: int) -> None:
            self._checking = False
            if revision != shown:
                self.load()
            elif self._again:
                self.counter_moved()

        def failed(_text: str, _error: BaseException) -> None:
            self._checking = False

        self._operations.query(self._team.policy_revision, compared, on_error=failed, owner=self)

    def _changed_here(self, changes: Changes) -> None:
        if changes.touches(Topic.POLICY):
            self.load()

    def _arrived(self, book: PolicyBook) -> None:
        if self.book is not None and book.revision < self.book.revision:
            return  # an older read that finished late
        self.book = book
        self.changed.emit(book)
        if self._again and not self._checking:
            self.counter_moved()  # it moved while the first policy was on its way
