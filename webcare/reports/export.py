"""Reports written out: the aggregate as JSON or CSV, and a CSV row per conversation round.

The JSON names every figure as the README's definitions do (`volume`, `within_target_share`,
`first_response.median_seconds`, `first_response.p90_office_seconds`, ...); the aggregate CSV
has the same names as dotted columns. The per-conversation CSV has a row for every round that
started in the period and for every round still open when it began (`in_period` false), with
every timestamp (ISO 8601, Europe/Amsterdam with its offset) and duration, so that a
spreadsheet recomputes each headline figure: volume, the medians and 90th percentiles, the
share within target and the backlog.

Every text cell that a spreadsheet would read as a formula (starting with =, +, -, @, a tab or
a carriage return) is prefixed with an apostrophe: account names and tags are typed by people.
"""

from __future__ import annotations

import csv
import json
from collections.abc import Iterable, Sequence
from dataclasses import asdict
from datetime import date, datetime
from typing import IO, Any
from zoneinfo import ZoneInfo

from sqlalchemy.orm import Session

from webcare.errors import WebcareError
from webcare.reports.calendar import cum_sql, instant, seconds
from webcare.reports.figures import (
    Durations,
    Figures,
    Filters,
    GroupBy,
    Period,
    Report,
    rounds_base,
    run_on,
)
from webcare.team.policy import AMSTERDAM

FORMATS = ("json", "csv")
BY_CONVERSATION = "conversation"
BY = (*(group.value for group in GroupBy), BY_CONVERSATION)
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
ZONE = ZoneInfo(AMSTERDAM)

CONVERSATION_COLUMNS = (
    "conversation_id",
    "round",
    "in_period",
    "channel",
    "account",
    "agent",
    "tags",
    "first_inbound_at",
    "first_response_at",
    "first_response_seconds",
    "first_response_office_seconds",
    "target_seconds",
    "within_target",
    "next_responses",
    "replies",
    "closed_at",
    "resolution_seconds",
    "resolution_office_seconds",
)


class ExportRefused(WebcareError):  # noqa: N818 - a refusal, not a fault
    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason

    def __str__(self) -> str:
        return self.reason


def check(format: str, by: str | None) -> None:
    """Raises ExportRefused for a format or grouping that does not exist (or does not fit)."""
    if format not in FORMATS:
        raise ExportRefused(f"no such format {format!r}; use json or csv")
    if by is not None and by not in BY:
        raise ExportRefused(f"no such grouping {by!r}; use one of {', '.join(BY)}")
    if by == BY_CONVERSATION and format != "csv":
        raise ExportRefused("--by conversation is a CSV (a row per conversation)")


