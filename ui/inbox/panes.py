"""The inbox's left and middle panes: queues with filters, and the conversation list."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import (
    QEvent,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QRect,
    QSize,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QColor, QFont, QFontMetrics, QKeyEvent, QPainter, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFrame,
    QLabel,
    QLineEdit,
    QListView,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QVBoxLayout,
    QWidget,
)

from ui.inbox.delegate import ConversationDelegate
from ui.inbox.filters import FilterBar
from ui.inbox.listmodel import ConversationListModel
from ui.inbox.models import QueueModel
from ui.inbox.roles import Roles
from ui.inbox.texts import Texts
from ui.widgets.plain import ElidedLabel, PlainLabel
from webcare.inbox.choices import FilterChoices
from webcare.inbox.queries import Queue, SortOrder
from webcare.users import UserInfo

SEARCH_THROTTLE_MS = 250
Index = QModelIndex | QPersistentModelIndex


class KeyboardListView(QListView):
    """A list without Qt's type-ahead: a letter that is no shortcut (Z, Shift+J) must never
    jump to another resident's conversation; J, K and the arrows move."""

    def keyboardSearch(self, search: str) -> None:
        return


class QueueDelegate(QStyledItemDelegate):
    """A queue's name on the left, its count on the right (bold when the queue is not empty)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._texts = Texts(self)

    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> QSize:
        return QSize(80, QFontMetrics(option.font).height() + 14)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        painter.save()
        rect: QRect = option.rect
        state = option.state
        if state & QStyle.StateFlag.State_Selected:
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(QColor("#c5d5ec"))
            painter.drawRoundedRect(rect.adjusted(4, 1, -4, -1), 6, 6)
        if state & QStyle.StateFlag.State_HasFocus:
            painter.setPen(QColor("#1d4e89"))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRoundedRect(rect.adjusted(4, 1, -5, -2), 6, 6)
        font = QFont(option.font)
        selected = bool(state & QStyle.StateFlag.State_Selected)
        font.setBold(selected)
        painter.setFont(font)
        painter.setPen(QColor("#1f2a44"))
        text_rect = rect.adjusted(14, 0, -14, 0)
        painter.drawText(
            text_rect,
            Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft,
            str(index.data(Qt.ItemDataRole.DisplayRole) or ""),
        )
        count = index.data(Roles.COUNT)
        if count is not None:
            font.setBold(bool(count))
            painter.setFont(font)
            painter.drawText(
                text_rect,
                Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignRight,
                self._texts.count(count),
            )
        painter.restore()


class QueuePane(QFrame):
    """Queues with live counts, and filters by channel or account, tag, priority, assignee.

    Signals:
        queue_chosen(object): a Queue.
        filters_changed(): one of the filter boxes changed.
    """

    queue_chosen = Signal(object)
    filters_changed = Signal()

    def __init__(self, queues: QueueModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("QueuePane")
        self._texts = Texts(self)
        self._queues = queues
        self.title = QLabel(self)
        self.title.setObjectName("PaneTitle")
        self.view = KeyboardListView(self)
        self.view.setObjectName("QueueList")
        self.view.setModel(queues)
        self.view.setItemDelegate(QueueDelegate(self.view))
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        # Six short rows that always fit: a scrollbar would only hide the last one (seen at
        # 1000×640, where the narrow pane gave the queue names a horizontal bar).
        self.view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.view.setFixedHeight(len(QueueModel.QUEUES) * (self.fontMetrics().height() + 14) + 6)
        self.view.selectionModel().currentChanged.connect(self._current_changed)

        self.filters_title = QLabel(self)
        self.filters_title.setObjectName("PaneSubtitle")
        self.filters = FilterBar(self)
        self.filters.changed.connect(self.filters_changed)
        # The boxes by name, as the page and the tests reach them.
        self.channel, self.tag = self.filters.channel, self.filters.tag
        self.priority, self.assignee = self.filters.priority, self.filters.assignee

        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 12, 8, 12)
        layout.setSpacing(8)
        layout.addWidget(self.title)
        layout.addWidget(self.view)
        layout.addSpacing(8)
        layout.addWidget(self.filters_title)
        layout.addWidget(self.filters)
        layout.addStretch(1)
        self.retranslate_ui()

    # ---- queues

    def select_queue(self, queue: Queue) -> None:
        self.view.setCurrentIndex(self._queues.index(self._queues.row_of(queue)))

    def current_queue(self) -> Queue:
        index = self.view.currentIndex()
        value = index.data(Roles.ID) if index.isValid() else None
        return Queue(value) if value in set(Queue) else Queue.OPEN

    def _current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if current.isValid():
            self.queue_chosen.emit(Queue(current.data(Roles.ID)))

    # ---- filters (ui.inbox.filters)

    def filter_values(self) -> dict[str, Any]:
        return self.filters.values()

    def active_filters(self) -> list[str]:
        """What each filter box that narrows the list is set to, as shown."""
        return self.filters.active()

    def clear_filters(self) -> None:
        self.filters.clear()

    def set_choices(self, choices: FilterChoices) -> None:
        self.filters.set_choices(choices)

    def set_people(self, people: Sequence[UserInfo]) -> None:
        self.filters.set_people(people)

    def retranslate_ui(self) -> None:
        self.title.setText(self.tr("Queues"))
        self.view.setAccessibleName(self.tr("Queues"))
        self.filters_title.setText(self.tr("Filters"))
        self._queues.retranslate()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)


class ListPane(QFrame):
    """Search, sort order and the conversation list.

    Signals:
        search_changed(str): the search text, at most every SEARCH_THROTTLE_MS while typing.
        sort_changed(object): a SortOrder.
    """

    search_changed = Signal(str)
    sort_changed = Signal(object)

    def __init__(self, model: ConversationListModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("ListPane")
        self._texts = Texts(self)
        self.model = model
        self.search = QLineEdit(self)
        self.search.setObjectName("SearchBox")
        self.search.setClearButtonEnabled(True)
        self.search_timer = QTimer(self)
        self.search_timer.setObjectName("inbox_search_throttle_timer")
        self.search_timer.setSingleShot(True)
        self.search_timer.setInterval(SEARCH_THROTTLE_MS)
        self.search_timer.timeout.connect(lambda: self.search_changed.emit(self.search.text()))
        self.search.textChanged.connect(lambda _text: self.search_timer.start())
        self.search.returnPressed.connect(self._search_now)
        self.search.installEventFilter(self)  # Down: on to the results

        self.heading = ElidedLabel(parent=self)
        self.heading.setObjectName("PaneTitle")
        self.sort = QComboBox(self)
        for order in SortOrder:
            self.sort.addItem("", order.value)
        self.sort.currentIndexChanged.connect(
            lambda _i: self.sort_changed.emit(self.current_sort())
        )
        self._queue_sort: SortOrder | None = None  # the queues' order while a search shows
        self.view = KeyboardListView(self)
        self.view.setObjectName("ConversationList")
        self.view.setModel(model)
        self.delegate = ConversationDelegate(self.view)
        self.view.setItemDelegate(self.delegate)
        self.view.setUniformItemSizes(True)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.view.setResizeMode(QListView.ResizeMode.Adjust)
        self.empty = PlainLabel(parent=self)
        self.empty.setObjectName("EmptyList")
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setWordWrap(True)
        model.modelReset.connect(self._update_empty)
        model.rowsInserted.connect(self._update_empty)
        model.rowsRemoved.connect(self._update_empty)
        model.page_loaded.connect(lambda _n: self._update_empty())

        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 12, 8, 8)
        layout.setSpacing(8)
        layout.addWidget(self.search)
        layout.addWidget(self.heading)
        layout.addWidget(self.sort)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.empty)
        self.retranslate_ui()
        self._update_empty()

    def _search_now(self) -> None:
        """Enter: search at once, and go on to the results (J, K and the arrows walk them)."""
        self.search_timer.stop()
        self.search_changed.emit(self.search.text())
        self.view.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            watched is self.search
            and event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() == Qt.Key.Key_Down
        ):
            self._search_now()
            return True
        return super().eventFilter(watched, event)

    def set_heading(self, text: str) -> None:
        self.heading.setText(text)

    def select_sort(self, order: SortOrder) -> None:
        self.sort.setCurrentIndex(self.sort.findData(order.value))

    def current_sort(self) -> SortOrder:
        value = self.sort.currentData()
        return SortOrder(value) if value in set(SortOrder) else SortOrder.WAITING

    # ---- the order of search results

    def queue_sort(self) -> SortOrder:
        """The order the queues are shown in (kept aside while a search shows)."""
        return self._queue_sort if self._queue_sort is not None else self.current_sort()

    def set_searching(self, searching: bool, *, few: bool = False) -> None:
        """A search shows newest first; waiting longest is offered once its hits are few
        (`webcare.inbox.search.SEARCH_FEW`), the other orders not at all. Without a search the
        queues' own order comes back. Emits no sort_changed."""
        model = self.sort.model()
        assert isinstance(model, QStandardItemModel)
        self.sort.blockSignals(True)
        try:
            if searching and self._queue_sort is None:
                self._queue_sort = self.current_sort()
                self.select_sort(SortOrder.NEWEST)
            elif not searching and self._queue_sort is not None:
                self.select_sort(self._queue_sort)
                self._queue_sort = None
            offered = {SortOrder.NEWEST, SortOrder.WAITING} if few else {SortOrder.NEWEST}
            for row in range(self.sort.count()):
                item = model.item(row)
                item.setEnabled(not searching or SortOrder(self.sort.itemData(row)) in offered)
            if searching and self.current_sort() not in offered:
                self.select_sort(SortOrder.NEWEST)
        finally:
            self.sort.blockSignals(False)

    def _update_empty(self) -> None:
        if self.model.rowCount() > 0:
            self.empty.hide()
            return
        self.empty.setText(
            self.tr("Loading…") if self.model.loading else self.tr("No conversations here.")
        )
        self.empty.show()

    def retranslate_ui(self) -> None:
        self.search.setPlaceholderText(self.tr("Search messages, names and handles (Ctrl+K)"))
        self.search.setAccessibleName(self.tr("Search conversations"))
        self.sort.setAccessibleName(self.tr("Sort conversations"))
        for row in range(self.sort.count()):
            self.sort.setItemText(
                row,
                self.tr("Sort: {order}").format(
                    order=self._texts.sort_order(self.sort.itemData(row))
                ),
            )
        self.view.setAccessibleName(self.tr("Conversations"))
        self._update_empty()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)
