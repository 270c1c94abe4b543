"""Qt models of the team: its users, and the days it is closed.

Both are read-only tables of plain values over one base (`RecordsModel`): a row is a frozen
dataclass, its cells are texts, and `ROW_ROLE` hands out the value itself.
"""

from __future__ import annotations

import enum
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor

from ui.settings.team_texts import TeamTexts
from webcare.team.closing import municipal_holidays
from webcare.team.policy import Policy
from webcare.users import UserInfo

Index = QModelIndex | QPersistentModelIndex
ROW_ROLE = int(Qt.ItemDataRole.UserRole) + 1  # the row's plain value (UserInfo, ClosedDay)
MUTED = QColor("#6b7489")


class RecordsModel(QAbstractTableModel):
    """A read-only table of plain values; subclasses say the headers and each row's cells."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[Any] = []
        self._texts = TeamTexts(self)

    def headers(self) -> tuple[str, ...]:
        raise NotImplementedError

    def cells(self, row: Any) -> tuple[str, ...]:
        raise NotImplementedError

    def muted(self, _row: Any) -> bool:
        """Shown in grey (a deactivated user, a holiday that cannot be removed)."""
        return False

    def set_rows(self, rows: Sequence[Any]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def rows(self) -> list[Any]:
        return list(self._rows)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.headers())

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation is not Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        headers = self.headers()
        return headers[section] if 0 <= section < len(headers) else None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        if role == ROW_ROLE:
            return row
        if role == Qt.ItemDataRole.ForegroundRole:
            return QBrush(MUTED) if self.muted(row) else None
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return ", ".join(self.cells(row))
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            cells = self.cells(row)
            return cells[index.column()] if 0 <= index.column() < len(cells) else None
        return None


class UsersModel(RecordsModel):
    """One row per user: name, user name, roles, and whether they are active."""

    def headers(self) -> tuple[str, ...]:
        return (self.tr("Name"), self.tr("User name"), self.tr("Roles"), self.tr("Status"))

    def cells(self, row: Any) -> tuple[str, ...]:
        user: UserInfo = row
        status = self.tr("active") if user.active else self.tr("deactivated")
        return (user.display_name, user.username, self._texts.roles(user.roles), status)

    def muted(self, row: Any) -> bool:
        return not row.active

    def users(self) -> list[UserInfo]:
        return self.rows()

    def row_of(self, username: str) -> int:
        return next((i for i, u in enumerate(self._rows) if u.username == username), -1)


class ClosedKind(enum.StrEnum):
    HOLIDAY = "holiday"  # a holiday of the Cao Gemeenten
    TEAM = "team"  # a date the team added


@dataclass(frozen=True)
class ClosedDay:
    day: date
    name: str
    kind: ClosedKind


def closed_days(policy: Policy, first: date, last: date) -> list[ClosedDay]:
    """The team's closing days and the holidays from `first` up to `last`, by date; a holiday
    only where it closes an office day (Easter Sunday does not when Sundays are closed)."""
    found = {
        day: ClosedDay(day, name, ClosedKind.TEAM)
        for day, name in policy.closing_days.items()
        if first <= day <= last
    }
    if policy.public_holidays:
        for year in range(first.year, last.year + 1):
            for day, name in municipal_holidays(year).items():
                opens = bool(policy.week[day.weekday()])
                if first <= day <= last and day not in found and opens:
                    found[day] = ClosedDay(day, name, ClosedKind.HOLIDAY)
    return [found[day] for day in sorted(found)]


class ClosedDaysModel(RecordsModel):
    """The days the team is closed: date, name, and why (a holiday or the team's own)."""

    def headers(self) -> tuple[str, ...]:
        return (self.tr("Date"), self.tr("Name"), self.tr("Closed because"))

    def cells(self, row: Any) -> tuple[str, ...]:
        closed: ClosedDay = row
        why = (
            self.tr("public holiday (Cao Gemeenten)")
            if closed.kind is ClosedKind.HOLIDAY
            else self.tr("the team's closing day")
        )
        return (self._texts.day(closed.day), closed.name, why)

    def muted(self, row: Any) -> bool:
        return bool(row.kind is ClosedKind.HOLIDAY)

    def row_of(self, day: date) -> int:
        return next((i for i, d in enumerate(self._rows) if d.day == day), -1)
