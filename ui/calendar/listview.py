"""The list view: the period's posts in time order, a card per row with its week and day."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRect, QSize, Qt
from PySide6.QtGui import QColor, QPainter
from PySide6.QtWidgets import (
    QAbstractItemView,
    QListView,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QWidget,
)

from ui.calendar.card import paint_card
from ui.calendar.model import PostsModel, Role, local
from ui.calendar.texts import weekday_names

ROW_HEIGHT = 44
DATE_WIDTH = 150


class CardDelegate(QStyledItemDelegate):
    """ "wk 49 · Mon 30-11" beside the post's card."""

    def sizeHint(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> QSize:
        return QSize(400, ROW_HEIGHT)

    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> None:
        post = index.data(Role.POST)
        if post is None:
            return
        rect: QRect = option.rect
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        painter.save()
        if selected:
            painter.fillRect(rect, QColor("#dbe4f1"))
        wall = local(post)
        painter.setPen(QColor("#3b4660"))
        week = wall.isocalendar().week
        days = weekday_names()
        label = self.tr("wk {n}").format(n=week) + f" · {days[wall.weekday()]} {wall:%d-%m}"
        painter.drawText(
            QRect(rect.left() + 8, rect.top(), DATE_WIDTH, rect.height()),
            Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft,
            label,
        )
        card = QRect(
            rect.left() + DATE_WIDTH,
            rect.top() + 2,
            rect.width() - DATE_WIDTH - 6,
            rect.height() - 4,
        )
        paint_card(painter, card, post, selected=selected)
        painter.restore()


class PostList(QListView):
    def __init__(self, model: PostsModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("CalendarList")
        self.setModel(model)
        self.setItemDelegate(CardDelegate(self))
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setUniformItemSizes(True)
        self.setAccessibleName(self.tr("Posts in time order"))
