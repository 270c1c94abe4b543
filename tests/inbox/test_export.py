"""`webcare inbox export`: every conversation with its messages, complete and in order."""

from __future__ import annotations

import csv
import io
import json
import os
from datetime import UTC, datetime, timedelta
from pathlib import Path

from sqlalchemy import select

from tests.helpers.cli import start_webcare, webcare
from webcare.channel import FetchResult, Identity, InboundItem, ItemKind
from webcare.config import Settings, resolve_db_url
from webcare.inbox.ingest import ingest
from webcare.inbox.outbox import queue_reply
from webcare.runtime import open_database
from webcare.storage.db import transaction
from webcare.storage.models import Account, AuditEvent, ConversationTag, Tag, User
from webcare.vocabulary import ConversationKind, Platform

T0 = datetime(2026, 11, 2, 9, 0, tzinfo=UTC)
TEXT = 'Afval niet opgehaald, "Dam" 12 — ‏שלום & <b>bold</b>\nregel 2'


def fill_inbox() -> None:
    data = Path(os.environ["WEBCARE_DATA_DIR"])
    database = open_database(Settings(resolve_db_url(None, data), data, "nl"))
    try:
        with transaction(database.sessions) as session:
            account = Account(
                platform=Platform.X,
                external_id="4242",
                name="Gemeente op X",
                handle="gemeente",
                credential_ref="x:4242",
            )
            session.add(account)
            session.flush()
            resident = Identity("7", "anna", "Anna <img src=x>")
            items = [
                InboundItem(
                    "101",
                    "100",
                    "100",
                    ConversationKind.PUBLIC_THREAD,
                    ItemKind.REPLY,
                    resident,
                    "Tweede",
                    T0 + timedelta(minutes=5),
                    stream="mentions",
                ),
                InboundItem(
                    "100",
                    None,
                    "100",
                    ConversationKind.PUBLIC_THREAD,
                    ItemKind.MENTION,
                    resident,
                    TEXT,
                    T0,
                    stream="mentions",
                ),
                InboundItem(
                    "900",
                    None,
                    "7-4242",
                    ConversationKind.DIRECT,
                    ItemKind.DIRECT_MESSAGE,
                    resident,
                    "DM",
                    T0,
                    stream="dms",
                ),
            ]
            ingest(session, account.id, FetchResult(items=items), T0 + timedelta(minutes=6))
        with transaction(database.sessions) as session:
            queue_reply(
                session,
                conversation_id=1,
                text="We komen eraan",
                user_id=None,
                now=T0 + timedelta(minutes=7),
            )
            tag = Tag(name="afval")
            session.add(tag)
            session.flush()
            session.add(ConversationTag(conversation_id=1, tag_id=tag.id))
    finally:
        database.close()


def export(fmt: str) -> str:
    result = webcare("inbox", "export", "--format", fmt, timeout=60)
    assert result.returncode == 0, result.stderr
    return result.stdout


def test_json_export_holds_every_field_in_time_order() -> None:
    fill_inbox()
    conversations = json.loads(export("json"))
    assert [c["kind"] for c in conversations] == ["public_thread", "direct"]
    thread = conversations[0]
    assert thread["platform"] == "x" and thread["status"] == "new" and thread["tags"] == ["afval"]
    assert thread["account"]["name"] == "Gemeente op X"
    assert thread["contact"] == {
        "platform": "x",
        "external_id": "7",
        "handle": "anna",
        "display_name": "Anna <img src=x>",
    }
    assert [
        (m["external_id"], m["direction"], m["delivery_state"]) for m in thread["messages"]
    ] == [
        ("100", "inbound", None),
        ("101", "inbound", None),
        (None, "outbound", "queued"),
    ]
    first = thread["messages"][0]
    assert first["text"] == TEXT and first["author_handle"] == "anna"
    assert first["created_at"] == "2026-11-02T09:00:00+00:00"
    assert thread["messages"][1]["parent_external_id"] == "100"


def test_csv_export_has_one_row_per_message_and_round_trips_text() -> None:
    fill_inbox()
    rows = list(csv.DictReader(io.StringIO(export("csv"))))
    assert len(rows) == 4
    assert rows[0]["message_text"] == TEXT
    assert rows[0]["tags"] == "afval"
    assert rows[3]["kind"] == "direct" and rows[3]["message_text"] == "DM"


def test_export_to_a_file(tmp_path: Path) -> None:
    fill_inbox()
    target = tmp_path / "inbox.json"
    result = webcare("inbox", "export", "-o", str(target), timeout=60)
    assert result.returncode == 0
    assert "exported 2 conversations" in result.stderr
    assert len(json.loads(target.read_text(encoding="utf-8"))) == 2


def test_a_reader_that_stops_early_gets_no_traceback() -> None:
    data = Path(os.environ["WEBCARE_DATA_DIR"])
    database = open_database(Settings(resolve_db_url(None, data), data, "nl"))
    try:
        with transaction(database.sessions) as session:
            account = Account(
                platform=Platform.X, external_id="4242", name="G", credential_ref="x:4242"
            )
            session.add(account)
            session.flush()
            resident = Identity("7", "anna", "Anna")
            items = [
                InboundItem(
                    str(n),
                    None,
                    str(n),
                    ConversationKind.PUBLIC_THREAD,
                    ItemKind.MENTION,
                    resident,
                    "x" * 200,
                    T0,
                    stream="mentions",
                )
                for n in range(1, 1500)
            ]
            ingest(session, account.id, FetchResult(items=items), T0)
    finally:
        database.close()
    process = start_webcare("inbox", "export", text=False)
    assert process.stdout is not None and process.stderr is not None
    assert process.stdout.read(100).startswith(b"[")
    process.stdout.close()  # like `| head -c 100`
    errors = process.stderr.read().decode()
    process.stderr.close()
    assert process.wait(timeout=60) == 1
    assert errors == ""


def test_only_supervisors_and_administrators_export_and_each_export_is_audited() -> None:
    fill_inbox()
    # The first user of a database holds every role; bart, who comes later, is an agent.
    assert webcare("inbox", "export", "--as", "anna", timeout=60).returncode == 0
    refused = webcare("inbox", "export", "--as", "bart", timeout=60)
    assert refused.returncode == 1 and refused.stdout == ""
    assert refused.stderr.count("\n") == 1 and "may not call inbox.export" in refused.stderr
    data = Path(os.environ["WEBCARE_DATA_DIR"])
    database = open_database(Settings(resolve_db_url(None, data), data, "nl"))
    try:
        with database.sessions() as session:
            events = session.execute(
                select(User.username, AuditEvent.details)
                .join(User, User.id == AuditEvent.actor_user_id)
                .where(AuditEvent.action == "inbox.exported")
            ).all()
    finally:
        database.close()
    assert events == [("anna", {"format": "json", "conversations": 2})]


def test_a_refused_export_to_a_file_leaves_nothing_behind(tmp_path: Path) -> None:
    fill_inbox()
    assert webcare("inbox", "export", "--as", "anna", timeout=60).returncode == 0  # every role
    folder = tmp_path / "exports"
    folder.mkdir()
    refused = webcare("inbox", "export", "-o", str(folder / "inbox.json"), "--as", "bart")
    assert refused.returncode == 1 and "may not call inbox.export" in refused.stderr
    assert list(folder.iterdir()) == []
