"""The `Channel` port: what the core needs from a platform, in platform-neutral terms.

Adapters in `channels/` implement it and are found through the `webcare.channels` entry
points (platform name -> adapter class); the core never imports them. Adapters translate every
platform failure into one of the typed errors below, so that the worker can decide what to do
without knowing which platform it talks to.
"""

from __future__ import annotations

import enum
import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import Protocol, runtime_checkable

from webcare.errors import WebcareError
from webcare.vocabulary import ConversationKind, MessageTag, Platform, ReplyMode

# What no database column stores: NUL (PostgreSQL refuses it) and half a UTF-16 surrogate pair
# (not encodable as UTF-8; a pair in JSON decodes to one character, so only halves match).
_UNSTORABLE = re.compile("[\x00\ud800-\udfff]")


def storable(text: str) -> str:
    """`text` without NUL (dropped) and lone surrogates (replaced by U+FFFD)."""
    if not _UNSTORABLE.search(text):
        return text
    return _UNSTORABLE.sub(lambda m: "" if m.group() == "\x00" else "\ufffd", text)


class ItemKind(enum.StrEnum):
    """What an inbound item is on its platform (mapped onto `MessageKind` when stored)."""

    MENTION = "mention"
    REPLY = "reply"
    COMMENT = "comment"
    POST = "post"
    DIRECT_MESSAGE = "direct_message"
    OWN_POST = "own_post"


@dataclass(frozen=True)
class Identity:
    """A platform identity: a resident, or the account itself."""

    external_id: str
    handle: str = ""
    display_name: str = ""


@dataclass(frozen=True)
class InboundItem:
    """One item fetched from a platform, already decoded (no HTML entities, exact text).

    Attributes:
        thread_key: what groups items into one conversation on this account (X:
            conversation_id or the DM conversation id; Meta: the top-level comment or the
            messaging thread).
        from_account: True for what the account itself wrote (own posts, replies made outside
            Webcare, direct messages it sent): stored as outbound messages of the thread.
        stream: the stream it came from (for quarantine and diagnostics).
    """

    external_id: str
    parent_external_id: str | None
    thread_key: str
    conversation_kind: ConversationKind
    kind: ItemKind
    author: Identity
    text: str
    created_at: datetime
    from_account: bool = False
    stream: str = ""


@dataclass(frozen=True)
class UnparseableItem:
    """An item the adapter could not understand; it is quarantined, not dropped."""

    stream: str
    reason: str
    payload: str
    external_id: str | None = None


@dataclass(frozen=True)
class Gap:
    """A stretch of time in which a stream may have missed messages for good: the platform no
    longer serves them (X's timeline keeps 800 mentions, its search 7 days). A person has to
    look on the platform itself."""

    stream: str
    start: datetime
    end: datetime


@dataclass(frozen=True)
class FetchResult:
    """What one poll of an account returned.

    Attributes:
        cursors: the new cursor per stream that was read successfully.
        limited: streams the platform rate-limited, with the time they may be called again.
            Items and cursors of the other streams are still valid and are stored.
        refused: streams the platform refused outright (e.g. no access to direct messages
            at this API level), with its reason; they are paused in `limited` as well, and
            the other streams are still read.
        failed: streams (or parts of one, e.g. one post's comments) that failed temporarily
            in this poll, with the reason: nothing of them is marked as read, and the next
            poll asks again. The other streams' items and cursors are valid.
        gaps: what the platform can no longer serve (see `Gap`), to show on the account.
        requests: how many HTTP requests the poll made (for health and benchmarks).
    """

    items: list[InboundItem] = field(default_factory=list)
    unparseable: list[UnparseableItem] = field(default_factory=list)
    cursors: dict[str, str] = field(default_factory=dict)
    limited: dict[str, datetime] = field(default_factory=dict)
    refused: dict[str, str] = field(default_factory=dict)
    failed: dict[str, str] = field(default_factory=dict)
    gaps: list[Gap] = field(default_factory=list)
    requests: int = 0


MAX_PAUSE = timedelta(hours=24)
"""The longest a platform may pause us: a reset or regain time further away is nonsense."""
UNKNOWN_PAUSE = timedelta(minutes=15)
"""The pause when a platform names none (or a nonsensical one): back off, then try again."""


def sane_until(
    until: datetime | None, now: datetime, unknown: timedelta = UNKNOWN_PAUSE
) -> datetime:
    """When to call again after a platform said `until`: that time if it lies within the
    next 24 hours, else (none, already past, or absurdly far away) `unknown` from now."""
    if until is None or until <= now or until > now + MAX_PAUSE:
        return now + unknown
    return until


def capped_pause(until: datetime, now: datetime) -> datetime:
    """A pause the core stores: `until`, unless it lies more than 24 hours away (nonsense
    from any adapter), in which case 15 minutes from now."""
    return now + UNKNOWN_PAUSE if until > now + MAX_PAUSE else until


@dataclass(frozen=True)
class OutboundReply:
    """A reply to send.

    Attributes:
        in_reply_to: the external id of the item answered (public replies, private replies).
        recipient: the resident's external id (direct messages).
        thread_key: the conversation's thread key (the DM conversation id on X).
        tag: a direct message sent outside the 24-hour window carries its tag (Meta's
            `messaging_type=MESSAGE_TAG&tag=HUMAN_AGENT`); None inside the window.
    """

    text: str
    mode: ReplyMode
    conversation_kind: ConversationKind
    thread_key: str
    in_reply_to: str | None = None
    recipient: str | None = None
    tag: MessageTag | None = None


