"""The composer's time fields: the wall-clock time in Europe/Amsterdam (which of two, when the
clocks go back), the "do not publish after" deadline and the repetition.

A holder of widgets, not a widget: its rows go into the composer's own form, so that their
labels line up with the composer's other rows.
"""

from __future__ import annotations

from datetime import date, datetime

from PySide6.QtCore import QDate, QDateTime, QObject, Qt, QTime
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDateTimeEdit,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QSpinBox,
    QTimeEdit,
    QWidget,
)

from webcare.calendar import timing
from webcare.calendar.records import PostInfo

REPETITIONS = (
    "",
    "FREQ=WEEKLY",
    "FREQ=WEEKLY;INTERVAL=2",
    "FREQ=MONTHLY",
    "FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR",
)


def _qdate(moment: date) -> QDate:
    return QDate(moment.year, moment.month, moment.day)


class WhenFields(QObject):
    """The time, deadline and repetition widgets of one composer (`parent`)."""

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.date = QDateEdit(parent)
        self.date.setCalendarPopup(True)
        self.date.setDisplayFormat("ddd d MMM yyyy")
        self.date.setAccessibleName(self.tr("Date"))
        self.time = QTimeEdit(parent)
        self.time.setDisplayFormat("HH:mm")
        self.time.setAccessibleName(self.tr("Time (Europe/Amsterdam)"))
        self.fold = QComboBox(parent)
        self.fold.addItem(self.tr("the first (summer time)"), 0)
        self.fold.addItem(self.tr("the second (winter time)"), 1)
        self.fold.setAccessibleName(self.tr("Which of the two"))
        self.note = QLabel(parent)
        self.note.setTextFormat(Qt.TextFormat.PlainText)
        self.note.setObjectName("ComposerProblems")
        self.has_deadline = QCheckBox(self.tr("Do not publish after"), parent)
        self.deadline = QDateTimeEdit(parent)
        self.deadline.setDisplayFormat("ddd d MMM yyyy HH:mm")
        self.deadline.setCalendarPopup(True)
        self.deadline.setAccessibleName(self.tr("Deadline"))
        self.deadline.setEnabled(False)
        self.has_deadline.toggled.connect(self.deadline.setEnabled)
        self.repeat = QComboBox(parent)
        labels = (
            self.tr("Does not repeat"),
            self.tr("Every week"),
            self.tr("Every two weeks"),
            self.tr("Every month"),
            self.tr("Every working day"),
        )
        for rule, label in zip(REPETITIONS, labels, strict=True):
            self.repeat.addItem(label, rule)
        self.repeat.setAccessibleName(self.tr("Repeat"))
        self.repeat_count = QSpinBox(parent)
        self.repeat_count.setRange(0, 520)
        self.repeat_count.setSpecialValueText(self.tr("no end"))
        self.repeat_count.setSuffix(self.tr(" times"))
        self.repeat_count.setAccessibleName(self.tr("How many times"))

    def add_rows(self, form: QFormLayout) -> None:
        when = QHBoxLayout()
        when.addWidget(self.date)
        when.addWidget(self.time)
        when.addWidget(self.fold)
        when.addStretch(1)
        form.addRow(self.tr("When (Europe/Amsterdam):"), when)
        form.addRow("", self.note)
        deadline = QHBoxLayout()
        deadline.addWidget(self.has_deadline)
        deadline.addWidget(self.deadline)
        deadline.addStretch(1)
        form.addRow(self.tr("Deadline:"), deadline)
        repeat = QHBoxLayout()
        repeat.addWidget(self.repeat)
        repeat.addWidget(self.repeat_count)
        repeat.addStretch(1)
        form.addRow(self.tr("Repeat:"), repeat)

    # ---- filling in

    def start_at(self, start: datetime) -> None:
        """A new post at `start`; its deadline (off) proposes the end of that day."""
        self.date.setDate(_qdate(start))
        self.time.setTime(QTime(start.hour, start.minute))
        self.deadline.setDateTime(QDateTime(self.date.date(), QTime(23, 59)))

    def fill(self, post: PostInfo) -> None:
        wall = timing.local_of(post.scheduled_at, post.zone).wall if not post.virtual else post.wall
        self.start_at(wall)
        self.fold.setCurrentIndex(post.fold)
        if post.deadline_at is not None:
            deadline = timing.local_of(post.deadline_at, post.zone).wall
            self.has_deadline.setChecked(True)
            self.deadline.setDateTime(
                QDateTime(_qdate(deadline), QTime(deadline.hour, deadline.minute))
            )
        if post.recurrence:
            rule, _, count = post.recurrence.partition(";COUNT=")
            index = self.repeat.findData(rule)
            if index >= 0:
                self.repeat.setCurrentIndex(index)
            if count.isdigit():
                self.repeat_count.setValue(int(count))

    # ---- reading

    def wall(self) -> datetime:
        day, at = self.date.date(), self.time.time()
        return datetime(day.year(), day.month(), day.day(), at.hour(), at.minute())

    def chosen_fold(self) -> int | None:
        """Which of two equal times the planner chose; None where the time happens once."""
        return int(self.fold.currentData()) if timing.is_ambiguous(self.wall()) else None

    def deadline_wall(self) -> datetime | None:
        if not self.has_deadline.isChecked():
            return None
        moment = self.deadline.dateTime()
        day, at = moment.date(), moment.time()
        return datetime(day.year(), day.month(), day.day(), at.hour(), at.minute())

    def rule(self) -> str | None:
        rule = str(self.repeat.currentData() or "") or None
        if rule and self.repeat_count.value():
            rule += f";COUNT={self.repeat_count.value()}"
        return rule

    def check(self) -> None:
        """Say so beside the time where it does not exist, or happens twice (and ask which)."""
        wall = self.wall()
        ambiguous = timing.is_ambiguous(wall)
        self.fold.setVisible(ambiguous)
        note = ""
        try:
            timing.resolve(wall, fold=self.chosen_fold())
        except timing.NonExistentTime:
            note = self.tr("This time does not exist: the clocks go forward an hour that night.")
        if ambiguous:
            note = self.tr("This time happens twice (the clocks go back an hour): which one?")
        self.note.setText(note)
