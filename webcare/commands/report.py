"""`webcare report`: response times and volumes of a period, as JSON, CSV or PDF.

Through the reports desk, as a Webcare user (`--as`): supervisors and administrators only,
audited. The figures are defined in the README ("How the reports count").
"""

from __future__ import annotations

import argparse
import os
import re
import sys
from collections.abc import Callable
from datetime import date, timedelta
from pathlib import Path
from typing import IO, Any

from webcare.cli import CommandGroup, load_entry_point
from webcare.commands.acting import add_as_option, desks_for
from webcare.config import Settings
from webcare.errors import ConfigError, WebcareError
from webcare.reports.desk import Choices, ReportsDesk
from webcare.reports.export import BY, BY_CONVERSATION
from webcare.reports.figures import Filters, Period
from webcare.runtime import open_database
from webcare.vocabulary import Platform

FORMATS = ("json", "csv", "pdf")


def _date(value: str) -> date:
    try:
        return date.fromisoformat(value)
    except ValueError as exc:
        raise argparse.ArgumentTypeError(f"not a date (YYYY-MM-DD): {value!r}") from exc


def _month(value: str) -> Period:
    match = re.fullmatch(r"(\d{4})-(\d{2})", value)
    if match is None or not 1 <= int(match[2]) <= 12:
        raise argparse.ArgumentTypeError(f"not a month (YYYY-MM): {value!r}")
    first = date(int(match[1]), int(match[2]), 1)
    following = (first + timedelta(days=32)).replace(day=1)
    return Period(first, following - timedelta(days=1))


def _week(value: str) -> Period:
    match = re.fullmatch(r"(\d{4})-W(\d{2})", value)
    try:
        if match is None:
            raise ValueError(value)
        first = date.fromisocalendar(int(match[1]), int(match[2]), 1)
    except ValueError as exc:
        raise argparse.ArgumentTypeError(f"not an ISO week (YYYY-Www): {value!r}") from exc
    return Period(first, first + timedelta(days=6))


CBS_CODE = re.compile(r"(BU\d{4}[0-9A-Z]{4}|WK\d{4}[0-9A-Z]{2})")


def _neighbourhood(value: str) -> str:
    code = value.strip().upper()
    if CBS_CODE.fullmatch(code) is None:
        raise argparse.ArgumentTypeError(
            f"not a CBS buurt or wijk code (BU and 8, WK and 6 characters): {value!r}"
        )
    return code


def register(commands: CommandGroup) -> None:
    parser = commands.add(
        "report",
        "response times and volumes of a period, as JSON, CSV or PDF",
        run_report,
    )
    parser.description = (
        "First and next response times, resolution, volume, backlog and the share answered "
        "within the target, in wall-clock and in office time (see the README). Supervisors "
        "and administrators only; audited."
    )
    when = parser.add_argument_group("period (Europe/Amsterdam days, the last included)")
    when.add_argument("--from", dest="first", type=_date, metavar="DATE", help="first day")
    when.add_argument("--to", dest="last", type=_date, metavar="DATE", help="last day")
    when.add_argument("--month", type=_month, metavar="YYYY-MM", help="a calendar month")
    when.add_argument("--week", type=_week, metavar="YYYY-Www", help="an ISO week (2026-W10)")
    parser.add_argument("--format", choices=FORMATS, default="json")
    parser.add_argument(
        "--by",
        choices=BY,
        help="a row (or JSON group) per channel, account, agent, tag or day; "
        "'conversation': a CSV row per conversation with every timestamp",
    )
    only = parser.add_argument_group("filters (each may be repeated)")
    only.add_argument("--account", action="append", default=[], metavar="ID_OR_NAME")
    only.add_argument("--channel", action="append", default=[], choices=[p.value for p in Platform])
    only.add_argument("--agent", action="append", default=[], metavar="USERNAME_OR_NAME")
    only.add_argument("--tag", action="append", default=[], metavar="TAG")
    only.add_argument(
        "--neighbourhood",
        action="append",
        default=[],
        type=_neighbourhood,
        metavar="CODE",
        help="a CBS buurt (BU…) or wijk (WK…) code: only conversations linked (with the "
        "resident's consent) to a resident who lives there",
    )
    parser.add_argument(
        "--output", "-o", metavar="FILE", help="write to FILE instead of standard output"
    )
    add_as_option(parser)