@dataclass(frozen=True)
class Delivered:
    """A platform accepted what we sent: its id there and its time."""

    external_id: str
    created_at: datetime | None = None


@dataclass(frozen=True)
class PostMedia:
    """An image or video to publish with a post: a public URL, or the file's bytes.

    Instagram only takes public URLs (Meta fetches the file itself); a Facebook Page takes
    either; X takes neither through this port.

    Attributes:
        kind: "image" or "video".
    """

    kind: str = "image"
    url: str | None = None
    data: bytes | None = None
    filename: str = "image.jpg"
    mime_type: str = "image/jpeg"


@dataclass(frozen=True)
class AccountConfig:
    """What an adapter needs to know about the account it serves (never the credential).

    Attributes:
        page_id: Instagram: the linked Facebook Page, through which its DMs are read and sent.
    """

    platform: Platform
    external_id: str
    handle: str
    api_base: str | None = None
    page_id: str | None = None


class Channel(Protocol):
    """A connected platform account."""

    def fetch(
        self, cursors: Mapping[str, str], paused: Mapping[str, datetime] | None = None
    ) -> FetchResult:
        """Fetch inbound items since `cursors`, skipping streams paused until a later time."""
        ...

    def send_reply(self, reply: OutboundReply) -> Delivered:
        """Send a public reply or a direct message."""
        ...

    def find_sent(self, reply: OutboundReply, since: datetime) -> list[Delivered]:
        """Every copy of `reply` (its text, in its thread, by the account) that the account
        sent since `since`, each with its time where the platform gives one (reconciliation:
        the core decides which copy, if any, is certainly this reply's)."""
        ...

    def publish(
        self, text: str, link: str | None = None, media: PostMedia | None = None
    ) -> Delivered:
        """Publish a post on the account (Rejected if the platform cannot take this media)."""
        ...

    def verify(self) -> Identity:
        """Check the credential; returns the identity the platform says it belongs to."""
        ...

    def close(self) -> None:
        """Release connections."""
        ...


@dataclass(frozen=True)
class Quota:
    """A publishing quota: how many posts were published in the window, of how many."""

    used: int
    total: int

    @property
    def left(self) -> int:
        return max(self.total - self.used, 0)


class PublishingQuota(Protocol):
    """Channels whose platform limits how many posts an account may publish (Instagram:
    `content_publishing_limit`, a rolling 24 hours)."""

    def publishing_quota(self) -> Quota:
        """Read the quota now (no post is made)."""
        ...


@runtime_checkable
class Moderation(Protocol):
    """Channels whose platform lets the account hide residents' comments (Facebook, Instagram).

    A hidden comment stays visible to its writer and their friends, not to everyone else: the
    moderation a municipality may apply to abuse or personal data without deleting anything.
    """

    def set_hidden(self, external_id: str, hidden: bool) -> None:
        """Hide (or show again) one comment."""
        ...

    def delete_comment(self, external_id: str) -> None:
        """Delete a comment the account itself wrote."""
        ...


class Rereader(Protocol):
    """Reads a quarantined item's stored raw payload again, as the adapter reads it when polling
    (the adapter class's `reread`, found through the same entry point; no credential, no
    network): after an update of Webcare, or once a time the platform gave lies in the past,
    what could not be read may be. The core then stores the result through `ingest`, so a
    quarantined item is never lost to a cursor that moved past it.

    Returns:
        The item (in `items`), or why it still cannot be read (in `unparseable`).
    """

    def __call__(
        self, account: AccountConfig, stream: str, payload: str, now: datetime
    ) -> FetchResult: ...


class ChannelError(WebcareError):
    """A platform call failed; subclasses say what the worker should do."""


class RateLimited(ChannelError):
    """Do not call again before `until`."""

    def __init__(self, until: datetime, scope: str = "") -> None:
        super().__init__(until, scope)
        self.until = until
        self.scope = scope

    def __str__(self) -> str:
        return f"rate limited until {self.until.isoformat()}" + (
            f" ({self.scope})" if self.scope else ""
        )


class AuthExpired(ChannelError):
    """The credential is no longer accepted; a person must authorise the account again."""

    def __init__(self, detail: str = "") -> None:
        super().__init__(detail)
        self.detail = detail

    def __str__(self) -> str:
        return f"credential rejected{': ' + self.detail if self.detail else ''}"


class Transient(ChannelError):
    """A temporary failure (timeout, 5xx, dropped connection): retry with backoff."""

    def __init__(self, detail: str = "") -> None:
        super().__init__(detail)
        self.detail = detail

    def __str__(self) -> str:
        return f"temporary failure{': ' + self.detail if self.detail else ''}"


class Unsent(Transient):
    """A temporary failure before the request could reach the platform (no connection was
    made, or an earlier step of a multi-step publish failed): retrying cannot post twice.

    A plain `Transient` from a write may have reached the platform (a timeout, a dropped
    connection, a 5xx): the publishing engine never retries those by itself.
    """


class Rejected(ChannelError):
    """The platform refused this request; retrying the same request will not help.

    Attributes:
        reason: the platform's own words, shown to the agent.
        code: a stable code for the UI (e.g. "outside_window", "duplicate", "too_long").
    """

    def __init__(self, reason: str, code: str = "") -> None:
        super().__init__(reason, code)
        self.reason = reason
        self.code = code

    def __str__(self) -> str:
        return self.reason
