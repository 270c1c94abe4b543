"""Office hours and the waiting clock against the response target."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta
from zoneinfo import ZoneInfo

from webcare.inbox.hours import OfficeHours, WaitLevel, easter, municipal_holidays, waiting_level

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


def test_easter_and_the_municipal_holidays() -> None:
    assert [easter(y) for y in (2024, 2025, 2026, 2027)] == [
        date(2024, 3, 31),
        date(2025, 4, 20),
        date(2026, 4, 5),
        date(2027, 3, 28),
    ]
    holidays_2025 = municipal_holidays(2025)
    assert holidays_2025[date(2025, 4, 26)] == "Koningsdag"  # 27 April 2025 is a Sunday
    assert holidays_2025[date(2025, 5, 29)] == "Hemelvaartsdag"
    assert holidays_2025[date(2025, 6, 9)] == "Tweede Pinksterdag"
    assert len(holidays_2025) == 10
    assert date(2025, 4, 18) not in holidays_2025  # Good Friday is a working day


def test_the_clock_stands_still_on_closing_days() -> None:
    hours = OfficeHours()
    assert not hours.is_open(datetime(2026, 5, 5, 10, tzinfo=AMS))  # Bevrijdingsdag, a Tuesday
    assert hours.is_open(datetime(2026, 4, 3, 10, tzinfo=AMS))  # Good Friday
    # Thursday before Christmas 16:00 to Monday 09:00: one hour, then half an hour
    christmas_eve, monday = (
        datetime(2026, 12, 24, 16, tzinfo=AMS),
        datetime(2026, 12, 28, 9, tzinfo=AMS),
    )
    assert hours.office_seconds(christmas_eve, monday) == 1.5 * 3600
    assert OfficeHours(holidays=False).office_seconds(christmas_eve, monday) == 10 * 3600
    closed = OfficeHours(closed=frozenset({date(2026, 12, 28)}))
    assert closed.office_seconds(christmas_eve, datetime(2026, 12, 29, 9, tzinfo=AMS)) == 1.5 * 3600


def test_long_spans_take_closing_days_out_as_a_day_by_day_count_does() -> None:
    hours = OfficeHours(closed=frozenset({date(2026, 12, 31), date(2026, 8, 15)}))
    start = datetime(2026, 1, 1, tzinfo=AMS)
    day_by_day = 0.0
    for offset in range(366):
        day = start + timedelta(days=offset)
        day_by_day += hours.office_seconds(day, day + timedelta(days=1))  # short spans
    assert hours.office_seconds(start, start + timedelta(days=366)) == day_by_day
    # 2026 has 261 weekdays; 7 holidays fall on one, and so does one of the two extra days
    assert day_by_day == (261 - 7 - 1) * 8.5 * 3600
