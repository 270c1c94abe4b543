"""Moving through the queue from the keyboard: letters never jump through the list, a reply
moves on to the next conversation (unless the agent chose to stay), and a thread reads in the
platform's order."""

from __future__ import annotations

from datetime import timedelta

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from tests.helpers.ui import (
    InboxFactory,
    Residents,
    focused,
    messages,
    new_conversation,
    open_conversation,
    reply_by_keyboard,
    row,
)
from webcare.channel import FetchResult, Identity, InboundItem, ItemKind
from webcare.inbox.ingest import ingest
from webcare.inbox.notifications import InboxPreferences
from webcare.runtime import Database
from webcare.storage.db import transaction
from webcare.storage.types import utcnow
from webcare.vocabulary import ConversationKind, ConversationStatus, Direction

CTRL = Qt.KeyboardModifier.ControlModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier


def three(database: Database, residents: Residents) -> list[int]:
    """Three waiting conversations, oldest first: Anna, Xander, Zoë."""
    return [
        new_conversation(
            database,
            residents.x,
            name=name,
            handle=f"@{name.lower()}",
            at=utcnow() - timedelta(hours=5 - i),
        )
        for i, name in enumerate(("Anna", "Xander", "Zoë"))
    ]


def test_letters_that_are_no_shortcut_never_jump_through_the_list(
    qtbot: QtBot, make_inbox: InboxFactory, database: Database, residents: Residents
) -> None:
    ids = three(database, residents)
    page = make_inbox()
    qtbot.wait_until(lambda: page.controller.open_id == ids[0])
    page.focus_list()
    view = page.list_pane.view
    for key, modifier in (
        (Qt.Key.Key_Z, Qt.KeyboardModifier.NoModifier),
        (Qt.Key.Key_X, SHIFT),
        (Qt.Key.Key_Z, SHIFT),
        (Qt.Key.Key_J, SHIFT),
    ):
        qtbot.keyClick(view, key, modifier)
        qtbot.wait(50)
        assert view.currentIndex().row() == 0, key
    assert page.controller.open_id == ids[0]


def test_a_reply_opens_the_next_conversation_of_the_queue(
    qtbot: QtBot, make_inbox: InboxFactory, database: Database, residents: Residents
) -> None:
    ids = three(database, residents)
    page = make_inbox()
    open_conversation(qtbot, page, ids[0])
    reply_by_keyboard(qtbot, "Wordt opgepakt.")
    qtbot.wait_until(lambda: page.controller.open_id == ids[1])
    assert messages(database, ids[0])[-1].direction is Direction.OUTBOUND
    assert page.list_pane.view.hasFocus()
    qtbot.keyClick(focused(), Qt.Key.Key_J)  # and J goes on from there
    qtbot.wait_until(lambda: page.controller.open_id == ids[2])


def test_with_the_setting_off_a_reply_stays_on_the_conversation(
    qtbot: QtBot, make_inbox: InboxFactory, database: Database, residents: Residents
) -> None:
    ids = three(database, residents)
    page = make_inbox()
    page.set_preferences(InboxPreferences(move_on_after_reply=False))
    open_conversation(qtbot, page, ids[0])
    reply_by_keyboard(qtbot, "Wordt opgepakt.")
    qtbot.wait_until(lambda: len(messages(database, ids[0])) == 2)
    with qtbot.assert_not_emitted(page.work.advance, wait=300):
        pass
    assert page.controller.open_id == ids[0]
    qtbot.keyClick(focused(), Qt.Key.Key_J)  # J still moves on
    qtbot.wait_until(lambda: page.controller.open_id == ids[1])


def test_shift_ctrl_enter_sends_and_closes(
    qtbot: QtBot, make_inbox: InboxFactory, database: Database, residents: Residents
) -> None:
    ids = three(database, residents)
    page = make_inbox()
    open_conversation(qtbot, page, ids[0])
    reply_by_keyboard(qtbot, "Opgelost, fijne dag!", CTRL | SHIFT)
    qtbot.wait_until(lambda: row(database, ids[0]).status is ConversationStatus.CLOSED)
    assert messages(database, ids[0])[-1].text == "Opgelost, fijne dag!"
    qtbot.wait_until(lambda: page.controller.open_id == ids[1])


def test_an_equal_timestamp_thread_shows_in_platform_order(
    qtbot: QtBot, make_inbox: InboxFactory, database: Database, residents: Residents
) -> None:
    at = utcnow() - timedelta(minutes=3)
    resident = Identity("701", "@bewoner", "Bewoner")

    def tweet(external_id: str, text: str) -> InboundItem:
        return InboundItem(
            external_id=external_id,
            parent_external_id=None,
            thread_key="1900000000000000100",
            conversation_kind=ConversationKind.PUBLIC_THREAD,
            kind=ItemKind.MENTION,
            author=resident,
            text=text,
            created_at=at,
        )

    newest_first = [  # as X's timeline returns them, all in one second
        tweet("1900000000000000102", "Derde: nog steeds?"),
        tweet("1900000000000000101", "Tweede: hij stinkt"),
        tweet("1900000000000000100", "Eerste: container vol"),
    ]
    with transaction(database.sessions) as session:
        (conversation,) = ingest(
            session, residents.x, FetchResult(items=newest_first)
        ).conversations
    page = make_inbox()
    open_conversation(qtbot, page, conversation)
    shown = page.thread_view.toPlainText()
    positions = [shown.index(word) for word in ("Eerste", "Tweede", "Derde")]
    assert positions == sorted(positions)
