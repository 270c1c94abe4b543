"""Local time in Europe/Amsterdam: the spring gap refused, the autumn overlap asked, the
recurrence kept on the wall clock across both changes."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

import pytest

from webcare.calendar import timing

# 2027: summer time starts Sunday 28 March, ends Sunday 31 October.
SPRING = date(2027, 3, 28)
AUTUMN = date(2027, 10, 31)


def test_half_past_two_on_the_last_sunday_of_march_is_refused_with_the_reason() -> None:
    with pytest.raises(timing.NonExistentTime) as refused:
        timing.resolve(datetime(2027, 3, 28, 2, 30))
    assert "does not exist" in str(refused.value) and "forward" in str(refused.value)
    assert timing.resolve(datetime(2027, 3, 28, 3, 0)).instant == datetime(
        2027, 3, 28, 1, 0, tzinfo=UTC
    )


def test_half_past_two_on_the_last_sunday_of_october_asks_which_of_the_two() -> None:
    with pytest.raises(timing.AmbiguousTime) as asked:
        timing.resolve(datetime(2027, 10, 31, 2, 30))
    assert asked.value.first == datetime(2027, 10, 31, 0, 30, tzinfo=UTC)
    assert asked.value.second == datetime(2027, 10, 31, 1, 30, tzinfo=UTC)
    first = timing.resolve(datetime(2027, 10, 31, 2, 30), fold=0)
    second = timing.resolve(datetime(2027, 10, 31, 2, 30), fold=1)
    assert (first.instant, second.instant) == (asked.value.first, asked.value.second)
    assert timing.local_of(second.instant).fold == 1


def test_nine_on_the_monday_after_the_october_change_is_nine_local_winter_time() -> None:
    monday = timing.resolve(datetime(2027, 11, 1, 9, 0))
    assert monday.instant == datetime(2027, 11, 1, 8, 0, tzinfo=UTC)  # UTC+1 again
    friday = timing.resolve(datetime(2027, 10, 29, 9, 0))
    assert friday.instant == datetime(2027, 10, 29, 7, 0, tzinfo=UTC)  # still UTC+2


def test_a_weekly_post_stays_at_nine_across_both_changes() -> None:
    start = timing.resolve(datetime(2027, 3, 15, 9, 0))  # a Monday in winter time
    found = timing.occurrences(
        "FREQ=WEEKLY;BYDAY=MO",
        start,
        start.instant,
        datetime(2027, 11, 30, tzinfo=UTC),
        inclusive=True,
    )
    walls = {o.wall.time() for o in found}
    assert walls == {datetime(2000, 1, 1, 9, 0).time()}
    offsets = {o.instant.hour for o in found}
    assert offsets == {7, 8}  # 07:00 UTC in summer, 08:00 UTC in winter
    assert all(o.wall.weekday() == 0 for o in found)
    assert found[0].wall == datetime(2027, 3, 15, 9, 0)
    # Consecutive weeks are 7 days apart on the wall clock, not 168 hours.
    across_spring = [o for o in found if o.wall.date() in (date(2027, 3, 22), date(2027, 3, 29))]
    assert across_spring[1].instant - across_spring[0].instant == timedelta(days=7, hours=-1)


def test_an_occurrence_in_the_spring_gap_moves_an_hour_later_and_is_not_dropped() -> None:
    start = timing.resolve(datetime(2027, 3, 21, 2, 30))  # a Sunday, a week before
    found = timing.occurrences(
        "FREQ=WEEKLY", start, start.instant, datetime(2027, 4, 5, tzinfo=UTC), inclusive=True
    )
    assert [o.wall for o in found] == [
        datetime(2027, 3, 21, 2, 30),
        datetime(2027, 3, 28, 3, 30),
        datetime(2027, 4, 4, 2, 30),
    ]


def test_a_bad_recurrence_is_refused() -> None:
    with pytest.raises(timing.BadRecurrence):
        timing.parse_rule("EVERY MONDAY", datetime(2027, 1, 4, 9, 0))


def test_weeks_start_on_monday_and_carry_their_iso_number() -> None:
    assert timing.week_start(date(2027, 1, 3)) == date(2026, 12, 28)
    assert timing.iso_week(date(2027, 1, 3)) == (2026, 53)
    assert timing.iso_week(date(2027, 1, 4)) == (2027, 1)
