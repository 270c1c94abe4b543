"""`webcare residents import|list|show|export|erase|requests` and `webcare consents withdraw`.

Every command acts as a Webcare user (`--as USER`) through the residents desk: the same role
checks, the same audit events as the desktop. A value that cannot be used exits 2 with one line.
"""

from __future__ import annotations

import argparse
import dataclasses
import enum
import json
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import datetime
from pathlib import Path
from typing import Any

from webcare.cli import CommandGroup
from webcare.commands.acting import add_as_option, desks_for
from webcare.config import Settings
from webcare.desks import Desks
from webcare.residents import validation
from webcare.residents.errors import InvalidValue, NotFound
from webcare.residents.values import ResidentProfile
from webcare.residents.vocabulary import ConsentMethod, DeletionReason, Purpose
from webcare.runtime import open_database

REASONS = {
    "request": DeletionReason.REQUEST,
    "verzoek": DeletionReason.REQUEST,
    "withdrawal": DeletionReason.WITHDRAWAL,
    "intrekking": DeletionReason.WITHDRAWAL,
}


def register(commands: CommandGroup) -> None:
    residents = commands.add("residents", "resident profiles, their consent and AVG requests")
    actions = CommandGroup.nested(residents)

    imported = actions.add(
        "import",
        "create or update residents with their consents from a CSV of replies",
        run_import,
    )
    imported.add_argument("file", type=Path, help="CSV with the header of the letterbox campaign")
    add_as_option(imported)

    listing = actions.add("list", "every resident, by name", run_list)
    listing.add_argument("--json", action="store_true", help="machine-readable output")
    add_as_option(listing)

    show = actions.add("show", "one resident's profile (the look is audited)", run_show)
    show.add_argument("id", type=int, help="the resident's number")
    show.add_argument("--json", action="store_true", help="machine-readable output")
    add_as_option(show)

    export = actions.add(
        "export", "the access request (GDPR art. 15): inzage.json and inzage.pdf", run_export
    )
    export.add_argument("id", type=int, help="the resident's number")
    export.add_argument("--out", required=True, type=Path, metavar="DIR", help="folder to write to")
    add_as_option(export)

    erase = actions.add("erase", "erase the resident (GDPR art. 17)", run_erase)
    erase.add_argument("id", type=int, help="the resident's number")
    erase.add_argument(
        "--reason",
        required=True,
        metavar="TEXT",
        help="why: request (verzoek: the resident asked) or withdrawal (intrekking)",
    )
    erase.add_argument("--yes", action="store_true", help="do not ask for confirmation")
    add_as_option(erase)

    pending = actions.add(
        "requests", "access and erasure requests with their deadlines", run_requests
    )
    pending.add_argument("--all", action="store_true", help="answered ones too")
    pending.add_argument("--json", action="store_true", help="machine-readable output")
    add_as_option(pending)

    consents = commands.add("consents", "residents' consent")
    consent_actions = CommandGroup.nested(consents)
    withdraw = consent_actions.add(
        "withdraw", "withdraw a resident's consent for one purpose, now", run_withdraw
    )
    withdraw.add_argument("id", type=int, help="the resident's number")
    withdraw.add_argument("purpose", choices=[p.value for p in Purpose])
    withdraw.add_argument(
        "--method",
        choices=[m.value for m in ConsentMethod],
        default=ConsentMethod.PHONE.value,
        help="how the resident withdrew (default: phone)",
    )
    add_as_option(withdraw)


@contextmanager
def _desks(args: argparse.Namespace, settings: Settings) -> Iterator[Desks]:
    database = open_database(settings)
    try:
        yield desks_for(database, args)
    finally:
        database.close()


def _refused(exc: InvalidValue | NotFound) -> int:
    print(f"webcare: error: {exc}", file=sys.stderr)
    return 2


def plain(value: Any) -> Any:
    """A desk's value as JSON: dataclasses as objects, times in ISO 8601, enums as codes."""
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return {f.name: plain(getattr(value, f.name)) for f in dataclasses.fields(value)}
    if isinstance(value, enum.Enum):
        return value.value
    if isinstance(value, datetime):
        return value.isoformat()
    if isinstance(value, dict):
        return {str(k): plain(v) for k, v in value.items()}
    if isinstance(value, list | tuple | set | frozenset):
        items = [plain(v) for v in value]
        return sorted(items) if isinstance(value, set | frozenset) else items
    return value


def run_import(args: argparse.Namespace, settings: Settings) -> int:
    with _desks(args, settings) as desks:
        try:
            report = desks.residents.import_replies(args.file, _no_progress).value
        except (InvalidValue, NotFound) as exc:
            return _refused(exc)
    for error in report.errors:
        print(f"line {error.line}: {error.field}: {error.code.replace('_', ' ')}", file=sys.stderr)
    print(
        f"created {report.created}, updated {report.updated}, skipped {report.skipped} "
        f"(consents given {report.consents_given}, withdrawn {report.consents_withdrawn})"
    )
    return 0


def _no_progress(_done: int, _total: int) -> None:
    pass


