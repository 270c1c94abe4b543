"""What an agent is writing survives moving on, a closed window and a crash."""

from __future__ import annotations

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from tests.helpers.ui import InboxFactory, Residents, new_conversation, open_conversation
from webcare.inbox import drafts
from webcare.inbox.drafts import DraftMode
from webcare.runtime import Database


def saved(database: Database, user: int) -> dict[tuple[int, DraftMode], str]:
    with database.sessions() as session:
        return drafts.load(session, user)


def test_a_draft_typed_before_a_crash_is_back_in_the_next_session(
    qtbot: QtBot, make_inbox: InboxFactory, database: Database, residents: Residents
) -> None:
    conversation = new_conversation(database, residents.x)
    page = make_inbox()
    open_conversation(qtbot, page, conversation)
    qtbot.keyClick(page.list_pane.view, Qt.Key.Key_R)
    qtbot.keyClicks(page.composer.editor, "Beste Jan, we komen")
    # saved a moment after the typing stops, without leaving the conversation
    qtbot.wait_until(
        lambda: (
            saved(database, residents.me)
            == {(conversation, DraftMode.REPLY): "Beste Jan, we komen"}
        )
    )

    # The app dies here (no shutdown); a new session opens the same conversation.
    again = make_inbox()
    open_conversation(qtbot, again, conversation)
    assert again.composer.text == "Beste Jan, we komen"


def test_closing_the_window_right_after_typing_keeps_the_draft(
    qtbot: QtBot, make_inbox: InboxFactory, database: Database, residents: Residents
) -> None:
    conversation = new_conversation(database, residents.x)
    page = make_inbox()
    open_conversation(qtbot, page, conversation)
    qtbot.keyClick(page.list_pane.view, Qt.Key.Key_N)
    qtbot.keyClicks(page.composer.editor, "Nog navragen bij de wijkagent")
    assert page.composer.save_timer.isActive()  # not saved yet
    page.shutdown()
    page.context.tasks.shutdown()
    assert saved(database, residents.me) == {
        (conversation, DraftMode.NOTE): "Nog navragen bij de wijkagent"
    }


def test_moving_on_saves_the_draft_and_sending_ends_it(
    qtbot: QtBot, make_inbox: InboxFactory, database: Database, residents: Residents
) -> None:
    first = new_conversation(database, residents.x)
    second = new_conversation(database, residents.x, handle="@tweede")
    page = make_inbox()
    open_conversation(qtbot, page, first)
    qtbot.keyClick(page.list_pane.view, Qt.Key.Key_R)
    qtbot.keyClicks(page.composer.editor, "Eerste antwoord")
    qtbot.keyClick(page.composer.editor, Qt.Key.Key_Escape)
    open_conversation(qtbot, page, second)
    qtbot.wait_until(
        lambda: saved(database, residents.me) == {(first, DraftMode.REPLY): "Eerste antwoord"}
    )
    assert page.composer.text == ""

    open_conversation(qtbot, page, first)
    assert page.composer.text == "Eerste antwoord"
    page.composer.editor.setFocus()
    qtbot.keyClick(page.composer.editor, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    qtbot.wait_until(lambda: page.composer.text == "")
    qtbot.wait_until(lambda: saved(database, residents.me) == {})
