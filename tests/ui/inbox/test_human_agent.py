"""The composer's HUMAN_AGENT choice, from the keyboard: between 24 hours and 7 days after the
resident's last Messenger message the agent may reply only after ticking "Reply as a human
agent", and the queued reply carries the tag; past 7 days nothing can be sent."""

from __future__ import annotations

from datetime import timedelta

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from tests.helpers.ui import InboxFactory, Residents, messages, new_conversation, open_conversation
from webcare.runtime import Database
from webcare.storage.types import utcnow
from webcare.vocabulary import ConversationKind, Direction, MessageTag

CTRL = Qt.KeyboardModifier.ControlModifier


def outbound(database: Database, conversation: int) -> list[MessageTag | None]:
    return [
        m.message_tag for m in messages(database, conversation) if m.direction is Direction.OUTBOUND
    ]


def test_after_three_days_a_reply_needs_the_human_agent_choice_made_from_the_keyboard(
    qtbot: QtBot, make_inbox: InboxFactory, database: Database, residents: Residents
) -> None:
    conversation = new_conversation(
        database, residents.facebook, kind=ConversationKind.DIRECT, at=utcnow() - timedelta(days=3)
    )
    page = make_inbox()
    open_conversation(qtbot, page, conversation)
    composer = page.composer
    qtbot.keyClick(page.list_pane.view, Qt.Key.Key_R)
    qtbot.keyClicks(composer.editor, "Excuus voor het wachten: uw pas ligt klaar.")
    box = composer.human_agent_box
    assert box.isVisible() and not box.isChecked()
    assert "HUMAN_AGENT" in composer.window_banner.text()
    assert composer.problem.text() == "After 24 hours only as a human agent."
    assert not composer.send_button.isEnabled()
    qtbot.keyClick(composer.editor, Qt.Key.Key_Return, CTRL)
    assert outbound(database, conversation) == []  # nothing queued without the choice

    qtbot.keyClick(composer.editor, Qt.Key.Key_A, Qt.KeyboardModifier.AltModifier)
    qtbot.wait_until(box.isChecked)  # a mnemonic clicks the box (animated)
    assert composer.problem.text() == "" and composer.send_button.isEnabled()
    qtbot.keyClick(box, Qt.Key.Key_Return, CTRL)  # the mnemonic moved the focus to the box
    assert box.hasFocus()
    qtbot.wait_until(lambda: outbound(database, conversation) == [MessageTag.HUMAN_AGENT])
    qtbot.wait_until(lambda: composer.text == "")
    assert not box.isChecked()  # chosen again for every reply
    qtbot.wait_until(lambda: "as a human agent" in page.thread_view.toPlainText())


def test_the_choice_is_made_again_in_every_conversation_and_cleared_from_the_keyboard(
    qtbot: QtBot, make_inbox: InboxFactory, database: Database, residents: Residents
) -> None:
    late = new_conversation(
        database,
        residents.facebook,
        kind=ConversationKind.DIRECT,
        at=utcnow() - timedelta(hours=30),
    )
    fresh = new_conversation(
        database,
        residents.facebook,
        kind=ConversationKind.DIRECT,
        at=utcnow() - timedelta(hours=2),
        name="Bram",
        handle="bram",
    )
    page = make_inbox()
    composer = page.composer
    open_conversation(qtbot, page, late)
    qtbot.keyClick(page.list_pane.view, Qt.Key.Key_R)
    qtbot.keyClicks(composer.editor, "Hallo")
    qtbot.keyClick(composer.editor, Qt.Key.Key_Backtab)  # from the editor back to the box
    assert composer.human_agent_box.hasFocus()
    qtbot.keyClick(composer.human_agent_box, Qt.Key.Key_Space)
    assert composer.human_agent_box.isChecked() and composer.send_button.isEnabled()
    qtbot.keyClick(composer.human_agent_box, Qt.Key.Key_Space)
    assert not composer.send_button.isEnabled()
    qtbot.keyClick(composer.human_agent_box, Qt.Key.Key_Space)

    open_conversation(qtbot, page, fresh)  # inside 24 hours: a plain reply, no choice
    assert not composer.human_agent_box.isVisible()
    assert "24 hours after" in composer.window_banner.text()
    open_conversation(qtbot, page, late)
    assert composer.human_agent_box.isVisible() and not composer.human_agent_box.isChecked()


def test_past_seven_days_nothing_can_be_sent(
    qtbot: QtBot, make_inbox: InboxFactory, database: Database, residents: Residents
) -> None:
    conversation = new_conversation(
        database, residents.facebook, kind=ConversationKind.DIRECT, at=utcnow() - timedelta(days=8)
    )
    page = make_inbox()
    open_conversation(qtbot, page, conversation)
    composer = page.composer
    qtbot.keyClick(page.list_pane.view, Qt.Key.Key_R)
    qtbot.keyClicks(composer.editor, "Hallo")
    assert not composer.human_agent_box.isVisible()
    assert "up to 7 days" in composer.window_banner.text()
    assert composer.problem.text() == "Cannot send: the messaging window has closed."
    qtbot.keyClick(composer.editor, Qt.Key.Key_A, Qt.KeyboardModifier.AltModifier)
    qtbot.keyClick(composer.editor, Qt.Key.Key_Return, CTRL)
    assert outbound(database, conversation) == []
