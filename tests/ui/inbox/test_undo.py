"""Ctrl+Z takes back the agent's last change to a conversation, from the keyboard."""

from __future__ import annotations

from datetime import timedelta

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QMenu
from pytestqt.qtbot import QtBot

from tests.helpers import inbox as data
from tests.helpers.ui import InboxFactory, Residents, new_conversation, open_conversation, row
from webcare.runtime import Database
from webcare.storage.db import transaction
from webcare.storage.types import utcnow
from webcare.vocabulary import ConversationStatus, Priority


def test_ctrl_z_brings_a_closed_conversation_back_as_it_was(
    qtbot: QtBot, make_inbox: InboxFactory, database: Database, residents: Residents
) -> None:
    first = new_conversation(database, residents.x, at=utcnow() - timedelta(hours=2))
    second = new_conversation(database, residents.x, handle="@tweede")
    page = make_inbox()
    open_conversation(qtbot, page, first)
    waiting = row(database, first).waiting_since
    qtbot.keyClick(page.list_pane.view, Qt.Key.Key_E)
    qtbot.wait_until(lambda: row(database, first).status is ConversationStatus.CLOSED)
    qtbot.wait_until(lambda: page.controller.open_id == second)
    qtbot.wait_until(lambda: page.model.row_of(first) < 0)
    assert page.banner.text() == "Conversation closed. Ctrl+Z undoes it."

    qtbot.keyClick(page.list_pane.view, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    qtbot.wait_until(lambda: row(database, first).status is ConversationStatus.NEW)
    assert row(database, first).waiting_since == waiting  # still waiting two hours, not zero
    # back in the list and open again, so the agent carries on where they were
    qtbot.wait_until(lambda: page.list_pane.view.currentIndex().row() == page.model.row_of(first))
    qtbot.wait_until(
        lambda: page.controller.detail is not None and page.controller.detail.id == first
    )
    assert page.banner.text() == "Undone: Conversation closed."

    # once only: a second Ctrl+Z has nothing left to take back
    qtbot.keyClick(page.list_pane.view, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    qtbot.wait_until(lambda: page.banner.text() == "Nothing to undo.")
    assert row(database, first).status is ConversationStatus.NEW


def test_ctrl_z_does_not_undo_over_a_residents_new_message(
    qtbot: QtBot, make_inbox: InboxFactory, database: Database, residents: Residents
) -> None:
    conversation = new_conversation(database, residents.x)
    page = make_inbox()
    open_conversation(qtbot, page, conversation)
    qtbot.keyClick(page.list_pane.view, Qt.Key.Key_E)
    qtbot.wait_until(lambda: page.banner.text() == "Conversation closed. Ctrl+Z undoes it.")
    assert row(database, conversation).status is ConversationStatus.CLOSED
    with transaction(database.sessions) as session:  # ingest stores a new message
        data.add_inbound(session, conversation, "Hallo? Is daar iemand?")
    qtbot.wait_until(
        lambda: row(database, conversation).status is ConversationStatus.OPEN, timeout=3000
    )
    waiting = row(database, conversation).waiting_since
    assert waiting is not None

    qtbot.keyClick(page.list_pane.view, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    qtbot.wait_until(lambda: page.banner.text().startswith("Not undone"))
    # the reopened conversation, with the clock started by the new message, stays as it is
    assert row(database, conversation).status is ConversationStatus.OPEN
    assert row(database, conversation).waiting_since == waiting


def test_ctrl_z_while_typing_undoes_the_typing_not_the_close(
    qtbot: QtBot, make_inbox: InboxFactory, database: Database, residents: Residents
) -> None:
    conversation = new_conversation(database, residents.x)
    page = make_inbox()
    open_conversation(qtbot, page, conversation)
    qtbot.keyClick(page.list_pane.view, Qt.Key.Key_A)
    qtbot.wait_until(lambda: page.controller.last_undo is not None)
    qtbot.keyClick(page.list_pane.view, Qt.Key.Key_R)
    assert page.composer.editor.hasFocus()
    qtbot.keyClicks(page.composer.editor, "Dag")
    qtbot.keyClick(page.composer.editor, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert page.composer.text == ""
    assert page.controller.last_undo is not None
    assert row(database, conversation).assignee_id == residents.me


def test_p_opens_the_priority_menu_and_ctrl_z_puts_the_priority_back(
    qtbot: QtBot, make_inbox: InboxFactory, database: Database, residents: Residents
) -> None:
    conversation = new_conversation(database, residents.x)
    page = make_inbox()
    open_conversation(qtbot, page, conversation)
    chosen: list[str] = []

    def choose_urgent() -> None:  # the menu runs its own event loop: answer it from inside
        menu = QApplication.activePopupWidget()
        assert isinstance(menu, QMenu)
        (urgent,) = [a for a in menu.actions() if a.text() == "Urgent"]
        menu.setActiveAction(urgent)
        chosen.append(urgent.text())
        qtbot.keyClick(menu, Qt.Key.Key_Return)

    QTimer.singleShot(0, choose_urgent)
    qtbot.keyClick(page.list_pane.view, Qt.Key.Key_P)
    assert chosen == ["Urgent"]
    qtbot.wait_until(lambda: row(database, conversation).priority == int(Priority.URGENT))
    qtbot.wait_until(lambda: page.banner.text() == "Priority changed. Ctrl+Z undoes it.")

    # The offscreen platform leaves the closed menu as the active window; a desktop does not.
    page.window().activateWindow()
    qtbot.wait_until(lambda: QApplication.activeWindow() is page.window())
    qtbot.keyClick(page.list_pane.view, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    qtbot.wait_until(lambda: row(database, conversation).priority == int(Priority.NORMAL))
    qtbot.wait_until(lambda: "Priority: Normal" in page.header.state.text())
