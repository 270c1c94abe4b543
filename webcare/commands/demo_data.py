"""`webcare demo-data`: fill a database with made-up conversations for demonstrations and
benchmarks (`webcare.demodata`)."""

from __future__ import annotations

import argparse
import sys
import time

from sqlalchemy import select

from webcare.cli import CommandGroup
from webcare.config import Settings
from webcare.demodata.bulk import generate
from webcare.demodata.residents import add_residents
from webcare.errors import WebcareError
from webcare.runtime import open_database
from webcare.storage.models import Conversation


def _count(text: str) -> int:
    try:
        value = int(text.replace("_", "").replace(",", ""))
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a whole number: {text!r}") from None
    if value < 0:
        raise argparse.ArgumentTypeError(f"must be 0 or more: {value}")
    return value


def register(commands: CommandGroup) -> None:
    parser = commands.add(
        "demo-data",
        "fill a database with made-up conversations (demonstrations and benchmarks)",
        run_demo_data,
    )
    parser.add_argument("--conversations", type=_count, default=1_000, metavar="N")
    parser.add_argument(
        "--messages-per-conversation",
        type=_count,
        default=3,
        metavar="M",
        help="on average (default 3)",
    )
    parser.add_argument(
        "--residents",
        type=_count,
        default=0,
        metavar="R",
        help="resident profiles with consents; about 60 %% link one social account of the "
        "inbox and its conversations (default 0)",
    )
    parser.add_argument("--seed", type=int, default=1, metavar="S")
    parser.add_argument(
        "--add",
        action="store_true",
        help="add to a database that already holds conversations (refused without it)",
    )
    parser.add_argument("--quiet", action="store_true", help="no progress on standard error")
    parser.set_defaults(creates_database=True)  # a new --db file is made, as db upgrade does


def run_demo_data(args: argparse.Namespace, settings: Settings) -> int:
    database = open_database(settings, create=True)
    where = settings.display_db_url()
    try:
        with database.sessions() as session:
            existing = session.scalar(select(Conversation.id).limit(1)) is not None
        if existing and not args.add:
            raise WebcareError(
                f"{where} already holds conversations; add --add to write made-up ones beside them"
            )
        begin = time.perf_counter()

        def progress(text: str) -> None:
            if not args.quiet:
                print(f"  {time.perf_counter() - begin:6.1f} s  {text}", file=sys.stderr)

        made = generate(
            database.engine,
            conversations=args.conversations,
            messages_per_conversation=args.messages_per_conversation,
            seed=args.seed,
            progress=progress,
        )
        if args.residents:
            progress(f"{args.residents:,} residents")
        people = add_residents(database.engine, residents=args.residents, seed=args.seed)
    finally:
        database.close()
    residents = (
        f", {people.residents:,} residents with {people.consents:,} consents linked to "
        f"{people.linked_conversations:,} conversations"
        if people.residents
        else ""
    )
    print(
        f"{where}: {made.conversations:,} conversations, {made.messages:,} messages and "
        f"{made.contacts:,} residents' accounts{residents} written in "
        f"{time.perf_counter() - begin:.0f} s"
    )
    return 0
