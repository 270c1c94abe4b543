"""The SLA clock in the inbox list (issue 15, item 3): the office time left to the target or
how far over, the list sorted by it from the keyboard, and the mark on what breaches within
the next half hour."""

from __future__ import annotations

from datetime import date, datetime
from zoneinfo import ZoneInfo

import pytest
from PySide6.QtCore import Qt
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from tests.helpers.ui import Clock, InboxFactory, Residents, new_conversation
from ui.inbox.page import InboxPage
from ui.inbox.roles import Roles
from webcare import users
from webcare.inbox.queries import SortOrder
from webcare.inbox.sla import SlaClock
from webcare.runtime import Database
from webcare.storage.db import transaction
from webcare.team.policy import DEFAULT_WEEK
from webcare.vocabulary import Role

AMS = ZoneInfo("Europe/Amsterdam")


def at(day: int, hour: int, minute: int = 0) -> datetime:
    """A moment in December 2026 (the 4th is a Friday, the 7th a Monday)."""
    return datetime(2026, 12, day, hour, minute, tzinfo=AMS)


@pytest.fixture(autouse=True)
def anna_is_a_supervisor(database: Database, residents: Residents) -> None:
    """Anna may change the team's policy."""
    with transaction(database.sessions) as session:
        users.grant(session, residents.me, [Role.SUPERVISOR])


def clock_at(moment: datetime) -> Clock:
    clock = Clock()
    clock.now = moment
    return clock


def spoken(page: InboxPage, conversation: int) -> str:
    """What a screen reader says of the conversation's row."""
    index = page.model.index(page.model.row_of(conversation))
    return str(index.data(Qt.ItemDataRole.AccessibleTextRole))


def sla_of(page: InboxPage, conversation: int) -> SlaClock:
    clock = page.model.index(page.model.row_of(conversation)).data(Roles.SLA)
    assert isinstance(clock, SlaClock)
    return clock


def listed(page: InboxPage) -> list[int]:
    return [page.model.index(row).data(Roles.ID) for row in range(page.model.rowCount())]


def set_policy(qtbot: QtBot, page: InboxPage, minutes: int, account: int | None = None) -> None:
    team = page.context.desks.team
    with qtbot.waitSignal(page.context.operations.changed, timeout=5000):
        page.context.operations.op(
            lambda: team.set_policy(DEFAULT_WEEK, minutes, account_id=account)
        )


def test_time_left_counts_office_time_across_the_weekend_and_a_closing_day(
    qtbot: QtBot, make_inbox: InboxFactory, database: Database, residents: Residents
) -> None:
    question = new_conversation(database, residents.x, at=at(4, 16, 45))  # Friday 16:45
    clock = clock_at(at(4, 16, 55))
    page = make_inbox(clock=clock)
    qtbot.wait_until(lambda: page.model.row_of(question) >= 0)
    set_policy(qtbot, page, 30)  # half an hour of office time
    qtbot.wait_until(lambda: "20 min left" in spoken(page, question))
    assert "breaches" not in spoken(page, question)  # 20 minutes, but only on Monday

    # The team closes on Monday: the clock stands still until Tuesday.
    team = page.context.desks.team
    with qtbot.waitSignal(page.context.operations.changed, timeout=5000):
        page.context.operations.op(lambda: team.add_closing_day(date(2026, 12, 7), "Teamdag"))
    clock.now = at(7, 11)
    qtbot.wait_until(lambda: sla_of(page, question).due_at == at(8, 8, 45))
    assert "15 min left" in spoken(page, question)

    clock.now = at(8, 8, 30)  # Tuesday, fifteen minutes before it falls due
    assert "15 min left, breaches within half an hour" in spoken(page, question)
    clock.now = at(8, 9, 5)
    assert "20 min over the target" in spoken(page, question)


def test_the_list_sorts_by_least_time_left_from_the_keyboard(
    qtbot: QtBot,
    make_inbox: InboxFactory,
    database: Database,
    residents: Residents,
    qtmodeltester: ModelTester,
) -> None:
    # Facebook answers within the team's four hours; X has its own half hour.
    early_facebook = new_conversation(database, residents.facebook, at=at(8, 9))  # due 13:00
    x_question = new_conversation(database, residents.x, at=at(8, 10, 30))  # due 11:00
    later_facebook = new_conversation(database, residents.facebook, at=at(8, 9, 30))  # 13:30
    page = make_inbox(clock=clock_at(at(8, 10, 45)))
    set_policy(qtbot, page, 30, account=residents.x)
    qtbot.wait_until(lambda: listed(page) == [early_facebook, later_facebook, x_question])
    assert page.list_pane.current_sort() is SortOrder.WAITING

    # Ctrl+K to the search box, Tab to the sort order, End: the last order, least time left.
    qtbot.keyClick(page, Qt.Key.Key_K, Qt.KeyboardModifier.ControlModifier)
    qtbot.wait_until(lambda: page.list_pane.search.hasFocus())
    qtbot.keyClick(page.list_pane.search, Qt.Key.Key_Tab)
    qtbot.wait_until(lambda: page.list_pane.sort.hasFocus())
    qtbot.keyClick(page.list_pane.sort, Qt.Key.Key_End)
    assert page.list_pane.sort.currentText() == "Sort: Least time left"
    qtbot.wait_until(lambda: listed(page) == [x_question, early_facebook, later_facebook])
    assert "15 min left, breaches within half an hour" in spoken(page, x_question)
    assert "2 h 15 min left" in spoken(page, early_facebook)
    qtmodeltester.check(page.model)

    # A new question on X (due 11:05) takes its place by time left as it arrives.
    newest = new_conversation(database, residents.x, at=at(8, 10, 35))
    qtbot.wait_until(
        lambda: listed(page) == [x_question, newest, early_facebook, later_facebook],
        timeout=5000,
    )
    qtmodeltester.check(page.model)
