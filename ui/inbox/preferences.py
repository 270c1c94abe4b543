"""The inbox's part of the Settings page: this agent's own notifications, and whether a reply
moves on to the next conversation.

Office hours, closing days and the response target are the team's, kept in the database and
set in the Settings page's service policy (`ui.settings.policy`); notifications are shown
within those office hours.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Signal
from PySide6.QtWidgets import QCheckBox, QFormLayout, QGroupBox, QHBoxLayout, QLabel, QWidget

from ui.inbox.texts import Texts
from webcare.inbox.notifications import InboxPreferences
from webcare.inbox.queries import Queue

FOLLOWABLE = (Queue.MINE, Queue.UNASSIGNED, Queue.OPEN)


class InboxSettings(QGroupBox):
    """Signals:
    changed(InboxPreferences): the agent changed a setting.
    """

    changed = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("InboxSettings")
        self._texts = Texts(self)
        self._showing = False
        self.notify = QCheckBox(self)
        self.follow = {queue: QCheckBox(self) for queue in FOLLOWABLE}
        self._follow_label = QLabel(self)
        self.move_on = QCheckBox(self)

        follow_row = QHBoxLayout()
        for box in self.follow.values():
            follow_row.addWidget(box)
        follow_row.addStretch(1)
        form = QFormLayout(self)
        form.addRow(self.notify)
        form.addRow(self._follow_label, follow_row)
        form.addRow(self.move_on)

        self.notify.toggled.connect(self._emit)
        self.move_on.toggled.connect(self._emit)
        for box in self.follow.values():
            box.toggled.connect(self._emit)
        self.retranslate_ui()

    def show_preferences(self, preferences: InboxPreferences) -> None:
        self._showing = True
        self.notify.setChecked(preferences.notify)
        for queue, box in self.follow.items():
            box.setChecked(queue in preferences.followed)
        self.move_on.setChecked(preferences.move_on_after_reply)
        self._showing = False

    def preferences(self) -> InboxPreferences:
        return InboxPreferences(
            notify=self.notify.isChecked(),
            followed=frozenset(q for q, box in self.follow.items() if box.isChecked()),
            move_on_after_reply=self.move_on.isChecked(),
        )

    def _emit(self) -> None:
        if not self._showing:
            self.changed.emit(self.preferences())

    def retranslate_ui(self) -> None:
        self.setTitle(self.tr("Notifications"))
        self.notify.setText(self.tr("Show a desktop notification for new messages"))
        for queue, box in self.follow.items():
            box.setText(self._texts.queue(queue))
            box.setAccessibleName(
                self.tr("Notify about {queue}").format(queue=self._texts.queue(queue))
            )
        self._follow_label.setText(self.tr("Notify about:"))
        self.move_on.setText(self.tr("After sending a reply, open the next conversation"))
        self.setToolTip(
            self.tr(
                "Notifications are only shown within the team's office hours "
                "(Service policy, below)."
            )
        )

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)
