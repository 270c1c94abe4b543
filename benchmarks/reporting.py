"""The reports' figures for `make bench` (`webcare.reports`), on SQLite and PostgreSQL alike.

On the data set of each size (`webcare demo-data`'s), through the reports desk as a
supervisor:

- the first derivation of every round (the desk's `refresh` on a data set that has events but
  no rounds yet) is done once, when the data set is made, and printed under the table with the
  generation time; on SQLite the events are first written by `webcare.reports.triggers.backfill`
  (the generator writes its rows with the triggers paused, as the migration found them);
- the report of a month (the last whole calendar month of the data) and of a year (its last
  365 days), median of REPEATS after one untimed call, vs a plain aggregate over the same
  rounds table and index (`SELECT count(*), count(first_response_at), sum(…) FROM
  report_rounds WHERE started_at >= ? AND started_at < ?`, `ix_report_rounds_started`);
- the office-time recompute after a service-policy change: the team desk's `set_policy`, then
  the reports desk's `refresh` (the stored office times of every round and wait counted again
  in place), once, vs a bare read of every round and every wait (the rows a recompute must
  read at the least). Each
  run switches between two policies (office hours 8:30–17:00, or 8:00–12:00 and 12:30–17:00),
  so the data set stays derived for the next run.
"""

from __future__ import annotations

import json
import statistics
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

from common import Figure, ms, say, timed

SUPERVISOR = "dirk"  # the demo team's supervisor (webcare.demodata.sample)
ZONE = ZoneInfo("Europe/Amsterdam")
REPORTS_VERSION = 1  # bump when the preparation below changes: it is done again


class Bare:
    """Plain SQL on the engine's own driver connection, `?` placeholders on both dialects."""

    def __init__(self, engine: Any) -> None:
        self.engine = engine
        self.postgres = engine.dialect.name == "postgresql"

    def rows(self, sql: str, *params: object) -> list[Any]:
        if self.postgres:
            sql = sql.replace("?", "%s")
        raw = self.engine.raw_connection()
        try:
            cursor = raw.cursor()
            cursor.execute(sql, params)
            return list(cursor.fetchall())
        finally:
            raw.close()

    def scan(self, sql: str) -> int:
        """Read every row of `sql` without keeping them; returns how many."""
        raw = self.engine.raw_connection()
        try:
            cursor = raw.cursor()
            cursor.execute(sql)
            count = 0
            while batch := cursor.fetchmany(10_000):
                count += len(batch)
            return count
        finally:
            raw.close()


def prepare(database: Any, marker: Path) -> dict[str, float]:
    """Events (backfilled if the data set has none) and the first derivation, once."""
    from webcare.desks import open_desks
    from webcare.reports import triggers

    if marker.exists():
        return dict(json.loads(marker.read_text()))
    bare = Bare(database.engine)
    begin = time.perf_counter()
    backfilled = 0.0
    if not bare.rows("SELECT 1 FROM conversation_events LIMIT 1"):
        with database.engine.begin() as connection:
            triggers.backfill(connection)
        backfilled = time.perf_counter() - begin
    say(f"  reports: events in {backfilled:.1f} s; deriving every round")
    begin = time.perf_counter()
    refreshed = open_desks(database.sessions, SUPERVISOR).reports.refresh()
    done = {
        "backfill_seconds": backfilled,
        "derive_seconds": time.perf_counter() - begin,
        "derived": refreshed.derived,
        "events": bare.rows("SELECT count(*) FROM conversation_events")[0][0],
        "rounds": bare.rows("SELECT count(*) FROM report_rounds")[0][0],
    }
    marker.write_text(json.dumps(done))
    return done


def periods(bare: Bare) -> tuple[Any, Any]:
    """The last whole calendar month of the data, and its last 365 days."""
    from webcare.reports.figures import Period

    newest = bare.rows("SELECT max(started_at) FROM report_rounds")[0][0]
    last = datetime.fromtimestamp(int(newest), UTC).astimezone(ZONE).date()
    month_last = last.replace(day=1) - timedelta(days=1)
    month = Period(month_last.replace(day=1), month_last)
    return month, Period(last - timedelta(days=364), last)


SPLIT = ((8 * 60, 12 * 60), (12 * 60 + 30, 17 * 60))
WHOLE = ((8 * 60 + 30, 17 * 60),)


def report_figures(database: Any, size: int, db: str, repeats: int) -> list[Figure]:
    from webcare.desks import open_desks
    from webcare.team.policy import Span

    desks = open_desks(database.sessions, SUPERVISOR)
    reports = desks.reports
    bare = Bare(database.engine)
    reports.refresh()  # whatever a clock or a year going by asks, before timing
    month, year = periods(bare)
    aggregate = (
        "SELECT count(*), count(first_response_at), sum(first_response_at - started_at), "
        "count(closed_at) FROM report_rounds WHERE started_at >= ? AND started_at < ?"
    )
    figures: list[Figure] = []
    at_1m = size >= 1_000_000
    for label, period, limit in (("month", month, 1.0), ("year", year, 3.0)):
        a, b = int(period.starts.timestamp()), int(period.ends.timestamp())
        reports.report(period)
        bare.rows(aggregate, a, b)
        ours, base = [], []
        for _ in range(repeats):
            ours.append(timed(lambda p=period: reports.report(p)))
            base.append(timed(lambda a=a, b=b: bare.rows(aggregate, a, b)))
        value = statistics.median(ours)
        figures.append(
            Figure(f"report of a {label}", size, ms(value), "ms",
                   ms(statistics.median(base)), "plain aggregate, same index",
                   f"< {limit:.0f} s at 1 M", value < limit if at_1m else None, db)
        )  # fmt: skip
    current = desks.team.policy().team.week
    split = tuple(Span(a, b) for a, b in SPLIT)
    choice = WHOLE if current[0] == split else SPLIT
    week = (*([tuple(Span(a, b) for a, b in choice)] * 5), (), ())
    say(f"  reports: policy change to {choice} ({db}, {size:,})")

    def change() -> None:
        desks.team.set_policy(week, 240)
        reports.refresh()

    recompute = timed(change)
    read = timed(
        lambda: (
            bare.scan("SELECT * FROM report_waits"),
            bare.scan("SELECT * FROM report_rounds"),
        )
    )
    figures.append(
        Figure("policy change: office times recomputed", size, recompute, "s", read,
               "bare read of every round and wait", db=db)
    )  # fmt: skip
    return figures


def describe(periods_: tuple[Any, Any]) -> str:
    month, year = periods_
    return f"month {month.first}..{month.last}, year {year.first}..{year.last}"
