"""Office time: when the team is open, how long a resident has waited, and when an answer is due.

Municipal service norms count time within office hours ("within 4 hours, within working
hours"), so a message that arrives on Friday evening is not overdue on Monday at 09:00. A
`Policy` holds the opening ranges of each weekday (several per day: 08:30-12:30 and
13:00-17:00, Thursday until 20:00), the closing days on top of them (the Cao Gemeenten's
holidays, `webcare.team.closing`, and the dates the team adds) and the response target, all in
Europe/Amsterdam. It is a plain value: the store (`webcare.team.store`) builds it from the
database, and everything here is arithmetic on it.

    policy.office_seconds(start, end)   office seconds between two instants
    policy.due_at(start, target)        when `target` of office time has passed since `start`
    policy.is_open(at), next_open(at)   open now? the next open instant
    policy.open_intervals(first, last)  every open interval of those days, as UTC instants

`open_intervals` is the policy as data: the reports turn it into a table of intervals and
compute a million response times in SQL. A `PolicyBook` is the team's policy with the accounts
that have one of their own.
"""

from __future__ import annotations

import enum
import re
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta
from itertools import pairwise
from types import MappingProxyType
from zoneinfo import ZoneInfo

from webcare.team.closing import municipal_holidays

AMSTERDAM = "Europe/Amsterdam"
DAY_MINUTES = 24 * 60
DEFAULT_TARGET_MINUTES = 240
NEAR_TARGET = 0.8  # the last fifth of the target is "due soon" (Spotler's 80 % rule)
HORIZON_DAYS = 2 * 366  # how far ahead to look for an open moment before giving up
MONDAY, TUESDAY, WEDNESDAY, THURSDAY, FRIDAY, SATURDAY, SUNDAY = range(7)

Interval = tuple[datetime, datetime]


@dataclass(frozen=True, order=True)
class Span:
    """One opening range of a day, in minutes after local midnight: from `opens` up to (not
    including) `closes`; `closes == 1440` is midnight at the end of the day."""

    opens: int
    closes: int

    def __post_init__(self) -> None:
        if not 0 <= self.opens < self.closes <= DAY_MINUTES:
            raise ValueError(f"not an opening range: {self.opens}..{self.closes} minutes")

    @classmethod
    def of(cls, opens: time, closes: time) -> Span:
        """From clock times; a closing time of 00:00 means midnight at the end of the day."""
        end = closes.hour * 60 + closes.minute
        return cls(opens.hour * 60 + opens.minute, end or DAY_MINUTES)

    @property
    def minutes(self) -> int:
        return self.closes - self.opens

    def __str__(self) -> str:
        return f"{_clock(self.opens)}-{_clock(self.closes)}"


def _clock(minute: int) -> str:
    return f"{minute // 60:02d}:{minute % 60:02d}"


Day = tuple[Span, ...]
Week = tuple[Day, Day, Day, Day, Day, Day, Day]  # Monday first, as date.weekday()


class NotASpan(ValueError):  # noqa: N818 - a refusal of the text, not a fault
    """`part` of a day's hours is not an opening range like 08:30-12:30."""

    def __init__(self, part: str) -> None:
        super().__init__(part)
        self.part = part


_SPAN = re.compile(r"^(\d{1,2})(?:[:.](\d{2}))?\s*[-\u2013\u2014]\s*(\d{1,2})(?:[:.](\d{2}))?$")


def parse_day(text: str) -> Day:
    """A day's opening ranges as people write them: "08:30-12:30, 13:00-17:00" ("8-12",
    "13.00-17.00" and an en dash also do; "24:00" is midnight; nothing is a closed day).

    Raises:
        NotASpan: a part that is not a range, or ranges that overlap (`part` is the second).
    """
    spans: list[Span] = []
    for raw in re.split(r"[,;]+", text):
        part = raw.strip()
        if not part:
            continue
        found = _SPAN.match(part)
        if found is None:
            raise NotASpan(part)
        h1, m1, h2, m2 = (int(group or 0) for group in found.groups())
        opens, closes = h1 * 60 + m1, h2 * 60 + m2
        if m1 > 59 or m2 > 59 or opens >= DAY_MINUTES or not opens < closes <= DAY_MINUTES:
            raise NotASpan(part)
        spans.append(Span(opens, closes))
    spans.sort()
    for before, after in pairwise(spans):
        if after.opens < before.closes:
            raise NotASpan(str(after))
    return tuple(spans)


def format_day(day: Day) -> str:
    """The inverse of `parse_day`: "08:30-12:30, 13:00-17:00", or "" for a closed day."""
    return ", ".join(str(span) for span in day)


