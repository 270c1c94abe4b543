"""The conversation list's heading: the queue and its count, or the search and its hits, with
the active filters named (a filter that narrows a search says so)."""

from __future__ import annotations

from PySide6.QtCore import QLocale, QObject, Signal

from ui.inbox.controller import InboxController
from ui.inbox.panes import ListPane, QueuePane
from ui.inbox.texts import Texts
from webcare.inbox.queries import Queue
from webcare.inbox.search import SEARCH_FEW


class ListHeading(QObject):
    """Keeps the list pane's heading true; counts a search's hits when its page did not.

    Signals:
        unassigned_changed(int): the number of conversations nobody holds (for the tray).
    """

    unassigned_changed = Signal(int)

    def __init__(
        self, controller: InboxController, queue_pane: QueuePane, list_pane: ListPane
    ) -> None:
        super().__init__(list_pane)
        self.controller = controller
        self.model = controller.conversations
        self.queue_pane = queue_pane
        self.list_pane = list_pane
        self._texts = Texts(self)

    def update(self) -> None:
        query = self.model.query
        if query is None:
            return
        filters = self.queue_pane.active_filters()
        if query.filter.search:
            heading = self._search_heading(query.filter.search)
            if filters:  # a filter narrows the search: the heading says which
                scope = self.tr("filtered by: {filters}").format(filters=", ".join(filters))
            else:
                scope = self.tr("in all conversations")
            self.list_pane.set_heading(f"{heading} · {scope}")
            return
        queues = self.controller.queues
        queue = query.filter.queue
        count = queues.count(queue)
        name = self._texts.queue(queue)
        heading = name if count is None else f"{name} ({self._texts.count(count)})"
        self.list_pane.set_heading(" · ".join([heading, *filters]))
        if queue is Queue.UNASSIGNED or count is not None:
            unassigned = queues.count(Queue.UNASSIGNED)
            if unassigned is not None:
                self.unassigned_changed.emit(unassigned)

    def search_counted(self) -> None:
        """A search's first page is shown: count its hits (capped) unless the page did; few
        hits may then be sorted by waiting."""
        query, hits = self.model.query, self.model.hits
        if query is None or not query.filter.search:
            return
        if hits is None:

            def counted(count: int) -> None:
                if self.model.query == query:
                    self.model.hits = count
                    self.search_counted()

            self.controller.count_search(query, counted)
            return
        self.list_pane.set_searching(True, few=hits <= SEARCH_FEW)
        self.update()

    def _search_heading(self, text: str) -> str:
        """ "“x”: more than 1,000", or the exact count (short: the list pane is narrow; the
        order shows in the sort box)."""
        hits = self.model.hits
        if hits is None:
            return self.tr("“{text}”: searching…").format(text=text)
        if hits > SEARCH_FEW:
            return self.tr("“{text}”: more than {count}").format(
                text=text, count=QLocale().toString(SEARCH_FEW)
            )
        if hits == 1:
            return self.tr("“{text}”: 1 conversation").format(text=text)
        return self.tr("“{text}”: {count} conversations").format(
            text=text, count=QLocale().toString(hits)
        )
