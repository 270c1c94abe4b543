"""`webcare audit verify|export`: check the audit trail's hash chain, or write it out."""

from __future__ import annotations

import argparse
import os
import sys
from datetime import UTC, datetime
from pathlib import Path

from webcare.auditing.log import AuditFilter
from webcare.cli import CommandGroup
from webcare.commands.acting import add_as_option, desks_for
from webcare.config import Settings
from webcare.errors import ConfigError, WebcareError
from webcare.runtime import open_database


def register(commands: CommandGroup) -> None:
    audit = commands.add("audit", "the audit trail: who did what to which record")
    actions = CommandGroup.nested(audit)
    verify = actions.add(
        "verify", "check that no event was changed, removed or inserted", run_verify
    )
    add_as_option(verify)
    export = actions.add("export", "write the audit trail (oldest first)", run_export)
    export.add_argument(
        "--format", choices=("csv", "json"), default="csv", help="json: one object a line"
    )
    export.add_argument(
        "--output", "-o", metavar="FILE", help="write to FILE instead of standard output"
    )
    export.add_argument("--action", default="", help="only actions starting with this")
    export.add_argument("--entity", default="", metavar="TYPE[:ID]", help="e.g. resident:12")
    export.add_argument("--since", metavar="YYYY-MM-DD", help="from this day (UTC)")
    add_as_option(export)


def run_verify(args: argparse.Namespace, settings: Settings) -> int:
    database = open_database(settings)
    try:
        report = desks_for(database, args).audit.verify()
    finally:
        database.close()
    if report.intact:
        print(f"audit trail intact: {report.events} events, head {report.head_hash}")
        return 0
    where = f" at event {report.seq}" if report.seq is not None else ""
    print(
        f"webcare: audit trail broken{where}: {report.problem} "
        f"(checked {report.events} events before it)",
        file=sys.stderr,
    )
    return 1


def _filter(args: argparse.Namespace) -> AuditFilter:
    entity_type, _, entity_id = args.entity.partition(":")
    since = None
    if args.since:
        try:
            since = datetime.fromisoformat(args.since).replace(tzinfo=UTC)
        except ValueError:
            raise ConfigError(f"not a date: {args.since!r} (use YYYY-MM-DD)") from None
    return AuditFilter(
        action=args.action, entity_type=entity_type, entity_id=entity_id, since=since
    )


def run_export(args: argparse.Namespace, settings: Settings) -> int:
    where = _filter(args)
    database = open_database(settings)
    try:
        desk = desks_for(database, args).audit
        if args.output is None:
            desk.export(sys.stdout, format=args.format, where=where)
            return 0
        target = Path(args.output)
        partial = target.with_name(target.name + ".partial")
        try:
            descriptor = os.open(partial, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
            with os.fdopen(descriptor, "w", encoding="utf-8", newline="") as out:
                count = desk.export(out, format=args.format, where=where).value
            os.replace(partial, target)
        except OSError as exc:
            partial.unlink(missing_ok=True)
            raise WebcareError(f"cannot write {target}: {exc.strerror}") from exc
    finally:
        database.close()
    print(f"exported {count} audit events to {target}", file=sys.stderr)
    return 0
