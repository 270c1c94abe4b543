"""A campaign: its name, goal, colour on the calendar, when it runs, and the neighbourhoods it
targets (buurt/wijk codes, checked against the postcode table once one is imported).

New from the calendar page (Ctrl+Shift+N); the campaign chosen in the filter bar opens here to
be changed. Saved through the calendar's desk; what is wrong is said in the dialog.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtGui import QColor, QIcon, QKeySequence, QPixmap, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ui.context import AppContext
from webcare.calendar.records import CampaignDraft, CampaignInfo

# Colours that keep the cards' dark text readable and differ for colour-blind eyes too.
COLOURS = ("#3465a4", "#c64600", "#4e9a06", "#75507b", "#c4a000", "#06989a", "#a40000")


def _swatch(colour: str) -> QIcon:
    pixmap = QPixmap(16, 16)
    pixmap.fill(QColor(colour))
    return QIcon(pixmap)


def _qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def _day(edit: QDateEdit) -> date:
    chosen = edit.date()
    return date(chosen.year(), chosen.month(), chosen.day())


class CampaignDialog(QDialog):
    """Signals:
    saved(object): the CampaignInfo the desk saved.
    """

    saved = Signal(object)

    def __init__(
        self,
        context: AppContext,
        parent: QWidget | None = None,
        *,
        campaign: CampaignInfo | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("CampaignDialog")
        self.context = context
        self.campaign_id = campaign.id if campaign is not None else None
        self.setWindowTitle(self.tr("Edit campaign") if campaign else self.tr("New campaign"))
        self.name = QLineEdit(self)
        self.name.setAccessibleName(self.tr("Name"))
        self.goal = QLineEdit(self)
        self.goal.setAccessibleName(self.tr("Goal"))
        self.goal.setPlaceholderText(self.tr("what the campaign should achieve"))
        self.colour = QComboBox(self)
        self.colour.setAccessibleName(self.tr("Colour"))
        names = (
            self.tr("Blue"),
            self.tr("Orange"),
            self.tr("Green"),
            self.tr("Purple"),
            self.tr("Yellow"),
            self.tr("Teal"),
            self.tr("Red"),
        )
        for colour, name in zip(COLOURS, names, strict=True):
            self.colour.addItem(_swatch(colour), name, colour)
        self.has_start = QCheckBox(self.tr("From"), self)
        self.starts_on = QDateEdit(self)
        self.has_end = QCheckBox(self.tr("until"), self)
        self.ends_on = QDateEdit(self)
        for check, edit, label in (
            (self.has_start, self.starts_on, self.tr("Start date")),
            (self.has_end, self.ends_on, self.tr("End date")),
        ):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("ddd d MMM yyyy")
            edit.setAccessibleName(label)
            edit.setDate(_qdate(date.today()))
            edit.setEnabled(False)
            check.toggled.connect(edit.setEnabled)
        self.neighbourhoods = QLineEdit(self)
        self.neighbourhoods.setAccessibleName(self.tr("Neighbourhoods"))
        self.neighbourhoods.setPlaceholderText(self.tr("buurt or wijk codes, comma-separated"))
        self.error = QLabel(self)
        self.error.setObjectName("ComposerProblems")
        self.error.setTextFormat(Qt.TextFormat.PlainText)
        self.error.setWordWrap(True)
        self.save_button = QPushButton(self.tr("&Save"), self)
        self.save_button.setDefault(True)
        self.save_button.clicked.connect(self.submit)
        cancel = QPushButton(self.tr("Cancel"), self)
        cancel.clicked.connect(self.reject)
        QShortcut(QKeySequence("Ctrl+Return"), self, self.submit)

        form = QFormLayout()
        form.addRow(self.tr("Name:"), self.name)
        form.addRow(self.tr("Goal:"), self.goal)
        form.addRow(self.tr("Colour:"), self.colour)
        runs = QHBoxLayout()
        runs.addWidget(self.has_start)
        runs.addWidget(self.starts_on)
        runs.addWidget(self.has_end)
        runs.addWidget(self.ends_on)
        runs.addStretch(1)
        form.addRow(self.tr("Runs:"), runs)
        form.addRow(self.tr("Neighbourhoods:"), self.neighbourhoods)
        buttons = QHBoxLayout()
        buttons.addWidget(self.error, 1)
        buttons.addWidget(self.save_button)
        buttons.addWidget(cancel)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addLayout(buttons)
        self.setMinimumWidth(520)
        if campaign is not None:
            self._fill(campaign)
        self.name.setFocus(Qt.FocusReason.OtherFocusReason)

    def _fill(self, campaign: CampaignInfo) -> None:
        self.name.setText(campaign.name)
        self.goal.setText(campaign.goal)
        index = self.colour.findData(campaign.color)
        if index < 0:
            self.colour.addItem(_swatch(campaign.color), campaign.color, campaign.color)
            index = self.colour.count() - 1
        self.colour.setCurrentIndex(index)
        for check, edit, day in (
            (self.has_start, self.starts_on, campaign.starts_on),
            (self.has_end, self.ends_on, campaign.ends_on),
        ):
            if day is not None:
                check.setChecked(True)
                edit.setDate(_qdate(day))
        self.neighbourhoods.setText(", ".join(campaign.neighbourhoods))

    def draft(self) -> CampaignDraft:
        return CampaignDraft(
            name=self.name.text(),
            goal=self.goal.text().strip(),
            color=str(self.colour.currentData()),
            starts_on=_day(self.starts_on) if self.has_start.isChecked() else None,
            ends_on=_day(self.ends_on) if self.has_end.isChecked() else None,
            neighbourhoods=tuple(self.neighbourhoods.text().split(",")),
        )

    def submit(self) -> None:
        draft, campaign_id = self.draft(), self.campaign_id
        desk = self.context.desks.calendar
        self.save_button.setEnabled(False)
        self.error.setText(self.tr("Saving…"))

        def done(saved: CampaignInfo) -> None:
            self.saved.emit(saved)
            self.accept()

        def failed(text: str, _error: BaseException) -> None:
            self.error.setText(text)
            self.save_button.setEnabled(True)

        self.context.operations.op(
            lambda: desk.save_campaign(draft, campaign_id), done, on_error=failed, owner=self
        )
