"""Ingest of one large page: 10,000 direct messages as one poll of a Messenger inbox returns them.

    .venv/bin/python benchmarks/ingest_page.py [--messages 10000] [--threads 1 100 10000]
        [--profile]

For each thread count the messages are spread evenly over that many conversations (one
resident each, as Messenger threads are) and stored by `ingest` into a fresh SQLite database
in one transaction, as the worker does; the time includes `lifecycle.inbound_arrived`, which
is also timed on its own. `--profile` prints the 15 most expensive calls (cProfile) of the
first run.
"""

from __future__ import annotations

import argparse
import cProfile
import pstats
import sys
import tempfile
import time
from datetime import timedelta
from pathlib import Path

from webcare.channel import FetchResult, Identity, InboundItem, ItemKind
from webcare.config import Settings, sqlite_url
from webcare.inbox import ingest as ingest_module
from webcare.inbox import lifecycle
from webcare.runtime import open_database
from webcare.storage.db import transaction
from webcare.storage.models import Account
from webcare.storage.types import utcnow
from webcare.vocabulary import ConversationKind, Platform


def page(messages: int, threads: int) -> FetchResult:
    start = utcnow() - timedelta(days=1)
    items = []
    for n in range(messages):
        thread = n % threads
        items.append(
            InboundItem(
                external_id=f"m_{n:08d}",
                parent_external_id=None,
                thread_key=f"t_{thread:08d}",
                conversation_kind=ConversationKind.DIRECT,
                kind=ItemKind.DIRECT_MESSAGE,
                author=Identity(f"24{thread:014d}", "", f"Inwoner {thread}"),
                text=f"Bericht {n} over de afvalinzameling in de wijk",
                created_at=start + timedelta(seconds=n),
                stream="dms",
            )
        )
    return FetchResult(items=items, cursors={"dms": "{}"})


def run(messages: int, threads: int, profile: bool) -> tuple[float, float]:
    """Seconds for the whole ingest, and for `inbound_arrived` within it."""
    with tempfile.TemporaryDirectory() as folder:
        settings = Settings(
            db_url=sqlite_url(Path(folder)), data_dir=Path(folder), language="en", worker=False
        )
        database = open_database(settings, create=True)
        try:
            with transaction(database.sessions) as session:
                account = Account(
                    platform=Platform.FACEBOOK,
                    external_id="104857600000001",
                    name="Gemeente",
                    handle="gemeente",
                    credential_ref="facebook:104857600000001",
                )
                session.add(account)
                session.flush()
                account_id = account.id
            result = page(messages, threads)
            spent = [0.0]
            original = lifecycle.inbound_arrived

            def timed(*args: object, **kwargs: object) -> list[int]:
                began = time.perf_counter()
                try:
                    return original(*args, **kwargs)  # type: ignore[arg-type]
                finally:
                    spent[0] += time.perf_counter() - began

            lifecycle.inbound_arrived = timed  # type: ignore[assignment]
            profiler = cProfile.Profile() if profile else None
            began = time.perf_counter()
            try:
                if profiler is not None:
                    profiler.enable()
                with transaction(database.sessions) as session:
                    ingest_module.ingest(session, account_id, result)
                if profiler is not None:
                    profiler.disable()
            finally:
                lifecycle.inbound_arrived = original  # type: ignore[assignment]
            total = time.perf_counter() - began
            if profiler is not None:
                pstats.Stats(profiler, stream=sys.stdout).sort_stats("cumulative").print_stats(15)
            return total, spent[0]
        finally:
            database.close()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--messages", type=int, default=10_000)
    parser.add_argument("--threads", type=int, nargs="+", default=[1, 100, 10_000])
    parser.add_argument("--profile", action="store_true")
    args = parser.parse_args()
    for index, threads in enumerate(args.threads):
        total, arrived = run(args.messages, threads, args.profile and index == 0)
        print(
            f"{args.messages} messages in {threads} conversation(s): ingest {total:.2f} s, "
            f"of which lifecycle.inbound_arrived {arrived:.2f} s"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
