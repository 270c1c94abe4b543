"""The days the team is closed, on the Settings page: the holidays, and the team's own dates.

The coming closed days are listed, up to the end of next year: the holidays of the Cao
Gemeenten that fall on an office day (they cannot be removed; a team that works on them says
so in its policy), and the team's own. A supervisor or administrator adds those with a name (a
collective closure, a training day) and removes them; each is audited by the team's desk and
counts on every desktop at once.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QDate, QEvent, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QDateEdit,
    QGroupBox,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ui.operations import Operations
from ui.settings.team_models import ROW_ROLE, ClosedDay, ClosedDaysModel, ClosedKind, closed_days
from ui.settings.team_widgets import DeskDialog, records_table
from webcare.team.desk import TeamDesk
from webcare.team.policy import Policy
from webcare.team.store import NAME_MAX


class ClosingDayDialog(DeskDialog):
    """Pick a date and name it; saved through the desk, or the reason is shown."""

    def __init__(
        self, operations: Operations, team: TeamDesk, first: date, parent: QWidget | None = None
    ) -> None:
        super().__init__(operations, "ClosingDayDialog", parent)
        self.setWindowTitle(self.tr("Add a closing day"))
        self._team = team
        self.day = QDateEdit(QDate(first.year, first.month, first.day), self)
        self.day.setDisplayFormat("dd-MM-yyyy")
        self.day.setCalendarPopup(True)
        self.day.setAccessibleName(self.tr("Date"))
        self.name = QLineEdit(self)
        self.name.setMaxLength(NAME_MAX)
        self.name.setPlaceholderText(self.tr("e.g. Collective closure"))
        self.name.setAccessibleName(self.tr("Name"))
        self.form.addRow(self.tr("&Date:"), self.day)
        self.form.addRow(self.tr("&Name:"), self.name)
        self.setMinimumWidth(420)

    def chosen(self) -> date:
        picked = self.day.date()
        return date(picked.year(), picked.month(), picked.day())

    def submit(self) -> None:
        team, day, name = self._team, self.chosen(), self.name.text()
        self.save(lambda: team.add_closing_day(day, name), lambda _revision: None)


class ClosingDays(QGroupBox):
    """The coming closed days, with add and remove for who may.

    Signals:
        failed(str): removing was refused (the reason, translated).
    """

    failed = Signal(str)

    def __init__(
        self,
        operations: Operations,
        team: TeamDesk,
        today: Callable[[], date] = date.today,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("ClosingDays")
        self._operations, self._team, self._today = operations, team, today
        self._manage = False
        self.dialog: ClosingDayDialog | None = None
        self.model = ClosedDaysModel(self)
        self.view = records_table(self, self.model, "ClosingDaysTable", stretch=1, height=170)
        self.add_button = QPushButton(self)
        self.add_button.clicked.connect(self.add_day)
        self.remove_button = QPushButton(self)
        self.remove_button.clicked.connect(self.remove_day)
        QShortcut(QKeySequence(QKeySequence.StandardKey.Delete), self.view, self.remove_day)
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.view)
        layout.addLayout(buttons)
        self.view.selectionModel().currentChanged.connect(lambda *_: self._update())
        self.model.modelReset.connect(self._update)
        self.retranslate_ui()

    def show_policy(self, policy: Policy, manage: bool) -> None:
        """List `policy`'s closed days; `manage`: the person may add and remove them."""
        chosen = self.selected()
        today = self._today()
        self.model.set_rows(closed_days(policy, today, date(today.year + 1, 12, 31)))
        self._manage = manage
        row = self.model.row_of(chosen.day) if chosen else -1
        if row >= 0:
            self.view.selectRow(row)
        self._update()

    def selected(self) -> ClosedDay | None:
        found = self.view.currentIndex().data(ROW_ROLE)
        return found if isinstance(found, ClosedDay) else None

    def add_day(self) -> None:
        if self._manage:
            self.dialog = ClosingDayDialog(self._operations, self._team, self._today(), self)
            self.dialog.open()

    def remove_day(self) -> None:
        chosen = self.selected()
        if not self._manage or chosen is None or chosen.kind is not ClosedKind.TEAM:
            return
        team = self._team
        self._operations.op(
            lambda: team.remove_closing_day(chosen.day),
            on_error=lambda reason, _error: self.failed.emit(reason),
            owner=self,
        )

    def _update(self) -> None:
        chosen = self.selected()
        self.add_button.setVisible(self._manage)
        self.remove_button.setVisible(self._manage)
        self.remove_button.setEnabled(chosen is not None and chosen.kind is ClosedKind.TEAM)

    def retranslate_ui(self) -> None:
        self.setTitle(self.tr("Closing days"))
        self.view.setAccessibleName(self.tr("Closing days"))
        self.add_button.setText(self.tr("Add &closing day…"))
        self.add_button.setAccessibleName(self.tr("Add a closing day for the whole team"))
        self.remove_button.setText(self.tr("Re&move"))
        self.remove_button.setAccessibleName(self.tr("Remove the chosen closing day"))
        self.setToolTip(
            self.tr(
                "On these days the waiting clock stands still for every account. The team's "
                "own closing days apply to every account."
            )
        )

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)
