"""Fill a Webcare data folder with a made-up inbox, for screenshots and benchmarks.

    .venv/bin/python benchmarks/inbox_data.py DIR [--conversations 60] [--bulk N] [--me NAME]

`--conversations` writes a small varied inbox through the ORM (residents, colleagues, tags,
canned replies, replies in every delivery state); `--bulk` adds N more conversations with
three messages each through executemany. Open the result with
`webcare gui --data-dir DIR` (set WEBCARE_USER=NAME to be one of the agents).
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

from webcare.config import Settings, sqlite_url
from webcare.inbox import sampledata
from webcare.runtime import open_database
from webcare.storage.db import transaction


def build(folder: Path, conversations: int, bulk: int, me: str | None) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    settings = Settings(db_url=sqlite_url(folder), data_dir=folder, language="nl")
    database = open_database(settings)
    try:
        with transaction(database.sessions) as session:
            sampledata.populate(session, conversations=conversations, me=me)
        if bulk:
            start = time.perf_counter()
            sampledata.bulk_generate(
                database.engine,
                conversations=bulk,
                progress=lambda text: print(f"  {text}", file=sys.stderr),
            )
            print(f"bulk: {bulk:,} conversations in {time.perf_counter() - start:.1f} s")
    finally:
        database.close()
    return folder


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folder", type=Path)
    parser.add_argument("--conversations", type=int, default=60)
    parser.add_argument("--bulk", type=int, default=0)
    parser.add_argument("--me", default=None, help="also create this agent (your WEBCARE_USER)")
    args = parser.parse_args()
    build(args.folder, args.conversations, args.bulk, args.me)
    print(f"written: {args.folder}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
