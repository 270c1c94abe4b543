"""Fill a Webcare data folder with a made-up inbox, for screenshots and benchmarks.

    .venv/bin/python benchmarks/inbox_data.py DIR [--conversations 60] [--bulk N] [--me NAME]

`--conversations` writes a small varied inbox through the ORM (residents, colleagues, tags,
the demo's canned replies, replies in every delivery state); `--bulk` adds N more
conversations with three messages each through executemany. Open the result with
`webcare gui --data-dir DIR` (set WEBCARE_USER=NAME to be one of the agents).

This is measuring equipment, not product code: it writes rows directly, at the speed a
million conversations need, where the product stores residents' messages only through ingest.
`bulk_generate` also serves the tests that need a big inbox (`benchmarks.inbox_data`).
"""

from __future__ import annotations

import argparse
import enum
import random
import sys
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

from sqlalchemy import Connection, Engine, Table, func, insert, select
from sqlalchemy.orm import Session

from resources import demo_canned_replies
from webcare.config import Settings, sqlite_url
from webcare.inbox import changes, lifecycle
from webcare.runtime import open_database
from webcare.storage.db import transaction
from webcare.storage.models import (
    Account,
    CannedReply,
    Contact,
    Conversation,
    ConversationTag,
    Message,
    Tag,
    User,
    UserRole,
)
from webcare.storage.types import utcnow
from webcare.vocabulary import (
    ConversationKind,
    ConversationStatus,
    DeliveryState,
    Direction,
    MessageKind,
    Platform,
    Priority,
    ReplyMode,
    Role,
)

FIRST_NAMES = [
    "Anouk", "Bram", "Daan", "Emma", "Fatima", "Gijs", "Hanna", "Ilse", "Jesse", "Kees",
    "Lotte", "Mohamed", "Noor", "Olivier", "Priya", "Rik", "Sanne", "Thijs", "Yara", "Zeynep",
    "Mila", "Luuk", "Sem", "Julia", "Ahmed", "Sophie", "Tim", "Eva", "Finn", "Lieke",
]  # fmt: skip
LAST_NAMES = [
    "de Vries", "Jansen", "van den Berg", "Bakker", "Visser", "Smit", "Meijer", "de Boer",
    "Mulder", "de Groot", "Bos", "Vos", "Peters", "Hendriks", "van Leeuwen", "Dekker",
    "Brouwer", "de Wit", "Dijkstra", "Yilmaz", "El Amrani", "Kaya", "Verhoeven", "Kramer",
]  # fmt: skip
SUBJECTS = [
    "Mijn paspoort verloopt volgende maand, kan ik online een afspraak maken?",
    "De container in de Westzijde is al drie dagen niet geleegd.",
    "Er ligt grofvuil naast de glasbak bij het station, wie ruimt dat op?",
    "Wanneer wordt de lantaarnpaal in onze straat gerepareerd? Het is 's avonds aardedonker.",
    "Hoe vraag ik een parkeervergunning aan voor bewoners?",
    "Ik heb een melding gedaan over een losliggende stoeptegel maar hoor niets.",
    "Is het gemeentehuis open op Koningsdag?",
    "Mijn huurtoeslag klopt niet, waar kan ik terecht?",
    "Kan ik mijn rijbewijs ook op zaterdag ophalen?",
    "Wat zijn de openingstijden van de milieustraat?",
    "Er staan al weken fietswrakken bij de bibliotheek.",
    "Wanneer komt de uitslag van de inspraakavond over het nieuwe park?",
    "Ik ben verhuisd, hoe geef ik mijn nieuwe adres door?",
    "Waarom is de Zuiddijk afgesloten? Er staat geen omleiding aangegeven.",
    "Mag ik een dakkapel plaatsen zonder vergunning?",
    "De speeltuin aan de Vlietsingel heeft een kapotte schommel.",
    "Kan de gemeente iets doen aan de geluidsoverlast van de bouwplaats?",
    "Ik wil graag meedenken over de plannen voor het centrum, waar meld ik me aan?",
]  # fmt: skip
FOLLOW_UPS = [
    "Bedankt voor de snelle reactie!",
    "Ik heb het formulier ingevuld, maar krijg een foutmelding.",
    "Het probleem is nog steeds niet opgelost.",
    "Zie https://www.example.nl/melding/12345 voor de foto.",
    "Top, dan kom ik dinsdag langs.",
    "Kunt u mij ook per e-mail antwoorden?",
]  # fmt: skip
ANSWERS = [
    "Dank voor uw bericht. We hebben het doorgezet; u hoort binnen vijf werkdagen van ons.",
    "Goed dat u het meldt! U kunt een afspraak maken via onze website.",
    "Vervelend om te horen. Wilt u ons een privébericht sturen met het adres?",
    "De milieustraat is open van maandag tot en met zaterdag, van 8.00 tot 16.00 uur.",
]  # fmt: skip
TAGS = ["afval", "burgerzaken", "klacht", "openbare ruimte", "parkeren", "vergunning", "wonen"]
COLLEAGUES = [
    ("anna", "Anna de Jong"),
    ("bart", "Bart Kuiper"),
    ("chantal", "Chantal Öztürk"),
    ("dirk", "Dirk Willems"),
    ("esra", "Esra Demir"),
]
ACCOUNTS = [
    (Platform.X, "Gemeente Zaanstad", "@zaanstad"),
    (Platform.FACEBOOK, "Gemeente Zaanstad", "gemeentezaanstad"),
    (Platform.INSTAGRAM, "Gemeente Zaanstad", "@gemeentezaanstad"),
]


