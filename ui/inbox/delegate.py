"""Paints a conversation list row: who, what, how long they wait, who holds it, tags.

Everything is drawn with `QPainter.drawText` (plain text, never Qt rich text), so a display
name like `<b>hi</b>` shows as typed. Colour is never the only signal: the waiting chip says
"overdue" or "due soon", unread rows are bold with a dot, priorities are written out.
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRect, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QPalette
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem, QWidget

from ui.inbox.roles import Roles
from ui.inbox.texts import Texts
from webcare.clock import utcnow
from webcare.inbox.hours import WaitLevel
from webcare.vocabulary import Priority

Index = QModelIndex | QPersistentModelIndex
PAD = 8
ICON = 20
LEVEL_COLOURS = {  # (text, background): contrast >= 4.5:1
    WaitLevel.OK: ("#1d5e33", "#e2f3e7"),
    WaitLevel.NEAR: ("#6b4400", "#fdefc8"),
    WaitLevel.OVER: ("#8f1a1a", "#fbe0e0"),
}
PRIORITY_COLOURS = {
    Priority.URGENT: ("#ffffff", "#b42318"),
    Priority.HIGH: ("#6b3000", "#fde4cc"),
    Priority.LOW: ("#384257", "#e6e9ef"),
}
CHIP = ("#2c3850", "#e4e9f2")


class ConversationDelegate(QStyledItemDelegate):
    """Three lines per conversation; see the module docstring."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._texts = Texts(self)
        self.now = utcnow

    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> QSize:
        line = QFontMetrics(option.font).height()
        return QSize(200, 3 * line + 3 * 4 + 2 * PAD)  # as wide as the view, at least 200

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        painter.save()
        try:
            self._paint(painter, option, index)
        finally:
            painter.restore()

    def _paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        rect: QRect = option.rect
        state = option.state
        palette: QPalette = option.palette
        selected = bool(state & QStyle.StateFlag.State_Selected)
        stale = bool(index.data(Roles.STALE))
        background = QColor("#dbe6f6") if selected else QColor("#ffffff")
        painter.fillRect(rect, background)
        painter.setPen(QColor("#e1e6ee"))
        painter.drawLine(rect.bottomLeft(), rect.bottomRight())
        if state & QStyle.StateFlag.State_HasFocus:
            painter.setPen(QColor("#1d4e89"))
            painter.drawRect(rect.adjusted(1, 1, -2, -2))
        if stale:
            painter.setOpacity(0.55)

        font = QFont(option.font)
        metrics = QFontMetrics(font)
        line = metrics.height()
        left = rect.left() + PAD
        top = rect.top() + PAD
        text_left = left + ICON + PAD
        right = rect.right() - PAD
        text_colour = palette.color(QPalette.ColorRole.Text)

        unread = bool(index.data(Roles.UNREAD))
        icon = index.data(Qt.ItemDataRole.DecorationRole)
        if icon is not None:
            icon.paint(painter, QRect(left, top, ICON, ICON))
        if unread:
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(QColor("#1d4e89"))
            painter.drawEllipse(left + ICON // 2 - 4, top + ICON + 6, 8, 8)

        # line 1: name, handle, age (how long ago the conversation started)
        created = index.data(Roles.CREATED)
        age = self._texts.duration((self.now() - created).total_seconds()) if created else ""
        age_width = metrics.horizontalAdvance(age)
        painter.setPen(QColor("#4a5670"))
        painter.drawText(
            QRect(right - age_width, top, age_width, line), Qt.AlignmentFlag.AlignRight, age
        )
        bold = QFont(font)
        bold.setBold(unread)
        bold.setWeight(QFont.Weight.Bold if unread else QFont.Weight.DemiBold)
        painter.setFont(bold)
        bold_metrics = QFontMetrics(bold)
        name_room = right - age_width - PAD - text_left
        name = bold_metrics.elidedText(
            str(index.data(Qt.ItemDataRole.DisplayRole) or ""),
            Qt.TextElideMode.ElideRight,
            max(0, name_room * 2 // 3),
        )
        painter.setPen(text_colour)
        painter.drawText(QRect(text_left, top, name_room, line), Qt.AlignmentFlag.AlignLeft, name)
        painter.setFont(font)
        handle_left = text_left + bold_metrics.horizontalAdvance(name) + 6
        handle = metrics.elidedText(
            str(index.data(Roles.HANDLE) or ""),
            Qt.TextElideMode.ElideRight,
            max(0, text_left + name_room - handle_left),
        )
        painter.setPen(QColor("#5a6680"))
        painter.drawText(
            QRect(handle_left, top, max(0, text_left + name_room - handle_left), line),
            Qt.AlignmentFlag.AlignLeft,
            handle,
        )

        # line 2: the start of the resident's latest message
        top += line + 4
        preview = str(index.data(Roles.PREVIEW) or "").split("\n", 1)[0]
        if stale:
            preview = self.tr("No longer in this queue") + " · " + preview
        painter.setPen(text_colour)
        painter.drawText(
            QRect(text_left, top, right - text_left, line),
            Qt.AlignmentFlag.AlignLeft,
            metrics.elidedText(preview, Qt.TextElideMode.ElideRight, right - text_left),
        )

        # line 3: chips, the most urgent first
        top += line + 4
        x = text_left
        priority = index.data(Roles.PRIORITY)
        if priority is not None and Priority(priority) in PRIORITY_COLOURS:
            x = self._chip(
                painter,
                metrics,
                x,
                top,
                right,
                self._texts.priority(priority),
                PRIORITY_COLOURS[Priority(priority)],
            )
        level = index.data(Roles.WAIT_LEVEL)
        if level in LEVEL_COLOURS:
            waited = self._texts.duration(float(index.data(Roles.WAITED) or 0))
            label = {
                WaitLevel.OK: self.tr("waiting {time}"),
                WaitLevel.NEAR: self.tr("waiting {time} · due soon"),
                WaitLevel.OVER: self.tr("waiting {time} · overdue"),
            }[level].format(time=waited)
            x = self._chip(painter, metrics, x, top, right, label, LEVEL_COLOURS[level])
        assignee = index.data(Roles.ASSIGNEE)
        x = self._chip(
            painter,
            metrics,
            x,
            top,
            right,
            "→ " + assignee if assignee else self.tr("unassigned"),
            CHIP,
        )
        for tag in index.data(Roles.TAGS) or ():
            x = self._chip(painter, metrics, x, top, right, "#" + tag, CHIP)

    @staticmethod
    def _chip(
        painter: QPainter,
        metrics: QFontMetrics,
        x: int,
        top: int,
        right: int,
        text: str,
        colours: tuple[str, str],
    ) -> int:
        width = metrics.horizontalAdvance(text) + 16  # a little slack: hinting differs
        if x >= right:
            return x
        width = min(width, right - x)
        box = QRect(x, top - 1, width, metrics.height() + 2)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor(colours[1]))
        painter.drawRoundedRect(box, 4, 4)
        painter.setPen(QColor(colours[0]))
        painter.drawText(
            box.adjusted(6, 0, -6, 0),
            Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
            metrics.elidedText(text, Qt.TextElideMode.ElideRight, width - 10),
        )
        return x + width + 6
