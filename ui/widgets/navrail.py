"""The navigation rail: one entry per page, icons above their names."""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QListView, QListWidget, QListWidgetItem, QWidget

from resources import icon_path

PAGE_ID_ROLE = Qt.ItemDataRole.UserRole + 1


class NavRail(QListWidget):
    """A vertical list of pages; arrow keys move, and the current row is the open page."""

    WIDTH = 112

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("NavRail")
        self.setViewMode(QListView.ViewMode.IconMode)
        self.setFlow(QListView.Flow.TopToBottom)
        self.setMovement(QListView.Movement.Static)
        self.setWrapping(False)
        self.setIconSize(QSize(26, 26))
        self.setGridSize(QSize(self.WIDTH - 8, 70))
        self.setFixedWidth(self.WIDTH)
        self.setUniformItemSizes(True)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)

    def add_page(self, page_id: str, icon: str) -> QListWidgetItem:
        item = QListWidgetItem(QIcon(str(icon_path(icon))), "", self)
        item.setData(PAGE_ID_ROLE, page_id)
        item.setTextAlignment(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop)
        return item

    def row_of(self, page_id: str) -> int:
        for row in range(self.count()):
            if self.item(row).data(PAGE_ID_ROLE) == page_id:
                return row
        return -1
