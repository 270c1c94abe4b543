"""The reports on many conversations: derivation, a month, a year, and a changed policy.

    nice .venv/bin/python benchmarks/reports.py --conversations 1000000 [--db URL | DIR]
    .venv/bin/python benchmarks/reports.py DIR --conversations 4000 --me NAME --only-data

Writes a year (2026) of made-up conversations through plain INSERTs and UPDATEs, with the
report triggers paused; their events are then written as the migration backfills them
(`webcare.reports.triggers.backfill`), which is what a database that existed before the reports
gets. Then it times, through the reports desk: the first derivation of every round, the report
of a month and of the year, and the recomputation after the team's office hours change (every
conversation counted again). Runs niced; the machine is shared.

`--only-data` stops after writing (for screenshots: `WEBCARE_USER=NAME webcare gui
--data-dir DIR`; NAME is created first, so holds every role). `--measure-only` times a folder
written so before (copy it first: the policy change stays), e.g. two versions on the same data.
"""

from __future__ import annotations

import argparse
import os
import random
import sys
import time
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

from sqlalchemy import text

from webcare.config import Settings, parse_db_url, sqlite_url
from webcare.desks import open_desks
from webcare.reports import triggers
from webcare.reports.figures import Period
from webcare.runtime import open_database
from webcare.storage.db import transaction
from webcare.storage.models import Account, Contact, Conversation, ConversationTag, Message, Tag
from webcare.team.policy import Span
from webcare.vocabulary import (
    ConversationKind,
    ConversationStatus,
    DeliveryState,
    Direction,
    MessageKind,
    Platform,
    Role,
)

AMS = ZoneInfo("Europe/Amsterdam")
AGENTS = [
    ("anna", "Anna de Jong"),
    ("bart", "Bart Kuiper"),
    ("chantal", "Chantal Öztürk"),
    ("dirk", "Dirk Mulder"),
    ("esra", "Esra Demir"),
    ("femke", "Femke Bos"),
]
SET_STATUS = text(
    "UPDATE conversations SET status = :s, status_changed_at = :at, closed_at = :c WHERE id = :id"
)
TAGS = ["afval", "parkeren", "evenement", "belastingen", "openbare ruimte", "klacht"]
# Residents write more in the day and early evening, less at night (weights per local hour).
HOURS = [1, 1, 1, 1, 1, 2, 4, 8, 12, 14, 14, 13, 12, 12, 12, 11, 11, 10, 9, 9, 8, 6, 4, 2]


def _office_answer(rnd: random.Random, written: datetime) -> datetime:
    """When the team answers: in the next open stretch, mostly within the four-hour norm."""
    local = written.astimezone(AMS)
    day = local.date()
    opens = datetime(day.year, day.month, day.day, 8, 30, tzinfo=AMS)
    if local.weekday() >= 5 or local.hour >= 17:
        day += timedelta(days=1)
        while day.weekday() >= 5:
            day += timedelta(days=1)
        opens = datetime(day.year, day.month, day.day, 8, 30, tzinfo=AMS)
    start = max(local, opens)
    delay = timedelta(minutes=rnd.lognormvariate(3.6, 1.0))  # median about 37 minutes
    return (start + delay).astimezone(UTC)


