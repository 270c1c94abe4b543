"""The core's vocabulary: what platforms, conversations, messages and people can be.

Plain enums, without the ORM: the `Channel` port, the adapters and the interface use these
names without importing the storage layer (DESIGN.md, Layers). The ORM stores their values.
"""

from __future__ import annotations

import enum


class Platform(enum.StrEnum):
    X = "x"
    FACEBOOK = "facebook"
    INSTAGRAM = "instagram"


class AccountStatus(enum.StrEnum):
    ACTIVE = "active"
    NEEDS_REAUTH = "needs_reauth"
    RATE_LIMITED = "rate_limited"
    ERROR = "error"
    DISABLED = "disabled"


class ConversationKind(enum.StrEnum):
    PUBLIC_THREAD = "public_thread"
    DIRECT = "direct"


class ConversationStatus(enum.StrEnum):
    NEW = "new"
    OPEN = "open"
    PENDING = "pending"
    SNOOZED = "snoozed"
    CLOSED = "closed"


# At rest: nobody needs to act until the resident writes again (or the snooze ends). A
# conversation that rests leaves the open queues; a resident's new message reopens it.
RESTING = frozenset(
    {ConversationStatus.CLOSED, ConversationStatus.PENDING, ConversationStatus.SNOOZED}
)


class Priority(enum.IntEnum):
    LOW = 0
    NORMAL = 1
    HIGH = 2
    URGENT = 3


class Direction(enum.StrEnum):
    INBOUND = "inbound"
    OUTBOUND = "outbound"
    NOTE = "note"


class MessageKind(enum.StrEnum):
    MENTION = "mention"
    REPLY = "reply"
    COMMENT = "comment"
    POST = "post"
    DIRECT_MESSAGE = "direct_message"
    OWN_POST = "own_post"
    NOTE = "note"


class ReplyMode(enum.StrEnum):
    """How an outbound message reaches the resident."""

    PUBLIC = "public"
    DIRECT = "direct"
    PRIVATE_REPLY = "private_reply"


class DeliveryState(enum.StrEnum):
    QUEUED = "queued"
    SENDING = "sending"
    SENT = "sent"
    FAILED = "failed"


class Role(enum.StrEnum):
    AGENT = "agent"
    PLANNER = "planner"
    SUPERVISOR = "supervisor"
    ADMIN = "admin"
    PRIVACY_OFFICER = "privacy_officer"
