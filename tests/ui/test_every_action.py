"""Every action of the main window, on every page, runs without an exception in its slot.

pytest-qt fails a test on any exception raised in a slot while it runs (its exception capture),
so triggering each `QAction` and each menu item is enough to find a `TypeError` before a user
clicks it. Menus filled when they open (the conversation's status, tags, assign and priority
menus) are opened first, as a user opens them.
"""

from __future__ import annotations

import shiboken6
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QApplication, QDialog, QMenu, QMessageBox, QToolButton, QWidget
from pytestqt.qtbot import QtBot

from tests.helpers import inbox as data
from tests.helpers.ui import LOAD_TIMEOUT_MS, WindowFactory
from webcare.storage.db import transaction
from webcare.vocabulary import Platform


def _menus_of(page: QWidget) -> list[QMenu]:
    """The drop-down menus of a page's buttons."""
    return [
        button.menu()
        for button in page.findChildren(QToolButton)
        if button.menu() is not None and button.isVisibleTo(page)
    ]


def _close_dialogs() -> None:
    for widget in QApplication.topLevelWidgets():
        if isinstance(widget, QDialog | QMessageBox) and widget.isVisible():
            widget.reject()


def _trigger_all(
    qtbot: QtBot, actions: list[QAction], done: list[str], quit_action: QAction
) -> None:
    for action in actions:
        if not shiboken6.isValid(action):
            continue  # an earlier action rebuilt its menu
        if action.isSeparator() or action.menu() is not None:
            continue
        if action is quit_action:
            continue  # last of all: it closes the window
        action.setEnabled(True)  # what a role cannot do must still not raise
        action.trigger()
        done.append(action.text())
        qtbot.wait(20)  # let queued slots run inside the test
        _close_dialogs()


def test_every_menu_item_of_every_page_runs_without_an_exception(
    make_window: WindowFactory, qtbot: QtBot
) -> None:
    window = make_window()
    database = window.context.database
    with transaction(database.sessions) as session:
        account = data.add_account(session, Platform.X, "Gemeente", "@gemeente")
        data.add_conversation(session, account, name="Jan", handle="@jan", text="Vol!")
    inbox = window.inbox
    # the first page may have loaded before the conversation was added: open it as a user would
    qtbot.wait_until(lambda: inbox.model.rowCount() == 1, timeout=LOAD_TIMEOUT_MS)
    inbox.list_pane.view.setCurrentIndex(inbox.model.index(0))
    qtbot.wait_until(lambda: inbox.controller.detail is not None, timeout=LOAD_TIMEOUT_MS)
    qtbot.wait_until(lambda: inbox.controller.choices is not None)

    quit_action = window._quit_action
    triggered: list[str] = []
    for page_id in window.page_ids():
        window.show_page(page_id)
        page = window.current_page()
        for menu in _menus_of(page):
            menu.aboutToShow.emit()  # the menus fill themselves as they open
            _trigger_all(qtbot, menu.actions(), triggered, quit_action)
        _trigger_all(qtbot, page.findChildren(QAction), triggered, quit_action)
        for menu in window.menuBar().findChildren(QMenu):
            menu.aboutToShow.emit()
            _trigger_all(qtbot, menu.actions(), triggered, quit_action)

    for text in ("Nieuw label…", "Snoozen tot…", "&Over Webcare"):
        assert any(text in done for done in triggered), text
    quit_action.trigger()
    qtbot.wait_until(lambda: not window.isVisible())
