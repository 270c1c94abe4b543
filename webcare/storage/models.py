"""The ORM: one typed SQLAlchemy 2 model per table of DESIGN.md (Data).

Every change to this module needs an Alembic migration; `tests/storage/test_migrations.py`
fails while the two disagree.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import (
    JSON,
    BigInteger,
    Boolean,
    CheckConstraint,
    Float,
    ForeignKey,
    ForeignKeyConstraint,
    Index,
    Integer,
    MetaData,
    String,
    Text,
    UniqueConstraint,
    text,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship

from webcare.storage.types import UTCDateTime, str_enum, utcnow

# The vocabulary is the core's, not the ORM's: the port, the adapters and the UI import it from
# webcare.vocabulary; it is imported here for the columns and for the core's existing imports.
from webcare.vocabulary import (
    AccountStatus,
    ConversationKind,
    ConversationStatus,
    DeliveryState,
    Direction,
    MessageKind,
    Platform,
    Priority,
    ReplyMode,
    Role,
)

# Deterministic constraint names, so that migrations (and SQLite batch mode) can address them.
NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_N_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


# The outbox: outbound messages not yet settled (see the partial index ix_messages_outbox).
OUTBOX_PREDICATE = "delivery_state IN ('queued', 'sending')"


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING_CONVENTION)


class Account(Base):
    """A connected platform account. Its credential lives in the OS keyring, never here."""

    __tablename__ = "accounts"
    __table_args__ = (UniqueConstraint("platform", "external_id"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    platform: Mapped[Platform] = mapped_column(str_enum(Platform, 16))
    external_id: Mapped[str] = mapped_column(String(64))
    name: Mapped[str] = mapped_column(String(200))
    handle: Mapped[str] = mapped_column(String(200), default="")
    api_base: Mapped[str | None] = mapped_column(String(500))
    # Instagram: the Facebook Page the account is linked to (its DMs go through that Page).
    page_id: Mapped[str | None] = mapped_column(String(64))
    credential_ref: Mapped[str] = mapped_column(String(200))
    status: Mapped[AccountStatus] = mapped_column(
        str_enum(AccountStatus, 16), default=AccountStatus.ACTIVE
    )
    status_reason: Mapped[str | None] = mapped_column(Text)
    rate_limited_until: Mapped[datetime | None] = mapped_column(UTCDateTime())
    backoff_until: Mapped[datetime | None] = mapped_column(UTCDateTime())
    failure_count: Mapped[int] = mapped_column(Integer, default=0)
    poll_interval_seconds: Mapped[int] = mapped_column(Integer, default=60)
    last_poll_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    last_success_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    last_message_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    created_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow, onupdate=utcnow)

    streams: Mapped[list[AccountStream]] = relationship(
        back_populates="account", cascade="all, delete-orphan"
    )


class AccountStream(Base):
    """One polled stream of an account (mentions, direct messages, ...).

    Attributes:
        cursor: where polling left off (a since-id, a timestamp, a small JSON document of
            per-post watermarks: the adapter decides).
        limited_until: the platform asked us not to call this stream's endpoint before then.
    """

    __tablename__ = "account_streams"

    account_id: Mapped[int] = mapped_column(
        ForeignKey("accounts.id", ondelete="CASCADE"), primary_key=True
    )
    stream: Mapped[str] = mapped_column(String(64), primary_key=True)
    cursor: Mapped[str | None] = mapped_column(Text)
    limited_until: Mapped[datetime | None] = mapped_column(UTCDateTime())
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow, onupdate=utcnow)

    account: Mapped[Account] = relationship(back_populates="streams")


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


class User(Base):
    """A person who works in Webcare."""

    __tablename__ = "users"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    username: Mapped[str] = mapped_column(String(100), unique=True)
    display_name: Mapped[str] = mapped_column(String(200))
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)

    roles: Mapped[list[UserRole]] = relationship(
        back_populates="user", cascade="all, delete-orphan"
    )


class UserRole(Base):
    __tablename__ = "user_roles"

    user_id: Mapped[int] = mapped_column(
        ForeignKey("users.id", ondelete="CASCADE"), primary_key=True
    )
    role: Mapped[Role] = mapped_column(str_enum(Role, 32), primary_key=True)

    user: Mapped[User] = relationship(back_populates="roles")


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
    sent_at: Mapped[datetime | None] = mapped_column(UTCDateTime())

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


class AuditEvent(Base):
    """Who did what to which record, and when. Never the personal data itself."""

    __tablename__ = "audit_events"
    __table_args__ = (
        Index("ix_audit_events_entity", "entity_type", "entity_id"),
        Index("ix_audit_events_seq", "seq", unique=True),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    occurred_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow, index=True)
    actor_user_id: Mapped[int | None] = mapped_column(ForeignKey("users.id", ondelete="SET NULL"))
    actor: Mapped[str] = mapped_column(String(100))
    action: Mapped[str] = mapped_column(String(64))
    entity_type: Mapped[str] = mapped_column(String(64))
    entity_id: Mapped[str] = mapped_column(String(64))
    details: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    # BIO2 8.15.01: where it came from and how it ended.
    workstation: Mapped[str] = mapped_column(String(200), default="")
    result: Mapped[str] = mapped_column(String(16), default="ok")
    # The hash chain (webcare.audit): position, the previous event's hash, this one's. Set when
    # the transaction commits; an event without them was never sealed.
    seq: Mapped[int | None] = mapped_column(BigInteger)
    prev_hash: Mapped[str | None] = mapped_column(String(64))
    hash: Mapped[str | None] = mapped_column(String(64))


class AuditChain(Base):
    """The head of the audit hash chain: one row, locked by each commit that adds events."""

    __tablename__ = "audit_chain"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    seq: Mapped[int] = mapped_column(BigInteger, default=0)
    hash: Mapped[str] = mapped_column(String(64))


class QuarantinedItem(Base):
    """An inbound item that could not be parsed, kept with its raw payload and the reason.

    The rest of its batch is stored normally; a person (or a later version) can look at it.
    """

    __tablename__ = "quarantined_items"
    __table_args__ = (UniqueConstraint("platform", "stream", "fingerprint"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    account_id: Mapped[int] = mapped_column(
        ForeignKey("accounts.id", ondelete="CASCADE"), index=True
    )
    platform: Mapped[Platform] = mapped_column(str_enum(Platform, 16))
    stream: Mapped[str] = mapped_column(String(64))
    external_id: Mapped[str | None] = mapped_column(String(200))
    # sha256 of the raw payload: the same broken item fetched twice is kept once.
    fingerprint: Mapped[str] = mapped_column(String(64))
    reason: Mapped[str] = mapped_column(Text)
    payload: Mapped[str] = mapped_column(Text)
    received_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)


class StreamGap(Base):
    """A stretch of time in which a stream may have missed messages for good: the platform no
    longer serves them (X keeps 800 mentions on the timeline and 7 days in recent search).
    Shown on the account until a person has looked on the platform and dismisses it."""

    __tablename__ = "stream_gaps"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    account_id: Mapped[int] = mapped_column(
        ForeignKey("accounts.id", ondelete="CASCADE"), index=True
    )
    stream: Mapped[str] = mapped_column(String(64))
    missing_from: Mapped[datetime] = mapped_column(UTCDateTime())
    missing_until: Mapped[datetime] = mapped_column(UTCDateTime())
    recorded_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)


class WorkerLease(Base):
    """Which worker process holds the right to poll and send; one active worker per database."""

    __tablename__ = "worker_leases"

    name: Mapped[str] = mapped_column(String(64), primary_key=True)
    holder: Mapped[str] = mapped_column(String(200))
    acquired_at: Mapped[datetime] = mapped_column(UTCDateTime())
    expires_at: Mapped[datetime] = mapped_column(UTCDateTime())


class ChangeCounter(Base):
    """One row whose value grows with every change to a conversation.

    Desktops compare it every second or two (one tiny query) and, when it moved, read only the
    conversations whose `revision` is newer than what they have: a cheap change check across
    workstations sharing one database, without reloading lists.
    """

    __tablename__ = "change_counter"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    value: Mapped[int] = mapped_column(BigInteger, default=0)


# ---- residents: the central resident profile (webcare.residents) -------------------------
#
# Named after the VNG Klantinteracties standard (Open Klant), so that a later sync is a mapping:
# Partij (a resident), DigitaalAdres (an e-mail address, a phone number, a verified social
# identity), Klantcontact (a conversation linked to a resident). Open Klant has no consent
# object: the consent register stands beside it. There is no BSN field, and there never will be.
#
# A link requires a valid consent *in the database*, not only in the desk: a social identity
# and a klantcontact carry their consent's (id, partij, purpose, status) as a composite foreign
# key, with a CHECK that the purpose is linking and the status is given. A link to a withdrawn
# consent cannot be inserted, and a consent cannot be withdrawn while links still point at it
# (the cascaded status update violates the CHECK): withdrawal removes the links first.

LINK_PURPOSE = "link_social"
LINK_NEEDS_CONSENT = f"consent_doel = '{LINK_PURPOSE}' AND consent_status = 'given'"


class Partij(Base):
    """A resident (Open Klant `Partij`, soort persoon): name, address, neighbourhood, language.

    Attributes:
        bronnen: where each datum came from (field name -> `Source` value).
        indeling_jaar: the year of the CBS division the buurt and wijk codes belong to.
    """

    __tablename__ = "partijen"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    uuid: Mapped[str] = mapped_column(String(36), unique=True)
    soort_partij: Mapped[str] = mapped_column(String(16), default="persoon")
    naam: Mapped[str] = mapped_column(String(200))
    voorkeurstaal: Mapped[str] = mapped_column(String(3), default="nld")
    postcode: Mapped[str | None] = mapped_column(String(6), index=True)
    huisnummer: Mapped[int | None] = mapped_column(Integer)
    huisletter: Mapped[str] = mapped_column(String(1), default="")
    huisnummertoevoeging: Mapped[str] = mapped_column(String(4), default="")
    buurtcode: Mapped[str | None] = mapped_column(String(10), index=True)
    wijkcode: Mapped[str | None] = mapped_column(String(8), index=True)
    gemeentecode: Mapped[str | None] = mapped_column(String(6))
    indeling_jaar: Mapped[int | None] = mapped_column(Integer)
    bronnen: Mapped[dict[str, str]] = mapped_column(JSON, default=dict)
    indicatie_actief: Mapped[bool] = mapped_column(Boolean, default=True)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)


class ConsentNotice(Base):
    """The text a resident saw when consenting, by version; never changed once published."""

    __tablename__ = "consent_notices"

    version: Mapped[str] = mapped_column(String(32), primary_key=True)
    title: Mapped[str] = mapped_column(String(200))
    text: Mapped[str] = mapped_column(Text)
    sha256: Mapped[str] = mapped_column(String(64))
    controller: Mapped[str] = mapped_column(String(200))
    language: Mapped[str] = mapped_column(String(2), default="nl")
    published_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)


class Consent(Base):
    """One consent for one purpose (municipal-context.md §1.2): what, how, when, proof.

    `(id, partij_id, doel, status)` is unique so that links can reference a *given* consent.
    """

    __tablename__ = "consents"
    __table_args__ = (
        UniqueConstraint("id", "partij_id", "doel", "status", name="uq_consents_link_key"),
        Index("ix_consents_partij_doel", "partij_id", "doel"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    uuid: Mapped[str] = mapped_column(String(36), unique=True)
    partij_id: Mapped[int] = mapped_column(ForeignKey("partijen.id", ondelete="CASCADE"))
    doel: Mapped[str] = mapped_column(String(32))
    status: Mapped[str] = mapped_column(String(16))
    data_categories: Mapped[list[str]] = mapped_column(JSON, default=list)
    controller: Mapped[str] = mapped_column(String(200))
    notice_version: Mapped[str] = mapped_column(ForeignKey("consent_notices.version"))
    notice_sha256: Mapped[str] = mapped_column(String(64))
    method: Mapped[str] = mapped_column(String(16))
    evidence_ref: Mapped[str] = mapped_column(String(200), default="")
    given_at: Mapped[datetime] = mapped_column(UTCDateTime())
    recorded_by: Mapped[str] = mapped_column(String(100))
    recorded_at: Mapped[datetime] = mapped_column(UTCDateTime())
    refresh_due_at: Mapped[datetime] = mapped_column(UTCDateTime(), index=True)
    withdrawn_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    withdrawal_method: Mapped[str | None] = mapped_column(String(16))
    withdrawn_by: Mapped[str | None] = mapped_column(String(100))
    ended_at: Mapped[datetime | None] = mapped_column(UTCDateTime())  # expired or superseded


class DigitaalAdres(Base):
    """An e-mail address, a phone number, or a verified social identity of a resident.

    A social identity (`soort` overig, `omschrijving` the platform, `adres` the handle) is a
    contact of the inbox; it exists only while verified and under a given linking consent.
    """

    __tablename__ = "digitale_adressen"
    __table_args__ = (
        UniqueConstraint("id", "partij_id", "contact_id", name="uq_digitale_adressen_link_key"),
        ForeignKeyConstraint(
            ["consent_id", "partij_id", "consent_doel", "consent_status"],
            ["consents.id", "consents.partij_id", "consents.doel", "consents.status"],
            name="fk_digitale_adressen_consent",
            onupdate="CASCADE",
            ondelete="CASCADE",
        ),
        CheckConstraint(
            f"contact_id IS NULL OR (consent_id IS NOT NULL AND {LINK_NEEDS_CONSENT} "
            "AND verificatie_datum IS NOT NULL)",
            name="identity_needs_consent_and_verification",
        ),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    partij_id: Mapped[int] = mapped_column(
        ForeignKey("partijen.id", ondelete="CASCADE"), index=True
    )
    soort_digitaal_adres: Mapped[str] = mapped_column(String(16))
    adres: Mapped[str] = mapped_column(String(80))
    omschrijving: Mapped[str] = mapped_column(String(40), default="")
    is_standaard_adres: Mapped[bool] = mapped_column(Boolean, default=False)
    verificatie_datum: Mapped[datetime | None] = mapped_column(UTCDateTime())
    bron: Mapped[str] = mapped_column(String(32))
    contact_id: Mapped[int | None] = mapped_column(
        ForeignKey("contacts.id", ondelete="CASCADE"), unique=True
    )
    consent_id: Mapped[int | None] = mapped_column(Integer)
    consent_doel: Mapped[str | None] = mapped_column(String(32))
    consent_status: Mapped[str | None] = mapped_column(String(16))
    created_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)


class Klantcontact(Base):
    """A conversation linked to a resident, through a verified identity, under a given consent.

    The conversation itself is a public-task record and outlives the link.
    """

    __tablename__ = "klantcontacten"
    __table_args__ = (
        ForeignKeyConstraint(
            ["digitaal_adres_id", "partij_id", "contact_id"],
            [
                "digitale_adressen.id",
                "digitale_adressen.partij_id",
                "digitale_adressen.contact_id",
            ],
            name="fk_klantcontacten_identity",
            ondelete="CASCADE",
        ),
        ForeignKeyConstraint(
            ["consent_id", "partij_id", "consent_doel", "consent_status"],
            ["consents.id", "consents.partij_id", "consents.doel", "consents.status"],
            name="fk_klantcontacten_consent",
            onupdate="CASCADE",
            ondelete="CASCADE",
        ),
        CheckConstraint(LINK_NEEDS_CONSENT, name="link_needs_consent"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    conversation_id: Mapped[int] = mapped_column(
        ForeignKey("conversations.id", ondelete="CASCADE"), unique=True
    )
    partij_id: Mapped[int] = mapped_column(
        ForeignKey("partijen.id", ondelete="CASCADE"), index=True
    )
    digitaal_adres_id: Mapped[int] = mapped_column(Integer)
    contact_id: Mapped[int] = mapped_column(Integer)
    consent_id: Mapped[int] = mapped_column(Integer)
    consent_doel: Mapped[str] = mapped_column(String(32))
    consent_status: Mapped[str] = mapped_column(String(16))
    kanaal: Mapped[str] = mapped_column(String(16))
    plaatsgevonden_op: Mapped[datetime | None] = mapped_column(UTCDateTime())
    linked_at: Mapped[datetime] = mapped_column(UTCDateTime())
    linked_by: Mapped[str] = mapped_column(String(100))


class VerificationCode(Base):
    """A one-time code issued on a profile; the resident sends it from the account to link.

    Only its sha256 is kept: whoever reads the database cannot send it on a resident's behalf.
    """

    __tablename__ = "verification_codes"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    partij_id: Mapped[int] = mapped_column(
        ForeignKey("partijen.id", ondelete="CASCADE"), index=True
    )
    code_sha256: Mapped[str] = mapped_column(String(64), unique=True)
    issued_at: Mapped[datetime] = mapped_column(UTCDateTime())
    issued_by: Mapped[str] = mapped_column(String(100))
    expires_at: Mapped[datetime] = mapped_column(UTCDateTime())
    received_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    received_contact_id: Mapped[int | None] = mapped_column(
        ForeignKey("contacts.id", ondelete="SET NULL")
    )
    received_conversation_id: Mapped[int | None] = mapped_column(
        ForeignKey("conversations.id", ondelete="SET NULL"), index=True
    )
    used_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    revoked_at: Mapped[datetime | None] = mapped_column(UTCDateTime())


class PostcodeArea(Base):
    """Postcode + house number -> CBS buurt, wijk, gemeente (+ coordinates, where known).

    Clustered on its key (WITHOUT ROWID on SQLite): the lookup is the table itself, and the
    nine million rows of the national file take no separate index. A house letter and addition
    are '' where the source has none (the CBS file has neither). The division's year and the
    source are in `postcode_imports`.
    """

    __tablename__ = "postcode_areas"
    __table_args__ = ({"sqlite_with_rowid": False},)

    postcode: Mapped[str] = mapped_column(String(6), primary_key=True)
    huisnummer: Mapped[int] = mapped_column(Integer, primary_key=True)
    huisletter: Mapped[str] = mapped_column(String(1), primary_key=True, default="")
    toevoeging: Mapped[str] = mapped_column(String(4), primary_key=True, default="")
    buurtcode: Mapped[str] = mapped_column(String(10))
    wijkcode: Mapped[str] = mapped_column(String(8))
    gemeentecode: Mapped[str] = mapped_column(String(6))
    lat: Mapped[float | None] = mapped_column(Float)
    lon: Mapped[float | None] = mapped_column(Float)
    rd_x: Mapped[float | None] = mapped_column(Float)
    rd_y: Mapped[float | None] = mapped_column(Float)


class PostcodeImport(Base):
    """One import of the postcode table; the newest is the table's division year and source."""

    __tablename__ = "postcode_imports"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    indeling_jaar: Mapped[int] = mapped_column(Integer)
    source: Mapped[str] = mapped_column(String(32))
    file_name: Mapped[str] = mapped_column(String(200))
    rows: Mapped[int] = mapped_column(Integer)
    skipped: Mapped[int] = mapped_column(Integer)
    with_coordinates: Mapped[int] = mapped_column(Integer, default=0)
    imported_at: Mapped[datetime] = mapped_column(UTCDateTime())
    imported_by: Mapped[str] = mapped_column(String(100))


