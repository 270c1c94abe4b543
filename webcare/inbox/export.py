"""Export every conversation with its messages, as JSON or CSV, streamed.

Conversations are read in id order in batches and messages per batch, so memory stays flat
however large the inbox is.
"""

from __future__ import annotations

import csv
import json
from collections import defaultdict
from collections.abc import Iterator
from datetime import datetime
from typing import IO, Any

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from webcare.storage.models import Conversation, Message

BATCH = 500

CSV_COLUMNS = [
    "conversation_id",
    "account",
    "platform",
    "kind",
    "status",
    "assignee",
    "tags",
    "contact_platform",
    "contact_external_id",
    "contact_handle",
    "contact_display_name",
    "message_external_id",
    "message_parent_external_id",
    "message_direction",
    "message_author_handle",
    "message_text",
    "message_created_at",
    "message_delivery_state",
]


def _iso(value: datetime | None) -> str | None:
    return value.isoformat() if value else None


def conversations(session: Session) -> Iterator[dict[str, Any]]:
    """Every conversation as a plain dict, its messages in time order."""
    last_id = 0
    while True:
        batch = session.scalars(
            select(Conversation)
            .where(Conversation.id > last_id)
            .order_by(Conversation.id)
            .limit(BATCH)
            .options(
                selectinload(Conversation.account),
                selectinload(Conversation.contact),
                selectinload(Conversation.assignee),
                selectinload(Conversation.tags),
            )
        ).all()
        if not batch:
            return
        messages: dict[int, list[Message]] = defaultdict(list)
        for message in session.scalars(
            select(Message)
            .where(Message.conversation_id.in_([c.id for c in batch]))
            .order_by(Message.conversation_id, Message.created_at, Message.id)
            .options(selectinload(Message.author_contact), selectinload(Message.author_user))
        ):
            messages[message.conversation_id].append(message)
        for conversation in batch:
            yield _conversation(conversation, messages[conversation.id])
        last_id = batch[-1].id
        session.expunge_all()


def _conversation(conversation: Conversation, messages: list[Message]) -> dict[str, Any]:
    contact = conversation.contact
    account = conversation.account
    return {
        "id": conversation.id,
        "account": {"id": account.id, "name": account.name, "handle": account.handle},
        "platform": account.platform.value,
        "kind": conversation.kind.value,
        "status": conversation.status.value,
        "assignee": conversation.assignee.username if conversation.assignee else None,
        "tags": [tag.name for tag in conversation.tags],
        "contact": None
        if contact is None
        else {
            "platform": contact.platform.value,
            "external_id": contact.external_id,
            "handle": contact.handle,
            "display_name": contact.display_name,
        },
        "messages": [_message(m, account.handle) for m in messages],
    }


def _message(message: Message, account_handle: str) -> dict[str, Any]:
    if message.author_contact is not None:
        author = message.author_contact.handle
    elif message.author_user is not None:
        author = message.author_user.username
    else:
        author = account_handle
    return {
        "external_id": message.external_id,
        "parent_external_id": message.parent_external_id,
        "direction": message.direction.value,
        "author_handle": author,
        "text": message.text,
        "created_at": _iso(message.created_at),
        "delivery_state": message.delivery_state.value if message.delivery_state else None,
    }


def write_json(session: Session, out: IO[str]) -> int:
    """A JSON array of conversations, written as it is read."""
    count = 0
    out.write("[")
    for conversation in conversations(session):
        out.write(",\n" if count else "\n")
        json.dump(conversation, out, ensure_ascii=False)
        count += 1
    out.write("\n]\n" if count else "]\n")
    return count


# A cell a spreadsheet would read as a formula (or as the start of one, after a tab or a
# carriage return): OWASP's CSV injection rule.
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def neutral_cell(value: object) -> str:
    """The cell as text, with a leading quote where a spreadsheet would run it as a formula
    (a display name like `=cmd|' /C calc'!A0` stays readable and stays text)."""
    text = "" if value is None else str(value)
    return "'" + text if text.startswith(FORMULA_STARTS) else text


def write_csv(session: Session, out: IO[str]) -> int:
    """One row per message (conversations without messages get one row without message).

    Every cell goes through `neutral_cell`, and every cell is quoted (OWASP's advice)."""
    writer = csv.DictWriter(out, CSV_COLUMNS, quoting=csv.QUOTE_ALL)
    writer.writeheader()
    count = 0
    for conversation in conversations(session):
        contact = conversation["contact"] or {}
        base = {
            "conversation_id": conversation["id"],
            "account": conversation["account"]["name"],
            "platform": conversation["platform"],
            "kind": conversation["kind"],
            "status": conversation["status"],
            "assignee": conversation["assignee"] or "",
            "tags": ";".join(conversation["tags"]),
            "contact_platform": contact.get("platform", ""),
            "contact_external_id": contact.get("external_id", ""),
            "contact_handle": contact.get("handle", ""),
            "contact_display_name": contact.get("display_name", ""),
        }
        for message in conversation["messages"] or [None]:
            row = dict(base)
            if message is not None:
                row.update({f"message_{key}": value for key, value in message.items()})
            writer.writerow({key: neutral_cell(value) for key, value in row.items()})
        count += 1
    return count
