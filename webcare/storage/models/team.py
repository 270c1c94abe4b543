"""Users and their roles, and the team's service policy: office hours and closing days."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import (
    BigInteger,
    Boolean,
    Date,
    ForeignKey,
    Integer,
    String,
)
from sqlalchemy.orm import Mapped, mapped_column, relationship

from webcare.storage.models.base import Base
from webcare.storage.types import UTCDateTime, str_enum, utcnow
from webcare.vocabulary import (
    Role,
)


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


class ServicePolicy(Base):
    """The team's service policy (the row without an account, id 1), or an account's own.

    An account's own policy replaces the team's office hours, response target and holiday
    rule for that account's conversations; the team's closing days apply to every account.
    """

    __tablename__ = "service_policies"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    account_id: Mapped[int | None] = mapped_column(
        ForeignKey("accounts.id", ondelete="CASCADE"), unique=True
    )
    target_minutes: Mapped[int] = mapped_column(Integer)
    public_holidays: Mapped[bool] = mapped_column(Boolean, default=True)
    # The change counter's value at the policy's last change (kept on the team's row): a
    # desktop whose counter moved compares it with the policy it shows.
    revision: Mapped[int] = mapped_column(BigInteger, default=0)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow, onupdate=utcnow)

    hours: Mapped[list[OfficeHours]] = relationship(cascade="all, delete-orphan")


class OfficeHours(Base):
    """One opening range of a weekday (0 Monday .. 6 Sunday), in minutes after local midnight
    (Europe/Amsterdam); a day may have several, and `closes` 1440 is midnight."""

    __tablename__ = "office_hours"

    policy_id: Mapped[int] = mapped_column(
        ForeignKey("service_policies.id", ondelete="CASCADE"), primary_key=True
    )
    weekday: Mapped[int] = mapped_column(Integer, primary_key=True)
    opens: Mapped[int] = mapped_column(Integer, primary_key=True)
    closes: Mapped[int] = mapped_column(Integer)


class ClosingDay(Base):
    """A date the whole team is closed on besides the public holidays, with its name."""

    __tablename__ = "closing_days"

    day: Mapped[date] = mapped_column(Date, primary_key=True)
    name: Mapped[str] = mapped_column(String(200))
