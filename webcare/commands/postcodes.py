"""`webcare postcodes import|lookup`: the CBS table of postcode and house number -> buurt, wijk.

The import streams the file (nine million rows in a couple of minutes, memory bounded by the
batch size) with a progress line on standard error, reports every skipped line by its number,
and replaces the previous year as one change.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

from webcare.cli import CommandGroup
from webcare.commands.acting import add_as_option, desks_for
from webcare.commands.residents import plain
from webcare.config import Settings
from webcare.residents import validation
from webcare.residents.errors import InvalidValue
from webcare.runtime import open_database

SHOWN_BAD_LINES = 50


def register(commands: CommandGroup) -> None:
    postcodes = commands.add("postcodes", "the postcode table (CBS buurt, wijk and gemeente)")
    actions = CommandGroup.nested(postcodes)

    imported = actions.add(
        "import",
        "import the CBS file 'buurt, wijk en gemeente per postcode en huisnummer'",
        run_import,
    )
    imported.add_argument("file", type=Path, help="pc6hnrYYYY0801_gwb.csv (semicolon-separated)")
    imported.add_argument(
        "--coordinates",
        type=Path,
        metavar="FILE",
        help="a CSV with postcode, huisnummer and lat/lon and/or x/y (RD) to add",
    )
    imported.add_argument(
        "--year", type=int, help="the division's year, if the header does not name it"
    )
    add_as_option(imported)

    lookup = actions.add("lookup", "the buurt, wijk and gemeente of an address", run_lookup)
    lookup.add_argument("postcode", help="e.g. 1234AB or '1234 ab'")
    lookup.add_argument("house_number", help="e.g. 12, 12a, '12 A 2'")
    lookup.add_argument("--json", action="store_true", help="machine-readable output")
    add_as_option(lookup)


class ProgressLine:
    """`postcodes: 45% (120 of 270 MB)` on standard error, at most a few times a second."""

    def __init__(self) -> None:
        self._shown = 0.0

    def __call__(self, done: int, total: int) -> None:
        now = time.monotonic()
        if now - self._shown < 0.25 and done < total:
            return
        self._shown = now
        percent = 100 * done // total if total else 0
        print(
            f"\rpostcodes: {percent:3d}% ({done / 1e6:,.0f} of {total / 1e6:,.0f} MB)",
            end="",
            file=sys.stderr,
            flush=True,
        )

    def end(self) -> None:
        if self._shown:
            print(file=sys.stderr)


def run_import(args: argparse.Namespace, settings: Settings) -> int:
    database = open_database(settings)
    progress = ProgressLine()
    try:
        desks = desks_for(database, args)
        report = desks.residents.import_postcodes(
            args.file, progress, coordinates=args.coordinates, year=args.year
        ).value
    finally:
        progress.end()
        database.close()
    for line, code, value in report.bad_rows[:SHOWN_BAD_LINES]:
        shown = f" {value!r}" if value else ""
        print(f"line {line}: {code.replace('_', ' ')}{shown}; skipped", file=sys.stderr)
    if report.skipped > SHOWN_BAD_LINES:
        print(f"… and {report.skipped - SHOWN_BAD_LINES} more lines skipped", file=sys.stderr)
    coordinates = f", {report.with_coordinates:,} with coordinates" if args.coordinates else ""
    print(
        f"imported {report.rows:,} addresses of the {report.year} division{coordinates}; "
        f"{report.skipped:,} lines skipped; {report.residents_updated} residents moved"
    )
    return 0


def run_lookup(args: argparse.Namespace, settings: Settings) -> int:
    database = open_database(settings)
    try:
        desks = desks_for(database, args)
        try:
            hit = desks.residents.lookup_postcode(args.postcode, args.house_number)
        except InvalidValue as exc:
            print(f"webcare: error: {exc}", file=sys.stderr)
            return 2
        table = desks.residents.postcode_table()
    finally:
        database.close()
    if hit is None:
        reason = "the postcode table is empty" if table is None else "not in the postcode table"
        print(f"webcare: {args.postcode} {args.house_number}: {reason}", file=sys.stderr)
        return 1
    if args.json:
        print(json.dumps(plain(hit), ensure_ascii=False))
        return 0
    print(
        f"{validation.display_postcode(hit.postcode)} {hit.huisnummer}: buurt {hit.buurtcode}, "
        f"wijk {hit.wijkcode}, gemeente {hit.gemeentecode} (division {hit.year})"
    )
    return 0