class PrivacyRequest(Base):
    """An access (art. 15) or erasure (art. 17) request and its one-month deadline."""

    __tablename__ = "privacy_requests"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    partij_id: Mapped[int | None] = mapped_column(
        ForeignKey("partijen.id", ondelete="SET NULL"), index=True
    )
    kind: Mapped[str] = mapped_column(String(16))
    status: Mapped[str] = mapped_column(String(16), default="open")
    received_at: Mapped[datetime] = mapped_column(UTCDateTime())
    due_at: Mapped[datetime] = mapped_column(UTCDateTime(), index=True)
    registered_by: Mapped[str] = mapped_column(String(100))
    done_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    done_by: Mapped[str | None] = mapped_column(String(100))


class DeletionRecord(Base):
    """What was destroyed, why, by whom and when: never the personal data itself (R1.10)."""

    __tablename__ = "deletion_records"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    record_type: Mapped[str] = mapped_column(String(32))
    record_ref: Mapped[str] = mapped_column(String(64))
    category: Mapped[str] = mapped_column(String(64))
    record_created_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    reason: Mapped[str] = mapped_column(String(16))
    details: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    deleted_by: Mapped[str] = mapped_column(String(100))
    deleted_at: Mapped[datetime] = mapped_column(UTCDateTime(), index=True)
    batch_id: Mapped[str] = mapped_column(String(36), index=True)


