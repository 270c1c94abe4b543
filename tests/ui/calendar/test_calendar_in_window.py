"""The calendar inside the real main window: Alt+arrow moves the selected post and Ctrl+Z moves
it back, as on the page alone (tests/ui/calendar/test_calendar_page.py)."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from tests.helpers.ui import WindowFactory
from webcare.accounts.credentials import CredentialStore
from webcare.accounts.service import add_account
from webcare.calendar.records import PostDraft, VariantDraft
from webcare.config import Settings
from webcare.runtime import Database
from webcare.vocabulary import Platform

DAY = date.today() + timedelta(days=3)


def test_alt_right_then_ctrl_z_in_the_main_window(
    make_window: WindowFactory, qtbot: QtBot, database: Database, settings: Settings
) -> None:
    store = CredentialStore(settings.data_dir, use_keyring=False)
    add_account(
        database.sessions,
        store,
        platform=Platform.X,
        name="Gemeente",
        handle="gemeente",
        external_id="4242",
        credential="tok",
        api_base="http://127.0.0.1:9",
    )
    window = make_window()
    page = window.calendar
    accounts = page.desk.accounts()
    assert accounts, "the window's database has an account to plan on"
    wall = datetime.combine(DAY, time(10))
    post = page.desk.save_post(
        PostDraft("Verhuisd", wall, (VariantDraft(accounts[0].id, "Verhuisd"),))
    )
    later = wall + timedelta(days=1, hours=-1)  # a post already on the day it moves to
    page.desk.save_post(PostDraft("Al daar", later, (VariantDraft(accounts[0].id, "Al daar"),)))
    window.show_page("calendar")
    page.refresh()
    qtbot.wait_until(lambda: len(page.model.rows_on(DAY)) == 1)
    page.grid.select(DAY, page.model.rows_on(DAY)[0])
    page.grid.setFocus()
    qtbot.keyClick(page.grid, Qt.Key.Key_Right, Qt.KeyboardModifier.AltModifier)
    qtbot.wait_until(lambda: page.desk.post(post.value.id).wall == wall + timedelta(days=1))
    qtbot.wait_until(page.undo_stack.canUndo)
    # the moved post stays selected, so that a second Alt+arrow moves it again, not a neighbour
    qtbot.wait_until(lambda: len(page.model.rows_on(DAY + timedelta(days=1))) == 2)
    selected = page.model.post(page.grid.current_row)
    assert selected is not None and selected.id == post.value.id
    qtbot.keyClick(page.grid, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    qtbot.wait_until(lambda: page.desk.post(post.value.id).wall == wall)
