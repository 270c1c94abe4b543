"""A custom snooze time, chosen from the keyboard in the real dialog: only the team's open
times are offered, and the conversation wakes at the time chosen."""

from __future__ import annotations

from datetime import timedelta

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QComboBox, QDialog, QMenu
from pytestqt.qtbot import QtBot

from tests.helpers.ui import InboxFactory, Residents, new_conversation, open_conversation, row
from ui.inbox.prompts import InboxPrompts
from webcare.accounts.credentials import CredentialStore
from webcare.config import Settings
from webcare.runtime import Database
from webcare.vocabulary import ConversationStatus
from webcare.worker import Worker


def test_snooze_until_offers_only_open_times_and_wakes_the_conversation_then(
    qtbot: QtBot,
    make_inbox: InboxFactory,
    database: Database,
    settings: Settings,
    residents: Residents,
) -> None:
    conversation = new_conversation(database, residents.x)
    page = make_inbox(language="nl", prompts=InboxPrompts())
    open_conversation(qtbot, page, conversation)
    menu = page.header.status_button.menu()

    def pick_last_item() -> None:  # the menu runs its own loop: keys go to it meanwhile
        assert isinstance(QApplication.activePopupWidget(), QMenu)
        qtbot.keyClick(menu, Qt.Key.Key_Up)  # wraps to the last item, "Snoozen tot…"
        assert menu.activeAction().text() == "Snoozen tot…"
        qtbot.keyClick(menu, Qt.Key.Key_Return)

    QTimer.singleShot(200, pick_last_item)
    qtbot.keyClick(page.list_pane.view, Qt.Key.Key_S)
    qtbot.wait_until(lambda: page.findChild(QDialog, "SnoozeDialog") is not None)
    dialog = page.findChild(QDialog, "SnoozeDialog")
    assert dialog is not None
    qtbot.wait_until(dialog.isVisible)
    day = dialog.findChild(QComboBox, "SnoozeDay")
    hour = dialog.findChild(QComboBox, "SnoozeTime")
    assert day is not None and hour is not None
    qtbot.wait_until(day.hasFocus)  # the dialog opens on the day

    policy = page.header.policy
    offered = []
    for d in range(day.count()):
        day.setCurrentIndex(d)
        offered += [hour.itemData(t) for t in range(hour.count())]
    assert len(offered) > 20
    assert all(policy.is_open(at) for at in offered)  # closed hours and days are not offered
    day.setCurrentIndex(0)

    qtbot.keyClick(day, Qt.Key.Key_Down)  # the next open day
    qtbot.keyClick(day, Qt.Key.Key_Tab)
    assert hour.hasFocus()
    qtbot.keyClick(hour, Qt.Key.Key_Down)
    qtbot.keyClick(hour, Qt.Key.Key_Down)
    chosen = hour.currentData()
    qtbot.keyClick(hour, Qt.Key.Key_Return)
    qtbot.wait_until(lambda: row(database, conversation).status is ConversationStatus.SNOOZED)
    assert row(database, conversation).snoozed_until == chosen
    assert policy.is_open(chosen)

    worker = Worker(database, CredentialStore(settings.data_dir))
    worker.acquire_lease()  # only the lease holder wakes conversations
    try:
        assert worker.housekeeping(chosen - timedelta(minutes=1)) == []
        assert worker.housekeeping(chosen) == [conversation]
    finally:
        worker.release_lease()
    assert row(database, conversation).status is ConversationStatus.OPEN
