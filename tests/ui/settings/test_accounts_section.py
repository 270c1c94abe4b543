"""Accounts on the Settings page: an administrator connects one against the sandbox and the
worker polls it; a refused token shows what to do; an unreadable item waits in quarantine with
its reason and raw payload, and a retry stores it once.

The real adapters talk to the loopback sandbox; the worker is the real one.
"""

from __future__ import annotations

import json
from datetime import timedelta
from pathlib import Path

import pytest
import shiboken6
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot
from sqlalchemy import func, select

from channels.sandbox import X_ACCOUNT_ID, X_TOKEN, X_USERNAME, SandboxHandle
from tests.helpers.edge import ANNA, mention
from tests.helpers.sandbox import Control
from tests.helpers.ui import Clock
from ui.operations import Operations
from ui.settings.account_dialogs import ConnectDialog, QuarantineDialog
from ui.settings.accounts import AccountsSection
from webcare.accounts.credentials import CredentialStore
from webcare.accounts.desk import AccountsDesk
from webcare.desks import open_desks
from webcare.runtime import Database
from webcare.storage.models import Message
from webcare.worker import Worker


@pytest.fixture
def store(tmp_path: Path) -> CredentialStore:
    return CredentialStore(tmp_path / "keys", use_keyring=False)


@pytest.fixture
def clock() -> Clock:
    return Clock()


def section_for(
    qtbot: QtBot,
    operations: Operations,
    database: Database,
    store: CredentialStore,
    clock: Clock,
    username: str = "anna",
) -> AccountsSection:
    desks = open_desks(database.sessions, username, credentials=store)
    desk = AccountsDesk(database.sessions, desks.me.id, credentials=store, clock=clock)
    section = AccountsSection(operations, desk, desks.team)
    qtbot.add_widget(section)
    section.resize(1000, 600)
    with qtbot.wait_exposed(section):
        section.show()
    qtbot.wait_until(lambda: section.me is not None)
    return section


def opened(qtbot: QtBot, section: AccountsSection) -> QDialog:
    qtbot.wait_until(lambda: section.dialog is not None and section.dialog.isVisible())
    dialog = section.dialog
    assert dialog is not None
    dialog.activateWindow()
    qtbot.wait_until(dialog.isActiveWindow)
    return dialog


def closed(dialog: QDialog) -> bool:
    return not shiboken6.isValid(dialog) or not dialog.isVisible()


def connect_from_the_page(
    qtbot: QtBot, section: AccountsSection, sandbox: SandboxHandle
) -> ConnectDialog:
    """Fill in the connect dialog from the keyboard, as an administrator would."""
    section.connect_button.setFocus()
    qtbot.keyClick(section.connect_button, Qt.Key.Key_Space)
    dialog = opened(qtbot, section)
    assert isinstance(dialog, ConnectDialog)
    assert dialog.chosen_platform().value == "x"
    assert dialog.token.echoMode() is dialog.token.EchoMode.Password
    assert not dialog.page_id.isVisible()  # only Instagram takes a Page id
    qtbot.keyClicks(dialog.name, "Gemeente op X")
    qtbot.keyClicks(dialog.handle, X_USERNAME)
    qtbot.keyClicks(dialog.external_id, X_ACCOUNT_ID)
    qtbot.keyClicks(dialog.api_base, sandbox.x_base)
    qtbot.keyClicks(dialog.token, X_TOKEN)
    qtbot.keyClick(dialog.token, Qt.Key.Key_Return)  # Enter saves
    qtbot.wait_until(lambda: closed(dialog))
    qtbot.wait_until(lambda: section.model.rowCount() == 1)
    return dialog


def messages(database: Database, text: str) -> int:
    with database.sessions() as session:
        found = session.scalar(select(func.count()).where(Message.text == text))
        return int(found or 0)


def test_an_account_connected_on_the_settings_page_is_polled_by_the_worker(
    qtbot: QtBot,
    operations: Operations,
    database: Database,
    store: CredentialStore,
    clock: Clock,
    sandbox: SandboxHandle,
    control: Control,
    qtmodeltester: ModelTester,
) -> None:
    section = section_for(qtbot, operations, database, store, clock)
    assert "No account is connected yet." in section.health.text()
    connect_from_the_page(qtbot, section, sandbox)
    qtmodeltester.check(section.model)
    account = section.selected()
    assert account is not None and account.handle == X_USERNAME
    assert account.last_success_at is None
    # the token went to the credential store, never into the database
    assert store.load(f"x:{X_ACCOUNT_ID}") == X_TOKEN

    # Check asks the platform whom the token belongs to
    section.check_button.click()
    qtbot.wait_until(lambda: "accepts the token" in section.problem.text())
    assert f"@{X_USERNAME}" in section.problem.text()

    mention(control, "De lantaarnpaal in de Kerkstraat is kapot")
    Worker(database, store).run_once()
    assert messages(database, "De lantaarnpaal in de Kerkstraat is kapot") == 1
    section.refresh()
    qtbot.wait_until(lambda: section.model.rows()[0].last_success_at is not None)
    assert "working" in section.health.text()
    assert "Last good poll: -" not in section.health.text()


