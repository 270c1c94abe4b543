"""The inbox's part of the Settings page: notifications, office hours, response target."""

from __future__ import annotations

from datetime import time

from PySide6.QtCore import QEvent, QTime, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QSpinBox,
    QTimeEdit,
    QWidget,
)

from ui.inbox.texts import Texts
from webcare.inbox.notifications import InboxPreferences
from webcare.inbox.queries import Queue

FOLLOWABLE = (Queue.MINE, Queue.UNASSIGNED, Queue.OPEN)


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
        self._labels = [QLabel(self) for _ in range(4)]

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
        self._labels[3].setBuddy(self.target)
        self._labels[2].setBuddy(self.start)

        self.notify.toggled.connect(self._emit)
        for box in (*self.follow.values(), *self.days):
            box.toggled.connect(self._emit)
        self.start.timeChanged.connect(self._emit)
        self.end.timeChanged.connect(self._emit)
        self.target.valueChanged.connect(self._emit)
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
        self._showing = False

    def preferences(self) -> InboxPreferences:
        start, end = self.start.time(), self.end.time()
        return InboxPreferences(
            notify=self.notify.isChecked(),
            followed=frozenset(q for q, box in self.follow.items() if box.isChecked()),
            days=frozenset(day for day, box in enumerate(self.days) if box.isChecked()),
            start=time(start.hour(), start.minute()),
            end=time(end.hour(), end.minute()),
            target_minutes=self.target.value(),
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

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)
