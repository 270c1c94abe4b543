"""The audit trail, the worker lease and the change counters desktops poll."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import (
    JSON,
    BigInteger,
    ForeignKey,
    Index,
    Integer,
    String,
)
from sqlalchemy.orm import Mapped, mapped_column

from webcare.storage.models.base import Base
from webcare.storage.types import UTCDateTime, utcnow


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


class WorkerLease(Base):
    """Which worker process holds the right to poll and send; one active worker per database.

    The row is never deleted: `generation` grows by one at every takeover and is the fencing
    token every claim of a reply carries (webcare.lease). Releasing the lease expires it.
    """

    __tablename__ = "worker_leases"

    name: Mapped[str] = mapped_column(String(64), primary_key=True)
    holder: Mapped[str] = mapped_column(String(200))
    generation: Mapped[int] = mapped_column(BigInteger, default=0, server_default="0")
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