def add_account(session: Session, platform: Platform, name: str, handle: str) -> int:
    account = Account(
        platform=platform,
        external_id=f"{platform.value}-{handle}",
        name=name,
        handle=handle,
        credential_ref=f"sample:{platform.value}:{handle}",
    )
    session.add(account)
    session.flush()
    return account.id


def add_user(
    session: Session, username: str, display_name: str, roles: tuple[Role, ...] = (Role.AGENT,)
) -> int:
    user = User(username=username, display_name=display_name)
    user.roles.extend(UserRole(role=role) for role in roles)
    session.add(user)
    session.flush()
    return user.id


def add_conversation(
    session: Session,
    account_id: int,
    *,
    name: str,
    handle: str,
    text: str,
    at: datetime | None = None,
    kind: ConversationKind = ConversationKind.PUBLIC_THREAD,
    priority: int = int(Priority.NORMAL),
) -> int:
    """A conversation with one inbound message, as ingest would store it (and touch it)."""
    at = at or utcnow()
    account = session.get(Account, account_id)
    assert account is not None
    key = f"{handle}-{at.timestamp()}-{random.random()}"
    contact = Contact(platform=account.platform, external_id=key, handle=handle, display_name=name)
    session.add(contact)
    session.flush()
    conversation = Conversation(
        account_id=account_id,
        kind=kind,
        thread_key=key,
        contact_id=contact.id,
        priority=priority,
        created_at=at,
        first_inbound_at=at,
        last_inbound_at=at,
        last_message_at=at,
        waiting_since=at,
    )
    session.add(conversation)
    session.flush()
    add_inbound(session, conversation.id, text, at=at, received_at=at)
    return conversation.id


def add_inbound(
    session: Session,
    conversation_id: int,
    text: str,
    *,
    at: datetime | None = None,
    received_at: datetime | None = None,
) -> int:
    """A resident's message in an existing conversation, stored and touched as ingest does."""
    at = at or utcnow()
    conversation = session.get(Conversation, conversation_id)
    assert conversation is not None
    message = Message(
        conversation_id=conversation_id,
        platform=conversation.account.platform,
        external_id=f"in-{conversation_id}-{at.timestamp()}-{random.random()}",
        direction=Direction.INBOUND,
        kind=MessageKind.DIRECT_MESSAGE
        if conversation.kind is ConversationKind.DIRECT
        else MessageKind.MENTION,
        author_contact_id=conversation.contact_id,
        text=text,
        created_at=at,
        received_at=received_at or utcnow(),
    )
    session.add(message)
    session.flush()
    changes.touch(session, [conversation_id])
    return message.id


@dataclass(frozen=True)
class SampleInbox:
    account_ids: tuple[int, ...]
    user_ids: tuple[int, ...]
    conversation_ids: tuple[int, ...]


