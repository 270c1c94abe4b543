"""`webcare quarantine list|show|retry`: inbound items an adapter could not read.

An administrator's commands (they show residents' words), through the accounts desk as the
acting user (`--as`): list what waits per account and why, show one raw payload, and retry an
account's items after an update (a retry stores what reads now, once, and leaves the rest).
"""

from __future__ import annotations

import argparse
import dataclasses
import json
import sys

from webcare.accounts.service import find_account
from webcare.cli import CommandGroup
from webcare.commands.acting import add_as_option, desks_for
from webcare.config import Settings
from webcare.runtime import open_database


def register(commands: CommandGroup) -> None:
    quarantine = commands.add("quarantine", "inbound items that could not be read")
    actions = CommandGroup.nested(quarantine)
    listing = actions.add("list", "the quarantined items, newest first, with why", run_list)
    listing.add_argument("account", nargs="?", help="id, platform:id or handle (default: all)")
    listing.add_argument("--json", action="store_true", help="machine-readable output")
    show = actions.add("show", "one item's raw payload, exactly as it was stored", run_show)
    show.add_argument("item", type=int, metavar="ITEM", help="the item's id (see list)")
    retry = actions.add(
        "retry", "read an account's items again and store what reads now", run_retry
    )
    retry.add_argument("account", help="id, platform:id or handle")
    retry.add_argument("items", nargs="*", type=int, metavar="ITEM", help="only these items")
    for parser in (listing, show, retry):
        add_as_option(parser)


def _account_id(settings: Settings, key: str) -> int:
    database = open_database(settings)
    try:
        with database.sessions() as session:
            return find_account(session, key).id
    finally:
        database.close()


def run_list(args: argparse.Namespace, settings: Settings) -> int:
    account = _account_id(settings, args.account) if args.account else None
    database = open_database(settings)
    try:
        found = desks_for(database, args).accounts.quarantine(account)
    finally:
        database.close()
    if args.json:
        rows = [
            {**dataclasses.asdict(item), "received_at": item.received_at.isoformat()}
            for item in found
        ]
        json.dump(rows, sys.stdout, indent=2, ensure_ascii=False)
        print()
        return 0
    if not found:
        print("nothing in quarantine")
        return 0
    for item in found:
        print(
            f"{item.id}\taccount {item.account_id}\t{item.stream}\t"
            f"{item.received_at.isoformat(timespec='seconds')}\t{item.reason}"
        )
    return 0


def run_show(args: argparse.Namespace, settings: Settings) -> int:
    database = open_database(settings)
    try:
        found = desks_for(database, args).accounts.quarantined(args.item)
    finally:
        database.close()
    item = found.item
    print(f"item {item.id}: account {item.account_id}, {item.platform} {item.stream}")
    print(f"external id: {item.external_id or '-'}")
    print(f"received: {item.received_at.isoformat(timespec='seconds')}")
    print(f"reason: {item.reason}")
    print()
    print(found.payload)
    return 0


def run_retry(args: argparse.Namespace, settings: Settings) -> int:
    account = _account_id(settings, args.account)
    database = open_database(settings)
    try:
        report = (
            desks_for(database, args).accounts.retry_quarantine(account, args.items or None).value
        )
    finally:
        database.close()
    print(f"account {account}: {len(report.stored)} stored, {len(report.still)} still unreadable")
    for item_id, reason in sorted(report.still.items()):
        print(f"{item_id}\t{reason}")
    return 1 if report.still else 0