def _period(args: argparse.Namespace) -> Period:
    chosen: list[Period] = [p for p in (args.month, args.week) if p is not None]
    if args.first is not None or args.last is not None:
        if args.first is None or args.last is None:
            raise ConfigError("give both --from and --to")
        if chosen:
            raise ConfigError("give --from/--to, --month or --week, not several")
        if args.last < args.first:
            raise ConfigError("--to is before --from")
        return Period(args.first, args.last)
    if len(chosen) != 1:
        raise ConfigError("give the period: --from DATE --to DATE, --month or --week")
    return chosen[0]


def _pick(
    wanted: list[str], found: list[tuple[int, tuple[str, ...]]], what: str
) -> tuple[int, ...]:
    ids: list[int] = []
    for value in wanted:
        matches = [item for item, names in found if value == str(item) or value.lower() in names]
        if len(matches) != 1:
            reason = "no" if not matches else "more than one"
            raise ConfigError(f"{reason} {what} {value!r}")
        ids.append(matches[0])
    return tuple(ids)


def _filters(args: argparse.Namespace, choices: Choices) -> Filters:
    return Filters(
        accounts=_pick(
            args.account,
            [
                (a.id, (a.name.lower(), f"{a.platform.value}:{a.name}".lower()))
                for a in choices.accounts
            ],
            "account",
        ),
        channels=tuple(Platform(value) for value in args.channel),
        agents=_pick(
            args.agent,
            [(a.id, (a.name.lower(), a.username.lower())) for a in choices.agents],
            "agent",
        ),
        tags=_pick(args.tag, [(t.id, (t.name.lower(),)) for t in choices.tags], "tag"),
        neighbourhoods=tuple(dict.fromkeys(args.neighbourhood)),
    )


def _note_unlinked(filters: Filters, choices: Choices) -> None:
    """Say so when a neighbourhood has no resident with a linked conversation (its figures
    are zero, which is true, but a mistyped code would look the same)."""
    known = {choice.code for choice in choices.neighbourhoods}
    for code in filters.neighbourhoods:
        if code not in known:
            print(f"no resident with a linked conversation lives in {code}", file=sys.stderr)


def _write_text(target: str | None, write: Callable[[IO[str]], Any]) -> None:
    if target is None:
        write(sys.stdout)
        return
    path = Path(target)
    partial = path.with_name(path.name + ".partial")
    try:
        # newline="" lets the csv module write its own line endings.
        with partial.open("w", encoding="utf-8", newline="") as out:
            write(out)
        os.replace(partial, path)
    except OSError as exc:
        partial.unlink(missing_ok=True)
        raise WebcareError(f"cannot write {path}: {exc.strerror}") from exc


def _write_pdf(
    desk: ReportsDesk, period: Period, filters: Filters, target: str, language: str
) -> int:
    path = Path(target)
    report = desk.report_for_document(period, filters).value
    writer = load_entry_point("webcare.reports", "pdf")
    partial = path.with_name(path.name + ".partial")
    try:
        pages = int(writer(report, partial, language))
        os.replace(partial, path)
    except OSError as exc:
        partial.unlink(missing_ok=True)
        raise WebcareError(f"cannot write {path}: {exc.strerror}") from exc
    return pages


def run_report(args: argparse.Namespace, settings: Settings) -> int:
    period = _period(args)
    if args.format == "pdf" and args.output is None:
        raise ConfigError("a PDF needs --output FILE")
    if args.format == "pdf" and args.by is not None:
        raise ConfigError("--by is for JSON and CSV; the PDF has every breakdown")
    if args.by == BY_CONVERSATION and args.format != "csv":
        raise ConfigError("--by conversation is a CSV: add --format csv")
    database = open_database(settings)
    try:
        desk = desks_for(database, args).reports
        choices = desk.choices()
        filters = _filters(args, choices)
        _note_unlinked(filters, choices)
        if args.format == "pdf":
            pages = _write_pdf(desk, period, filters, args.output, settings.language)
            print(f"wrote {pages} pages to {args.output}", file=sys.stderr)
            return 0
        _write_text(
            args.output,
            lambda out: desk.export(out, period, filters, format=args.format, by=args.by),
        )
    finally:
        database.close()
    if args.output is not None:
        print(f"wrote the report to {args.output}", file=sys.stderr)
    return 0
