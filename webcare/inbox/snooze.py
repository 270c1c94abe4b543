"""The snooze presets of a conversation's status menu, by the team's office hours.

"Tomorrow morning" is the next morning the team is open: on a Friday that is Monday, and on
the Friday before Easter the Tuesday after Easter Monday, at the opening time of that day's
first range. "Next week" is the first open morning from Monday on. A time of the agent's own
choosing is picked from the open times only (`open_times`): a snooze that ends while the team
is closed would wake a conversation nobody is there to answer.
"""

from __future__ import annotations

import enum
from datetime import date, datetime, time, timedelta

from webcare.team.policy import Policy


class Snooze(enum.StrEnum):
    HOUR = "hour"
    NEXT_MORNING = "next_morning"
    NEXT_WEEK = "next_week"


def snooze_presets(now: datetime, policy: Policy) -> list[tuple[Snooze, datetime]]:
    """(preset, until when), in order; a preset the policy cannot place (a team that never
    opens) or that says the same as the one before it (on a Friday) is left out."""
    presets: list[tuple[Snooze, datetime]] = [(Snooze.HOUR, now + timedelta(hours=1))]
    morning = policy.next_opening_day(now)
    if morning is not None:
        presets.append((Snooze.NEXT_MORNING, morning))
    today = policy.local_date(now)
    monday = today + timedelta(days=7 - today.weekday())
    week = policy.next_open(datetime.combine(monday, time(0), policy.tz))
    if week is not None and week != morning:
        presets.append((Snooze.NEXT_WEEK, week))
    return presets


SNOOZE_STEP = timedelta(minutes=30)
SNOOZE_DAYS = 14  # open days offered
SEARCH_DAYS = 120  # how far to look for them (a long holiday closure)


def open_times(
    now: datetime, policy: Policy, days: int = SNOOZE_DAYS, step: timedelta = SNOOZE_STEP
) -> list[tuple[date, list[datetime]]]:
    """The next `days` open days with their open times on a grid of `step` (within an
    opening range, after `now`), in order; a team that never opens has none."""
    found: list[tuple[date, list[datetime]]] = []
    day = policy.local_date(now)
    grid = step.total_seconds()
    for _ in range(SEARCH_DAYS):
        times: list[datetime] = []
        for start, end in policy.intervals_on(day):
            first = max(start, now + timedelta(microseconds=1))
            seconds = -(-first.timestamp() // grid) * grid  # up to the grid
            at = datetime.fromtimestamp(seconds, start.tzinfo)
            while at < end:
                times.append(at)
                at += step
        if times:
            found.append((day, times))
            if len(found) == days:
                break
        day += timedelta(days=1)
    return found
