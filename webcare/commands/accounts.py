"""`webcare accounts add|list|check|remove`: the connected platform accounts."""

from __future__ import annotations

import argparse
import dataclasses
import json
import sys
from datetime import datetime

from webcare.accounts import service
from webcare.accounts.credentials import CREDENTIAL_MAX, CredentialStore, parse_credential
from webcare.cli import CommandGroup
from webcare.config import Settings
from webcare.runtime import open_database
from webcare.vocabulary import Platform


def register(commands: CommandGroup) -> None:
    accounts = commands.add("accounts", "connected platform accounts")
    actions = CommandGroup.nested(accounts)

    add = actions.add("add", "add an account, or renew the credential of an existing one", run_add)
    add.add_argument("--platform", required=True, choices=[p.value for p in Platform])
    add.add_argument("--name", required=True, help="a name for people, e.g. 'Gemeente op X'")
    add.add_argument(
        "--handle",
        required=True,
        help="the account's handle (X, Instagram) or the Page's username (Facebook)",
    )
    add.add_argument(
        "--external-id",
        required=True,
        help="the platform's id of the account: X user id, Facebook Page id, Instagram user id",
    )
    add.add_argument(
        "--page-id",
        metavar="ID",
        help="Instagram only (required there): the id of the linked Facebook Page",
    )
    add.add_argument(
        "--api-base",
        metavar="URL",
        help="send every API call here instead of the platform (the loopback sandbox)",
    )
    add.add_argument(
        "--poll-interval", type=_interval, metavar="SECONDS", help="10 to 86400; default 60"
    )
    add.add_argument(
        "--token-stdin",
        action="store_true",
        required=True,
        help="read the credential from standard input: a token (Facebook and Instagram: the "
        "Page access token), or a JSON object of keys",
    )

    listing = actions.add("list", "show every account with its health", run_list)
    listing.add_argument("--json", action="store_true", help="machine-readable output")

    check = actions.add("check", "verify credentials with the platform", run_check)
    check.add_argument("account", nargs="*", help="id, platform:id or handle (default: all)")

    remove = actions.add("remove", "remove an account and its stored credential", run_remove)
    remove.add_argument("account", help="id, platform:id or handle")

    dismiss = actions.add(
        "dismiss-gaps",
        "stop warning about messages that may be missing, once you have looked on the platform",
        run_dismiss_gaps,
    )
    dismiss.add_argument("account", help="id, platform:id or handle")


def _interval(value: str) -> int:
    low, high = service.POLL_INTERVAL_RANGE
    if not value.isascii() or not value.isdigit() or not low <= int(value) <= high:
        raise argparse.ArgumentTypeError(f"{value[:40]!r}: must be {low} to {high} seconds")
    return int(value)


def run_add(args: argparse.Namespace, settings: Settings) -> int:
    platform = Platform(args.platform)
    page_id = service.validate_page_id(platform, args.page_id)
    raw = sys.stdin.read(CREDENTIAL_MAX * 2)  # bounded: parse_credential says what is too long
    credential = service.validate_credential(platform, parse_credential(raw))
    api_base = service.validate_api_base(args.api_base)
    database = open_database(settings)
    try:
        store = CredentialStore(settings.data_dir)
        info, created = service.add_account(
            database.sessions,
            store,
            platform=platform,
            name=args.name,
            handle=args.handle,
            external_id=args.external_id,
            credential=credential,
            api_base=api_base,
            poll_interval=args.poll_interval,
            page_id=page_id,
        )
    finally:
        database.close()
    if store.used_fallback:
        print(
            f"webcare: warning: no working keyring; the credential is stored in "
            f"{store.fallback_path} (readable only by you)",
            file=sys.stderr,
        )
    verb = "added" if created else "updated"
    print(f"{verb} account {info.id}: {info.platform} @{info.handle} ({info.name})")
    return 0


def _time(value: datetime | None) -> str:
    return value.isoformat(timespec="seconds") if value else "-"


