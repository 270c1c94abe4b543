"""Local time done right: wall-clock times in Europe/Amsterdam, their UTC instants, recurrence.

A planner chooses a wall-clock time ("Monday 09:00") in a zone; Webcare stores the zone, that
wall time and the instant it means. Twice a year the wall clock misbehaves:

- the last Sunday of March, 02:00-02:59 does not exist (the clock jumps to 03:00): such a
  time is refused with the reason, never silently moved;
- the last Sunday of October, 02:00-02:59 happens twice: the planner says which (`fold` 0 is
  the first, still summer time; 1 the second, winter time), else the time is refused as
  ambiguous with both instants.

Recurrence is calendar-based (`dateutil.rrule` on wall-clock time, RFC 5545 RRULE text), so a
weekly post at 09:00 stays at 09:00 across both changes; an occurrence that falls into the
spring gap is moved to the same minute one hour later, and one in the autumn overlap takes
the first of the two (as APScheduler's CalendarIntervalTrigger does).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from dateutil.rrule import rrule, rrulestr

from webcare.errors import WebcareError

DEFAULT_ZONE = "Europe/Amsterdam"


class TimeError(WebcareError):
    """A local time that cannot be used as given."""


class NonExistentTime(TimeError):
    """The wall-clock time does not exist in the zone (the spring-forward gap)."""

    def __init__(self, wall: datetime, zone: str) -> None:
        super().__init__(wall, zone)
        self.wall = wall
        self.zone = zone

    def __str__(self) -> str:
        return (
            f"{self.wall:%Y-%m-%d %H:%M} does not exist in {self.zone}: the clocks go forward "
            "an hour that night; choose another time"
        )


class AmbiguousTime(TimeError):
    """The wall-clock time happens twice (the autumn overlap): say which one.

    Attributes:
        first: the instant of the first (summer time, fold 0).
        second: the instant of the second (winter time, fold 1).
    """

    def __init__(self, wall: datetime, zone: str, first: datetime, second: datetime) -> None:
        super().__init__(wall, zone)
        self.wall = wall
        self.zone = zone
        self.first = first
        self.second = second

    def __str__(self) -> str:
        return (
            f"{self.wall:%Y-%m-%d %H:%M} happens twice in {self.zone} (the clocks go back an "
            f"hour): the first at {self.first:%H:%M} UTC or the second at "
            f"{self.second:%H:%M} UTC? Choose fold 0 or 1"
        )


class UnknownZone(TimeError):
    def __init__(self, zone: str) -> None:
        super().__init__(zone)
        self.zone = zone

    def __str__(self) -> str:
        return f"unknown time zone {self.zone!r}"


class BadRecurrence(TimeError):
    def __init__(self, rule: str, detail: str) -> None:
        super().__init__(rule, detail)
        self.rule = rule
        self.detail = detail

    def __str__(self) -> str:
        return f"not a usable recurrence {self.rule!r}: {self.detail}"


@dataclass(frozen=True)
class LocalTime:
    """A wall-clock time in a zone and the instant it means.

    Attributes:
        wall: naive, the time on the clock in `zone`.
        fold: 0 or 1, which of two equal wall times (only matters in the autumn overlap).
        instant: aware, in UTC.
    """

    zone: str
    wall: datetime
    fold: int
    instant: datetime

    def aware(self) -> datetime:
        """The wall time with its zone (for display with the offset)."""
        return self.wall.replace(tzinfo=zone_info(self.zone), fold=self.fold)


def zone_info(zone: str) -> ZoneInfo:
    try:
        return ZoneInfo(zone)
    except (ZoneInfoNotFoundError, ValueError) as exc:
        raise UnknownZone(zone) from exc


def _instants(wall: datetime, tz: ZoneInfo) -> tuple[datetime, datetime, bool]:
    """The UTC instants of `wall` with fold 0 and 1, and whether the wall time exists."""
    first = wall.replace(tzinfo=tz, fold=0).astimezone(UTC)
    second = wall.replace(tzinfo=tz, fold=1).astimezone(UTC)
    back = first.astimezone(tz).replace(tzinfo=None)
    return first, second, back == wall


def resolve(wall: datetime, zone: str = DEFAULT_ZONE, fold: int | None = None) -> LocalTime:
    """The instant of a wall-clock time chosen by a person.

    Args:
        wall: naive (seconds and below are dropped: posts are planned to the minute).
        fold: which of two equal times in the autumn overlap; None: ask (AmbiguousTime).

    Raises:
        NonExistentTime: the time falls in the spring-forward gap.
        AmbiguousTime: the time happens twice and `fold` is None.
    """
    if wall.tzinfo is not None:
        raise ValueError("resolve takes a naive wall-clock time")
    wall = wall.replace(second=0, microsecond=0)
    tz = zone_info(zone)
    first, second, exists = _instants(wall, tz)
    if not exists:
        raise NonExistentTime(wall, zone)
    if first != second:
        if fold is None:
            raise AmbiguousTime(wall, zone, first, second)
        return LocalTime(zone, wall, fold, second if fold else first)
    return LocalTime(zone, wall, 0, first)


def resolve_day(
    day: date, at: time, zone: str = DEFAULT_ZONE, fold: int | None = None
) -> LocalTime:
    return resolve(datetime.combine(day, at), zone, fold)


def is_ambiguous(wall: datetime, zone: str = DEFAULT_ZONE) -> bool:
    first, second, exists = _instants(wall.replace(second=0, microsecond=0), zone_info(zone))
    return exists and first != second


def lenient(wall: datetime, zone: str = DEFAULT_ZONE) -> LocalTime:
    """A wall time computed by the calendar (a recurrence), never refused: in the spring gap
    the same minute an hour later, in the autumn overlap the first of the two."""
    tz = zone_info(zone)
    first, _second, exists = _instants(wall, tz)
    if exists:
        return LocalTime(zone, wall, 0, first)
    moved = wall + timedelta(hours=1)
    return LocalTime(zone, moved, 0, moved.replace(tzinfo=tz).astimezone(UTC))


def local_of(instant: datetime, zone: str = DEFAULT_ZONE) -> LocalTime:
    """The wall time (and fold) at which `instant` happens in `zone`."""
    aware = instant.astimezone(zone_info(zone))
    return LocalTime(zone, aware.replace(tzinfo=None, fold=0), aware.fold, instant.astimezone(UTC))


def parse_rule(rule: str, start: datetime) -> rrule:
    """An RRULE (without DTSTART) anchored at the naive wall time `start`.

    Raises:
        BadRecurrence: the text is not an RRULE dateutil understands, or it never ends and
            is not bounded (unbounded rules are fine: occurrences are made as they come).
    """
    text = rule.strip()
    if text.upper().startswith("RRULE:"):
        text = text[6:]
    if not text or "DTSTART" in text.upper():
        raise BadRecurrence(rule, "give FREQ=...; the start is the post's own time")
    try:
        parsed = rrulestr(text, dtstart=start)
    except (ValueError, TypeError) as exc:
        raise BadRecurrence(rule, str(exc)) from exc
    if not isinstance(parsed, rrule):
        raise BadRecurrence(rule, "one rule only")
    return parsed


def occurrences(
    rule: str, start: LocalTime, after: datetime, until: datetime, *, inclusive: bool = False
) -> list[LocalTime]:
    """The occurrences of a series whose instants fall in (`after`, `until`].

    Args:
        start: the series' first occurrence (its own post time).
        after, until: aware instants.
        inclusive: also an occurrence exactly at `after`.
    """
    parsed = parse_rule(rule, start.wall)
    found: list[LocalTime] = []
    tz_lo = (after - timedelta(days=1)).astimezone(zone_info(start.zone)).replace(tzinfo=None)
    tz_hi = (until + timedelta(days=1)).astimezone(zone_info(start.zone)).replace(tzinfo=None)
    for wall in parsed.between(tz_lo, tz_hi, inc=True):
        local = start if wall == start.wall else lenient(wall, start.zone)
        if local.instant > until:
            break
        if local.instant > after or (inclusive and local.instant == after):
            found.append(local)
    return found


def iso_week(day: date) -> tuple[int, int]:
    """(ISO year, ISO week number): Dutch offices plan by week number."""
    year, week, _ = day.isocalendar()
    return year, week


def week_start(day: date) -> date:
    """The Monday of `day`'s week (weeks start on Monday in the Netherlands)."""
    return day - timedelta(days=day.weekday())
