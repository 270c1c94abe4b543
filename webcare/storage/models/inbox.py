"""Residents' contacts, conversations and messages, with tags, mentions, reads, drafts,
canned replies and moderation actions."""

from __future__ import annotations

from datetime import datetime
from typing import TYPE_CHECKING

from sqlalchemy import (
    BigInteger,
    Boolean,
    ForeignKey,
    Index,
    Integer,
    String,
    Text,
    UniqueConstraint,
    false,
    text,
)
from sqlalchemy.orm import Mapped, mapped_column, relationship

from webcare.storage.models.base import OUTBOX_PREDICATE, Base
from webcare.storage.types import UTCDateTime, str_enum, utcnow
from webcare.vocabulary import (
    ConversationKind,
    ConversationStatus,
    DeliveryState,
    Direction,
    MessageKind,
    MessageTag,
    ModerationKind,
    Platform,
    Priority,
    ReplyMode,
)

if TYPE_CHECKING:
    from webcare.storage.models.accounts import Account
    from webcare.storage.models.team import User


class Contact(Base):
    """A platform identity of a resident (never a resident profile by itself)."""

    __tablename__ = "contacts"
    __table_args__ = (UniqueConstraint("platform", "external_id"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    platform: Mapped[Platform] = mapped_column(str_enum(Platform, 16))
    external_id: Mapped[str] = mapped_column(String(64))
    handle: Mapped[str] = mapped_column(String(200), default="")
    display_name: Mapped[str] = mapped_column(String(500), default="")
    created_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow, onupdate=utcnow)


class Tag(Base):
    __tablename__ = "tags"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    name: Mapped[str] = mapped_column(String(100), unique=True)
    color: Mapped[str | None] = mapped_column(String(16))
    created_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)


class ConversationTag(Base):
    __tablename__ = "conversation_tags"

    conversation_id: Mapped[int] = mapped_column(
        ForeignKey("conversations.id", ondelete="CASCADE"), primary_key=True
    )
    tag_id: Mapped[int] = mapped_column(
        ForeignKey("tags.id", ondelete="CASCADE"), primary_key=True, index=True
    )


class Conversation(Base):
    """A thread on one account: a public thread or a direct-message conversation."""

    __tablename__ = "conversations"
    __table_args__ = (
        UniqueConstraint("account_id", "kind", "thread_key"),
        # One index per queue shape and sort order of the inbox list (webcare.inbox.queries):
        # each page is an index range scan, however many conversations there are.
        Index("ix_conversations_queue_waiting", "status", "waiting_since", "id"),
        Index("ix_conversations_queue_created", "status", "created_at", "id"),
        Index("ix_conversations_queue_priority", "status", "priority", "waiting_since", "id"),
        Index("ix_conversations_assignee_waiting", "assignee_id", "status", "waiting_since", "id"),
        Index("ix_conversations_assignee_created", "assignee_id", "status", "created_at", "id"),
        Index(
            "ix_conversations_assignee_priority",
            "assignee_id",
            "status",
            "priority",
            "waiting_since",
            "id",
        ),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    account_id: Mapped[int] = mapped_column(ForeignKey("accounts.id", ondelete="CASCADE"))
    kind: Mapped[ConversationKind] = mapped_column(str_enum(ConversationKind, 16))
    thread_key: Mapped[str] = mapped_column(String(200))
    contact_id: Mapped[int | None] = mapped_column(
        ForeignKey("contacts.id", ondelete="SET NULL"), index=True
    )
    status: Mapped[ConversationStatus] = mapped_column(
        str_enum(ConversationStatus, 16), default=ConversationStatus.NEW
    )
    snoozed_until: Mapped[datetime | None] = mapped_column(UTCDateTime())
    # When a person (or the wake-up) last changed `status`: a resident's message received
    # after it reopens a closed, pending or snoozed conversation.
    status_changed_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    assignee_id: Mapped[int | None] = mapped_column(ForeignKey("users.id", ondelete="SET NULL"))
    assigned_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    priority: Mapped[int] = mapped_column(Integer, default=int(Priority.NORMAL))
    first_inbound_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    first_response_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    last_inbound_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    last_message_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    waiting_since: Mapped[datetime | None] = mapped_column(UTCDateTime())
    closed_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    # The change counter's value at this conversation's last change (webcare.inbox.changes).
    revision: Mapped[int] = mapped_column(BigInteger, default=0, index=True)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow, onupdate=utcnow)

    account: Mapped[Account] = relationship()
    contact: Mapped[Contact | None] = relationship()
    assignee: Mapped[User | None] = relationship()
    messages: Mapped[list[Message]] = relationship(
        back_populates="conversation",
        cascade="all, delete-orphan",
        order_by="Message.created_at",
    )
    tags: Mapped[list[Tag]] = relationship(secondary="conversation_tags", order_by="Tag.name")


