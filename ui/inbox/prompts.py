"""Questions the inbox asks the agent, behind one small service that tests replace.

Every prompt is shown with `open()` (window-modal, no nested event loop) and answers through a
callback, never by returning from `exec()`: a callback from the database thread must not spin
an event loop of its own (qutebrowser's msgbox, Picard's UserDialogService).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date, datetime
from zoneinfo import ZoneInfo

from PySide6.QtCore import QDate, QLocale, Qt, QTime
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QInputDialog,
    QMessageBox,
    QVBoxLayout,
    QWidget,
)


class InboxPrompts:
    """The real prompts: small dialogs, plain text, answers by callback."""

    def confirm(
        self,
        parent: QWidget,
        title: str,
        text: str,
        accept: str,
        on_answer: Callable[[bool], None],
    ) -> None:
        box = QMessageBox(QMessageBox.Icon.Question, title, text, parent=parent)
        box.setTextFormat(Qt.TextFormat.PlainText)
        yes = box.addButton(accept, QMessageBox.ButtonRole.AcceptRole)
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.finished.connect(lambda _result: on_answer(box.clickedButton() is yes))
        box.open()

    def ask_text(
        self,
        parent: QWidget,
        title: str,
        label: str,
        on_answer: Callable[[str | None], None],
    ) -> None:
        dialog = QInputDialog(parent)
        dialog.setWindowTitle(title)
        dialog.setLabelText(label)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.finished.connect(
            lambda result: on_answer(
                dialog.textValue() if result == QDialog.DialogCode.Accepted else None
            )
        )
        dialog.open()

    def ask_choice(
        self,
        parent: QWidget,
        title: str,
        label: str,
        items: Sequence[str],
        on_answer: Callable[[int | None], None],
    ) -> None:
        """One of `items` (its index), from a drop-down."""
        dialog = QInputDialog(parent)
        dialog.setWindowTitle(title)
        dialog.setLabelText(label)
        dialog.setComboBoxItems(list(items))
        dialog.setComboBoxEditable(False)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.finished.connect(
            lambda result: on_answer(
                list(items).index(dialog.textValue())
                if result == QDialog.DialogCode.Accepted and dialog.textValue() in items
                else None
            )
        )
        dialog.open()

    def ask_snooze(
        self,
        parent: QWidget,
        title: str,
        labels: tuple[str, str],
        choices: Sequence[tuple[date, Sequence[datetime]]],
        zone: ZoneInfo,
        on_answer: Callable[[datetime | None], None],
    ) -> None:
        """A day and a time out of `choices` (the team's open times), by keyboard: the day
        box has the focus, Tab goes to the time, Enter chooses."""
        SnoozeDialog(parent, title, labels, choices, zone, on_answer).open()


class SnoozeDialog(QDialog):
    """Two drop-downs: an open day, then one of its open times; nothing else can be chosen."""

    def __init__(
        self,
        parent: QWidget,
        title: str,
        labels: tuple[str, str],
        choices: Sequence[tuple[date, Sequence[datetime]]],
        zone: ZoneInfo,
        on_answer: Callable[[datetime | None], None],
    ) -> None:
        super().__init__(parent)
        self.setObjectName("SnoozeDialog")
        self.setWindowTitle(title)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self._choices = choices
        self._zone = zone
        locale = QLocale()
        self.day = QComboBox(self)
        self.day.setObjectName("SnoozeDay")
        self.day.setAccessibleName(labels[0])
        for day, _times in choices:
            self.day.addItem(locale.toString(QDate(day.year, day.month, day.day), "dddd d MMMM"))
        self.time = QComboBox(self)
        self.time.setObjectName("SnoozeTime")
        self.time.setAccessibleName(labels[1])
        self.day.currentIndexChanged.connect(self._fill_times)
        self._fill_times(0)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        ok = buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setDefault(True)  # Enter in either box chooses
        ok.setEnabled(bool(choices))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form = QFormLayout()
        form.addRow(labels[0], self.day)
        form.addRow(labels[1], self.time)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)
        self.finished.connect(
            lambda result: on_answer(
                self.chosen() if result == QDialog.DialogCode.Accepted else None
            )
        )
        self.day.setFocus(Qt.FocusReason.OtherFocusReason)

    def _fill_times(self, index: int) -> None:
        self.time.clear()
        if not 0 <= index < len(self._choices):
            return
        locale = QLocale()
        for at in self._choices[index][1]:
            local = at.astimezone(self._zone)
            shown = locale.toString(QTime(local.hour, local.minute), QLocale.FormatType.ShortFormat)
            self.time.addItem(shown, at)

    def chosen(self) -> datetime | None:
        value = self.time.currentData()
        return value if isinstance(value, datetime) else None
