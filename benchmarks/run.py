"""`make bench`: every figure beside a baseline measured in the same run on the same data.

    .venv/bin/python benchmarks/run.py [--quick] [--sizes 10000,100000,1000000]
                                       [--pg-sizes 10000,100000] [--skip PART,…]
                                       [--json FILE] [--plot FILE] [--work DIR]

For each size it generates (once, then reuses) a SQLite database with `webcare demo-data`'s
generator (three messages per conversation on average) in the work folder, and measures:

- ingest: messages per second through the real ingest service (deduplication, threading,
  the full-text index) vs a plain executemany INSERT of the same rows into the same tables,
  triggers included; both in a transaction that is rolled back, so the data set stays as it is;
- first page: the list model's query and its first fetchMore (two pages of the open queue,
  through the inbox desk) vs two bare `SELECT … ORDER BY … LIMIT` on the same index;
- queue switch: the first page of another queue through the desk, median and 95th percentile
  over 50 switches, vs the bare SELECT of that queue;
- search: the first page of a search newest first through the desk, median and 95th
  percentile over 50 queries (25 names and handles, 25 everyday words), vs the bare full-text
  query of the same words (`SELECT rowid … MATCH … ORDER BY rowid DESC LIMIT`); and the
  capped count the heading shows after the first page ("more than 1,000"), vs a bare count of
  the first 3,003 index entries;
- the reports: a month and a year through the reports desk vs a plain aggregate over the same
  rounds table and index, and the office-time recompute after a service-policy change vs a
  bare read of every event and round (`reporting.py`);
- cold start: `webcare gui` in a fresh process to the first painted inbox page vs a bare
  QMainWindow to its first paint (offscreen), and the GUI's peak RSS with the inbox open.

On PostgreSQL (a throwaway server, `pgcluster.py`; BENCH_PG=0 leaves it out, BENCH_PG_URL
names one that runs) the data sets of the sizes up to 100,000 (`--pg-sizes`, BENCH_PG_SIZES)
are made by `webcare demo-data --db URL` (timed), and the first page, the queue switch, the
search (its bare baseline the GIN-indexed tsvector match) and the reports are measured the
same way. Without a server the PostgreSQL rows are left out with the reason printed.

And once: against the loopback sandbox, requests per idle poll and per poll with new items,
per platform; the publishing engine with 100,000 scheduled posts (`publishing.py`: the
sweep vs the bare indexed due-posts select, and due posts published per second vs the
adapters' publish() alone); the postcode import (`webcare postcodes import`, fresh process,
fresh database) of a generated nine-million-row CBS file (`postcodes.py`), its time and peak
RSS vs a plain executemany INSERT of the same file into the same table in a fresh process.
Then it runs the scripts other branches keep here (`OTHER_SCRIPTS`: the edge's ingest page
and weekend) and prints their figures after the table. Targets are printed beside the
figures; none fails the run.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import random
import statistics
import subprocess
import sys
import time
from collections.abc import Callable
from dataclasses import asdict
from datetime import timedelta
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import gui
import pgcluster
import postcodes
import publishing
import reporting
from common import POSTGRESQL, SQLITE, Figure, ms, p95, sandbox_accounts, say, timed

from webcare.config import Settings, parse_db_url, sqlite_url
from webcare.runtime import Database, open_database

GENERATOR_VERSION = 2  # bump when the generator's output changes: data sets are made again
SIZES = (10_000, 100_000, 1_000_000)
QUICK_SIZES = (2_000, 20_000)
RESIDENTS_PER_CONVERSATION = 1 / 50  # resident profiles in each data set (20,000 at 1 M)
POSTCODE_ROWS, QUICK_POSTCODE_ROWS = 9_000_000, 200_000
USER = "bench"
PG_USER = "anna"  # webcare demo-data --db makes the demo team (no bench user): one of its agents
PG_LARGEST = 100_000  # PostgreSQL by default up to this size: 1 M takes ~20 min to generate
WORDS = [
    "paspoort", "container", "gemeente", "bedankt", "parkeervergunning", "melding",
    "lantaarnpaal", "fietswrakken bibliotheek", "afspraak", "vergunning", "huurtoeslag",
    "speeltuin", "grofvuil", "oud papier", "geluidsoverlast", "omgevingsvergunning",
    "milieustraat", "dakkapel", "zaaknummer", "parkeerv", "lantaarn", "container vol",
    "Koningsdag", "website", "stoeptegel",
]  # fmt: skip


# ---- data


def dataset(work: Path, size: int, seed: int = 1) -> Path:
    """The data set of `size` conversations, generated once into the work folder."""
    from webcare.demodata.bulk import generate
    from webcare.demodata.residents import add_residents
    from webcare.demodata.sample import add_team
    from webcare.storage.db import transaction

    folder = work / f"sqlite-{size}-seed{seed}"
    marker = folder / f"ready-v{GENERATOR_VERSION}"
    if marker.exists():
        return folder
    if folder.exists():
        for item in folder.iterdir():
            item.unlink()
    folder.mkdir(parents=True, exist_ok=True)
    database = open(folder)
    begin = time.perf_counter()
    with transaction(database.sessions) as session:
        add_team(session, me=USER)
    made = generate(
        database.engine,
        conversations=size,
        seed=seed,
        batch=50_000,
        progress=lambda text: say(f"  {size:,}: {text}"),
    )
    people = add_residents(
        database.engine, residents=round(size * RESIDENTS_PER_CONVERSATION), seed=seed
    )
    database.close()
    seconds = time.perf_counter() - begin
    megabytes = sum(item.stat().st_size for item in folder.iterdir()) / 1e6
    say(
        f"generated {made.conversations:,} conversations, {made.messages:,} messages, "
        f"{people.residents:,} residents in {seconds:.0f} s ({megabytes:,.0f} MB)"
    )
    (folder / "generated.json").write_text(
        json.dumps(
            {
                "seconds": seconds,
                "conversations": made.conversations,
                "messages": made.messages,
                "residents": people.residents,
                "linked_conversations": people.linked_conversations,
                "megabytes": megabytes,
            }
        )
    )
    marker.touch()
    return folder


def open(folder: Path) -> Database:
    return open_database(Settings(db_url=sqlite_url(folder), data_dir=folder, language="en"))


def open_url(url: str, work: Path) -> Database:
    return open_database(Settings(db_url=parse_db_url(url), data_dir=work, language="en"))


def pg_dataset(server: pgcluster.Server, work: Path, size: int, seed: int = 1) -> str:
    """The PostgreSQL data set of `size` conversations, made once by `webcare demo-data --db
    URL` (timed: it is the command a team runs) in its own database of the server."""
    name = f"webcare_bench_{size}_seed{seed}"
    url = server.url(name)
    marker = work / f"postgresql-{size}-seed{seed}-ready-v{GENERATOR_VERSION}.json"
    if marker.exists() and server.exists(name):
        return url
    for stale in work.glob(f"postgresql-{size}-seed{seed}-*"):
        stale.unlink()
    server.drop(name)
    server.create(name)
    say(f"  {size:,} on PostgreSQL: webcare demo-data --db {url}")
    residents = round(size * RESIDENTS_PER_CONVERSATION)
    begin = time.perf_counter()
    done = subprocess.run(
        [sys.executable, "-m", "webcare", "--db", url, "demo-data", "--conversations",
         str(size), "--residents", str(residents), "--seed", str(seed), "--quiet"],
        check=True,
        capture_output=True,
        text=True,
        env={**os.environ, "WEBCARE_DATA_DIR": str(work / "postgresql-data")},
    )  # fmt: skip
    seconds = time.perf_counter() - begin
    say(f"  {done.stdout.strip()}")
    database = open_url(url, work)
    try:
        bare = reporting.Bare(database.engine)
        made = {
            "seconds": seconds,
            "conversations": bare.rows("SELECT count(*) FROM conversations")[0][0],
            "messages": bare.rows("SELECT count(*) FROM messages")[0][0],
            "residents": bare.rows("SELECT count(*) FROM partijen")[0][0],
            "linked_conversations": bare.rows("SELECT count(*) FROM klantcontacten")[0][0],
        }
    finally:
        database.close()
    say(f"generated {size:,} conversations on PostgreSQL in {seconds:.0f} s")
    marker.write_text(json.dumps(made))
    return url


# ---- ingest


def ingest_figures(database: Database, size: int, count: int) -> list[Figure]:
    from sqlalchemy import select

    from webcare.channel import FetchResult, Identity, InboundItem, ItemKind
    from webcare.clock import utcnow
    from webcare.demodata.bulk import (
        CONTACT_COLUMNS,
        CONVERSATION_COLUMNS,
        MESSAGE_COLUMNS,
        Stamps,
        Writer,
    )
    from webcare.demodata.texts import TextMaker
    from webcare.inbox.ingest import ingest
    from webcare.storage.models import Account, Contact, Conversation, Message
    from webcare.vocabulary import ConversationKind, Platform

    rnd = random.Random(5)
    texts = TextMaker(rnd)
    now = utcnow()
    run = f"bench{time.time_ns()}"
    items = [
        InboundItem(
            external_id=f"{run}-{i}",
            parent_external_id=None,
            thread_key=f"{run}-thread-{i // 2}",  # every other message joins a thread
            conversation_kind=ConversationKind.PUBLIC_THREAD,
            kind=ItemKind.MENTION,
            author=Identity(f"{run}-resident-{i // 2}", f"@r{i // 2}", f"Bewoner {i // 2}"),
            text=texts.opening(texts.topic(), "x", False),
            created_at=now - timedelta(seconds=count - i),
            stream="mentions",
        )
        for i in range(count)
    ]
    with database.sessions() as session:
        account = session.scalars(
            select(Account.id).where(Account.platform == Platform.X).limit(1)
        ).one()
        ids = [
            (session.scalar(select(Contact.id).order_by(Contact.id.desc()).limit(1)) or 0) + 1,
            (session.scalar(select(Conversation.id).order_by(Conversation.id.desc()).limit(1)) or 0)
            + 1,
            (session.scalar(select(Message.id).order_by(Message.id.desc()).limit(1)) or 0) + 1,
        ]
    stamp = Stamps("sqlite")

    def through_ingest() -> float:
        with database.sessions() as session:
            begin = time.perf_counter()
            ingest(session, account, FetchResult(items=items), now)
            session.flush()
            elapsed = time.perf_counter() - begin
            session.rollback()
        return elapsed

    def plain_insert() -> float:
        contacts, conversations, messages = [], [], []
        for i, item in enumerate(items):
            if i % 2 == 0:
                k = ids[0] + i // 2
                c = ids[1] + i // 2
                when = stamp(item.created_at.replace(tzinfo=None))
                author = item.author
                contacts.append(
                    (k, "x", author.external_id, author.handle, author.display_name, when, when)
                )
                conversations.append(
                    (c, account, "public_thread", item.thread_key, k, "new", None, None, None,
                     None, 1, when, None, when, when, when, None, 0, when, when)
                )  # fmt: skip
            when = stamp(item.created_at.replace(tzinfo=None))
            messages.append(
                (ids[2] + i, ids[1] + i // 2, "x", item.external_id, None, "inbound", "mention",
                 None, ids[0] + i // 2, None, item.text, when, when, None, None, 0, None, None)
            )  # fmt: skip
        with database.engine.connect() as connection:
            begin = time.perf_counter()
            writer = Writer(connection)
            writer.insert("contacts", CONTACT_COLUMNS, contacts)
            writer.insert("conversations", CONVERSATION_COLUMNS, conversations)
            writer.insert("messages", MESSAGE_COLUMNS, messages)
            elapsed = time.perf_counter() - begin
            connection.rollback()
        return elapsed

    service = statistics.median(through_ingest() for _ in range(3))
    plain = statistics.median(plain_insert() for _ in range(3))
    rate, base = count / service, count / plain
    return [
        Figure(
            "ingest, messages/s (service vs plain INSERT)",
            size,
            rate,
            "msg/s",
            base,
            "executemany INSERT",
            "≥ 50 % of plain",
            rate >= 0.5 * base,
        )
    ]


# ---- the list: first page, queue switch, search


class Pages:
    """The inbox desk of the bench user, and bare queries on the same connection."""

    def __init__(self, database: Database, user: str = USER) -> None:
        from webcare.desks import open_desks

        self.database = database
        self.desks = open_desks(database.sessions, user)
        self.raw = reporting.Bare(database.engine)
        self.db = POSTGRESQL if self.raw.postgres else SQLITE

    def bare(self, sql: str, *params: object) -> list[Any]:
        return self.raw.rows(sql, *params)


BARE_QUEUE = (
    "SELECT *, waiting_since, id FROM conversations WHERE status = ? AND waiting_since IS NOT NULL "
    "ORDER BY waiting_since, id LIMIT 101"
)
BARE_NEXT = (
    "SELECT * FROM conversations WHERE status = ? AND waiting_since IS NOT NULL "
    "AND (waiting_since, id) > (?, ?) ORDER BY waiting_since, id LIMIT 101"
)
BARE_CLOSED = (
    "SELECT * FROM conversations WHERE status = ? ORDER BY created_at DESC, id DESC LIMIT 101"
)


def first_page_figures(pages: Pages, size: int, repeats: int) -> list[Figure]:
    from PySide6.QtWidgets import QApplication

    from ui.inbox.listmodel import ConversationListModel
    from webcare.inbox.queries import ConversationFilter, ListQuery, Queue, SortOrder

    QApplication.instance() or QApplication(sys.argv[:1])

    def loader(query: Any, cursor: Any, deliver: Callable[[Any], None]) -> None:
        deliver(pages.desks.inbox.list_page(query, cursor))

    model = ConversationListModel(loader)
    query = ListQuery(ConversationFilter(queue=Queue.OPEN), SortOrder.WAITING)

    def through_model() -> None:
        model.set_query(query)
        model.fetchMore()
        assert model.rowCount() > 100 or model.exhausted

    def bare() -> None:
        rows = pages.bare(BARE_QUEUE, "open")
        pages.bare(BARE_NEXT, "open", rows[-1][-2], rows[-1][-1])  # waiting_since, id

    through_model()
    bare()  # warm both
    ours = statistics.median(timed(through_model) for _ in range(repeats))
    base = statistics.median(timed(bare) for _ in range(repeats))
    return [
        Figure(
            "inbox first page + fetchMore",
            size,
            ms(ours),
            "ms",
            ms(base),
            "bare SELECT … LIMIT, twice",
            "≤ 1.5 x bare, < 50 ms at 1 M",
            ours <= 1.5 * base and (size < 1_000_000 or ours < 0.05),
            pages.db,
        )
    ]


def switch_figures(pages: Pages, size: int, count: int) -> list[Figure]:
    from webcare.inbox.queries import ConversationFilter, ListQuery, Queue, SortOrder

    queues = [Queue.CLOSED, Queue.UNASSIGNED, Queue.MINE, Queue.PENDING, Queue.OPEN]
    bare_status = {
        Queue.CLOSED: "closed",
        Queue.UNASSIGNED: "new",
        Queue.MINE: "open",
        Queue.PENDING: "pending",
        Queue.OPEN: "open",
    }
    ours, base = [], []
    for i in range(count):
        queue = queues[i % len(queues)]
        query = ListQuery(ConversationFilter(queue=queue), SortOrder.WAITING)
        ours.append(timed(lambda q=query: pages.desks.inbox.list_page(q)))
        status = bare_status[queue]
        sql = BARE_CLOSED if status in ("closed", "pending") else BARE_QUEUE
        base.append(timed(lambda s=sql, st=status: pages.bare(s, st)))
    return [
        Figure("queue switch, median", size, ms(statistics.median(ours)), "ms",
               ms(statistics.median(base)), "bare SELECT of the queue", db=pages.db),
        Figure("queue switch, p95", size, ms(p95(ours)), "ms", ms(p95(base)),
               "bare SELECT of the queue", db=pages.db),
    ]  # fmt: skip


def search_queries(pages: Pages, count: int) -> tuple[list[str], list[str]]:
    """Names and handles of residents in the data (drawn at random), and everyday words."""
    rnd = random.Random(9)
    top = pages.bare("SELECT max(id) FROM contacts")[0][0]
    names: list[str] = []
    while len(names) < count:
        row = pages.bare("SELECT handle, display_name FROM contacts WHERE id = ?",
                         rnd.randint(1, top))  # fmt: skip
        if row:
            handle, name = row[0]
            names.append([handle, name, name.split()[-1] + " " + name.split()[0]][len(names) % 3])
    words = [WORDS[i % len(WORDS)] for i in range(count)]
    return names, words


def search_figures(pages: Pages, size: int, count: int) -> tuple[list[Figure], dict[str, float]]:
    from webcare.inbox.queries import ConversationFilter, ListQuery, SortOrder
    from webcare.inbox.search import fold, search_terms, tsquery

    names, words = search_queries(pages, count // 2)
    figures: list[Figure] = []
    slowest: dict[str, float] = {}
    counts: list[float] = []
    count_base: list[float] = []
    postgres = pages.raw.postgres
    if postgres:  # the stored tsvectors and their GIN indexes (migration search_vectors)
        kinds = (("names", names, "contacts"), ("words", words, "messages"))
        where = "search_vector @@ to_tsquery('simple', ?)"
        page_sql = "SELECT id FROM {t} WHERE " + where + " ORDER BY id DESC LIMIT 101"
        count_sql = "SELECT count(*) FROM (SELECT 1 FROM {t} WHERE " + where + " LIMIT 3003) s"
        bare_label, count_label = "bare tsvector @@ … LIMIT", "bare tsvector count, LIMIT 3003"
    else:
        kinds = (("names", names, "contacts_fts"), ("words", words, "messages_fts"))
        page_sql = "SELECT rowid FROM {t} WHERE {t} MATCH ? ORDER BY rowid DESC LIMIT 101"
        count_sql = "SELECT count(*) FROM (SELECT 1 FROM {t} WHERE {t} MATCH ? LIMIT 3003)"
        bare_label, count_label = "bare FTS5 MATCH … LIMIT", "bare FTS5 count, LIMIT 3003"
    for label, queries, table in kinds:
        ours, base = [], []
        for text in queries:
            query = ListQuery(ConversationFilter(search=text), SortOrder.NEWEST)
            elapsed = timed(lambda q=query: pages.desks.inbox.list_page(q))
            ours.append(elapsed)
            slowest[text] = max(slowest.get(text, 0.0), elapsed)
            terms = search_terms(text)
            match = tsquery(terms) if postgres else " ".join(f'"{fold(t)}"' for t in terms)
            counts.append(timed(lambda q=query: pages.desks.inbox.search_count(q)))
            capped = count_sql.format(t=table)
            count_base.append(timed(lambda c=capped, m=match: pages.bare(c, m)))
            bare_page = page_sql.format(t=table)
            base.append(timed(lambda b=bare_page, m=match: pages.bare(b, m)))
        at_1m = size >= 1_000_000
        figures += [
            Figure(f"search {label}, median", size, ms(statistics.median(ours)), "ms",
                   ms(statistics.median(base)), bare_label, db=pages.db),
            Figure(f"search {label}, p95", size, ms(p95(ours)), "ms", ms(p95(base)),
                   bare_label, "< 50 ms at 1 M", p95(ours) < 0.05 if at_1m else None, pages.db),
        ]  # fmt: skip
    figures += [
        Figure("search count (capped at 1,001), median", size, ms(statistics.median(counts)),
               "ms", ms(statistics.median(count_base)), count_label, db=pages.db),
        Figure("search count (capped at 1,001), p95", size, ms(p95(counts)), "ms",
               ms(p95(count_base)), count_label, db=pages.db),
    ]  # fmt: skip
    return figures, slowest


# ---- the desktop app


def start_figures(folder: Path, size: int, runs: int) -> list[Figure]:
    ours, base = [], []
    for _ in range(runs):  # interleaved, so that both see the same machine
        base.append(gui.measure(None))
        ours.append(gui.measure(folder))
    start = statistics.median(s.seconds for s in ours)
    bare = statistics.median(s.seconds for s in base)
    rss = max(s.peak_rss_mb for s in ours)
    bare_rss = max(s.peak_rss_mb for s in base)
    return [
        Figure("cold start to first painted page", size, ms(start), "ms", ms(bare),
               "bare QMainWindow", "< 1.5 s and ≤ 2 x bare", start < 1.5 and start <= 2 * bare),
        Figure("GUI peak RSS, inbox open", size, rss, "MB", bare_rss, "bare QMainWindow",
               "< 200 MB at 1 M", rss < 200 if size >= 1_000_000 else None),
    ]  # fmt: skip


# ---- polling, against the sandbox


def poll_figures(work: Path) -> list[Figure]:
    import requests

    from webcare import entrypoints
    from webcare.accounts.credentials import CredentialStore
    from webcare.accounts.service import add_account
    from webcare.vocabulary import Platform
    from webcare.worker import Worker

    folder = work / "polls"
    if folder.exists():
        for item in folder.iterdir():
            item.unlink()
    folder.mkdir(parents=True, exist_ok=True)
    database = open(folder)
    sandbox = entrypoints.load("webcare.sandbox", "start")(port=0, seed=3)
    try:
        credentials = CredentialStore(folder, use_keyring=False)
        offered = sandbox_accounts(sandbox)
        for platform_, values in offered.items():
            add_account(database.sessions, credentials, platform=platform_, **values)
        instagram = sandbox.instagram_account["external_id"]
        worker = Worker(database, credentials)
        sandbox.tick(10)
        worker.run_once()
        worker.run_once()

        def counted() -> dict[Platform, int]:
            log = requests.get(f"{sandbox.url}/_sandbox/requests", timeout=10).json()
            entries = log["requests"] if isinstance(log, dict) else log
            counts = dict.fromkeys(Platform, 0)
            for entry in entries:
                path = entry["path"]
                if path.startswith("/x"):
                    counts[Platform.X] += 1
                elif path.startswith(f"/graph/v21.0/{instagram}") or entry.get("query", {}).get(
                    "platform"
                ) == ["instagram"]:
                    counts[Platform.INSTAGRAM] += 1
                else:
                    counts[Platform.FACEBOOK] += 1
            return counts

        requests.delete(f"{sandbox.url}/_sandbox/requests", timeout=10)
        worker.run_once()
        idle = counted()
        sandbox.tick(6)
        requests.delete(f"{sandbox.url}/_sandbox/requests", timeout=10)
        worker.run_once()
        busy = counted()
    finally:
        sandbox.stop()
        database.close()
    streams = {Platform.X: 2, Platform.FACEBOOK: 2, Platform.INSTAGRAM: 2}  # mentions/comments, DMs
    limit = {Platform.X: 3, Platform.FACEBOOK: 2, Platform.INSTAGRAM: 2}
    figures = []
    for p in Platform:
        figures.append(
            Figure(f"requests per idle poll, {p.value}", None, idle[p], "req", streams[p],
                   "streams polled", f"≤ {limit[p]}", idle[p] <= limit[p])
        )  # fmt: skip
        figures.append(
            Figure(f"requests per poll with new items, {p.value}", None, busy[p], "req",
                   streams[p], "streams polled")
        )  # fmt: skip
    return figures


# ---- the postcode import (the residents' capability)


def postcode_figures(work: Path, rows: int) -> list[Figure]:
    """The import of a generated CBS file vs a plain INSERT of it, each in a fresh process on
    a freshly upgraded database."""
    folder = work / f"postcodes-{rows}"
    source = folder / "pc6hnr20250801_gwb.csv"
    marker = folder / "ready"
    if not marker.exists():
        folder.mkdir(parents=True, exist_ok=True)
        say(f"generating a postcode file of {rows:,} rows")
        postcodes.generate(source, rows)
        marker.touch()
    env = {**os.environ, "WEBCARE_DATA_DIR": str(folder / "data")}
    measured = {}
    for label in ("import", "plain"):
        database = folder / f"{label}.sqlite3"
        for leftover in folder.glob(f"{label}.sqlite3*"):
            leftover.unlink()
        postcodes.upgraded(f"sqlite:///{database}", env)
        if label == "import":
            command = [sys.executable, "-m", "webcare", "--db", f"sqlite:///{database}",
                       "postcodes", "import", str(source), "--as", USER]  # fmt: skip
        else:
            command = [sys.executable, str(Path(postcodes.__file__)), "--plain", str(source),
                       str(database)]  # fmt: skip
        say(f"postcode file: {label}")
        measured[label] = postcodes.run_measured(command, env)
        if measured[label].returncode != 0:
            raise RuntimeError(f"postcode {label} failed: {measured[label].stderr[-500:]}")
        for leftover in folder.glob(f"{label}.sqlite3*"):
            leftover.unlink()
    ours, base = measured["import"], measured["plain"]
    return [
        Figure(f"postcode import of {rows:,} rows, rows/s", None, rows / ours.seconds,
               "rows/s", rows / base.seconds, "plain executemany INSERT"),
        Figure(f"postcode import of {rows:,} rows, time", None, ours.seconds, "s",
               base.seconds, "plain executemany INSERT"),
        Figure(f"postcode import of {rows:,} rows, peak RSS", None, ours.peak_rss_mb, "MB",
               base.peak_rss_mb, "plain executemany INSERT"),
    ]  # fmt: skip


# ---- figures of other branches' scripts, as they land on main


OTHER_SCRIPTS = [
    # (script, arguments, what it measures and against what; it prints its own figures)
    ("ingest_page.py", ["--threads", "1", "100", "10000"],
     "edge: one poll's page of 10,000 messages through ingest (lifecycle timed apart)"),
    ("weekend.py", [], "edge: requests per pass after a weekend's burst, then the idle pass"),
]  # fmt: skip


def other_scripts() -> list[str]:
    """Run the scripts other branches keep under benchmarks/ and return their output."""
    import subprocess

    here = Path(__file__).resolve().parent
    sections = []
    for script, arguments, label in OTHER_SCRIPTS:
        if not (here / script).exists():
            continue
        say(f"running {script}")
        done = subprocess.run(
            [sys.executable, str(here / script), *arguments],
            capture_output=True,
            text=True,
            timeout=900,
            check=False,
        )
        last = (done.stderr.strip().splitlines() or [""])[-1]
        output = done.stdout.strip() or f"failed (exit {done.returncode}): {last}"
        sections.append(f"{script} ({label}):\n{output}")
    return sections


# ---- output


def number(value: float) -> str:
    """One decimal, or three below 1 (a bare query of a few microseconds is not 0.0)."""
    return f"{value:,.1f}" if abs(value) >= 1 or value == 0 else f"{value:.3f}"


def table(figures: list[Figure]) -> str:
    head = (
        f"{'figure':<46} {'db':<10} {'size':>9} {'value':>13} {'baseline':>12} {'ratio':>7}  target"
    )
    lines = [head, "-" * len(head)]
    for f in figures:
        size = f"{f.size:,}" if f.size else "-"
        value = f"{number(f.value)} {f.unit}"
        base = number(f.baseline) if f.baseline is not None else "-"
        ratio = f"{f.ratio:.2f}" if f.ratio is not None else "-"
        met = "" if f.met is None else (" met" if f.met else " MISSED")
        target = f"{f.target}{met}" if f.target else ""
        lines.append(
            f"{f.figure:<46} {f.db:<10} {size:>9} {value:>13} {base:>12} {ratio:>7}  {target}"
        )
    return "\n".join(lines)


def plot(figures: list[Figure], path: Path) -> None:
    """One panel per database: each latency (ms, or s as ms) against the size."""
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    panels: dict[str, dict[str, list[tuple[int, float]]]] = {}
    for f in figures:
        if f.unit in ("ms", "s") and f.size:
            value = f.value if f.unit == "ms" else ms(f.value)
            panels.setdefault(f.db, {}).setdefault(f.figure, []).append((f.size, value))
    names = [db for db in (SQLITE, POSTGRESQL) if db in panels]
    fig, axes = plt.subplots(1, len(names), figsize=(8 * len(names), 6), dpi=110, sharey=True,
                             squeeze=False)  # fmt: skip
    every = sorted({name for series in panels.values() for name in series})
    colours = plt.get_cmap("tab20").colors  # type: ignore[attr-defined]
    style = {  # the same figure looks the same in both panels
        name: (colours[i % len(colours)], "-o" if i % 2 == 0 else "--s")
        for i, name in enumerate(every)
    }
    for ax, db in zip(axes[0], names, strict=True):
        for name, points in sorted(panels[db].items()):
            points.sort()
            colour, line = style[name]
            ax.plot([p[0] for p in points], [p[1] for p in points], line, color=colour,
                    label=name)  # fmt: skip
        ax.set_xscale("log")
        ax.set_yscale("log")
        ax.set_xlabel("conversations")
        ax.set_title(db)
        ax.grid(True, which="both", alpha=0.3)
        ax.legend(fontsize=7, loc="upper left")
    axes[0][0].set_ylabel("milliseconds (log)")
    fig.suptitle("Webcare latencies against the size of the inbox")
    fig.tight_layout()
    fig.savefig(path)
    say(f"plot written to {path}")


def machine() -> dict[str, object]:
    load = os.getloadavg()
    return {
        "python": platform.python_version(),
        "platform": platform.platform(),
        "cpus": os.cpu_count(),
        "load_average_1_5_15": [round(x, 2) for x in load],
    }


PARTS = ("ingest", "page", "switch", "search", "reports", "gui", "polls", "postcodes",
         "publishing", "others", "postgresql")  # fmt: skip


def sizes_of(text: str | None) -> tuple[int, ...] | None:
    return tuple(int(s.replace("_", "")) for s in text.split(",") if s) if text else None


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="small sizes and few repeats")
    parser.add_argument("--sizes", help="comma-separated conversation counts (BENCH_SIZES)")
    parser.add_argument(
        "--pg-sizes",
        help="the sizes also measured on PostgreSQL (BENCH_PG_SIZES; default: those of "
        f"--sizes up to {PG_LARGEST:,}; 'none' for none)",
    )
    parser.add_argument(
        "--skip", default="", help=f"comma-separated parts left out: {', '.join(PARTS)}"
    )
    parser.add_argument("--json", type=Path, metavar="FILE", help="write the figures as JSON")
    parser.add_argument("--plot", type=Path, metavar="FILE", help="write a PNG (matplotlib)")
    parser.add_argument("--work", type=Path, default=Path(".bench-data"), help="data sets")
    args = parser.parse_args()
    skip = {part.strip() for part in args.skip.split(",") if part.strip()}
    if unknown := skip - set(PARTS):
        parser.error(f"unknown parts: {', '.join(sorted(unknown))}")
    sizes = sizes_of(args.sizes or os.environ.get("BENCH_SIZES")) or (
        QUICK_SIZES if args.quick else SIZES
    )
    pg_text = args.pg_sizes or os.environ.get("BENCH_PG_SIZES")
    pg_sizes = (
        ()
        if pg_text == "none" or "postgresql" in skip
        else sizes_of(pg_text) or tuple(s for s in sizes if s <= PG_LARGEST)
    )
    repeats, queries, runs, ingest_count = (5, 20, 1, 500) if args.quick else (20, 50, 3, 2000)
    report_repeats = 3 if args.quick else 5
    postcode_rows = QUICK_POSTCODE_ROWS if args.quick else POSTCODE_ROWS
    posts, due = (
        (publishing.QUICK_POSTS, publishing.QUICK_DUE)
        if args.quick
        else (publishing.POSTS, publishing.DUE)
    )
    args.work.mkdir(parents=True, exist_ok=True)
    begin = time.perf_counter()
    load_before = os.getloadavg()
    figures: list[Figure] = []
    slowest: dict[str, dict[str, float]] = {}
    generated: dict[str, dict[str, float]] = {}
    notes: list[str] = []

    def measure(database: Database, size: int, db: str, user: str) -> None:
        pages = Pages(database, user)
        if "ingest" not in skip and db == SQLITE:
            figures.extend(ingest_figures(database, size, ingest_count))
        if "page" not in skip:
            figures.extend(first_page_figures(pages, size, repeats))
        if "switch" not in skip:
            figures.extend(switch_figures(pages, size, queries))
        if "search" not in skip:
            found, slowest[f"{size:,} ({db})"] = search_figures(pages, size, queries)
            figures.extend(found)
        if "reports" not in skip:  # fewer repeats at a million: a year's report takes seconds
            times = report_repeats if size < 1_000_000 else min(3, report_repeats)
            figures.extend(reporting.report_figures(database, size, db, times))

    for size in sizes:
        folder = dataset(args.work, size)
        made = json.loads((folder / "generated.json").read_text())
        say(f"measuring {size:,} conversations")
        database = open(folder)
        try:
            if "reports" not in skip:
                made |= reporting.prepare(
                    database, folder / f"reports-v{reporting.REPORTS_VERSION}.json"
                )
            generated[f"{size:,} ({SQLITE})"] = made
            measure(database, size, SQLITE, USER)
        finally:
            database.close()
        if "gui" not in skip:
            figures += start_figures(folder, size, runs)
    server = None
    if pg_sizes:
        server, why = pgcluster.start(args.work)
        if server is None:
            if os.environ.get("BENCH_PG") == "1":
                raise SystemExit(f"BENCH_PG=1 but no PostgreSQL: {why}")
            notes.append(f"PostgreSQL rows skipped: {why}")
            say(notes[-1])
    elif "postgresql" not in skip:
        notes.append("PostgreSQL rows skipped: no size chosen for it (BENCH_PG_SIZES)")
    else:
        notes.append("PostgreSQL rows skipped: --skip postgresql")
    try:
        for size in pg_sizes if server else ():
            url = pg_dataset(server, args.work, size)
            made = json.loads(
                (args.work / f"postgresql-{size}-seed1-ready-v{GENERATOR_VERSION}.json").read_text()
            )
            say(f"measuring {size:,} conversations on PostgreSQL")
            database = open_url(url, args.work)
            try:
                if "reports" not in skip:
                    marker = f"postgresql-{size}-seed1-reports-v{reporting.REPORTS_VERSION}.json"
                    made |= reporting.prepare(database, args.work / marker)
                generated[f"{size:,} ({POSTGRESQL})"] = made
                measure(database, size, POSTGRESQL, PG_USER)
            finally:
                database.close()
    finally:
        if server is not None:
            server.stop()
    if "polls" not in skip:
        say("measuring polls against the sandbox")
        figures += poll_figures(args.work)
    if "publishing" not in skip:
        say(f"measuring the publishing engine with {posts:,} scheduled posts")
        figures += publishing.publishing_figures(args.work, posts, due, repeats)
    if "postcodes" not in skip:
        say("measuring the postcode import")
        figures += postcode_figures(args.work, postcode_rows)
    sections = other_scripts() if "others" not in skip else []
    print(table(figures))
    for section in sections:
        print("\n" + section)
    took = time.perf_counter() - begin
    info = machine()
    info["load_average_before"] = [round(x, 2) for x in load_before]
    print(f"\n{len(figures)} figures in {took / 60:.1f} min; machine: {info}")
    for note in notes:
        print(note)
    for label, made in generated.items():
        line = (
            f"data set of {label}: {made['messages']:,} messages, {made['residents']:,} "
            f"residents ({made['linked_conversations']:,} conversations linked), generated by "
            + (
                "webcare demo-data --db URL"
                if POSTGRESQL in label
                else "webcare demo-data's generator"
            )
            + f" in {made['seconds']:.0f} s"
        )
        if "derive_seconds" in made:
            backfill = made["backfill_seconds"]
            line += f"; reports: {made['events']:,} events" + (
                f" (backfilled in {backfill:.0f} s)" if backfill else ""
            )
            line += f", every round derived in {made['derive_seconds']:.0f} s"
        print(line)
    for label, times in slowest.items():
        worst = sorted(times.items(), key=lambda item: item[1], reverse=True)[:3]
        listed = ", ".join(f"{q!r} {ms(t):.0f} ms" for q, t in worst)
        print(f"slowest searches at {label}: {listed}")
    if args.json:
        args.json.write_text(
            json.dumps(
                {
                    "machine": info,
                    "minutes": took / 60,
                    "figures": [dict(asdict(f), ratio=f.ratio) for f in figures],
                    "slowest_searches": slowest,
                    "data_sets": generated,
                    "other_scripts": sections,
                    "notes": notes,
                },
                indent=1,
            )
        )
    if args.plot:
        plot(figures, args.plot)
    return 0


if __name__ == "__main__":
    sys.exit(main())
