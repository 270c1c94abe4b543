"""`webcare inbox export`: every conversation with its messages, as JSON or CSV."""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

from webcare.cli import CommandGroup
from webcare.commands.acting import add_as_option, desks_for
from webcare.config import Settings
from webcare.errors import WebcareError
from webcare.runtime import open_database


def register(commands: CommandGroup) -> None:
    inbox = commands.add("inbox", "the inbox's conversations")
    actions = CommandGroup.nested(inbox)
    export = actions.add(
        "export",
        "write every conversation with its messages (supervisors and administrators; audited)",
        run_export,
    )
    export.add_argument("--format", choices=("json", "csv"), default="json")
    export.add_argument(
        "--output", "-o", metavar="FILE", help="write to FILE instead of standard output"
    )
    add_as_option(export)


def run_export(args: argparse.Namespace, settings: Settings) -> int:
    """Supervisors and administrators only (the inbox desk checks), and audited."""
    database = open_database(settings)
    try:
        inbox = desks_for(database, args).inbox
        if args.output is None:
            inbox.export(sys.stdout, format=args.format)
            return 0
        target = Path(args.output)
        partial = target.with_name(target.name + ".partial")
        try:
            # newline="" lets the csv module write its own line endings.
            with partial.open("w", encoding="utf-8", newline="") as out:
                count = inbox.export(out, format=args.format)
            os.replace(partial, target)
        except OSError as exc:
            partial.unlink(missing_ok=True)
            raise WebcareError(f"cannot write {target}: {exc.strerror}") from exc
    finally:
        database.close()
    print(f"exported {count} conversations to {target}", file=sys.stderr)
    return 0
