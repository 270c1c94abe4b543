"""Office hours and the waiting clock against the response target."""

from __future__ import annotations

from datetime import datetime, time
from zoneinfo import ZoneInfo

from webcare.inbox.hours import OfficeHours, WaitLevel, waiting_level

AMS = ZoneInfo("Europe/Amsterdam")


def at(day: int, hour: int, minute: int = 0, month: int = 11) -> datetime:
    return datetime(2026, month, day, hour, minute, tzinfo=AMS)


def test_default_hours_are_weekdays_half_past_eight_to_five() -> None:
    hours = OfficeHours()
    assert hours.is_open(at(27, 8, 30))  # Friday
    assert not hours.is_open(at(27, 17, 0))
    assert not hours.is_open(at(28, 12, 0))  # Saturday


def test_a_weekend_does_not_count_as_waiting() -> None:
    hours = OfficeHours()
    friday_evening, monday_nine = at(27, 16, 45), at(30, 9, 0)
    assert hours.office_seconds(friday_evening, monday_nine) == (15 + 30) * 60


def test_long_spans_count_whole_weeks() -> None:
    hours = OfficeHours()
    start, end = at(2, 8, 30), at(30, 8, 30)  # four weeks, Monday to Monday
    assert hours.office_seconds(start, end) == 4 * 5 * 8.5 * 3600
    # across the switch to winter time (25 October) a working day still has 8.5 hours
    assert hours.office_seconds(at(19, 8, 30, 10), at(26, 8, 30, 10)) == 5 * 8.5 * 3600


def test_custom_hours() -> None:
    hours = OfficeHours(days=frozenset({5}), start=time(10), end=time(12))
    assert hours.office_seconds(at(27, 0), at(29, 0)) == 2 * 3600


def test_waiting_levels_follow_the_target() -> None:
    hours = OfficeHours()
    since = at(30, 9, 0)
    assert waiting_level(None, at(30, 10), hours, 60) == (WaitLevel.NONE, 0.0)
    assert waiting_level(since, at(30, 9, 30), hours, 60)[0] is WaitLevel.OK
    assert waiting_level(since, at(30, 9, 50), hours, 60)[0] is WaitLevel.NEAR
    assert waiting_level(since, at(30, 10, 0), hours, 60) == (WaitLevel.OVER, 3600.0)
