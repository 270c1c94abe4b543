"""The objects of the Graph sandbox's world and the ids of its default accounts.

Ids look like Meta's: numeric strings, posts `<page>_<n>`, comments `<post n>_<n>`,
conversations `t_<n>`, messages `m_<base64>`, Instagram ids of 17 digits. Every object has a
`seq` from one increasing counter, so "newest first" is well defined within one second.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any

PAGE_ID = "104857600000001"
PAGE_NAME = "Gemeente Voorbeeld"
PAGE_USERNAME = "gemeentevoorbeeld"
PAGE_TOKEN = "sandbox-page-token"
ADMIN_ID = "100000000000042"
ADMIN_NAME = "Beheerder Webcare"
USER_TOKEN = "sandbox-user-token"
IG_USER_ID = "17841400000000001"
IG_USERNAME = "gemeente.voorbeeld"
IG_NAME = "Gemeente Voorbeeld"

FB_RESIDENT_PREFIX = "24"
IG_RESIDENT_PREFIX = "64"


@dataclass
class GraphPage:
    """A Facebook Page the sandbox accepts a token for, maybe with a linked Instagram account."""

    id: str
    name: str
    username: str
    token: str
    ig_user_id: str | None = None


@dataclass
class Person:
    """Someone who is not a Page: a resident on Facebook (`name`) or Instagram (`username`)."""

    id: str
    name: str
    username: str = ""
    platform: str = "facebook"


@dataclass
class IgUser:
    """An Instagram professional account (linked to a Page)."""

    id: str
    username: str
    name: str
    page_id: str


@dataclass
class Post:
    """A Facebook post: on a Page's feed (the Page's own, or a resident's), or a resident's post
    on their own timeline that tags Pages."""

    id: str
    seq: int
    page_id: str | None
    author_id: str
    message: str
    created: datetime
    updated: datetime
    link: str | None = None
    photo_url: str | None = None
    published: bool = True
    scheduled: datetime | None = None
    tags: tuple[str, ...] = ()
    private_reply: str | None = None
    origin: str = "api"
    deleted: bool = False
    raw: dict[str, Any] | None = None


@dataclass
class Comment:
    """A Facebook comment; `parent_id` is set for a reply (always a top-level comment)."""

    id: str
    seq: int
    post_id: str
    author_id: str
    message: str
    created: datetime
    parent_id: str | None = None
    hidden: bool = False
    private_reply: str | None = None
    origin: str = "api"
    deleted: bool = False
    raw: dict[str, Any] | None = None


@dataclass
class Conversation:
    """A Page's conversation with one person on Messenger or Instagram."""

    id: str
    seq: int
    page_id: str
    platform: str
    participant_id: str
    updated: datetime


@dataclass
class ThreadMessage:
    id: str
    seq: int
    conversation_id: str
    sender_id: str
    recipient_id: str
    text: str
    created: datetime
    origin: str = "api"
    raw: dict[str, Any] | None = None


@dataclass
class IgMedia:
    id: str
    seq: int
    owner_id: str
    caption: str
    created: datetime
    media_type: str = "IMAGE"
    media_url: str = ""
    tagged: tuple[str, ...] = ()
    origin: str = "api"
    deleted: bool = False


@dataclass
class IgComment:
    id: str
    seq: int
    media_id: str
    author_id: str
    username: str
    text: str
    created: datetime
    parent_id: str | None = None
    hidden: bool = False
    private_reply: str | None = None
    origin: str = "api"
    deleted: bool = False
    raw: dict[str, Any] | None = None


@dataclass
class Container:
    """An Instagram media container, waiting to be published."""

    id: str
    seq: int
    owner_id: str
    media_type: str
    url: str
    caption: str
    created: datetime
    polls_left: int = 0
    status: str = "IN_PROGRESS"
    media_id: str | None = None
    published_at: datetime | None = None
