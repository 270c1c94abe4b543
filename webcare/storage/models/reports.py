"""What the reports count: conversation events, rounds and waits, office intervals."""

from __future__ import annotations

from sqlalchemy import (
    BigInteger,
    Boolean,
    ForeignKey,
    Index,
    Integer,
    String,
    Text,
)
from sqlalchemy.orm import Mapped, mapped_column

from webcare.storage.models.base import Base


class ConversationEvent(Base):
    """One thing that happened to a conversation that a figure needs.

    Written by database triggers (`webcare.reports.triggers`) in the transaction of the change
    itself, whichever code path made it: a resident's message stored, a human reply sent, a
    status set, an assignment.

    Attributes:
        at: when it happened for the resident (a message's platform time, a reply's send time).
        noted_at: when it happened in the inbox (a message's arrival, a reply's queueing, a
            status change), which orders it against status changes: a message that arrives
            after the conversation was closed opens a new round.
    """

    __tablename__ = "conversation_events"
    __table_args__ = (Index("ix_conversation_events_conversation", "conversation_id", "noted_at"),)

    id: Mapped[int] = mapped_column(BigInteger().with_variant(Integer, "sqlite"), primary_key=True)
    conversation_id: Mapped[int] = mapped_column(ForeignKey("conversations.id", ondelete="CASCADE"))
    kind: Mapped[str] = mapped_column(String(16))
    at: Mapped[int] = mapped_column(BigInteger)
    noted_at: Mapped[int] = mapped_column(BigInteger)
    message_id: Mapped[int | None] = mapped_column(
        ForeignKey("messages.id", ondelete="CASCADE"), index=True
    )
    # the reply's author, the new assignee, or the assignee at a status change
    user_id: Mapped[int | None] = mapped_column(ForeignKey("users.id", ondelete="SET NULL"))


class ReportDirty(Base):
    """A conversation whose events changed since its rounds were last derived.

    `version` grows with every touch, so a derivation that read version v deletes the mark
    only if nobody touched the conversation since.
    """

    __tablename__ = "report_dirty"

    # No foreign key: the mark is made while a deleted conversation's events go with it.
    conversation_id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)
    version: Mapped[int] = mapped_column(BigInteger, default=1)


class ReportRound(Base):
    """A round of a conversation: from a resident's first message (or the message that
    reopened it after a close) to its close. Derived from the events; `*_cum` are the office
    seconds of the account's calendar up to that moment, so that office time is a difference.
    """

    __tablename__ = "report_rounds"
    __table_args__ = (
        Index("ix_report_rounds_started", "started_at"),
        Index("ix_report_rounds_account_started", "account_id", "started_at"),
    )

    conversation_id: Mapped[int] = mapped_column(
        ForeignKey("conversations.id", ondelete="CASCADE"), primary_key=True
    )
    round: Mapped[int] = mapped_column(Integer, primary_key=True)
    account_id: Mapped[int] = mapped_column(Integer)
    started_at: Mapped[int] = mapped_column(BigInteger)
    first_response_at: Mapped[int | None] = mapped_column(BigInteger)
    first_response_by: Mapped[int | None] = mapped_column(Integer)
    closed_at: Mapped[int | None] = mapped_column(BigInteger)
    closed_by: Mapped[int | None] = mapped_column(Integer)
    replies: Mapped[int] = mapped_column(Integer, default=0)
    started_cum: Mapped[int | None] = mapped_column(BigInteger)
    first_response_cum: Mapped[int | None] = mapped_column(BigInteger)
    closed_cum: Mapped[int | None] = mapped_column(BigInteger)
    target_seconds: Mapped[int | None] = mapped_column(Integer)
    # Europe/Amsterdam: days since 1970-01-01, hour 0..23, weekday 0 (Monday) .. 6
    local_day: Mapped[int | None] = mapped_column(Integer)
    local_hour: Mapped[int | None] = mapped_column(Integer)
    local_weekday: Mapped[int | None] = mapped_column(Integer)
    closed_day: Mapped[int | None] = mapped_column(Integer)  # local day of the close


class ReportWait(Base):
    """One wait of a resident within a round: from a message nobody had answered yet to the
    human reply that answered it (or the close, or still waiting)."""

    __tablename__ = "report_waits"
    __table_args__ = (Index("ix_report_waits_started", "started_at"),)

    conversation_id: Mapped[int] = mapped_column(
        ForeignKey("conversations.id", ondelete="CASCADE"), primary_key=True
    )
    round: Mapped[int] = mapped_column(Integer, primary_key=True)
    seq: Mapped[int] = mapped_column(Integer, primary_key=True)
    is_first: Mapped[bool] = mapped_column(Boolean)
    account_id: Mapped[int] = mapped_column(Integer)
    started_at: Mapped[int] = mapped_column(BigInteger)
    answered_at: Mapped[int | None] = mapped_column(BigInteger)
    answered_by: Mapped[int | None] = mapped_column(Integer)
    started_cum: Mapped[int | None] = mapped_column(BigInteger)
    answered_cum: Mapped[int | None] = mapped_column(BigInteger)


class OfficeInterval(Base):
    """The service policy materialised: one row per stretch of office time of a calendar, with
    the office seconds before it, so that office_seconds(a, b) = cum(b) - cum(a)."""

    __tablename__ = "office_intervals"

    calendar: Mapped[str] = mapped_column(String(64), primary_key=True)
    opens_at: Mapped[int] = mapped_column(BigInteger, primary_key=True)
    closes_at: Mapped[int] = mapped_column(BigInteger)
    cum_before: Mapped[int] = mapped_column(BigInteger)


class ReportAccount(Base):
    """Which calendar and response target an account's figures are counted with."""

    __tablename__ = "report_accounts"

    account_id: Mapped[int] = mapped_column(
        ForeignKey("accounts.id", ondelete="CASCADE"), primary_key=True
    )
    calendar: Mapped[str] = mapped_column(String(64))
    target_seconds: Mapped[int] = mapped_column(Integer)


class ReportZone(Base):
    """Europe/Amsterdam's offset from UTC from `starts_at` on (a row per DST change)."""

    __tablename__ = "report_zone"

    starts_at: Mapped[int] = mapped_column(BigInteger, primary_key=True)
    offset_seconds: Mapped[int] = mapped_column(Integer)


class ReportState(Base):
    """Small facts of the derived data: the policy fingerprint it was computed with, etc."""

    __tablename__ = "report_state"

    key: Mapped[str] = mapped_column(String(64), primary_key=True)
    value: Mapped[str] = mapped_column(Text)
