"""Office time by the team's policy: how fast waiting times and due times are computed.

    .venv/bin/python benchmarks/policy.py [--n 100000]

Each conversation waits from a random moment in 2025-2026 to a random later one (up to four
weeks on); the list shows a few dozen at a time, the reports compute a million (they may build
a table from `Policy.open_intervals` instead and let the database add up).
"""

from __future__ import annotations

import argparse
import random
import time
from datetime import UTC, datetime, timedelta

from webcare.team.policy import Policy, Span, week_of


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--n", type=int, default=100_000)
    args = parser.parse_args()
    split = (Span(8 * 60 + 30, 12 * 60 + 30), Span(13 * 60, 17 * 60))
    policy = Policy(week_of([split] * 5), target_minutes=240)
    rng = random.Random(7)
    start = datetime(2025, 1, 1, tzinfo=UTC)
    spans = []
    for _ in range(args.n):
        since = start + timedelta(seconds=rng.randrange(2 * 365 * 86400))
        spans.append((since, since + timedelta(seconds=rng.randrange(28 * 86400))))
    began = time.perf_counter()
    policy.warm(2025, 2026, 2027)
    warmed = time.perf_counter()
    for since, until in spans:
        policy.office_seconds(since, until)
    counted = time.perf_counter()
    for since, _until in spans:
        policy.due_at(since)
    due = time.perf_counter()
    days = sum(1 for _ in policy.open_intervals(start.date(), start.date() + timedelta(days=730)))
    intervals = time.perf_counter()
    print(f"warm three years (holidays, day totals): {1000 * (warmed - began):.0f} ms")
    print(f"office_seconds: {1e6 * (counted - warmed) / args.n:.1f} us a conversation ({args.n})")
    print(f"due_at (4 h target): {1e6 * (due - counted) / args.n:.1f} us a conversation")
    print(f"open_intervals, two years: {days} intervals in {1000 * (intervals - due):.0f} ms")


if __name__ == "__main__":
    main()
