"""The X sandbox's world: users and accounts, posts, DM events, and raw injected ones.

The state keeps raw text exactly as written; the wire module encodes it for responses. Ids
come from one increasing, snowflake-like counter (19 digits), so a newer item always has a
larger id, as on X, and the same sequence of events always gets the same ids. Not thread-safe
itself: the X platform guards it with its lock.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import asdict, dataclass, field
from datetime import UTC, datetime
from typing import Any

X_ACCOUNT_ID = "4242"
X_USERNAME = "gem_voorbeeld"  # X handles are at most 15 characters
X_NAME = "Gemeente Voorbeeld"
X_TOKEN = "sandbox-x-token"

FIRST_ID = 1_900_000_000_000_000_000
ID_STEP = 1 << 22  # a snowflake's timestamp starts at bit 22
MAX_MENTIONS = 800  # X serves only the 800 most recent mentions
MAX_USER_TWEETS = 3_200  # and the 3,200 most recent posts of a user

MENTION = re.compile(r"(?<![\w@])@(\w{1,15})")


def conversation_id_for(a: str, b: str) -> str:
    """The id of the 1:1 DM conversation of two users: `<smaller id>-<larger id>`."""
    low, high = sorted((a, b), key=int)
    return f"{low}-{high}"


@dataclass
class XUser:
    """A user: an account the sandbox accepts a token for, or a resident."""

    id: str
    username: str
    name: str
    created_at: datetime
    description: str = ""
    location: str | None = None
    token: str | None = None
    max_post_length: int = 280
    resident: bool = False

    def describe(self) -> dict[str, Any]:
        data = asdict(self)
        data["created_at"] = self.created_at.isoformat()
        return data


@dataclass
class XTweet:
    """A post. `origin` says who made it: api (through the API), resident, outside (the
    account, not through the API), injected (control API)."""

    id: str
    author_id: str
    text: str
    created_at: datetime
    conversation_id: str
    in_reply_to_user_id: str | None = None
    replied_to: str | None = None
    quoted: str | None = None
    mentioned_ids: tuple[str, ...] = ()
    origin: str = "api"
    deleted: bool = False

    @property
    def sort_id(self) -> int:
        return int(self.id)

    def describe(self) -> dict[str, Any]:
        data = asdict(self)
        data["created_at"] = self.created_at.isoformat()
        data["mentioned_ids"] = list(self.mentioned_ids)
        return data


@dataclass
class RawMention:
    """A tweet object injected as-is into an account's mentions (malformed on purpose, often)."""

    sort_id: int
    account_id: str
    payload: dict[str, Any]

    def describe(self) -> dict[str, Any]:
        return {"sort_id": str(self.sort_id), "account_id": self.account_id, "tweet": self.payload}


@dataclass
class RawDmEvent:
    """A DM event object injected as-is into an account's DM events (any event type, any
    shape); listed in a conversation's events when its `dm_conversation_id` names it."""

    sort_id: int
    account_id: str
    payload: dict[str, Any]

    @property
    def dm_conversation_id(self) -> object:
        return self.payload.get("dm_conversation_id")

    def describe(self) -> dict[str, Any]:
        return {"sort_id": str(self.sort_id), "account_id": self.account_id, "event": self.payload}


@dataclass
class Extras:
    """`includes` and `errors` added, as given, to every successful answer of one endpoint."""

    includes: dict[str, list[Any]] = field(default_factory=dict)
    errors: list[Any] = field(default_factory=list)

    def describe(self) -> dict[str, Any]:
        return {"includes": self.includes, "errors": self.errors}


@dataclass
class XDmEvent:
    """A MessageCreate event in a 1:1 conversation."""

    id: str
    dm_conversation_id: str
    sender_id: str
    text: str
    created_at: datetime
    origin: str = "api"

    @property
    def sort_id(self) -> int:
        return int(self.id)

    @property
    def participant_ids(self) -> list[str]:
        return self.dm_conversation_id.split("-")

    def describe(self) -> dict[str, Any]:
        data = asdict(self)
        data["created_at"] = self.created_at.isoformat()
        return data


