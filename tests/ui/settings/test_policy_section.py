"""The service policy on the Settings page: typed as people write hours, saved for the team."""

from __future__ import annotations

from datetime import date, time

import shiboken6
from PySide6.QtCore import QDate, Qt
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from ui.operations import Operations
from ui.settings.closing_days import ClosingDayDialog
from ui.settings.policy import PolicySection
from ui.settings.team_models import ClosedKind
from webcare.desks import open_desks
from webcare.runtime import Database
from webcare.team.policy import PolicyBook, Span
from webcare.vocabulary import Role

TODAY = date(2026, 11, 30)  # a Monday


def section_for(
    qtbot: QtBot, operations: Operations, database: Database, username: str
) -> PolicySection:
    section = PolicySection(
        operations, open_desks(database.sessions, username).team, today=lambda: TODAY
    )
    qtbot.add_widget(section)
    section.resize(900, 1000)
    with qtbot.wait_exposed(section):
        section.show()
    qtbot.wait_until(lambda: section.book is not None)
    return section


def stored(database: Database) -> PolicyBook:
    return open_desks(database.sessions, "anna").team.policy()


def test_a_supervisor_types_split_hours_a_late_thursday_and_a_target_and_saves(
    qtbot: QtBot, operations: Operations, database: Database
) -> None:
    section = section_for(qtbot, operations, database, "anna")  # the first user: every role
    assert section.days[0].text() == "08:30-17:00" and section.days[5].text() == ""
    assert not section.save_button.isEnabled()  # nothing to save yet
    monday = section.days[0]
    monday.setFocus()
    monday.selectAll()
    qtbot.keyClicks(monday, "08:30-12:30, 13:00-17:00")
    thursday = section.days[3]
    thursday.setFocus()
    thursday.selectAll()
    qtbot.keyClicks(thursday, "8.30-12.30; 13-20")
    section.target.setFocus()
    section.target.selectAll()
    qtbot.keyClicks(section.target, "60")
    assert section.target_hint.text() == "= 1 h of office time"
    assert section.save_button.isEnabled()
    qtbot.keyClick(section.target, Qt.Key.Key_Return)  # Enter in a field saves
    qtbot.wait_until(lambda: stored(database).team.target_minutes == 60)
    week = stored(database).team.week
    assert week[0] == (Span.of(time(8, 30), time(12, 30)), Span.of(time(13), time(17)))
    assert week[3] == (Span.of(time(8, 30), time(12, 30)), Span.of(time(13), time(20)))
    assert week[1] == (Span.of(time(8, 30), time(17)),)
    # as saved, written neatly
    qtbot.wait_until(lambda: section.days[3].text() == "08:30-12:30, 13:00-20:00")
    assert not section.save_button.isEnabled()


def test_a_wrong_range_is_explained_and_nothing_is_saved(
    qtbot: QtBot, operations: Operations, database: Database
) -> None:
    section = section_for(qtbot, operations, database, "anna")
    before = stored(database)
    friday = section.days[4]
    friday.setFocus()
    friday.selectAll()
    qtbot.keyClicks(friday, "09:00-12:00, middag")
    qtbot.keyClick(friday, Qt.Key.Key_Return)
    assert section.problem.isVisible()
    assert section.problem.text().startswith("Friday: middag is not an opening range.")
    assert friday.hasFocus()
    section.revert_button.setFocus()
    qtbot.keyClick(section.revert_button, Qt.Key.Key_Space)
    assert friday.text() == "08:30-17:00" and not section.problem.isVisible()
    assert stored(database) == before


