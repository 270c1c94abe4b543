"""The inbox's right pane: the open conversation's header, a message banner, the thread and
the composer."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

from PySide6.QtCore import QEvent, Qt, QTimer
from PySide6.QtWidgets import QFrame, QSplitter, QVBoxLayout, QWidget

from ui.inbox.composer import Composer
from ui.inbox.header import ConversationHeader
from ui.inbox.thread_view import ThreadView
from ui.widgets.plain import PlainLabel
from webcare.inbox.canned import CannedReplyView
from webcare.inbox.thread import ConversationDetail
from webcare.users import UserInfo

NOTICE_MS = 12_000


class ConversationPane(QFrame):
    """The conversation shown in full; `show_message` puts a sentence above the thread."""

    def __init__(
        self,
        fill_canned: Callable[[CannedReplyView], str],
        clock: Callable[[], datetime],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("ConversationPane")
        self._clock = clock
        self.header = ConversationHeader(self)
        self.header.now = clock
        self.banner = PlainLabel(parent=self)
        self.banner.setObjectName("InboxBanner")
        self.banner.setWordWrap(True)
        self.banner.hide()
        self.banner_timer = QTimer(self)
        self.banner_timer.setObjectName("inbox_banner_timer")
        self.banner_timer.setSingleShot(True)
        self.banner_timer.setInterval(NOTICE_MS)
        self.banner_timer.timeout.connect(self.banner.hide)
        self.thread_view = ThreadView(self)
        self.composer = Composer(fill_canned, self, clock=clock)

        self.splitter = QSplitter(Qt.Orientation.Vertical, self)
        self.splitter.addWidget(self.thread_view)
        self.splitter.addWidget(self.composer)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setChildrenCollapsible(False)
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self._layout.setSpacing(0)
        self._layout.addWidget(self.header)
        self._layout.addWidget(self.banner)
        self._layout.addWidget(self.splitter, 1)
        self.retranslate_ui()

    def add_notice(self, widget: QWidget) -> None:
        """A panel of the page's own between the banner and the thread (unconfirmed replies)."""
        self._layout.insertWidget(self._layout.indexOf(self.splitter), widget)

    def show_detail(self, detail: ConversationDetail | None, me: UserInfo | None) -> None:
        self.header.set_detail(detail, me)
        self.composer.set_context(detail, me)
        if detail is None:
            self.thread_view.clear_thread()
        else:
            self.thread_view.show_detail(detail, self._clock())

    def show_message(self, text: str) -> None:
        """A message for the agent above the thread (errors, refusals, confirmations)."""
        self.banner.setText(text)
        self.banner.setAccessibleName(text)
        self.banner.show()
        self.banner_timer.start()

    def retranslate_ui(self) -> None:
        self.thread_view.setAccessibleName(self.tr("Conversation thread"))
        self.banner.setAccessibleDescription(self.tr("Message from the inbox"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)
