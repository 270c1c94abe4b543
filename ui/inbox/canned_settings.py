"""The canned replies' part of the Settings page: the team's list, and a dialog to edit one."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QLocale, QModelIndex, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLineEdit,
    QListView,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ui.inbox.models import CannedReplyModel
from ui.inbox.roles import Roles
from ui.widgets.plain import PlainLabel
from webcare.inbox.canned import BODY_MAX, SHORTCUT_MAX, TITLE_MAX, CannedReplyView

# (canned id or None, shortcut, title, body, on_done(id), on_error(reason))
SaveFunction = Callable[
    [int | None, str, str, str, Callable[[int], object], Callable[[str], object]], None
]


class CannedDialog(QDialog):
    """Add or change one canned reply. Stays open, with the reason, when saving is refused."""

    def __init__(
        self, save: SaveFunction, reply: CannedReplyView | None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("CannedDialog")
        self._save = save
        self._id = reply.id if reply else None
        self.setWindowTitle(self.tr("Edit canned reply") if reply else self.tr("New canned reply"))
        self.shortcut = QLineEdit(reply.shortcut if reply else "", self)
        self.shortcut.setMaxLength(SHORTCUT_MAX + 1)  # room for a leading /
        self.shortcut.setPlaceholderText(self.tr("e.g. afval"))
        self.shortcut.setAccessibleName(self.tr("Shortcut"))
        self.title_edit = QLineEdit(reply.title if reply else "", self)
        self.title_edit.setMaxLength(TITLE_MAX)
        self.title_edit.setAccessibleName(self.tr("Title"))
        self.body = QPlainTextEdit(reply.body if reply else "", self)
        self.body.setTabChangesFocus(True)
        self.body.setAccessibleName(self.tr("Text"))
        self.body.setMinimumHeight(140)
        # Not str.format: the text shows placeholders in double braces.
        self.hint = PlainLabel(
            self.tr(
                "Placeholders: {{naam}} the resident's name, {{medewerker}} your name, "
                "{{datum}} today's date. At most {count} characters. Ctrl+Enter saves."
            ).replace("{count}", QLocale().toString(BODY_MAX)),
            self,
        )
        self.hint.setWordWrap(True)
        self.hint.setObjectName("Hint")
        self.problem = PlainLabel(parent=self)
        self.problem.setObjectName("DialogProblem")
        self.problem.setWordWrap(True)
        self.problem.hide()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)
        for keys in ("Ctrl+Return", "Ctrl+Enter"):  # Enter in the text starts a new line
            QShortcut(QKeySequence(keys), self, self.submit)

        form = QFormLayout()
        form.addRow(self.tr("&Shortcut (type /shortcut):"), self.shortcut)
        form.addRow(self.tr("&Title:"), self.title_edit)
        form.addRow(self.tr("Te&xt:"), self.body)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.hint)
        layout.addWidget(self.problem)
        layout.addWidget(self.buttons)
        self.resize(560, 380)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)

    def submit(self) -> None:
        """Save; the dialog closes when the database took it, or shows why not."""
        if not self.buttons.isEnabled():
            return  # already saving
        self.buttons.setEnabled(False)
        self._save(
            self._id,
            self.shortcut.text(),
            self.title_edit.text(),
            self.body.toPlainText(),
            self._saved,
            self._refused,
        )

    def _saved(self, _canned_id: int) -> None:
        self.accept()

    def _refused(self, reason: str) -> None:
        self.buttons.setEnabled(True)
        self.problem.setText(reason)
        self.problem.setAccessibleName(reason)
        self.problem.show()


class CannedSettings(QGroupBox):
    """The team's canned replies: add, change (Enter or double-click) and delete.

    Signals:
        delete_requested(int, str): the user chose to delete this reply (id, shortcut); the
            page confirms first.
    """

    delete_requested = Signal(int, str)

    def __init__(
        self, model: CannedReplyModel, save: SaveFunction, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("CannedSettings")
        self._save = save
        self.dialog: CannedDialog | None = None
        self.view = QListView(self)
        self.view.setObjectName("CannedList")
        self.view.setModel(model)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setMinimumHeight(110)
        self.view.activated.connect(self._edit_index)
        self.add_button = QPushButton(self)
        self.add_button.clicked.connect(lambda: self._open(None))
        self.edit_button = QPushButton(self)
        self.edit_button.clicked.connect(lambda: self._edit_index(self.view.currentIndex()))
        self.delete_button = QPushButton(self)
        self.delete_button.clicked.connect(self._delete_current)
        self.empty = PlainLabel(parent=self)
        self.empty.setWordWrap(True)
        model.modelReset.connect(self._update)
        self.view.selectionModel().currentChanged.connect(lambda *_: self._update())

        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.edit_button)
        buttons.addWidget(self.delete_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.empty)
        layout.addWidget(self.view)
        layout.addLayout(buttons)
        self.retranslate_ui()
        self._update()

    def _update(self) -> None:
        has_rows = self.view.model().rowCount() > 0
        chosen = self.view.currentIndex().isValid()
        self.empty.setVisible(not has_rows)
        self.edit_button.setEnabled(chosen)
        self.delete_button.setEnabled(chosen)

    def _edit_index(self, index: QModelIndex) -> None:
        reply = index.data(Roles.ROW) if index.isValid() else None
        if isinstance(reply, CannedReplyView):
            self._open(reply)

    def _open(self, reply: CannedReplyView | None) -> None:
        self.dialog = CannedDialog(self._save, reply, self)
        self.dialog.open()

    def _delete_current(self) -> None:
        reply = self.view.currentIndex().data(Roles.ROW)
        if isinstance(reply, CannedReplyView):
            self.delete_requested.emit(reply.id, reply.shortcut)

    def retranslate_ui(self) -> None:
        self.setTitle(self.tr("Canned replies"))
        self.view.setAccessibleName(self.tr("Canned replies"))
        self.add_button.setText(self.tr("&New…"))
        self.add_button.setAccessibleName(self.tr("New canned reply"))
        self.edit_button.setText(self.tr("&Edit…"))
        self.edit_button.setAccessibleName(self.tr("Edit the chosen canned reply"))
        self.delete_button.setText(self.tr("&Delete"))
        self.delete_button.setAccessibleName(self.tr("Delete the chosen canned reply"))
        self.empty.setText(
            self.tr(
                "No canned replies yet. Add answers the team gives often; in the composer, "
                "type / and the shortcut."
            )
        )

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)
