"""The inbox's part of the Settings page: notifications, office hours, response target."""

from __future__ import annotations

import re
from datetime import date, datetime, time

from PySide6.QtCore import QEvent, QTime, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QTimeEdit,
    QWidget,
)

from ui.inbox.texts import Texts
from ui.widgets.plain import PlainLabel
from webcare.inbox.notifications import InboxPreferences
from webcare.inbox.queries import Queue

FOLLOWABLE = (Queue.MINE, Queue.UNASSIGNED, Queue.OPEN)
DATE_FORMATS = ("%d-%m-%Y", "%Y-%m-%d", "%d/%m/%Y")


def parse_dates(text: str) -> tuple[frozenset[date], list[str]]:
    """Dates written as 24-12-2026 (or 2026-12-24), separated by commas or spaces; returns the
    dates and the parts that are not a date."""
    found: set[date] = set()
    bad: list[str] = []
    for part in re.split(r"[,;\s]+", text.strip()):
        if not part:
            continue
        for form in DATE_FORMATS:
            try:
                found.add(datetime.strptime(part, form).date())
                break
            except ValueError:
                continue
        else:
            bad.append(part)
    return frozenset(found), bad


def format_dates(dates: frozenset[date]) -> str:
    return ", ".join(day.strftime("%d-%m-%Y") for day in sorted(dates))


