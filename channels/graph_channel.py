"""What the Facebook Page and Instagram adapters share: an account polled through its own node.

Both platforms are polled alike. One request on the account's node (the Page, or the IG user)
lists, by field expansion, every post of the comment window (30 days by default, 100 a page:
Facebook's `feed`, Instagram's `media`) and the posts that tag it (`tagged`, `tags`); a post
whose activity changed gets a request for its comments, and is marked as read only when that
read succeeded in full; the direct messages are the linked Page's conversations
(channels/graph_messaging.py). Every call spends the same Graph budget, so a throttled call
stops the requests still to come, but what the answers so far brought is read and kept; while
usage is above 90 % every stream waits.

A subclass names its two node edges and their fields, reads its posts stream, and says what a
tagged post is and which authors are the account itself. Replying, publishing and moderating
differ per platform and stay in the subclass, except the lookup of a direct message or a
private reply, which is the Page's on both.
"""

from __future__ import annotations

import logging
import os
from abc import ABC, abstractmethod
from collections.abc import Mapping, Sequence
from datetime import datetime, timedelta
from typing import Any, ClassVar

from channels.graph import GraphClient
from channels.graph_cursors import Watermark, dump_watermark, load_watermark
from channels.graph_items import Batch, author_of, edge
from channels.graph_lists import newer_than
from channels.graph_messaging import Messaging
from webcare.accounts.credentials import Credential
from webcare.channel import (
    AccountConfig,
    AuthExpired,
    Delivered,
    FetchResult,
    Identity,
    InboundItem,
    OutboundReply,
    RateLimited,
    Rejected,
    Transient,
)
from webcare.vocabulary import ReplyMode

log = logging.getLogger(__name__)

DMS = "dms"
RECENT_POSTS = 25
"""Tags the node request lists per page (newest first, read down to the watermark)."""
WINDOW_PAGE = 100
"""Posts (or media) per page of the window's listing: the most Graph serves in one."""
DEFAULT_WINDOW = timedelta(days=30)
WINDOW_ENV = "WEBCARE_COMMENT_WINDOW_DAYS"
FIRST_POLL_LOOKBACK = timedelta(days=7)
"""A new account reads the last week, not the Page's whole history."""
REFUSED_PAUSE = timedelta(hours=1)
"""A stream the platform refused (a missing permission) is tried again after this."""


def comment_window(override: timedelta | None = None) -> timedelta:
    """How far back posts are watched for new comments: `override`, else
    `WEBCARE_COMMENT_WINDOW_DAYS` (1 to 365), else 30 days."""
    if override is not None:
        return override
    raw = os.environ.get(WINDOW_ENV, "")
    if raw.isascii() and raw.isdigit() and 1 <= int(raw) <= 365:
        return timedelta(days=int(raw))
    return DEFAULT_WINDOW


def page_token(credential: Credential, platform: str) -> str:
    """The Page access token: the credential itself, or its `access_token` key."""
    if isinstance(credential, str):
        return credential
    for key in ("access_token", "page_access_token"):
        if credential.get(key):
            return credential[key]
    raise AuthExpired(f"the {platform} credential has no Page access token")


