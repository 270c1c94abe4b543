"""Desktop notifications and the tray icon: new messages in followed queues, @mentions.

The tray shows how many conversations nobody has claimed. Where the desktop has no system
tray (or the test runs headless) the icon is simply not there; the notices are still emitted
as a signal, and nothing else changes.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QSystemTrayIcon

from resources import icon_path
from webcare.clock import utcnow
from webcare.inbox.notifications import (
    MAX_SINGLE,
    InboxPreferences,
    Notice,
    NoticeKind,
    select_notices,
)
from webcare.inbox.watch import ChangeBatch
from webcare.team.policy import PolicyBook

# Some notification servers read a subset of HTML in the body; a resident's name must not.
NEUTRAL = str.maketrans({"<": "\u2039", ">": "\u203a", "&": "\uff06"})  # look-alikes


def neutral(text: str) -> str:
    """Text with no character a notification server could take for markup."""
    return text.translate(NEUTRAL)


class InboxNotifier(QObject):
    """Turns change batches into notices, by the agent's preferences.

    Signals:
        notice(str, str): a title and a body, ready to show.
    """

    notice = Signal(str, str)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.preferences = InboxPreferences()
        self.policy = PolicyBook()  # whose office hours notices are shown in
        self.me: int | None = None
        self._notified: set[int] = set()
        self.clock = utcnow

    def set_policy(self, policy: PolicyBook) -> None:
        self.policy = policy

    def consider(self, batch: ChangeBatch) -> list[Notice]:
        if self.me is None:
            return []
        notices = select_notices(
            batch.new_inbound,
            [(m.message_id, m.conversation_id, m.author_name) for m in batch.mentions],
            batch.rows,
            self.preferences,
            self.policy,
            self.me,
            self.clock(),
            self._notified,
        )
        for title, body in self._texts(notices):
            self.notice.emit(neutral(title), neutral(body))
        return notices

    def _texts(self, notices: list[Notice]) -> list[tuple[str, str]]:
        if len(notices) > MAX_SINGLE:
            return [
                (
                    self.tr("Webcare"),
                    self.tr("%n new message(s) in the queues you follow", "", len(notices)),
                )
            ]
        texts = []
        for notice in notices:
            if notice.kind is NoticeKind.MENTION:
                title = self.tr("{name} mentioned you").format(name=notice.name)
                body = self.tr("In a note about the conversation with {resident}").format(
                    resident=notice.preview
                )
            else:
                title = self.tr("New message from {name}").format(name=notice.name)
                body = notice.preview
            texts.append((title, body))
        return texts


class TrayIcon(QObject):
    """The system-tray icon with the unassigned count; absent where there is no tray."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.icon: QSystemTrayIcon | None = None
        if QSystemTrayIcon.isSystemTrayAvailable():
            self.icon = QSystemTrayIcon(QIcon(str(icon_path("webcare"))), self)
            self.icon.show()
        self.set_unassigned(None)

    @property
    def available(self) -> bool:
        return self.icon is not None

    def set_unassigned(self, count: int | None) -> None:
        if self.icon is None:
            return
        if count is None:
            self.icon.setToolTip("Webcare")
        else:
            self.icon.setToolTip(self.tr("Webcare: %n unassigned", "", count))

    def show_message(self, title: str, body: str) -> None:
        if self.icon is not None and self.icon.supportsMessages():
            self.icon.showMessage(title, body, QSystemTrayIcon.MessageIcon.Information, 8_000)
