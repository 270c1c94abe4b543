"""The labels' part of the Settings page: the team's labels, renamed, coloured, merged and
deleted through the inbox desk (made on a conversation with "New tag…")."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QColor, QIcon, QPixmap, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QGroupBox,
    QHBoxLayout,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ui.inbox.prompts import InboxPrompts
from ui.operations import Operations
from ui.widgets.plain import PlainLabel
from webcare.desk import Changes, Done, Topic
from webcare.inbox.desk import InboxDesk
from webcare.inbox.labels import LabelView

# The colours offered (Dutch names through tr in `colour_names`); None takes the colour away.
COLOURS: tuple[str | None, ...] = (
    "#2a7f3f",
    "#1d4e89",
    "#b42318",
    "#c2570c",
    "#6b3fa0",
    "#5b6475",
    None,
)


def swatch(colour: str | None) -> QIcon:
    pixmap = QPixmap(14, 14)
    pixmap.fill(QColor(colour) if colour else QColor(0, 0, 0, 0))
    return QIcon(pixmap)


class LabelSettings(QGroupBox):
    """The team's labels with how often each is used; Rename…, Colour…, Merge into…, Delete."""

    def __init__(
        self,
        operations: Operations,
        desk: InboxDesk,
        prompts: InboxPrompts,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("LabelSettings")
        self._operations = operations
        self._desk = desk
        self.prompts = prompts
        self._labels: list[LabelView] = []
        self.view = QListWidget(self)
        self.view.setObjectName("LabelList")
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setMinimumHeight(110)
        self.view.currentRowChanged.connect(lambda _row: self._update())
        self.rename_button = QPushButton(self)
        self.rename_button.clicked.connect(self.rename)
        self.colour_button = QPushButton(self)
        self.colour_button.clicked.connect(self.colour)
        self.merge_button = QPushButton(self)
        self.merge_button.clicked.connect(self.merge)
        self.delete_button = QPushButton(self)
        self.delete_button.clicked.connect(self.delete)
        self.empty = PlainLabel(parent=self)
        self.empty.setWordWrap(True)
        self.problem = PlainLabel(parent=self)
        self.problem.setObjectName("DialogProblem")
        self.problem.setWordWrap(True)
        self.problem.hide()
        buttons = QHBoxLayout()
        for button in (self.rename_button, self.colour_button, self.merge_button):
            buttons.addWidget(button)
        buttons.addWidget(self.delete_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.empty)
        layout.addWidget(self.view)
        layout.addWidget(self.problem)
        layout.addLayout(buttons)
        operations.changed.connect(self._changed)
        self.retranslate_ui()
        self.load()

    # ---- the list

    def load(self) -> None:
        self._operations.query(self._desk.labels, self._show, owner=self)

    def _changed(self, changes: Changes) -> None:
        if changes.touches(Topic.TAGS):
            self.load()

    def _show(self, labels: list[LabelView]) -> None:
        kept = self.current()
        self._labels = labels
        self.view.clear()
        for label in labels:
            text = self.tr("{name} ({count})").format(name=label.name, count=label.conversations)
            item = QListWidgetItem(swatch(label.colour), text)
            item.setData(Qt.ItemDataRole.UserRole, label.id)
            item.setData(
                Qt.ItemDataRole.AccessibleTextRole,
                self.tr("{name}, on {count} conversations").format(
                    name=label.name, count=label.conversations
                ),
            )
            self.view.addItem(item)
            if kept is not None and label.id == kept.id:
                self.view.setCurrentItem(item)
        self._update()

    def current(self) -> LabelView | None:
        row = self.view.currentRow()
        return self._labels[row] if 0 <= row < len(self._labels) else None

    def _update(self) -> None:
        chosen = self.current() is not None
        self.empty.setVisible(not self._labels)
        self.view.setVisible(bool(self._labels))
        for button in (self.rename_button, self.colour_button, self.delete_button):
            button.setEnabled(chosen)
        self.merge_button.setEnabled(chosen and len(self._labels) > 1)

    # ---- changes

    def _write(self, call: Callable[[], Done[None]]) -> None:
        self.problem.hide()
        self._operations.op(call, on_error=self._refused, owner=self)

    def _refused(self, reason: str, _error: BaseException) -> None:
        self.problem.setText(reason)
        self.problem.setAccessibleName(reason)
        self.problem.show()

    def rename(self) -> None:
        label = self.current()
        if label is None:
            return

        def named(name: str | None) -> None:
            if name and name.strip():
                self._write(lambda: self._desk.rename_label(label.id, name))

        self.prompts.ask_text(
            self.window(),
            self.tr("Rename label"),
            self.tr("New name for “{name}”:").format(name=label.name),
            named,
        )

    def colour_names(self) -> list[str]:
        return [
            self.tr("Green"),
            self.tr("Blue"),
            self.tr("Red"),
            self.tr("Orange"),
            self.tr("Purple"),
            self.tr("Grey"),
            self.tr("No colour"),
        ]

    def colour(self) -> None:
        label = self.current()
        if label is None:
            return

        def chosen(index: int | None) -> None:
            if index is not None:
                self._write(lambda: self._desk.set_label_colour(label.id, COLOURS[index]))

        self.prompts.ask_choice(
            self.window(),
            self.tr("Label colour"),
            self.tr("Colour of “{name}”:").format(name=label.name),
            self.colour_names(),
            chosen,
        )

    def merge(self) -> None:
        label = self.current()
        if label is None:
            return
        others = [other for other in self._labels if other.id != label.id]

        def chosen(index: int | None) -> None:
            if index is not None:
                into = others[index].id
                self._write(lambda: self._desk.merge_labels(label.id, into))

        self.prompts.ask_choice(
            self.window(),
            self.tr("Merge label"),
            self.tr("Put this label on its conversations instead of “{name}”:").format(
                name=label.name
            ),
            [other.name for other in others],
            chosen,
        )

    def delete(self) -> None:
        label = self.current()
        if label is None:
            return

        def answered(yes: bool) -> None:
            if yes:
                self._write(lambda: self._desk.delete_label(label.id))

        self.prompts.confirm(
            self.window(),
            self.tr("Delete label"),
            self.tr(
                "Take “{name}” off %n conversation(s) and delete it for the whole team?",
                "",
                label.conversations,
            ).format(name=label.name),
            self.tr("Delete"),
            answered,
        )

    def retranslate_ui(self) -> None:
        self.setTitle(self.tr("Labels"))
        self.view.setAccessibleName(self.tr("The team's labels"))
        self.rename_button.setText(self.tr("Re&name…"))
        self.colour_button.setText(self.tr("C&olour…"))
        self.merge_button.setText(self.tr("&Merge into…"))
        self.delete_button.setText(self.tr("De&lete"))
        self.delete_button.setAccessibleName(self.tr("Delete the chosen label"))
        self.empty.setText(
            self.tr("No labels yet. Add one to a conversation with Tags (L), New tag…")
        )
        if self._labels:
            self._show(self._labels)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if not event.spontaneous():
            self.load()  # the counts as they are now: colleagues may have tagged since

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)
