"""The queue pane's filters: by channel or account, tag, priority and assignee.

Each box starts with "any" and keeps what was chosen when its choices are filled again (a new
label, a colleague added on another desktop).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QEvent, Signal
from PySide6.QtWidgets import QComboBox, QFormLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from ui.inbox.texts import Texts
from webcare.inbox.choices import FilterChoices
from webcare.users import UserInfo
from webcare.vocabulary import Platform, Priority


class FilterBar(QWidget):
    """Four filter boxes and "Clear filters".

    Signals:
        changed(): the agent changed a box (not while the boxes are filled again).
    """

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._texts = Texts(self)
        self.channel = QComboBox(self)
        self.tag = QComboBox(self)
        self.priority = QComboBox(self)
        self.assignee = QComboBox(self)
        self.boxes = (self.channel, self.tag, self.priority, self.assignee)
        self.clear_button = QPushButton(self)
        self.clear_button.clicked.connect(self.clear)
        self._labels = [QLabel(self) for _ in self.boxes]
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapAllRows)
        for label, combo in zip(self._labels, self.boxes, strict=True):
            label.setBuddy(combo)
            combo.setSizeAdjustPolicy(
                QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
            )
            combo.setMinimumContentsLength(10)
            combo.currentIndexChanged.connect(self._box_changed)
            form.addRow(label, combo)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(8)
        layout.addLayout(form)
        layout.addWidget(self.clear_button)
        self._choices: FilterChoices | None = None
        self._people: list[UserInfo] = []
        self._filling = False
        self.retranslate_ui()

    def values(self) -> dict[str, Any]:
        """The filter as `ConversationFilter` keyword arguments."""
        # Item data passes through QVariant: enums come back as plain strings, so the channel
        # box holds "platform:x" or "account:12".
        channel = str(self.channel.currentData() or "")
        kind, _, value = channel.partition(":")
        values: dict[str, Any] = {"platform": None, "account_id": None}
        if kind == "platform":
            values["platform"] = Platform(value)
        elif kind == "account":
            values["account_id"] = int(value)
        values["tag_id"] = self.tag.currentData()
        values["priority"] = self.priority.currentData()
        values["assignee_id"] = self.assignee.currentData()
        return values

    def active(self) -> list[str]:
        """What each box that narrows the list is set to, as shown."""
        return [combo.currentText() for combo in self.boxes if combo.currentIndex() > 0]

    def clear(self) -> None:
        self._filling = True
        for combo in self.boxes:
            combo.setCurrentIndex(0)
        self._filling = False
        self.changed.emit()

    def set_choices(self, choices: FilterChoices) -> None:
        self._choices = choices
        self._fill()

    def set_people(self, people: Sequence[UserInfo]) -> None:
        self._people = list(people)
        self._fill()

    def _box_changed(self) -> None:
        if not self._filling:
            self.changed.emit()

    def _fill(self) -> None:
        """(Re)fill the boxes, keeping what was chosen."""
        texts = self._texts
        self._filling = True
        kept = [combo.currentData() for combo in self.boxes]
        self.channel.clear()
        self.channel.addItem(self.tr("All channels"), None)
        for platform in Platform:
            self.channel.addItem(texts.platform(platform), f"platform:{platform.value}")
        if self._choices is not None and len(self._choices.accounts) > len(Platform):
            for account in self._choices.accounts:
                self.channel.addItem(
                    f"{texts.platform(account.platform)}: {account.name} {account.handle}".strip(),
                    f"account:{account.id}",
                )
        self.tag.clear()
        self.tag.addItem(self.tr("Any tag"), None)
        for tag in self._choices.tags if self._choices else ():
            self.tag.addItem(tag.name, tag.id)
        self.priority.clear()
        self.priority.addItem(self.tr("Any priority"), None)
        for level in sorted(Priority, reverse=True):
            self.priority.addItem(texts.priority(level), int(level))
        self.assignee.clear()
        self.assignee.addItem(self.tr("Anyone"), None)
        for person in self._people:
            self.assignee.addItem(person.display_name, person.id)
        for combo, value in zip(self.boxes, kept, strict=True):
            combo.setCurrentIndex(max(0, combo.findData(value)))
        self._filling = False

    def retranslate_ui(self) -> None:
        names = (self.tr("&Channel"), self.tr("&Tag"), self.tr("&Priority"), self.tr("Assi&gnee"))
        for label, combo, name in zip(self._labels, self.boxes, names, strict=True):
            label.setText(name)
            combo.setAccessibleName(
                self.tr("Filter by {what}").format(what=name.replace("&", "").lower())
            )
        self.clear_button.setText(self.tr("Clear filters"))
        self.clear_button.setAccessibleName(self.tr("Clear all filters"))
        self._fill()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)
