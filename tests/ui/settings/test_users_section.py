"""Users and roles on the Settings page: an administrator manages them from the keyboard."""

from __future__ import annotations

import shiboken6
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from ui.operations import Operations
from ui.settings.users import UserDialog, UsersSection
from webcare.desks import open_desks
from webcare.runtime import Database
from webcare.vocabulary import Role


def section_for(
    qtbot: QtBot, operations: Operations, database: Database, username: str
) -> UsersSection:
    section = UsersSection(operations, open_desks(database.sessions, username).team)
    qtbot.add_widget(section)
    section.resize(900, 500)
    with qtbot.wait_exposed(section):
        section.show()
    qtbot.wait_until(lambda: section.me is not None and section.model.rowCount() > 0)
    return section


def opened(qtbot: QtBot, section: UsersSection) -> UserDialog:
    qtbot.wait_until(lambda: section.dialog is not None and section.dialog.isVisible())
    dialog = section.dialog
    assert dialog is not None
    dialog.activateWindow()
    qtbot.wait_until(dialog.isActiveWindow)
    return dialog


def closed(dialog: UserDialog) -> bool:
    return not shiboken6.isValid(dialog) or not dialog.isVisible()


def roles_of(section: UsersSection, username: str) -> frozenset[Role]:
    return next(u.roles for u in section.model.users() if u.username == username)


def test_an_administrator_adds_a_user_and_gives_roles_from_the_keyboard(
    qtbot: QtBot, operations: Operations, database: Database, qtmodeltester: ModelTester
) -> None:
    section = section_for(qtbot, operations, database, "anna")  # the first user: every role
    qtmodeltester.check(section.model)
    assert section.add_button.isVisible()
    section.view.setFocus()
    qtbot.keyClick(section.view, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    dialog = opened(qtbot, section)
    assert dialog.roles[Role.AGENT].isChecked()
    qtbot.keyClicks(dialog.username, "bart")
    qtbot.keyClick(dialog.username, Qt.Key.Key_Tab)
    qtbot.keyClicks(dialog.display_name, "Bart Kuiper")
    dialog.roles[Role.PLANNER].setFocus()
    qtbot.keyClick(dialog.roles[Role.PLANNER], Qt.Key.Key_Space)
    qtbot.keyClick(dialog.display_name, Qt.Key.Key_Return)  # Enter saves the dialog
    qtbot.wait_until(lambda: closed(dialog))
    section.activateWindow()  # as the window manager does when a dialog closes
    # the new colleague is listed, chosen, and the keyboard is back on the list
    qtbot.wait_until(lambda: getattr(section.selected(), "username", None) == "bart")
    assert roles_of(section, "bart") == {Role.AGENT, Role.PLANNER}
    qtbot.wait_until(section.view.hasFocus)

    # Enter on a user opens their roles
    qtbot.keyClick(section.view, Qt.Key.Key_Return)
    dialog = opened(qtbot, section)
    assert not dialog.username.isVisible()
    dialog.roles[Role.AGENT].setChecked(False)
    dialog.roles[Role.SUPERVISOR].setChecked(True)
    dialog.buttons.button(QDialogButtonBox.StandardButton.Save).click()
    qtbot.wait_until(lambda: closed(dialog))
    qtbot.wait_until(lambda: roles_of(section, "bart") == {Role.PLANNER, Role.SUPERVISOR})


def test_removing_the_last_administrator_is_refused_with_the_reason_in_the_dialog(
    qtbot: QtBot, operations: Operations, database: Database
) -> None:
    section = section_for(qtbot, operations, database, "anna")
    section.view.selectRow(section.model.row_of("anna"))
    section.roles_button.click()
    dialog = opened(qtbot, section)
    dialog.roles[Role.ADMIN].setChecked(False)
    dialog.buttons.button(QDialogButtonBox.StandardButton.Save).click()
    qtbot.wait_until(dialog.problem.isVisible)
    assert dialog.problem.text().startswith("anna is the last active administrator")
    assert dialog.isVisible() and dialog.buttons.isEnabled()  # nothing lost: try again
    dialog.reject()
    section.active_button.click()  # deactivate myself: refused the same way
    qtbot.wait_until(section.problem.isVisible)
    assert "last active administrator" in section.problem.text()
    assert Role.ADMIN in roles_of(section, "anna")


def test_deactivating_greys_the_user_and_reactivating_lets_them_work_again(
    qtbot: QtBot, operations: Operations, database: Database
) -> None:
    boss = open_desks(database.sessions, "anna")
    boss.team.add_user("bart", "Bart Kuiper")
    section = section_for(qtbot, operations, database, "anna")
    section.view.setFocus()
    section.view.selectRow(section.model.row_of("bart"))
    assert section.active_button.text() == "Deact&ivate"
    section.active_button.click()
    qtbot.wait_until(
        lambda: not next(u for u in section.model.users() if u.username == "bart").active
    )
    index = section.model.index(section.model.row_of("bart"), 3)
    assert index.data() == "deactivated"
    assert section.view.currentIndex().row() == section.model.row_of("bart")  # still chosen
    assert section.active_button.text() == "React&ivate"
    section.active_button.click()
    qtbot.wait_until(lambda: next(u for u in section.model.users() if u.username == "bart").active)


def test_a_colleague_sees_the_team_but_no_buttons_and_the_desk_refuses_them_anyway(
    qtbot: QtBot, operations: Operations, database: Database
) -> None:
    open_desks(database.sessions, "anna").team.add_user("bart", roles=[Role.SUPERVISOR])
    section = section_for(qtbot, operations, database, "bart")
    assert section.model.rowCount() == 2
    for button in (section.add_button, section.roles_button, section.active_button):
        assert not button.isVisible()
    assert section.note.text() == "Only an administrator adds users and changes their roles."
    section.add_user()  # the shortcut, say: nothing opens
    assert section.dialog is None