def safe(value: object) -> str:
    """A cell as text that no spreadsheet evaluates as a formula."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    text = str(value)
    return "'" + text if text.startswith(FORMULA_STARTS) else text


def local_iso(value: int | None) -> str:
    """Seconds since 1970 as ISO 8601 in Europe/Amsterdam, with the offset."""
    return "" if value is None else instant(value).astimezone(ZONE).isoformat()


def _rounded(value: float | None) -> float | None:
    return None if value is None else round(value, 1)


def durations_json(durations: Durations) -> dict[str, Any]:
    return {
        "count": durations.count,
        "median_seconds": _rounded(durations.median_seconds),
        "p90_seconds": _rounded(durations.p90_seconds),
        "median_office_seconds": _rounded(durations.median_office_seconds),
        "p90_office_seconds": _rounded(durations.p90_office_seconds),
    }


def figures_json(figures: Figures) -> dict[str, Any]:
    share = figures.within_target_share
    return {
        "volume": figures.volume,
        "handled": figures.handled,
        "answered": figures.answered,
        "closed_without_reply": figures.closed_without_reply,
        "within_target": figures.within_target,
        "within_target_decided": figures.decided,
        "within_target_share": None if share is None else round(share, 4),
        "first_response": durations_json(figures.first_response),
        "next_response": durations_json(figures.next_response),
        "resolution": durations_json(figures.resolution),
    }


def _day(value: date) -> str:
    return value.isoformat()


def report_json(report: Report) -> dict[str, Any]:
    """The report as JSON-ready values, named as the README defines them."""
    filters = asdict(report.filters)
    filters["channels"] = [channel.value for channel in report.filters.channels]
    document: dict[str, Any] = {
        "period": {"from": _day(report.period.first), "to": _day(report.period.last)},
        "filters": filters,
        "computed_at": report.computed_at.astimezone(ZONE).isoformat(),
        "backlog_at": report.backlog_at.astimezone(ZONE).isoformat(),
        "target_minutes": list(report.targets_minutes),
        **figures_json(report.figures),
        "backlog": report.backlog,
        "per_day": [
            {"day": _day(day), **{platform.value: n for platform, n in sorted(counts.items())}}
            for day, counts in report.per_day
        ],
        "backlog_per_day": [{"day": _day(day), "backlog": n} for day, n in report.backlog_per_day],
        "first_response_distribution": [
            {"under_minutes": bound, "count": wall, "office_count": office}
            for bound, wall, office in report.distribution
        ],
        "heatmap": [list(row) for row in report.heatmap],
        "agents": [
            {
                "user_id": row.user_id,
                "name": row.name,
                "rounds": row.rounds,
                "first_responses": row.first_responses,
                "median_first_response_office_seconds": _rounded(
                    row.median_first_response_office_seconds
                ),
                "within_target_share": (
                    None if row.within_target_share is None else round(row.within_target_share, 4)
                ),
                "replies": row.replies,
                "closed": row.closed,
            }
            for row in report.agents
        ],
    }
    if report.group_by is not None:
        document["by"] = report.group_by.value
        document["groups"] = [
            {"key": group.key, **figures_json(group.figures)} for group in report.groups
        ]
    return document


def _flatten(values: dict[str, Any], prefix: str = "") -> dict[str, Any]:
    flat: dict[str, Any] = {}
    for key, value in values.items():
        if isinstance(value, dict):
            flat.update(_flatten(value, f"{prefix}{key}."))
        else:
            flat[prefix + key] = value
    return flat


def write_report(session: Session, out: IO[str], report: Report, format: str) -> int:
    """The aggregate: JSON, or CSV with a row per group (one row without a grouping)."""
    if format == "json":
        json.dump(report_json(report), out, ensure_ascii=False, indent=2)
        out.write("\n")
        return 1
    rows: list[tuple[str, Figures]] = (
        [(group.key, group.figures) for group in report.groups]
        if report.group_by is not None
        else [("", report.figures)]
    )
    writer = csv.writer(out)
    header = ["period.from", "period.to", "group", *_flatten(figures_json(Figures())).keys()]
    writer.writerow(header)
    for key, figures in rows:
        cells = [_day(report.period.first), _day(report.period.last), key]
        cells += list(_flatten(figures_json(figures)).values())
        writer.writerow([safe(cell) for cell in cells])
    return len(rows)


def conversation_rows(
    session: Session, period: Period, filters: Filters, now: datetime
) -> Iterable[Sequence[object]]:
    """A row per round of the period (and per round still open when it began)."""
    base = rounds_base(period, filters, started_in_period=False)
    postgres = session.get_bind().dialect.name == "postgresql"
    not_first = "NOT w.is_first" if postgres else "w.is_first = 0"
    now_cum = cum_sql("n.calendar", ":now")
    joined = (
        "string_agg(t.name, '; ' ORDER BY t.name)" if postgres else "group_concat(t.name, '; ')"
    )
    tags = (
        f"(SELECT {joined} FROM (SELECT t.name FROM conversation_tags ct JOIN tags t "
        "ON t.id = ct.tag_id WHERE ct.conversation_id = n.conversation_id "
        "ORDER BY t.name) t)"
    )
    query = (
        ", n AS (SELECT base.*, ROW_NUMBER() OVER (PARTITION BY base.conversation_id "
        "ORDER BY base.round) AS number FROM base) "
        "SELECT n.conversation_id, n.number, "
        "CASE WHEN n.started_at >= :a AND n.started_at < :b THEN 1 ELSE 0 END, n.platform, "
        "ac.name, u.display_name, n.started_at, n.first_response_at, "
        "n.first_response_cum - n.started_cum, n.target_seconds, "
        "CASE WHEN n.first_response_at IS NOT NULL THEN "
        "CASE WHEN n.first_response_cum - n.started_cum <= n.target_seconds THEN 1 ELSE 0 END "
        "WHEN n.closed_at IS NOT NULL THEN "
        "CASE WHEN n.closed_cum - n.started_cum > n.target_seconds THEN 0 END "
        f"WHEN {now_cum} - n.started_cum > n.target_seconds THEN 0 END, "
        "(SELECT COUNT(*) FROM report_waits w WHERE w.conversation_id = n.conversation_id "
        f"AND w.round = n.round AND w.answered_at IS NOT NULL AND {not_first}), "
        f"n.replies, n.closed_at, n.closed_cum - n.started_cum, {tags} "
        "FROM n JOIN accounts ac ON ac.id = n.account_id "
        "LEFT JOIN users u ON u.id = n.agent "
        "WHERE (n.started_at >= :a AND n.started_at < :b) "
        "OR (n.started_at < :a AND (n.closed_at IS NULL OR n.closed_at >= :a)) "
        "ORDER BY n.started_at, n.conversation_id, n.round"
    )
    for row in run_on(session, base, query, now=seconds(now)):
        (cid, number, in_period, platform, account, agent, started, answered, fr_office,
         target, within, nexts, replies, closed, res_office, tag_names) = row  # fmt: skip
        yield (
            cid,
            number,
            bool(in_period),
            platform,
            account,
            agent or "",
            tag_names or "",
            local_iso(started),
            local_iso(answered),
            None if answered is None else answered - started,
            fr_office,
            target,
            None if within is None else bool(within),
            nexts,
            replies,
            local_iso(closed),
            None if closed is None else closed - started,
            res_office,
        )


def write_conversations(
    session: Session, out: IO[str], period: Period, filters: Filters, now: datetime
) -> int:
    writer = csv.writer(out)
    writer.writerow(CONVERSATION_COLUMNS)
    count = 0
    for row in conversation_rows(session, period, filters, now):
        writer.writerow([safe(cell) for cell in row])
        count += 1
    return count
