"""The period picker: a day, an ISO week, a month, or a custom range, with previous and next."""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QHBoxLayout,
    QLabel,
    QToolButton,
    QWidget,
)

from ui.reports.texts import ReportTexts
from webcare.reports.figures import Period

KINDS = ("day", "week", "month", "custom")


def period_of(kind: str, anchor: date, last: date | None = None) -> Period:
    """The period of `kind` that contains `anchor` (custom: from `anchor` to `last`)."""
    if kind == "day":
        return Period(anchor, anchor)
    if kind == "week":
        monday = anchor - timedelta(days=anchor.weekday())
        return Period(monday, monday + timedelta(days=6))
    if kind == "month":
        first = anchor.replace(day=1)
        following = (first + timedelta(days=32)).replace(day=1)
        return Period(first, following - timedelta(days=1))
    end = last if last is not None and last >= anchor else anchor
    return Period(anchor, end)


def shifted(kind: str, period: Period, steps: int) -> Period:
    """The period `steps` before (negative) or after this one, of the same kind and length."""
    if kind == "month":
        month = period.first.month - 1 + steps
        first = date(period.first.year + month // 12, month % 12 + 1, 1)
        return period_of("month", first)
    length = (period.last - period.first).days + 1
    return period_of(
        kind,
        period.first + timedelta(days=length * steps),
        period.last + timedelta(days=length * steps),
    )


def _qdate(value: date) -> QDate:
    return QDate(value.year, value.month, value.day)


def _date(value: QDate) -> date:
    return date(value.year(), value.month(), value.day())


class PeriodPicker(QWidget):
    """Signals:
    changed(): the chosen period changed.
    """

    changed = Signal()

    def __init__(self, today: date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.texts = ReportTexts(self)
        self.kind = QComboBox(self)
        self.kind.setObjectName("PeriodKind")
        self.previous = QToolButton(self)
        self.previous.setArrowType(Qt.ArrowType.LeftArrow)
        self.start = QDateEdit(self)
        self.end = QDateEdit(self)
        for edit in (self.start, self.end):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("yyyy-MM-dd")
        self.next = QToolButton(self)
        self.next.setArrowType(Qt.ArrowType.RightArrow)
        self.label = QLabel(self)
        self.label.setObjectName("PeriodLabel")
        self.label.setTextFormat(Qt.TextFormat.PlainText)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(6)
        for widget in (self.kind, self.previous, self.start, self.end, self.next):
            layout.addWidget(widget)
        layout.addWidget(self.label, 1)
        self._period = period_of("month", today)
        self._quiet = False
        self.retranslate_ui()
        self.kind.setCurrentIndex(KINDS.index("month"))
        self._show()
        self.kind.currentIndexChanged.connect(self._kind_changed)
        self.start.dateChanged.connect(self._dates_changed)
        self.end.dateChanged.connect(self._dates_changed)
        self.previous.clicked.connect(lambda: self.step(-1))
        self.next.clicked.connect(lambda: self.step(1))

    def retranslate_ui(self) -> None:
        names = [self.tr("Day"), self.tr("Week"), self.tr("Month"), self.tr("Custom")]
        current = max(0, self.kind.currentIndex())
        self._quiet = True
        self.kind.clear()
        self.kind.addItems(names)
        self.kind.setCurrentIndex(current)
        self._quiet = False
        self.kind.setAccessibleName(self.tr("Period"))
        self.previous.setToolTip(self.tr("Previous period (Alt+Left)"))
        self.previous.setAccessibleName(self.tr("Previous period"))
        self.next.setToolTip(self.tr("Next period (Alt+Right)"))
        self.next.setAccessibleName(self.tr("Next period"))
        self.start.setAccessibleName(self.tr("First day"))
        self.end.setAccessibleName(self.tr("Last day"))
        self._show_label()

    @property
    def kind_code(self) -> str:
        return KINDS[max(0, self.kind.currentIndex())]

    def period(self) -> Period:
        return self._period

    def set_period(self, kind: str, period: Period) -> None:
        self._quiet = True
        self.kind.setCurrentIndex(KINDS.index(kind))
        self._quiet = False
        self._period = period
        self._show()
        self.changed.emit()

    def step(self, steps: int) -> None:
        self._period = shifted(self.kind_code, self._period, steps)
        self._show()
        self.changed.emit()

    def _kind_changed(self) -> None:
        if self._quiet:
            return
        self._period = period_of(self.kind_code, self._period.first, self._period.last)
        self._show()
        self.changed.emit()

    def _dates_changed(self) -> None:
        if self._quiet:
            return
        first = _date(self.start.date())
        last = _date(self.end.date())
        self._period = period_of(self.kind_code, first, last)
        self._show()
        self.changed.emit()

    def _show(self) -> None:
        self._quiet = True
        self.start.setDate(_qdate(self._period.first))
        self.end.setDate(_qdate(self._period.last))
        self.end.setVisible(self.kind_code == "custom")
        self._quiet = False
        self._show_label()

    def _show_label(self) -> None:
        self.label.setText(self.texts.period(self._period.first, self._period.last, self.kind_code))
