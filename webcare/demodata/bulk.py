"""Millions of made-up conversations, written straight into an upgraded database.

This writes rows directly, at the speed a million conversations need (bulk `executemany` on
SQLite, `COPY` on PostgreSQL), where the product stores residents' messages only through
ingest. The rows keep the product's invariants all the same:

- ids follow time: conversations and messages get their ids in the order Webcare would have
  received them (a message written after the next conversation started gets a later id), so
  "newest first" by id is newest first by time, as ingest makes it;
- every conversation's summary columns (first inbound, last message, waiting since, first
  response, closed at) agree with its messages; only active conversations whose last word is
  the resident's are waiting;
- the secondary and full-text indexes are built once at the end, from their own definitions
  in the database (dropped during the load, created again after it; on SQLite the FTS5 tables
  are rebuilt), so they are exactly what the migrations made; unique indexes stay throughout;
- PostgreSQL's id sequences are moved past the written ids.

Statuses are deliberately heavy on active work (about a fifth new or open) so that every queue
of the inbox holds tens of thousands of rows at a million conversations.
"""

from __future__ import annotations

import bisect
import random
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from itertools import accumulate

from sqlalchemy import Engine, func, select
from sqlalchemy.orm import Session

from webcare.clock import utcnow
from webcare.demodata.sample import add_team
from webcare.demodata.texts import FIRST_NAMES, LAST_NAMES, TextMaker
from webcare.demodata.writing import Say, indexes_paused, move_sequences
from webcare.demodata.writing import Stamps as Stamps  # the benchmarks write rows with these
from webcare.demodata.writing import Writer as Writer
from webcare.storage.models import Account, Contact, Conversation, Message, Tag, User
from webcare.vocabulary import (
    ConversationKind,
    ConversationStatus,
    DeliveryState,
    Direction,
    MessageKind,
    Platform,
    ReplyMode,
)

STATUSES = list(ConversationStatus)
STATUS_WEIGHTS = list(accumulate((8, 14, 5, 2, 71)))  # new, open, pending, snoozed, closed
ACTIVE = (ConversationStatus.NEW, ConversationStatus.OPEN)
PLATFORM_WEIGHTS = {Platform.X: 30, Platform.FACEBOOK: 45, Platform.INSTAGRAM: 25}
RETURNING_RESIDENT = 0.3  # a conversation started by a resident who wrote before
SPAN = timedelta(days=365)
ANSWER_GAPS = (30, 180, 1440)  # minutes until the team answers, at most
FOLLOW_UP_GAPS = (5, 20, 60, 240, 900)  # minutes until the resident writes again, at most
PRIORITIES = (0, 1, 2, 3)
PRIORITY_WEIGHTS = list(accumulate((2, 12, 3, 1)))
SENT = DeliveryState.SENT.value

CONTACT_COLUMNS = ("id", "platform", "external_id", "handle", "display_name", "created_at",
                   "updated_at")  # fmt: skip
CONVERSATION_COLUMNS = (
    "id", "account_id", "kind", "thread_key", "contact_id", "status", "snoozed_until",
    "status_changed_at", "assignee_id", "assigned_at", "priority", "first_inbound_at",
    "first_response_at", "last_inbound_at", "last_message_at", "waiting_since", "closed_at",
    "revision", "created_at", "updated_at",
)  # fmt: skip
MESSAGE_COLUMNS = (
    "id", "conversation_id", "platform", "external_id", "parent_external_id", "direction",
    "kind", "reply_mode", "author_contact_id", "author_user_id", "text", "created_at",
    "received_at", "delivery_state", "delivery_error", "send_attempts", "send_started_at",
    "sent_at",
)  # fmt: skip
TAG_COLUMNS = ("conversation_id", "tag_id")


@dataclass(frozen=True)
class Generated:
    conversations: int
    messages: int
    contacts: int


# ---- making rows


@dataclass
class _Ids:
    contact: int
    conversation: int
    message: int


@dataclass
class _Pending:
    """A message made but not yet written: its id waits until its time comes."""

    at: datetime
    values: list[object]  # MESSAGE_COLUMNS without the id


