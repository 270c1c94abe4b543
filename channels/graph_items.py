"""Turning Graph API objects into inbound items, defensively.

Meta leaves fields out when it likes: a comment's `from` is missing unless the app passed
review, a sticker has no `message`, an Instagram comment may carry only a `username`. An item is
stored whenever it can be (an id and a time are enough); only what has neither, or is not an
object at all, goes to quarantine with its raw payload.

Every id and time is checked first (channels/sanity.py): a post, comment or medium id has
Graph's shape (digits, joined by underscores), a message or conversation id is one path-safe
word, and a time lies between the platform's birth and tomorrow. An item from year 9999 would
otherwise become the "last seen" mark, and hide everything written after it.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from channels.graph import Listing, parse_time
from channels.sanity import checked_time, graph_id, path_segment
from channels.text import clean_text, dump_payload
from webcare.channel import FetchResult, Gap, Identity, InboundItem, UnparseableItem

_WORD = re.compile(r"[\x21-\x7e]{1,200}")
REREAD = "webcare_reread"
"""The key of a quarantined item's envelope that says how to read it again."""


class ItemError(ValueError):
    """One object of a page cannot be stored."""


@dataclass
class Batch:
    """What one poll collects before it becomes a `FetchResult`.

    Attributes:
        halted: the platform throttled a call (or usage passed 90 %): no further request is
            made in this poll, and what was not read keeps its old cursor state.
    """

    items: list[InboundItem] = field(default_factory=list)
    unparseable: list[UnparseableItem] = field(default_factory=list)
    cursors: dict[str, str] = field(default_factory=dict)
    limited: dict[str, datetime] = field(default_factory=dict)
    refused: dict[str, str] = field(default_factory=dict)
    failed: dict[str, str] = field(default_factory=dict)
    gaps: list[Gap] = field(default_factory=list)
    halted: datetime | None = None

    def refuse(self, streams: Sequence[str], reason: str, until: datetime) -> None:
        """The platform refused these streams (a missing permission): pause them."""
        for stream in streams:
            self.refused[stream] = reason
            self.limited[stream] = until

    def fail(self, stream: str, reason: str) -> None:
        """Part of a stream could not be read this time (named on the account)."""
        self.failed[stream] = "; ".join(filter(None, [self.failed.get(stream), reason]))[:2000]

    def halt(self, until: datetime) -> None:
        self.halted = until if self.halted is None else max(self.halted, until)

    def result(self, requests: int) -> FetchResult:
        return FetchResult(
            items=self.items,
            unparseable=self.unparseable,
            cursors=self.cursors,
            limited=self.limited,
            refused=self.refused,
            failed=self.failed,
            gaps=self.gaps,
            requests=requests,
        )

    def quarantine(
        self, stream: str, raw: Any, exc: Exception, reread: Mapping[str, Any] | None = None
    ) -> None:
        """Keep `raw` with why it cannot be stored; `reread` is what reading it again needs
        (its post, medium or conversation: channels/graph_reread.py), if it can be."""
        external_id = raw.get("id") if isinstance(raw, dict) else None
        shown = str(external_id)[:200] if isinstance(external_id, str | int) else None
        payload = dump_payload(raw)
        if reread is not None:
            payload = dump_payload({"item": raw, REREAD: dict(reread)})
        self.unparseable.append(
            UnparseableItem(
                stream=stream,
                reason=clean_text(f"{type(exc).__name__}: {exc}")[:2000],
                payload=payload,
                external_id=clean_text(shown) if shown is not None else None,
            )
        )

    def noted(self, listing: Listing) -> bool:
        """Keep what a list that was read says about itself (notes for the quarantine, why it
        stopped early); True when it was read to its end."""
        self.unparseable.extend(listing.notes)
        if listing.limited_until is not None:
            self.halt(listing.limited_until)
        if listing.failure is not None:
            self.fail(listing.stream, listing.failure)
        return listing.complete


def object_id(raw: Any) -> str:
    """A post's, comment's or medium's id (digits, joined by underscores); ItemError when it
    has none, or one of another shape (`?`, `/`, `#`: never an id, never into a path)."""
    if not isinstance(raw, dict):
        raise ItemError("the item is not a JSON object")
    value = graph_id(raw.get("id"))
    if value is None:
        raise ItemError("the item has no id of Graph's shape (digits, joined by _)")
    return value


def message_id(raw: Any) -> str:
    """A message's id (`m_…`, base64-ish): one word of printable ASCII; ItemError otherwise."""
    if not isinstance(raw, dict):
        raise ItemError("the item is not a JSON object")
    value = raw.get("id")
    if not isinstance(value, str) or not _WORD.fullmatch(value):
        raise ItemError("the message has no id (one word of printable characters)")
    return value


def thread_id(raw: Any) -> str:
    """A conversation's id (`t_…`, or base64 on Instagram): it goes into a path, so it must be
    one safe path segment; ItemError otherwise."""
    if not isinstance(raw, dict):
        raise ItemError("the item is not a JSON object")
    value = raw.get("id")
    if not isinstance(value, str):
        raise ItemError("the conversation has no id")
    try:
        path_segment(value)
    except ValueError as exc:
        raise ItemError(str(exc)) from exc
    return value


def object_time(raw: Any, key: str, born: datetime, now: datetime) -> datetime:
    """The item's time under `key`, between the platform's birth (`born`) and tomorrow;
    ItemError for anything unreadable or out of that range, the item included."""
    if not isinstance(raw, dict):
        raise ItemError("the item is not a JSON object")
    try:
        return checked_time(parse_time(raw.get(key)), born, now)
    except ValueError as exc:
        raise ItemError(f"{key}: {exc}") from exc


def maybe_time(raw: Any, key: str, born: datetime, now: datetime) -> datetime | None:
    """`object_time`, or None when the time is missing or not sane."""
    try:
        return object_time(raw, key, born, now)
    except ItemError:
        return None


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
    value = raw.get("id") if isinstance(raw, dict) else None
    return graph_id(value) or ""


def _name(value: object) -> str:
    return clean_text(value) if isinstance(value, str) else ""


def parent_id(raw: dict[str, Any]) -> str | None:
    """The parent comment of a reply: `parent{id}` (Facebook) or `parent_id` (Instagram),
    if it is an id of Graph's shape."""
    parent = raw.get("parent")
    if isinstance(parent, dict) and parent.get("id") is not None:
        return graph_id(parent["id"])
    return graph_id(raw.get("parent_id"))


def edge(raw: Any, name: str) -> dict[str, Any]:
    """A nested connection of an object (`{"data": [...], "paging": ...}`), or an empty one."""
    value = raw.get(name) if isinstance(raw, dict) else None
    return value if isinstance(value, dict) else {"data": []}


def total_count(raw: dict[str, Any], name: str) -> int | None:
    """`summary.total_count` of a nested connection, or a plain `<name>_count` number."""
    summary = edge(raw, name).get("summary")
    value = summary.get("total_count") if isinstance(summary, dict) else raw.get(f"{name}_count")
    return value if isinstance(value, int) and not isinstance(value, bool) else None
