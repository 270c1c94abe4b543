"""The figures of a report, counted in SQL over the derived rounds and waits.

Every figure is about the rounds that *started* in the period (a new conversation, or one a
resident reopened), except the backlog, which counts every round still open at the period's
end. Durations come in wall-clock seconds and in office seconds of the account's policy.

- `first_response`: from a round's first message to the first human reply.
- `next_response`: each later wait of a round (started in the period) to its reply.
- `resolution`: from a round's first message to its close.
- `within_target_share`: of the rounds whose outcome is known, the share answered within the
  response target in office time. Known: answered; or not answered and already past the target
  (still open now, or closed without a reply after the target passed). A round closed without
  a reply within the target needed no answer and is left out.
- `volume`: rounds started; `handled`: those answered or closed; `backlog`: rounds open at the
  end of the period (or now, for a period not over yet).

Medians and 90th percentiles interpolate between the two nearest values, as a spreadsheet's
MEDIAN and PERCENTILE (PERCENTILE.INC) do: position (n - 1) * p of the sorted values.

Here: the counts, the figures per group, the per-agent table and `compute`, which puts a report
together. The values are in `values`, the selection of rounds (period and filters) in
`selection`, the medians and percentiles in `durations`, the charts' series in `series`.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from typing import Any

from sqlalchemy import bindparam, text
from sqlalchemy.orm import Session

from webcare.reports.calendar import cum_sql, seconds
from webcare.reports.durations import durations_of, percentiles
from webcare.reports.selection import GROUPS, RoundsBase, kept_bases, rounds_base, run_on
from webcare.reports.series import (
    backlog,
    backlog_at,
    backlog_per_day,
    distribution,
    heatmap,
    per_day,
)
from webcare.reports.values import (
    BUCKETS,
    NO_FILTERS,
    ZONE,
    AgentRow,
    Durations,
    Figures,
    Filters,
    Group,
    GroupBy,
    Period,
    Progress,
    Report,
)

__all__ = [
    "BUCKETS",
    "NO_FILTERS",
    "ZONE",
    "AgentRow",
    "Durations",
    "Figures",
    "Filters",
    "Group",
    "GroupBy",
    "Period",
    "Progress",
    "Report",
    "compute",
    "figures_by_group",
    "rounds_base",
    "run_on",
]


def _counts(session: Session, base: RoundsBase, now: datetime) -> dict[str, dict[str, int]]:
    now_cum = cum_sql("base.calendar", ":now")
    rows = run_on(
        session,
        base,
        "SELECT grp, COUNT(*), "
        "SUM(CASE WHEN first_response_at IS NOT NULL OR closed_at IS NOT NULL THEN 1 ELSE 0 "
        "END), "
        "SUM(CASE WHEN first_response_at IS NOT NULL THEN 1 ELSE 0 END), "
        "SUM(CASE WHEN first_response_at IS NULL AND closed_at IS NOT NULL THEN 1 ELSE 0 END), "
        "SUM(CASE WHEN first_response_at IS NOT NULL AND "
        "first_response_cum - started_cum <= target_seconds THEN 1 ELSE 0 END), "
        "SUM(CASE WHEN first_response_at IS NOT NULL THEN 1 "
        "WHEN closed_at IS NOT NULL THEN CASE WHEN closed_cum - started_cum > target_seconds "
        "THEN 1 ELSE 0 END "
        f"WHEN {now_cum} - started_cum > target_seconds THEN 1 ELSE 0 END) "
        "FROM base GROUP BY grp",
        now=seconds(now),
    )
    names = ("volume", "handled", "answered", "closed_without_reply", "within", "decided")
    return {
        str(row[0]): dict(zip(names, (int(v or 0) for v in row[1:]), strict=True)) for row in rows
    }


def figures_by_group(
    session: Session,
    period: Period,
    filters: Filters,
    now: datetime,
    group_by: GroupBy | None = None,
) -> dict[str, Figures]:
    """The figures of the period, per group (one group, "", without `group_by`)."""
    group, join = GROUPS[group_by] if group_by is not None else ("''", "")
    base = rounds_base(period, filters, group, extra_join=join)
    counts = _counts(session, base, now)
    durations = durations_of(session, base)
    result: dict[str, Figures] = {}
    for grp, c in counts.items():
        d = durations.get(grp, {})
        result[grp] = Figures(
            volume=c["volume"],
            handled=c["handled"],
            answered=c["answered"],
            closed_without_reply=c["closed_without_reply"],
            within_target=c["within"],
            decided=c["decided"],
            first_response=d.get("first_response", Durations()),
            next_response=d.get("next_response", Durations()),
            resolution=d.get("resolution", Durations()),
        )
    return result


def agents(session: Session, period: Period, filters: Filters) -> tuple[AgentRow, ...]:
    """Per agent: the rounds they handled, their first responses, replies and closes."""
    base = rounds_base(period, filters)
    handled = run_on(
        session,
        base,
        "SELECT agent, COUNT(*), "
        "SUM(CASE WHEN first_response_at IS NOT NULL THEN 1 ELSE 0 END), "
        "SUM(CASE WHEN first_response_at IS NOT NULL AND first_response_cum - started_cum "
        "<= target_seconds THEN 1 ELSE 0 END), "
        "SUM(CASE WHEN closed_at IS NOT NULL THEN 1 ELSE 0 END), SUM(replies) "
        "FROM base GROUP BY agent",
    )
    medians = percentiles(
        session,
        base,
        "first_response_cum - started_cum",
        "first_response_at IS NOT NULL",
        group="COALESCE(CAST(agent AS VARCHAR(20)), '')",
    )
    names: dict[int, str] = {
        int(user_id): str(name)
        for user_id, name in session.execute(text("SELECT id, display_name FROM users"))
    }
    rows = []
    for agent, rounds, answered, within, closed, replies in handled:
        key = "" if agent is None else str(agent)
        median = medians.get(key)
        rows.append(
            AgentRow(
                user_id=None if agent is None else int(agent),
                name="" if agent is None else str(names.get(agent, "")),
                rounds=int(rounds),
                first_responses=int(answered or 0),
                median_first_response_office_seconds=None if median is None else median[1],
                within_target_share=None if not answered else int(within or 0) / int(answered),
                replies=int(replies or 0),
                closed=int(closed or 0),
            )
        )
    return tuple(sorted(rows, key=lambda row: (-row.rounds, row.name)))


def _filter_names(session: Session, filters: Filters) -> tuple[tuple[str, str], ...]:
    names: list[tuple[str, str]] = [("channel", channel.value) for channel in filters.channels]
    for kind, table, column, ids in (
        ("account", "accounts", "name", filters.accounts),
        ("agent", "users", "display_name", filters.agents),
        ("tag", "tags", "name", filters.tags),
    ):
        if ids:
            statement = text(f"SELECT {column} FROM {table} WHERE id IN :ids ORDER BY {column}")
            rows = session.execute(
                statement.bindparams(bindparam("ids", expanding=True)), {"ids": list(ids)}
            )
            names += [(kind, str(name)) for (name,) in rows]
    names += [("neighbourhood", code) for code in filters.neighbourhoods]
    return tuple(names)


def compute(
    session: Session,
    period: Period,
    filters: Filters,
    now: datetime,
    group_by: GroupBy | None = None,
    progress: Progress | None = None,
) -> Report:
    """Every figure and series of a report, in the caller's session."""
    steps: list[Callable[[], Any]] = [
        lambda: figures_by_group(session, period, filters, now).get("", Figures()),
        lambda: backlog(session, period, filters, backlog_at(period, now)),
        lambda: per_day(session, period, filters),
        lambda: backlog_per_day(session, period, filters, now),
        lambda: distribution(session, period, filters),
        lambda: heatmap(session, period, filters),
        lambda: agents(session, period, filters),
        lambda: figures_by_group(session, period, filters, now, group_by) if group_by else {},
    ]
    results = []
    with kept_bases(session):
        for done, step in enumerate(steps):
            if progress is not None:
                progress(done, len(steps))
            results.append(step())
    figures, open_rounds, days, backlog_days, spread, cells, people, grouped = results
    targets = tuple(
        sorted(
            {
                int(v) // 60
                for (v,) in session.execute(
                    text("SELECT DISTINCT target_seconds FROM report_accounts")
                ).all()
            }
        )
    )
    return Report(
        filter_names=_filter_names(session, filters),
        period=period,
        filters=filters,
        computed_at=now,
        backlog_at=backlog_at(period, now),
        figures=figures,
        backlog=open_rounds,
        per_day=days,
        backlog_per_day=backlog_days,
        distribution=spread,
        heatmap=cells,
        agents=people,
        groups=tuple(Group(key, key, value) for key, value in sorted(grouped.items())),
        group_by=group_by,
        targets_minutes=targets,
    )
