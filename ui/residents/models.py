"""The residents room's Qt models: thin projections of the desk's plain values."""

from __future__ import annotations

import enum
from collections.abc import Callable, Sequence
from typing import Any, Generic, TypeVar

from PySide6.QtCore import (
    QAbstractListModel,
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)

from ui.residents.texts import Texts
from webcare.auditing.log import AuditRow
from webcare.clock import utcnow
from webcare.residents.values import ConsentInfo, Consultation, RequestInfo, ResidentSummary

Index = QModelIndex | QPersistentModelIndex
T = TypeVar("T")
PAGE = 100
FLAGS = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemNeverHasChildren


class Roles(enum.IntEnum):
    ID = Qt.ItemDataRole.UserRole + 1
    ROW = Qt.ItemDataRole.UserRole + 2


PageLoader = Callable[[str, int, Callable[[list[ResidentSummary]], None]], None]


class ResidentListModel(QAbstractListModel):
    """Search results, a page at a time (`fetchMore` asks the desk for the next page)."""

    def __init__(self, loader: PageLoader, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._loader = loader
        self._texts = Texts(self)
        self._rows: list[ResidentSummary] = []
        self._query = ""
        self._exhausted = True
        self._loading = False
        self._generation = 0

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def canFetchMore(self, parent: Index = QModelIndex()) -> bool:  # noqa: B008
        return not parent.isValid() and not self._exhausted and not self._loading

    def fetchMore(self, parent: Index = QModelIndex()) -> None:  # noqa: B008
        if self.canFetchMore(parent):
            self._request()

    def flags(self, index: Index) -> Qt.ItemFlag:
        return FLAGS if index.isValid() else Qt.ItemFlag.NoItemFlags

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return row.name
        if role in (Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.AccessibleDescriptionRole):
            parts = [row.buurtcode] if row.buurtcode else []
            parts += [self._texts.purpose_short(p) for p in sorted(row.purposes)]
            return ", ".join(parts)
        if role == Roles.ID:
            return row.id
        if role == Roles.ROW:
            return row
        return None

    def search(self, query: str) -> None:
        """Start again with `query` (the first page arrives by callback)."""
        self._generation += 1
        self.beginResetModel()
        self._rows = []
        self._query = query
        self._exhausted = False
        # The first page is on its way before the view hears of the reset: a view asking for
        # more meanwhile must not ask for the same page again (it would show every row twice).
        self._loading = True
        self.endResetModel()
        self._load()

    def refresh(self) -> None:
        self.search(self._query)

    def _request(self) -> None:
        self._loading = True
        self._load()

    def _load(self) -> None:
        generation = self._generation
        self._loader(self._query, len(self._rows), lambda rows: self._arrived(generation, rows))

    def _arrived(self, generation: int, rows: list[ResidentSummary]) -> None:
        if generation != self._generation:
            return  # a newer search started meanwhile
        self._loading = False
        self._exhausted = len(rows) < PAGE
        if rows:
            first = len(self._rows)
            self.beginInsertRows(QModelIndex(), first, first + len(rows) - 1)
            self._rows.extend(rows)
            self.endInsertRows()

    def row_of(self, resident_id: int) -> int:
        return next((i for i, r in enumerate(self._rows) if r.id == resident_id), -1)


class TableModel(QAbstractTableModel, Generic[T]):
    """A read-only table over a list of values; subclasses name the columns and cells."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._texts = Texts(self)
        self._rows: list[T] = []

    def headers(self) -> Sequence[str]:
        raise NotImplementedError

    def cell(self, row: T, column: int) -> str:
        raise NotImplementedError

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.headers())

    def flags(self, index: Index) -> Qt.ItemFlag:
        return FLAGS if index.isValid() else Qt.ItemFlag.NoItemFlags

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            names = self.headers()
            return names[section] if 0 <= section < len(names) else None
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        if not 0 <= index.column() < len(self.headers()):
            return None
        row = self._rows[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return self.cell(row, index.column())
        if role == Roles.ROW:
            return row
        return None

    def set_rows(self, rows: Sequence[T]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def append_rows(self, rows: Sequence[T]) -> None:
        if not rows:
            return
        first = len(self._rows)
        self.beginInsertRows(QModelIndex(), first, first + len(rows) - 1)
        self._rows.extend(rows)
        self.endInsertRows()

    def row(self, number: int) -> T | None:
        return self._rows[number] if 0 <= number < len(self._rows) else None

    def retranslate(self) -> None:
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, max(0, len(self.headers()) - 1))
        if self._rows:
            self.dataChanged.emit(
                self.index(0, 0), self.index(len(self._rows) - 1, len(self.headers()) - 1)
            )


class ConsentModel(TableModel[ConsentInfo]):
    def headers(self) -> Sequence[str]:
        return [
            self.tr("Purpose"),
            self.tr("Status"),
            self.tr("Given"),
            self.tr("Method"),
            self.tr("Notice"),
            self.tr("Refresh by"),
            self.tr("Withdrawn"),
        ]

    def cell(self, row: ConsentInfo, column: int) -> str:
        texts = self._texts
        return [
            texts.purpose_short(row.purpose),
            texts.status(row.status, row.valid),
            texts.day(row.given_at),
            texts.method(row.method),
            row.notice_version,
            texts.day(row.refresh_due_at),
            texts.day(row.withdrawn_at),
        ][column]


class ConsultationModel(TableModel[Consultation]):
    def headers(self) -> Sequence[str]:
        return [self.tr("When"), self.tr("Who"), self.tr("What"), self.tr("Purpose")]

    def cell(self, row: Consultation, column: int) -> str:
        return [
            self._texts.when(row.at),
            row.actor or "",
            self._texts.action(row.action),
            self._texts.look_purpose(row.purpose),
        ][column]


class RequestModel(TableModel[RequestInfo]):
    def headers(self) -> Sequence[str]:
        return [
            self.tr("Request"),
            self.tr("Resident"),
            self.tr("Received"),
            self.tr("Due"),
            self.tr("Time left"),
            self.tr("Done"),
        ]

    def cell(self, row: RequestInfo, column: int) -> str:
        name = row.resident_name or self.tr("(erased)")
        return [
            self._texts.kind(row.kind),
            name,
            self._texts.day(row.received_at),
            self._texts.day(row.due_at),
            self._left(row),
            self._texts.day(row.done_at),
        ][column]

    def _left(self, row: RequestInfo) -> str:
        if row.done_at is not None:
            return ""
        days = (row.due_at - utcnow()).days
        if days < 0:
            return self.tr("Overdue by %n day(s)", "", -days)
        return self.tr("%n day(s)", "", days)


class AuditModel(TableModel[AuditRow]):
    def headers(self) -> Sequence[str]:
        return [
            self.tr("When"),
            self.tr("Who"),
            self.tr("Action"),
            self.tr("Object"),
            self.tr("Result"),
            self.tr("Workstation"),
        ]

    def cell(self, row: AuditRow, column: int) -> str:
        return [
            self._texts.when(row.occurred_at),
            row.actor_name,
            row.action,
            f"{row.entity_type} {row.entity_id}",
            row.result,
            row.workstation,
        ][column]
