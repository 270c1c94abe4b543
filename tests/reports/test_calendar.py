"""The policy as a table of open intervals: office time in SQL is the policy's own office time."""

from __future__ import annotations

import random
from datetime import UTC, date, datetime, timedelta

from sqlalchemy import text

from tests.reports.timeline import Timeline, hours
from webcare.reports import calendar
from webcare.reports.calendar import cum_sql, seconds
from webcare.runtime import Database
from webcare.storage.db import transaction
from webcare.team import store


def test_office_seconds_in_sql_equal_the_policys_for_random_moments(
    timeline: Timeline, database: Database
) -> None:
    evening = (hours("08:30", "12:30"), hours("13:00", "20:00"))
    days = {d: (hours("08:30", "12:30"), hours("13:00", "17:00")) for d in range(5)}
    timeline.policy({**days, 3: evening}, 240)
    timeline.supervisor.team.add_closing_day(date(2026, 12, 31), "Oudjaarsdag")
    now = datetime(2026, 6, 1, tzinfo=UTC)
    with transaction(database.sessions) as session:
        chosen = calendar.plan(session, now)
        calendar.materialise(session, chosen)
        book = store.load_book(session)
    policy = book.team
    key = calendar.calendar_key(policy)
    rnd = random.Random(7)
    start = datetime(2025, 1, 1, tzinfo=UTC)
    moments = [start + timedelta(seconds=rnd.randrange(3 * 365 * 86400)) for _ in range(200)]
    pairs = [tuple(sorted(rnd.sample(moments, 2))) for _ in range(100)]

    with database.sessions() as session:
        for a, b in pairs:
            found = session.execute(
                text(f"SELECT {cum_sql(':c', ':b')} - {cum_sql(':c', ':a')}"),
                {"c": key, "a": seconds(a), "b": seconds(b)},
            ).scalar_one()
            assert found == policy.office_seconds(a, b), (a, b)


def test_the_zone_table_knows_the_clock_changes() -> None:
    rows = calendar.zone_rows(calendar.Extent(2026, 2026))

    changes = [(row["starts_at"], row["offset_seconds"]) for row in rows[1:]]
    spring = datetime(2026, 3, 29, 1, tzinfo=UTC)  # 02:00 CET becomes 03:00 CEST
    autumn = datetime(2026, 10, 25, 1, tzinfo=UTC)  # 03:00 CEST becomes 02:00 CET
    assert changes == [(seconds(spring), 7200), (seconds(autumn), 3600)]
