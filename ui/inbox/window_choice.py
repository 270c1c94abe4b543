"""The messaging window above the composer's editor: what Meta allows a direct message now.

Messenger and Instagram take a plain direct message within 24 hours of the resident's last
message; after that, up to 7 days, only a person's answer sent with the HUMAN_AGENT tag. The
agent chooses the tag explicitly (a check box, unchecked for every new conversation and after
every reply), and past 7 days nothing can be sent. See `webcare.inbox.limits.messaging_window`.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

from PySide6.QtCore import QEvent, Signal
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QCheckBox, QVBoxLayout, QWidget

from ui.inbox.texts import Texts
from ui.widgets.plain import PlainLabel
from webcare.inbox.limits import Window
from webcare.inbox.thread import ConversationDetail
from webcare.vocabulary import MessageTag


class MessagingWindow(QWidget):
    """The window's explanation and, between 24 hours and 7 days, the human-agent choice.

    Signals:
        changed(): the agent ticked or cleared the human-agent box.
    """

    changed = Signal()

    def __init__(self, clock: Callable[[], datetime], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._clock = clock
        self._texts = Texts(self)
        self._detail: ConversationDetail | None = None
        self.banner = PlainLabel(parent=self)
        self.banner.setObjectName("WindowBanner")
        self.banner.setWordWrap(True)
        self.human_agent_box = QCheckBox(self)
        self.human_agent_box.setObjectName("HumanAgentBox")
        self.human_agent_box.toggled.connect(self.changed)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        layout.addWidget(self.banner)
        layout.addWidget(self.human_agent_box)
        self.retranslate_ui()
        self.show_for(None, reply=True)

    # ---- what the composer asks

    def state(self) -> Window:
        detail = self._detail
        return Window.NONE if detail is None else detail.window_state(self._clock())

    @property
    def tag(self) -> MessageTag | None:
        """The tag the reply goes out with: HUMAN_AGENT only when offered and chosen."""
        chosen = self.human_agent_box.isChecked() and self.state() is Window.HUMAN_AGENT
        return MessageTag.HUMAN_AGENT if chosen else None

    def problem(self) -> str:
        """Why a reply cannot be sent now because of the window ("" when it can)."""
        state = self.state()
        if state is Window.CLOSED:
            return self.tr("Cannot send: the messaging window has closed.")
        if state is Window.HUMAN_AGENT and self.tag is None:
            return self.tr("After 24 hours only as a human agent.")
        return ""

    def reset(self) -> None:
        """Clear the choice: it is made again for every reply."""
        self.human_agent_box.setChecked(False)

    def show_for(self, detail: ConversationDetail | None, *, reply: bool) -> None:
        """Explain the window of `detail` (shown for replies only, not for notes)."""
        if detail is None or self._detail is None or detail.id != self._detail.id:
            self.reset()
        self._detail = detail
        text = self._explanation(detail)
        self.banner.setText(text)
        offered = self.state() is Window.HUMAN_AGENT
        self.human_agent_box.setVisible(offered and reply)
        if not offered:
            self.reset()
        self.setVisible(bool(text) and reply)
        self._keep_lines()

    def _keep_lines(self) -> None:
        """The explanation keeps all its lines when the composer is short: the thread above
        gives way (a splitter sizes by minimum heights, which know nothing of word wrap)."""
        width = self.banner.width()
        needed = self.banner.heightForWidth(width) if width > 0 else -1
        if needed > 0 and needed != self.banner.minimumHeight():
            self.banner.setMinimumHeight(needed)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._keep_lines()

    def _explanation(self, detail: ConversationDetail | None) -> str:
        if detail is None or not detail.needs_window:
            return ""
        platform = self._texts.platform(detail.platform)
        state = detail.window_state(self._clock())
        if detail.window_closes is None:
            return self.tr(
                "{platform} only allows a direct message within 24 hours of the resident's "
                "last message, and there is none: a reply cannot be sent."
            ).format(platform=platform)
        closed = self._texts.moment(detail.window_closes)
        if state is Window.OPEN:
            return self.tr(
                "{platform}: direct messages are possible until {time} (24 hours after the "
                "resident's last message)."
            ).format(platform=platform, time=closed)
        until = self._texts.moment(detail.human_agent_closes)
        if state is Window.HUMAN_AGENT:
            return self.tr(
                "{platform}: the 24-hour window closed at {time}. Until {until} only a person's "
                "own answer may go, with the HUMAN_AGENT tag."
            ).format(platform=platform, time=closed, until=until)
        return self.tr(
            "{platform} only allows a direct message within 24 hours of the resident's last "
            "message, and a human agent's answer up to 7 days. That closed at {until}: a reply "
            "cannot be sent until the resident writes again. An internal note is still possible."
        ).format(platform=platform, until=until)

    def retranslate_ui(self) -> None:
        # Two lines, as the mode buttons: a check box does not wrap in a narrow composer.
        text = self.tr("Reply as a human &agent\n(HUMAN_AGENT tag, up to 7 days)")
        self.human_agent_box.setText(text)
        self.human_agent_box.setAccessibleName(" ".join(text.replace("&", "").split()))
        self.human_agent_box.setToolTip(
            self.tr(
                "Only for a human answer to the resident's question: Meta allows it up to 7 "
                "days after their last message."
            )
        )
        self.human_agent_box.setAccessibleDescription(self.human_agent_box.toolTip())
        self.banner.setAccessibleName(self.tr("Messaging window"))
        self.banner.setText(self._explanation(self._detail))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)
