"""The navigation rail: one entry per page, icons above their names."""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QFont, QFontMetrics, QIcon
from PySide6.QtWidgets import QListView, QListWidget, QListWidgetItem, QWidget

from resources import icon_path

PAGE_ID_ROLE = Qt.ItemDataRole.UserRole + 1


class NavRail(QListWidget):
    """A vertical list of pages; arrow keys move, and the current row is the open page."""

    MIN_WIDTH = 96

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("NavRail")
        self.setViewMode(QListView.ViewMode.IconMode)
        self.setFlow(QListView.Flow.TopToBottom)
        self.setMovement(QListView.Movement.Static)
        self.setWrapping(False)
        self.setIconSize(QSize(26, 26))
        self._set_width(self.MIN_WIDTH)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)

    def keyboardSearch(self, search: str) -> None:
        """No type-ahead: a word typed after Ctrl+1 (a note begun too early, a letter that is
        no shortcut) must not open another page; arrows, Home and End move, Ctrl+1… jump."""
        return

    def _set_width(self, width: int) -> None:
        self.setGridSize(QSize(width - 8, 70))
        self.setFixedWidth(width)
        # Every item as wide as the rail allows; a uniform size would follow the first item
        # ("Inbox") and cut the longer names short.
        for row in range(self.count()):
            self.item(row).setSizeHint(self._item_size())

    def _item_size(self) -> QSize:
        return QSize(self.width() - 20, 62)

    def fit_to_texts(self) -> None:
        """Make room for the longest page name (it changes with the language), in bold."""
        self.ensurePolished()  # the style sheet sets the rail's font
        font = QFont(self.font())
        font.setBold(True)
        metrics = QFontMetrics(font)
        widest = max(
            (metrics.horizontalAdvance(self.item(row).text()) for row in range(self.count())),
            default=0,
        )
        self._set_width(max(self.MIN_WIDTH, widest + 40))

    def add_page(self, page_id: str, icon: str) -> QListWidgetItem:
        item = QListWidgetItem(QIcon(str(icon_path(icon))), "", self)
        item.setData(PAGE_ID_ROLE, page_id)
        item.setSizeHint(self._item_size())
        item.setTextAlignment(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop)
        return item

    def row_of(self, page_id: str) -> int:
        for row in range(self.count()):
            if self.item(row).data(PAGE_ID_ROLE) == page_id:
                return row
        return -1
