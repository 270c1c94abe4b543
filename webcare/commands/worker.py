"""`webcare worker [--once]`: poll every account and send the outbox, headless."""

from __future__ import annotations

import argparse
import logging
import signal
import sys
import threading

from webcare.accounts.credentials import CredentialStore
from webcare.cli import CommandGroup
from webcare.config import Settings
from webcare.runtime import open_database
from webcare.worker import PassReport, Worker


def register(commands: CommandGroup) -> None:
    worker = commands.add(
        "worker",
        "poll the accounts and send replies (headless); stands by while another worker is "
        "active and takes over when it stops",
        run,
    )
    worker.add_argument(
        "--once",
        action="store_true",
        help="one pass over every account and the outbox, then exit (1 when another worker "
        "is active, or when this one lost the lease during the pass)",
    )


def run(args: argparse.Namespace, settings: Settings) -> int:
    logging.basicConfig(
        level=logging.INFO, format="%(asctime)s %(levelname)s %(name)s: %(message)s"
    )
    for chatty in ("alembic", "apscheduler"):  # their INFO lines are about themselves
        logging.getLogger(chatty).setLevel(logging.WARNING)
    database = open_database(settings)
    try:
        worker = Worker(database, CredentialStore(settings.data_dir))
        if args.once:
            _print_pass(worker.run_once())
            return 0
        stop = threading.Event()
        for signum in (signal.SIGINT, signal.SIGTERM):
            signal.signal(signum, lambda *_: stop.set())
        print(f"worker running on {settings.display_db_url()}; stop with Ctrl+C", flush=True)
        worker.run_forever(stop)
        return 0
    finally:
        database.close()


def _print_pass(report: PassReport) -> None:
    for outcome in report.accounts:
        parts = [f"account {outcome.account_id}:"]
        if outcome.skipped:
            parts.append(f"skipped ({outcome.skipped})")
        if outcome.ingested is not None:
            ingested = outcome.ingested
            parts.append(
                f"{ingested.inserted} new, {ingested.duplicates} already known, "
                f"{ingested.quarantined} quarantined"
            )
        if outcome.sent is not None:
            sent = outcome.sent
            parts.append(f"{sent.sent + sent.reconciled} sent, {sent.failed} failed")
            if sent.unconfirmed:
                parts.append(f"{sent.unconfirmed} unconfirmed (a person must check them)")
        if outcome.error:
            parts.append(f"error: {outcome.error}")
        print(" ".join(parts), file=sys.stdout)
    if not report.accounts:
        print("no accounts; add one with `webcare accounts add`")
    published = report.publishing
    if published:
        print(
            f"posts: {len(published.published)} published, {len(published.failed)} failed, "
            f"{len(published.unconfirmed)} unconfirmed, {len(published.missed)} missed, "
            f"{len(published.retrying)} to retry",
            file=sys.stdout,
        )
