"""Office time by the team's policy: split days, closing days, due times, daylight saving."""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

import pytest

from webcare.team.closing import municipal_holidays
from webcare.team.policy import (
    DEFAULT_WEEK,
    FRIDAY,
    THURSDAY,
    NotASpan,
    Policy,
    Span,
    WaitLevel,
    format_day,
    parse_day,
    week_of,
)

AMS = ZoneInfo("Europe/Amsterdam")
MORNING = Span.of(time(8, 30), time(12, 30))
AFTERNOON = Span.of(time(13, 0), time(17, 0))
SPLIT = week_of([(MORNING, AFTERNOON)] * 5)


def ams(year: int, month: int, day: int, hour: int = 0, minute: int = 0) -> datetime:
    return datetime(year, month, day, hour, minute, tzinfo=AMS)


def test_a_message_at_friday_noon_with_a_60_minute_target_is_due_after_lunch() -> None:
    policy = Policy(SPLIT, target_minutes=60)
    assert policy.due_at(ams(2026, 11, 27, 12, 0)) == ams(2026, 11, 27, 13, 30)


def test_a_message_late_on_friday_is_due_on_monday_morning() -> None:
    policy = Policy(SPLIT, target_minutes=30)
    assert policy.due_at(ams(2026, 11, 27, 16, 45)) == ams(2026, 11, 30, 8, 45)


def test_lunch_and_nights_do_not_count_as_waiting() -> None:
    policy = Policy(SPLIT)
    assert policy.office_seconds(ams(2026, 11, 27, 12, 0), ams(2026, 11, 27, 13, 30)) == 3600
    assert policy.office_seconds(ams(2026, 11, 26, 16, 0), ams(2026, 11, 27, 9, 0)) == 5400
    assert not policy.is_open(ams(2026, 11, 27, 12, 45))
    assert policy.next_open(ams(2026, 11, 27, 12, 45)) == ams(2026, 11, 27, 13, 0)
    assert policy.next_open(ams(2026, 11, 27, 10, 0)) == ams(2026, 11, 27, 10, 0)


def test_a_late_thursday_counts_until_eight_in_the_evening() -> None:
    days = list(SPLIT)
    days[THURSDAY] = (MORNING, Span.of(time(13, 0), time(20, 0)))
    policy = Policy(week_of(days))
    assert policy.is_open(ams(2026, 11, 26, 19, 59))
    assert not policy.is_open(ams(2026, 11, 27, 19, 59))  # a Friday
    assert policy.day_seconds(date(2026, 11, 26)) == 11 * 3600


@pytest.mark.parametrize(
    ("day", "name"),
    [
        (date(2026, 4, 27), "Koningsdag"),
        (date(2025, 4, 26), "Koningsdag"),  # 27 April 2025 is a Sunday: the Saturday before
        (date(2026, 5, 5), "Bevrijdingsdag"),  # not a lustrum year: the cao closes anyway
        (date(2027, 5, 5), "Bevrijdingsdag"),
        (date(2026, 12, 25), "Eerste kerstdag"),
        (date(2026, 12, 26), "Tweede kerstdag"),
        (date(2026, 4, 6), "Tweede paasdag"),
        (date(2026, 5, 14), "Hemelvaartsdag"),
        (date(2026, 5, 25), "Tweede pinksterdag"),
        (date(2027, 1, 1), "Nieuwjaarsdag"),
    ],
)
def test_the_municipal_holidays_are_closed(day: date, name: str) -> None:
    policy = Policy(week_of([(Span(0, 24 * 60),)] * 7))  # open every hour of every day
    assert policy.closed_because(day) == name
    assert not policy.is_open(datetime.combine(day, time(10), AMS))
    assert policy.intervals_on(day) == []


@pytest.mark.parametrize("good_friday", [date(2025, 4, 18), date(2026, 4, 3), date(2027, 3, 26)])
def test_good_friday_is_a_working_day(good_friday: date) -> None:
    policy = Policy()
    assert policy.closed_because(good_friday) is None
    assert policy.is_open(datetime.combine(good_friday, time(10), AMS))


def test_before_2024_liberation_day_was_only_a_holiday_in_lustrum_years() -> None:
    assert date(2023, 5, 5) not in municipal_holidays(2023)
    assert date(2020, 5, 5) in municipal_holidays(2020)


def test_the_team_closes_on_its_own_days_and_may_work_on_holidays() -> None:
    christmas_eve, monday = ams(2026, 12, 24, 16), ams(2026, 12, 28, 9)
    assert Policy().office_seconds(christmas_eve, monday) == 1.5 * 3600
    working = Policy(public_holidays=False)
    assert working.office_seconds(christmas_eve, monday) == 10 * 3600
    closed = Policy(closing_days={date(2026, 12, 28): "Collectieve sluiting"})
    assert closed.closed_because(date(2026, 12, 28)) == "Collectieve sluiting"
    assert closed.office_seconds(christmas_eve, ams(2026, 12, 29, 9)) == 1.5 * 3600


def test_tomorrow_morning_on_a_friday_is_monday_or_after_easter_tuesday() -> None:
    policy = Policy(SPLIT)
    assert policy.next_opening_day(ams(2026, 11, 27, 15)) == ams(2026, 11, 30, 8, 30)
    assert policy.next_opening_day(ams(2026, 4, 3, 15)) == ams(2026, 4, 7, 8, 30)  # Easter
    assert policy.next_opening_day(ams(2026, 11, 24, 7)) == ams(2026, 11, 25, 8, 30)


