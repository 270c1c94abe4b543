"""The service policy as tables, so that a million office times are arithmetic in SQL.

Each distinct policy (the team's, and each account's own) becomes a *calendar*: a row per open
interval (`office_intervals`) with the office seconds before it. The office seconds up to an
instant t are then the row with the latest opening at or before t, plus the part of that
interval before t:

    cum(t) = cum_before + min(t - opens_at, closes_at - opens_at)
    office_seconds(a, b) = cum(b) - cum(a)

one index lookup per instant, whatever the hours, lunch breaks, holidays or closing days.
`report_accounts` says which calendar and response target each account is counted with, and
`report_zone` holds Europe/Amsterdam's offsets, so that days and hours are local in SQL too.

The tables cover whole years, from the year before the earliest event to two years after now;
`fingerprint` names what they were built from, so a changed policy (or a new account, or time
moving on) is noticed and the stored office times are computed again (`webcare.reports.office`).
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from zoneinfo import ZoneInfo

from sqlalchemy import delete, func, insert, select
from sqlalchemy.orm import Session

from webcare.storage.models import (
    Account,
    ConversationEvent,
    OfficeInterval,
    ReportAccount,
    ReportState,
    ReportZone,
)
from webcare.team import store
from webcare.team.policy import AMSTERDAM, Policy, PolicyBook

FINGERPRINT = "calendar.fingerprint"
EXTENT = "calendar.extent"
TEAM = "team"


@dataclass(frozen=True)
class Extent:
    """The years the calendars cover, first and last included."""

    first: int
    last: int

    def __str__(self) -> str:
        return f"{self.first}-{self.last}"


def calendar_key(policy: Policy) -> str:
    """A name for what makes a policy's office time: its hours, holidays and closing days."""
    described = json.dumps(
        {
            "week": [[[span.opens, span.closes] for span in day] for day in policy.week],
            "public_holidays": policy.public_holidays,
            "closing": sorted((day.isoformat(), name) for day, name in policy.closing_days.items()),
            "zone": policy.zone,
        },
        sort_keys=True,
    )
    return hashlib.sha256(described.encode()).hexdigest()[:32]


