"""The Settings page's service policy: office hours, the response target, closing days.

The policy is the team's, in the database, the same on every desktop (`webcare.team`). A
supervisor or an administrator changes it here (the desk refuses anybody else, and this section
only makes the fields read-only for them); an account may have office hours and a target of its
own. Each weekday's hours are typed as people write them, "08:30-12:30, 13:00-17:00"; nothing
is a closed day. Saving is explicit: a team-wide change is not made by a stray keystroke.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QEvent, QLocale
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from ui.inbox.texts import Texts
from ui.operations import Operations
from ui.settings import team_texts
from ui.settings.closing_days import ClosingDays
from ui.widgets.plain import PlainLabel
from webcare.desk import Changes, Done, Topic
from webcare.team.desk import TeamDesk
from webcare.team.policy import Day, NotASpan, Policy, PolicyBook, format_day, parse_day
from webcare.team.store import TARGET_MAX_MINUTES, PolicyScope
from webcare.users import UserInfo

Loaded = tuple[UserInfo, PolicyBook, list[PolicyScope]]
FIELD_WIDTH = 420


class PolicySection(QGroupBox):
    """The team's service policy, and each account's own."""

    def __init__(
        self,
        operations: Operations,
        team: TeamDesk,
        today: Callable[[], date] = date.today,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("PolicySection")
        team_texts.register()  # the team desk's refusals as sentences, everywhere
        self._operations, self._team = operations, team
        self._texts = Texts(self)
        self.me: UserInfo | None = None
        self.book: PolicyBook | None = None
        self._scopes: list[PolicyScope] = []
        self._showing = False
        self._dirty = False

        self.intro = PlainLabel(parent=self)
        self.intro.setObjectName("Hint")
        self.intro.setWordWrap(True)
        self.scope = QComboBox(self)
        self.scope.setMaximumWidth(FIELD_WIDTH)
        self.scope.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.own = QCheckBox(self)
        self.days = [QLineEdit(self) for _ in range(7)]
        for edit in self.days:
            edit.setMaxLength(120)
            edit.setMaximumWidth(FIELD_WIDTH)  # a day's hours are short; the row need not be
        self.target = QSpinBox(self)
        self.target.setRange(1, TARGET_MAX_MINUTES)
        self.target.setSingleStep(15)
        self.target_hint = PlainLabel(parent=self)
        self.holidays = QCheckBox(self)
        self.problem = PlainLabel(parent=self)
        self.problem.setObjectName("FieldProblem")
        self.problem.setWordWrap(True)
        self.problem.hide()
        self.save_button = QPushButton(self)
        self.save_button.clicked.connect(self.save)
        self.revert_button = QPushButton(self)
        self.revert_button.clicked.connect(self.revert)
        self.closing = ClosingDays(operations, team, today, self)
        self.closing.failed.connect(self._refused_text)

        self._labels = [QLabel(self) for _ in range(10)]
        form = QFormLayout()
        form.addRow(self._labels[0], self.scope)
        form.addRow(self.own)
        for label, edit in zip(self._labels[1:8], self.days, strict=True):
            form.addRow(label, edit)
            label.setBuddy(edit)
        target_row = QHBoxLayout()
        target_row.addWidget(self.target)
        target_row.addWidget(self.target_hint, 1)
        form.addRow(self._labels[8], target_row)
        form.addRow(self.holidays)
        self._labels[0].setBuddy(self.scope)
        self._labels[8].setBuddy(self.target)
        buttons = QHBoxLayout()
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.revert_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addLayout(form)
        layout.addWidget(self.problem)
        layout.addLayout(buttons)
        layout.addWidget(self.closing)

        self.scope.activated.connect(lambda _index: self._show_scope())
        self.own.toggled.connect(self._own_toggled)
        for edit in self.days:
            edit.textEdited.connect(self._edited)
            edit.returnPressed.connect(self._enter)  # Enter in a field saves, as in a dialog
        self.target.lineEdit().returnPressed.connect(self._enter)
        self.target.valueChanged.connect(self._edited)
        self.target.valueChanged.connect(self._show_target_hint)
        self.holidays.toggled.connect(self._edited)
        operations.changed.connect(self._changed)
        self.retranslate_ui()
        self._update()
        self.refresh()

    # ---- loading

    def refresh(self) -> None:
        team = self._team

        def read() -> Loaded:
            return team.myself(), team.policy(), team.policy_scopes()

        self._operations.query(read, self._loaded, owner=self)

    def _loaded(self, loaded: Loaded) -> None:
        self.me, self.book, self._scopes = loaded
        self._fill_scopes()
        if not self._dirty:
            self._show_scope()
        self.closing.show_policy(self.book.team, self.may_manage())
        self._update()

    def _changed(self, changes: Changes) -> None:
        if changes.touches(Topic.POLICY, Topic.USERS, Topic.ACCOUNTS):
            self.refresh()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.refresh()  # a colleague may have changed the policy meanwhile

    # ---- the form

    def account_id(self) -> int | None:
        value = self.scope.currentData()
        return value if isinstance(value, int) else None

    def may_manage(self) -> bool:
        return self.me is not None and self.me.may("policy.manage")

    def _fill_scopes(self) -> None:
        chosen = self.account_id()
        self.scope.clear()
        self.scope.addItem(self.tr("The whole team"), None)
        for scope in self._scopes:
            text = f"{self._texts.platform(scope.platform)} · {scope.name}"
            if scope.handle:
                text += f" ({scope.handle})"
            if scope.own_policy:
                text += " · " + self.tr("own policy")
            self.scope.addItem(text, scope.account_id)
        index = self.scope.findData(chosen) if chosen is not None else 0
        self.scope.setCurrentIndex(max(0, index))

    def _shown_policy(self) -> tuple[Policy, bool]:
        """The policy of the chosen scope, and whether it is the account's own."""
        assert self.book is not None
        account = self.account_id()
        own = account is not None and account in self.book.accounts
        return self.book.for_account(account), own

    def _show_scope(self) -> None:
        if self.book is None:
            return
        policy, own = self._shown_policy()
        self._showing = True
        self.own.setChecked(own)
        for edit, day in zip(self.days, policy.week, strict=True):
            edit.setText(format_day(day))
        self.target.setValue(policy.target_minutes)
        self.holidays.setChecked(policy.public_holidays)
        self._showing = False
        self._dirty = False
        self.problem.hide()
        self._update()

    def _own_toggled(self, _on: bool) -> None:
        if not self._showing:
            self._edited()

    def _edited(self, *_args: object) -> None:
        if not self._showing:
            self._dirty = True
            self._update()

    def _show_target_hint(self, minutes: int) -> None:
        hours, rest = divmod(minutes, 60)
        if hours == 0:
            self.target_hint.setText("")
        elif rest == 0:
            self.target_hint.setText(
                self.tr("= {hours} h of office time").format(hours=QLocale().toString(hours))
            )
        else:
            self.target_hint.setText(
                self.tr("= {hours} h {minutes} min of office time").format(
                    hours=QLocale().toString(hours), minutes=rest
                )
            )

    def read_days(self) -> tuple[Day, ...] | None:
        """The typed hours of each weekday, or None (and the reason shown) when one is wrong."""
        days: list[Day] = []
        for weekday, edit in enumerate(self.days):
            try:
                days.append(parse_day(edit.text()))
            except NotASpan as wrong:
                self._refused_text(
                    self.tr(
                        "{day}: {part} is not an opening range. Write the hours as "
                        "08:30-12:30, 13:00-17:00, or leave the day empty when closed."
                    ).format(day=self._day_name(weekday), part=wrong.part)
                )
                edit.setFocus()
                return None
        return tuple(days)

    def save(self) -> None:
        if not self.may_manage() or self.book is None:
            return
        days = self.read_days()
        if days is None:
            return
        team, account = self._team, self.account_id()
        target, public_holidays = self.target.value(), self.holidays.isChecked()
        call: Callable[[], Done[int]]
        if account is not None and not self.own.isChecked():
            call = lambda: team.clear_account_policy(account)  # noqa: E731
        else:
            call = lambda: team.set_policy(  # noqa: E731
                days, target, public_holidays=public_holidays, account_id=account
            )
        self.problem.hide()
        self.save_button.setEnabled(False)
        self._operations.op(call, self._saved, on_error=self._refused, owner=self)

    def _enter(self) -> None:
        if self._dirty:
            self.save()

    def _saved(self, _revision: int) -> None:
        self._dirty = False  # the broadcast of Topic.POLICY reloads what was saved
        self._update()

    def revert(self) -> None:
        self._show_scope()

    def _refused(self, reason: str, _error: BaseException) -> None:
        self._refused_text(reason)
        self._update()

    def _refused_text(self, reason: str) -> None:
        self.problem.setText(reason)
        self.problem.setAccessibleName(reason)
        self.problem.show()

    # ---- showing

    def _update(self) -> None:
        manage = self.may_manage()
        account = self.account_id() is not None
        self.own.setVisible(account)
        own = self.own.isChecked() or not account
        for edit in self.days:
            edit.setReadOnly(not manage or not own)
        self.target.setReadOnly(not manage or not own)
        self.holidays.setEnabled(manage and own)
        self.own.setEnabled(manage)
        self.save_button.setVisible(manage)
        self.revert_button.setVisible(manage)
        self.save_button.setEnabled(self._dirty)
        self.revert_button.setEnabled(self._dirty)
        self.intro.setText(
            self.tr(
                "The same for every desktop: waiting times count only office time "
                "(Europe/Amsterdam), and notifications are shown within it."
            )
            + ("" if manage else " " + self.tr("Only a supervisor or an administrator changes it."))
        )

    def _day_name(self, weekday: int) -> str:
        return (
            self.tr("Monday"),
            self.tr("Tuesday"),
            self.tr("Wednesday"),
            self.tr("Thursday"),
            self.tr("Friday"),
            self.tr("Saturday"),
            self.tr("Sunday"),
        )[weekday]

    def retranslate_ui(self) -> None:
        self.setTitle(self.tr("Service policy"))
        self._labels[0].setText(self.tr("Applies &to:"))
        self.scope.setAccessibleName(self.tr("Whose policy"))
        self.own.setText(self.tr("This account has its own office hours and response target"))
        for weekday, (label, edit) in enumerate(zip(self._labels[1:8], self.days, strict=True)):
            name = self._day_name(weekday)
            label.setText(f"{name}:")
            edit.setAccessibleName(self.tr("Office hours on {day}").format(day=name))
            edit.setPlaceholderText(self.tr("closed"))
        self._labels[8].setText(self.tr("Response tar&get:"))
        self.target.setSuffix(self.tr(" office minutes"))
        self.target.setAccessibleName(self.tr("Response target in office minutes"))
        self.holidays.setText(
            self.tr("Closed on the holidays of the Cao Gemeenten (not on Good Friday)")
        )
        self.holidays.setToolTip(
            self.tr(
                "New Year's Day, Easter Monday, King's Day, Liberation Day (every year), "
                "Ascension Day, Whit Monday and Christmas: the waiting clock stands still."
            )
        )
        self.save_button.setText(self.tr("&Save policy"))
        self.revert_button.setText(self.tr("Re&vert"))
        self.revert_button.setAccessibleName(self.tr("Undo the changes not saved yet"))
        if self.book is not None:
            self._fill_scopes()
        self._show_target_hint(self.target.value())
        self._update()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)
