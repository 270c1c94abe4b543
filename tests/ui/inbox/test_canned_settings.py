"""The team keeps its canned replies on the Settings page, from the keyboard."""

from __future__ import annotations

import shiboken6
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox
from pytestqt.qtbot import QtBot

from tests.helpers.ui import InboxFactory, Residents
from ui.inbox.canned_settings import CannedDialog
from ui.inbox.page import InboxPage
from webcare.inbox import canned
from webcare.runtime import Database


def stored(database: Database) -> list[tuple[str, str, str]]:
    with database.sessions() as session:
        return [(r.shortcut, r.title, r.body) for r in canned.list_canned(session)]


def open_dialog(qtbot: QtBot, page: InboxPage, button_name: str) -> CannedDialog:
    section = page.canned_section()
    getattr(section, button_name).click()
    dialog = section.dialog
    assert dialog is not None
    qtbot.wait_until(dialog.isVisible)
    dialog.activateWindow()
    qtbot.wait_until(dialog.isActiveWindow)
    return dialog


def closed(dialog: CannedDialog) -> bool:
    return not shiboken6.isValid(dialog) or not dialog.isVisible()


def save(dialog: CannedDialog) -> None:
    dialog.buttons.button(QDialogButtonBox.StandardButton.Save).click()


def test_a_new_canned_reply_is_stored_and_offered_in_the_composer(
    qtbot: QtBot, make_inbox: InboxFactory, database: Database, residents: Residents
) -> None:
    page = make_inbox()
    page.canned_section().show()
    before = len(stored(database))
    dialog = open_dialog(qtbot, page, "add_button")
    qtbot.keyClicks(dialog.shortcut, "/Paspoort")
    qtbot.keyClicks(dialog.title_edit, "Paspoort ophalen")
    qtbot.keyClicks(dialog.body, "Hallo {{naam}}, uw paspoort ligt klaar.")
    save(dialog)
    qtbot.wait_until(lambda: closed(dialog))
    assert ("paspoort", "Paspoort ophalen", "Hallo {{naam}}, uw paspoort ligt klaar.") in stored(
        database
    )
    assert len(stored(database)) == before + 1
    model = page.controller.canned
    qtbot.wait_until(
        lambda: (
            "/paspoort — Paspoort ophalen"
            in [model.index(row).data() for row in range(model.rowCount())]
        )
    )


def test_a_taken_shortcut_keeps_the_dialog_open_with_the_reason(
    qtbot: QtBot, make_inbox: InboxFactory, database: Database, residents: Residents
) -> None:
    page = make_inbox()
    page.canned_section().show()
    before = stored(database)
    taken = before[0][0]
    dialog = open_dialog(qtbot, page, "add_button")
    qtbot.keyClicks(dialog.shortcut, taken)
    qtbot.keyClicks(dialog.title_edit, "Dubbel")
    qtbot.keyClicks(dialog.body, "Tekst")
    save(dialog)
    qtbot.wait_until(dialog.problem.isVisible)
    assert dialog.problem.text() == "Another canned reply already has this shortcut."
    assert dialog.isVisible()  # what was typed is still there to correct
    assert dialog.title_edit.text() == "Dubbel"
    assert stored(database) == before


def test_enter_on_a_reply_edits_it_and_delete_asks_first(
    qtbot: QtBot, make_inbox: InboxFactory, database: Database, residents: Residents
) -> None:
    page = make_inbox()
    section = page.canned_section()
    section.show()
    qtbot.wait_until(lambda: section.view.model().rowCount() == len(stored(database)))
    first = stored(database)[0]
    section.view.setFocus()
    section.view.setCurrentIndex(section.view.model().index(0, 0))
    qtbot.keyClick(section.view, Qt.Key.Key_Return)
    dialog = section.dialog
    assert dialog is not None
    qtbot.wait_until(dialog.isVisible)
    assert dialog.shortcut.text() == first[0]
    dialog.title_edit.setText("Nieuwe titel")
    save(dialog)
    qtbot.wait_until(lambda: stored(database)[0] == (first[0], "Nieuwe titel", first[2]))

    count = len(stored(database))
    page.prompts.answer = False  # type: ignore[attr-defined]
    section.view.setCurrentIndex(section.view.model().index(0, 0))
    section.delete_button.click()
    assert page.prompts.asked[-1].startswith("Delete canned reply: ")  # type: ignore[attr-defined]
    assert len(stored(database)) == count
    page.prompts.answer = True  # type: ignore[attr-defined]
    section.delete_button.click()
    qtbot.wait_until(lambda: len(stored(database)) == count - 1)
    assert first[0] not in [shortcut for shortcut, _, _ in stored(database)]


def test_the_dialog_shows_the_placeholders_as_typed_and_ctrl_enter_saves(
    qtbot: QtBot, make_inbox: InboxFactory, database: Database, residents: Residents
) -> None:
    page = make_inbox()
    page.canned_section().show()
    dialog = open_dialog(qtbot, page, "add_button")
    assert "{{naam}}" in dialog.hint.text() and "{{datum}}" in dialog.hint.text()
    qtbot.keyClicks(dialog.shortcut, "regels")
    qtbot.keyClicks(dialog.title_edit, "Twee regels")
    qtbot.keyClicks(dialog.body, "Eerste regel")
    qtbot.keyClick(dialog.body, Qt.Key.Key_Return)  # a new line, not saving yet
    qtbot.keyClicks(dialog.body, "Tweede regel")
    assert dialog.isVisible()
    qtbot.keyClick(dialog.body, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    qtbot.wait_until(lambda: closed(dialog))
    assert ("regels", "Twee regels", "Eerste regel\nTweede regel") in stored(database)