class Message(Base):
    """One inbound item, outbound reply or internal note.

    The platform's external id is unique per platform: that constraint is what makes ingest
    idempotent. Notes and not-yet-sent replies have no external id.
    """

    __tablename__ = "messages"
    __table_args__ = (
        UniqueConstraint("platform", "external_id"),
        Index("ix_messages_conversation_created", "conversation_id", "created_at"),
        # Only the outbox (a handful of rows among millions): the sender's every-two-seconds
        # look needs no scan. Queries must spell OUTBOX_PREDICATE literally to use it.
        Index(
            "ix_messages_outbox",
            "created_at",
            sqlite_where=text(OUTBOX_PREDICATE),
            postgresql_where=text(OUTBOX_PREDICATE),
        ),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    conversation_id: Mapped[int] = mapped_column(ForeignKey("conversations.id", ondelete="CASCADE"))
    platform: Mapped[Platform] = mapped_column(str_enum(Platform, 16))
    external_id: Mapped[str | None] = mapped_column(String(200))
    parent_external_id: Mapped[str | None] = mapped_column(String(200))
    direction: Mapped[Direction] = mapped_column(str_enum(Direction, 16))
    kind: Mapped[MessageKind] = mapped_column(str_enum(MessageKind, 32))
    reply_mode: Mapped[ReplyMode | None] = mapped_column(str_enum(ReplyMode, 16))
    author_contact_id: Mapped[int | None] = mapped_column(
        ForeignKey("contacts.id", ondelete="SET NULL")
    )
    author_user_id: Mapped[int | None] = mapped_column(ForeignKey("users.id", ondelete="SET NULL"))
    text: Mapped[str] = mapped_column(Text)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime())
    received_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)
    delivery_state: Mapped[DeliveryState | None] = mapped_column(str_enum(DeliveryState, 16))
    delivery_error: Mapped[str | None] = mapped_column(Text)
    send_attempts: Mapped[int] = mapped_column(Integer, default=0)
    send_started_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    # The worker lease's generation (fencing token) under which the reply was claimed for
    # sending; None once that worker let go of it (the call ended without an answer), or
    # before it was ever claimed. Every later write about the send names it.
    lease_generation: Mapped[int | None] = mapped_column(BigInteger)
    sent_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    # Sent by Webcare itself (an automatic notice), not by a person: never counts as a response.
    automatic: Mapped[bool] = mapped_column(Boolean, default=False, server_default=false())
    # A direct message sent past the 24-hour window with Meta's HUMAN_AGENT tag.
    message_tag: Mapped[MessageTag | None] = mapped_column(str_enum(MessageTag, 16))

    conversation: Mapped[Conversation] = relationship(back_populates="messages")
    author_contact: Mapped[Contact | None] = relationship()
    author_user: Mapped[User | None] = relationship()


class MessageMention(Base):
    """A colleague named with @username in an internal note."""

    __tablename__ = "message_mentions"

    message_id: Mapped[int] = mapped_column(
        ForeignKey("messages.id", ondelete="CASCADE"), primary_key=True
    )
    user_id: Mapped[int] = mapped_column(
        ForeignKey("users.id", ondelete="CASCADE"), primary_key=True, index=True
    )


class ConversationRead(Base):
    """When a user last looked at a conversation: newer resident messages are unread."""

    __tablename__ = "conversation_reads"

    user_id: Mapped[int] = mapped_column(
        ForeignKey("users.id", ondelete="CASCADE"), primary_key=True
    )
    conversation_id: Mapped[int] = mapped_column(
        ForeignKey("conversations.id", ondelete="CASCADE"), primary_key=True, index=True
    )
    read_at: Mapped[datetime] = mapped_column(UTCDateTime())


class Draft(Base):
    """A reply or note an agent is writing, saved while they type so that a crash or a closed
    window loses nothing. Deleted when sent; goes with its conversation (and so with an erasure)."""

    __tablename__ = "drafts"

    user_id: Mapped[int] = mapped_column(
        ForeignKey("users.id", ondelete="CASCADE"), primary_key=True
    )
    conversation_id: Mapped[int] = mapped_column(
        ForeignKey("conversations.id", ondelete="CASCADE"), primary_key=True, index=True
    )
    mode: Mapped[str] = mapped_column(String(8), primary_key=True)  # "reply" or "note"
    text: Mapped[str] = mapped_column(Text)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime())


class CannedReply(Base):
    """A reusable answer, picked in the composer by typing `/` and its shortcut."""

    __tablename__ = "canned_replies"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    shortcut: Mapped[str] = mapped_column(String(64), unique=True)
    title: Mapped[str] = mapped_column(String(200))
    body: Mapped[str] = mapped_column(Text)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow, onupdate=utcnow)


class ModerationAction(Base):
    """One moderation of one message, queued by an agent and carried out by the worker.

    `state` follows the outbox (queued, sending, sent = done, failed with `error`); hiding and
    showing again are idempotent on the platform, so an action found `sending` after a crash is
    simply tried again.
    """

    __tablename__ = "moderation_actions"
    __table_args__ = (Index("ix_moderation_actions_account_state", "account_id", "state"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    account_id: Mapped[int] = mapped_column(ForeignKey("accounts.id", ondelete="CASCADE"))
    conversation_id: Mapped[int] = mapped_column(
        ForeignKey("conversations.id", ondelete="CASCADE"), index=True
    )
    message_id: Mapped[int] = mapped_column(ForeignKey("messages.id", ondelete="CASCADE"))
    kind: Mapped[ModerationKind] = mapped_column(str_enum(ModerationKind, 16))
    state: Mapped[DeliveryState] = mapped_column(str_enum(DeliveryState, 16))
    error: Mapped[str | None] = mapped_column(Text)
    requested_by: Mapped[int | None] = mapped_column(ForeignKey("users.id", ondelete="SET NULL"))
    requested_at: Mapped[datetime] = mapped_column(UTCDateTime())
    done_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
