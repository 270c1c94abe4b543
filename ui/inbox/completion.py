"""The composer's text field: a plain-text editor that completes `/canned` and `@colleague`."""

from __future__ import annotations

import re

from PySide6.QtCore import QAbstractItemModel, QEvent, QModelIndex, Qt, Signal
from PySide6.QtGui import QFocusEvent, QKeyEvent, QResizeEvent, QTextCursor
from PySide6.QtWidgets import QAbstractItemView, QCompleter, QLabel, QPlainTextEdit, QWidget

from ui.inbox.roles import Roles

TRIGGER = re.compile(r"(?:^|\s)([/@])([\w.-]*)$")


class ComposerEdit(QPlainTextEdit):
    """A plain-text editor with a completion popup for `/canned` and `@colleague`.

    Signals:
        chosen(str, object): a completion was picked: the trigger ("/" or "@") and the item.
        leave_requested(): Escape without a popup: back to the list (with a popup, Escape
            only closes it).
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
        self._banner: QLabel | None = None
        self._after_mention = False  # a space typed right after "@name " is already there

    def _popup(self) -> QAbstractItemView:
        popup = self.completer.popup()
        assert popup is not None  # a popup-mode completer always has one
        return popup

    def set_banner(self, banner: QLabel | None) -> None:
        """Show `banner` (a child of this editor) as a line at the top inside the box, above
        the text; None hides the one shown."""
        if self._banner is not None and self._banner is not banner:
            self._banner.hide()
        self._banner = banner
        self._place_banner()

    def _place_banner(self) -> None:
        banner = self._banner
        if banner is None:
            self.setViewportMargins(0, 0, 0, 0)
            return
        frame = self.frameWidth()
        height = banner.sizeHint().height()
        banner.setGeometry(frame, frame, self.width() - 2 * frame, height)
        self.setViewportMargins(0, height, 0, 0)
        banner.show()
        banner.raise_()

    def event(self, event: QEvent) -> bool:
        # The inbox's Escape ("back to the list") is a window shortcut: while the completions
        # are open, this editor takes the key first, so that Escape closes them and stays.
        if (
            event.type() == QEvent.Type.ShortcutOverride
            and isinstance(event, QKeyEvent)
            and event.key() == Qt.Key.Key_Escape
            and self._popup().isVisible()
        ):
            event.accept()
            return True
        return super().event(event)

    def close_completions(self) -> None:
        self._popup().hide()

    def focusOutEvent(self, event: QFocusEvent) -> None:
        """The focus left (a click elsewhere, a shortcut): the completions close with it, so
        that no key meant for another widget is typed here through the popup."""
        if event.reason() is not Qt.FocusReason.PopupFocusReason:
            self._popup().hide()
        super().focusOutEvent(event)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._place_banner()

    def insert_mention(self, username: str) -> None:
        """`@username` and one space (none when a space follows already)."""
        cursor = self.textCursor()
        document = self.document()
        following = document.characterAt(cursor.position())
        spaced = following.isspace() if following else False
        cursor.insertText(f"@{username}" if spaced else f"@{username} ")
        if spaced:
            cursor.movePosition(QTextCursor.MoveOperation.NextCharacter)
            self.setTextCursor(cursor)
        self._after_mention = True

    def set_source(self, trigger: str, model: QAbstractItemModel) -> None:
        self._sources[trigger] = model

    def keyPressEvent(self, event: QKeyEvent) -> None:
        popup = self._popup()
        if event.key() == Qt.Key.Key_Escape:
            # The first Escape closes the completions, the next leaves the editor; never both,
            # and never leave with the popup open: it would pass the keys typed on the list
            # (N for a note) into this editor.
            event.accept()
            if popup.isVisible():
                popup.hide()
            else:
                self.leave_requested.emit()
            return
        if popup.isVisible() and event.key() in (
            Qt.Key.Key_Enter,
            Qt.Key.Key_Return,
            Qt.Key.Key_Tab,
            Qt.Key.Key_Backtab,
        ):
            event.ignore()  # the completer's popup takes these
            return
        after_mention, self._after_mention = self._after_mention, False
        if after_mention and event.key() == Qt.Key.Key_Space and not event.modifiers():
            return  # the mention brought its space: one, not two
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