def generate(
    url: str,
    conversations: int,
    seed: int = 1,
    me: str | None = None,
    until: datetime | None = None,
) -> None:
    settings = Settings(db_url=parse_db_url(url), data_dir=Path("."), language="nl")
    database = open_database(settings, create=True)
    rnd = random.Random(seed)
    try:
        boss = open_desks(database.sessions, me or "benchmark", "Bea Baas")
        for username, name in AGENTS:
            boss.team.add_user(username, name, roles=[Role.AGENT])
        with transaction(database.sessions) as session:
            accounts = []
            for platform, handle in (
                (Platform.X, "@gemeente"),
                (Platform.FACEBOOK, "gemeente"),
                (Platform.INSTAGRAM, "gemeente.nl"),
            ):
                account = Account(
                    platform=platform,
                    external_id=f"{platform.value}-1",
                    name="Gemeente",
                    handle=handle,
                    credential_ref=f"bench:{platform.value}",
                )
                session.add(account)
                accounts.append(account)
            session.add_all(Tag(name=name) for name in TAGS)
            session.flush()
            account_ids = [(a.id, a.platform) for a in accounts]
            user_ids = [
                row[0]
                for row in session.execute(
                    text("SELECT id FROM users WHERE username <> :me"), {"me": me or "benchmark"}
                )
            ]
            tag_ids = [row[0] for row in session.execute(text("SELECT id FROM tags"))]
        now = (until or datetime(2026, 12, 31, 23, tzinfo=AMS)).astimezone(UTC)
        year_end = now.timestamp()
        year_start = year_end - 365 * 86400
        span = year_end - year_start
        batch = 20_000
        next_id = 1
        message_id = 1
        started = time.perf_counter()
        reopened: list[tuple[int, datetime, datetime]] = []
        with database.engine.begin() as connection:
            triggers.drop(connection)
        for first in range(0, conversations, batch):
            convs, contacts, messages, tags, reopen = [], [], [], [], []
            for _ in range(min(batch, conversations - first)):
                cid = next_id
                next_id += 1
                account, platform = rnd.choice(account_ids)
                day = datetime.fromtimestamp(year_start + rnd.random() * span, AMS).date()
                hour = rnd.choices(range(24), weights=HOURS)[0]
                written = datetime(
                    day.year,
                    day.month,
                    day.day,
                    hour,
                    rnd.randrange(60),
                    rnd.randrange(60),
                    tzinfo=AMS,
                ).astimezone(UTC)
                agent = rnd.choice(user_ids)
                timeline = [(written, Direction.INBOUND)]
                answered = rnd.random() < 0.93
                at = written
                if answered:
                    at = _office_answer(rnd, written)
                    timeline.append((at, Direction.OUTBOUND))
                    if rnd.random() < 0.35:  # a follow-up question and its answer
                        question = at + timedelta(minutes=rnd.randint(5, 300))
                        timeline.append((question, Direction.INBOUND))
                        at = _office_answer(rnd, question)
                        timeline.append((at, Direction.OUTBOUND))
                closed = at + timedelta(minutes=rnd.randint(2, 600))
                if closed > now or rnd.random() < 0.04:
                    status, closed_at = ConversationStatus.OPEN, None
                else:
                    status, closed_at = ConversationStatus.CLOSED, closed
                contacts.append(
                    {
                        "id": cid,
                        "platform": platform,
                        "external_id": f"r{cid}",
                        "handle": f"@bewoner{cid}",
                        "display_name": f"Bewoner {cid}",
                        "created_at": written,
                        "updated_at": written,
                    }
                )
                convs.append(
                    {
                        "id": cid,
                        "account_id": account,
                        "kind": ConversationKind.PUBLIC_THREAD,
                        "thread_key": f"t{cid}",
                        "contact_id": cid,
                        "status": status,
                        "assignee_id": agent,
                        "assigned_at": timeline[-1][0],
                        "priority": 1,
                        "first_inbound_at": written,
                        "last_inbound_at": written,
                        "last_message_at": timeline[-1][0],
                        "closed_at": closed_at,
                        "status_changed_at": closed_at,
                        "revision": 0,
                        "created_at": written,
                        "updated_at": closed_at or written,
                        "waiting_since": None if answered else written,
                    }
                )
                if closed_at is not None and rnd.random() < 0.08:
                    again = closed_at + timedelta(hours=rnd.randint(2, 72))
                    if again < now:
                        timeline.append((again, Direction.INBOUND))
                        back = _office_answer(rnd, again)
                        timeline.append((back, Direction.OUTBOUND))
                        reopen.append((cid, again, back + timedelta(minutes=30)))
                for moment, direction in timeline:
                    outbound = direction is Direction.OUTBOUND
                    messages.append(
                        {
                            "id": message_id,
                            "conversation_id": cid,
                            "platform": platform,
                            "external_id": f"m{message_id}",
                            "direction": direction,
                            "kind": MessageKind.REPLY if outbound else MessageKind.MENTION,
                            "author_contact_id": None if outbound else cid,
                            "author_user_id": agent if outbound else None,
                            "text": "Antwoord" if outbound else "Vraag",
                            "created_at": moment,
                            "received_at": moment,
                            "delivery_state": DeliveryState.SENT if outbound else None,
                            "sent_at": moment if outbound else None,
                            "send_attempts": 1 if outbound else 0,
                            "automatic": False,
                        }
                    )
                    message_id += 1
                if rnd.random() < 0.4:
                    tags.append({"conversation_id": cid, "tag_id": rnd.choice(tag_ids)})
            with transaction(database.sessions) as session:
                session.execute(Contact.__table__.insert(), contacts)
                session.execute(Conversation.__table__.insert(), convs)
                session.execute(Message.__table__.insert(), messages)
                if tags:
                    session.execute(ConversationTag.__table__.insert(), tags)
            reopened += reopen
            done = min(first + batch, conversations)
            rate = done / (time.perf_counter() - started)
            print(f"  {done:,} conversations written ({rate:,.0f}/s)", file=sys.stderr)
        begun = time.perf_counter()
        with database.engine.begin() as connection:
            # install() first: on PostgreSQL drop() took backfill's report_epoch() along.
            triggers.install(connection)
            triggers.backfill(connection)
        print(f"  events backfilled in {time.perf_counter() - begun:.1f} s", file=sys.stderr)
        # Reopened after their first close, and closed again: through the triggers.
        with transaction(database.sessions) as session:
            for cid, opened, closed_again in reopened:
                at, until = _bind(opened, session), _bind(closed_again, session)
                values = {"id": cid, "s": ConversationStatus.OPEN.value, "at": at, "c": None}
                session.execute(SET_STATUS, values)
                closing = {"id": cid, "s": ConversationStatus.CLOSED.value, "at": until, "c": until}
                session.execute(SET_STATUS, closing)
    finally:
        database.close()


