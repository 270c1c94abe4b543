"""Exports anyone can recompute: the per-conversation CSV gives the JSON's headline figures when
recomputed with nothing but the standard library's csv, datetime and statistics."""

from __future__ import annotations

import csv
import io
import json
import statistics
from datetime import date, datetime, timedelta
from typing import Any
from zoneinfo import ZoneInfo

import pytest

from tests.reports.timeline import Timeline, hours, local
from webcare.inbox import actions
from webcare.reports.export import CONVERSATION_COLUMNS, ExportRefused
from webcare.reports.figures import Filters, Period
from webcare.storage.db import transaction
from webcare.storage.models import Account
from webcare.vocabulary import ConversationKind, ConversationStatus

MARCH = Period(date(2026, 3, 1), date(2026, 3, 31))
NOW = local(2026, 3, 20, 12)  # the period is not over: the backlog is counted now


@pytest.fixture
def march(timeline: Timeline) -> Timeline:
    """A busy month: answered, reopened, closed unanswered, waiting, carried over."""
    t = timeline
    t.policy({d: (hours("08:30", "12:30"), hours("13:00", "17:00")) for d in range(5)}, 30)
    carried = t.resident("feb", local(2026, 2, 27, 16, 50))  # still open when March begins
    t.reply(carried, local(2026, 3, 2, 9, 1))
    done_in_feb = t.resident("feb-closed", local(2026, 2, 26, 10))
    t.close(done_in_feb, local(2026, 2, 26, 11))
    for n, (written, answered) in enumerate(
        [
            (local(2026, 3, 2, 9), local(2026, 3, 2, 9, 12)),
            (local(2026, 3, 2, 12, 20), local(2026, 3, 2, 13, 5)),
            (local(2026, 3, 3, 16, 45), local(2026, 3, 4, 8, 50)),
            (local(2026, 3, 4, 10), local(2026, 3, 4, 11, 30)),
            (local(2026, 3, 5, 22, 10), local(2026, 3, 6, 8, 40)),
            (local(2026, 3, 6, 16, 45), local(2026, 3, 9, 8, 45)),
        ]
    ):
        conversation = t.resident(f"q{n}", written)
        t.reply(conversation, answered)
        if n % 2 == 0:
            t.close(conversation, answered + timedelta(minutes=20 + n))
    dm = t.resident("dm", local(2026, 3, 10, 9), kind=ConversationKind.DIRECT)
    t.platform_reply("dm", local(2026, 3, 10, 9, 25), kind=ConversationKind.DIRECT)
    reopened = t.resident("again", local(2026, 3, 11, 9))
    t.reply(reopened, local(2026, 3, 11, 9, 5))
    t.close(reopened, local(2026, 3, 11, 9, 30))
    t.resident("again", local(2026, 3, 12, 14))
    t.reply(reopened, local(2026, 3, 12, 15, 10))
    spam = t.resident("spam", local(2026, 3, 13, 10), account=t.other_account)
    t.close(spam, local(2026, 3, 13, 10, 2))
    ignored = t.resident("ignored", local(2026, 3, 16, 9), account=t.other_account)
    t.status(ignored, ConversationStatus.PENDING, local(2026, 3, 16, 9, 5))
    t.resident("waiting", local(2026, 3, 20, 11, 50))  # within its target at NOW
    t.resident("april", local(2026, 4, 1, 9))  # after the period
    with transaction(t.database.sessions) as session:
        actions.add_tag(session, dm, '=HYPERLINK("http://x")', by=t.anna)
        actions.add_tag(session, dm, "afval", by=t.anna)
        account = session.get(Account, t.other_account)
        assert account is not None
        account.name = "+31 Gemeente"
    return t


def export(timeline: Timeline, **kw: Any) -> str:
    out = io.StringIO(newline="")
    timeline.reports_desk(NOW).reports.export(out, MARCH, **kw)
    return out.getvalue()