def run_list(args: argparse.Namespace, settings: Settings) -> int:
    with _desks(args, settings) as desks:
        rows: list[Any] = []
        offset = 0
        while page := desks.residents.search("", limit=500, offset=offset).value:
            rows.extend(page)
            offset += len(page)
    if args.json:
        print(json.dumps(plain(rows), ensure_ascii=False, indent=2))
        return 0
    for row in rows:
        purposes = ",".join(sorted(p.value for p in row.purposes)) or "-"
        print(
            f"{row.id:>6}  {row.name:<30.30}  {row.postcode or '-':<6}  "
            f"{row.buurtcode or '-':<10}  {purposes}"
        )
    return 0


def run_show(args: argparse.Namespace, settings: Settings) -> int:
    with _desks(args, settings) as desks:
        try:
            shown = desks.residents.profile(args.id).value
        except NotFound as exc:
            return _refused(exc)
    if args.json:
        print(json.dumps(plain(shown), ensure_ascii=False, indent=2))
        return 0
    for line in describe(shown):
        print(line)
    return 0


def describe(shown: ResidentProfile) -> Iterator[str]:
    yield f"{shown.name} (resident {shown.id})"
    if shown.email:
        yield f"  e-mail     {shown.email}"
    if shown.phone:
        phone = shown.phone if shown.masked else validation.display_phone(shown.phone)
        yield f"  phone      {phone}"
    if shown.address is not None:
        address = shown.address
        postcode = (
            address.postcode if address.masked else validation.display_postcode(address.postcode)
        )
        number = "" if address.house_number is None else f" {address.house_number}"
        yield f"  address    {postcode}{number}{address.house_letter} {address.addition}".rstrip()
    if shown.neighbourhood is not None:
        n = shown.neighbourhood
        yield f"  buurt      {n.buurtcode} (wijk {n.wijkcode}, {n.gemeentecode}, division {n.year})"
    yield f"  language   {shown.language}"
    for consent in shown.consents:
        state = "valid" if consent.valid else consent.status.value
        yield (
            f"  consent    {consent.purpose.value}: {state}, given {consent.given_at:%Y-%m-%d} "
            f"by {consent.method.value}, notice {consent.notice_version}"
        )
    for identity in shown.identities:
        verified = f"{identity.verified_at:%Y-%m-%d}"
        yield f"  account    {identity.platform.value} {identity.handle}, verified {verified}"
    for linked in shown.conversations:
        yield f"  linked     conversation {linked.conversation_id} ({linked.platform.value})"


def run_export(args: argparse.Namespace, settings: Settings) -> int:
    with _desks(args, settings) as desks:
        try:
            result = desks.residents.export_access(args.id, args.out).value
        except NotFound as exc:
            return _refused(exc)
    print(f"wrote {result.json_path} and {result.pdf_path} ({result.pages} pages)")
    return 0


def run_erase(args: argparse.Namespace, settings: Settings) -> int:
    reason = REASONS.get(args.reason.strip().lower())
    if reason is None:
        print(
            "webcare: error: --reason must be request (verzoek) or withdrawal (intrekking)",
            file=sys.stderr,
        )
        return 2
    with _desks(args, settings) as desks:
        if not args.yes and not _confirmed(args.id, lambda: input()):
            print("webcare: not erased", file=sys.stderr)
            return 1
        try:
            result = desks.residents.erase(args.id, reason.value).value
        except NotFound as exc:
            return _refused(exc)
    print(
        f"erased resident {result.resident_id} (deletion record {result.batch_id}); "
        f"{len(result.conversations)} conversations unlinked and kept as public-task records"
    )
    if not result.files_scrubbed:
        print(
            "webcare: another program kept the database busy: the write-ahead log is emptied "
            "at the next checkpoint",
            file=sys.stderr,
        )
    return 0


def _confirmed(resident_id: int, ask: Callable[[], str]) -> bool:
    print(
        f"Erase resident {resident_id} and everything they consented to? This cannot be "
        "undone. Type 'yes': ",
        end="",
        file=sys.stderr,
        flush=True,
    )
    try:
        return ask().strip().lower() in ("yes", "ja")
    except EOFError:
        return False


def run_requests(args: argparse.Namespace, settings: Settings) -> int:
    with _desks(args, settings) as desks:
        rows = desks.residents.requests(open_only=not args.all)
    if args.json:
        print(json.dumps(plain(rows), ensure_ascii=False, indent=2))
        return 0
    for row in rows:
        print(
            f"{row.id:>5}  {row.kind.value:<8}  {row.status.value:<5}  due {row.due_at:%Y-%m-%d}  "
            f"resident {row.resident_id or '-'} {row.resident_name}"
        )
    return 0


def run_withdraw(args: argparse.Namespace, settings: Settings) -> int:
    with _desks(args, settings) as desks:
        try:
            result = desks.residents.withdraw_consent(
                args.id, Purpose(args.purpose), ConsentMethod(args.method)
            ).value
        except NotFound as exc:
            return _refused(exc)
    unlinked = f"; {len(result.unlinked)} conversations unlinked" if result.unlinked else ""
    print(f"withdrew {result.purpose.value} for resident {args.id}{unlinked}")
    return 0
