"""The dialogs of the Settings page's accounts section: connect an account, give it a new
token, and read and retry its quarantined items (all through the accounts desk)."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ui.operations import Operations
from ui.settings.accounts_models import PLATFORM_NAMES, QuarantineModel
from ui.settings.team_models import ROW_ROLE
from ui.settings.team_widgets import DeskDialog, records_table
from ui.widgets.plain import PlainLabel
from webcare.accounts.desk import AccountsDesk, Connection
from webcare.accounts.quarantine import QuarantinedDetail, QuarantinedInfo, RetryReport
from webcare.accounts.service import AccountInfo
from webcare.vocabulary import Platform


def token_field(parent: QWidget, name: str) -> QLineEdit:
    """A field for a secret: shown as dots, never echoed, never kept in the undo history."""
    field = QLineEdit(parent)
    field.setEchoMode(QLineEdit.EchoMode.Password)
    field.setAccessibleName(name)
    return field


class ConnectDialog(DeskDialog):
    """Connect an account: platform, name, handle, the platform's ids, API base and token.

    Signals:
        saved(AccountInfo): the desk took it (the dialog then closes).
    """

    saved = Signal(object)

    def __init__(
        self,
        operations: Operations,
        desk: AccountsDesk,
        platforms: list[Platform],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(operations, "ConnectDialog", parent)
        self._desk = desk
        self.setWindowTitle(self.tr("Connect an account"))
        self.platform = QComboBox(self)
        for platform in platforms:
            self.platform.addItem(PLATFORM_NAMES[platform.value], platform.value)
        self.platform.setAccessibleName(self.tr("Platform"))
        self.name = QLineEdit(self)
        self.name.setAccessibleName(self.tr("Name"))
        self.name.setPlaceholderText(self.tr("for colleagues, e.g. Gemeente op X"))
        self.handle = QLineEdit(self)
        self.handle.setAccessibleName(self.tr("Handle"))
        self.external_id = QLineEdit(self)
        self.external_id.setAccessibleName(self.tr("Platform id"))
        self.external_id.setPlaceholderText(
            self.tr("X user id, Facebook Page id or Instagram account id")
        )
        self.page_id = QLineEdit(self)
        self.page_id.setAccessibleName(self.tr("Linked Facebook Page id"))
        self.api_base = QLineEdit(self)
        self.api_base.setAccessibleName(self.tr("API address"))
        self.api_base.setPlaceholderText(
            self.tr("empty for the platform itself, or the sandbox's URL")
        )
        self.token = token_field(self, self.tr("Token"))
        self.token.setPlaceholderText(self.tr("Facebook and Instagram: the Page access token"))
        self.form.addRow(self.tr("&Platform:"), self.platform)
        self.form.addRow(self.tr("&Name:"), self.name)
        self.form.addRow(self.tr("&Handle:"), self.handle)
        self.form.addRow(self.tr("Platform &id:"), self.external_id)
        self.form.addRow(self.tr("Linked &Page id:"), self.page_id)
        self.form.addRow(self.tr("&API address:"), self.api_base)
        self.form.addRow(self.tr("&Token:"), self.token)
        note = PlainLabel(
            self.tr(
                "The token goes into this computer's keyring, never into the database. Check "
                "the account after connecting it."
            ),
            self,
        )
        note.setObjectName("Hint")
        note.setWordWrap(True)
        self.form.addRow(note)
        self.platform.currentIndexChanged.connect(lambda _i: self._platform_changed())
        self._platform_changed()
        self.setMinimumWidth(560)

    def chosen_platform(self) -> Platform:
        return Platform(self.platform.currentData())

    def _platform_changed(self) -> None:
        instagram = self.chosen_platform() is Platform.INSTAGRAM
        self.page_id.setEnabled(instagram)
        self.form.setRowVisible(self.page_id, instagram)

    def connection(self) -> Connection:
        return Connection(
            platform=self.chosen_platform(),
            name=self.name.text(),
            handle=self.handle.text(),
            external_id=self.external_id.text(),
            credential=self.token.text(),
            api_base=self.api_base.text() or None,
            page_id=self.page_id.text() or None,
        )

    def submit(self) -> None:
        desk, connection = self._desk, self.connection()
        self.save(lambda: desk.connect(connection), self.saved.emit)


class ReauthoriseDialog(DeskDialog):
    """A new token for an account whose token the platform no longer accepts."""

    saved = Signal(object)

    def __init__(
        self,
        operations: Operations,
        desk: AccountsDesk,
        account: AccountInfo,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(operations, "ReauthoriseDialog", parent)
        self._desk, self._account = desk, account
        self.setWindowTitle(
            self.tr("Re-authorise {name}").format(name=f"{account.name} (@{account.handle})")
        )
        self.token = token_field(self, self.tr("New token"))
        self.form.addRow(self.tr("New &token:"), self.token)
        self.setMinimumWidth(480)

    def submit(self) -> None:
        desk, account_id, token = self._desk, self._account.id, self.token.text()
        self.save(lambda: desk.reauthorise(account_id, token), self.saved.emit)


class QuarantineDialog(QDialog):
    """An account's quarantined items: why each could not be read, its raw payload as plain
    text, and a retry of them all."""

    def __init__(
        self,
        operations: Operations,
        desk: AccountsDesk,
        account: AccountInfo,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("QuarantineDialog")
        self._operations, self._desk, self._account = operations, desk, account
        self.setWindowTitle(
            self.tr("Quarantine of {name}").format(name=f"{account.name} (@{account.handle})")
        )
        self.model = QuarantineModel(self)
        self.view = records_table(self, self.model, "QuarantineTable", stretch=3, height=140)
        # A reason can be long: it shares the width with the payload's start, never widens.
        self.view.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.view.setWordWrap(False)
        self.view.setAccessibleName(self.tr("Quarantined items"))
        self.payload = QPlainTextEdit(self)  # plain text: a payload is never rich text
        self.payload.setObjectName("QuarantinePayload")
        self.payload.setReadOnly(True)
        self.payload.setAccessibleName(self.tr("Raw payload"))
        self.payload.setLineWrapMode(QPlainTextEdit.LineWrapMode.WidgetWidth)
        self.reason = PlainLabel(parent=self)
        self.reason.setWordWrap(True)
        self.outcome = PlainLabel(parent=self)
        self.outcome.setObjectName("Hint")
        self.outcome.setWordWrap(True)
        self.retry_button = QPushButton(self.tr("&Retry all"), self)
        self.retry_button.setAccessibleName(self.tr("Retry every quarantined item"))
        self.retry_button.clicked.connect(self.retry)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        buttons.addButton(self.retry_button, QDialogButtonBox.ButtonRole.ActionRole)
        layout = QVBoxLayout(self)
        layout.addWidget(self.view)
        layout.addWidget(self.reason)
        layout.addWidget(self.payload, 1)
        layout.addWidget(self.outcome)
        layout.addWidget(buttons)
        self.view.selectionModel().currentChanged.connect(lambda *_: self._show_payload())
        self.resize(820, 560)
        self.refresh()

    def refresh(self) -> None:
        desk, account_id = self._desk, self._account.id
        self._operations.query(lambda: desk.quarantine(account_id), self._loaded, owner=self)

    def _loaded(self, found: list[QuarantinedInfo]) -> None:
        self.model.set_rows(found)
        self.retry_button.setEnabled(bool(found))
        if found:
            self.view.selectRow(0)
            self.view.setFocus()
        else:
            self.payload.setPlainText("")
            self.reason.setText(self.tr("Nothing of this account is in quarantine."))

    def selected(self) -> QuarantinedInfo | None:
        item = self.view.currentIndex().data(ROW_ROLE)
        return item if isinstance(item, QuarantinedInfo) else None

    def _show_payload(self) -> None:
        item = self.selected()
        if item is None:
            return
        self.reason.setText(self.tr("Why: {reason}").format(reason=item.reason))
        desk, item_id = self._desk, item.id
        self._operations.query(lambda: desk.quarantined(item_id), self._detail, owner=self)

    def _detail(self, found: QuarantinedDetail) -> None:
        current = self.selected()
        if current is not None and current.id == found.item.id:
            self.payload.setPlainText(found.payload)

    def retry(self) -> None:
        desk, account_id = self._desk, self._account.id
        self.retry_button.setEnabled(False)
        self._operations.op(
            lambda: desk.retry_quarantine(account_id),
            self._retried,
            on_error=self._failed,
            owner=self,
        )

    def _retried(self, report: RetryReport) -> None:
        stored = self.tr("%n item(s) read and stored.", "", len(report.stored))
        still = self.tr("%n item(s) still cannot be read.", "", len(report.still))
        self.outcome.setText(f"{stored} {still}")
        self.refresh()

    def _failed(self, reason: str, _error: BaseException) -> None:
        self.outcome.setText(reason)
        self.retry_button.setEnabled(True)
