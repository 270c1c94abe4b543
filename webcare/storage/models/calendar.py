"""The publishing calendar: campaigns, posts, their targets, images and attempts, holds."""

from __future__ import annotations

from datetime import date, datetime
from typing import TYPE_CHECKING

from sqlalchemy import (
    JSON,
    Boolean,
    Date,
    DateTime,
    ForeignKey,
    Index,
    Integer,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import Mapped, mapped_column, relationship

from webcare.storage.models.base import Base
from webcare.storage.types import UTCDateTime, str_enum, utcnow
from webcare.vocabulary import (
    PostState,
)

if TYPE_CHECKING:
    from webcare.storage.models.accounts import Account


class Campaign(Base):
    """A planning object: what a series of posts is for, whom it targets, when it runs.

    Attributes:
        neighbourhoods: buurt/wijk codes, free text until the postcode table exists.
    """

    __tablename__ = "campaigns"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    name: Mapped[str] = mapped_column(String(200))
    goal: Mapped[str] = mapped_column(Text, default="")
    color: Mapped[str] = mapped_column(String(16), default="#3465a4")
    starts_on: Mapped[date | None] = mapped_column(Date)
    ends_on: Mapped[date | None] = mapped_column(Date)
    neighbourhoods: Mapped[list[str]] = mapped_column(JSON, default=list)
    owner_id: Mapped[int | None] = mapped_column(ForeignKey("users.id", ondelete="SET NULL"))
    created_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow, onupdate=utcnow)


