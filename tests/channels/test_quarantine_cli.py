"""`webcare quarantine list|show|retry` and the quarantine's count in `accounts list --json`:
an X mention the adapter cannot read is kept with its payload, listed, shown as it came, and
stored once when a retry can read it; only an administrator sees residents' raw payloads."""

from __future__ import annotations

import json
from datetime import timedelta

import pytest

from channels.sandbox import SandboxHandle
from tests.helpers.edge import ANNA, cli, connect_x, mention, stored_ids
from tests.helpers.sandbox import Control
from webcare.accounts.credentials import CredentialStore
from webcare.cli import main
from webcare.runtime import Database
from webcare.storage.db import transaction
from webcare.storage.models import QuarantinedItem
from webcare.storage.types import utcnow
from webcare.worker import Worker


def test_quarantine_is_listed_shown_counted_and_retried_from_the_command_line(
    database: Database,
    store: CredentialStore,
    sandbox: SandboxHandle,
    control: Control,
    worker: Worker,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv("WEBCARE_USER", "beheerder")  # the first user: every role
    account_id = connect_x(database, store, sandbox)
    good = mention(control, "Stoep opgebroken")
    bad = {
        "id": "1900000000000000777",
        "text": "Geen auteur",
        "edit_history_tweet_ids": ["1900000000000000777"],
        "created_at": (utcnow() - timedelta(minutes=3)).strftime("%Y-%m-%dT%H:%M:%S.000Z"),
        "conversation_id": "1900000000000000777",
    }
    control.post("/_sandbox/x/raw_mentions", {"tweet": bad})
    worker.run_once()
    assert stored_ids(database) == [good]
    db = cli(database, store)
    capsys.readouterr()

    assert main([*db, "accounts", "list", "--json"]) == 0
    (row,) = json.loads(capsys.readouterr().out)
    assert row["quarantined"] == 1

    assert main([*db, "quarantine", "list", str(account_id), "--json"]) == 0
    (item,) = json.loads(capsys.readouterr().out)
    assert item["external_id"] == bad["id"]
    assert "author_id" in item["reason"]

    assert main([*db, "quarantine", "show", str(item["id"])]) == 0
    shown = capsys.readouterr().out
    assert "reason: ItemError: the item has no author_id" in shown
    assert json.loads(shown.split("\n\n", 1)[1]) == bad

    # a retry of what still cannot be read keeps it, and says so (exit 1)
    assert main([*db, "quarantine", "retry", str(account_id)]) == 1
    assert "0 stored, 1 still unreadable" in capsys.readouterr().out

    # the payload corrected in the database (as a data fix after an update would): stored once
    with transaction(database.sessions) as session:
        row_ = session.get(QuarantinedItem, item["id"])
        assert row_ is not None
        row_.payload = json.dumps({**bad, "author_id": ANNA["id"]})
    assert main([*db, "quarantine", "retry", str(account_id)]) == 0
    assert "1 stored, 0 still unreadable" in capsys.readouterr().out
    assert stored_ids(database) == [good, bad["id"]]
    worker.run_once()
    assert main([*db, "quarantine", "retry", str(account_id)]) == 0
    assert stored_ids(database) == [good, bad["id"]]


def test_an_agent_may_not_read_quarantined_payloads(
    database: Database,
    store: CredentialStore,
    sandbox: SandboxHandle,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv("WEBCARE_USER", "beheerder")
    connect_x(database, store, sandbox)
    db = cli(database, store)
    assert main([*db, "quarantine", "list"]) == 0  # the first user: an administrator
    capsys.readouterr()
    assert main([*db, "quarantine", "list", "--as", "bart"]) == 1  # bart: an agent
    error = capsys.readouterr().err
    assert "accounts.quarantine" in error and error.count("\n") == 1
