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


class MessageTag(enum.StrEnum):
    """A tag a direct message is sent with, outside the standard 24-hour messaging window.

    HUMAN_AGENT: Meta's human-agent tag (Messenger and Instagram): a person answers the
    resident's question up to 7 days after the resident's last message.
    """

    HUMAN_AGENT = "human_agent"


class DeliveryState(enum.StrEnum):
    """Where an outbound message is on its way out.

    UNCONFIRMED: the send may or may not have reached the platform, and what the platform
    shows cannot tell (no copy after the grace, or copies that could belong to another reply
    with the same text). A person checks on the platform; it is never sent again by itself.
    """

    QUEUED = "queued"
    SENDING = "sending"
    SENT = "sent"
    FAILED = "failed"
    UNCONFIRMED = "unconfirmed"


class UnconfirmedReason(enum.StrEnum):
    """Why a reply is unconfirmed (stored in the message's `delivery_error`)."""

    NO_COPY = "no_copy"  # the platform shows no copy after the grace
    IDENTICAL_IN_FLIGHT = "identical_in_flight"  # another reply with this text was on its way
    SEVERAL_COPIES = "several_copies"  # more than one copy could be this reply
    COPY_OF_ANOTHER = "copy_of_another"  # the only copy is another reply's, already recorded


class Role(enum.StrEnum):
    AGENT = "agent"
    PLANNER = "planner"
    SUPERVISOR = "supervisor"
    ADMIN = "admin"
    PRIVACY_OFFICER = "privacy_officer"


class PostState(enum.StrEnum):
    """Where one post stands on one account (a row per post and account).

    draft → (in_review → approved →) scheduled → publishing → published | failed |
    unconfirmed; scheduled → held (crisis hold) | missed (past its deadline) | cancelled.
    `in_review` and `approved` are reserved for the review workflow of a later issue.
    """

    DRAFT = "draft"
    IN_REVIEW = "in_review"
    APPROVED = "approved"
    SCHEDULED = "scheduled"
    HELD = "held"
    PUBLISHING = "publishing"
    PUBLISHED = "published"
    FAILED = "failed"
    UNCONFIRMED = "unconfirmed"
    MISSED = "missed"
    CANCELLED = "cancelled"


class ModerationKind(enum.StrEnum):
    """What a moderation action does to one comment on the platform (webcare.moderation)."""

    HIDE = "hide"  # hidden from everyone but its writer and their friends
    UNHIDE = "unhide"
    DELETE = "delete"  # only a comment the account itself wrote
