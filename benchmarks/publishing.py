"""The publishing engine's figures for `make bench` (`webcare.calendar.engine`).

A fresh SQLite database with the sandbox's three accounts connected through the real adapters
and POSTS scheduled posts (one target each, on X and Facebook in turn and on Instagram one in
twenty, due over the coming year; Instagram's with an image URL), written by plain INSERTs. Then:

- the sweep the worker runs every minute (`PublishingEngine.run_due`, then the alarms of the
  hour, as `CalendarJobs.sweep` does) when nothing is due, median of REPEATS, vs the bare
  indexed select of the due targets (`ix_post_targets_state_due`); the first sweep, which
  also runs the day-ahead pre-flight of the next day's posts against the sandbox, apart;
- DUE posts due a minute ago (X and Facebook in turn: the sandbox's Instagram keeps the
  platform's 25 posts a day), published by one sweep: posts per second, vs the adapters'
  `publish()` alone for as many posts (the platform calls without the engine's claims,
  attempts and audit).
"""

from __future__ import annotations

import os
import random
import statistics
import sys
import time
from datetime import timedelta
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from common import Figure, ms, sandbox_accounts, say, timed

POSTS, QUICK_POSTS = 100_000, 10_000
DUE, QUICK_DUE = 300, 60
IMAGE = "https://www.example.nl/beelden/wijkavond.jpg"
TEXTS = [
    "Kom naar de wijkavond in Noord! Donderdag vanaf 19.30 uur in het buurthuis.",
    "Let op: de milieustraat is zaterdag gesloten. Grofvuil? Maak online een afspraak.",
    "Werkzaamheden aan de Dorpsstraat: fietsers worden omgeleid via de Parkweg.",
    "Vraag voor 1 maart uw parkeervergunning aan via de website van de gemeente.",
    "Koningsdag: de vrijmarkt begint om 7.00 uur. Veel plezier!",
]


class _Scheduler:
    """Stands in for APScheduler: the alarms the sweep sets are counted, never rung."""

    def __init__(self) -> None:
        self.jobs: dict[str, Any] = {}

    def add_job(self, func: Any, trigger: str, **options: Any) -> None:
        self.jobs[str(options.get("id"))] = (func, trigger, options)


def _write_posts(database: Any, accounts: list[int], count: int, first_id: int,
                 start: Any, span: timedelta, images_for: int | None) -> None:  # fmt: skip
    from webcare.calendar.planning import deadline_for
    from webcare.storage.models import Post, PostImage, PostTarget
    from webcare.vocabulary import PostState

    zone = ZoneInfo("Europe/Amsterdam")
    rnd = random.Random(first_id)
    others = [a for a in accounts if a != images_for]
    batch = 10_000
    for begin in range(0, count, batch):
        posts, targets, images = [], [], []
        for i in range(begin, min(count, begin + batch)):
            pid = first_id + i
            when = (start + span * (i / max(1, count))).replace(second=0, microsecond=0)
            # Instagram one post in twenty (about 14 a day at 100,000 a year: within its
            # quota of 25 a day, which the day-ahead pre-flight checks); X and Facebook in turn.
            account = images_for if images_for and i % 20 == 0 else others[i % len(others)]
            text = f"{rnd.choice(TEXTS)} ({pid})"  # X refuses a duplicate post
            posts.append({"id": pid, "text": text, "zone": "Europe/Amsterdam",
                          "local_time": when.astimezone(zone).replace(tzinfo=None), "fold": 0,
                          "scheduled_at": when, "neighbourhoods": []})  # fmt: skip
            targets.append({"id": pid, "post_id": pid, "account_id": account, "text": text,
                            "state": PostState.SCHEDULED, "due_at": when,
                            "deadline_at": deadline_for(when, None),
                            "preflight_problems": []})  # fmt: skip
            if account == images_for:
                images.append({"target_id": pid, "position": 0, "url": IMAGE,
                               "alt_text": "Bewoners aan tafel in het buurthuis"})  # fmt: skip
        with database.engine.begin() as connection:
            connection.execute(Post.__table__.insert(), posts)
            connection.execute(PostTarget.__table__.insert(), targets)
            if images:
                connection.execute(PostImage.__table__.insert(), images)


