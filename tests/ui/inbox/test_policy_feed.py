"""Waiting times by the team's service policy in the database, the same on every desktop."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtGui import QAction
from pytestqt.qtbot import QtBot

from tests.helpers import inbox as data
from tests.helpers.ui import Clock, InboxFactory, Residents, open_conversation, row
from ui.inbox.page import InboxPage
from ui.inbox.roles import Roles
from ui.inbox.texts import Texts
from ui.state import UiState
from webcare import users
from webcare.runtime import Database
from webcare.storage.db import transaction
from webcare.team.policy import Span, WaitLevel, week_of
from webcare.vocabulary import ConversationStatus, Role

AMS = ZoneInfo("Europe/Amsterdam")
SPLIT = week_of([(Span.of(time(8, 30), time(12, 30)), Span.of(time(13), time(17)))] * 5)
ALWAYS = week_of([(Span(0, 24 * 60),)] * 7)


@pytest.fixture(autouse=True)
def anna_is_a_supervisor(database: Database, residents: Residents) -> None:
    """Anna may change the team's policy."""
    with transaction(database.sessions) as session:
        users.grant(session, residents.me, [Role.SUPERVISOR])


def christmas_question(database: Database, account: int) -> int:
    """A question from Christmas Eve 16:00 (a Thursday)."""
    with transaction(database.sessions) as session:
        return data.add_conversation(
            session,
            account,
            name="Jan",
            handle="@jan",
            text="Is het milieupark open?",
            at=datetime(2026, 12, 24, 16, tzinfo=AMS),
        )


def monday_after_christmas() -> Clock:
    clock = Clock()
    clock.now = datetime(2026, 12, 28, 9, 0, tzinfo=AMS)
    return clock


def waited(page: InboxPage, conversation: int) -> tuple[WaitLevel, float]:
    index = page.model.index(page.model.row_of(conversation))
    return WaitLevel(index.data(Roles.WAIT_LEVEL)), float(index.data(Roles.WAITED))


def test_two_desktops_show_the_same_waiting_time_after_the_policy_changes_on_one(
    qtbot: QtBot, make_inbox: InboxFactory, database: Database, residents: Residents
) -> None:
    conversation = christmas_question(database, residents.x)
    here = make_inbox(clock=monday_after_christmas())
    there = make_inbox(clock=monday_after_christmas())
    for page in (here, there):
        qtbot.wait_until(lambda p=page: p.model.row_of(conversation) >= 0)
    # 16:00-17:00 on Christmas Eve and 08:30-09:00 on Monday: Christmas is closed.
    assert waited(here, conversation) == waited(there, conversation) == (WaitLevel.OK, 5400.0)

    # On this desktop the team leaves for lunch and shortens its target to an hour.
    team = here.context.desks.team
    here.context.operations.op(lambda: team.set_policy(SPLIT, 60))
    expected = (WaitLevel.OVER, 5400.0)  # the same 90 minutes, now over the target
    qtbot.wait_until(lambda: waited(here, conversation) == expected)
    qtbot.wait_until(lambda: waited(there, conversation) == expected, timeout=5000)

    # The team works on the holidays from now on: Christmas Day and Boxing Day count too.
    here.context.operations.op(lambda: team.set_policy(SPLIT, 60, public_holidays=False))
    expected = (WaitLevel.OVER, (1 + 8 + 0.5) * 3600)  # Christmas Day; Boxing Day is a Saturday
    for page in (here, there):  # either may hear of it first
        qtbot.wait_until(lambda p=page: waited(p, conversation) == expected, timeout=5000)