def populate(
    session: Session,
    *,
    conversations: int = 40,
    seed: int = 7,
    now: datetime | None = None,
    me: str | None = None,
) -> SampleInbox:
    """A small, varied inbox: open and closed threads, replies in every delivery state."""
    now = now or utcnow()
    rnd = random.Random(seed)
    accounts = tuple(add_account(session, *spec) for spec in ACCOUNTS)
    people = list(COLLEAGUES)
    if me and me not in {username for username, _ in people}:
        people.insert(0, (me, me.capitalize()))
    users = tuple(add_user(session, username, name) for username, name in people)
    tags = [Tag(name=name) for name in TAGS]
    session.add_all(tags)
    session.add_all(
        CannedReply(shortcut=r.shortcut, title=r.title, body=r.body) for r in demo_canned_replies()
    )
    session.flush()
    ids: list[int] = []
    for index in range(conversations):
        first = rnd.choice(FIRST_NAMES)
        last = rnd.choice(LAST_NAMES)
        handle = f"@{first.lower()}{rnd.randint(1, 999)}"
        at = now - timedelta(minutes=rnd.randint(3, 60 * 24 * 3))
        account = accounts[index % len(accounts)]
        kind = ConversationKind.DIRECT if index % 4 == 3 else ConversationKind.PUBLIC_THREAD
        priority = rnd.choices(list(Priority), weights=[2, 12, 3, 1])[0]
        cid = add_conversation(
            session,
            account,
            name=f"{first} {last}",
            handle=handle,
            text=rnd.choice(SUBJECTS),
            at=at,
            kind=kind,
            priority=int(priority),
        )
        ids.append(cid)
        conversation = session.get(Conversation, cid)
        assert conversation is not None
        roll = rnd.random()
        if roll < 0.45:
            continue  # new, waiting, unassigned
        agent = rnd.choice(users)
        conversation.assignee_id = agent
        conversation.assigned_at = at + timedelta(minutes=2)
        conversation.status = ConversationStatus.OPEN
        if rnd.random() < 0.4:
            conversation.tags.append(rnd.choice(tags))
        if roll < 0.7:
            continue  # open, claimed, still waiting
        reply_at = at + timedelta(minutes=rnd.randint(5, 90))
        state = rnd.choice(list(DeliveryState))
        session.add(
            Message(
                conversation_id=cid,
                platform=conversation.account.platform,
                direction=Direction.OUTBOUND,
                kind=MessageKind.REPLY,
                reply_mode=ReplyMode.DIRECT
                if kind is ConversationKind.DIRECT
                else ReplyMode.PUBLIC,
                author_user_id=agent,
                text=rnd.choice(ANSWERS),
                created_at=reply_at,
                received_at=reply_at,
                delivery_state=state,
                delivery_error="rejected: duplicate content (187)"
                if state is DeliveryState.FAILED
                else None,
            )
        )
        conversation.waiting_since = None
        if roll < 0.85:
            follow = reply_at + timedelta(minutes=rnd.randint(1, 120))
            if follow < now:
                add_inbound(session, cid, rnd.choice(FOLLOW_UPS), at=follow, received_at=follow)
                conversation.waiting_since = follow
                conversation.last_inbound_at = follow
        else:
            conversation.status = ConversationStatus.CLOSED
            conversation.closed_at = reply_at + timedelta(minutes=1)
            conversation.status_changed_at = conversation.closed_at
    if conversations:
        ids += _showcase(session, accounts, users, now)
    session.flush()
    lifecycle.inbound_arrived(session, ids, now)
    changes.touch(session, ids)
    return SampleInbox(accounts, users, tuple(ids))


def _showcase(
    session: Session, accounts: tuple[int, ...], users: tuple[int, ...], now: datetime
) -> list[int]:
    """Two conversations that show every kind of message and the messaging window."""
    x, facebook = accounts[0], accounts[1]
    started = now - timedelta(days=4, hours=2)
    thread = add_conversation(
        session,
        x,
        name="Sanne de Wit",
        handle="@sannedewit",
        text="Al twee weken ligt er een kapotte bank in het Darwinpark. Wie kan dit oppakken? "
        "Foto: https://www.example.nl/foto/8812",
        at=started,
        priority=int(Priority.HIGH),
    )
    conversation = session.get(Conversation, thread)
    assert conversation is not None
    conversation.assignee_id = users[0]
    conversation.assigned_at = started + timedelta(minutes=12)
    conversation.status = ConversationStatus.OPEN
    session.add_all(
        [
            Message(
                conversation_id=thread,
                platform=Platform.X,
                direction=Direction.OUTBOUND,
                kind=MessageKind.REPLY,
                reply_mode=ReplyMode.PUBLIC,
                author_user_id=users[0],
                text="Dank voor uw melding, Sanne! We sturen iemand langs.",
                created_at=started + timedelta(minutes=14),
                received_at=started + timedelta(minutes=14),
                delivery_state=DeliveryState.FAILED,
                delivery_error="403: You are not allowed to create a Tweet with duplicate content.",
            ),
            Message(
                conversation_id=thread,
                platform=Platform.X,
                direction=Direction.NOTE,
                kind=MessageKind.NOTE,
                author_user_id=users[1],
                text=f"@{COLLEAGUES[0][0]} melding staat in het zaaksysteem onder 2026-4471.",
                created_at=started + timedelta(minutes=20),
                received_at=started + timedelta(minutes=20),
            ),
        ]
    )
    add_inbound(
        session,
        thread,
        "Hallo? Ik hoor niets meer. <b>Graag reactie</b>",
        at=started + timedelta(days=1),
        received_at=started + timedelta(days=1),
    )
    conversation.waiting_since = started + timedelta(days=1)
    direct = add_conversation(
        session,
        facebook,
        name="Mohamed El Amrani",
        handle="mohamed.elamrani",
        text="Kan ik mijn vraag over de huurtoeslag ook hier stellen?",
        at=now - timedelta(hours=30),
        kind=ConversationKind.DIRECT,
    )
    return [thread, direct]


