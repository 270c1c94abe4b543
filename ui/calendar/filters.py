"""The calendar's filters: campaign, account, neighbourhood (buurt/wijk code) and state."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QEvent, Signal
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QWidget

from ui.calendar import texts
from webcare.calendar.records import AccountChoice, CalendarFilter, CampaignInfo
from webcare.vocabulary import PostState

# The review workflow's states are reserved for the next issue: nothing is in them yet.
SHOWN_STATES = [s for s in PostState if s not in (PostState.IN_REVIEW, PostState.APPROVED)]


class FilterBar(QWidget):
    """Signals:
    changed(): a filter changed (the page reads `current()` again).
    """

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.accounts: list[AccountChoice] = []
        self.campaigns: list[CampaignInfo] = []
        self.label = QLabel(self)
        self.campaign = QComboBox(self)
        self.account = QComboBox(self)
        self.area = QComboBox(self)
        self.state = QComboBox(self)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.label)
        for combo in self.combos():
            combo.currentIndexChanged.connect(self.changed)
            layout.addWidget(combo)
        layout.addStretch(1)
        self.retranslate_ui()

    def combos(self) -> tuple[QComboBox, ...]:
        return (self.campaign, self.account, self.area, self.state)

    def set_choices(self, accounts: list[AccountChoice], campaigns: list[CampaignInfo]) -> None:
        self.accounts, self.campaigns = accounts, campaigns
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.label.setText(self.tr("Show:"))
        self.campaign.setAccessibleName(self.tr("Campaign"))
        self.account.setAccessibleName(self.tr("Account"))
        self.area.setAccessibleName(self.tr("Neighbourhood"))
        self.state.setAccessibleName(self.tr("State"))
        _fill(self.campaign, self.tr("All campaigns"), [(c.name, c.id) for c in self.campaigns])
        accounts = [(f"{texts.platform_name(a.platform)} @{a.handle}", a.id) for a in self.accounts]
        _fill(self.account, self.tr("All accounts"), accounts)
        areas = sorted({n for c in self.campaigns for n in c.neighbourhoods})
        _fill(self.area, self.tr("All neighbourhoods"), [(a, a) for a in areas])
        states = [(texts.state_name(s), s.value) for s in SHOWN_STATES]
        _fill(self.state, self.tr("All states"), states)

    def current(self) -> CalendarFilter:
        def one(combo: QComboBox) -> frozenset:  # type: ignore[type-arg]
            value = combo.currentData()
            return frozenset() if value is None else frozenset({value})

        states = frozenset(PostState(v) for v in one(self.state))
        return CalendarFilter(one(self.campaign), one(self.account), one(self.area), states)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)


def _fill(combo: QComboBox, everything: str, items: Sequence[tuple[str, object]]) -> None:
    """Refill a filter, keeping what was chosen (without announcing a change)."""
    chosen = combo.currentData()
    combo.blockSignals(True)
    combo.clear()
    combo.addItem(everything, None)
    for label, value in items:
        combo.addItem(label, value)
    combo.setCurrentIndex(max(combo.findData(chosen), 0))
    combo.blockSignals(False)
