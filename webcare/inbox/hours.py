"""Office hours, and how long a resident has waited against the team's response target.

Municipal norms count time within office hours ("within 4 hours, within working hours"), so a
message that arrives on Friday evening is not overdue on Monday at 09:00. The clock also stands
still on closing days: the paid holidays of the Cao Gemeenten (`municipal_holidays`; Good
Friday is a working day) unless switched off, and any extra days the team closes (a collective
closure between Christmas and New Year, say).
"""

from __future__ import annotations

import enum
import functools
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

AMSTERDAM = "Europe/Amsterdam"
DEFAULT_DAYS = frozenset({0, 1, 2, 3, 4})  # Monday .. Friday (date.weekday())
DEFAULT_START = time(8, 30)
DEFAULT_END = time(17, 0)
DEFAULT_TARGET_MINUTES = 240
NEAR_TARGET = 0.8  # the last fifth of the target is "due soon" (Spotler's 80 % rule)


def easter(year: int) -> date:
    """Easter Sunday in the Gregorian calendar (the anonymous Gregorian algorithm)."""
    a, b, c = year % 19, year // 100, year % 100
    d, e = b // 4, b % 4
    f = (b + 8) // 25
    g = (b - f + 1) // 3
    h = (19 * a + b - d - g + 15) % 30
    i, k = c // 4, c % 4
    weekday = (32 + 2 * e + 2 * i - h - k) % 7
    m = (a + 11 * h + 22 * weekday) // 451
    month, day = divmod(h + weekday - 7 * m + 114, 31)
    return date(year, month, day + 1)


@functools.cache
def municipal_holidays(year: int) -> dict[date, str]:
    """The paid holidays of the Cao Gemeenten in `year`, with their Dutch names.

    Bevrijdingsdag is a day off every year since 2024; Koningsdag moves to Saturday 26 April
    when 27 April is a Sunday; Good Friday is a normal working day.
    """
    sunday = easter(year)
    kings_day = date(year, 4, 27)
    if kings_day.weekday() == 6:
        kings_day = date(year, 4, 26)
    return {
        date(year, 1, 1): "Nieuwjaarsdag",
        sunday: "Eerste Paasdag",
        sunday + timedelta(days=1): "Tweede Paasdag",
        kings_day: "Koningsdag",
        date(year, 5, 5): "Bevrijdingsdag",
        sunday + timedelta(days=39): "Hemelvaartsdag",
        sunday + timedelta(days=49): "Eerste Pinksterdag",
        sunday + timedelta(days=50): "Tweede Pinksterdag",
        date(year, 12, 25): "Eerste Kerstdag",
        date(year, 12, 26): "Tweede Kerstdag",
    }


class WaitLevel(enum.StrEnum):
    """How a waiting time compares with the response target."""

    NONE = "none"  # nobody is waiting
    OK = "ok"
    NEAR = "near"
    OVER = "over"


@dataclass(frozen=True)
class OfficeHours:
    """The team's opening hours: the same hours on each open weekday, in one time zone, except
    on closing days (the municipal holidays when `holidays` is on, and the dates in `closed`)."""

    days: frozenset[int] = DEFAULT_DAYS
    start: time = DEFAULT_START
    end: time = DEFAULT_END
    zone: str = AMSTERDAM
    holidays: bool = True
    closed: frozenset[date] = frozenset()
    _tz: ZoneInfo = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "_tz", ZoneInfo(self.zone))

    def is_closing_day(self, day: date) -> bool:
        return day in self.closed or (self.holidays and day in municipal_holidays(day.year))

    def is_open(self, at: datetime) -> bool:
        """Whether `at` (timezone-aware) falls within office hours."""
        local = at.astimezone(self._tz)
        return (
            local.weekday() in self.days
            and self.start <= local.time() < self.end
            and not self.is_closing_day(local.date())
        )

    def _day_window(self, day: date) -> tuple[datetime, datetime] | None:
        if day.weekday() not in self.days or self.end <= self.start:
            return None
        if self.is_closing_day(day):
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
            total -= self._closed_seconds(first + timedelta(days=7), weeks * 7)
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

    def _closed_seconds(self, first: date, days: int) -> float:
        """Office seconds that closing days take out of `days` days from `first` on."""
        if self.end <= self.start:
            return 0.0
        last = first + timedelta(days=days)
        closing = set(self.closed)
        if self.holidays:
            for year in range(first.year, last.year + 1):
                closing.update(municipal_holidays(year))
        span = datetime.combine(date.min, self.end) - datetime.combine(date.min, self.start)
        hit = [d for d in closing if first <= d < last and d.weekday() in self.days]
        return len(hit) * span.total_seconds()


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
