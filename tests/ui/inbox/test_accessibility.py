"""Every control of the inbox can be reached and named by assistive technology."""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QAbstractButton, QApplication, QWidget
from pytestqt.qtbot import QtBot

from tests.helpers import inbox as data
from tests.helpers.ui import InboxFactory, Residents
from webcare.runtime import Database
from webcare.storage.db import transaction


def test_every_focusable_control_has_an_accessible_name(
    qtbot: QtBot, make_inbox: InboxFactory, database: Database, residents: Residents
) -> None:
    with transaction(database.sessions) as session:
        data.add_conversation(session, residents.x, name="Jan", handle="@jan", text="Hoi")
    page = make_inbox()
    qtbot.wait_until(lambda: page.controller.detail is not None)
    unnamed = []
    for widget in page.findChildren(QWidget):
        if not widget.isVisibleTo(page) or not widget.focusPolicy() & Qt.FocusPolicy.TabFocus:
            continue
        name = widget.accessibleName()
        if not name and isinstance(widget, QAbstractButton):
            name = widget.text().replace("&", "")
        if not name.strip():
            unnamed.append(f"{type(widget).__name__} {widget.objectName()}")
    assert unnamed == []


def test_dutch_is_the_default_language_of_the_inbox(
    qtbot: QtBot, make_inbox: InboxFactory, residents: Residents
) -> None:
    page = make_inbox(language="nl")
    queues = page.controller.queues
    assert [queues.index(row).data() for row in range(queues.rowCount())] == [
        "Mijn",
        "Niet toegewezen",
        "Alle open",
        "In afwachting",
        "Gesnoozed",
        "Gesloten",
    ]
    assert page.composer.send_button.text() == "Antwoord versturen (Ctrl+Enter)"
    assert page.title() == "Inbox"


def test_switching_language_translates_the_open_inbox(
    qtbot: QtBot, make_inbox: InboxFactory, database: Database, residents: Residents
) -> None:
    with transaction(database.sessions) as session:
        data.add_conversation(session, residents.x, name="Jan", handle="@jan", text="Hoi")
    page = make_inbox(language="en")
    qtbot.wait_until(lambda: "Resident" in page.thread_view.toPlainText())
    page.context.translations.set_language("nl")
    qtbot.wait_until(lambda: page.controller.queues.index(0).data() == "Mijn")
    qtbot.wait_until(lambda: "Inwoner" in page.thread_view.toPlainText())
    assert page.header.claim_button.text() == "&Oppakken (A)"
    assert page.list_pane.search.placeholderText().startswith("Zoek in berichten")


def test_tab_walks_the_conversation_pane_in_the_order_it_is_shown(
    qtbot: QtBot, make_inbox: InboxFactory, database: Database, residents: Residents
) -> None:
    with transaction(database.sessions) as session:
        data.add_conversation(session, residents.x, name="Jan", handle="@jan", text="Hoi")
    page = make_inbox()
    qtbot.wait_until(lambda: page.controller.detail is not None)
    page.window().activateWindow()
    qtbot.wait_until(lambda: page.window().isActiveWindow())
    page.focus_list()
    visited = []
    for _ in range(9):
        focused = QApplication.focusWidget()
        assert focused is not None
        qtbot.keyClick(focused, Qt.Key.Key_Tab)
        visited.append(QApplication.focusWidget().accessibleName())  # type: ignore[union-attr]
    assert visited == [
        "Assign this conversation to me",
        "Assign to a colleague or unassign",
        "Close or reopen the conversation",
        "Set pending, snooze or reopen",
        "Set the priority",
        "Add or remove tags",
        "Conversation thread",
        "Write a reply to the resident",
        "Reply text",
    ]


def test_in_a_narrow_window_every_action_stays_on_screen(
    qtbot: QtBot, make_inbox: InboxFactory, database: Database, residents: Residents
) -> None:
    with transaction(database.sessions) as session:
        data.add_conversation(session, residents.x, name="Jan", handle="@jan", text="Hoi")
    page = make_inbox(language="nl")  # the longer labels
    qtbot.wait_until(lambda: page.controller.detail is not None)
    page.resize(840, 640)
    page.splitter.setSizes([170, 300, 370])
    qtbot.wait_until(lambda: page.header.isVisible())
    header = page.header
    buttons = [
        header.claim_button,
        header.assign_button,
        header.close_button,
        header.status_button,
        header.priority_button,
        header.tags_button,
        page.composer.send_button,
    ]
    for button in buttons:
        right = button.mapTo(page, QPoint(button.width(), button.height()))
        assert right.x() <= page.width() and right.y() <= page.height(), button.text()
    # the buttons went on to a second row rather than off the pane
    assert header.priority_button.y() > header.claim_button.y()
