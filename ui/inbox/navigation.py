"""Moving through the conversation list: J and K from the open conversation's place (even
when a reply or a colleague moved it), the next page fetched at the end, and back to a
conversation an undo restored once it is listed again."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QObject

from ui.inbox.controller import InboxController
from ui.inbox.panes import ListPane
from ui.inbox.roles import Roles


class ListNavigation(QObject):
    """The list's current row and the open conversation, kept in step."""

    def __init__(self, controller: InboxController, list_pane: ListPane) -> None:
        super().__init__(list_pane)
        self.controller = controller
        self.model = controller.conversations
        self.view = list_pane.view
        self._pending_move: int | None = None
        self._return_to: int | None = None  # an undone conversation, to select once listed
        # The conversations above and below the open one when it was opened: a reply or a
        # colleague's change may move it in the list, and J and K still go on from its place.
        self._neighbours: tuple[int | None, int | None] = (None, None)
        self.model.reset_done.connect(self.first_page)
        self.model.page_loaded.connect(self._page_loaded)
        self.view.selectionModel().currentChanged.connect(self._current_changed)

    def first_page(self) -> None:
        open_id = self.controller.open_id
        row = self.model.row_of(open_id) if open_id is not None else -1
        if row >= 0:
            self.view.selectionModel().setCurrentIndex(
                self.model.index(row), self.view.selectionModel().SelectionFlag.ClearAndSelect
            )
        elif open_id is None and self.model.rowCount() > 0:
            self.view.setCurrentIndex(self.model.index(0))

    def _page_loaded(self, _count: int) -> None:
        if self._pending_move is not None:
            target, self._pending_move = self._pending_move, None
            if target < self.model.rowCount():
                self.select_row(target)

    def _current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if current.isValid():
            row = current.row()
            self._neighbours = (self._id_at(row - 1), self._id_at(row + 1))
            self.controller.open(current.data(Roles.ID))

    def _id_at(self, row: int) -> int | None:
        item = self.model.row_at(row) if row >= 0 else None
        return item.id if item is not None else None

    def select_row(self, row: int) -> None:
        index = self.model.index(row)
        self.view.setCurrentIndex(index)
        self.view.scrollTo(index)

    def step(self, delta: int) -> None:
        """Next (1) or previous (-1) conversation; fetches the next page at the end."""
        current = self.view.currentIndex()
        row = current.row() + delta if current.isValid() else 0
        neighbour = self._neighbours[0 if delta < 0 else 1]
        if neighbour is not None and self._id_at(row) != neighbour:
            moved_to = self.model.row_of(neighbour)  # the open one moved: go on from its place
            if moved_to >= 0:
                row = moved_to
        if 0 <= row < self.model.rowCount():
            self.select_row(row)
        elif row >= self.model.rowCount() and self.model.canFetchMore():
            self._pending_move = row
            self.model.fetchMore()

    def return_to(self, conversation_id: int) -> None:
        """Select `conversation_id` as soon as the list shows it (after an undo)."""
        self._return_to = conversation_id
        self.select_returned()

    def select_returned(self) -> None:
        if self._return_to is None:
            return
        row = self.model.row_of(self._return_to)
        if row >= 0:
            self._return_to = None
            self.select_row(row)
