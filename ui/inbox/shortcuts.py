"""The inbox's keyboard shortcuts (`bind_shortcuts`), the overview shown with `?`, and the
filter that lets the inbox's Ctrl shortcuts through text fields."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

# (action, keys) in the order of the overview; the descriptions live in ShortcutOverview.
KEYS: list[tuple[str, tuple[str, ...]]] = [
    ("next", ("J",)),
    ("previous", ("K",)),
    ("reply", ("R",)),
    ("note", ("N",)),
    ("canned", ("/",)),
    ("send", ("Ctrl+Return",)),
    ("claim", ("A",)),
    ("close", ("E",)),
    ("assign", ("Shift+A",)),
    ("status", ("S",)),
    ("priority", ("P",)),
    ("tags", ("L",)),
    ("undo", ("Ctrl+Z",)),
    ("search", ("Ctrl+K", "Ctrl+F")),
    ("back", ("Esc",)),
    ("help", ("?",)),
]


def bind_shortcuts(page: QWidget, handlers: dict[str, Callable[[], None]]) -> dict[str, QShortcut]:
    """A shortcut for each key of `KEYS` whose action has a handler, by action.

    Window-wide, yet only while the page is shown (hidden widgets' shortcuts never fire);
    text fields still keep their letters (`ShortcutKeeper`, Qt's ShortcutOverride). "send"
    belongs to the composer and has no handler here.
    """
    shortcuts: dict[str, QShortcut] = {}
    for action, keys in KEYS:
        handler = handlers.get(action)
        if handler is None:
            continue
        for key in keys:
            shortcut = QShortcut(QKeySequence(key), page)
            shortcut.setContext(Qt.ShortcutContext.WindowShortcut)
            shortcut.activated.connect(handler)
            shortcuts[action] = shortcut
    return shortcuts


class ShortcutOverview(QDialog):
    """A table of every shortcut; opened without blocking (show), closed with Esc."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("ShortcutOverview")
        self.setWindowTitle(self.tr("Keyboard shortcuts"))
        self.table = QTableWidget(len(KEYS), 2, self)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(
            0, QHeaderView.ResizeMode.ResizeToContents
        )
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.setHorizontalHeaderLabels([self.tr("Keys"), self.tr("What it does")])
        self.table.setAccessibleName(self.tr("Keyboard shortcuts"))
        descriptions = self.descriptions()
        for row, (action, keys) in enumerate(KEYS):
            shown = " / ".join(keys).replace("Ctrl+Return", "Ctrl+Enter")
            self.table.setItem(row, 0, QTableWidgetItem(shown))
            self.table.setItem(row, 1, QTableWidgetItem(descriptions[action]))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table)
        layout.addWidget(buttons)
        # Tall enough to show every shortcut without scrolling.
        table_height = (
            self.table.horizontalHeader().sizeHint().height()
            + self.table.verticalHeader().length()
            + 2 * self.table.frameWidth()
        )
        self.table.setMinimumHeight(table_height)
        self.resize(540, table_height + buttons.sizeHint().height() + 40)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)

    def descriptions(self) -> dict[str, str]:
        return {
            "next": self.tr("Next conversation"),
            "previous": self.tr("Previous conversation"),
            "reply": self.tr("Write a reply"),
            "note": self.tr("Write an internal note"),
            "canned": self.tr("Pick a canned reply"),
            "send": self.tr("Send the reply or note"),
            "claim": self.tr("Assign the conversation to me"),
            "close": self.tr("Close the conversation"),
            "assign": self.tr("Assign to a colleague or unassign (menu)"),
            "status": self.tr("Set pending, snooze or reopen (menu)"),
            "priority": self.tr("Set the priority (menu)"),
            "tags": self.tr("Add or remove tags (menu)"),
            "undo": self.tr("Undo the last change to a conversation"),
            "search": self.tr("Search"),
            "back": self.tr("Back to the conversation list"),
            "help": self.tr("Show this overview"),
        }


class ShortcutKeeper(QObject):
    """Lets the inbox's Ctrl shortcuts through text fields that would otherwise eat them.

    Line edits and text editors claim Ctrl+K (delete to end of line on X11); the inbox wants
    it, and Ctrl+F as every other program has it, for search everywhere.
    """

    KEYS = (QKeySequence("Ctrl+K"), QKeySequence("Ctrl+F"))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ShortcutOverride and isinstance(event, QKeyEvent):
            pressed = QKeySequence(event.keyCombination())
            if any(
                pressed.matches(key) == QKeySequence.SequenceMatch.ExactMatch for key in self.KEYS
            ):
                event.ignore()
                return True
        return False
