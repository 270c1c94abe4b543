"""An unconfirmed reply in the conversation pane: why, where to look, and the agent's two
answers, from the mouse and from the keyboard."""

from __future__ import annotations

from datetime import timedelta

from PySide6.QtCore import Qt, QUrl
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from tests.helpers import inbox as data
from tests.helpers.ui import FakePrompts, InboxFactory, Residents, open_conversation
from ui.inbox.page import InboxPage
from webcare.inbox.outbox import queue_reply
from webcare.runtime import Database
from webcare.storage.db import transaction
from webcare.storage.models import AuditEvent, Conversation, Message
from webcare.storage.types import utcnow
from webcare.vocabulary import ConversationKind, DeliveryState, UnconfirmedReason

TEXT = "Dank u wel, <b>we</b> zoeken het uit."


def with_unconfirmed_reply(database: Database, account: int) -> tuple[int, int]:
    with transaction(database.sessions) as session:
        conversation = data.add_conversation(
            session,
            account,
            name="Jan de Vries",
            handle="@jan",
            text="Mijn pas is kwijt",
            kind=ConversationKind.DIRECT,
        )
        found = session.get(Conversation, conversation)
        assert found is not None
        found.thread_key = "701-4242"
        queued = queue_reply(session, conversation_id=conversation, text=TEXT, user_id=None)
        message = session.get(Message, queued.message_id)
        assert message is not None
        message.delivery_state = DeliveryState.UNCONFIRMED
        message.delivery_error = UnconfirmedReason.IDENTICAL_IN_FLIGHT.value
        message.send_started_at = utcnow() - timedelta(minutes=4)
        return conversation, message.id


def delivery(database: Database, message_id: int) -> DeliveryState | None:
    with database.sessions() as session:
        message = session.get(Message, message_id)
        assert message is not None
        return message.delivery_state


def shown(qtbot: QtBot, page: InboxPage) -> None:
    qtbot.wait_until(lambda: len(page.unconfirmed.rows) == 1 and page.unconfirmed.isVisible())


def test_the_pane_says_why_links_to_the_thread_and_marks_it_sent(
    qtbot: QtBot, make_inbox: InboxFactory, database: Database, residents: Residents
) -> None:
    conversation, message_id = with_unconfirmed_reply(database, residents.x)
    page = make_inbox()
    opened: list[QUrl] = []
    page.unconfirmed.open_url = opened.append
    open_conversation(qtbot, page, conversation)
    shown(qtbot, page)
    (row,) = page.unconfirmed.rows
    assert row.title.full_text() == f"⚠ Not confirmed: “{TEXT}”"  # as typed, never rich text
    assert row.title.textFormat() == Qt.TextFormat.PlainText
    assert "same text went out at the same time" in row.explanation.text()
    assert "never sends it again by itself" in row.explanation.text()
    qtbot.wait_until(lambda: "⚠ Not confirmed" in page.thread_view.toPlainText())

    qtbot.mouseClick(row.look, Qt.MouseButton.LeftButton)
    assert opened == [QUrl("https://x.com/messages/701-4242")]

    qtbot.mouseClick(row.mark_sent, Qt.MouseButton.LeftButton)
    qtbot.wait_until(lambda: delivery(database, message_id) is DeliveryState.SENT)
    qtbot.wait_until(lambda: not page.unconfirmed.isVisible())
    qtbot.wait_until(lambda: page.banner.text() == "Marked as sent.")
    with database.sessions() as session:
        actions = session.scalars(select(AuditEvent.action)).all()
    assert "reply.marked_sent" in actions


def test_send_again_asks_first_and_can_be_done_from_the_keyboard(
    qtbot: QtBot, make_inbox: InboxFactory, database: Database, residents: Residents
) -> None:
    conversation, message_id = with_unconfirmed_reply(database, residents.x)
    page = make_inbox()
    prompts = page.unconfirmed.prompts
    assert isinstance(prompts, FakePrompts)
    open_conversation(qtbot, page, conversation)
    shown(qtbot, page)
    (row,) = page.unconfirmed.rows

    prompts.answer = False
    qtbot.mouseClick(row.send_again, Qt.MouseButton.LeftButton)
    assert prompts.asked == [
        "Send this reply again?: Only if it is not on X: otherwise the resident gets it twice."
    ]
    assert delivery(database, message_id) is DeliveryState.UNCONFIRMED

    prompts.answer = True
    page.focus_list()
    for _ in range(40):  # Tab from the list reaches the pane's buttons
        if QApplication.focusWidget() is row.send_again:
            break
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is row.send_again
    qtbot.keyClick(row.send_again, Qt.Key.Key_Space)
    qtbot.wait_until(lambda: delivery(database, message_id) is DeliveryState.QUEUED)
    qtbot.wait_until(lambda: page.banner.text() == "Queued to be sent again.")


def test_in_dutch_and_without_a_link_for_a_demo_account(
    qtbot: QtBot, make_inbox: InboxFactory, database: Database, residents: Residents
) -> None:
    conversation, _ = with_unconfirmed_reply(database, residents.facebook)
    with transaction(database.sessions) as session:
        from webcare.storage.models import Account

        account = session.get(Account, residents.facebook)
        assert account is not None
        account.api_base = "http://127.0.0.1:9/graph"
    page = make_inbox(language="nl")
    open_conversation(qtbot, page, conversation)
    shown(qtbot, page)
    (row,) = page.unconfirmed.rows
    assert row.title.full_text() == f"⚠ Niet bevestigd: “{TEXT}”"
    assert not row.look.isEnabled()
    assert "demo" in row.look.toolTip()
    assert row.mark_sent.text() == "Het staat er: verstuurd"