@dataclass
class XState:
    """Users, posts and DMs of one sandbox run."""

    clock: Callable[[], float]
    users: dict[str, XUser] = field(default_factory=dict)
    revoked: set[str] = field(default_factory=set)
    tweets: dict[str, XTweet] = field(default_factory=dict)
    raw_mentions: list[RawMention] = field(default_factory=list)
    dm_events: list[XDmEvent] = field(default_factory=list)
    raw_dm_events: list[RawDmEvent] = field(default_factory=list)
    extras: dict[str, Extras] = field(default_factory=dict)
    issued: int = 0

    def now(self) -> datetime:
        return datetime.fromtimestamp(self.clock(), UTC)

    def new_id(self) -> str:
        self.issued += 1
        return str(FIRST_ID + self.issued * ID_STEP)

    # Users

    def add_user(self, user: XUser) -> XUser:
        """Add or replace a user; a username belongs to one id."""
        for other in self.users.values():
            if other.id != user.id and other.username.lower() == user.username.lower():
                raise ValueError(f"username {user.username!r} belongs to user {other.id}")
        if user.token is not None:
            for other in self.users.values():
                if other.id != user.id and other.token == user.token:
                    raise ValueError("that token belongs to another account")
            self.revoked.discard(user.token)
        self.users[user.id] = user
        return user

    def user_by_token(self, token: str | None) -> XUser | None:
        if token is None or token in self.revoked:
            return None
        for user in self.users.values():
            if user.token == token:
                return user
        return None

    def user_by_username(self, username: str) -> XUser | None:
        wanted = username.lower()
        for user in self.users.values():
            if user.username.lower() == wanted:
                return user
        return None

    def accounts(self) -> list[XUser]:
        return [user for user in self.users.values() if user.token is not None]

    # Posts

    def live_tweet(self, tweet_id: str) -> XTweet | None:
        tweet = self.tweets.get(tweet_id)
        return tweet if tweet is not None and not tweet.deleted else None

    def post(
        self,
        author_id: str,
        text: str,
        *,
        reply_to: XTweet | RawMention | None = None,
        quoted: str | None = None,
        created_at: datetime | None = None,
        origin: str,
        also_mentions: Iterable[str] = (),
    ) -> XTweet:
        """Store a new post; a reply joins its parent's conversation."""
        tweet_id = self.new_id()
        mentioned = [
            user.id
            for name in MENTION.findall(text)
            if (user := self.user_by_username(name)) is not None
        ]
        mentioned.extend(also_mentions)
        tweet = XTweet(
            id=tweet_id,
            author_id=author_id,
            text=text,
            created_at=created_at or self.now(),
            conversation_id=tweet_id,
            quoted=quoted,
            mentioned_ids=tuple(dict.fromkeys(mentioned)),
            origin=origin,
        )
        if isinstance(reply_to, XTweet):
            tweet.replied_to = reply_to.id
            tweet.conversation_id = reply_to.conversation_id
            tweet.in_reply_to_user_id = reply_to.author_id
        elif isinstance(reply_to, RawMention):
            tweet.replied_to = str(reply_to.sort_id)
            tweet.conversation_id = str(reply_to.payload.get("conversation_id", reply_to.sort_id))
            author = reply_to.payload.get("author_id")
            tweet.in_reply_to_user_id = author if isinstance(author, str) else None
        self.tweets[tweet_id] = tweet
        return tweet

    def _raw_sort_id(self, payload: dict[str, Any]) -> int:
        """Where a raw object sorts: its own numeric id, else (no number, or a number of
        thousands of digits, which int() refuses) as a new one."""
        raw_id = payload.get("id")
        if isinstance(raw_id, str) and raw_id.isascii() and raw_id.isdigit() and len(raw_id) <= 40:
            return int(raw_id)
        return int(self.new_id())

    def add_raw_mention(self, account_id: str, payload: dict[str, Any]) -> RawMention:
        raw = RawMention(self._raw_sort_id(payload), account_id, payload)
        self.raw_mentions.append(raw)
        return raw

    def raw_by_id(self, tweet_id: str) -> RawMention | None:
        for raw in self.raw_mentions:
            if str(raw.sort_id) == tweet_id:
                return raw
        return None

    def mentions_of(self, user_id: str) -> list[XTweet | RawMention]:
        """The user's mentions timeline, newest first: posts naming the user or replying to
        the user's posts, plus raw injected mentions; the 800 most recent only."""
        items: list[XTweet | RawMention] = [
            tweet
            for tweet in self.tweets.values()
            if not tweet.deleted
            and tweet.author_id != user_id
            and (user_id in tweet.mentioned_ids or tweet.in_reply_to_user_id == user_id)
        ]
        items.extend(raw for raw in self.raw_mentions if raw.account_id == user_id)
        items.sort(key=lambda item: item.sort_id, reverse=True)
        return items[:MAX_MENTIONS]

    def tweets_by(self, user_id: str) -> list[XTweet]:
        """The user's own posts and replies, newest first; the 3,200 most recent only."""
        items = [t for t in self.tweets.values() if not t.deleted and t.author_id == user_id]
        items.sort(key=lambda tweet: tweet.sort_id, reverse=True)
        return items[:MAX_USER_TWEETS]

    def live_tweets(self) -> list[XTweet]:
        items = [tweet for tweet in self.tweets.values() if not tweet.deleted]
        items.sort(key=lambda tweet: tweet.sort_id, reverse=True)
        return items

    # Direct messages

    def send_dm(
        self,
        sender_id: str,
        conversation_id: str,
        text: str,
        *,
        created_at: datetime | None = None,
        origin: str,
    ) -> XDmEvent:
        event = XDmEvent(
            id=self.new_id(),
            dm_conversation_id=conversation_id,
            sender_id=sender_id,
            text=text,
            created_at=created_at or self.now(),
            origin=origin,
        )
        self.dm_events.append(event)
        return event

    def add_raw_dm_event(self, account_id: str, payload: dict[str, Any]) -> RawDmEvent:
        raw = RawDmEvent(self._raw_sort_id(payload), account_id, payload)
        self.raw_dm_events.append(raw)
        return raw

    def dm_events_of(
        self, user_id: str, conversation_id: str | None = None
    ) -> list[XDmEvent | RawDmEvent]:
        """The user's DM events, raw injected ones included, newest first, optionally of one
        conversation."""
        items: list[XDmEvent | RawDmEvent] = [
            event
            for event in self.dm_events
            if user_id in event.participant_ids
            and (conversation_id is None or event.dm_conversation_id == conversation_id)
        ]
        items.extend(
            raw
            for raw in self.raw_dm_events
            if raw.account_id == user_id
            and (conversation_id is None or raw.dm_conversation_id == conversation_id)
        )
        items.sort(key=lambda event: event.sort_id, reverse=True)
        return items

    def describe(self) -> dict[str, Any]:
        """Everything, raw text included, for `GET /_sandbox/x/state`."""
        return {
            "now": self.now().isoformat(),
            "accounts": [user.describe() for user in self.accounts()],
            "revoked_tokens": sorted(self.revoked),
            "users": [user.describe() for user in self.users.values()],
            "tweets": [tweet.describe() for tweet in self.tweets.values()],
            "raw_mentions": [raw.describe() for raw in self.raw_mentions],
            "dm_events": [event.describe() for event in self.dm_events],
            "raw_dm_events": [raw.describe() for raw in self.raw_dm_events],
            "extras": {endpoint: extra.describe() for endpoint, extra in self.extras.items()},
        }
