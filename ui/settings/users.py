"""The Settings page's users and roles: everybody sees the team; an administrator manages it.

Everything goes through the team's desk (`context.desks.team`) with the operation runner; the
desk refuses what a role may not do, and this section only hides the buttons of a person who
is not an administrator. The section asks the desk who "I" am after every change: an
administrator may take their own role away.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, Signal
from PySide6.QtGui import QKeySequence, QShortcut, QShowEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ui.operations import Operations
from ui.settings import team_texts
from ui.settings.team_models import ROW_ROLE, UsersModel
from ui.settings.team_texts import ROLE_ORDER, TeamTexts
from ui.settings.team_widgets import DeskDialog, records_table
from ui.widgets.plain import PlainLabel
from webcare.desk import Changes, Done, Topic
from webcare.team.desk import TeamDesk
from webcare.team.members import NAME_MAX
from webcare.users import UserInfo
from webcare.vocabulary import Role


class UserDialog(DeskDialog):
    """Add a user (`user` None) or give an existing one other roles.

    Signals:
        saved(UserInfo): the desk took it (the dialog then closes).
    """

    saved = Signal(object)

    def __init__(
        self,
        operations: Operations,
        team: TeamDesk,
        user: UserInfo | None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(operations, "UserDialog", parent)
        self._team, self._user = team, user
        texts = TeamTexts(self)
        self.username = QLineEdit(self)
        self.username.setMaxLength(100)
        self.username.setAccessibleName(self.tr("User name"))
        self.username.setPlaceholderText(self.tr("the login name, e.g. anna.dejong"))
        self.display_name = QLineEdit(self)
        self.display_name.setMaxLength(NAME_MAX)
        self.display_name.setAccessibleName(self.tr("Name"))
        self.roles = {role: QCheckBox(texts.role(role), self) for role in ROLE_ORDER}
        roles = QGridLayout()
        for row, (role, box) in enumerate(self.roles.items()):
            box.setAccessibleName(texts.role(role))
            box.setAccessibleDescription(texts.role_hint(role))
            box.setChecked(role in (user.roles if user else {Role.AGENT}))
            hint = PlainLabel(texts.role_hint(role), self)
            hint.setObjectName("Hint")
            roles.addWidget(box, row, 0)
            roles.addWidget(hint, row, 1)
        if user is None:
            self.setWindowTitle(self.tr("Add a user"))
            self.form.addRow(self.tr("&User name:"), self.username)
            self.form.addRow(self.tr("&Name:"), self.display_name)
        else:
            self.setWindowTitle(self.tr("Roles of {name}").format(name=user.display_name))
            self.username.hide()
            self.display_name.hide()
        self.form.addRow(self.tr("Roles:"), roles)
        self.setMinimumWidth(560)

    def chosen_roles(self) -> list[Role]:
        return [role for role, box in self.roles.items() if box.isChecked()]

    def submit(self) -> None:
        """Save through the desk; the dialog closes when it took it, or says why not."""
        team, roles = self._team, self.chosen_roles()
        if self._user is None:
            username, name = self.username.text(), self.display_name.text()
            call: Callable[[], Done[UserInfo]] = lambda: team.add_user(username, name, roles)  # noqa: E731
        else:
            username = self._user.username
            call = lambda: team.set_roles(username, roles)  # noqa: E731
        self.save(call, self.saved.emit)


class UsersSection(QGroupBox):
    """The team's users: a table, and (for an administrator) add, roles, deactivate."""

    def __init__(
        self, operations: Operations, team: TeamDesk, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("UsersSection")
        team_texts.register()  # the team desk's refusals as sentences, everywhere
        self._operations, self._team = operations, team
        self.me: UserInfo | None = None
        self.dialog: UserDialog | None = None
        self._choose: str | None = None  # a user to choose once listed (just added)
        self.model = UsersModel(self)
        self.view = records_table(self, self.model, "UsersTable", stretch=2, height=150)
        self.view.activated.connect(lambda _index: self.edit_roles())
        self.add_button = QPushButton(self)
        self.add_button.clicked.connect(self.add_user)
        self.roles_button = QPushButton(self)
        self.roles_button.clicked.connect(self.edit_roles)
        self.active_button = QPushButton(self)
        self.active_button.clicked.connect(self.toggle_active)
        self.note = PlainLabel(parent=self)
        self.note.setObjectName("Hint")
        self.note.setWordWrap(True)
        self.problem = PlainLabel(parent=self)
        self.problem.setObjectName("FieldProblem")
        self.problem.setWordWrap(True)
        self.problem.hide()
        QShortcut(QKeySequence("Ctrl+N"), self.view, self.add_user)

        buttons = QHBoxLayout()
        for button in (self.add_button, self.roles_button, self.active_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.note)
        layout.addWidget(self.view)
        layout.addLayout(buttons)
        layout.addWidget(self.problem)

        self.view.selectionModel().currentChanged.connect(lambda *_: self._update())
        self.model.modelReset.connect(self._update)
        operations.changed.connect(self._changed)
        self.retranslate_ui()
        self._update()
        self.refresh()

    # ---- loading

    def refresh(self) -> None:
        """Read the users, and who I am now, from the database."""
        team = self._team
        self._operations.query(lambda: (team.myself(), team.users()), self._loaded, owner=self)

    def _loaded(self, found: tuple[UserInfo, list[UserInfo]]) -> None:
        self.me, users = found
        chosen = self.selected()
        wanted = self._choose or (chosen.username if chosen else None)
        self.model.set_rows(users)
        row = self.model.row_of(wanted) if wanted else -1
        if row >= 0:
            self.view.selectRow(row)
            if self._choose:
                self.view.setFocus()  # back where the person was, on who they just added
                self._choose = None
        self._update()

    def _changed(self, changes: Changes) -> None:
        if changes.touches(Topic.USERS):
            self.refresh()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.refresh()  # a colleague may have changed the team meanwhile

    # ---- actions

    def selected(self) -> UserInfo | None:
        user = self.view.currentIndex().data(ROW_ROLE)
        return user if isinstance(user, UserInfo) else None

    def may_manage(self) -> bool:
        return self.me is not None and self.me.may("users.manage")

    def add_user(self) -> None:
        if self.may_manage():
            self._open(None)

    def edit_roles(self) -> None:
        user = self.selected()
        if user is not None and self.may_manage():
            self._open(user)

    def toggle_active(self) -> None:
        user = self.selected()
        if user is None or not self.may_manage():
            return
        team, username = self._team, user.username
        call: Callable[[], Done[UserInfo]] = (
            (lambda: team.deactivate(username))
            if user.active
            else (lambda: team.reactivate(username))
        )
        self.problem.hide()
        self._operations.op(call, on_error=self._refused, owner=self)

    def _open(self, user: UserInfo | None) -> None:
        self.problem.hide()
        self.dialog = UserDialog(self._operations, self._team, user, self)
        self.dialog.saved.connect(self._saved)
        self.dialog.open()

    def _saved(self, user: UserInfo) -> None:
        self._choose = user.username

    def _refused(self, reason: str, _error: BaseException) -> None:
        self.problem.setText(reason)
        self.problem.setAccessibleName(reason)
        self.problem.show()

    # ---- showing

    def _update(self) -> None:
        manage = self.may_manage()
        user = self.selected()
        for button in (self.add_button, self.roles_button, self.active_button):
            button.setVisible(manage)
        self.roles_button.setEnabled(user is not None)
        self.active_button.setEnabled(user is not None)
        if user is not None and not user.active:
            self.active_button.setText(self.tr("React&ivate"))
            self.active_button.setAccessibleName(self.tr("Reactivate the chosen user"))
        else:
            self.active_button.setText(self.tr("Deact&ivate"))
            self.active_button.setAccessibleName(self.tr("Deactivate the chosen user"))
        self.note.setText(
            self.tr(
                "Deactivated users keep their history and can do nothing. A user can hold "
                "several roles."
            )
            if manage
            else self.tr("Only an administrator adds users and changes their roles.")
        )

    def retranslate_ui(self) -> None:
        self.setTitle(self.tr("Users and roles"))
        self.view.setAccessibleName(self.tr("Users"))
        self.add_button.setText(self.tr("&Add user…"))
        self.add_button.setAccessibleName(self.tr("Add a user"))
        self.roles_button.setText(self.tr("&Roles…"))
        self.roles_button.setAccessibleName(self.tr("Change the roles of the chosen user"))
        self._update()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)