def test_a_refused_token_shows_needs_reauthorisation_and_a_new_token_mends_it(
    qtbot: QtBot,
    operations: Operations,
    database: Database,
    store: CredentialStore,
    clock: Clock,
    sandbox: SandboxHandle,
    control: Control,
) -> None:
    section = section_for(qtbot, operations, database, store, clock)
    connect_from_the_page(qtbot, section, sandbox)
    control.post("/_sandbox/x/revoke", {"token": X_TOKEN})
    Worker(database, store).run_once()
    section.refresh()
    qtbot.wait_until(lambda: "needs re-authorisation" in section.health.text())
    assert "Re-authorise" in section.health.text()  # what to do about it
    row = section.model.index(0, 2)
    assert row.data() == "needs re-authorisation"

    # the platform gives a new token; re-authorising with it makes the account work again
    control.post(
        "/_sandbox/x/accounts",
        {"id": X_ACCOUNT_ID, "username": X_USERNAME, "name": "Gemeente", "token": "vers-token"},
    )
    section.reauth_button.click()
    dialog = opened(qtbot, section)
    qtbot.keyClicks(dialog.token, "vers-token")  # type: ignore[attr-defined]
    qtbot.keyClick(dialog.token, Qt.Key.Key_Return)  # type: ignore[attr-defined]
    qtbot.wait_until(lambda: closed(dialog))
    qtbot.wait_until(lambda: "working" in section.health.text())
    mention(control, "Is het afval al opgehaald?")
    Worker(database, store).run_once()
    assert messages(database, "Is het afval al opgehaald?") == 1


def test_an_unreadable_item_waits_in_quarantine_and_a_retry_stores_it_once(
    qtbot: QtBot,
    operations: Operations,
    database: Database,
    store: CredentialStore,
    clock: Clock,
    sandbox: SandboxHandle,
    control: Control,
    qtmodeltester: ModelTester,
) -> None:
    section = section_for(qtbot, operations, database, store, clock)
    connect_from_the_page(qtbot, section, sandbox)
    # X's clock ran two days ahead: the mention claims a time after tomorrow
    ahead = (clock.now + timedelta(days=2)).strftime("%Y-%m-%dT%H:%M:%S.000Z")
    raw = {
        "id": "1900000000000000901",
        "text": "<b>Mijn fiets</b> is weggesleept",
        "edit_history_tweet_ids": ["1900000000000000901"],
        "author_id": ANNA["id"],
        "created_at": ahead,
        "conversation_id": "1900000000000000901",
    }
    control.post("/_sandbox/x/raw_mentions", {"tweet": raw})
    worker = Worker(database, store)
    worker.run_once()
    assert messages(database, raw["text"]) == 0
    section.refresh()
    qtbot.wait_until(lambda: section.model.rows()[0].quarantined == 1)
    assert section.model.index(0, 4).data() == "1"
    assert "1 item(s) could not be read" in section.health.text()

    section.quarantine_button.click()
    dialog = opened(qtbot, section)
    assert isinstance(dialog, QuarantineDialog)
    qtbot.wait_until(lambda: dialog.model.rowCount() == 1)
    qtmodeltester.check(dialog.model)
    assert "in the future" in dialog.reason.text()
    qtbot.wait_until(lambda: dialog.payload.toPlainText() != "")
    assert json.loads(dialog.payload.toPlainText()) == raw  # the raw payload, as plain text

    # retried while the time still lies ahead: it stays, with its reason
    dialog.retry_button.click()
    qtbot.wait_until(lambda: "still cannot be read" in dialog.outcome.text())
    assert "1 item(s) still cannot be read" in dialog.outcome.text()
    assert messages(database, raw["text"]) == 0

    # three days on the time lies in the past: the retry stores it, through ingest
    clock.now += timedelta(days=3)
    qtbot.wait_until(dialog.retry_button.isEnabled)
    dialog.retry_button.click()
    qtbot.wait_until(lambda: "1 item(s) read and stored" in dialog.outcome.text())
    qtbot.wait_until(lambda: dialog.model.rowCount() == 0)
    assert messages(database, raw["text"]) == 1
    dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Close).click()
    qtbot.wait_until(lambda: section.model.rows()[0].quarantined == 0)

    # a later poll, and a second retry, store nothing twice
    worker.run_once()
    section._desk.retry_quarantine(section.model.rows()[0].id)
    assert messages(database, raw["text"]) == 1


def test_a_colleague_who_is_not_an_administrator_sees_the_health_but_no_actions(
    qtbot: QtBot,
    operations: Operations,
    database: Database,
    store: CredentialStore,
    clock: Clock,
    sandbox: SandboxHandle,
) -> None:
    admin = section_for(qtbot, operations, database, store, clock)  # the first user: every role
    connect_from_the_page(qtbot, admin, sandbox)
    agent = section_for(qtbot, operations, database, store, clock, username="bart")
    qtbot.wait_until(lambda: agent.model.rowCount() == 1)
    assert not agent.connect_button.isVisible()
    assert not agent.quarantine_button.isVisible()
    assert "Only an administrator" in agent.note.text()
    assert "working" in agent.health.text()
