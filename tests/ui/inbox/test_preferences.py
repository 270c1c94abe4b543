"""The inbox's settings: office hours, closing days and the target change what the list shows."""

from __future__ import annotations

from datetime import date, datetime
from zoneinfo import ZoneInfo

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from tests.helpers import inbox as data
from tests.helpers.ui import Clock, InboxFactory, Residents
from ui.inbox.page import InboxPage
from ui.inbox.roles import Roles
from webcare.inbox.hours import WaitLevel
from webcare.runtime import Database
from webcare.storage.db import transaction

AMS = ZoneInfo("Europe/Amsterdam")


def waiting_over_christmas(qtbot: QtBot, make_inbox: InboxFactory, database: Database, x: int):  # type: ignore[no-untyped-def]
    """A question from Christmas Eve 16:00, looked at on Monday 28 December at 09:00."""
    with transaction(database.sessions) as session:
        conversation = data.add_conversation(
            session,
            x,
            name="Jan",
            handle="@jan",
            text="Is het milieupark open?",
            at=datetime(2026, 12, 24, 16, tzinfo=AMS),
        )
    clock = Clock()
    clock.now = datetime(2026, 12, 28, 9, tzinfo=AMS)
    page = make_inbox(clock=clock)
    qtbot.wait_until(lambda: page.model.row_of(conversation) >= 0)
    return page, conversation


def level(page: InboxPage, conversation: int) -> WaitLevel:
    return WaitLevel(page.model.index(page.model.row_of(conversation)).data(Roles.WAIT_LEVEL))


def test_christmas_does_not_count_as_waiting_unless_the_team_works_on_holidays(
    qtbot: QtBot, make_inbox: InboxFactory, database: Database, residents: Residents
) -> None:
    page, conversation = waiting_over_christmas(qtbot, make_inbox, database, residents.x)
    settings = page.settings_section()
    assert settings.holidays.isChecked()
    assert level(page, conversation) is WaitLevel.OK  # 1.5 office hours of the 4
    assert page.model.index(page.model.row_of(conversation)).data(Roles.WAITED) == 1.5 * 3600

    settings.holidays.click()  # this team works on holidays
    assert level(page, conversation) is WaitLevel.OVER  # 10 office hours
    assert page.context.state.inbox_preferences.holidays is False


def test_extra_closing_days_are_typed_as_dates_and_a_wrong_one_is_explained(
    qtbot: QtBot, make_inbox: InboxFactory, database: Database, residents: Residents
) -> None:
    page, conversation = waiting_over_christmas(qtbot, make_inbox, database, residents.x)
    settings = page.settings_section()
    settings.show()
    settings.closed.setFocus()
    qtbot.keyClicks(settings.closed, "24-12-2026 2026-12-28")
    qtbot.keyClick(settings.closed, Qt.Key.Key_Return)
    assert page.context.state.inbox_preferences.closed == {date(2026, 12, 24), date(2026, 12, 28)}
    assert page.model.index(page.model.row_of(conversation)).data(Roles.WAITED) == 0
    assert settings.closed.text() == "24-12-2026 2026-12-28"

    settings.closed.clear()
    qtbot.keyClicks(settings.closed, "24-12-2026, morgen")
    qtbot.keyClick(settings.closed, Qt.Key.Key_Return)
    assert settings.closed_problem.isVisible()
    assert settings.closed_problem.text() == "Not a date: morgen. Write dates as 24-12-2026."
    # nothing changes until the field is right
    assert page.context.state.inbox_preferences.closed == {date(2026, 12, 24), date(2026, 12, 28)}


def test_a_shorter_target_turns_the_waiting_time_red(
    qtbot: QtBot, make_inbox: InboxFactory, database: Database, residents: Residents
) -> None:
    page, conversation = waiting_over_christmas(qtbot, make_inbox, database, residents.x)
    settings = page.settings_section()
    settings.target.setValue(60)
    assert level(page, conversation) is WaitLevel.OVER
    assert page.context.state.inbox_preferences.target_minutes == 60