def _bind(at: datetime, session: object) -> object:
    """A time for a raw UPDATE, as the UTCDateTime column stores it."""
    dialect = session.get_bind().dialect.name  # type: ignore[attr-defined]
    return at.astimezone(UTC).replace(tzinfo=None).isoformat(sep=" ") if dialect == "sqlite" else at


def measure(url: str, me: str | None = None) -> dict[str, float]:
    settings = Settings(db_url=parse_db_url(url), data_dir=Path("."), language="nl")
    database = open_database(settings)
    now = datetime(2027, 1, 5, 12, tzinfo=UTC)
    found: dict[str, float] = {}
    try:
        desks = open_desks(database.sessions, me or "benchmark", clock=lambda: now)
        reports = desks.reports

        def timed(name: str, call: object) -> None:
            start = time.perf_counter()
            call()  # type: ignore[operator]
            found[name] = time.perf_counter() - start
            print(f"{name:<44} {found[name]:8.1f} s", flush=True)

        month = Period(date(2026, 3, 1), date(2026, 3, 31))
        year = Period(date(2026, 1, 1), date(2026, 12, 31))
        timed("derive every round (first use, migration)", reports.refresh)
        timed("report: a month (March 2026)", lambda: reports.report(month))
        timed("report: the year 2026", lambda: reports.report(year))
        with database.sessions() as session:
            rounds = session.execute(text("SELECT COUNT(*) FROM report_rounds")).scalar_one()
        print(f"{'rounds':<44} {rounds:8,}")
        split = (Span(8 * 60, 12 * 60), Span(12 * 60 + 30, 17 * 60))
        desks.team.set_policy((*([split] * 5), (), ()), 240)
        timed("policy changed: office times recomputed", reports.refresh)
        timed("report: the year 2026, new policy", lambda: reports.report(year))
    finally:
        database.close()
    return found


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folder", nargs="?", type=Path, help="a data folder (SQLite) to fill")
    parser.add_argument("--db", help="a database URL instead (an empty PostgreSQL database)")
    parser.add_argument("--conversations", type=int, default=100_000)
    parser.add_argument("--me", help="the first user (every role); your WEBCARE_USER")
    parser.add_argument("--only-data", action="store_true")
    parser.add_argument(
        "--measure-only",
        action="store_true",
        help="time the reports on the folder's data as it is (written before with --only-data)",
    )
    parser.add_argument(
        "--until-now", action="store_true", help="the year up to now, not 2026 (screenshots)"
    )
    args = parser.parse_args()
    os.nice(10)
    if args.db:
        url = args.db
    else:
        folder = args.folder or Path(f"/tmp/webcare-bench-reports-{args.conversations}")
        folder.mkdir(parents=True, exist_ok=True)
        url = str(sqlite_url(folder))
    start = time.perf_counter()
    until = datetime.now(UTC) if args.until_now else None
    if not args.measure_only:
        generate(url, args.conversations, me=args.me, until=until)
        print(
            f"{'write ' + format(args.conversations, ',') + ' conversations':<44} "
            f"{time.perf_counter() - start:8.1f} s"
        )
    if not args.only_data:
        measure(url, args.me)
    return 0


if __name__ == "__main__":
    sys.exit(main())
