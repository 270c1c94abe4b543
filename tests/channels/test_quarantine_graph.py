"""Facebook and Instagram quarantine, retried: a comment or a direct message the adapter could
not read is kept with what reading it again needs (its post, medium or conversation), shown as
it came, and stored once, in the right conversation, when a retry after a fix can read it."""

from __future__ import annotations

import json
from typing import Any

import pytest
from sqlalchemy import select

from channels.sandbox import SandboxHandle
from tests.helpers.edge import (
    META,
    RESIDENT,
    cli,
    comment,
    connect_meta,
    dm,
    quarantined,
    stored_ids,
    target,
)
from tests.helpers.sandbox import Control
from webcare.accounts.credentials import CredentialStore
from webcare.cli import main
from webcare.runtime import Database
from webcare.storage.db import transaction
from webcare.storage.models import Conversation, Message, QuarantinedItem
from webcare.storage.types import utcnow
from webcare.vocabulary import Platform
from webcare.worker import Worker

COMMENT_KIND = {Platform.FACEBOOK: "comment", Platform.INSTAGRAM: "ig_comment"}
TIME_KEY = {Platform.FACEBOOK: "created_time", Platform.INSTAGRAM: "timestamp"}
TEXT_KEY = {Platform.FACEBOOK: "message", Platform.INSTAGRAM: "text"}
UNREADABLE = "gisteren om drie uur"  # no time Graph writes


def bad_comment(platform: Platform, comment_id: str) -> dict[str, Any]:
    author = RESIDENT[platform]
    payload: dict[str, Any] = {
        "id": comment_id,
        TEXT_KEY[platform]: "Lantaarnpaal kapot",
        TIME_KEY[platform]: UNREADABLE,
        "from": author,
    }
    if platform is Platform.INSTAGRAM:
        payload["username"] = author["username"]
    return payload


def bad_message(platform: Platform, message_id: str) -> dict[str, Any]:
    return {
        "id": message_id,
        "message": "Mijn container is niet geleegd",
        "created_time": UNREADABLE,
        "from": RESIDENT[platform],
    }


def fix_time(database: Database, item_id: int, key: str) -> None:
    """The payload's time corrected in the database, as a data fix after an update would."""
    with transaction(database.sessions) as session:
        row = session.get(QuarantinedItem, item_id)
        assert row is not None
        kept = json.loads(row.payload)
        kept["item"][key] = utcnow().strftime("%Y-%m-%dT%H:%M:%S+0000")
        row.payload = json.dumps(kept)


def stored(database: Database, external_id: str) -> tuple[str | None, str]:
    """The message's parent and its conversation's thread key."""
    with database.sessions() as session:
        message = session.scalars(select(Message).where(Message.external_id == external_id)).one()
        conversation = session.get(Conversation, message.conversation_id)
        assert conversation is not None
        return message.parent_external_id, conversation.thread_key


def retried(
    database: Database, store: CredentialStore, account_id: int, capsys: pytest.CaptureFixture[str]
) -> tuple[int, str]:
    code = main([*cli(database, store), "quarantine", "retry", str(account_id)])
    return code, capsys.readouterr().out


@pytest.mark.parametrize("platform", META)
@pytest.mark.parametrize("kind", ["comment", "message"])
def test_a_quarantined_comment_or_dm_is_shown_and_a_retry_after_a_fix_stores_it_once(
    database: Database,
    store: CredentialStore,
    sandbox: SandboxHandle,
    control: Control,
    worker: Worker,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    platform: Platform,
    kind: str,
) -> None:
    monkeypatch.setenv("WEBCARE_USER", "beheerder")  # the first user: every role
    account_id = connect_meta(database, store, sandbox, platform)
    on = target(control, platform)
    if kind == "comment":
        good = comment(control, platform, on, "Stoep opgebroken")
        bad = bad_comment(platform, "17999999999999123")
        control.post(
            "/_sandbox/graph/raw", {"kind": COMMENT_KIND[platform], "on": on, "payload": bad}
        )
        key = TIME_KEY[platform]
    else:
        on = dm(control, platform, "Stoep opgebroken")
        bad = bad_message(platform, "m_container_123")
        control.post("/_sandbox/graph/raw", {"kind": "message", "on": on, "payload": bad})
        key = "created_time"
    worker.run_once()
    (item,) = quarantined(database)
    assert item.external_id == bad["id"] and key in item.reason
    if kind == "message":
        (good,) = stored_ids(database)

    db = cli(database, store)
    capsys.readouterr()
    assert main([*db, "quarantine", "show", str(item.id)]) == 0
    shown = capsys.readouterr().out
    assert json.loads(shown.split("\n\n", 1)[1])["item"] == bad  # the raw payload, as it came

    code, out = retried(database, store, account_id, capsys)  # still unreadable: kept
    assert code == 1 and "0 stored, 1 still unreadable" in out

    fix_time(database, item.id, key)
    code, out = retried(database, store, account_id, capsys)
    assert code == 0 and "1 stored, 0 still unreadable" in out
    assert stored_ids(database) == [good, bad["id"]]
    assert quarantined(database) == []
    parent, thread = stored(database, bad["id"])
    if kind == "comment":
        assert parent == on  # the post or medium it was written under
    else:
        assert thread == stored(database, good)[1]  # the conversation it was written in

    worker.run_once()  # the sandbox still serves the broken payload: it is stored already
    assert quarantined(database) == []
    code, _ = retried(database, store, account_id, capsys)
    assert code == 0 and stored_ids(database) == [good, bad["id"]]  # once
