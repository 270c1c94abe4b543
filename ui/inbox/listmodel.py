"""The conversation list as a lazy Qt model over keyset pages.

The model holds the rows loaded so far. `fetchMore` asks for the next page after the last
cursor (the loader runs on the database thread and answers by callback), so a million
conversations open as fast as ten: the view asks for more only as the agent scrolls.

Changes reported by the change counter are applied in place: a changed row is updated where it
is (`dataChanged`), moved (`beginMoveRows`) when its sort position changed, removed when it no
longer belongs, and inserted when it now belongs within the loaded range. Rows beyond the
loaded range are left to later pages. The open conversation is pinned: it stays visible, marked
stale, even when it leaves the queue, until the agent moves on.
"""

from __future__ import annotations

import bisect
from collections.abc import Callable, Iterable, Mapping
from dataclasses import replace
from datetime import datetime
from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QIcon

from resources import icon_path
from ui.inbox.roles import Roles
from ui.inbox.rowtext import RowDescription, row_roles
from webcare.clock import utcnow
from webcare.inbox import sla
from webcare.inbox.listing import ConversationRow, Page
from webcare.inbox.queries import (
    Cursor,
    ListQuery,
    SortOrder,
    cursor_of,
    cursor_position,
    position,
)
from webcare.team.policy import PolicyBook, WaitLevel
from webcare.vocabulary import Platform

PageLoader = Callable[[ListQuery, Cursor | None, Callable[[Page], None]], None]
Index = QModelIndex | QPersistentModelIndex
ALL_ROLES = [
    int(Qt.ItemDataRole.DisplayRole),
    int(Qt.ItemDataRole.AccessibleTextRole),
    *[int(role) for role in Roles],
]


