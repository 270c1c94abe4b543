"""The Settings page's connected accounts: their health for everybody, management for an
administrator (connect, check, re-authorise, pause, remove) and the quarantine of each.

Everything goes through the accounts desk (`context.desks.accounts`) with the operation runner;
the desk refuses what a role may not do, and this section only hides the buttons of a person
who is not an administrator. A check calls the platform, so it runs as a long operation on its
own thread, never on the database thread the inbox uses.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QEvent, QTimer
from PySide6.QtGui import QHideEvent, QShowEvent
from PySide6.QtWidgets import (
    QDialog,
    QGroupBox,
    QHBoxLayout,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ui.operations import Operations
from ui.settings import accounts_models
from ui.settings.account_dialogs import ConnectDialog, QuarantineDialog, ReauthoriseDialog
from ui.settings.accounts_models import AccountsModel, AccountTexts
from ui.settings.team_models import ROW_ROLE
from ui.settings.team_widgets import records_table
from ui.widgets.plain import PlainLabel
from webcare.accounts.desk import AccountsDesk
from webcare.accounts.service import AccountInfo, CheckResult
from webcare.desk import Changes, Done, Topic
from webcare.team.desk import TeamDesk
from webcare.users import UserInfo
from webcare.vocabulary import Platform

REFRESH_MS = 5000


class AccountsSection(QGroupBox):
    """The connected accounts: a table with each one's health, and what an administrator may
    do with them."""

    def __init__(
        self,
        operations: Operations,
        desk: AccountsDesk,
        team: TeamDesk,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("AccountsSection")
        accounts_models.register()
        self._operations, self._desk, self._team = operations, desk, team
        self._texts = AccountTexts(self)
        self.me: UserInfo | None = None
        self.platforms: list[Platform] = []
        self.dialog: QDialog | None = None
        self._choose: int | None = None
        self.model = AccountsModel(self)
        self.view = records_table(self, self.model, "AccountsTable", stretch=0, height=130)
        self.health = PlainLabel(parent=self)
        self.health.setObjectName("AccountHealth")
        self.health.setWordWrap(True)
        self.note = PlainLabel(parent=self)
        self.note.setObjectName("Hint")
        self.note.setWordWrap(True)
        self.problem = PlainLabel(parent=self)
        self.problem.setObjectName("FieldProblem")
        self.problem.setWordWrap(True)
        self.problem.hide()
        self.connect_button = self._button(self.connect_account)
        self.check_button = self._button(self.check)
        self.reauth_button = self._button(self.reauthorise)
        self.pause_button = self._button(self.toggle_paused)
        self.gaps_button = self._button(self.dismiss_gaps)
        self.quarantine_button = self._button(self.open_quarantine)
        self.remove_button = self._button(self.remove)
        self.buttons = (
            self.connect_button,
            self.check_button,
            self.reauth_button,
            self.pause_button,
            self.gaps_button,
            self.quarantine_button,
            self.remove_button,
        )
        row_one, row_two = QHBoxLayout(), QHBoxLayout()
        for button in self.buttons[:4]:
            row_one.addWidget(button)
        row_one.addStretch(1)
        for button in self.buttons[4:]:
            row_two.addWidget(button)
        row_two.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.note)
        layout.addWidget(self.view)
        layout.addWidget(self.health)
        layout.addLayout(row_one)
        layout.addLayout(row_two)
        layout.addWidget(self.problem)
        self.view.selectionModel().currentChanged.connect(lambda *_: self._update())
        self.model.modelReset.connect(self._update)
        operations.changed.connect(self._changed)
        # The worker changes the accounts' states (a poll, a refused token) without telling
        # this desktop: while the section shows, it reads them again now and then.
        self._timer = QTimer(self)
        self._timer.setObjectName("accounts_refresh_timer")
        self._timer.setInterval(REFRESH_MS)
        self._timer.timeout.connect(self._tick)
        self.retranslate_ui()
        self.refresh()

    def _button(self, action: Callable[[], None]) -> QPushButton:
        button = QPushButton(self)
        button.clicked.connect(action)
        return button

    # ---- loading

    def _tick(self) -> None:
        if self.isVisible() and not self.visibleRegion().isEmpty():
            self.refresh()

    def refresh(self) -> None:
        desk, team = self._desk, self._team
        self._operations.query(
            lambda: (team.myself(), desk.platforms(), desk.accounts()), self._loaded, owner=self
        )

    def _loaded(self, found: tuple[UserInfo, list[Platform], list[AccountInfo]]) -> None:
        self.me, self.platforms, accounts = found
        chosen = self.selected()
        wanted = self._choose or (chosen.id if chosen else None)
        self.model.set_rows(accounts)
        row = self.model.row_of(wanted) if wanted is not None else -1
        if row < 0 and accounts:
            row = 0
        if row >= 0:
            self.view.selectRow(row)
        if self._choose is not None:
            self.view.setFocus()
            self._choose = None
        self._update()

    def _changed(self, changes: Changes) -> None:
        if changes.touches(Topic.ACCOUNTS, Topic.USERS):
            self.refresh()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.refresh()  # the worker may have changed an account's state meanwhile
        self._timer.start()

    def hideEvent(self, event: QHideEvent) -> None:
        self._timer.stop()
        super().hideEvent(event)

    # ---- actions

    def selected(self) -> AccountInfo | None:
        info = self.view.currentIndex().data(ROW_ROLE)
        return info if isinstance(info, AccountInfo) else None

    def may_manage(self) -> bool:
        return self.me is not None and self.me.may("accounts.manage")

    def _managed(self) -> AccountInfo | None:
        """The chosen account, if the person may manage it."""
        account = self.selected()
        return account if account is not None and self.may_manage() else None

    def connect_account(self) -> None:
        if not self.may_manage():
            return
        dialog = ConnectDialog(self._operations, self._desk, self.platforms, self)
        dialog.saved.connect(self._saved)
        self._open(dialog)

    def reauthorise(self) -> None:
        account = self._managed()
        if account is None:
            return
        dialog = ReauthoriseDialog(self._operations, self._desk, account, self)
        dialog.saved.connect(self._saved)
        self._open(dialog)

    def open_quarantine(self) -> None:
        account = self._managed()
        if account is None:
            return
        self._open(QuarantineDialog(self._operations, self._desk, account, self))

    def check(self) -> None:
        account = self._managed()
        if account is None:
            return
        desk, account_id = self._desk, account.id
        self.problem.hide()
        self.check_button.setEnabled(False)
        self._operations.long_op(
            self.tr("Checking the account with the platform…"),
            lambda _progress: desk.check(account_id),
            self._checked,
            on_error=self._refused,
            owner=self,
        )

    def _checked(self, result: CheckResult) -> None:
        self.check_button.setEnabled(True)
        if result.ok and result.identity is not None:
            self._say(
                self.tr("The platform accepts the token: it belongs to @{handle}.").format(
                    handle=result.identity.handle
                ),
                problem=False,
            )
        else:
            self._say(self.tr("The check failed: {reason}").format(reason=result.problem or "-"))

    def toggle_paused(self) -> None:
        account = self._managed()
        if account is None:
            return
        desk, account_id = self._desk, account.id
        paused = account.status != "disabled"
        self._run(lambda: desk.set_paused(account_id, paused))

    def dismiss_gaps(self) -> None:
        account = self._managed()
        if account is None:
            return
        desk, account_id = self._desk, account.id
        self._run(lambda: desk.dismiss_gaps(account_id))

    def remove(self) -> None:
        account = self._managed()
        if account is None:
            return
        box = QMessageBox(
            QMessageBox.Icon.Warning,
            self.tr("Remove account"),
            self.tr(
                "Remove {name}? Its conversations and messages are deleted from Webcare and its "
                "token from the keyring. Nothing changes on the platform."
            ).format(name=f"{account.name} (@{account.handle})"),
            QMessageBox.StandardButton.Cancel,
            self,
        )
        box.setObjectName("RemoveAccountBox")
        box.setTextFormat(accounts_models.PLAIN)
        remove = box.addButton(self.tr("&Remove"), QMessageBox.ButtonRole.DestructiveRole)
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        desk, account_id = self._desk, account.id

        def answered(_result: int) -> None:
            if box.clickedButton() is remove:
                self._run(lambda: desk.remove(account_id))

        box.finished.connect(answered)
        self.dialog = box
        box.open()

    def _run(self, call: Callable[[], Done[Any]]) -> None:
        self.problem.hide()
        self._operations.op(call, on_error=self._refused, owner=self)

    def _open(self, dialog: QDialog) -> None:
        self.problem.hide()
        self.dialog = dialog
        dialog.open()

    def _saved(self, account: AccountInfo) -> None:
        self._choose = account.id

    def _refused(self, reason: str, _error: BaseException) -> None:
        self.check_button.setEnabled(True)
        self._say(reason)

    def _say(self, text: str, *, problem: bool = True) -> None:
        self.problem.setObjectName("FieldProblem" if problem else "Hint")
        self.problem.style().unpolish(self.problem)
        self.problem.style().polish(self.problem)
        self.problem.setText(text)
        self.problem.setAccessibleName(text)
        self.problem.show()

    # ---- showing

    def _update(self) -> None:
        manage = self.may_manage()
        account = self.selected()
        for button in self.buttons:
            button.setVisible(manage)
        for button in self.buttons[1:]:
            button.setEnabled(account is not None)
        if account is not None:
            self.gaps_button.setEnabled(bool(account.gaps))
            self.quarantine_button.setText(self.tr("&Quarantine (%n)…", "", account.quarantined))
            paused = account.status == "disabled"
            self.pause_button.setText(
                self.tr("Resume &polling") if paused else self.tr("&Pause polling")
            )
            last = self.tr("Last good poll: {when}.").format(
                when=accounts_models.when(account.last_success_at)
            )
            state = f"{account.name} (@{account.handle}): {self._texts.status(account)}. {last}"
            self.health.setText(f"{state}\n{self._texts.advice(account)}")
        else:
            self.quarantine_button.setText(self.tr("&Quarantine…"))
            self.pause_button.setText(self.tr("&Pause polling"))
            self.health.setText(
                self.tr("No account is connected yet.") if not self.model.rowCount() else ""
            )
        self.health.setAccessibleName(self.health.text())
        self.note.setText(
            self.tr(
                "The accounts Webcare reads and answers. Choose one to see its health and what "
                "to do about it."
            )
            if manage
            else self.tr("Only an administrator connects and manages accounts.")
        )

    def retranslate_ui(self) -> None:
        self.setTitle(self.tr("Accounts"))
        self.view.setAccessibleName(self.tr("Connected accounts"))
        self.connect_button.setText(self.tr("Conn&ect account…"))
        self.check_button.setText(self.tr("Chec&k"))
        self.check_button.setAccessibleName(self.tr("Check the chosen account with the platform"))
        self.reauth_button.setText(self.tr("Re-a&uthorise…"))
        self.gaps_button.setText(self.tr("&Dismiss gaps"))
        self.remove_button.setText(self.tr("Re&move…"))
        self._update()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)
