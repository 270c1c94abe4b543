"""Office hours, and how long a resident has waited against the team's response target.

Municipal norms count time within office hours ("within 4 hours, within working hours"), so a
message that arrives on Friday evening is not overdue on Monday at 09:00. Public holidays are
not modelled yet: a closed weekday counts as an office day.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

AMSTERDAM = "Europe/Amsterdam"
DEFAULT_DAYS = frozenset({0, 1, 2, 3, 4})  # Monday .. Friday (date.weekday())
DEFAULT_START = time(8, 30)
DEFAULT_END = time(17, 0)
DEFAULT_TARGET_MINUTES = 240
NEAR_TARGET = 0.8  # the last fifth of the target is "due soon" (Spotler's 80 % rule)


class WaitLevel(enum.StrEnum):
    """How a waiting time compares with the response target."""

    NONE = "none"  # nobody is waiting
    OK = "ok"
    NEAR = "near"
    OVER = "over"


@dataclass(frozen=True)
class OfficeHours:
    """The team's opening hours: the same hours on each open weekday, in one time zone."""

    days: frozenset[int] = DEFAULT_DAYS
    start: time = DEFAULT_START
    end: time = DEFAULT_END
    zone: str = AMSTERDAM
    _tz: ZoneInfo = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "_tz", ZoneInfo(self.zone))

    def is_open(self, at: datetime) -> bool:
        """Whether `at` (timezone-aware) falls within office hours."""
        local = at.astimezone(self._tz)
        return local.weekday() in self.days and self.start <= local.time() < self.end

    def _day_window(self, day: date) -> tuple[datetime, datetime] | None:
        if day.weekday() not in self.days or self.end <= self.start:
            return None
        opens = datetime.combine(day, self.start, self._tz).astimezone(UTC)
        closes = datetime.combine(day, self.end, self._tz).astimezone(UTC)
        return opens, closes

    def _seconds_per_week(self) -> float:
        if self.end <= self.start:
            return 0.0
        span = datetime.combine(date.min, self.end) - datetime.combine(date.min, self.start)
        return span.total_seconds() * len(self.days)

    def office_seconds(self, start: datetime, end: datetime) -> float:
        """Seconds of office time between two instants (0 when `end` is not after `start`)."""
        if end <= start:
            return 0.0
        start, end = start.astimezone(UTC), end.astimezone(UTC)
        first = start.astimezone(self._tz).date()
        last = end.astimezone(self._tz).date()
        total = 0.0
        # Whole weeks in the middle count alike; only the edges need a day-by-day look.
        weeks = max(0, ((last - first).days - 14) // 7)
        if weeks:
            total += weeks * self._seconds_per_week()
        day = first
        while day <= last:
            if weeks and day == first + timedelta(days=7):
                day += timedelta(days=7 * weeks)
                continue
            window = self._day_window(day)
            if window is not None:
                opens, closes = max(window[0], start), min(window[1], end)
                if closes > opens:
                    total += (closes - opens).total_seconds()
            day += timedelta(days=1)
        return total


def waiting_level(
    waiting_since: datetime | None,
    now: datetime,
    hours: OfficeHours,
    target_minutes: int = DEFAULT_TARGET_MINUTES,
) -> tuple[WaitLevel, float]:
    """The level and the office seconds waited so far.

    Returns:
        (WaitLevel.NONE, 0) when nobody waits; else OK, NEAR (at 80 % of the target) or OVER.
    """
    if waiting_since is None:
        return WaitLevel.NONE, 0.0
    waited = hours.office_seconds(waiting_since, now)
    target = max(1, target_minutes) * 60
    if waited >= target:
        return WaitLevel.OVER, waited
    if waited >= NEAR_TARGET * target:
        return WaitLevel.NEAR, waited
    return WaitLevel.OK, waited
