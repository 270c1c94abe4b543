"""Painting the calendar grid (`ui.calendar.grid.CalendarGrid`): the days, the week numbers
in the gutter, the hours of the week and day views, and the cards (`ui.calendar.card`).

Functions of the grid rather than methods, to keep the grid's module about geometry and input.
"""

from __future__ import annotations

from datetime import time, timedelta
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QRect, Qt
from PySide6.QtGui import QColor, QPainter, QPen

from ui.calendar.card import paint_card
from ui.calendar.model import Mode
from ui.calendar.texts import weekday_names

if TYPE_CHECKING:
    from ui.calendar.grid import CalendarGrid


def _week_label(week: int) -> str:
    return QCoreApplication.translate("CalendarGrid", "wk {n}").format(n=week)


def paint_grid(self: CalendarGrid) -> None:
    """Paint the days, the week numbers, the hours and the cards of `self`."""
    painter = QPainter(self)
    palette_text = QColor("#1f2a44")
    painter.fillRect(self.rect(), QColor("#ffffff"))
    names = weekday_names()
    grid_pen = QPen(QColor("#d3dbe8"))
    for day in self.days():
        cell = self.day_rect(day)
        outside = self.mode is Mode.MONTH and day.month != self.anchor.month
        if day.weekday() >= 5:
            painter.fillRect(cell, QColor("#f3f5f9"))
        if outside:
            painter.fillRect(cell, QColor("#eceff4"))
        if day == self.today:
            painter.fillRect(cell, QColor("#e8f0fb"))
        if day == self.current_day and self.current_row < 0:
            painter.setPen(QPen(QColor("#1d4e89"), 2))
            painter.drawRect(cell.adjusted(1, 1, -2, -2))
        if self._drop_at is not None and self._drop_at[0] == day:
            painter.fillRect(cell, QColor(29, 78, 137, 40))
        painter.setPen(grid_pen)
        painter.drawRect(cell)
        if self.mode is Mode.MONTH:
            painter.setPen(QColor("#7a8499") if outside else palette_text)
            label = f"{day.day}"
            hidden = self.hidden_on(day)
            if hidden:
                label += "  " + QCoreApplication.translate("CalendarGrid", "+%n more", "", hidden)
            painter.drawText(cell.adjusted(5, 2, -4, 0), Qt.AlignmentFlag.AlignLeft, label)
    painter.setPen(palette_text)
    for day in self.days()[: 7 if self.mode is not Mode.DAY else 1]:
        cell = self.day_rect(day)
        header = QRect(cell.left(), 0, cell.width(), self._header())
        text = names[day.weekday()]
        if self.mode is not Mode.MONTH:
            text += f" {day.day}-{day.month}"
        bold = painter.font()
        bold.setBold(self.mode is not Mode.MONTH and day == self.today)
        painter.setFont(bold)
        painter.drawText(header, Qt.AlignmentFlag.AlignCenter, text)
    _paint_gutter(self, painter)
    rects = self.card_rects()
    for row, rect in rects.items():
        post = self.model.post(row)
        if post is not None:
            paint_card(
                painter,
                rect,
                post,
                selected=row == self.current_row,
                compact=self.mode is Mode.MONTH,
            )
    if self.hasFocus() and self.current_row in rects:
        painter.setPen(QPen(QColor("#1d4e89"), 1, Qt.PenStyle.DotLine))
        painter.drawRect(rects[self.current_row].adjusted(-1, -1, 1, 1))
    painter.end()


def _paint_gutter(self: CalendarGrid, painter: QPainter) -> None:
    painter.setPen(QColor("#5a6680"))
    font = painter.font()
    font.setBold(False)
    painter.setFont(font)
    if self.mode is Mode.MONTH:
        for week in range(6):
            monday = self.first_day() + timedelta(days=7 * week)
            cell = self.day_rect(monday)
            painter.drawText(
                QRect(0, cell.top(), self._gutter() - 4, 20),
                Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                QCoreApplication.translate("CalendarGrid", "wk {n}").format(
                    n=monday.isocalendar().week
                ),
            )
        return
    week = self.first_day().isocalendar().week
    painter.drawText(
        QRect(0, 0, self._gutter(), self._header()),
        Qt.AlignmentFlag.AlignCenter,
        _week_label(week),
    )
    first, last = self.hours()
    for hour in range(first, last):
        y = self._y_of(time(hour))
        painter.setPen(QColor("#e3e8f0"))
        painter.drawLine(self._gutter(), y, self.width(), y)
        painter.setPen(QColor("#5a6680"))
        painter.drawText(
            QRect(0, y - 2, self._gutter() - 6, 16),
            Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop,
            f"{hour:02d}:00",
        )