def week_of(days: Mapping[int, Day] | list[Day] | tuple[Day, ...]) -> Week:
    """A week from each weekday's spans (missing weekdays are closed); the spans of a day are
    sorted and may not overlap.

    Raises:
        ValueError: two spans of one day overlap, or a weekday is not 0..6.
    """
    by_day = dict(enumerate(days)) if isinstance(days, list | tuple) else dict(days)
    if any(not 0 <= day < 7 for day in by_day):
        raise ValueError("weekdays are 0 (Monday) to 6 (Sunday)")
    week: list[Day] = []
    for day in range(7):
        spans = tuple(sorted(by_day.get(day, ())))
        for before, after in pairwise(spans):
            if after.opens < before.closes:
                raise ValueError(f"opening ranges {before} and {after} overlap")
        week.append(spans)
    return (week[0], week[1], week[2], week[3], week[4], week[5], week[6])


OFFICE_DAY: Day = (Span(8 * 60 + 30, 17 * 60),)
DEFAULT_WEEK: Week = week_of([OFFICE_DAY] * 5)


class WaitLevel(enum.StrEnum):
    """How a waiting time compares with the response target."""

    NONE = "none"  # nobody is waiting
    OK = "ok"
    NEAR = "near"
    OVER = "over"


@dataclass(frozen=True)
class Policy:
    """When the team is open and how fast it answers.

    Attributes:
        week: the opening ranges of each weekday, Monday first.
        target_minutes: the response target, in minutes of office time.
        public_holidays: closed on the holidays of the Cao Gemeenten.
        closing_days: the dates the team closes on besides, with a name for each.
    """

    week: Week = DEFAULT_WEEK
    target_minutes: int = DEFAULT_TARGET_MINUTES
    public_holidays: bool = True
    closing_days: Mapping[date, str] = field(default_factory=lambda: MappingProxyType({}))
    zone: str = AMSTERDAM
    _tz: ZoneInfo = field(init=False, repr=False, compare=False)
    # Per year: office seconds before each day of it (a prefix sum; len = days in year + 1).
    _years: dict[int, list[float]] = field(init=False, repr=False, compare=False)
    # Per day: its open intervals (the list asks for the same few days again and again).
    _days: dict[date, list[Interval]] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        if self.target_minutes < 1:
            raise ValueError("the response target is at least one minute")
        object.__setattr__(self, "week", week_of(self.week))
        object.__setattr__(self, "closing_days", MappingProxyType(dict(self.closing_days)))
        object.__setattr__(self, "_tz", ZoneInfo(self.zone))
        object.__setattr__(self, "_years", {})
        object.__setattr__(self, "_days", {})

    @property
    def tz(self) -> ZoneInfo:
        return self._tz

    @property
    def target(self) -> timedelta:
        return timedelta(minutes=self.target_minutes)

    def warm(self, *years: int) -> None:
        """Compute the holidays and day totals of `years` now (on a worker thread, say), so
        that the interface thread never waits for them."""
        for year in years:
            self._year(year)

    # ---- days

    def closed_because(self, day: date) -> str | None:
        """The name of the closing day or holiday `day` is, or None on an ordinary day."""
        name = self.closing_days.get(day)
        if name is None and self.public_holidays:
            name = municipal_holidays(day.year).get(day)
        return name

    def spans_on(self, day: date) -> Day:
        """The opening ranges of `day` (none on a closing day)."""
        spans = self.week[day.weekday()]
        return () if not spans or self.closed_because(day) is not None else spans

    def intervals_on(self, day: date) -> list[Interval]:
        """The open intervals of `day`, as UTC instants (daylight saving time included)."""
        found = self._days.get(day)
        if found is None:
            found = [
                (self._instant(day, s.opens), self._instant(day, s.closes))
                for s in self.spans_on(day)
            ]
            self._days[day] = found
        return list(found)

    def open_intervals(self, first: date, last: date) -> Iterator[Interval]:
        """Every open interval from day `first` up to and including day `last`, in order."""
        day = first
        while day <= last:
            yield from self.intervals_on(day)
            day += timedelta(days=1)

    def opening_on(self, day: date) -> datetime | None:
        """When `day`'s first opening range starts, or None when the team is closed that day."""
        intervals = self.intervals_on(day)
        return intervals[0][0] if intervals else None

    def day_seconds(self, day: date) -> float:
        return sum((end - start).total_seconds() for start, end in self.intervals_on(day))

    def local_date(self, at: datetime) -> date:
        return at.astimezone(self._tz).date()

    # ---- instants

    def is_open(self, at: datetime) -> bool:
        """Whether `at` (timezone-aware) falls within an opening range."""
        return any(start <= at < end for start, end in self.intervals_on(self.local_date(at)))

    def next_open(self, at: datetime) -> datetime | None:
        """`at` itself when open, else the next moment the team opens (None: never, within two
        years — a policy without opening hours)."""
        day = self.local_date(at)
        for _ in range(HORIZON_DAYS):
            for start, end in self.intervals_on(day):
                if end > at:
                    return max(start, at)
            day += timedelta(days=1)
        return None

    def next_opening_day(self, at: datetime) -> datetime | None:
        """The opening time of the first open day after `at`'s day ("tomorrow morning": on a
        Friday the Monday, or the Tuesday after Easter Monday)."""
        day = self.local_date(at)
        for _ in range(HORIZON_DAYS):
            day += timedelta(days=1)
            opening = self.opening_on(day)
            if opening is not None:
                return opening
        return None

    def office_seconds(self, start: datetime, end: datetime) -> float:
        """Seconds of office time between two instants (0 when `end` is not after `start`)."""
        if end <= start:
            return 0.0
        first, last = self.local_date(start), self.local_date(end)
        if first == last:
            return self._overlap(first, start, end)
        between = self._days_total(first + timedelta(days=1), last)
        return self._overlap(first, start, end) + between + self._overlap(last, start, end)

    def due_at(self, start: datetime, target: timedelta | None = None) -> datetime | None:
        """The moment `target` (default: the response target) of office time has passed since
        `start`; None when the policy never opens.

        With 08:30-12:30 and 13:00-17:00, 60 minutes from Friday 12:00 are due at 13:30, and
        30 minutes from Friday 16:45 on Monday at 08:45.
        """
        remaining = (self.target if target is None else target).total_seconds()
        day = self.local_date(start)
        for _ in range(HORIZON_DAYS):
            if remaining > self.day_seconds(day) and day > self.local_date(start):
                remaining -= self.day_seconds(day)  # a whole day: no need to walk its ranges
            else:
                for opens, closes in self.intervals_on(day):
                    if closes <= start:
                        continue
                    opens = max(opens, start)
                    length = (closes - opens).total_seconds()
                    if length >= remaining:
                        return opens + timedelta(seconds=remaining)
                    remaining -= length
            day += timedelta(days=1)
        return start if remaining <= 0 else None

    def waiting(self, since: datetime | None, now: datetime) -> tuple[WaitLevel, float]:
        """The level and the office seconds waited so far.

        Returns:
            (WaitLevel.NONE, 0) when nobody waits; else OK, NEAR (from 80 % of the target)
            or OVER.
        """
        if since is None:
            return WaitLevel.NONE, 0.0
        waited = self.office_seconds(since, now)
        target = self.target_minutes * 60
        if waited >= target:
            return WaitLevel.OVER, waited
        if waited >= NEAR_TARGET * target:
            return WaitLevel.NEAR, waited
        return WaitLevel.OK, waited

    # ---- internals

    def _instant(self, day: date, minute: int) -> datetime:
        if minute >= DAY_MINUTES:
            day, minute = day + timedelta(days=1), minute - DAY_MINUTES
        local = datetime.combine(day, time(minute // 60, minute % 60), self._tz)
        return local.astimezone(UTC)

    def _overlap(self, day: date, start: datetime, end: datetime) -> float:
        total = 0.0
        for opens, closes in self.intervals_on(day):
            seconds = (min(closes, end) - max(opens, start)).total_seconds()
            total += max(0.0, seconds)
        return total

    def _year(self, year: int) -> list[float]:
        found = self._years.get(year)
        if found is None:
            first = date(year, 1, 1)
            found = [0.0]
            for offset in range((date(year + 1, 1, 1) - first).days):
                found.append(found[-1] + self.day_seconds(first + timedelta(days=offset)))
            self._years[year] = found
        return found

    def _days_total(self, first: date, stop: date) -> float:
        """Office seconds of the whole days from `first` up to (not including) `stop`."""
        total = 0.0
        while first < stop:
            year = self._year(first.year)
            end = min(stop, date(first.year + 1, 1, 1))
            start_index = (first - date(first.year, 1, 1)).days
            total += year[start_index + (end - first).days] - year[start_index]
            first = end
        return total


@dataclass(frozen=True)
class PolicyBook:
    """The team's policy, and the accounts that have a policy of their own.

    Attributes:
        accounts: account id -> that account's policy, for the accounts with an override
            (they have their own hours, target and holiday rule; the team's closing days
            apply to every account).
        revision: grows with every change to the policy (the change counter's value then).
    """

    team: Policy = field(default_factory=Policy)
    accounts: Mapping[int, Policy] = field(default_factory=lambda: MappingProxyType({}))
    revision: int = 0

    def for_account(self, account_id: int | None) -> Policy:
        """The policy a conversation on `account_id` is measured by."""
        if account_id is None:
            return self.team
        return self.accounts.get(account_id, self.team)

    def warm(self, *years: int) -> None:
        for policy in (self.team, *self.accounts.values()):
            policy.warm(*years)
