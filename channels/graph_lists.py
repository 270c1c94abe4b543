"""Reading a newest-first Graph list: down to a watermark when polling, down to a moment when
looking for a reply we sent.

A Page's comments (`order=reverse_chronological`), the posts or media that tag an account and
the messages of a conversation all come newest first. A reader can therefore stop at the first
object older than what it is after, and the pages behind it are never requested. An object
without an id or a readable time goes to quarantine when polling (it is a resident's message
we could not store) and is passed over when looking for our own.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Mapping
from datetime import datetime
from typing import Any

from channels.graph_cursors import Watermark
from channels.graph_items import Batch, ItemError, author_of, object_id, object_time, text_of
from webcare.channel import Delivered, Identity
from webcare.inbox.textmatch import same_text

IdOf = Callable[[Any], str]


def newer_than(
    mark: Watermark,
    objects: Iterable[Any],
    *,
    time_key: str,
    born: datetime,
    now: datetime,
    seen: list[tuple[datetime, str]],
    batch: Batch,
    stream: str,
    id_of: IdOf = object_id,
    reread: Mapping[str, Any] | None = None,
) -> Iterator[tuple[dict[str, Any], str, datetime]]:
    """The objects of a newest-first list that are new since `mark`, with their id and time.

    The walk ends at the first object older than `mark`: the rest was read by an earlier poll.
    An object without a sane id or time (before the platform existed, after tomorrow) is
    quarantined and the walk goes on: it says nothing about where the list stands.

    Args:
        time_key: where the platform keeps the object's time ("created_time", "timestamp").
        born, now: the range a time must lie in.
        seen: receives the time and id of every object read down to the watermark, new or
            not, for `Watermark.advanced` once the caller has read the list in full.
        batch, stream: where an object without an id or a readable time is quarantined.
        id_of: reads the object's id (messages have ids of another shape than comments).
        reread: what reading a quarantined object again needs (channels/graph_reread.py).
    """
    for raw in objects:
        try:
            item_id = id_of(raw)
            created = object_time(raw, time_key, born, now)
        except ItemError as exc:
            batch.quarantine(stream, raw, exc, reread)
            continue
        if mark.is_older(created):
            return
        seen.append((created, item_id))
        if mark.is_new(created, item_id):
            yield raw, item_id, created


def find_own(
    objects: Iterable[Any],
    text: str,
    since: datetime,
    is_own: Callable[[Identity], bool],
    *,
    born: datetime,
    now: datetime,
    id_of: IdOf = object_id,
) -> list[Delivered]:
    """Our objects with this text in a newest-first list of Page comments or messages, written
    at or after `since` (crash reconciliation: was the reply sent before the worker died, and
    is there only one copy that can be it?).

    Both carry their time in `created_time` and their text in `message`.
    """
    found: list[Delivered] = []
    for raw in objects:
        try:
            item_id = id_of(raw)
            created = object_time(raw, "created_time", born, now)
        except ItemError:
            continue
        if created < since:
            break
        if is_own(author_of(raw, item_id)) and same_text(text, text_of(raw, "message")):
            found.append(Delivered(item_id, created))
    return found
