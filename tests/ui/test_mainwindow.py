"""The main window shell, driven from the keyboard as a user would."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot

from tests.helpers.ui import WindowFactory
from ui.mainwindow import MainWindow
from webcare.storage.db import transaction
from webcare.storage.models import Account
from webcare.vocabulary import AccountStatus, Platform

PAGES = ["inbox", "calendar", "residents", "reports", "settings"]
DUTCH = ["Inbox", "Kalender", "Inwoners", "Rapportages", "Instellingen"]
ENGLISH = ["Inbox", "Calendar", "Residents", "Reports", "Settings"]


def rail_texts(window: MainWindow) -> list[str]:
    return [window.rail.item(row).text() for row in range(window.rail.count())]


def test_window_opens_on_the_inbox_in_dutch(make_window: WindowFactory) -> None:
    window = make_window()
    assert window.isVisible()
    assert window.page_ids() == PAGES
    assert rail_texts(window) == DUTCH
    assert window.current_page().page_id == "inbox"
    assert window.windowTitle() == "Webcare — Inbox"


@pytest.mark.parametrize("number", range(1, 6))
def test_ctrl_number_opens_each_page(make_window: WindowFactory, qtbot: QtBot, number: int) -> None:
    window = make_window()
    qtbot.keyClick(window, Qt.Key(Qt.Key.Key_0 + number), Qt.KeyboardModifier.ControlModifier)
    assert window.current_page().page_id == PAGES[number - 1]
    assert window.windowTitle() == f"Webcare — {DUTCH[number - 1]}"
    assert window.rail.hasFocus()


def test_letters_typed_on_the_rail_never_open_another_page(
    make_window: WindowFactory, qtbot: QtBot
) -> None:
    """A word typed while the rail has focus (after Ctrl+1, say) is no page search: "inwoner"
    must not leave the inbox for Inwoners, nor "instellingen" for Settings."""
    window = make_window()
    window.rail.setFocus()
    for word in ("inwoner", "instellingen", "rapport", "kalender"):
        qtbot.keyClicks(window.rail, word)
        assert window.current_page().page_id == "inbox", word


def test_arrow_keys_in_the_rail_walk_through_every_page(
    make_window: WindowFactory, qtbot: QtBot
) -> None:
    window = make_window()
    window.rail.setFocus()
    seen = [window.current_page().page_id]
    for _ in PAGES[1:]:
        qtbot.keyClick(window.rail, Qt.Key.Key_Down)
        seen.append(window.current_page().page_id)
    assert seen == PAGES
    qtbot.keyClick(window.rail, Qt.Key.Key_Home)
    assert window.current_page().page_id == "inbox"


def test_language_switches_to_english_and_back(make_window: WindowFactory, qtbot: QtBot) -> None:
    window = make_window()
    window.show_page("settings")
    combo = window.settings_page._language
    combo.setFocus()
    qtbot.keyClick(combo, Qt.Key.Key_Down)  # Nederlands -> English, as a keyboard user picks it
    qtbot.wait_until(lambda: rail_texts(window) == ENGLISH)
    assert window.windowTitle() == "Webcare — Settings"
    assert window.menuBar().actions()[0].text() == "&File"

    window.set_language("nl")
    qtbot.wait_until(lambda: rail_texts(window) == DUTCH)
    assert window.menuBar().actions()[0].text() == "&Bestand"


def test_lang_option_starts_in_english(make_window: WindowFactory) -> None:
    window = make_window(language="en", language_from_user=True)
    assert rail_texts(window) == ENGLISH


def test_chosen_language_is_remembered_for_the_next_start(make_window: WindowFactory) -> None:
    first = make_window()
    first.set_language("en")
    first.close()
    second = make_window()
    assert rail_texts(second) == ENGLISH


def test_geometry_and_page_are_remembered_between_runs(make_window: WindowFactory) -> None:
    first = make_window()
    first.resize(1111, 777)
    first.show_page("reports")
    first.close()
    second = make_window()
    assert (second.width(), second.height()) == (1111, 777)
    assert second.current_page().page_id == "reports"


def test_status_bar_shows_account_health(make_window: WindowFactory, qtbot: QtBot) -> None:
    window = make_window()
    qtbot.wait_until(lambda: window.health_label.text() == "Accounts: geen gekoppeld")

    with transaction(window.context.database.sessions) as session:
        session.add_all(
            [
                Account(platform=Platform.X, external_id="1", name="a", credential_ref="a"),
                Account(
                    platform=Platform.FACEBOOK,
                    external_id="2",
                    name="b",
                    credential_ref="b",
                    status=AccountStatus.NEEDS_REAUTH,
                ),
            ]
        )
    window.refresh_health()
    qtbot.wait_until(lambda: window.health_label.text() == "Accounts: 1 van 2 heeft aandacht nodig")


def test_no_page_is_a_placeholder_any_more(make_window: WindowFactory) -> None:
    """Inbox, calendar, residents, reports and settings are all built: none says 'not yet'."""
    window = make_window()
    for page_id in ("calendar", "residents", "reports"):
        window.show_page(page_id)
        labels = window.current_page().findChildren(QLabel)
        texts = [label.text() for label in labels]
        assert not any("Nog niet beschikbaar" in text for text in texts), page_id


def test_demo_mode_shows_a_banner(make_window: WindowFactory) -> None:
    window = make_window(demo=True)
    assert window.demo_banner is not None
    assert window.demo_banner.text().startswith("DEMO")


def test_settings_page_shows_the_database_without_password(make_window: WindowFactory) -> None:
    window = make_window()
    texts = [shown.text() for _, shown in window.settings_page._facts]
    assert window.context.settings.display_db_url() in texts
    assert window.context.database.revision in texts
