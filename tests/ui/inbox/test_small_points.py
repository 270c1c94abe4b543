"""The smaller points of a day at the queue: keys on the buttons, a visible focus ring, one
space after a mention, and an Arabic name before its time in a message's header."""

from __future__ import annotations

from datetime import timedelta

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QTextCursor
from PySide6.QtWidgets import QHBoxLayout, QPushButton, QWidget
from pytestqt.qtbot import QtBot

from resources import style_sheet
from tests.helpers.ui import InboxFactory, Residents, new_conversation, open_conversation
from ui.inbox.roles import Roles
from webcare.runtime import Database
from webcare.storage.types import utcnow

FOCUS = QColor("#1d4e89")


def test_every_button_of_the_conversation_shows_its_key(
    qtbot: QtBot, make_inbox: InboxFactory, database: Database, residents: Residents
) -> None:
    conversation = new_conversation(database, residents.x)
    page = make_inbox()
    open_conversation(qtbot, page, conversation)
    header = page.header
    shown = {
        header.claim_button: "(A)",
        header.close_button: "(E)",
        header.assign_button: "(Shift+A)",
        header.status_button: "(S)",
        header.priority_button: "(P)",
        header.tags_button: "(L)",
        page.composer.send_button: "(Ctrl+Enter)",
    }
    for button, key in shown.items():
        assert key in button.text(), button.text()


def test_a_focused_button_has_a_ring_of_the_focus_colour(qtbot: QtBot) -> None:
    window = QWidget()
    qtbot.add_widget(window)
    window.setStyleSheet(style_sheet())
    layout = QHBoxLayout(window)
    first, second = QPushButton("Een", window), QPushButton("Twee", window)
    layout.addWidget(first)
    layout.addWidget(second)
    with qtbot.wait_exposed(window):
        window.show()
    second.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.wait_until(second.hasFocus)

    def edge(button: QPushButton) -> list[QColor]:
        image = button.grab().toImage()
        middle = image.height() // 2
        return [image.pixelColor(x, middle) for x in range(3)]

    def near(colour: QColor) -> bool:
        return all(
            abs(a - b) < 40 for a, b in zip(colour.getRgb()[:3], FOCUS.getRgb()[:3], strict=True)
        )

    assert any(near(colour) for colour in edge(second))  # 2 px of the focus colour
    assert not any(near(colour) for colour in edge(first))


def test_a_mention_followed_by_a_space_leaves_one_space(
    qtbot: QtBot, make_inbox: InboxFactory, database: Database, residents: Residents
) -> None:
    conversation = new_conversation(database, residents.x)
    page = make_inbox()
    open_conversation(qtbot, page, conversation)
    qtbot.keyClick(page.list_pane.view, Qt.Key.Key_N)
    qtbot.keyClicks(page.composer.editor, "@ba")
    popup = page.composer.editor.completer.popup()
    qtbot.wait_until(popup.isVisible)
    qtbot.keyClick(popup, Qt.Key.Key_Return)
    qtbot.keyClicks(page.composer.editor, " kijk je mee?")
    assert page.composer.text == "@bart kijk je mee?"


def test_an_arabic_name_stands_before_its_time_in_the_message_header(
    qtbot: QtBot, make_inbox: InboxFactory, database: Database, residents: Residents
) -> None:
    name = "محمد العلوي"
    conversation = new_conversation(
        database,
        residents.facebook,
        name=name,
        handle="",
        at=utcnow() - timedelta(minutes=5),
    )
    page = make_inbox()
    open_conversation(qtbot, page, conversation)
    document = page.thread_view.document()
    block = document.firstBlock()
    text = block.text()
    layout = block.layout()
    line = layout.lineAt(0)
    name_at = text.index(name[0])
    time_at = text.rindex(":") - 2  # hh:mm
    name_x = line.cursorToX(name_at)[0]
    time_x = line.cursorToX(time_at)[0]
    assert block.textDirection() == Qt.LayoutDirection.LeftToRight
    assert name_x < time_x, (text, name_x, time_x)
    assert QTextCursor(block).block().isValid()


def test_a_conversation_with_a_draft_is_marked_in_the_list_until_it_is_sent(
    qtbot: QtBot, make_inbox: InboxFactory, database: Database, residents: Residents
) -> None:
    first = new_conversation(database, residents.x, at=utcnow() - timedelta(hours=1))
    second = new_conversation(database, residents.x, handle="@tweede")
    page = make_inbox()
    open_conversation(qtbot, page, first)
    model = page.model

    def marked(conversation: int) -> bool:
        index = model.index(model.row_of(conversation))
        return bool(index.data(Roles.DRAFT)) and "draft" in str(
            index.data(Qt.ItemDataRole.AccessibleTextRole)
        )

    assert not marked(first)
    qtbot.keyClick(page.list_pane.view, Qt.Key.Key_R)
    qtbot.keyClicks(page.composer.editor, "Beste Jan,")
    qtbot.keyClick(page.composer.editor, Qt.Key.Key_Escape)
    qtbot.keyClick(page.list_pane.view, Qt.Key.Key_J)
    qtbot.wait_until(lambda: page.controller.open_id == second)
    qtbot.wait_until(lambda: marked(first))
    assert not marked(second)

    qtbot.keyClick(page.list_pane.view, Qt.Key.Key_K)
    qtbot.wait_until(lambda: page.composer.text == "Beste Jan,")
    qtbot.keyClick(page.list_pane.view, Qt.Key.Key_R)
    qtbot.keyClick(page.composer.editor, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    qtbot.wait_until(lambda: not marked(first))
