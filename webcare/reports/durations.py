"""Medians and 90th percentiles of the waits, in SQL: only the rows around each position are
fetched (see `figures` for how they interpolate, as a spreadsheet does)."""

from __future__ import annotations

import itertools

from sqlalchemy import text
from sqlalchemy.orm import Session

from webcare.reports.selection import RoundsBase, run_on
from webcare.reports.values import Durations

_tables = itertools.count(1)  # names of the narrow temporary tables of values


def _quantile(values: dict[int, float], n: int, numerator: int, denominator: int) -> float:
    position = (n - 1) * numerator
    low = position // denominator
    fraction = (position % denominator) / denominator
    if fraction == 0:
        return values[low]
    return values[low] + fraction * (values[low + 1] - values[low])


FEW_GROUPS = 50  # up to this many groups, each group's positions are read from an index


def percentiles(
    session: Session,
    base: RoundsBase,
    value: str,
    where: str,
    source: str = "base",
    prefix: str = "",
    group: str = "grp",
) -> dict[str, tuple[int, float, float]]:
    """Group -> (count, median, p90) of `value` over the rows of `source` matching `where`.

    The (group, value) pairs go into a narrow temporary table with an index on both: one sort.
    For a few groups (agents, channels) the two values around each position are then read from
    that index (LIMIT 2 OFFSET k within the group); for many (days) the rows are numbered per
    group with window functions. Only the (at most four) rows around the positions are fetched.
    """
    table = f"report_values_{next(_tables)}"
    run_on(
        session,
        base,
        f"{prefix}, v AS (SELECT {group} AS grp, {value} AS v FROM {source} WHERE {where}) "
        "SELECT grp, v FROM v",
        into=table,
    )
    try:
        session.execute(text(f"CREATE INDEX {table}_grp_v ON {table} (grp, v)"))
        counts = {
            str(grp): int(n)
            for grp, n in session.execute(text(f"SELECT grp, COUNT(*) FROM {table} GROUP BY grp"))
        }
        if len(counts) > FEW_GROUPS:
            return _numbered_percentiles(session, table)
        found: dict[str, tuple[int, float, float]] = {}
        pick = text(f"SELECT v FROM {table} WHERE grp = :g ORDER BY v LIMIT 2 OFFSET :k")
        for grp, n in counts.items():
            at: dict[int, float] = {}
            for k in sorted({(n - 1) // 2, ((n - 1) * 9) // 10}):
                for i, (v,) in enumerate(session.execute(pick, {"g": grp, "k": k})):
                    at[k + i] = float(v)
            found[grp] = (n, _quantile(at, n, 1, 2), _quantile(at, n, 9, 10))
        return found
    finally:
        session.execute(text(f"DROP TABLE IF EXISTS {table}"))


def _numbered_percentiles(session: Session, table: str) -> dict[str, tuple[int, float, float]]:
    rows = session.execute(
        text(
            "WITH ranked AS (SELECT grp, v, ROW_NUMBER() OVER (PARTITION BY grp ORDER BY v) - 1 "
            f"AS i, COUNT(*) OVER (PARTITION BY grp) AS n FROM {table}) "
            "SELECT grp, n, i, v FROM ranked WHERE i = (n - 1) / 2 OR i = (n - 1) / 2 + 1 "
            "OR i = ((n - 1) * 9) / 10 OR i = ((n - 1) * 9) / 10 + 1"
        )
    )
    found: dict[str, tuple[int, dict[int, float]]] = {}
    for grp, n, i, v in rows:
        _, values = found.setdefault(str(grp), (int(n), {}))
        values[int(i)] = float(v)
    return {
        grp: (n, _quantile(values, n, 1, 2), _quantile(values, n, 9, 10))
        for grp, (n, values) in found.items()
    }


def _column_percentiles(session: Session, table: str, column: str, n: int) -> tuple[float, float]:
    """The median and 90th percentile of `column` of the n rows of a temporary table: the two
    values around each position with ORDER BY ... LIMIT 2 OFFSET k, which SQLite answers with a
    sorter that keeps only k + 2 rows (the 90th percentile from the top: a tenth), instead of
    numbering every row with a window function."""
    at: dict[int, float] = {}
    low = (n - 1) // 2
    ascending = text(f"SELECT {column} FROM {table} ORDER BY {column} LIMIT 2 OFFSET :k")
    for i, (v,) in enumerate(session.execute(ascending, {"k": low})):
        at[low + i] = float(v)
    high = ((n - 1) * 9) // 10  # high and high + 1 are n-1-high and n-2-high from the top
    top = max(n - 2 - high, 0)
    descending = text(f"SELECT {column} FROM {table} ORDER BY {column} DESC LIMIT 2 OFFSET :k")
    for j, (v,) in enumerate(session.execute(descending, {"k": top})):
        at[n - 1 - (top + j)] = float(v)
    return _quantile(at, n, 1, 2), _quantile(at, n, 9, 10)


def _one_group_durations(
    session: Session, base: RoundsBase, wall: str, office: str, where: str, source: str, prefix: str
) -> dict[str, Durations]:
    """The durations of a base with one group: the waits' two values are read once into a
    narrow temporary table (for the next responses: one join with the waits, not four)."""
    table = f"report_values_{next(_tables)}"
    run_on(
        session,
        base,
        f"{prefix} SELECT {wall} AS w, {office} AS o FROM {source} WHERE {where}",
        into=table,
    )
    try:
        n = int(session.execute(text(f"SELECT COUNT(*) FROM {table}")).scalar_one())
        if n == 0:
            return {}
        median, p90 = _column_percentiles(session, table, "w", n)
        office_median, office_p90 = _column_percentiles(session, table, "o", n)
    finally:
        session.execute(text(f"DROP TABLE IF EXISTS {table}"))
    return {"": Durations(n, median, p90, office_median, office_p90)}


# name -> (wall-clock value, office value, which rows, from where)
_DURATIONS = {
    "first_response": (
        "first_response_at - started_at",
        "first_response_cum - started_cum",
        "first_response_at IS NOT NULL",
        "base",
    ),
    "next_response": ("answered_at - started_at", "answered_cum - started_cum", "1 = 1", "nw"),
    "resolution": (
        "closed_at - started_at",
        "closed_cum - started_cum",
        "closed_at IS NOT NULL",
        "base",
    ),
}


def durations_of(session: Session, base: RoundsBase) -> dict[str, dict[str, Durations]]:
    postgres = session.get_bind().dialect.name == "postgresql"
    not_first = "NOT w.is_first" if postgres else "w.is_first = 0"
    # The next-response waits of the base's rounds.
    waits = (
        ", nw AS (SELECT base.grp, w.started_at, w.answered_at, w.started_cum, w.answered_cum "
        "FROM base JOIN report_waits w ON w.conversation_id = base.conversation_id "
        f"AND w.round = base.round WHERE w.answered_at IS NOT NULL AND {not_first})"
    )
    found: dict[str, dict[str, Durations]] = {}
    for name, (wall, office, where, source) in _DURATIONS.items():
        prefix = waits if source == "nw" else ""
        if not base.grouped:
            for grp, durations in _one_group_durations(
                session, base, wall, office, where, source, prefix
            ).items():
                found.setdefault(grp, {})[name] = durations
            continue
        walls = percentiles(session, base, wall, where, source, prefix)
        offices = percentiles(session, base, office, where, source, prefix)
        for grp, (n, median, p90) in walls.items():
            _, office_median, office_p90 = offices[grp]
            found.setdefault(grp, {})[name] = Durations(n, median, p90, office_median, office_p90)
    return found