class Post(Base):
    """A planned post: its time (zone + wall-clock time + the UTC instant), its deadline, its
    recurrence, and one target (variant and state) per account.

    A recurring post is a series: its own targets are never published; each occurrence becomes
    a post of its own (`series_id`) once it is due, so it can be edited or cancelled alone.

    Attributes:
        local_time: the wall-clock time in `zone`, naive (what the planner chose).
        fold: which of two equal wall-clock times at the end of summer time (0: the first).
        scheduled_at: the instant `local_time` means in `zone`, in UTC.
        deadline_at: "do not publish after"; None: the engine's default lateness applies.
        recurrence: an RFC 5545 RRULE (e.g. FREQ=WEEKLY;BYDAY=MO), on wall-clock time.
        materialised_until: a series' occurrences up to this instant exist as posts.
    """

    __tablename__ = "posts"
    __table_args__ = (Index("ix_posts_scheduled_at", "scheduled_at"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    campaign_id: Mapped[int | None] = mapped_column(
        ForeignKey("campaigns.id", ondelete="SET NULL"), index=True
    )
    series_id: Mapped[int | None] = mapped_column(
        ForeignKey("posts.id", ondelete="SET NULL"), index=True
    )
    text: Mapped[str] = mapped_column(Text, default="")
    link: Mapped[str | None] = mapped_column(String(2000))
    zone: Mapped[str] = mapped_column(String(64), default="Europe/Amsterdam")
    local_time: Mapped[datetime] = mapped_column(DateTime(timezone=False))
    fold: Mapped[int] = mapped_column(Integer, default=0)
    scheduled_at: Mapped[datetime] = mapped_column(UTCDateTime())
    deadline_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    recurrence: Mapped[str | None] = mapped_column(String(500))
    materialised_until: Mapped[datetime | None] = mapped_column(UTCDateTime())
    neighbourhoods: Mapped[list[str]] = mapped_column(JSON, default=list)
    created_by: Mapped[int | None] = mapped_column(ForeignKey("users.id", ondelete="SET NULL"))
    created_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow, onupdate=utcnow)

    campaign: Mapped[Campaign | None] = relationship()
    targets: Mapped[list[PostTarget]] = relationship(
        back_populates="post", cascade="all, delete-orphan", order_by="PostTarget.id"
    )


class PostTarget(Base):
    """One post on one account: the variant (text, link, images) and where it stands.

    Attributes:
        due_at: when this target is to be published (the post's time, or "now" after a
            person decided to publish a held or missed post at once).
        deadline_at: not published by then: `missed` (the post's deadline, or the default
            lateness after `due_at`).
        next_attempt_at: a failure before anything reached the platform: try again then.
        claim_token: who claimed it for publishing (the conditional UPDATE's winner).
        preflight_stage: the last pre-flight done: 24 (a day ahead), 1 (an hour ahead), 0.
        preflight_problems: what the last pre-flight found, as [{"code", "detail"}].
    """

    __tablename__ = "post_targets"
    __table_args__ = (
        UniqueConstraint("post_id", "account_id"),
        Index("ix_post_targets_state_due", "state", "due_at"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    post_id: Mapped[int] = mapped_column(ForeignKey("posts.id", ondelete="CASCADE"))
    account_id: Mapped[int] = mapped_column(
        ForeignKey("accounts.id", ondelete="CASCADE"), index=True
    )
    text: Mapped[str] = mapped_column(Text, default="")
    link: Mapped[str | None] = mapped_column(String(2000))
    state: Mapped[PostState] = mapped_column(str_enum(PostState, 16), default=PostState.DRAFT)
    state_reason: Mapped[str | None] = mapped_column(Text)
    due_at: Mapped[datetime] = mapped_column(UTCDateTime())
    deadline_at: Mapped[datetime] = mapped_column(UTCDateTime())
    next_attempt_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    attempts: Mapped[int] = mapped_column(Integer, default=0)
    claim_token: Mapped[str | None] = mapped_column(String(200))
    claimed_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    external_id: Mapped[str | None] = mapped_column(String(200))
    url: Mapped[str | None] = mapped_column(String(500))
    published_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    preflight_stage: Mapped[int] = mapped_column(Integer, default=0)
    preflight_checked_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    preflight_problems: Mapped[list[dict[str, str]]] = mapped_column(JSON, default=list)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow, onupdate=utcnow)

    post: Mapped[Post] = relationship(back_populates="targets")
    account: Mapped[Account] = relationship()
    images: Mapped[list[PostImage]] = relationship(
        back_populates="target", cascade="all, delete-orphan", order_by="PostImage.position"
    )


class PostImage(Base):
    """An image of a variant: a file (Facebook uploads it) and/or a public URL (Instagram
    only takes URLs: Meta fetches the image itself), with its alt text."""

    __tablename__ = "post_images"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    target_id: Mapped[int] = mapped_column(
        ForeignKey("post_targets.id", ondelete="CASCADE"), index=True
    )
    position: Mapped[int] = mapped_column(Integer, default=0)
    path: Mapped[str | None] = mapped_column(String(1000))
    url: Mapped[str | None] = mapped_column(String(2000))
    alt_text: Mapped[str] = mapped_column(Text, default="")

    target: Mapped[PostTarget] = relationship(back_populates="images")


class PostAttempt(Base):
    """One publishing attempt, append-only: who tried, when, and what came of it."""

    __tablename__ = "post_attempts"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    target_id: Mapped[int] = mapped_column(
        ForeignKey("post_targets.id", ondelete="CASCADE"), index=True
    )
    holder: Mapped[str] = mapped_column(String(200))
    started_at: Mapped[datetime] = mapped_column(UTCDateTime())
    finished_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    outcome: Mapped[str] = mapped_column(String(32), default="started")
    external_id: Mapped[str | None] = mapped_column(String(200))
    detail: Mapped[str | None] = mapped_column(Text)


class PublishingHold(Base):
    """A crisis hold: while it is not released nothing publishes on its accounts."""

    __tablename__ = "publishing_holds"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    reason: Mapped[str] = mapped_column(Text)
    all_accounts: Mapped[bool] = mapped_column(Boolean, default=True)
    started_at: Mapped[datetime] = mapped_column(UTCDateTime())
    started_by: Mapped[int | None] = mapped_column(ForeignKey("users.id", ondelete="SET NULL"))
    released_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    released_by: Mapped[int | None] = mapped_column(ForeignKey("users.id", ondelete="SET NULL"))


class PublishingHoldAccount(Base):
    """An account a hold covers (when it does not cover all of them)."""

    __tablename__ = "publishing_hold_accounts"

    hold_id: Mapped[int] = mapped_column(
        ForeignKey("publishing_holds.id", ondelete="CASCADE"), primary_key=True
    )
    account_id: Mapped[int] = mapped_column(
        ForeignKey("accounts.id", ondelete="CASCADE"), primary_key=True, index=True
    )
