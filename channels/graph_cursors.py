"""Cursors for the Graph API streams: watermarks in time, because Graph has no since-id.

Graph times have whole seconds and ids carry no order, so a watermark is the newest second
seen plus the ids seen in exactly that second: an item is new when it is younger, or as old
but not among those ids. Nothing is lost to two items in one second, and an idle poll returns
nothing twice.

Posts and media keep a small state each (their `updated_time` and comment count, and a
watermark of their comments): a poll reads the comments only of posts whose state changed.
Cursors are compact JSON (stored in `account_streams.cursor`, a text column).
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

MAX_IDS = 100
"""More ids in one second than this are dropped: they come back once, and ingest skips them."""


@dataclass(frozen=True)
class Watermark:
    """The newest second seen (unix time) and the ids seen in that second.

    `Watermark(None)` means nothing seen: every item is new.
    """

    t: int | None = None
    ids: frozenset[str] = field(default_factory=frozenset)

    def is_new(self, moment: datetime, item_id: str) -> bool:
        ts = int(moment.timestamp())
        return self.t is None or ts > self.t or (ts == self.t and item_id not in self.ids)

    def is_older(self, moment: datetime) -> bool:
        """Strictly older than the watermark: nothing at or after it comes later in a
        newest-first list."""
        return self.t is not None and int(moment.timestamp()) < self.t

    def advanced(self, seen: Iterable[tuple[datetime, str]]) -> Watermark:
        """This watermark moved to the newest of `seen` (items read in full)."""
        t, ids = self.t, set(self.ids)
        for moment, item_id in seen:
            ts = int(moment.timestamp())
            if t is None or ts > t:
                t, ids = ts, {item_id}
            elif ts == t:
                ids.add(item_id)
        return Watermark(t, frozenset(sorted(ids)[:MAX_IDS]))

    def dump(self) -> list[Any]:
        return [self.t, sorted(self.ids)]

    @classmethod
    def load(cls, value: object) -> Watermark:
        if (
            isinstance(value, list)
            and len(value) == 2
            and (value[0] is None or isinstance(value[0], int))
            and isinstance(value[1], list)
        ):
            return cls(value[0], frozenset(str(i) for i in value[1]))
        return cls()

    @classmethod
    def floor(cls, moment: datetime) -> Watermark:
        """Everything from `moment` on is new (a first poll's look-back)."""
        return cls(int(moment.timestamp()) - 1, frozenset())


def dump_watermark(mark: Watermark) -> str:
    return json.dumps({"w": mark.dump()}, separators=(",", ":"))


def load_watermark(cursor: str | None) -> Watermark | None:
    """The watermark of a cursor; None for no (or an unreadable) cursor: a first poll."""
    document = _load(cursor)
    return Watermark.load(document["w"]) if document and "w" in document else None


@dataclass(frozen=True)
class PostState:
    """What the last complete poll knew of one post or medium.

    Attributes:
        updated: the post's `updated_time` (unix time; None on Instagram, which has none).
        count: its comment count (replies included).
        comments: the watermark of its comments.
    """

    updated: int | None
    count: int | None
    comments: Watermark

    def changed(self, updated: datetime | None, count: int | None) -> bool:
        new_updated = int(updated.timestamp()) if updated is not None else None
        return new_updated != self.updated or count != self.count

    def dump(self) -> list[Any]:
        return [self.updated, self.count, self.comments.dump()]

    @classmethod
    def load(cls, value: object) -> PostState | None:
        if not isinstance(value, list) or len(value) != 3:
            return None
        updated, count, comments = value
        if updated is not None and not isinstance(updated, int):
            return None
        if count is not None and not isinstance(count, int):
            return None
        return cls(updated, count, Watermark.load(comments))


def dump_posts(posts: Mapping[str, PostState]) -> str:
    return json.dumps(
        {"p": {post_id: state.dump() for post_id, state in posts.items()}},
        separators=(",", ":"),
    )


def load_posts(cursor: str | None) -> dict[str, PostState] | None:
    """The per-post states of a cursor; None for no (or an unreadable) cursor: a first poll."""
    document = _load(cursor)
    if not document or not isinstance(document.get("p"), dict):
        return None
    states = {}
    for post_id, value in document["p"].items():
        state = PostState.load(value)
        if state is not None:
            states[str(post_id)] = state
    return states


class PostsCursor:
    """A posts (or media) stream's cursor while one poll reads it: the state the last complete
    poll left of each post, and the states this poll records.

    Only a post whose `updated_time` or comment count changed has its comments read again;
    every other post keeps its state as it was. A post not seen before starts its comments
    from the first poll's look-back (on a first poll) or from the beginning (a new post).

    Attributes:
        first_poll: the stream had no (readable) cursor.
    """

    def __init__(self, cursor: str | None, first_poll_floor: datetime) -> None:
        known = load_posts(cursor)
        self.first_poll = known is None
        self._known = known or {}
        self._floor = first_poll_floor
        self._states: dict[str, PostState] = {}

    def recent(self, listing: Iterable[Any], at_least: int) -> Iterator[Any]:
        """The first `at_least` posts of a newest-first listing, and beyond them as long as
        the posts are new since the last poll, so that a burst of posts is read to its end.
        With no post known (a first poll) it stops at `at_least`."""
        for count, raw in enumerate(listing):
            post_id = raw.get("id") if isinstance(raw, dict) else None
            if count >= at_least and (not self._known or post_id in self._known):
                return
            yield raw

    def knows(self, post_id: str) -> bool:
        """The last poll saw this post."""
        return post_id in self._known

    def keep_if_unchanged(self, post_id: str, updated: datetime | None, count: int | None) -> bool:
        """Keep the post's old state when it has not changed; True when it was kept."""
        old = self._known.get(post_id)
        if old is not None and not old.changed(updated, count):
            self._states[post_id] = old
            return True
        return False

    def comments_from(self, post_id: str) -> Watermark:
        """Where reading the post's comments starts."""
        old = self._known.get(post_id)
        if old is not None:
            return old.comments
        return Watermark.floor(self._floor) if self.first_poll else Watermark()

    def record(self, post_id: str, state: PostState) -> None:
        self._states[post_id] = state

    def dump(self) -> str:
        """The stream's next cursor: the posts this poll went through."""
        return dump_posts(self._states)


def _load(cursor: str | None) -> dict[str, Any] | None:
    if not cursor:
        return None
    try:
        document = json.loads(cursor)
    except ValueError:
        return None
    return document if isinstance(document, dict) else None
