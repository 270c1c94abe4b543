"""The inbox's small models: queues with counts, canned replies, colleagues."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QAbstractListModel, QModelIndex, QObject, QPersistentModelIndex, Qt

from ui.inbox.roles import Roles
from ui.inbox.texts import Texts
from webcare.inbox.canned import CannedReplyView
from webcare.inbox.counts import COUNT_CAP, QueueCounts
from webcare.inbox.queries import Queue
from webcare.users import UserInfo

Index = QModelIndex | QPersistentModelIndex
ITEM_FLAGS = (
    Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemNeverHasChildren
)


class QueueModel(QAbstractListModel):
    """The queues of the left pane, each with its live count."""

    QUEUES = tuple(Queue)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._texts = Texts(self)
        self._counts: dict[Queue, int] | None = None

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.QUEUES)

    def flags(self, index: Index) -> Qt.ItemFlag:
        return ITEM_FLAGS if index.isValid() else Qt.ItemFlag.NoItemFlags

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.QUEUES):
            return None
        queue = self.QUEUES[index.row()]
        count = None if self._counts is None else self._counts.get(queue, 0)
        if role == Qt.ItemDataRole.DisplayRole:
            return self._texts.queue(queue)
        if role == Qt.ItemDataRole.AccessibleTextRole:
            if count is None:
                return self._texts.queue(queue)
            if count > COUNT_CAP:
                return self.tr("{queue}: more than {count} conversations").format(
                    queue=self._texts.queue(queue), count=self._texts.count(COUNT_CAP)
                )
            return self.tr("{queue}: %n conversation(s)", "", count).format(
                queue=self._texts.queue(queue)
            )
        if role == Roles.ID:
            return queue.value
        if role == Roles.COUNT:
            return count
        return None

    def set_counts(self, counts: QueueCounts) -> None:
        new = {queue: counts[queue] for queue in self.QUEUES}
        if new == self._counts:
            return
        self._counts = new
        self.dataChanged.emit(
            self.index(0),
            self.index(len(self.QUEUES) - 1),
            [int(Roles.COUNT), int(Qt.ItemDataRole.AccessibleTextRole)],
        )

    def count(self, queue: Queue) -> int | None:
        return None if self._counts is None else self._counts.get(queue, 0)

    def row_of(self, queue: Queue) -> int:
        return self.QUEUES.index(queue)

    def retranslate(self) -> None:
        self.dataChanged.emit(
            self.index(0),
            self.index(len(self.QUEUES) - 1),
            [int(Qt.ItemDataRole.DisplayRole), int(Qt.ItemDataRole.AccessibleTextRole)],
        )


class _ListModel(QAbstractListModel):
    """A read-only list of frozen dataclasses, replaced as a whole."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._items: list[Any] = []

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._items)

    def flags(self, index: Index) -> Qt.ItemFlag:
        return ITEM_FLAGS if index.isValid() else Qt.ItemFlag.NoItemFlags

    def set_items(self, items: Sequence[Any]) -> None:
        if list(items) == self._items:
            return
        self.beginResetModel()
        self._items = list(items)
        self.endResetModel()

    def item(self, row: int) -> Any:
        return self._items[row] if 0 <= row < len(self._items) else None

    def items(self) -> list[Any]:
        return list(self._items)


class CannedReplyModel(_ListModel):
    """Canned replies for the `/` picker; the completer matches on the shortcut (EditRole)."""

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._items):
            return None
        reply: CannedReplyView = self._items[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return f"/{reply.shortcut} — {reply.title}"
        if role == Qt.ItemDataRole.EditRole:
            return reply.shortcut
        if role == Roles.ID:
            return reply.id
        if role == Roles.SHORTCUT:
            return reply.shortcut
        if role == Roles.BODY:
            return reply.body
        if role == Roles.ROW:
            return reply
        return None


class PeopleModel(_ListModel):
    """Colleagues for @mentions and assignment; the completer matches on the username."""

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._items):
            return None
        user: UserInfo = self._items[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return f"{user.display_name} (@{user.username})"
        if role == Qt.ItemDataRole.EditRole or role == Roles.USERNAME:
            return user.username
        if role == Roles.ID:
            return user.id
        if role == Roles.ROW:
            return user
        return None
