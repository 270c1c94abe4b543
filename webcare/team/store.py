"""The service policy in the database: read it as a `PolicyBook`, change it, give it a revision.

Every change moves the change counter (`webcare.inbox.changes.touch`, with no conversation)
and stores the new value as the policy's revision, on the team's row. A desktop's change check
already reads the counter once a second; only when it moved does the desktop read the policy's
revision (one primary-key read) and, when that moved too, the policy itself. So other desktops
show the new waiting times within seconds, and an idle database still costs one query a second.
"""

from __future__ import annotations

import enum
from collections import defaultdict
from dataclasses import dataclass
from datetime import date

from sqlalchemy import delete, select
from sqlalchemy.orm import Session, selectinload

from webcare.errors import WebcareError
from webcare.inbox import changes
from webcare.storage.models import Account, ClosingDay, OfficeHours, ServicePolicy
from webcare.team.policy import Day, Policy, PolicyBook, Span, Week, week_of
from webcare.vocabulary import Platform

TEAM_POLICY_ID = 1  # the row the migration creates; the team always has a policy
TARGET_MAX_MINUTES = 4 * 7 * 24 * 60  # four weeks: "within 10 working days" still fits
NAME_MAX = 200


class PolicyRefused(WebcareError):  # noqa: N818 - a refusal, not a fault
    """The policy change cannot be made; `code` says why."""

    class Code(enum.StrEnum):
        NO_ACCOUNT = "no_account"
        BAD_TARGET = "bad_target"
        OVERLAPPING_HOURS = "overlapping_hours"
        NO_NAME = "no_name"
        NAME_TOO_LONG = "name_too_long"
        NO_CLOSING_DAY = "no_closing_day"

    def __init__(self, code: PolicyRefused.Code) -> None:
        super().__init__(code)
        self.code = code

    def __str__(self) -> str:
        return f"policy change refused: {self.code}"


@dataclass(frozen=True)
class PolicyScope:
    """An account, as the Settings page offers it for a policy of its own."""

    account_id: int
    platform: Platform
    name: str
    handle: str
    own_policy: bool


def load_book(session: Session) -> PolicyBook:
    """The team's policy and every account's own, as plain values."""
    rows = session.scalars(select(ServicePolicy).options(selectinload(ServicePolicy.hours))).all()
    closing = {row.day: row.name for row in session.scalars(select(ClosingDay))}
    team_row = next(row for row in rows if row.id == TEAM_POLICY_ID)

    def policy_of(row: ServicePolicy) -> Policy:
        days: dict[int, list[Span]] = defaultdict(list)
        for hours in row.hours:
            days[hours.weekday].append(Span(hours.opens, hours.closes))
        week = week_of({day: tuple(spans) for day, spans in days.items()})
        return Policy(week, row.target_minutes, row.public_holidays, closing)

    accounts = {row.account_id: policy_of(row) for row in rows if row.account_id is not None}
    return PolicyBook(policy_of(team_row), accounts, team_row.revision)


def revision(session: Session) -> int:
    """The policy's revision: compare it with the one a desktop shows."""
    return int(
        session.execute(
            select(ServicePolicy.revision).where(ServicePolicy.id == TEAM_POLICY_ID)
        ).scalar_one()
    )


def scopes(session: Session) -> list[PolicyScope]:
    """Every account, by platform and name, with whether it has a policy of its own."""
    own = set(
        session.scalars(
            select(ServicePolicy.account_id).where(ServicePolicy.account_id.is_not(None))
        )
    )
    return [
        PolicyScope(account.id, account.platform, account.name, account.handle, account.id in own)
        for account in session.scalars(select(Account).order_by(Account.platform, Account.name))
    ]


def save(
    session: Session,
    account_id: int | None,
    days: Week | tuple[Day, ...],
    target_minutes: int,
    public_holidays: bool,
) -> int:
    """Set the team's policy (`account_id` None) or an account's own; returns the revision.

    Raises:
        PolicyRefused: no such account, a target out of range, overlapping opening ranges.
    """
    if not 1 <= target_minutes <= TARGET_MAX_MINUTES:
        raise PolicyRefused(PolicyRefused.Code.BAD_TARGET)
    try:
        week = week_of(tuple(days))
    except ValueError as exc:
        raise PolicyRefused(PolicyRefused.Code.OVERLAPPING_HOURS) from exc
    row = _row(session, account_id)
    if row is None:
        if session.get(Account, account_id) is None:
            raise PolicyRefused(PolicyRefused.Code.NO_ACCOUNT)
        row = ServicePolicy(account_id=account_id)
        session.add(row)
    row.target_minutes = target_minutes
    row.public_holidays = public_holidays
    row.hours = [
        OfficeHours(weekday=weekday, opens=span.opens, closes=span.closes)
        for weekday, spans in enumerate(week)
        for span in spans
    ]
    session.flush()
    return _bump(session)


def clear_account(session: Session, account_id: int) -> int:
    """The account follows the team's policy again; returns the revision."""
    row = _row(session, account_id)
    if row is not None:
        session.delete(row)
        session.flush()
    return _bump(session)


def set_closing_day(session: Session, day: date, name: str) -> int:
    """Close the team on `day` (or rename that closing day); returns the revision."""
    name = " ".join(name.split())
    if not name:
        raise PolicyRefused(PolicyRefused.Code.NO_NAME)
    if len(name) > NAME_MAX:
        raise PolicyRefused(PolicyRefused.Code.NAME_TOO_LONG)
    found = session.get(ClosingDay, day)
    if found is None:
        session.add(ClosingDay(day=day, name=name))
    else:
        found.name = name
    session.flush()
    return _bump(session)


def remove_closing_day(session: Session, day: date) -> int:
    """Open on `day` again (unless a holiday or the weekday says otherwise)."""
    if session.execute(delete(ClosingDay).where(ClosingDay.day == day)).rowcount == 0:  # type: ignore[attr-defined]
        raise PolicyRefused(PolicyRefused.Code.NO_CLOSING_DAY)
    return _bump(session)


def _row(session: Session, account_id: int | None) -> ServicePolicy | None:
    if account_id is None:
        return session.get(ServicePolicy, TEAM_POLICY_ID)
    return session.scalars(
        select(ServicePolicy).where(ServicePolicy.account_id == account_id)
    ).first()


def _bump(session: Session) -> int:
    """A new revision for the policy, from the change counter (so desktops notice)."""
    value = changes.touch(session, [])
    team = session.get(ServicePolicy, TEAM_POLICY_ID)
    assert team is not None, "the migration creates the team's policy"
    team.revision = value
    session.flush()
    return value
