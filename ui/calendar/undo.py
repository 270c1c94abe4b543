"""Undo for the calendar page: a post moved (a drag or Alt+arrow) is moved back through the desk."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtGui import QUndoCommand

from webcare.calendar.records import Moved

if TYPE_CHECKING:
    from ui.calendar.page import CalendarPage


class MoveCommand(QUndoCommand):
    """A post moved to another time; undo moves it back (through the desk, like the move)."""

    def __init__(self, page: CalendarPage, moved: Moved) -> None:
        super().__init__(page.tr("Move post"))
        self.page = page
        self.moved = moved
        self._done = True  # the move already happened when the command is pushed

    def redo(self) -> None:
        if self._done:
            self._done = False
            return
        self.page.move_post(
            self.moved.post_id, self.moved.after, self.moved.after_fold, record=False
        )

    def undo(self) -> None:
        self.page.move_post(
            self.moved.post_id, self.moved.before, self.moved.before_fold, record=False
        )