@pytest.mark.parametrize(
    ("monday", "change"),
    [(date(2026, 3, 23), date(2026, 3, 29)), (date(2026, 10, 19), date(2026, 10, 25))],
)
def test_a_week_with_the_daylight_saving_change_has_its_office_hours(
    monday: date, change: date
) -> None:
    policy = Policy(SPLIT)
    start = datetime.combine(monday, time(0), AMS)
    end = datetime.combine(monday + timedelta(days=8), time(0), AMS)
    assert policy.office_seconds(start, end) == 6 * 8 * 3600  # Monday to the next Monday
    assert all(policy.day_seconds(monday + timedelta(days=d)) == 8 * 3600 for d in range(5))
    # The opening time stays 08:30 on the wall clock: one hour apart in UTC across the change.
    before = policy.opening_on(change - timedelta(days=2))
    after = policy.opening_on(change + timedelta(days=1))
    assert before is not None and after is not None
    assert {before.astimezone(UTC).hour, after.astimezone(UTC).hour} == {6, 7}
    # Friday 16:45 with 60 minutes: 15 on Friday, 45 on Monday after the change.
    friday = datetime.combine(change - timedelta(days=2), time(16, 45), AMS)
    due = Policy(SPLIT, target_minutes=60).due_at(friday)
    assert due == datetime.combine(change + timedelta(days=1), time(9, 15), AMS)


def test_a_round_the_clock_day_is_as_long_as_the_clock_says_on_the_change_night() -> None:
    always = Policy(week_of([(Span(0, 24 * 60),)] * 7), public_holidays=False)
    assert always.day_seconds(date(2026, 3, 29)) == 23 * 3600
    assert always.day_seconds(date(2026, 10, 25)) == 25 * 3600
    assert always.office_seconds(ams(2026, 3, 28, 12), ams(2026, 3, 29, 12)) == 23 * 3600


def test_long_spans_add_up_as_a_day_by_day_count_does() -> None:
    policy = Policy(SPLIT, closing_days={date(2026, 12, 31): "Oudjaar", date(2026, 8, 14): "x"})
    start = ams(2026, 1, 1)
    day_by_day = sum(
        policy.office_seconds(start + timedelta(days=d), start + timedelta(days=d + 1))
        for d in range(366)
    )
    assert policy.office_seconds(start, start + timedelta(days=366)) == day_by_day
    # 2026 has 261 weekdays; 7 holidays fall on one, and so do both of the team's days (the
    # 366th day is 1 January 2027, a holiday)
    assert day_by_day == (261 - 7 - 2) * 8 * 3600
    # and a due time far ahead lands where the office seconds say it does
    due = policy.due_at(ams(2026, 2, 2, 9), timedelta(hours=200))
    assert due is not None and policy.office_seconds(ams(2026, 2, 2, 9), due) == 200 * 3600


def test_open_intervals_are_the_policy_as_data_for_the_reports() -> None:
    policy = Policy(SPLIT)
    intervals = list(policy.open_intervals(date(2026, 4, 24), date(2026, 4, 28)))
    # Friday two ranges; the weekend nothing; Koningsdag (Monday) nothing; Tuesday two
    assert [
        (a.astimezone(AMS).strftime("%a %H:%M"), b.astimezone(AMS).strftime("%H:%M"))
        for a, b in intervals
    ] == [
        ("Fri 08:30", "12:30"),
        ("Fri 13:00", "17:00"),
        ("Tue 08:30", "12:30"),
        ("Tue 13:00", "17:00"),
    ]
    assert all(a.tzinfo is UTC and b.tzinfo is UTC for a, b in intervals)
    total = sum((b - a).total_seconds() for a, b in intervals)
    assert total == policy.office_seconds(ams(2026, 4, 24), ams(2026, 4, 29))


def test_waiting_levels_follow_the_target() -> None:
    policy = Policy(SPLIT, target_minutes=60)
    since = ams(2026, 11, 30, 9, 0)
    assert policy.waiting(None, ams(2026, 11, 30, 10)) == (WaitLevel.NONE, 0.0)
    assert policy.waiting(since, ams(2026, 11, 30, 9, 30))[0] is WaitLevel.OK
    assert policy.waiting(since, ams(2026, 11, 30, 9, 50))[0] is WaitLevel.NEAR
    assert policy.waiting(since, ams(2026, 11, 30, 10, 0)) == (WaitLevel.OVER, 3600.0)


def test_overlapping_ranges_and_a_policy_that_never_opens() -> None:
    with pytest.raises(ValueError, match="overlap"):
        week_of({FRIDAY: (Span.of(time(9), time(12)), Span.of(time(11), time(14)))})
    with pytest.raises(ValueError):
        Span.of(time(12), time(9))
    closed = Policy(week_of([]))
    assert closed.next_open(ams(2026, 1, 1)) is None
    assert closed.due_at(ams(2026, 1, 1)) is None
    assert Policy().week == DEFAULT_WEEK


def test_a_day_is_written_as_people_write_opening_hours() -> None:
    assert parse_day("08:30-12:30, 13:00-17:00") == (MORNING, AFTERNOON)
    assert parse_day(" 13.00 \u2013 17.00 ; 8:30-12:30 ") == (MORNING, AFTERNOON)
    assert parse_day("8-12") == (Span(480, 720),)
    assert parse_day("18:00-24:00") == (Span(1080, 1440),)
    assert parse_day("") == ()
    assert format_day((MORNING, AFTERNOON)) == "08:30-12:30, 13:00-17:00"
    for wrong, part in [
        ("8:30", "8:30"),
        ("12:00-09:00", "12:00-09:00"),
        ("08:61-09:00", "08:61-09:00"),
        ("09:00-12:00, 11:00-13:00", "11:00-13:00"),
        ("ochtend", "ochtend"),
    ]:
        with pytest.raises(NotASpan) as refused:
            parse_day(wrong)
        assert refused.value.part == part