# ---- millions of rows, for benchmarks


def _batches(total: int, size: int) -> list[tuple[int, int]]:
    return [(start, min(total, start + size)) for start in range(0, total, size)]


def _stamp(value: datetime | None) -> str | None:
    """A timestamp as SQLAlchemy stores it in SQLite: UTC text with microseconds."""
    if value is None:
        return None
    if value.tzinfo is not UTC:
        value = value.astimezone(UTC)
    return value.replace(tzinfo=None).isoformat(" ", "microseconds")


def _enum_value(value: enum.Enum | None) -> object:
    return None if value is None else value.value


def _converter(rows: list[dict[str, object]], column: str) -> Callable[[Any], object] | None:
    for row in rows:
        value = row[column]
        if isinstance(value, datetime):
            return _stamp
        if isinstance(value, enum.Enum):
            return _enum_value
        if value is not None:
            return None
    return None


class _Writer:
    """Inserts rows of one table: raw executemany on SQLite, Core executemany elsewhere."""

    def __init__(self, connection: Connection) -> None:
        self.connection = connection
        self.sqlite = connection.dialect.name == "sqlite"
        if self.sqlite:  # room for the indexes' pages while rows go in out of their order
            connection.exec_driver_sql("PRAGMA cache_size = -262144")

    def insert(self, table: Table, rows: list[dict[str, object]]) -> None:
        if not rows:
            return
        if not self.sqlite:
            self.connection.execute(insert(table), rows)
            return
        columns = list(rows[0])
        convert = [(c, _converter(rows, c)) for c in columns]
        statement = (
            f"INSERT INTO {table.name} ({', '.join(columns)}) "
            f"VALUES ({', '.join('?' for _ in columns)})"
        )
        self.connection.exec_driver_sql(
            statement,
            [tuple(row[c] if f is None else f(row[c]) for c, f in convert) for row in rows],
        )


@contextmanager
def _search_index_paused(engine: Engine) -> Iterator[None]:
    """On SQLite, index message texts once at the end instead of row by row (much faster)."""
    if engine.dialect.name != "sqlite":
        yield
        return
    with engine.begin() as connection:
        triggers = connection.exec_driver_sql(
            "SELECT name, sql FROM sqlite_master WHERE type = 'trigger' AND tbl_name = 'messages'"
        ).all()
        for name, _sql in triggers:
            connection.exec_driver_sql(f"DROP TRIGGER {name}")
    try:
        yield
    finally:
        with engine.begin() as connection:
            for _name, sql in triggers:
                connection.exec_driver_sql(sql)
            if triggers:
                connection.exec_driver_sql(
                    "INSERT INTO messages_fts(messages_fts) VALUES ('rebuild')"
                )


