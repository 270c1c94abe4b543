"""The calendar's Qt model: the posts of the shown period, one row each, as plain values.

Month, week, day and list views all show this one model; its rows are `PostInfo` values from
the calendar's desk (never ORM objects), its roles are `Role`, and a card is dragged as
`MIME_TYPE` with the post's id.
"""

from __future__ import annotations

import enum
from collections.abc import Sequence
from datetime import date, datetime
from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QByteArray,
    QMimeData,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QColor

from ui.calendar.texts import platform_name, problem_text, state_name
from webcare.calendar import timing
from webcare.calendar.records import PostInfo
from webcare.vocabulary import PostState

MIME_TYPE = "application/x-webcare-post"
Index = QModelIndex | QPersistentModelIndex
# States whose card cannot be moved: it is out (or may be), or on its way.
FIXED = frozenset({PostState.PUBLISHING, PostState.PUBLISHED, PostState.UNCONFIRMED})


class Mode(enum.Enum):
    """The grid's views (the list view is a view of its own: `ui.calendar.listview`)."""

    MONTH = "month"
    WEEK = "week"
    DAY = "day"


class Role(enum.IntEnum):
    POST = Qt.ItemDataRole.UserRole + 1
    DAY = enum.auto()  # the local date
    WALL = enum.auto()  # the local wall time (datetime)
    COLOR = enum.auto()
    STATES = enum.auto()  # list of PostState
    PLATFORMS = enum.auto()  # list of Platform
    PROBLEMS = enum.auto()  # how many pre-flight problems
    DECISION = enum.auto()  # needs a decision
    VIRTUAL = enum.auto()  # a coming occurrence of a series
    MOVABLE = enum.auto()


def local(post: PostInfo) -> datetime:
    return timing.local_of(post.scheduled_at, post.zone).wall


class PostsModel(QAbstractListModel):
    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._posts: list[PostInfo] = []

    # ---- filling

    def set_posts(self, posts: list[PostInfo]) -> None:
        """Replace the rows (a period or a filter changed, or something was saved)."""
        if [p for p in posts] == self._posts:
            return
        self.beginResetModel()
        self._posts = list(posts)
        self.endResetModel()

    def post(self, row: int) -> PostInfo | None:
        return self._posts[row] if 0 <= row < len(self._posts) else None

    def posts(self) -> list[PostInfo]:
        return list(self._posts)

    def row_of(self, key: tuple[int, datetime]) -> int:
        for row, post in enumerate(self._posts):
            if post.key == key:
                return row
        return -1

    def rows_on(self, day: date) -> list[int]:
        return [row for row, post in enumerate(self._posts) if local(post).date() == day]

    # ---- Qt

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._posts)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._posts):
            return None
        post = self._posts[index.row()]
        wall = local(post)
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return self.summary(post)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self.details(post)
        if role == Role.POST:
            return post
        if role == Role.DAY:
            return wall.date()
        if role == Role.WALL:
            return wall
        if role == Role.COLOR:
            return QColor(post.color)
        if role == Role.STATES:
            return [t.state for t in post.targets]
        if role == Role.PLATFORMS:
            return [t.platform for t in post.targets]
        if role == Role.PROBLEMS:
            return len(post.problems)
        if role == Role.DECISION:
            return post.needs_decision
        if role == Role.VIRTUAL:
            return post.virtual
        if role == Role.MOVABLE:
            return movable(post)
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        post = self.post(index.row())
        if post is not None and movable(post):
            flags |= Qt.ItemFlag.ItemIsDragEnabled
        return flags

    def mimeTypes(self) -> list[str]:
        return [MIME_TYPE]

    def mimeData(self, indexes: Sequence[QModelIndex]) -> QMimeData:
        data = QMimeData()
        posts = [self.post(i.row()) for i in indexes if i.isValid()]
        ids = ",".join(str(p.id) for p in posts if p is not None)
        data.setData(MIME_TYPE, QByteArray(ids.encode()))
        return data

    def supportedDragActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction

    # ---- texts

    @staticmethod
    def summary(post: PostInfo) -> str:
        wall = local(post)
        channels = ", ".join(platform_name(t.platform) for t in post.targets)
        states = ", ".join(sorted({state_name(t.state) for t in post.targets}))
        first = post.text.splitlines()[0] if post.text else ""
        campaign = f"{post.campaign_name}: " if post.campaign_name else ""
        return f"{wall:%H:%M} {campaign}{first} ({channels}; {states})"

    @staticmethod
    def details(post: PostInfo) -> str:
        lines = [PostsModel.summary(post)]
        for target in post.targets:
            line = f"{platform_name(target.platform)} @{target.account_handle}: "
            line += state_name(target.state)
            if target.state_reason:
                line += f" ({target.state_reason})"
            lines.append(line)
            lines += [f"  ! {problem_text(p)}" for p in target.problems]
        return "\n".join(lines)


def movable(post: PostInfo) -> bool:
    """A card may be dragged unless something of it is out, on its way, or a coming
    occurrence of a series (edit the series instead)."""
    return not post.virtual and not any(t.state in FIXED for t in post.targets)