def test_an_account_with_its_own_policy_measures_its_conversations_by_it(
    qtbot: QtBot, make_inbox: InboxFactory, database: Database, residents: Residents
) -> None:
    on_x = christmas_question(database, residents.x)
    on_facebook = christmas_question(database, residents.facebook)
    page = make_inbox(clock=monday_after_christmas())
    qtbot.wait_until(lambda: page.model.row_of(on_facebook) >= 0)
    team = page.context.desks.team
    page.context.operations.op(
        lambda: team.set_policy(ALWAYS, 60 * 24, public_holidays=False, account_id=residents.x)
    )
    # Around the clock on X: from Thursday 16:00 to Monday 09:00 is 89 hours, over a day.
    qtbot.wait_until(lambda: waited(page, on_x) == (WaitLevel.OVER, 89 * 3600.0))
    assert waited(page, on_facebook) == (WaitLevel.OK, 5400.0)  # still the team's


def test_a_closing_day_the_team_adds_stops_the_clock_on_every_desktop(
    qtbot: QtBot, make_inbox: InboxFactory, database: Database, residents: Residents
) -> None:
    conversation = christmas_question(database, residents.x)
    page = make_inbox(clock=monday_after_christmas())
    qtbot.wait_until(lambda: page.model.row_of(conversation) >= 0)
    other = page.context.desks.team  # a change made by the CLI or another process
    other.add_closing_day(date(2026, 12, 28), "Collectieve sluiting")
    other.add_closing_day(date(2026, 12, 24), "Kerstavond")
    qtbot.wait_until(lambda: waited(page, conversation) == (WaitLevel.OK, 0.0), timeout=5000)


def test_the_ini_file_loses_the_old_office_hours_and_keeps_the_agents_choices(
    tmp_path: Path,
) -> None:
    old = QSettings(str(tmp_path / "ui-state.ini"), QSettings.Format.IniFormat)
    old.setValue("state_version", 1)
    for key, value in {
        "inbox/notify": "false",
        "inbox/followed": "mine",
        "inbox/days": "0,1,2",
        "inbox/start": "09:00",
        "inbox/end": "16:00",
        "inbox/target_minutes": 60,
        "inbox/holidays": "false",
        "inbox/closed": "2026-12-31",
    }.items():
        old.setValue(key, value)
    old.sync()
    del old
    state = UiState(tmp_path)
    state.sync()
    kept = QSettings(str(tmp_path / "ui-state.ini"), QSettings.Format.IniFormat)
    assert sorted(kept.allKeys()) == ["inbox/followed", "inbox/notify", "state_version"]
    assert int(kept.value("state_version")) == 2
    preferences = state.inbox_preferences
    assert not preferences.notify and {q.value for q in preferences.followed} == {"mine"}


def test_the_snooze_menu_follows_the_teams_closing_days_from_the_database(
    qtbot: QtBot, make_inbox: InboxFactory, database: Database, residents: Residents
) -> None:
    conversation = christmas_question(database, residents.x)
    clock = Clock()
    clock.now = datetime(2030, 6, 14, 10, tzinfo=AMS)  # a Friday (ahead: a snooze is ahead)
    page = make_inbox(clock=clock)
    open_conversation(qtbot, page, conversation)
    menu = page.header.status_button.menu()

    def next_morning() -> QAction:
        menu.aboutToShow.emit()  # what opening the menu does, without its event loop
        (found,) = (a for a in menu.actions() if a.text().startswith("Snooze until the next"))
        return found

    monday = datetime(2030, 6, 17, 8, 30, tzinfo=AMS)
    assert next_morning().text().endswith(f"({Texts().moment(monday)})")
    # Another desktop (or the command line) closes the team on that Monday: this desktop only
    # hears of it through its change check, which moved with no conversation changed.
    page.context.desks.team.add_closing_day(monday.date(), "Teamdag")
    tuesday = monday + timedelta(days=1)
    qtbot.wait_until(
        lambda: next_morning().text().endswith(f"({Texts().moment(tuesday)})"), timeout=5000
    )
    next_morning().trigger()
    qtbot.wait_until(lambda: row(database, conversation).status is ConversationStatus.SNOOZED)
    assert row(database, conversation).snoozed_until == tuesday
