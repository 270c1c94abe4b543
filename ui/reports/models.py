"""The per-agent table of a report: a thin projection of `AgentRow` values."""

from __future__ import annotations

import enum
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)

from ui.reports.texts import ReportTexts
from webcare.reports.figures import AgentRow

Index = QModelIndex | QPersistentModelIndex


class Column(enum.IntEnum):
    AGENT = 0
    ROUNDS = 1
    FIRST_RESPONSES = 2
    MEDIAN = 3
    WITHIN = 4
    REPLIES = 5
    CLOSED = 6


class AgentTableModel(QAbstractTableModel):
    """One row per agent (and one for replies made on the platform itself)."""

    SortRole = Qt.ItemDataRole.UserRole + 1

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[AgentRow] = []
        self._texts = ReportTexts(self)

    def set_rows(self, rows: tuple[AgentRow, ...]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def retranslate(self) -> None:
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(Column) - 1)
        if self._rows:
            self.dataChanged.emit(
                self.index(0, 0), self.index(len(self._rows) - 1, len(Column) - 1)
            )

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(Column)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        if not 0 <= section < len(Column):
            return None
        return {
            Column.AGENT: self.tr("Agent"),
            Column.ROUNDS: self.tr("Handled"),
            Column.FIRST_RESPONSES: self.tr("First responses"),
            Column.MEDIAN: self.tr("Median (office)"),
            Column.WITHIN: self.tr("Within target"),
            Column.REPLIES: self.tr("Replies"),
            Column.CLOSED: self.tr("Closed"),
        }[Column(section)]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        column = Column(index.column())
        if role == Qt.ItemDataRole.TextAlignmentRole:
            if column == Column.AGENT:
                return int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == self.SortRole:
            return _sort_value(row, column)
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return None
        t = self._texts
        if column == Column.AGENT:
            if row.user_id is None:
                return t.nobody() if row.first_responses == 0 else t.platform_reply()
            return row.name
        if column == Column.MEDIAN:
            return t.duration(row.median_first_response_office_seconds)
        if column == Column.WITHIN:
            return t.share(row.within_target_share)
        value = {
            Column.ROUNDS: row.rounds,
            Column.FIRST_RESPONSES: row.first_responses,
            Column.REPLIES: row.replies,
            Column.CLOSED: row.closed,
        }[column]
        return t.number(value)


def _sort_value(row: AgentRow, column: Column) -> Any:
    return {
        Column.AGENT: row.name.lower(),
        Column.ROUNDS: row.rounds,
        Column.FIRST_RESPONSES: row.first_responses,
        Column.MEDIAN: row.median_first_response_office_seconds or 0.0,
        Column.WITHIN: row.within_target_share or 0.0,
        Column.REPLIES: row.replies,
        Column.CLOSED: row.closed,
    }[column]