class RetentionTerm(Base):
    """How long a closed conversation of a category is kept (Selectielijst gemeenten 2020).

    A conversation carrying the category's tag belongs to it (the longest term wins); every
    other closed conversation is a webcare question.
    """

    __tablename__ = "retention_terms"

    category: Mapped[str] = mapped_column(String(32), primary_key=True)
    months: Mapped[int] = mapped_column(Integer)
    tag: Mapped[str | None] = mapped_column(String(100))
    selectielijst: Mapped[str] = mapped_column(String(200), default="")
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)
    updated_by: Mapped[str] = mapped_column(String(100), default="system")


class RetentionRun(Base):
    """One run of the daily retention job, and what it destroyed."""

    __tablename__ = "retention_runs"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    batch_id: Mapped[str] = mapped_column(String(36), unique=True)
    started_at: Mapped[datetime] = mapped_column(UTCDateTime(), index=True)
    finished_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    run_by: Mapped[str] = mapped_column(String(100))
    conversations: Mapped[int] = mapped_column(Integer, default=0)
    messages: Mapped[int] = mapped_column(Integer, default=0)
    contacts: Mapped[int] = mapped_column(Integer, default=0)
    consents_expired: Mapped[int] = mapped_column(Integer, default=0)
    codes: Mapped[int] = mapped_column(Integer, default=0)
