"""Connected platform accounts, their polling streams, quarantined items and stream gaps."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import (
    ForeignKey,
    Integer,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import Mapped, mapped_column, relationship

from webcare.storage.models.base import Base
from webcare.storage.types import UTCDateTime, str_enum, utcnow
from webcare.vocabulary import (
    AccountStatus,
    Platform,
)


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
