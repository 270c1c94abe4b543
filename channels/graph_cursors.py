"""Cursors for the Graph API streams: watermarks in time, because Graph has no since-id.

Graph times have whole seconds and ids carry no order, so a watermark is the newest second
seen plus the ids seen in exactly that second: an item is new when it is younger, or as old
but not among those ids. Nothing is lost to two items in one second, and an idle poll returns
nothing twice.

Posts and media keep a small state each (their `updated_time`, comment count and, on
Instagram, a digest of the comment ids the listing shows, and a watermark of their comments):
a poll reads the comments only of posts whose state changed, and records a post's new state
only once its comments were read in full, so that a failed read is asked for again. Every post
of the window (30 days by default) is kept, not only the newest ones. Cursors are compact
JSON (stored in `account_streams.cursor`, a text column); a stored time from the future (from
before times were checked) is dropped on reading, so it can never hide what comes later.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from channels.sanity import MAX_AHEAD

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
    def load(cls, value: object, now: datetime | None = None) -> Watermark:
        """A stored watermark; nothing seen (everything new) for one that is not readable, or
        that claims a second after tomorrow."""
        if (
            isinstance(value, list)
            and len(value) == 2
            and (value[0] is None or (isinstance(value[0], int) and _sane_second(value[0], now)))
            and isinstance(value[1], list)
        ):
            return cls(value[0], frozenset(str(i) for i in value[1][:MAX_IDS]))
        return cls()

    @classmethod
    def floor(cls, moment: datetime) -> Watermark:
        """Everything from `moment` on is new (a first poll's look-back)."""
        return cls(int(moment.timestamp()) - 1, frozenset())


def dump_watermark(mark: Watermark) -> str:
    return json.dumps({"w": mark.dump()}, separators=(",", ":"))


def load_watermark(cursor: str | None, now: datetime | None = None) -> Watermark | None:
    """The watermark of a cursor; None for no (or an unreadable) cursor: a first poll."""
    document = _load(cursor)
    return Watermark.load(document["w"], now) if document and "w" in document else None


def _sane_second(value: int, now: datetime | None) -> bool:
    if not 0 <= value <= 2**40:
        return False
    return now is None or value <= now.timestamp() + MAX_AHEAD.total_seconds()


@dataclass(frozen=True)
class PostState:
    """What the last complete poll knew of one post or medium.

    Attributes:
        updated: the post's `updated_time` (unix time; None on Instagram, which has none, or
            for a post whose time makes no sense).
        count: its comment count (replies included).
        comments: the watermark of its comments.
        digest: Instagram: a digest of the comment and reply ids the media listing shows, so
            that a comment deleted and another added between two polls is noticed although
            the count stayed the same.
    """

    updated: int | None
    count: int | None
    comments: Watermark
    digest: str | None = None

    def changed(
        self, updated: datetime | None, count: int | None, digest: str | None = None
    ) -> bool:
        new_updated = int(updated.timestamp()) if updated is not None else None
        return new_updated != self.updated or count != self.count or digest != self.digest

    def dump(self) -> list[Any]:
        return [self.updated, self.count, self.comments.dump(), self.digest]

    @classmethod
    def load(cls, value: object, now: datetime | None = None) -> PostState | None:
        if not isinstance(value, list) or len(value) not in (3, 4):
            return None
        updated, count, comments = value[:3]
        digest = value[3] if len(value) == 4 else None
        if updated is not None and not (isinstance(updated, int) and _sane_second(updated, now)):
            return None
        if count is not None and not isinstance(count, int):
            return None
        if digest is not None and not isinstance(digest, str):
            return None
        return cls(updated, count, Watermark.load(comments, now), digest)


def dump_posts(posts: Mapping[str, PostState]) -> str:
    return json.dumps(
        {"p": {post_id: state.dump() for post_id, state in posts.items()}},
        separators=(",", ":"),
    )


def load_posts(cursor: str | None, now: datetime | None = None) -> dict[str, PostState] | None:
    """The per-post states of a cursor; None for no (or an unreadable) cursor: a first poll."""
    document = _load(cursor)
    if not document or not isinstance(document.get("p"), dict):
        return None
    states = {}
    for post_id, value in document["p"].items():
        state = PostState.load(value, now)
        if state is not None:
            states[str(post_id)] = state
    return states


class PostsCursor:
    """A posts (or media) stream's cursor while one poll reads it: the state the last complete
    poll left of each post, and the states this poll records.

    Only a post whose `updated_time`, comment count (or digest) changed has its comments read
    again; every other post keeps its state as it was. A post not seen before starts its
    comments from the first poll's look-back (on a first poll) or from the beginning (a new
    post). A post whose comments could not be read keeps its old state (`keep_old`), so the
    next poll asks again.

    Attributes:
        first_poll: the stream had no (readable) cursor.
    """

    def __init__(
        self, cursor: str | None, first_poll_floor: datetime, now: datetime | None = None
    ) -> None:
        known = load_posts(cursor, now)
        self.first_poll = known is None
        self._known = known or {}
        self._floor = first_poll_floor
        self._states: dict[str, PostState] = {}

    def knows(self, post_id: str) -> bool:
        """The last poll saw this post."""
        return post_id in self._known

    def keep_if_unchanged(
        self,
        post_id: str,
        updated: datetime | None,
        count: int | None,
        digest: str | None = None,
    ) -> bool:
        """Keep the post's old state when it has not changed; True when it was kept."""
        old = self._known.get(post_id)
        if old is not None and not old.changed(updated, count, digest):
            self._states[post_id] = old
            return True
        return False

    def keep_old(self, post_id: str) -> None:
        """The post's comments were not read in full: keep what the last poll knew (a post
        never read stays unknown), so that the next poll reads them again."""
        old = self._known.get(post_id)
        if old is not None:
            self._states[post_id] = old

    def comments_from(self, post_id: str) -> Watermark:
        """Where reading the post's comments starts."""
        old = self._known.get(post_id)
        if old is not None:
            return old.comments
        return Watermark.floor(self._floor) if self.first_poll else Watermark()

    def record(self, post_id: str, state: PostState) -> None:
        self._states[post_id] = state

    def dump(self, listing_complete: bool = True) -> str:
        """The stream's next cursor: the posts this poll went through, and, when the listing
        could not be read to its end, the posts it did not reach as they were."""
        states = dict(self._states)
        if not listing_complete:
            for post_id, state in self._known.items():
                states.setdefault(post_id, state)
        return dump_posts(states)


def _load(cursor: str | None) -> dict[str, Any] | None:
    if not cursor:
        return None
    try:
        document = json.loads(cursor)
    except ValueError:
        return None
    return document if isinstance(document, dict) else None
