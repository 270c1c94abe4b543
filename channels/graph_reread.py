"""Quarantined Graph items read again: the envelope that keeps what a reread needs.

A Facebook or Instagram comment does not say which post or medium it was written under, nor a
message which conversation it is in: polling knows from where it read them. So a comment or
message that goes to quarantine is kept in an envelope, `{"item": <the raw object, exactly as
it came>, "webcare_reread": {"read": "comment" | "message", ...}}`, and the adapters' `reread`
(the port's `Rereader`) opens it and builds the item as polling would have (`Batch.quarantine`
writes it).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from datetime import datetime
from typing import Any

from channels.graph_items import REREAD, ItemError, message_id, object_time, thread_id
from channels.graph_messaging import message_item
from channels.text import clean_text, parse_json
from webcare.channel import FetchResult, InboundItem, UnparseableItem

ReadOne = Callable[[dict[str, Any], Any, datetime], InboundItem]
"""Builds the item from the envelope's context, the raw object and now; raises ItemError."""


def reread(stream: str, payload: str, now: datetime, readers: Mapping[str, ReadOne]) -> FetchResult:
    """The quarantined item read again by the reader its envelope names, or why it cannot be."""
    result = FetchResult()
    try:
        kept = parse_json(payload)
        context = kept.get(REREAD) if isinstance(kept, dict) else None
        if not isinstance(context, dict):
            raise ItemError(
                "kept without its post, medium or conversation: it cannot be read again"
            )
        reader = readers.get(str(context.get("read")))
        if reader is None:
            raise ItemError(f"no reader for {context.get('read')!r} items")
        result.items.append(reader(context, kept.get("item"), now))
    except (ItemError, ValueError, TypeError, KeyError, AttributeError, RecursionError) as exc:
        result.unparseable.append(
            UnparseableItem(stream, clean_text(f"{type(exc).__name__}: {exc}")[:2000], payload)
        )
    return result


def text_field(context: Mapping[str, Any], key: str) -> str:
    """A string the envelope must hold (a post, medium or conversation id); ItemError if not."""
    value = context.get(key)
    if not isinstance(value, str) or not value:
        raise ItemError(f"the quarantine kept no {key}")
    return value


def message_reader(own_ids: frozenset[str], born: datetime, stream: str) -> ReadOne:
    """Reads a quarantined Messenger or Instagram message again, in the conversation kept."""

    def read(context: dict[str, Any], raw: Any, now: datetime) -> InboundItem:
        thread = thread_id({"id": text_field(context, "thread")})
        item_id = message_id(raw)
        created = object_time(raw, "created_time", born, now)
        return message_item(raw, item_id, created, thread, own_ids, stream)

    return read
