"""Desktop notifications for followed queues within office hours; a tray where there is one."""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

from pytestqt.qtbot import QtBot

from tests.helpers import inbox as data
from tests.helpers.ui import Clock, InboxFactory, Residents
from ui.inbox.notify import TrayIcon
from webcare import users
from webcare.desks import open_desks
from webcare.inbox.notifications import InboxPreferences
from webcare.inbox.queries import Queue
from webcare.runtime import Database
from webcare.storage.db import transaction
from webcare.team.policy import Span, week_of
from webcare.vocabulary import Role

AMS = ZoneInfo("Europe/Amsterdam")


def clock_at(day: int, hour: int) -> Clock:
    clock = Clock()
    clock.now = datetime(2026, 11, day, hour, 0, tzinfo=AMS)
    return clock


def add(database: Database, account: int, name: str) -> int:
    with transaction(database.sessions) as session:
        return data.add_conversation(
            session, account, name=name, handle="@x", text="Wanneer komt de vuilniswagen?"
        )


def test_a_new_unassigned_message_in_office_hours_is_notified(
    qtbot: QtBot, make_inbox: InboxFactory, database: Database, residents: Residents
) -> None:
    page = make_inbox(clock=clock_at(24, 10))  # a Tuesday morning
    with qtbot.wait_signal(page.notice, timeout=3000) as notice:
        add(database, residents.x, "Jan <b>Smit</b>")
    assert notice.args == [
        "New message from Jan \u2039b\u203aSmit\u2039/b\u203a",
        "Wanneer komt de vuilniswagen?",
    ]


def test_no_notifications_outside_office_hours_or_for_unfollowed_queues(
    qtbot: QtBot, make_inbox: InboxFactory, database: Database, residents: Residents
) -> None:
    page = make_inbox(clock=clock_at(29, 10))  # a Sunday
    with qtbot.assert_not_emitted(page.notice, wait=1500):
        add(database, residents.x, "Zondag")
        qtbot.wait_until(lambda: page.controller.queues.count(Queue.UNASSIGNED) == 1)
    page.notifier.clock = clock_at(24, 10)
    page.set_preferences(InboxPreferences(followed=frozenset({Queue.MINE})))
    with qtbot.assert_not_emitted(page.notice, wait=1500):
        add(database, residents.x, "Niet gevolgd")
        qtbot.wait_until(lambda: page.controller.queues.count(Queue.UNASSIGNED) == 2)


def test_a_mention_in_a_note_is_notified(
    qtbot: QtBot, make_inbox: InboxFactory, database: Database, residents: Residents
) -> None:
    conversation = add(database, residents.x, "Piet")
    page = make_inbox(clock=clock_at(24, 11))
    titles: list[str] = []
    page.notice.connect(lambda title, _body: titles.append(title))
    data.desk(database, residents.bart).add_note(conversation, "@anna wil jij kijken?")
    qtbot.wait_until(lambda: "Bart Kuiper mentioned you" in titles, timeout=3000)


def test_the_unassigned_count_reaches_the_tray_signal(
    qtbot: QtBot, make_inbox: InboxFactory, database: Database, residents: Residents
) -> None:
    add(database, residents.x, "Een")
    page = make_inbox()
    counts: list[int] = []
    page.unassigned_changed.connect(counts.append)
    add(database, residents.x, "Twee")
    qtbot.wait_until(lambda: bool(counts) and counts[-1] == 2, timeout=3000)


def test_without_a_system_tray_the_icon_degrades_quietly(qtbot: QtBot) -> None:
    tray = TrayIcon()
    assert not tray.available  # the offscreen platform has no tray
    tray.set_unassigned(3)
    tray.show_message("titel", "tekst")


def test_an_account_open_round_the_clock_notifies_on_sunday_by_its_own_policy(
    qtbot: QtBot, make_inbox: InboxFactory, database: Database, residents: Residents
) -> None:
    boss = open_desks(database.sessions, "boss")  # after anna and bart: grant the role
    with transaction(database.sessions) as session:
        users.grant(session, boss.me.id, [Role.SUPERVISOR])
    always = week_of([(Span(0, 24 * 60),)] * 7)
    boss.team.set_policy(always, 60, public_holidays=False, account_id=residents.facebook)
    page = make_inbox(clock=clock_at(29, 10))  # a Sunday
    qtbot.wait_until(lambda: page.notifier.policy.for_account(residents.facebook).week == always)
    with qtbot.wait_signal(page.notice, timeout=3000) as notice:
        add(database, residents.facebook, "Zondagsdienst")
    assert notice.args[0] == "New message from Zondagsdienst"
    with qtbot.assert_not_emitted(page.notice, wait=1500):
        add(database, residents.x, "Niet op zondag")  # the team's own hours: closed
        qtbot.wait_until(lambda: page.controller.queues.count(Queue.UNASSIGNED) == 2)
