"""The pages behind the navigation rail."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QVBoxLayout, QWidget


class Page(QWidget):
    """A page of the main window that translates itself again when the language changes."""

    page_id = ""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("Page")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)

    def title(self) -> str:
        """The page's name in the rail and the window title (translated)."""
        raise NotImplementedError

    def retranslate_ui(self) -> None:
        """Set every translated text again."""

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)


class PlaceholderPage(Page):
    """A page for a capability that is not built yet: it says so, and what will come."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._title = QLabel(self)
        self._title.setObjectName("PageTitle")
        self._intro = QLabel(self)
        self._intro.setObjectName("PageIntro")
        self._intro.setWordWrap(True)
        notice = QFrame(self)
        notice.setObjectName("Notice")
        self._notice = QLabel(notice)
        self._notice.setObjectName("NoticeText")
        self._notice.setWordWrap(True)
        notice_layout = QHBoxLayout(notice)
        notice_layout.setContentsMargins(14, 10, 14, 10)
        notice_layout.addWidget(self._notice)
        for label in (self._title, self._intro, self._notice):
            label.setTextFormat(Qt.TextFormat.PlainText)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(32, 28, 32, 28)
        layout.setSpacing(14)
        layout.addWidget(self._title)
        layout.addWidget(self._intro)
        layout.addWidget(notice)
        layout.addStretch(1)
        self.retranslate_ui()

    def intro(self) -> str:
        """What this page will be for (translated)."""
        raise NotImplementedError

    def retranslate_ui(self) -> None:
        self._title.setText(self.title())
        self._intro.setText(self.intro())
        self._notice.setText(
            self.tr("Not available yet: this part of Webcare is still being built.")
        )
        self.setAccessibleName(self.title())