def bulk_generate(
    engine: Engine,
    *,
    conversations: int,
    messages_per_conversation: int = 3,
    seed: int = 1,
    now: datetime | None = None,
    batch: int = 50_000,
    progress: Callable[[str], None] | None = None,
) -> None:
    """Write `conversations` conversations with their messages into an upgraded database.

    Inserts go through executemany in transactions of `batch` conversations; ids are assigned
    here, so the database needs no round trip per row. On SQLite the full-text index is built
    once at the end.
    """
    now = now or utcnow()
    rnd = random.Random(seed)
    say = progress or (lambda _text: None)
    with engine.begin() as connection:
        session = Session(bind=connection)
        if session.scalar(select(Account.id).limit(1)) is None:
            populate(session, conversations=0, seed=seed, now=now)
            session.flush()
        account_ids = list(session.scalars(select(Account.id).order_by(Account.id)))
        platforms = {a: p for a, p in session.execute(select(Account.id, Account.platform))}
        user_ids = list(session.scalars(select(User.id).order_by(User.id)))
        tag_ids = list(session.scalars(select(Tag.id).order_by(Tag.id)))
        next_contact = (session.scalar(select(func.max(Contact.id))) or 0) + 1
        next_conv = (session.scalar(select(func.max(Conversation.id))) or 0) + 1
        next_message = (session.scalar(select(func.max(Message.id))) or 0) + 1
        session.close()
    span = timedelta(days=730).total_seconds()
    statuses = list(ConversationStatus)
    status_weights = [8, 14, 5, 2, 71]
    active_statuses = (ConversationStatus.NEW, ConversationStatus.OPEN)
    with _search_index_paused(engine):
        for start, end in _batches(conversations, batch):
            contacts: list[dict[str, object]] = []
            convs: list[dict[str, object]] = []
            messages: list[dict[str, object]] = []
            conv_tags: list[dict[str, object]] = []
            for _ in range(start, end):
                account = rnd.choice(account_ids)
                platform = platforms[account]
                first, last = rnd.choice(FIRST_NAMES), rnd.choice(LAST_NAMES)
                contact_id, conv_id = next_contact, next_conv
                next_contact += 1
                next_conv += 1
                contacts.append(
                    {
                        "id": contact_id,
                        "platform": platform,
                        "external_id": f"c{contact_id}",
                        "handle": f"@{first.lower()}{contact_id}",
                        "display_name": f"{first} {last}",
                        "created_at": now,
                        "updated_at": now,
                    }
                )
                created = now - timedelta(seconds=rnd.random() * span)
                status = rnd.choices(statuses, weights=status_weights)[0]
                active = status in active_statuses
                assignee = (
                    rnd.choice(user_ids)
                    if status is not ConversationStatus.NEW and rnd.random() < 0.7
                    else None
                )
                at = created
                last_inbound = created
                for index in range(messages_per_conversation):
                    outbound = index % 2 == 1
                    text = rnd.choice(
                        ANSWERS if outbound else SUBJECTS if index == 0 else FOLLOW_UPS
                    )
                    messages.append(
                        {
                            "id": next_message,
                            "conversation_id": conv_id,
                            "platform": platform,
                            "external_id": f"m{next_message}",
                            "direction": Direction.OUTBOUND if outbound else Direction.INBOUND,
                            "kind": MessageKind.REPLY if outbound else MessageKind.MENTION,
                            "reply_mode": ReplyMode.PUBLIC if outbound else None,
                            "author_contact_id": None if outbound else contact_id,
                            "author_user_id": assignee if outbound else None,
                            "text": f"{text} ({first} {last}, #{next_message})",
                            "created_at": at,
                            "received_at": at,
                            "delivery_state": DeliveryState.SENT if outbound else None,
                            "send_attempts": 1 if outbound else 0,
                        }
                    )
                    next_message += 1
                    if not outbound:
                        last_inbound = at
                    at += timedelta(minutes=rnd.randint(1, 600))
                waiting = last_inbound if active and messages_per_conversation % 2 == 1 else None
                convs.append(
                    {
                        "id": conv_id,
                        "account_id": account,
                        "kind": ConversationKind.PUBLIC_THREAD,
                        "thread_key": f"t{conv_id}",
                        "contact_id": contact_id,
                        "status": status,
                        "snoozed_until": now + timedelta(days=1)
                        if status is ConversationStatus.SNOOZED
                        else None,
                        "assignee_id": assignee,
                        "assigned_at": created if assignee else None,
                        "priority": rnd.choices([0, 1, 2, 3], weights=[2, 12, 3, 1])[0],
                        "first_inbound_at": created,
                        "last_inbound_at": last_inbound,
                        "last_message_at": at,
                        "waiting_since": waiting,
                        "closed_at": at if status is ConversationStatus.CLOSED else None,
                        "status_changed_at": None if active else at,
                        "revision": 0,
                        "created_at": created,
                        "updated_at": at,
                    }
                )
                if tag_ids and rnd.random() < 0.2:
                    conv_tags.append({"conversation_id": conv_id, "tag_id": rnd.choice(tag_ids)})
            with engine.begin() as connection:
                writer = _Writer(connection)
                writer.insert(Contact.__table__, contacts)  # type: ignore[arg-type]
                writer.insert(Conversation.__table__, convs)  # type: ignore[arg-type]
                writer.insert(Message.__table__, messages)  # type: ignore[arg-type]
                writer.insert(ConversationTag.__table__, conv_tags)  # type: ignore[arg-type]
            say(f"{end:,} of {conversations:,} conversations")


# ---- the command


def build(folder: Path, conversations: int, bulk: int, me: str | None) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    settings = Settings(db_url=sqlite_url(folder), data_dir=folder, language="nl")
    database = open_database(settings)
    try:
        with transaction(database.sessions) as session:
            populate(session, conversations=conversations, me=me)
        if bulk:
            start = time.perf_counter()
            bulk_generate(
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
