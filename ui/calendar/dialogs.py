"""The calendar's two dialogs: a crisis hold with its reason, and the posts that need a
decision (missed, unconfirmed, failed, or held after a release), one by one."""

from __future__ import annotations

from datetime import datetime, timedelta

from PySide6.QtCore import QDate, QDateTime, Qt, QTime, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QCheckBox,
    QDateTimeEdit,
    QDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ui.calendar.texts import platform_name, state_name
from ui.context import AppContext
from webcare.calendar import timing
from webcare.calendar.planning import Decision
from webcare.calendar.records import AccountChoice, TargetInfo
from webcare.vocabulary import PostState


class HoldDialog(QDialog):
    """Stop every scheduled post (of all accounts or the chosen ones), with a reason."""

    def __init__(
        self, context: AppContext, accounts: list[AccountChoice], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("HoldDialog")
        self.context = context
        self.setWindowTitle(self.tr("Hold all publishing"))
        self.reason = QLineEdit(self)
        self.reason.setAccessibleName(self.tr("Reason"))
        self.reason.setPlaceholderText(self.tr("e.g. calamity in the city centre"))
        self.all = QCheckBox(self.tr("All accounts"), self)
        self.all.setChecked(True)
        self.accounts = QListWidget(self)
        self.accounts.setAccessibleName(self.tr("Accounts to hold"))
        for account in accounts:
            item = QListWidgetItem(f"{platform_name(account.platform)} @{account.handle}")
            item.setData(Qt.ItemDataRole.UserRole, account.id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
            self.accounts.addItem(item)
        self.accounts.setEnabled(False)
        self.all.toggled.connect(lambda on: self.accounts.setEnabled(not on))
        self.error = QLabel(self)
        self.error.setTextFormat(Qt.TextFormat.PlainText)
        self.error.setObjectName("ComposerProblems")
        hold = QPushButton(self.tr("&Hold now"), self)
        hold.setDefault(True)
        cancel = QPushButton(self.tr("Cancel"), self)
        hold.clicked.connect(self.submit)
        cancel.clicked.connect(self.reject)
        layout = QVBoxLayout(self)
        text = QLabel(
            self.tr(
                "Nothing is published while the hold is on. Releasing it asks you about every "
                "held post: publish now, reschedule or cancel."
            ),
            self,
        )
        text.setWordWrap(True)
        layout.addWidget(text)
        layout.addWidget(QLabel(self.tr("Reason:")))
        layout.addWidget(self.reason)
        layout.addWidget(self.all)
        layout.addWidget(self.accounts)
        layout.addWidget(self.error)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(hold)
        buttons.addWidget(cancel)
        layout.addLayout(buttons)

    def submit(self) -> None:
        ids = None
        if not self.all.isChecked():
            ids = [
                self.accounts.item(n).data(Qt.ItemDataRole.UserRole)
                for n in range(self.accounts.count())
                if self.accounts.item(n).checkState() == Qt.CheckState.Checked
            ]
        reason = self.reason.text()
        desk = self.context.desks.calendar
        self.context.operations.op(
            lambda: desk.hold(reason, ids),
            lambda _hold: self.accept(),
            on_error=lambda text, _e: self.error.setText(text),
            owner=self,
        )


class DecisionsDialog(QDialog):
    """The posts that need a person: each with publish now, reschedule, cancel, and (for an
    unconfirmed one) "it is there" and a link to the account's page to check.

    Signals:
        decided(): a decision was taken (the calendar refreshes).
    """

    decided = Signal()

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("DecisionsDialog")
        self.context = context
        self.setWindowTitle(self.tr("Posts that need a decision"))
        self.resize(760, 420)
        self.list = QListWidget(self)
        self.list.setAccessibleName(self.tr("Posts that need a decision"))
        self.list.currentRowChanged.connect(self._chosen)
        self.detail = QLabel(self)
        self.detail.setTextFormat(Qt.TextFormat.PlainText)
        self.detail.setWordWrap(True)
        self.when = QDateTimeEdit(self)
        self.when.setDisplayFormat("ddd d MMM yyyy HH:mm")
        self.when.setCalendarPopup(True)
        self.when.setAccessibleName(self.tr("New time"))
        self.error = QLabel(self)
        self.error.setTextFormat(Qt.TextFormat.PlainText)
        self.error.setObjectName("ComposerProblems")
        self.buttons: dict[str, QPushButton] = {}
        row = QHBoxLayout()
        for decision, label in (
            (Decision.PUBLISH_NOW, self.tr("&Publish now")),
            (Decision.RESCHEDULE, self.tr("&Reschedule")),
            (Decision.CANCEL, self.tr("&Cancel post")),
            (Decision.MARK_PUBLISHED, self.tr("It &is there")),
        ):
            button = QPushButton(label, self)
            button.clicked.connect(lambda _=False, d=decision: self.decide(d))
            self.buttons[decision] = button
            row.addWidget(button)
        self.check = QPushButton(self.tr("Check the &account…"), self)
        self.check.clicked.connect(self._open_profile)
        row.addWidget(self.check)
        close = QPushButton(self.tr("Close"), self)
        close.clicked.connect(self.accept)
        layout = QVBoxLayout(self)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.detail)
        when = QHBoxLayout()
        when.addWidget(QLabel(self.tr("New time:")))
        when.addWidget(self.when)
        when.addStretch(1)
        layout.addLayout(when)
        layout.addLayout(row)
        layout.addWidget(self.error)
        end = QHBoxLayout()
        end.addStretch(1)
        end.addWidget(close)
        layout.addLayout(end)
        self.targets: list[TargetInfo] = []

    def load(self, targets: list[TargetInfo] | None = None) -> None:
        """Show `targets`, or ask the desk for the posts that need a decision now."""
        if targets is not None:
            self._show(targets)
            return
        desk = self.context.desks.calendar
        self.context.operations.query(desk.needs_decision, self._show, owner=self)

    def _show(self, targets: list[TargetInfo]) -> None:
        self.targets = list(targets)
        self.list.clear()
        for target in self.targets:
            local = timing.local_of(target.due_at).wall
            first = target.text.splitlines()[0][:70] if target.text else ""
            item = QListWidgetItem(
                f"{state_name(target.state)} · {local:%d-%m %H:%M} · "
                f"{platform_name(target.platform)} @{target.account_handle} · {first}"
            )
            self.list.addItem(item)
        if self.targets:
            self.list.setCurrentRow(0)
        else:
            self.detail.setText(self.tr("Nothing needs a decision."))
        for button in (*self.buttons.values(), self.check):
            button.setEnabled(bool(self.targets))

    def _chosen(self, row: int) -> None:
        if not 0 <= row < len(self.targets):
            return
        target = self.targets[row]
        reason = target.state_reason or ""
        explain = {
            PostState.UNCONFIRMED: self.tr(
                "Webcare does not know whether this post reached the platform. Check the "
                'account\'s page: if it is there, choose "It is there"; if not, publish it now.'
            ),
            PostState.MISSED: self.tr("This post was not published before its deadline."),
            PostState.FAILED: self.tr("The platform refused this post."),
            PostState.HELD: self.tr("This post was held; the hold has been released."),
        }.get(target.state, "")
        self.detail.setText(f"{explain}\n{reason}".strip())
        self.buttons[Decision.MARK_PUBLISHED].setEnabled(target.state is PostState.UNCONFIRMED)
        soon = timing.local_of(datetime.now().astimezone() + timedelta(hours=1)).wall
        self.when.setDateTime(
            QDateTime(QDate(soon.year, soon.month, soon.day), QTime(soon.hour, soon.minute))
        )

    def _open_profile(self) -> None:
        row = self.list.currentRow()
        if 0 <= row < len(self.targets):
            QDesktopServices.openUrl(QUrl(self.targets[row].profile_url))

    def decide(self, decision: str) -> None:
        row = self.list.currentRow()
        if not 0 <= row < len(self.targets):
            return
        target = self.targets[row]
        moment = self.when.dateTime()
        day, at = moment.date(), moment.time()
        wall = datetime(day.year(), day.month(), day.day(), at.hour(), at.minute())
        desk = self.context.desks.calendar

        def done(_target: TargetInfo) -> None:
            self.error.setText("")
            del self.targets[row]
            self.list.takeItem(row)
            self.decided.emit()
            if not self.targets:
                self.detail.setText(self.tr("Nothing needs a decision."))

        self.context.operations.op(
            lambda: desk.decide(
                target.id, decision, wall=wall if decision == Decision.RESCHEDULE else None, fold=0
            ),
            done,
            on_error=lambda text, _e: self.error.setText(text),
            owner=self,
        )