PLATFORM_NAMES = {"x": "X", "facebook": "Facebook", "instagram": "Instagram"}


def _json_value(value: object) -> object:
    if isinstance(value, datetime):
        return value.isoformat()
    if isinstance(value, dict):
        return {key: _json_value(item) for key, item in value.items()}
    if isinstance(value, list):
        return [_json_value(item) for item in value]
    return value


def _paused(info: service.AccountInfo) -> str:
    """`mentions until 2026-12-01T21:15:00+00:00`, one entry per paused stream."""
    return ", ".join(f"{stream} until {_time(until)}" for stream, until in info.paused.items())


def gap_line(info: service.AccountInfo, gap: service.GapInfo) -> str:
    platform = PLATFORM_NAMES.get(info.platform, info.platform)
    stream = {"mentions": "mentions", "dms": "direct messages"}.get(gap.stream, gap.stream)
    return (
        f"account {info.id} (@{info.handle}): {stream} between {_time(gap.start)} and "
        f"{_time(gap.end)} may be missing: check on {platform}"
    )


def run_list(args: argparse.Namespace, settings: Settings) -> int:
    database = open_database(settings)
    try:
        with database.sessions() as session:
            accounts = service.list_accounts(session)
    finally:
        database.close()
    if args.json:
        rows = [_json_value(dataclasses.asdict(info)) for info in accounts]
        json.dump(rows, sys.stdout, ensure_ascii=False, indent=2)
        print()
        return 0
    if not accounts:
        print("no accounts; add one with `webcare accounts add`")
        return 0
    header = (
        "ID",
        "PLATFORM",
        "HANDLE",
        "STATUS",
        "PAUSED",
        "LAST POLL OK",
        "LAST MESSAGE",
    )
    rows_text = [
        (
            str(a.id),
            a.platform,
            f"@{a.handle}",
            a.status + (f" ({a.status_reason})" if a.status_reason else ""),
            _paused(a) or "-",
            _time(a.last_success_at),
            _time(a.last_message_at),
        )
        for a in accounts
    ]
    widths = [max(len(row[i]) for row in [header, *rows_text]) for i in range(len(header))]
    for row in [header, *rows_text]:
        cells = (cell.ljust(width) for cell, width in zip(row, widths, strict=True))
        print("  ".join(cells).rstrip())
    gaps = [gap_line(info, gap) for info in accounts for gap in info.gaps]
    if gaps:
        print()
        for line in gaps:
            print(line)
        print("(after looking: `webcare accounts dismiss-gaps ACCOUNT`)")
    return 0


def run_check(args: argparse.Namespace, settings: Settings) -> int:
    database = open_database(settings)
    failures = 0
    try:
        store = CredentialStore(settings.data_dir)
        with database.sessions() as session:
            ids = (
                [service.find_account(session, key).id for key in args.account]
                if args.account
                else [info.id for info in service.list_accounts(session)]
            )
        for account_id in ids:
            result = service.check_account(database.sessions, store, account_id)
            label = (
                f"account {result.account.id} ({result.account.platform} @{result.account.handle})"
            )
            if result.ok and result.identity is not None:
                print(f"{label}: ok, the credential belongs to @{result.identity.handle}")
            else:
                failures += 1
                print(f"{label}: FAILED: {result.problem}")
    finally:
        database.close()
    if not ids:
        print("no accounts to check")
    return 1 if failures else 0


def run_remove(args: argparse.Namespace, settings: Settings) -> int:
    database = open_database(settings)
    try:
        info = service.remove_account(
            database.sessions, CredentialStore(settings.data_dir), args.account
        )
    finally:
        database.close()
    print(f"removed account {info.id}: {info.platform} @{info.handle}")
    return 0


def run_dismiss_gaps(args: argparse.Namespace, settings: Settings) -> int:
    database = open_database(settings)
    try:
        info, count = service.dismiss_gaps(database.sessions, args.account)
    finally:
        database.close()
    print(f"account {info.id} (@{info.handle}): {count} gap(s) dismissed")
    return 0
