"""The calendar's period bar: the month, week, day and list buttons, previous, today and next,
and the period shown (with its time zone)."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QButtonGroup, QHBoxLayout, QLabel, QPushButton, QSizePolicy, QWidget

from ui.calendar.model import Mode

MODES = (Mode.MONTH, Mode.WEEK, Mode.DAY, None)  # None: the list


class PeriodBar(QWidget):
    """Signals:
    view_chosen(object): a view button was pressed (a `Mode`, or None for the list).
    step(int): previous (-1) or next (1) period.
    today(): back to today.
    """

    view_chosen = Signal(object)
    step = Signal(int)
    today = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.period = QLabel(self)
        self.period.setObjectName("CalendarPeriod")
        self.period.setTextFormat(Qt.TextFormat.PlainText)
        self.period.setWordWrap(True)  # in a narrow window the zone goes to a second line
        self.period.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.views = QButtonGroup(self)
        self.view_buttons: dict[Mode | None, QPushButton] = {}
        for mode in MODES:
            button = QPushButton(self)
            button.setCheckable(True)
            button.setObjectName("ViewButton")
            self.views.addButton(button)
            button.clicked.connect(lambda _=False, m=mode: self.view_chosen.emit(m))
            self.view_buttons[mode] = button
        self.view_buttons[Mode.MONTH].setChecked(True)
        self.previous = QPushButton("◀", self)
        self.next = QPushButton("▶", self)
        self.today_button = QPushButton(self)
        self.previous.clicked.connect(lambda: self.step.emit(-1))
        self.next.clicked.connect(lambda: self.step.emit(1))
        self.today_button.clicked.connect(self.today)
        bar = QHBoxLayout(self)
        bar.setContentsMargins(0, 0, 0, 0)
        for mode in MODES:
            bar.addWidget(self.view_buttons[mode])
        bar.addSpacing(12)
        bar.addWidget(self.previous)
        bar.addWidget(self.today_button)
        bar.addWidget(self.next)
        bar.addSpacing(12)
        bar.addWidget(self.period, 1)

    def retranslate_ui(self) -> None:
        names = {
            Mode.MONTH: self.tr("&Month"),
            Mode.WEEK: self.tr("&Week"),
            Mode.DAY: self.tr("&Day"),
            None: self.tr("&List"),
        }
        for mode, button in self.view_buttons.items():
            button.setText(names[mode])
        self.today_button.setText(self.tr("&Today"))
        self.previous.setAccessibleName(self.tr("Previous period (Page Up)"))
        self.next.setAccessibleName(self.tr("Next period (Page Down)"))
        self.previous.setToolTip(self.previous.accessibleName())
        self.next.setToolTip(self.next.accessibleName())