class ConversationListModel(QAbstractListModel):
    """One row per conversation; see the module docstring.

    Signals:
        page_loaded(int): a page arrived and added this many rows.
        reset_done(): the first page after a query change arrived.

    Attributes:
        hits: for a search, how many conversations match as the first page counted them (up
            to SEARCH_FEW + 1, "more than SEARCH_FEW"); None before it arrives or outside a
            search.
    """

    page_loaded = Signal(int)
    reset_done = Signal()

    def __init__(
        self,
        loader: PageLoader,
        parent: QObject | None = None,
        clock: Callable[[], datetime] = utcnow,
    ) -> None:
        super().__init__(parent)
        self._loader = loader
        self._clock = clock
        self._describer = RowDescription(self)
        self._icons = {p: QIcon(str(icon_path(p.value))) for p in Platform}
        # How waiting is measured: each conversation by its account's service policy.
        self.policy = PolicyBook()
        self.query: ListQuery | None = None
        self._rows: list[ConversationRow] = []
        self._ids: set[int] = set()
        self._positions: list[tuple[int, int, int]] = []
        self._stale: set[int] = set()
        self._drafts: set[int] = set()  # conversations this agent has a draft for
        self._cursor: Cursor | None = None
        self._exhausted = True
        self._loading = False
        self._generation = 0
        self.pinned_id: int | None = None
        self.pages_requested = 0
        self.hits: int | None = None

    # ---- Qt overrides

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def canFetchMore(self, parent: Index = QModelIndex()) -> bool:  # noqa: B008
        return not parent.isValid() and not self._exhausted and not self._loading

    def fetchMore(self, parent: Index = QModelIndex()) -> None:  # noqa: B008
        if self.canFetchMore(parent):
            self._request_page()

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return (
            Qt.ItemFlag.ItemIsEnabled
            | Qt.ItemFlag.ItemIsSelectable
            | Qt.ItemFlag.ItemNeverHasChildren
        )

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return row.contact_name or row.contact_handle
        if role == Qt.ItemDataRole.DecorationRole:
            return self._icons[row.platform]
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return self.describe(row)
        try:
            custom = Roles(role)
        except ValueError:
            return None
        return self._role_data(row, custom)

    # ---- roles

    def _role_data(self, row: ConversationRow, role: Roles) -> Any:
        simple = row_roles(row)
        simple[Roles.STALE] = row.id in self._stale
        simple[Roles.DRAFT] = row.id in self._drafts
        if role in simple:
            return simple[role]
        if role in (Roles.WAIT_LEVEL, Roles.WAITED):
            level, waited = self.wait(row)
            return level if role is Roles.WAIT_LEVEL else waited
        if role is Roles.SLA:
            return self.sla(row)
        return None

    def sla(self, row: ConversationRow) -> sla.SlaClock | None:
        """The time left to the response target (or how far over), in office time."""
        policy = self.policy.for_account(row.account_id)
        return sla.clock(policy, row.waiting_since, self._clock())

    def wait(self, row: ConversationRow) -> tuple[WaitLevel, float]:
        """How long the resident has waited, in office time, against the response target."""
        return self.policy.for_account(row.account_id).waiting(row.waiting_since, self._clock())

    def describe(self, row: ConversationRow) -> str:
        """The whole row in one plain sentence, for screen readers (`ui.inbox.rowtext`)."""
        return self._describer.describe(row, self.sla(row), row.id in self._drafts)

    # ---- public API

    def set_query(self, query: ListQuery) -> None:
        """Show another queue, filter or order: clear and fetch its first page."""
        self.beginResetModel()
        self.query = query
        self._rows.clear()
        self._ids.clear()
        self._positions.clear()
        self._stale.clear()
        self._cursor = None
        self._exhausted = False
        self._loading = False
        self._generation += 1
        self.hits = None
        self.endResetModel()
        self._request_page()

    def reload(self) -> None:
        if self.query is not None:
            self.set_query(self.query)

    def row_of(self, conversation_id: int) -> int:
        if conversation_id not in self._ids:
            return -1
        for row, item in enumerate(self._rows):
            if item.id == conversation_id:
                return row
        return -1

    def row_at(self, row: int) -> ConversationRow | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    @property
    def loading(self) -> bool:
        return self._loading

    @property
    def exhausted(self) -> bool:
        return self._exhausted

    def set_pinned(self, conversation_id: int | None) -> None:
        """Keep `conversation_id` visible while it is open; drop the previous one if stale."""
        previous, self.pinned_id = self.pinned_id, conversation_id
        if previous is not None and previous != conversation_id and previous in self._stale:
            self._remove(self.row_of(previous))

    def set_drafts(self, conversation_ids: set[int]) -> None:
        """The conversations this agent has a draft for: their rows show a marker."""
        changed, self._drafts = self._drafts ^ conversation_ids, set(conversation_ids)
        for conversation_id in changed:
            row = self.row_of(conversation_id)
            if row >= 0:
                index = self.index(row)
                self.dataChanged.emit(
                    index, index, [int(Roles.DRAFT), int(Qt.ItemDataRole.AccessibleTextRole)]
                )

    def refresh_waiting(self) -> None:
        """Time passed: waiting times and their levels change, nothing else."""
        if self._rows:
            self.dataChanged.emit(
                self.index(0),
                self.index(len(self._rows) - 1),
                [
                    int(Roles.WAIT_LEVEL),
                    int(Roles.WAITED),
                    int(Roles.SLA),
                    int(Qt.ItemDataRole.AccessibleTextRole),
                ],
            )

    def set_policy(self, policy: PolicyBook) -> None:
        """The team's service policy changed (here or on another desktop)."""
        self.policy = policy
        if self.query is not None and self.query.order is SortOrder.DUE:
            self.reload()  # the moments rows fall due moved: the core orders them again
            return
        self.refresh_waiting()

    def mark_read(self, conversation_id: int) -> None:
        row = self.row_of(conversation_id)
        if row >= 0 and self._rows[row].unread:
            self._rows[row] = replace(self._rows[row], unread=False)
            index = self.index(row)
            self.dataChanged.emit(
                index,
                index,
                [int(Roles.UNREAD), int(Roles.ROW), int(Qt.ItemDataRole.AccessibleTextRole)],
            )

    def apply_changes(
        self,
        query: ListQuery,
        changed: Iterable[int],
        rows: Mapping[int, ConversationRow],
        matching: set[int],
    ) -> None:
        """Apply a change batch computed for `query` (ignored if the list shows another one).

        Args:
            changed: every conversation that changed.
            rows: fresh rows for (at least) the changed conversations that still exist.
            matching: which of them the query admits.
        """
        if query != self.query:
            return
        for conversation_id in changed:
            row = rows.get(conversation_id)
            current = self.row_of(conversation_id)
            if row is not None and current >= 0 and row.match is None:
                row = replace(row, match=self._rows[current].match)  # what the search found
            belongs = conversation_id in matching and row is not None
            if current >= 0:
                if belongs:
                    self._stale.discard(conversation_id)
                    self._replace(current, row)  # type: ignore[arg-type]
                elif row is not None and conversation_id == self.pinned_id:
                    self._stale.add(conversation_id)
                    self._update(current, row)
                else:
                    self._remove(current)
            elif belongs:
                assert row is not None
                self._insert_if_loaded(row)

    # ---- internals

    def _request_page(self) -> None:
        if self.query is None:
            return
        generation, query, cursor = self._generation, self.query, self._cursor
        self._loading = True
        self.pages_requested += 1

        def arrived(page: Page) -> None:
            if generation == self._generation:
                self._page_arrived(page, first=cursor is None)

        self._loader(query, cursor, arrived)

    def _page_arrived(self, page: Page, *, first: bool) -> None:
        assert self.query is not None
        self._loading = False
        fresh = [row for row in page.rows if row.id not in self._ids]
        if fresh:
            start = len(self._rows)
            self.beginInsertRows(QModelIndex(), start, start + len(fresh) - 1)
            self._rows.extend(fresh)
            self._ids.update(row.id for row in fresh)
            self._positions.extend(position(self.query.segments, row) for row in fresh)
            self.endInsertRows()
        if page.rows:
            self._cursor = cursor_of(self.query.segments, page.rows[-1])
        self._exhausted = page.cursor is None
        if first:
            self.hits = page.hits
        self.page_loaded.emit(len(fresh))
        if first:
            self.reset_done.emit()

    def _position(self, row: ConversationRow) -> tuple[int, int, int]:
        assert self.query is not None
        return position(self.query.segments, row)

    def _loaded_limit(self) -> tuple[int, int, int] | None:
        """The position up to which the list is complete (None: everything is loaded)."""
        if self._exhausted or self._cursor is None or self.query is None:
            return None
        return cursor_position(self.query.segments, self._cursor)

    def _insert_if_loaded(self, row: ConversationRow) -> None:
        where = self._position(row)
        limit = self._loaded_limit()
        if limit is not None and where > limit:
            return  # beyond what is loaded: a later page brings it
        at = bisect.bisect_left(self._positions, where)
        self.beginInsertRows(QModelIndex(), at, at)
        self._rows.insert(at, row)
        self._ids.add(row.id)
        self._positions.insert(at, where)
        self.endInsertRows()

    def _update(self, at: int, row: ConversationRow) -> None:
        self._rows[at] = row
        index = self.index(at)
        self.dataChanged.emit(index, index, ALL_ROLES)

    def _replace(self, at: int, row: ConversationRow) -> None:
        where = self._position(row)
        limit = self._loaded_limit()
        if limit is not None and where > limit and row.id != self.pinned_id:
            self._remove(at)  # moved beyond what is loaded: a later page brings it
            return
        others = self._positions[:at] + self._positions[at + 1 :]
        target = bisect.bisect_left(others, where)
        if target == at:
            self._positions[at] = where
            self._update(at, row)
            return
        # Qt counts the destination before the move; `target` counts after taking `at` out.
        destination = target if target < at else target + 1
        self.beginMoveRows(QModelIndex(), at, at, QModelIndex(), destination)
        self._rows.pop(at)
        self._positions.pop(at)
        self._rows.insert(target, row)
        self._positions.insert(target, where)
        self.endMoveRows()
        index = self.index(target)
        self.dataChanged.emit(index, index, ALL_ROLES)

    def _remove(self, at: int) -> None:
        if at < 0:
            return
        self.beginRemoveRows(QModelIndex(), at, at)
        removed = self._rows.pop(at)
        self._positions.pop(at)
        self._ids.discard(removed.id)
        self._stale.discard(removed.id)
        self.endRemoveRows()