def test_per_conversation_csv_recomputes_the_headline_figures(march: Timeline) -> None:
    figures = json.loads(export(march, format="json"))
    rows = list(csv.DictReader(io.StringIO(export(march, format="csv", by="conversation"))))

    # Recomputed from the timestamps alone, as a spreadsheet would.
    zone = ZoneInfo("Europe/Amsterdam")
    start = datetime(2026, 3, 1, tzinfo=zone)
    end = datetime(2026, 4, 1, tzinfo=zone)
    backlog_at = datetime.fromisoformat(figures["backlog_at"])
    started = [datetime.fromisoformat(row["first_inbound_at"]) for row in rows]
    in_period = [row for row, at in zip(rows, started, strict=True) if start <= at < end]
    waits = [
        (
            datetime.fromisoformat(row["first_response_at"])
            - datetime.fromisoformat(row["first_inbound_at"])
        ).total_seconds()
        for row in in_period
        if row["first_response_at"]
    ]
    office = [
        float(row["first_response_office_seconds"]) for row in in_period if row["first_response_at"]
    ]
    decided = [row["within_target"] for row in in_period if row["within_target"]]
    open_at_end = [
        row
        for row, at in zip(rows, started, strict=True)
        if at < backlog_at
        and (not row["closed_at"] or datetime.fromisoformat(row["closed_at"]) >= backlog_at)
    ]

    assert len(waits) == 9 and len(rows) == 13
    assert figures["volume"] == len(in_period)
    assert figures["first_response"]["median_seconds"] == round(statistics.median(waits), 1)
    p90 = statistics.quantiles(waits, n=10, method="inclusive")[8]
    assert figures["first_response"]["p90_seconds"] == round(p90, 1)
    assert figures["first_response"]["median_office_seconds"] == round(statistics.median(office), 1)
    p90_office = statistics.quantiles(office, n=10, method="inclusive")[8]
    assert figures["first_response"]["p90_office_seconds"] == round(p90_office, 1)
    share = decided.count("true") / len(decided)
    assert figures["within_target_share"] == round(share, 4)
    assert figures["backlog"] == len(open_at_end)
    for row in in_period:
        if row["first_response_at"]:
            assert (
                float(row["first_response_seconds"])
                == (
                    datetime.fromisoformat(row["first_response_at"])
                    - datetime.fromisoformat(row["first_inbound_at"])
                ).total_seconds()
            )


def test_per_conversation_csv_has_the_promised_columns_and_iso_times(march: Timeline) -> None:
    rows = list(csv.reader(io.StringIO(export(march, format="csv", by="conversation"))))

    header = rows[0]
    assert tuple(header) == CONVERSATION_COLUMNS
    first = dict(zip(header, rows[1], strict=True))
    assert first["first_inbound_at"] == "2026-02-27T16:50:00+01:00"  # carried over
    assert first["in_period"] == "false"
    assert first["first_response_at"] == "2026-03-02T09:01:00+01:00"
    assert first["first_response_office_seconds"] == str(10 * 60 + 31 * 60)
    reopened = [dict(zip(header, row, strict=True)) for row in rows[1:] if row[1] == "2"]
    assert len(reopened) == 1 and reopened[0]["first_inbound_at"] == "2026-03-12T14:00:00+01:00"


def test_csv_cells_that_a_spreadsheet_would_run_as_formulas_are_neutralised(
    march: Timeline,
) -> None:
    text = export(march, format="csv", by="conversation")
    rows = list(csv.DictReader(io.StringIO(text)))

    tags = next(row["tags"] for row in rows if "afval" in row["tags"])
    assert tags.startswith("'=HYPERLINK")
    accounts = {row["account"] for row in rows}
    assert "'+31 Gemeente" in accounts
    for row in rows:
        for value in row.values():
            assert not value.startswith(("=", "+", "-", "@", "\t", "\r"))


def test_json_names_each_figure_as_the_readme_defines_it(march: Timeline) -> None:
    figures = json.loads(export(march, format="json"))

    for name in ("volume", "handled", "answered", "backlog", "within_target_share"):
        assert name in figures
    for kind in ("first_response", "next_response", "resolution"):
        assert set(figures[kind]) == {
            "count",
            "median_seconds",
            "p90_seconds",
            "median_office_seconds",
            "p90_office_seconds",
        }
    assert figures["period"] == {"from": "2026-03-01", "to": "2026-03-31"}


def test_the_aggregate_by_channel_adds_up_to_the_whole(march: Timeline) -> None:
    whole = json.loads(export(march, format="json"))
    by_channel = json.loads(export(march, format="json", by="channel"))
    rows = list(csv.DictReader(io.StringIO(export(march, format="csv", by="channel"))))

    groups = {group["key"]: group for group in by_channel["groups"]}
    assert set(groups) == {"x", "facebook"}
    assert sum(group["volume"] for group in groups.values()) == whole["volume"]
    assert groups["facebook"]["closed_without_reply"] == 1
    assert {row["group"]: int(row["volume"]) for row in rows} == {
        key: group["volume"] for key, group in groups.items()
    }


def test_filters_narrow_the_export(march: Timeline) -> None:
    only = json.loads(
        export(march, format="json", filters=Filters(accounts=(march.other_account,)))
    )

    assert only["volume"] == 2
    assert only["first_response"]["count"] == 0


@pytest.mark.parametrize(
    ("fmt", "by"), [("xml", None), ("json", "weather"), ("json", "conversation")]
)
def test_an_export_that_does_not_exist_is_refused_with_a_reason(
    march: Timeline, fmt: str, by: str | None
) -> None:
    with pytest.raises(ExportRefused):
        export(march, format=fmt, by=by)
