"""Replies whose delivery is unconfirmed, above the thread: why, and what the agent can do.

The worker never sends such a reply again by itself (it cannot know whether the resident got
it). This panel says so in plain words, links to the place on the platform where the agent can
look, and offers the two answers a person can give: it is there (mark as sent), or it is not
(send again, after a confirmation). Both go through the inbox desk (`mark_sent`,
`send_again`), audited; the thread shows the reply as "Not confirmed" until then.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QEvent, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QFrame, QPushButton, QSizePolicy, QVBoxLayout, QWidget

from ui.context import AppContext
from ui.inbox.prompts import InboxPrompts
from ui.inbox.texts import Texts
from ui.widgets.flow import FlowLayout
from ui.widgets.plain import ElidedLabel, PlainLabel
from webcare.inbox.thread import ConversationDetail
from webcare.inbox.unconfirmed import UnconfirmedReply
from webcare.vocabulary import DeliveryState, Platform, UnconfirmedReason

PLATFORM_NAMES = {Platform.X: "X", Platform.FACEBOOK: "Facebook", Platform.INSTAGRAM: "Instagram"}


class UnconfirmedRow(QFrame):
    """One unconfirmed reply: which, what happened, and the three actions (wrapping)."""

    def __init__(self, reply: UnconfirmedReply, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.reply = reply
        self.setObjectName("UnconfirmedRow")
        self.title = ElidedLabel(parent=self)
        self.title.setObjectName("UnconfirmedTitle")
        self.explanation = PlainLabel(parent=self)
        self.explanation.setWordWrap(True)
        self.look = QPushButton(self)
        self.mark_sent = QPushButton(self)
        self.send_again = QPushButton(self)
        buttons = FlowLayout(spacing=6)
        for button in (self.look, self.mark_sent, self.send_again):
            buttons.addWidget(button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(14, 6, 14, 6)
        layout.setSpacing(3)
        layout.addWidget(self.title)
        layout.addWidget(self.explanation)
        layout.addLayout(buttons)
        self.look.setEnabled(reply.link is not None)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        reply = self.reply
        platform = PLATFORM_NAMES[reply.platform]
        quoted = " ".join(reply.text.split())
        self.title.setText(self.tr("⚠ Not confirmed: “{text}”").format(text=quoted))
        started = Texts(self).moment(reply.send_started_at)
        explanation = f"{self._reason(reply.reason, platform)} " + self.tr(
            "Webcare never sends it again by itself: look on {platform}, then choose."
        ).format(platform=platform)
        self.explanation.setText(explanation)
        self.look.setText(self.tr("Check on {platform}").format(platform=platform))
        self.look.setToolTip(
            reply.link
            or self.tr(
                "This account does not talk to the real {platform} (a demo or test account)."
            ).format(platform=platform)
        )
        self.mark_sent.setText(self.tr("It is there: sent"))
        self.send_again.setText(self.tr("It is not there: send again…"))
        self.mark_sent.setToolTip(self.tr("Mark the reply as sent"))
        self.send_again.setToolTip(
            self.tr("Send the reply once more (sending started {time})").format(time=started)
        )
        for button in (self.look, self.mark_sent, self.send_again):
            button.setAccessibleName(f"{button.text()} ({button.toolTip()})")
        self.setAccessibleName(self.tr("Not confirmed"))
        self.setAccessibleDescription(f"{self.title.full_text()} {explanation}")

    def _reason(self, reason: UnconfirmedReason, platform: str) -> str:
        return {
            UnconfirmedReason.NO_COPY: self.tr(
                "Sending was interrupted and {platform} shows no copy: it may have arrived, or not."
            ),
            UnconfirmedReason.IDENTICAL_IN_FLIGHT: self.tr(
                "A reply with the same text went out at the same time: which copy on "
                "{platform} is which cannot be told."
            ),
            UnconfirmedReason.SEVERAL_COPIES: self.tr(
                "{platform} shows this text more than once here: which copy is this reply "
                "cannot be told."
            ),
            UnconfirmedReason.COPY_OF_ANOTHER: self.tr(
                "The only copy on {platform} is an earlier reply with the same text: this one "
                "may not have arrived."
            ),
        }[reason].format(platform=platform)


class UnconfirmedPanel(QFrame):
    """Every unconfirmed reply of the open conversation (hidden when there is none).

    Signals:
        settled(int): a reply was marked sent or queued again (its conversation's id).
        message(str): a sentence for the inbox's banner (done, refused, failed).
    """

    settled = Signal(int)
    message = Signal(str)

    def __init__(
        self, context: AppContext, prompts: InboxPrompts, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("UnconfirmedPanel")
        # Never squeezed below what it says: the thread above the composer gives way instead.
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Minimum)
        self.context = context
        self.prompts = prompts
        # Opening the platform's page; tests put a recorder here.
        self.open_url: Callable[[QUrl], Any] = QDesktopServices.openUrl
        self.rows: list[UnconfirmedRow] = []
        self._key: tuple[int, tuple[int, ...]] | None = None
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self._layout.setSpacing(0)
        self.hide()
        self.retranslate_ui()

    def show_detail(self, detail: ConversationDetail | None) -> None:
        """Show the conversation's unconfirmed replies (asked of the desk only when some are)."""
        waiting = tuple(
            m.id
            for m in (detail.messages if detail else ())
            if m.delivery_state is DeliveryState.UNCONFIRMED
        )
        if detail is None or not waiting:
            self._key = None
            self._set_rows([])
            return
        key = (detail.id, waiting)
        if key == self._key:
            return
        self._key = key
        inbox = self.context.desks.inbox
        conversation_id = detail.id
        self.context.operations.query(
            lambda: inbox.unconfirmed_replies(conversation_id),
            lambda replies: self._shown(key, replies),
            on_error=lambda text, _error: self.message.emit(text),
            owner=self,
        )

    def _shown(self, key: tuple[int, tuple[int, ...]], replies: list[UnconfirmedReply]) -> None:
        if key == self._key:  # still the conversation shown
            self._set_rows(replies)

    def _set_rows(self, replies: list[UnconfirmedReply]) -> None:
        for row in self.rows:
            self._layout.removeWidget(row)
            row.deleteLater()
        self.rows = []
        for reply in replies:
            row = UnconfirmedRow(reply, self)
            row.look.clicked.connect(lambda _=False, r=reply: self._look(r))
            row.mark_sent.clicked.connect(lambda _=False, r=reply: self.mark_sent(r))
            row.send_again.clicked.connect(lambda _=False, r=reply: self.send_again(r))
            self._layout.addWidget(row)
            self.rows.append(row)
        self.setVisible(bool(self.rows))

    def _look(self, reply: UnconfirmedReply) -> None:
        if reply.link is not None:
            self.open_url(QUrl(reply.link))

    def mark_sent(self, reply: UnconfirmedReply) -> None:
        inbox = self.context.desks.inbox
        self.context.operations.op(
            lambda: inbox.mark_sent(reply.message_id),
            lambda conversation_id: self._done(conversation_id, self.tr("Marked as sent.")),
            on_error=lambda text, _error: self.message.emit(text),
            owner=self,
        )

    def send_again(self, reply: UnconfirmedReply) -> None:
        platform = PLATFORM_NAMES[reply.platform]

        def answered(yes: bool) -> None:
            if not yes:
                return
            inbox = self.context.desks.inbox
            self.context.operations.op(
                lambda: inbox.send_again(reply.message_id),
                lambda conversation_id: self._done(
                    conversation_id, self.tr("Queued to be sent again.")
                ),
                on_error=lambda text, _error: self.message.emit(text),
                owner=self,
            )

        self.prompts.confirm(
            self,
            self.tr("Send this reply again?"),
            self.tr(
                "Only if it is not on {platform}: otherwise the resident gets it twice."
            ).format(platform=platform),
            self.tr("Send again"),
            answered,
        )

    def _done(self, conversation_id: int, text: str) -> None:
        self._key = None  # the next detail is read afresh
        self.message.emit(text)
        self.settled.emit(conversation_id)

    def retranslate_ui(self) -> None:
        self.setAccessibleName(self.tr("Replies that are not confirmed"))
        for row in self.rows:
            row.retranslate_ui()

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
