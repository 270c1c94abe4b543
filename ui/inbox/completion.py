"""The composer's text field: a plain-text editor that completes `/canned` and `@colleague`."""

from __future__ import annotations

import re

from PySide6.QtCore import QAbstractItemModel, QModelIndex, Qt, Signal
from PySide6.QtGui import QKeyEvent, QTextCursor
from PySide6.QtWidgets import QAbstractItemView, QCompleter, QPlainTextEdit, QWidget

from ui.inbox.roles import Roles

TRIGGER = re.compile(r"(?:^|\s)([/@])([\w.-]*)$")


class ComposerEdit(QPlainTextEdit):
    """A plain-text editor with a completion popup for `/canned` and `@colleague`.

    Signals:
        chosen(str, object): a completion was picked: the trigger ("/" or "@") and the item.
        leave_requested(): Escape without a popup: back to the list.
    """

    chosen = Signal(str, object)
    leave_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTabChangesFocus(True)
        self.completer = QCompleter(self)
        self.completer.setWidget(self)
        self.completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        self.completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.completer.setCompletionRole(Qt.ItemDataRole.EditRole)
        # The QModelIndex overload of `activated`; PySide6's stubs do not type the index.
        self.completer.activated[QModelIndex].connect(self._activated)  # type: ignore[index]
        self._sources: dict[str, QAbstractItemModel] = {}
        self._trigger = ""
        self.mentions_enabled = False

    def _popup(self) -> QAbstractItemView:
        popup = self.completer.popup()
        assert popup is not None  # a popup-mode completer always has one
        return popup

    def set_source(self, trigger: str, model: QAbstractItemModel) -> None:
        self._sources[trigger] = model

    def keyPressEvent(self, event: QKeyEvent) -> None:
        popup = self._popup()
        if popup.isVisible() and event.key() in (
            Qt.Key.Key_Enter,
            Qt.Key.Key_Return,
            Qt.Key.Key_Escape,
            Qt.Key.Key_Tab,
            Qt.Key.Key_Backtab,
        ):
            event.ignore()  # the completer's popup takes these
            return
        if event.key() == Qt.Key.Key_Escape:
            self.leave_requested.emit()
            return
        super().keyPressEvent(event)
        self.update_completion()

    def update_completion(self) -> None:
        """Show or hide the popup for the word being typed before the cursor."""
        cursor = self.textCursor()
        block = cursor.block().text()[: cursor.positionInBlock()]
        match = TRIGGER.search(block)
        popup = self._popup()
        trigger = match.group(1) if match else ""
        if trigger == "@" and not self.mentions_enabled:
            trigger = ""
        model = self._sources.get(trigger)
        if match is None or model is None:
            popup.hide()
            return
        if self.completer.model() is not model:
            self.completer.setModel(model)
        self._trigger = trigger
        self.completer.setCompletionPrefix(match.group(2))
        if self.completer.completionCount() == 0:
            popup.hide()
            return
        popup.setCurrentIndex(self.completer.completionModel().index(0, 0))
        rect = self.cursorRect()
        rect.setWidth(
            max(260, popup.sizeHintForColumn(0) + popup.verticalScrollBar().sizeHint().width())
        )
        self.completer.complete(rect)

    def _activated(self, index: QModelIndex) -> None:
        item = index.data(Roles.ROW)
        if item is None:
            return
        cursor = self.textCursor()
        block = cursor.block().text()[: cursor.positionInBlock()]
        match = TRIGGER.search(block)
        if match is not None:
            cursor.movePosition(
                QTextCursor.MoveOperation.Left,
                QTextCursor.MoveMode.KeepAnchor,
                len(match.group(1)) + len(match.group(2)),
            )
            self.setTextCursor(cursor)
        self._popup().hide()
        self.chosen.emit(self._trigger, item)