class _Maker:
    """Makes the rows of conversations in time order, as plain values; see the module
    docstring. Times are naive UTC datetimes until they are written (`Stamps`)."""

    def __init__(
        self,
        session: Session,
        rnd: random.Random,
        now: datetime,
        messages_per_conversation: int,
        ids: _Ids,
        stamp: Stamps,
    ) -> None:
        self.rnd = rnd
        self.now = now
        self.per = messages_per_conversation
        self.ids = ids
        self.stamp = stamp
        accounts = list(session.execute(select(Account.id, Account.platform).order_by(Account.id)))
        self.accounts: dict[Platform, list[int]] = {}
        for account_id, platform in accounts:
            self.accounts.setdefault(Platform(platform), []).append(account_id)
        self.platforms = [p for p in PLATFORM_WEIGHTS if p in self.accounts]
        self.platform_weights = list(accumulate(PLATFORM_WEIGHTS[p] for p in self.platforms))
        self.users = list(session.scalars(select(User.id).order_by(User.id)))
        usernames = list(session.scalars(select(User.username).order_by(User.id)))
        self.tags = list(session.scalars(select(Tag.id).order_by(Tag.id)))
        self.texts = TextMaker(rnd, usernames or None)
        self.known: dict[Platform, list[tuple[int, str]]] = {p: [] for p in self.platforms}
        self.contacts: list[tuple[object, ...]] = []
        self.conversations: list[tuple[object, ...]] = []
        self.conversation_tags: list[tuple[object, ...]] = []
        self.pending: list[_Pending] = []
        self.messages_written = 0

    def _contact(self, platform: Platform, at: str | None) -> tuple[int, str]:
        rnd = self.rnd
        known = self.known[platform]
        if known and rnd.random() < RETURNING_RESIDENT:
            return rnd.choice(known)
        contact_id = self.ids.contact
        self.ids.contact += 1
        first, last = rnd.choice(FIRST_NAMES), rnd.choice(LAST_NAMES)
        handle = f"{first.lower()}{last.split()[-1].lower()[:3]}{contact_id}"
        if platform is Platform.X:
            handle = "@" + handle
        self.contacts.append(
            (contact_id, platform.value, f"c{contact_id}", handle, f"{first} {last}", at, at)
        )
        known.append((contact_id, first))
        return contact_id, first

    def conversation(self, created: datetime) -> None:
        rnd, now, stamp = self.rnd, self.now, self.stamp
        platform = rnd.choices(self.platforms, cum_weights=self.platform_weights)[0]
        account = rnd.choice(self.accounts[platform])
        direct = rnd.random() < 0.25
        kind = ConversationKind.DIRECT if direct else ConversationKind.PUBLIC_THREAD
        contact_id, first_name = self._contact(platform, stamp(created))
        conversation_id = self.ids.conversation
        self.ids.conversation += 1
        status = rnd.choices(STATUSES, cum_weights=STATUS_WEIGHTS)[0]
        assignee = (
            rnd.choice(self.users)
            if self.users and status is not ConversationStatus.NEW and rnd.random() < 0.7
            else None
        )
        topic = self.texts.topic()
        per = self.per
        count = per if per < 2 else rnd.choices((per - 1, per, per + 1), cum_weights=(1, 3, 4))[0]
        inbound_kind = (
            MessageKind.DIRECT_MESSAGE
            if direct
            else MessageKind.MENTION
            if platform is Platform.X
            else MessageKind.COMMENT
        )
        reply_mode = ReplyMode.DIRECT if direct else ReplyMode.PUBLIC
        at = created
        first_inbound = last_inbound = first_response = last_any = None
        last_word_inbound = False
        for index in range(count):
            if at > now:
                break
            answering = status is not ConversationStatus.NEW and index % 2 == 1
            if answering and rnd.random() < 0.06:  # a note before the answer
                self._message(
                    conversation_id, platform, at, Direction.NOTE, MessageKind.NOTE, None,
                    assignee, self.texts.note(),
                )  # fmt: skip
                at += timedelta(minutes=rnd.randint(1, 30))
                if at > now:
                    break
            if answering:
                text = self.texts.answer(platform.value, first_name)
                self._message(
                    conversation_id, platform, at, Direction.OUTBOUND, MessageKind.REPLY,
                    reply_mode, assignee, text,
                )  # fmt: skip
                first_response = first_response or at
                last_word_inbound = False
            else:
                text = (
                    self.texts.opening(topic, platform.value, direct)
                    if index == 0
                    else self.texts.follow_up(topic, platform.value)
                )
                self._message(
                    conversation_id, platform, at, Direction.INBOUND, inbound_kind, None,
                    contact_id, text,
                )  # fmt: skip
                first_inbound = first_inbound or at
                last_inbound = at
                last_word_inbound = True
            last_any = at
            gap = rnd.choice(ANSWER_GAPS if not answering else FOLLOW_UP_GAPS)
            at += timedelta(minutes=rnd.randint(1, gap))
        active = status in ACTIVE
        end = last_any or created
        settled = min(end + timedelta(minutes=rnd.randint(1, 120)), now)
        snoozed = now + timedelta(hours=rnd.randint(2, 72))
        assigned = min(created + timedelta(minutes=rnd.randint(1, 60)), now)
        self.conversations.append(
            (
                conversation_id, account, kind.value, f"t{conversation_id}", contact_id,
                status.value,
                stamp(snoozed) if status is ConversationStatus.SNOOZED else None,
                None if active else stamp(settled),
                assignee,
                stamp(assigned) if assignee else None,
                rnd.choices(PRIORITIES, cum_weights=PRIORITY_WEIGHTS)[0],
                stamp(first_inbound), stamp(first_response), stamp(last_inbound),
                stamp(last_any),
                stamp(last_inbound) if active and last_word_inbound else None,
                stamp(settled) if status is ConversationStatus.CLOSED else None,
                0, stamp(created), stamp(end),
            )
        )  # fmt: skip
        if self.tags and rnd.random() < 0.35:
            for tag in rnd.sample(self.tags, rnd.choice((1, 1, 1, 2))):
                self.conversation_tags.append((conversation_id, tag))

    def _message(
        self,
        conversation_id: int,
        platform: Platform,
        at: datetime,
        direction: Direction,
        kind: MessageKind,
        mode: ReplyMode | None,
        author: int | None,
        text: str,
    ) -> None:
        inbound = direction is Direction.INBOUND
        outbound = direction is Direction.OUTBOUND
        when = self.stamp(at)
        self.pending.append(
            _Pending(
                at,
                [
                    conversation_id, platform.value,
                    None if direction is Direction.NOTE else "",  # "": the id, once known
                    None, direction.value, kind.value, mode.value if mode else None,
                    author if inbound else None,
                    None if inbound else author,
                    text, when, when,
                    SENT if outbound else None, None,
                    1 if outbound else 0,
                    when if outbound else None,
                    when if outbound else None,
                ],
            )
        )  # fmt: skip

    def take_messages(self, until: datetime | None) -> list[tuple[object, ...]]:
        """The pending messages written before `until` (all: None), with their ids."""
        self.pending.sort(key=lambda p: p.at)
        cut = len(self.pending)
        if until is not None:
            cut = bisect.bisect_left([p.at for p in self.pending], until)
        due, self.pending = self.pending[:cut], self.pending[cut:]
        rows: list[tuple[object, ...]] = []
        for item in due:
            message_id = self.ids.message
            self.ids.message += 1
            values = item.values
            if values[2] == "":
                values[2] = f"m{message_id}"
            rows.append((message_id, *values))
        self.messages_written += len(rows)
        return rows

    def take_rows(self) -> tuple[list[tuple[object, ...]], ...]:
        taken = (self.contacts, self.conversations, self.conversation_tags)
        self.contacts, self.conversations, self.conversation_tags = [], [], []
        return taken