class GraphChannel(ABC):
    """The polling and reply lookup of a Facebook Page or an Instagram account.

    A subclass sets:
        POSTS: the node edge of the account's recent posts, also the name of their stream.
        TAGS: the node edge of the posts that tag the account, also their stream's name.
        POSTS_FIELDS, TAGS_FIELDS: the fields asked of each.
        TIME_KEY: where the platform keeps an object's creation time.
        BORN: when the platform began: an earlier time is nonsense.

    Args:
        messaging: the linked Page's conversations; None for an account without a Page (an
            Instagram account added without one), which then has no `dms` stream.
        window: how far back posts are watched for comments (`comment_window`).
    """

    POSTS: ClassVar[str]
    TAGS: ClassVar[str]
    POSTS_FIELDS: ClassVar[str]
    TAGS_FIELDS: ClassVar[str]
    TIME_KEY: ClassVar[str]
    BORN: ClassVar[datetime]

    def __init__(
        self,
        account: AccountConfig,
        client: GraphClient,
        messaging: Messaging | None,
        window: timedelta | None = None,
    ) -> None:
        self.account = account
        self.client = client
        self.messaging = messaging
        self.window = comment_window(window)

    @property
    def streams(self) -> tuple[str, ...]:
        """The account's streams: its posts, its tags, and its DMs if it has a Page."""
        node_streams = (self.POSTS, self.TAGS)
        return (*node_streams, DMS) if self.messaging is not None else node_streams

    @abstractmethod
    def _is_own(self, author: Identity) -> bool:
        """The author is the account itself."""

    # ---- polling

    def fetch(
        self, cursors: Mapping[str, str], paused: Mapping[str, datetime] | None = None
    ) -> FetchResult:
        """Read every stream that is not paused. One that fails for a while fails alone; a
        throttled call (or usage above 90 %) stops the requests, not the reading of what
        came back."""
        self.client.requests = 0
        batch = Batch()
        streams = self.streams
        for stream, until in (paused or {}).items():
            if stream in streams:
                batch.limited[stream] = until  # still paused: the account stays rate limited
        todo = [stream for stream in streams if stream not in batch.limited]
        now = self.client.clock()
        floor = now - FIRST_POLL_LOOKBACK
        refused_until = now + REFUSED_PAUSE
        node_streams = [stream for stream in (self.POSTS, self.TAGS) if stream in todo]
        if node_streams and not self._halted(batch):
            try:
                # The account's own node: the Page, or the IG user.
                node = self.client.get(
                    self.account.external_id, fields=self._node_fields(node_streams, now)
                )
            except Rejected as exc:  # e.g. no permission to read the Page's posts
                batch.refuse(node_streams, exc.reason, refused_until)
            except RateLimited as exc:
                batch.halt(exc.until)
            except Transient as exc:
                for stream in node_streams:
                    batch.fail(stream, exc.detail or str(exc))
            else:
                if self.POSTS in node_streams:
                    self._read_posts(edge(node, self.POSTS), cursors.get(self.POSTS), floor, batch)
                if self.TAGS in node_streams:
                    self._read_tags(edge(node, self.TAGS), cursors.get(self.TAGS), floor, batch)
        if DMS in todo and self.messaging is not None and not self._halted(batch):
            try:
                self.messaging.read(cursors.get(DMS), floor, batch)
            except Rejected as exc:  # e.g. no messaging permission for this app
                batch.refuse([DMS], exc.reason, refused_until)
            except RateLimited as exc:
                batch.halt(exc.until)
            except Transient as exc:
                batch.fail(DMS, exc.detail or str(exc))
        if batch.halted is not None:
            # One budget per Page (and app): a throttled call stops the streams not yet read.
            for stream in todo:
                if stream not in batch.cursors:
                    batch.limited.setdefault(stream, batch.halted)
        pause = self.client.reads_paused()
        if pause is not None:  # usage above 90 %: the next poll waits, read or not
            for stream in streams:
                batch.limited[stream] = max(pause, batch.limited.get(stream, pause))
        unread = [s for s in todo if s in batch.failed and s not in batch.cursors]
        if todo and len(unread) == len(todo):
            # Nothing could be read at all: the account backs off as a whole.
            raise Transient("; ".join(f"{s}: {batch.failed[s]}" for s in unread))
        if batch.refused and not (batch.items or batch.cursors or batch.unparseable):
            # Nothing could be read at all: that is the account's problem, not a stream's.
            raise Rejected("; ".join(batch.refused.values()), "refused")
        return batch.result(self.client.requests)

    def _halted(self, batch: Batch) -> bool:
        """Before each request: no more requests once a call was throttled, or while usage is
        above 90 %."""
        until = self.client.reads_paused()
        if until is not None:
            batch.halt(until)
        return batch.halted is not None

    def _node_fields(self, streams: Sequence[str], now: datetime) -> str:
        """The field expansion that lists, in one request, every post of the window (paged by
        100: a Page with 150 posts in its window costs two requests) and the recent tags."""
        since = int((now - self.window).timestamp())
        fields = []
        if self.POSTS in streams:
            fields.append(
                f"{self.POSTS}.since({since}).limit({WINDOW_PAGE}){{{self.POSTS_FIELDS}}}"
            )
        if self.TAGS in streams:
            fields.append(f"{self.TAGS}.limit({RECENT_POSTS}){{{self.TAGS_FIELDS}}}")
        return ",".join(fields)

    def _comments_page(
        self, node_id: str, stream: str, batch: Batch, **args: Any
    ) -> dict[str, Any] | None:
        """The first page of a post's (or medium's) comments, or None when it could not be had:
        a refusal (the post went away, or its comments are off limits: 10, 100, 200, 368) or a
        temporary failure is named on the account and the post is asked for again next poll;
        a throttled call stops this poll's requests."""
        try:
            return self.client.get(node_id, "comments", **args)
        except Rejected as exc:
            log.info("%s: comments of %s not readable: %s", stream, node_id, exc)
            batch.fail(stream, f"comments of {node_id}: {exc.reason}")
        except Transient as exc:
            batch.fail(stream, f"comments of {node_id}: {exc.detail or exc}")
        except RateLimited as exc:
            batch.halt(exc.until)
        return None

    @abstractmethod
    def _read_posts(
        self, listing: dict[str, Any], cursor: str | None, floor: datetime, batch: Batch
    ) -> None:
        """The posts stream (the node's `POSTS` edge) into `batch`, with its next cursor.

        Args:
            floor: where a first poll starts (FIRST_POLL_LOOKBACK ago).
        """

    def _read_tags(
        self, listing: dict[str, Any], cursor: str | None, floor: datetime, batch: Batch
    ) -> None:
        """The posts that tag the account, newest first: each new one is a conversation of its
        own, unless the account tagged itself. The watermark moves only when the list was read
        to its end."""
        now = self.client.clock()
        mark = load_watermark(cursor, now) or Watermark.floor(floor)
        seen: list[tuple[datetime, str]] = []
        found: list[InboundItem] = []
        tags_listing = self.client.listing(listing, self.TAGS)
        tags = newer_than(
            mark,
            tags_listing,
            time_key=self.TIME_KEY,
            born=self.BORN,
            now=now,
            seen=seen,
            batch=batch,
            stream=self.TAGS,
        )
        for raw, post_id, created in tags:
            author = author_of(raw, post_id)
            if not self._is_own(author):
                found.append(self._tag_item(raw, post_id, created, author))
        batch.items.extend(reversed(found))  # in the order they were written
        complete = batch.noted(tags_listing)
        if complete or cursor is not None:
            batch.cursors[self.TAGS] = dump_watermark(mark.advanced(seen) if complete else mark)

    @abstractmethod
    def _tag_item(
        self, raw: dict[str, Any], post_id: str, created: datetime, author: Identity
    ) -> InboundItem:
        """A resident's post that tags the account, as a mention."""

    # ---- answering

    def _messaging(self) -> Messaging:
        """The Page's conversations. A Facebook Page is its own; only an Instagram account
        added without its Page lacks them."""
        if self.messaging is None:
            raise Rejected(
                "Instagram direct messages need the linked Facebook Page (--page-id)", "no_page"
            )
        return self.messaging

    def find_sent(self, reply: OutboundReply, since: datetime) -> list[Delivered]:
        """Every copy of `reply` among what the account sent since `since` (reconciliation).

        A direct message or a private reply is in the Page's conversations on both platforms;
        a public reply is looked for where the platform keeps it (`_find_public`).
        """
        if reply.mode is ReplyMode.DIRECT:
            return self._messaging().find_in_thread(reply.thread_key, reply.text, since)
        if reply.mode is ReplyMode.PRIVATE_REPLY:
            return self._messaging().find_anywhere(reply.text, since)
        return self._find_public(reply, since)

    @abstractmethod
    def _find_public(self, reply: OutboundReply, since: datetime) -> list[Delivered]:
        """A public reply's copies among the account's comments since `since`."""

    def delete_comment(self, external_id: str) -> None:
        """Delete a comment the account itself wrote: `DELETE /{comment-id}`."""
        body = self.client.delete(external_id)
        if body.get("success") is not True:
            raise Transient("the Graph API did not confirm deleting the comment")

    def close(self) -> None:
        self.client.close()
