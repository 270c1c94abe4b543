"""The snooze presets: "tomorrow morning" is the next morning the team is open."""

from __future__ import annotations

from datetime import datetime, time
from zoneinfo import ZoneInfo

from webcare.inbox.snooze import Snooze, snooze_presets
from webcare.team.policy import FRIDAY, Policy, Span, week_of

AMS = ZoneInfo("Europe/Amsterdam")
SPLIT = week_of([(Span.of(time(8, 30), time(12, 30)), Span.of(time(13), time(17)))] * 5)


def ams(year: int, month: int, day: int, hour: int = 0, minute: int = 0) -> datetime:
    return datetime(year, month, day, hour, minute, tzinfo=AMS)


def test_snoozing_until_tomorrow_morning_on_a_friday_means_the_next_open_morning() -> None:
    policy = Policy(SPLIT)
    friday = ams(2026, 11, 27, 15)
    assert snooze_presets(friday, policy) == [
        (Snooze.HOUR, ams(2026, 11, 27, 16)),
        (Snooze.NEXT_MORNING, ams(2026, 11, 30, 8, 30)),  # Monday; "next week" says the same
    ]
    good_friday = ams(2026, 4, 3, 15)
    assert dict(snooze_presets(good_friday, policy))[Snooze.NEXT_MORNING] == ams(2026, 4, 7, 8, 30)
    tuesday = ams(2026, 11, 24, 10)
    assert snooze_presets(tuesday, policy)[1:] == [
        (Snooze.NEXT_MORNING, ams(2026, 11, 25, 8, 30)),
        (Snooze.NEXT_WEEK, ams(2026, 11, 30, 8, 30)),
    ]
    late_friday = list(SPLIT)
    late_friday[FRIDAY] = (Span.of(time(10), time(17)),)
    assert dict(snooze_presets(ams(2026, 11, 26, 9), Policy(week_of(late_friday))))[
        Snooze.NEXT_MORNING
    ] == ams(2026, 11, 27, 10)  # Friday opens at ten: the first range of that day
    assert snooze_presets(tuesday, Policy(week_of([]))) == [(Snooze.HOUR, ams(2026, 11, 24, 11))]