def seconds(at: datetime) -> int:
    """An instant as whole seconds since 1970 UTC (the unit of every report table)."""
    return int(at.timestamp() // 1)


def instant(value: int) -> datetime:
    return datetime.fromtimestamp(value, UTC)


def stored_extent(session: Session) -> Extent | None:
    value = session.get(ReportState, EXTENT)
    if value is None:
        return None
    first, last = value.value.split("-")
    return Extent(int(first), int(last))


def needed_extent(session: Session, now: datetime, earliest: int | None) -> Extent:
    """The years to cover: the stored ones, widened to a year before `earliest` (the earliest
    event about to be derived) and to two years after now."""
    have = stored_extent(session)
    if have is None:
        found = session.scalar(select(func.min(ConversationEvent.at)))  # once, when first built
        candidates = [value for value in (found, earliest) if value is not None]
        earliest = min(candidates) if candidates else None
        have = Extent(now.year - 1, now.year + 2)
    first, last = have.first, max(have.last, now.year + 2)
    if earliest is not None:
        first = min(first, instant(earliest).year - 1)
    return Extent(first, last)


def accounts_of(session: Session, book: PolicyBook) -> dict[int, tuple[str, int]]:
    """Account id -> (calendar key, response target in seconds)."""
    found: dict[int, tuple[str, int]] = {}
    for account_id in session.scalars(select(Account.id)):
        policy = book.for_account(account_id)
        found[account_id] = (calendar_key(policy), policy.target_minutes * 60)
    return found


def fingerprint(book: PolicyBook, accounts: dict[int, tuple[str, int]], extent: Extent) -> str:
    described = json.dumps(
        {
            "team": calendar_key(book.team),
            "accounts": sorted(accounts.items()),
            "extent": str(extent),
        }
    )
    return hashlib.sha256(described.encode()).hexdigest()


@dataclass(frozen=True)
class CalendarPlan:
    """What the calendars should be now, and what of the stored data that changes.

    Attributes:
        stale: the accounts whose stored office times were counted with another calendar or
            target; None when all of them must be counted again (the extent moved back).
    """

    book: PolicyBook
    accounts: dict[int, tuple[str, int]]
    extent: Extent
    fingerprint: str
    current: bool
    stale: frozenset[int] | None


def plan(session: Session, now: datetime, earliest: int | None = None) -> CalendarPlan:
    """Compare the policy in the database (and the years needed) with the stored calendars.

    Args:
        earliest: the earliest event time about to be derived, if known.
    """
    book = store.load_book(session)
    have = stored_extent(session)
    extent = needed_extent(session, now, earliest)
    accounts = accounts_of(session, book)
    print_ = fingerprint(book, accounts, extent)
    stored = session.get(ReportState, FINGERPRINT)
    current = stored is not None and stored.value == print_
    stale: frozenset[int] | None = frozenset()
    if have is None or extent.first < have.first:
        stale = None
    elif not current:
        before = {
            row.account_id: (row.calendar, row.target_seconds)
            for row in session.scalars(select(ReportAccount))
        }
        stale = frozenset(
            account_id
            for account_id, wanted in accounts.items()
            if before.get(account_id, wanted) != wanted
        )
    return CalendarPlan(book, accounts, extent, print_, current, stale)


def materialise(session: Session, chosen: CalendarPlan) -> int:
    """Write the calendars, the accounts' targets and the zone table, and ask for the office
    times of the accounts whose calendar changed to be counted again (`webcare.reports.office`);
    returns the number of interval rows."""
    policies = {calendar_key(chosen.book.team): chosen.book.team}
    for account_id in chosen.accounts:
        policy = chosen.book.for_account(account_id)
        policies.setdefault(calendar_key(policy), policy)
    first = date(chosen.extent.first, 1, 1)
    last = date(chosen.extent.last, 12, 31)
    session.execute(delete(OfficeInterval))
    rows = 0
    for key, policy in policies.items():
        batch: list[dict[str, object]] = []
        cum = 0
        for opens, closes in policy.open_intervals(first, last):
            a, b = seconds(opens), seconds(closes)
            batch.append({"calendar": key, "opens_at": a, "closes_at": b, "cum_before": cum})
            cum += b - a
        if batch:
            session.execute(insert(OfficeInterval), batch)
        rows += len(batch)
    session.execute(delete(ReportAccount))
    if chosen.accounts:
        session.execute(
            insert(ReportAccount),
            [
                {"account_id": account_id, "calendar": key, "target_seconds": target}
                for account_id, (key, target) in chosen.accounts.items()
            ],
        )
    session.execute(delete(ReportZone))
    session.execute(insert(ReportZone), zone_rows(chosen.extent))
    _put(session, EXTENT, str(chosen.extent))
    _put(session, FINGERPRINT, chosen.fingerprint)
    if chosen.stale is None or chosen.stale:
        # The rounds and waits stay what they are; only their office seconds change.
        from webcare.reports import office

        office.request(session, chosen.stale)
    return rows


def _put(session: Session, key: str, value: str) -> None:
    row = session.get(ReportState, key)
    if row is None:
        session.add(ReportState(key=key, value=value))
    else:
        row.value = value
    session.flush()


def zone_rows(extent: Extent, zone: str = AMSTERDAM) -> list[dict[str, int]]:
    """A row per stretch of constant UTC offset from the start of the extent's first year."""
    tz = ZoneInfo(zone)
    start = datetime(extent.first, 1, 1, tzinfo=UTC)
    stop = datetime(extent.last + 1, 1, 1, tzinfo=UTC)

    def offset(at: datetime) -> int:
        found = at.astimezone(tz).utcoffset()
        assert found is not None
        return int(found.total_seconds())

    rows = [{"starts_at": seconds(start), "offset_seconds": offset(start)}]
    day = start
    while day < stop:
        following = day + timedelta(days=1)
        if offset(following) != offset(day):
            low, high = seconds(day), seconds(following)  # the change lies in (low, high]
            while high - low > 1:
                middle = (low + high) // 2
                if offset(instant(middle)) == offset(day):
                    low = middle
                else:
                    high = middle
            rows.append({"starts_at": high, "offset_seconds": offset(following)})
        day = following
    return rows


def cum_sql(calendar: str, at: str) -> str:
    """SQL for the office seconds of `calendar` up to instant `at` (both SQL expressions)."""
    return (
        f"CASE WHEN {at} IS NULL THEN NULL ELSE COALESCE((SELECT i.cum_before + "
        f"CASE WHEN {at} < i.closes_at THEN {at} - i.opens_at ELSE i.closes_at - i.opens_at END "
        f"FROM office_intervals i WHERE i.calendar = {calendar} AND i.opens_at <= {at} "
        "ORDER BY i.opens_at DESC LIMIT 1), 0) END"
    )


def offset_sql(at: str) -> str:
    """SQL for Europe/Amsterdam's UTC offset in seconds at instant `at`."""
    return (
        "(SELECT z.offset_seconds FROM report_zone z "
        f"WHERE z.starts_at <= {at} ORDER BY z.starts_at DESC LIMIT 1)"
    )
