"""Turning Graph API objects into inbound items, defensively.

Meta leaves fields out when it likes: a comment's `from` is missing unless the app passed
review, a sticker has no `message`, an Instagram comment may carry only a `username`. An item is
stored whenever it can be (an id and a time are enough); only what has neither, or is not an
object at all, goes to quarantine with its raw payload.
"""

from __future__ import annotations

import hashlib
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from channels.graph import parse_time
from channels.text import clean_text, dump_payload
from webcare.channel import FetchResult, Identity, InboundItem, UnparseableItem


class ItemError(ValueError):
    """One object of a page cannot be stored."""


@dataclass
class Batch:
    """What one poll collects before it becomes a `FetchResult`."""

    items: list[InboundItem] = field(default_factory=list)
    unparseable: list[UnparseableItem] = field(default_factory=list)
    cursors: dict[str, str] = field(default_factory=dict)
    limited: dict[str, datetime] = field(default_factory=dict)
    refused: dict[str, str] = field(default_factory=dict)

    def refuse(self, streams: Sequence[str], reason: str, until: datetime) -> None:
        """The platform refused these streams (a missing permission): pause them."""
        for stream in streams:
            self.refused[stream] = reason
            self.limited[stream] = until

    def result(self, requests: int) -> FetchResult:
        return FetchResult(
            items=self.items,
            unparseable=self.unparseable,
            cursors=self.cursors,
            limited=self.limited,
            refused=self.refused,
            requests=requests,
        )

    def quarantine(self, stream: str, raw: Any, exc: Exception) -> None:
        external_id = raw.get("id") if isinstance(raw, dict) else None
        self.unparseable.append(
            UnparseableItem(
                stream=stream,
                reason=clean_text(f"{type(exc).__name__}: {exc}"),
                payload=dump_payload(raw),
                external_id=clean_text(str(external_id)) if external_id is not None else None,
            )
        )


def object_id(raw: Any) -> str:
    """The object's id; raises ItemError when it has none."""
    if not isinstance(raw, dict):
        raise ItemError("the item is not a JSON object")
    value = raw.get("id")
    if not isinstance(value, str | int) or isinstance(value, bool) or not str(value):
        raise ItemError("the item has no id")
    return clean_text(str(value))


def object_time(raw: Any, key: str) -> datetime:
    """The item's time under `key`; ItemError for anything unreadable, the item included."""
    if not isinstance(raw, dict):
        raise ItemError("the item is not a JSON object")
    try:
        return parse_time(raw.get(key))
    except ValueError as exc:
        raise ItemError(f"{key}: {exc}") from exc


def text_of(raw: dict[str, Any], key: str) -> str:
    """The text, or "" for an item without one (a sticker, a photo, a shared story)."""
    value = raw.get(key)
    return clean_text(value) if isinstance(value, str) else ""


ANONYMOUS = "anonymous:"
MAX_IDENTITY_ID = 64
"""What a contact's external id may hold (a Messenger or Instagram message id is longer)."""


def author_of(raw: dict[str, Any], item_id: str) -> Identity:
    """Who wrote it: `from{id,name|username}`, else the Instagram `username`, else nobody.

    Without `from` (an app without review) Meta hides the writer. Such a comment gets an
    identity of its own (`anonymous:<item id>`) rather than one shared "unknown" contact: two
    unknown writers must never be taken for one person. A `from` may carry more (a Messenger
    participant's `email`): only the id and names are kept.
    """
    sender = raw.get("from")
    username = _name(raw.get("username"))
    sender_id = _id_or_empty(sender)
    if sender_id and isinstance(sender, dict):
        return Identity(
            sender_id,
            _name(sender.get("username")) or username,
            _name(sender.get("name")),
        )
    if username:
        return Identity(f"@{username}", username, "")
    anonymous = ANONYMOUS + item_id
    if len(anonymous) > MAX_IDENTITY_ID:
        # Still one identity per item, and the same one on every poll.
        anonymous = ANONYMOUS + hashlib.sha256(item_id.encode()).hexdigest()[:40]
    return Identity(clean_text(anonymous))


def _id_or_empty(raw: object) -> str:
    try:
        return object_id(raw)
    except ItemError:
        return ""


def _name(value: object) -> str:
    return clean_text(value) if isinstance(value, str) else ""


def parent_id(raw: dict[str, Any]) -> str | None:
    """The parent comment of a reply: `parent{id}` (Facebook) or `parent_id` (Instagram)."""
    parent = raw.get("parent")
    if isinstance(parent, dict) and parent.get("id") is not None:
        return str(parent["id"])
    value = raw.get("parent_id")
    return str(value) if isinstance(value, str | int) and not isinstance(value, bool) else None


def edge(raw: Any, name: str) -> dict[str, Any]:
    """A nested connection of an object (`{"data": [...], "paging": ...}`), or an empty one."""
    value = raw.get(name) if isinstance(raw, dict) else None
    return value if isinstance(value, dict) else {"data": []}


def total_count(raw: dict[str, Any], name: str) -> int | None:
    """`summary.total_count` of a nested connection, or a plain `<name>_count` number."""
    summary = edge(raw, name).get("summary")
    value = summary.get("total_count") if isinstance(summary, dict) else raw.get(f"{name}_count")
    return value if isinstance(value, int) and not isinstance(value, bool) else None
