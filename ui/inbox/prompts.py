"""Questions the inbox asks the agent, behind one small service that tests replace.

Every prompt is shown with `open()` (window-modal, no nested event loop) and answers through a
callback, never by returning from `exec()`: a callback from the database thread must not spin
an event loop of its own (qutebrowser's msgbox, Picard's UserDialogService).
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

from PySide6.QtCore import QDateTime, Qt
from PySide6.QtWidgets import (
    QDateTimeEdit,
    QDialog,
    QDialogButtonBox,
    QInputDialog,
    QLabel,
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

    def ask_time(
        self,
        parent: QWidget,
        title: str,
        label: str,
        initial: datetime,
        on_answer: Callable[[datetime | None], None],
    ) -> None:
        dialog = QDialog(parent)
        dialog.setWindowTitle(title)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        text = QLabel(label, dialog)
        text.setTextFormat(Qt.TextFormat.PlainText)
        edit = QDateTimeEdit(QDateTime.fromMSecsSinceEpoch(int(initial.timestamp() * 1000)), dialog)
        edit.setCalendarPopup(True)
        edit.setMinimumDateTime(QDateTime.currentDateTime())
        edit.setAccessibleName(label)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, dialog
        )
        buttons.accepted.connect(dialog.accept)
        buttons.rejected.connect(dialog.reject)
        layout = QVBoxLayout(dialog)
        layout.addWidget(text)
        layout.addWidget(edit)
        layout.addWidget(buttons)
        dialog.finished.connect(
            lambda result: on_answer(
                datetime.fromtimestamp(edit.dateTime().toMSecsSinceEpoch() / 1000).astimezone()
                if result == QDialog.DialogCode.Accepted
                else None
            )
        )
        dialog.open()