def publishing_figures(work: Path, posts: int, due: int, repeats: int) -> list[Figure]:
    import requests

    from webcare import entrypoints
    from webcare.accounts.credentials import CredentialStore
    from webcare.accounts.service import add_account
    from webcare.adapters import account_config, open_channel
    from webcare.calendar.alarms import CalendarJobs
    from webcare.calendar.engine import PublishingEngine
    from webcare.clock import utcnow
    from webcare.config import Settings, sqlite_url
    from webcare.jobchanges import JobChanges
    from webcare.runtime import open_database
    from webcare.storage.models import Account
    from webcare.vocabulary import Platform
    from webcare.worker import Worker

    folder = work / "publishing"
    if folder.exists():
        for item in folder.iterdir():
            item.unlink()
    folder.mkdir(parents=True, exist_ok=True)
    settings = Settings(db_url=sqlite_url(folder), data_dir=folder, language="en")
    database = open_database(settings, create=True)
    sandbox = entrypoints.load("webcare.sandbox", "start")(port=0, seed=3)
    try:
        # The sandbox keeps X's 100 posts per 15 minutes; the bench publishes more than that.
        limit = {"endpoint": "POST /2/tweets", "limit": 100_000}
        requests.post(f"{sandbox.url}/_sandbox/x/limits", json=limit, timeout=10).raise_for_status()
        credentials = CredentialStore(folder, use_keyring=False)
        offered = sandbox_accounts(sandbox)
        ids = {
            p: add_account(database.sessions, credentials, platform=p, **values)[0].id
            for p, values in offered.items()
        }
        now = utcnow()
        say(f"publishing: writing {posts:,} scheduled posts")
        _write_posts(database, list(ids.values()), posts, 1, now + timedelta(minutes=10),
                     timedelta(days=365), ids[Platform.INSTAGRAM])  # fmt: skip
        with database.engine.begin() as connection:
            connection.exec_driver_sql("ANALYZE")
        worker = Worker(database, credentials, lease_ttl=timedelta(hours=2))  # the whole bench
        worker.acquire_lease()
        engine = PublishingEngine(database.sessions, credentials, worker.fence)
        jobs = CalendarJobs(engine)
        scheduler = _Scheduler()
        jobs.install(scheduler, now, JobChanges())

        def sweep() -> None:  # CalendarJobs.sweep, which swallows errors (a bench must not)
            engine.run_due()
            jobs.set_alarms()

        raw = database.engine.raw_connection()
        bare_sql = (
            "SELECT id FROM post_targets WHERE state = 'scheduled' AND due_at <= ? "
            "ORDER BY due_at, id"
        )

        def bare() -> None:
            stamp = utcnow().replace(tzinfo=None).isoformat(sep=" ")
            raw.cursor().execute(bare_sql, (stamp,)).fetchall()

        first = timed(sweep)
        bare()
        sweeps, bares = [], []
        for _ in range(repeats):  # interleaved: both see the same machine
            sweeps.append(timed(sweep))
            bares.append(timed(bare))
        raw.close()
        alarms = len(scheduler.jobs) - 1
        say(f"publishing: {alarms} alarms set; {due} posts due now")
        publishers = [ids[Platform.X], ids[Platform.FACEBOOK]]
        _write_posts(database, publishers, due, posts + 1, utcnow() - timedelta(minutes=1),
                     timedelta(seconds=30), None)  # fmt: skip
        begin = time.perf_counter()
        report = engine.run_due()
        took = time.perf_counter() - begin
        published = len(report.published)
        if published != due:
            say(f"publishing: only {published} of {due} published: {report}")
        with database.sessions() as session:
            configs = [
                (account_config(a), a.credential_ref)
                for a in (session.get_one(Account, i) for i in publishers)
            ]
        channels = [open_channel(config, ref, credentials) for config, ref in configs]
        begin = time.perf_counter()
        for i in range(due):
            channels[i % len(channels)].publish(f"{TEXTS[i % len(TEXTS)]} (bare {i})")
        adapters = time.perf_counter() - begin
        for channel in channels:
            channel.close()
        worker.release_lease()
    finally:
        sandbox.stop()
        database.close()
    bare_label = "bare indexed due-targets SELECT"
    return [
        Figure(f"sweep, {posts:,} posts scheduled, none due", None,
               ms(statistics.median(sweeps)), "ms", ms(statistics.median(bares)), bare_label),
        Figure("sweep, first (day-ahead pre-flight)", None, ms(first), "ms",
               ms(statistics.median(bares)), bare_label),
        Figure(f"due posts published/s ({due}, X + Facebook)", None, published / took,
               "posts/s", due / adapters, "adapters' publish() alone"),
    ]  # fmt: skip


if __name__ == "__main__":  # a quick look: python benchmarks/publishing.py [POSTS]
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    import tempfile

    count = int(sys.argv[1]) if len(sys.argv) > 1 else QUICK_POSTS
    with tempfile.TemporaryDirectory() as tmp:
        for f in publishing_figures(Path(tmp), count, QUICK_DUE, 5):
            print(f)
