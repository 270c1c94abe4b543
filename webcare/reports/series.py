"""The charts' series: volume per day by channel, the backlog per day, the first-response
distribution and the hour x weekday heatmap, each one query over the report's selection."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta

from sqlalchemy.orm import Session

from webcare.reports.calendar import seconds
from webcare.reports.selection import rounds_base, run_on
from webcare.reports.values import BUCKETS, ZONE, Filters, Period
from webcare.vocabulary import Platform


def backlog_at(period: Period, now: datetime) -> datetime:
    return min(period.ends, now)


def backlog(session: Session, period: Period, filters: Filters, at: datetime) -> int:
    """Rounds open at `at`: started before it and not closed by then."""
    base = rounds_base(period, filters, started_in_period=False)
    row = run_on(
        session,
        base,
        "SELECT COUNT(*) FROM base WHERE started_at < :at "
        "AND (closed_at IS NULL OR closed_at >= :at)",
        at=seconds(at),
    )
    return int(row[0][0])


def _day_number(day: date) -> int:
    return (day - date(1970, 1, 1)).days


def _date(number: int) -> date:
    return date(1970, 1, 1) + timedelta(days=int(number))


def per_day(
    session: Session, period: Period, filters: Filters
) -> tuple[tuple[date, dict[Platform, int]], ...]:
    base = rounds_base(period, filters)
    rows = run_on(
        session, base, "SELECT local_day, platform, COUNT(*) FROM base GROUP BY local_day, platform"
    )
    counts: dict[date, dict[Platform, int]] = {day: {} for day in period.days()}
    for day, platform, count in rows:
        counts.setdefault(_date(day), {})[Platform(platform)] = int(count)
    return tuple(sorted(counts.items()))


def backlog_per_day(
    session: Session, period: Period, filters: Filters, now: datetime
) -> tuple[tuple[date, int], ...]:
    """The backlog at the end of each day of the period (up to now)."""
    base = rounds_base(period, filters, started_in_period=False)
    opening = backlog(session, period, filters, period.starts)
    started = dict(
        run_on(
            session,
            base,
            "SELECT local_day, COUNT(*) FROM base WHERE started_at >= :a AND started_at < :b "
            "GROUP BY local_day",
        )
    )
    closed = dict(
        run_on(
            session,
            base,
            "SELECT closed_day, COUNT(*) FROM base WHERE closed_at >= :a AND closed_at < :b "
            "AND started_at < :a2 GROUP BY closed_day",
            a2=seconds(period.ends),
        )
    )
    series = []
    level = opening
    for day in period.days():
        if datetime.combine(day, time(), ZONE) > now:
            break
        number = _day_number(day)
        level += int(started.get(number, 0)) - int(closed.get(number, 0))
        series.append((day, level))
    return tuple(series)


def distribution(
    session: Session, period: Period, filters: Filters
) -> tuple[tuple[int | None, int, int], ...]:
    """First responses per bucket of wall-clock and of office time."""
    base = rounds_base(period, filters)

    def bucket(value: str) -> str:
        cases = " ".join(
            f"WHEN {value} < {minutes * 60} THEN {index}" for index, minutes in enumerate(BUCKETS)
        )
        return f"CASE {cases} ELSE {len(BUCKETS)} END"

    answered = "first_response_at IS NOT NULL"
    wall = dict(
        run_on(
            session,
            base,
            f", b AS (SELECT {bucket('first_response_at - started_at')} AS k FROM base "
            f"WHERE {answered}) SELECT k, COUNT(*) FROM b GROUP BY k",
        )
    )
    office = dict(
        run_on(
            session,
            base,
            f", b AS (SELECT {bucket('first_response_cum - started_cum')} AS k FROM base "
            f"WHERE {answered}) SELECT k, COUNT(*) FROM b GROUP BY k",
        )
    )
    bounds: list[int | None] = [*BUCKETS, None]
    return tuple(
        (bound, int(wall.get(index, 0)), int(office.get(index, 0)))
        for index, bound in enumerate(bounds)
    )


def heatmap(session: Session, period: Period, filters: Filters) -> tuple[tuple[int, ...], ...]:
    """Rounds started per weekday (Monday first) and local hour."""
    base = rounds_base(period, filters)
    cells = [[0] * 24 for _ in range(7)]
    for weekday, hour, count in run_on(
        session,
        base,
        "SELECT local_weekday, local_hour, COUNT(*) FROM base GROUP BY local_weekday, local_hour",
    ):
        cells[int(weekday)][int(hour)] = int(count)
    return tuple(tuple(row) for row in cells)
