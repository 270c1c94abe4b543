"""What a report is made of: its period, filters and figures, as plain values (no SQL)."""

from __future__ import annotations

import enum
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta
from zoneinfo import ZoneInfo

from webcare.team.policy import AMSTERDAM
from webcare.vocabulary import Platform

ZONE = ZoneInfo(AMSTERDAM)
# Upper bounds of the response-time distribution's buckets, in minutes (the last is open).
BUCKETS = (15, 30, 60, 120, 240, 480, 960, 2400)
Progress = Callable[[int, int], None]


class GroupBy(enum.StrEnum):
    CHANNEL = "channel"
    ACCOUNT = "account"
    AGENT = "agent"
    TAG = "tag"
    DAY = "day"


@dataclass(frozen=True)
class Filters:
    """Which rounds count; an empty tuple does not filter."""

    accounts: tuple[int, ...] = ()
    channels: tuple[Platform, ...] = ()
    agents: tuple[int, ...] = ()
    tags: tuple[int, ...] = ()
    # CBS codes, buurt (BU…) or wijk (WK…): rounds of conversations linked to a resident there
    neighbourhoods: tuple[str, ...] = ()


NO_FILTERS = Filters()


@dataclass(frozen=True)
class Period:
    """Local days (Europe/Amsterdam) from `first` up to and including `last`."""

    first: date
    last: date

    def __post_init__(self) -> None:
        if self.last < self.first:
            raise ValueError("a period ends on or after its first day")

    @property
    def starts(self) -> datetime:
        return datetime.combine(self.first, time(), ZONE)

    @property
    def ends(self) -> datetime:
        """The end of the last day (the start of the day after)."""
        return datetime.combine(self.last + timedelta(days=1), time(), ZONE)

    def days(self) -> list[date]:
        return [self.first + timedelta(days=n) for n in range((self.last - self.first).days + 1)]


@dataclass(frozen=True)
class Durations:
    """Wall-clock and office seconds of one kind of wait (None: no such waits)."""

    count: int = 0
    median_seconds: float | None = None
    p90_seconds: float | None = None
    median_office_seconds: float | None = None
    p90_office_seconds: float | None = None


@dataclass(frozen=True)
class Figures:
    volume: int = 0
    handled: int = 0
    answered: int = 0
    closed_without_reply: int = 0
    within_target: int = 0
    decided: int = 0
    first_response: Durations = field(default_factory=Durations)
    next_response: Durations = field(default_factory=Durations)
    resolution: Durations = field(default_factory=Durations)

    @property
    def within_target_share(self) -> float | None:
        return None if self.decided == 0 else self.within_target / self.decided


@dataclass(frozen=True)
class Group:
    key: str
    label: str
    figures: Figures


@dataclass(frozen=True)
class AgentRow:
    user_id: int | None  # None: replies made on the platform itself, outside Webcare
    name: str
    rounds: int
    first_responses: int
    median_first_response_office_seconds: float | None
    within_target_share: float | None
    replies: int
    closed: int


@dataclass(frozen=True)
class Report:
    """Everything a report page, export or PDF shows."""

    period: Period
    filters: Filters
    computed_at: datetime
    backlog_at: datetime
    figures: Figures
    backlog: int
    per_day: tuple[tuple[date, dict[Platform, int]], ...]
    backlog_per_day: tuple[tuple[date, int], ...]
    # (upper bound in minutes or None for the last, wall-clock count, office count)
    distribution: tuple[tuple[int | None, int, int], ...]
    heatmap: tuple[tuple[int, ...], ...]  # 7 weekdays (Monday first) x 24 hours
    agents: tuple[AgentRow, ...]
    groups: tuple[Group, ...] = ()
    group_by: GroupBy | None = None
    targets_minutes: tuple[int, ...] = ()
    # what the filters name: ("account" | "channel" | "agent" | "tag" | "neighbourhood", name)
    filter_names: tuple[tuple[str, str], ...] = ()