def test_an_account_gets_its_own_hours_and_can_follow_the_team_again(
    qtbot: QtBot, operations: Operations, database: Database, account: int
) -> None:
    section = section_for(qtbot, operations, database, "anna")
    assert not section.own.isVisible()
    section.scope.setFocus()
    qtbot.keyClick(section.scope, Qt.Key.Key_Down)  # the Facebook account
    assert section.account_id() == account and section.own.isVisible()
    assert section.days[0].isReadOnly()  # the team's hours, until the account has its own
    section.own.click()
    assert not section.days[6].isReadOnly()
    section.days[6].setText("10:00-16:00")
    section.days[6].textEdited.emit("10:00-16:00")
    section.save_button.click()
    qtbot.wait_until(lambda: account in stored(database).accounts)
    assert stored(database).accounts[account].week[6] == (Span(600, 960),)
    qtbot.wait_until(lambda: "own policy" in section.scope.currentText())
    section.own.click()
    section.save_button.click()
    qtbot.wait_until(lambda: account not in stored(database).accounts)


def test_closing_days_are_added_and_removed_and_holidays_are_listed(
    qtbot: QtBot, operations: Operations, database: Database, qtmodeltester: ModelTester
) -> None:
    section = section_for(qtbot, operations, database, "anna")
    closing = section.closing
    qtmodeltester.check(closing.model)
    days = [
        (d.day, d.name, d.kind)
        for d in (
            closing.model.index(r, 0).data(Qt.ItemDataRole.UserRole + 1)
            for r in range(closing.model.rowCount())
        )
    ]
    assert (date(2026, 12, 25), "Eerste kerstdag", ClosedKind.HOLIDAY) in days
    assert (date(2027, 4, 27), "Koningsdag", ClosedKind.HOLIDAY) in days
    assert (date(2027, 5, 5), "Bevrijdingsdag", ClosedKind.HOLIDAY) in days
    assert all(d >= TODAY for d, _, _ in days)  # the coming ones
    assert date(2026, 12, 26) not in {d for d, _, _ in days}  # Boxing Day 2026: a Saturday
    assert date(2027, 3, 26) not in {d for d, _, _ in days}  # Good Friday: open

    closing.add_button.click()
    qtbot.wait_until(lambda: closing.dialog is not None and closing.dialog.isVisible())
    dialog = closing.dialog
    assert isinstance(dialog, ClosingDayDialog)
    dialog.day.setDate(QDate(2026, 12, 31))
    qtbot.keyClicks(dialog.name, "Oudjaarsdag")
    qtbot.keyClick(dialog.name, Qt.Key.Key_Return)
    qtbot.wait_until(lambda: not shiboken6.isValid(dialog) or not dialog.isVisible())
    assert stored(database).team.closing_days == {date(2026, 12, 31): "Oudjaarsdag"}
    qtbot.wait_until(lambda: closing.model.row_of(date(2026, 12, 31)) >= 0)

    section.activateWindow()  # as the window manager does when a dialog closes
    qtbot.wait_until(section.isActiveWindow)
    closing.view.setFocus()
    closing.view.selectRow(closing.model.row_of(date(2026, 12, 25)))
    assert not closing.remove_button.isEnabled()  # a holiday stays
    closing.view.selectRow(closing.model.row_of(date(2026, 12, 31)))
    qtbot.keyClick(closing.view, Qt.Key.Key_Delete)
    qtbot.wait_until(lambda: stored(database).team.closing_days == {})
    qtbot.wait_until(lambda: closing.model.row_of(date(2026, 12, 31)) < 0)


def test_an_agent_reads_the_policy_but_cannot_change_it(
    qtbot: QtBot, operations: Operations, database: Database
) -> None:
    open_desks(database.sessions, "anna").team.add_user("bart", roles=[Role.AGENT])
    section = section_for(qtbot, operations, database, "bart")
    assert section.days[0].text() == "08:30-17:00"
    assert all(edit.isReadOnly() for edit in section.days) and section.target.isReadOnly()
    assert not section.holidays.isEnabled()
    assert not section.save_button.isVisible() and not section.closing.add_button.isVisible()
    assert section.intro.text().endswith("Only a supervisor or an administrator changes it.")
