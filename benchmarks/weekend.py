"""What a weekend with the worker off costs: requests per pass until everything is stored.

    .venv/bin/python benchmarks/weekend.py

Against a fresh loopback sandbox and SQLite database, with the real adapters and worker:

- X: a first pass, then 1,000 direct messages and 1,500 mentions arrive; passes run until a
  pass stores nothing new; then one idle pass.
- Facebook and Instagram: 150 posts (media) of the last 29 days, a first pass, a comment under
  the oldest and one under a 20-day-old post that is not among the 25 newest, passes until
  idle, then one idle pass.

For each pass it prints the requests made (the sandbox's request log) and what was stored.
"""

from __future__ import annotations

import sys
import tempfile
from collections.abc import Callable
from datetime import timedelta
from pathlib import Path

import requests
from sqlalchemy import func, select

from channels.sandbox import start
from webcare.accounts.credentials import CredentialStore
from webcare.accounts.service import add_account
from webcare.config import Settings, sqlite_url
from webcare.runtime import Database, open_database
from webcare.storage.models import Message
from webcare.storage.types import utcnow
from webcare.vocabulary import Platform
from webcare.worker import Worker

ANNA = {"id": "701", "username": "anna_zaandam", "name": "Anna de Vries"}
RESIDENT = {
    "facebook": {"id": "2400000000000701", "name": "Anna de Vries"},
    "instagram": {"id": "6400000000000701", "username": "anna.dv"},
}


def stored(database: Database) -> int:
    with database.sessions() as session:
        return int(session.scalar(select(func.count(Message.id))) or 0)


def passes(
    label: str, url: str, worker: Worker, database: Database, arrive: Callable[[], None]
) -> None:
    requests.delete(f"{url}/_sandbox/requests", timeout=10)
    worker.run_once()
    first = len(requests.get(f"{url}/_sandbox/requests", timeout=10).json()["requests"])
    print(f"{label}: first pass {first} requests, {stored(database)} stored")
    arrive()
    number = 0
    while True:
        number += 1
        before = stored(database)
        requests.delete(f"{url}/_sandbox/requests", timeout=10)
        worker.run_once()
        log = requests.get(f"{url}/_sandbox/requests", timeout=10).json()["requests"]
        new = stored(database) - before
        kinds: dict[str, int] = {}
        for entry in log:
            tail = entry["path"].rstrip("/").rsplit("/", 1)[-1]
            kinds[tail] = kinds.get(tail, 0) + 1
        print(f"{label}: pass {number}: {len(log)} requests {kinds}, {new} new stored")
        if new == 0:
            print(f"{label}: idle pass: {len(log)} requests")
            return


def main() -> int:
    with tempfile.TemporaryDirectory() as folder, start(port=0) as sandbox:
        for platform in ("x", "facebook", "instagram"):
            data = Path(folder) / platform
            data.mkdir()
            settings = Settings(db_url=sqlite_url(data), data_dir=data, language="en", worker=False)
            database = open_database(settings, create=True)
            store = CredentialStore(data, use_keyring=False)
            requests.post(f"{sandbox.url}/_sandbox/reset", timeout=10)
            try:
                if platform == "x":
                    add_account(
                        database.sessions,
                        store,
                        platform=Platform.X,
                        name="x",
                        handle="gem_voorbeeld",
                        external_id="4242",
                        credential="sandbox-x-token",
                        api_base=sandbox.x_base,
                    )

                    def burst() -> None:
                        control = f"{sandbox.url}/_sandbox/x"
                        requests.post(
                            f"{control}/dms",
                            json={"sender": ANNA, "text": "Bericht", "count": 1000},
                            timeout=60,
                        )
                        requests.post(
                            f"{control}/mentions",
                            json={"author": ANNA, "text": "Melding", "count": 1500},
                            timeout=60,
                        )

                    passes("X", sandbox.url, Worker(database, store), database, burst)
                    continue
                values = (
                    sandbox.facebook_account
                    if platform == "facebook"
                    else sandbox.instagram_account
                )
                add_account(database.sessions, store, platform=Platform(platform), **values)
                ids = requests.post(
                    f"{sandbox.url}/_sandbox/graph/published",
                    json={
                        "platform": platform,
                        "text": "Bericht",
                        "created_at": (utcnow() - timedelta(days=29)).isoformat(),
                        "count": 150,
                        "every": 4 * 3600,
                    },
                    timeout=60,
                ).json()["ids"]

                def comments(ids: list[str] = ids, platform: str = platform) -> None:
                    for on in (ids[0], ids[50]):  # 29 and about 20 days old
                        requests.post(
                            f"{sandbox.url}/_sandbox/graph/comments",
                            json={"on": on, "text": "Nog een vraag", "author": RESIDENT[platform]},
                            timeout=10,
                        )

                worker = Worker(database, store)
                worker.run_once()  # the first poll; then the account is known and idle
                passes(platform.capitalize(), sandbox.url, worker, database, comments)
            finally:
                database.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