class InboxSettings(QGroupBox):
    """Signals:
    changed(InboxPreferences): the agent changed a setting.
    """

    changed = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("InboxSettings")
        self._texts = Texts(self)
        self._showing = False
        self.notify = QCheckBox(self)
        self.follow = {queue: QCheckBox(self) for queue in FOLLOWABLE}
        self.days = [QCheckBox(self) for _ in range(7)]
        self.start = QTimeEdit(self)
        self.end = QTimeEdit(self)
        for edit in (self.start, self.end):
            edit.setDisplayFormat("HH:mm")
        self.target = QSpinBox(self)
        self.target.setRange(5, 7 * 24 * 60)
        self.target.setSingleStep(15)
        self.holidays = QCheckBox(self)
        self.closed = QLineEdit(self)
        self.closed.setPlaceholderText("24-12-2026, 31-12-2026")
        self.closed_problem = PlainLabel(parent=self)
        self.closed_problem.setObjectName("FieldProblem")
        self.closed_problem.setWordWrap(True)
        self.closed_problem.hide()
        self._closed_dates: frozenset[date] = frozenset()
        self._labels = [QLabel(self) for _ in range(5)]

        follow_row = QHBoxLayout()
        for box in self.follow.values():
            follow_row.addWidget(box)
        follow_row.addStretch(1)
        days_row = QHBoxLayout()
        for box in self.days:
            days_row.addWidget(box)
        days_row.addStretch(1)
        hours_row = QHBoxLayout()
        hours_row.addWidget(self.start)
        self._until = QLabel(self)
        hours_row.addWidget(self._until)
        hours_row.addWidget(self.end)
        hours_row.addStretch(1)
        form = QFormLayout(self)
        form.addRow(self.notify)
        form.addRow(self._labels[0], follow_row)
        form.addRow(self._labels[1], days_row)
        form.addRow(self._labels[2], hours_row)
        target_row = QHBoxLayout()
        target_row.addWidget(self.target)
        target_row.addStretch(1)
        form.addRow(self._labels[3], target_row)
        form.addRow(self.holidays)
        form.addRow(self._labels[4], self.closed)
        form.addRow(self.closed_problem)
        self._labels[3].setBuddy(self.target)
        self._labels[2].setBuddy(self.start)
        self._labels[4].setBuddy(self.closed)

        self.notify.toggled.connect(self._emit)
        for box in (*self.follow.values(), *self.days):
            box.toggled.connect(self._emit)
        self.start.timeChanged.connect(self._emit)
        self.end.timeChanged.connect(self._emit)
        self.target.valueChanged.connect(self._emit)
        self.holidays.toggled.connect(self._emit)
        self.closed.editingFinished.connect(self._closed_edited)
        self.retranslate_ui()

    def show_preferences(self, preferences: InboxPreferences) -> None:
        self._showing = True
        self.notify.setChecked(preferences.notify)
        for queue, box in self.follow.items():
            box.setChecked(queue in preferences.followed)
        for day, box in enumerate(self.days):
            box.setChecked(day in preferences.days)
        self.start.setTime(QTime(preferences.start.hour, preferences.start.minute))
        self.end.setTime(QTime(preferences.end.hour, preferences.end.minute))
        self.target.setValue(preferences.target_minutes)
        self.holidays.setChecked(preferences.holidays)
        self._closed_dates = preferences.closed
        self.closed.setText(format_dates(preferences.closed))
        self.closed_problem.hide()
        self._showing = False

    def _closed_edited(self) -> None:
        dates, bad = parse_dates(self.closed.text())
        if bad:
            self.closed_problem.setText(
                self.tr("Not a date: {parts}. Write dates as 24-12-2026.").format(
                    parts=", ".join(bad)
                )
            )
            self.closed_problem.show()
            return  # the closing days stay as they were until the field is right
        self.closed_problem.hide()
        if dates != self._closed_dates:
            self._closed_dates = dates
            self._emit()

    def preferences(self) -> InboxPreferences:
        start, end = self.start.time(), self.end.time()
        return InboxPreferences(
            notify=self.notify.isChecked(),
            followed=frozenset(q for q, box in self.follow.items() if box.isChecked()),
            days=frozenset(day for day, box in enumerate(self.days) if box.isChecked()),
            start=time(start.hour(), start.minute()),
            end=time(end.hour(), end.minute()),
            target_minutes=self.target.value(),
            holidays=self.holidays.isChecked(),
            closed=self._closed_dates,
        )

    def _emit(self) -> None:
        if not self._showing:
            self.changed.emit(self.preferences())

    def retranslate_ui(self) -> None:
        self.setTitle(self.tr("Inbox"))
        self.notify.setText(self.tr("Show a desktop notification for new messages"))
        for queue, box in self.follow.items():
            box.setText(self._texts.queue(queue))
            box.setAccessibleName(
                self.tr("Notify about {queue}").format(queue=self._texts.queue(queue))
            )
        day_names = [
            self.tr("Mon"),
            self.tr("Tue"),
            self.tr("Wed"),
            self.tr("Thu"),
            self.tr("Fri"),
            self.tr("Sat"),
            self.tr("Sun"),
        ]
        for box, name in zip(self.days, day_names, strict=True):
            box.setText(name)
            box.setAccessibleName(self.tr("Office day: {day}").format(day=name))
        self._labels[0].setText(self.tr("Notify about:"))
        self._labels[1].setText(self.tr("Office days:"))
        self._labels[2].setText(self.tr("Office &hours:"))
        self._until.setText(self.tr("to"))
        self._labels[3].setText(self.tr("Response &target:"))
        self.start.setAccessibleName(self.tr("Office hours start"))
        self.end.setAccessibleName(self.tr("Office hours end"))
        self.target.setSuffix(self.tr(" office minutes"))
        self.target.setAccessibleName(self.tr("Response target in office minutes"))
        self.setToolTip(
            self.tr("Notifications are only shown within office hours (Europe/Amsterdam).")
        )
        self.holidays.setText(
            self.tr("Closed on the holidays of the Cao Gemeenten (not on Good Friday)")
        )
        self.holidays.setToolTip(
            self.tr(
                "New Year's Day, Easter, King's Day, Liberation Day (every year), Ascension "
                "Day, Whitsun and Christmas: the waiting clock stands still."
            )
        )
        self._labels[4].setText(self.tr("Also &closed on:"))
        self.closed.setAccessibleName(self.tr("Extra closing days"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)