def generate(
    engine: Engine,
    *,
    conversations: int,
    messages_per_conversation: int = 3,
    seed: int = 1,
    now: datetime | None = None,
    batch: int = 50_000,
    progress: Say | None = None,
) -> Generated:
    """Write `conversations` conversations with about `messages_per_conversation` messages
    each into an upgraded database, spread over the year before `now`.

    The team (accounts, colleagues, tags) is added first when the database has no account.
    """
    now = (now or utcnow()).astimezone(UTC).replace(tzinfo=None)
    rnd = random.Random(seed)
    say = progress or (lambda _text: None)
    with engine.begin() as connection:
        session = Session(bind=connection)
        if session.scalar(select(Account.id).limit(1)) is None:
            add_team(session)
            session.flush()
        ids = _Ids(
            contact=(session.scalar(select(func.max(Contact.id))) or 0) + 1,
            conversation=(session.scalar(select(func.max(Conversation.id))) or 0) + 1,
            message=(session.scalar(select(func.max(Message.id))) or 0) + 1,
        )
        maker = _Maker(
            session, rnd, now, messages_per_conversation, ids, Stamps(engine.dialect.name)
        )
        session.close()
    start = now - SPAN
    seconds = SPAN.total_seconds()
    offsets = sorted(rnd.random() * seconds for _ in range(conversations))
    first_contact = ids.contact
    with indexes_paused(engine, say):
        for begin in range(0, conversations, batch):
            end = min(conversations, begin + batch)
            for offset in offsets[begin:end]:
                maker.conversation(start + timedelta(seconds=offset))
            until = start + timedelta(seconds=offsets[end]) if end < conversations else None
            messages = maker.take_messages(until)
            contacts, convs, tags = maker.take_rows()
            with engine.begin() as connection:
                writer = Writer(connection)
                writer.insert("contacts", CONTACT_COLUMNS, contacts)
                writer.insert("conversations", CONVERSATION_COLUMNS, convs)
                writer.insert("messages", MESSAGE_COLUMNS, messages)
                writer.insert("conversation_tags", TAG_COLUMNS, tags)
            say(f"{end:,} of {conversations:,} conversations")
    with engine.begin() as connection:
        move_sequences(connection)
        connection.exec_driver_sql("ANALYZE")
    return Generated(conversations, maker.messages_written, ids.contact - first_contact)
