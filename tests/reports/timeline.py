"""Hand-built timelines, played through the inbox's real code paths (a helper module, used by
the reports' and the reports page's tests).

Residents' messages and the account's own replies on the platform arrive through ingest;
agents reply, note and change statuses through the inbox's actions; replies are sent by the
outbox's sender (to a channel that accepts them at the time the test says). The reports desk
then counts what the triggers recorded.
"""

from __future__ import annotations

import itertools
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta
from zoneinfo import ZoneInfo

from resources import ROOT
from webcare.channel import (
    Delivered,
    FetchResult,
    Identity,
    InboundItem,
    ItemKind,
    OutboundReply,
)
from webcare.desks import Desks, open_desks
from webcare.inbox import actions, sender
from webcare.inbox.ingest import ingest
from webcare.lease import Lease
from webcare.reports.figures import NO_FILTERS, Filters, Period, Report
from webcare.residents.values import ResidentInput
from webcare.residents.vocabulary import ConsentMethod, Purpose
from webcare.runtime import Database
from webcare.storage.db import transaction
from webcare.storage.models import Account, User, UserRole
from webcare.team.policy import Span
from webcare.vocabulary import ConversationKind, ConversationStatus, Platform, Role

AMS = ZoneInfo("Europe/Amsterdam")


def local(
    year: int, month: int, day: int, hour: int = 0, minute: int = 0, sec: int = 0
) -> datetime:
    """An instant given as Amsterdam wall-clock time."""
    return datetime(year, month, day, hour, minute, sec, tzinfo=AMS)


def hours(opens: str, closes: str) -> Span:
    def minutes(clock: str) -> int:
        hour, minute = clock.split(":")
        return int(hour) * 60 + int(minute)

    return Span(minutes(opens), minutes(closes))


SENT_IDS = itertools.count(1)


class AcceptingChannel:
    """A platform that accepts every reply, at the time the test sets."""

    def __init__(self) -> None:
        self.at: datetime | None = None

    def send_reply(self, reply: OutboundReply) -> Delivered:
        return Delivered(f"sent-{next(SENT_IDS)}", self.at)

    def find_sent(self, reply: OutboundReply, since: datetime) -> Delivered | None:
        return None


DEMO_POSTCODES = ROOT / "postcodes" / "demo_pc6hnr2025.csv"


@dataclass(frozen=True)
class Resident:
    id: int
    code: str  # the one-time code to send from the account that is to be linked


@dataclass
class Timeline:
    database: Database
    account: int
    anna: int  # an agent
    supervisor: Desks
    other_account: int
    _items: Iterator[int] = field(default_factory=lambda: iter(range(1, 10**9)))
    _threads: dict[int, tuple[str, int]] = field(default_factory=dict)
    _postcodes: bool = False

    def _item(
        self,
        thread: str,
        at: datetime,
        *,
        own: bool,
        account: int | None = None,
        noted: datetime | None = None,
        kind: ConversationKind = ConversationKind.PUBLIC_THREAD,
        author: str | None = None,
        text: str | None = None,
    ) -> int:
        number = next(self._items)
        item = InboundItem(
            external_id=f"m{number}",
            parent_external_id=None,
            thread_key=thread,
            conversation_kind=kind,
            kind=ItemKind.REPLY if own else ItemKind.MENTION,
            author=Identity("4242", "@gemeente")
            if own
            else Identity(author or f"r-{thread}", f"@{author or 'res'}"),
            text=text or ("Hoe zit het?" if not own else "Dank voor uw bericht."),
            created_at=at.astimezone(UTC),
            from_account=own,
            stream="mentions",
        )
        account_id = account or self.account
        with transaction(self.database.sessions) as session:
            report = ingest(
                session, account_id, FetchResult(items=[item]), now=(noted or at).astimezone(UTC)
            )
        (conversation_id,) = report.conversations
        self._threads[conversation_id] = (thread, account_id)
        return conversation_id

    def resident(
        self,
        thread: str,
        at: datetime,
        *,
        noted: datetime | None = None,
        account: int | None = None,
        kind: ConversationKind = ConversationKind.PUBLIC_THREAD,
        author: str | None = None,
        text: str | None = None,
    ) -> int:
        """A resident writes at `at` (fetched at `noted`, default the same moment); one
        `author` (default: one per thread) writes all their threads from one account."""
        return self._item(
            thread, at, own=False, noted=noted, account=account, kind=kind, author=author,
            text=text,
        )  # fmt: skip

    def platform_reply(
        self,
        thread: str,
        at: datetime,
        *,
        noted: datetime | None = None,
        kind: ConversationKind = ConversationKind.PUBLIC_THREAD,
    ) -> int:
        """The team answers on the platform itself, outside Webcare; ingest finds it."""
        return self._item(thread, at, own=True, noted=noted, kind=kind)

    def reply(self, conversation_id: int, at: datetime, *, sent: datetime | None = None) -> None:
        """Anna replies in Webcare at `at`; the platform accepts it at `sent` (default `at`)."""
        with transaction(self.database.sessions) as session:
            actions.send_reply(
                session,
                conversation_id,
                "Wij zoeken het uit.",
                by=self.anna,
                expected_holder=None,
                confirmed=True,
                now=at.astimezone(UTC),
            )
        _, account_id = self._threads[conversation_id]
        channel = AcceptingChannel()
        channel.at = (sent or at).astimezone(UTC)
        # Sent as the worker sends: holding the lease (issue 10 fences every send with it).
        lease = Lease(self.database.sessions, "timeline", ttl=timedelta(minutes=5))
        lease.acquire()
        try:
            sender.deliver(lease, account_id, channel)  # type: ignore[arg-type]
        finally:
            lease.release()

    def note(self, conversation_id: int, at: datetime) -> None:
        with transaction(self.database.sessions) as session:
            actions.add_note(session, conversation_id, "Even navragen", by=self.anna, now=at)

    def status(
        self, conversation_id: int, status: ConversationStatus, at: datetime, **kw: object
    ) -> None:
        with transaction(self.database.sessions) as session:
            actions.set_status(
                session,
                [conversation_id],
                status,
                by=self.anna,
                now=at.astimezone(UTC),
                **kw,  # type: ignore[arg-type]
            )

    def close(self, conversation_id: int, at: datetime) -> None:
        self.status(conversation_id, ConversationStatus.CLOSED, at)

    def policy(self, days: dict[int, tuple[Span, ...]], target_minutes: int, **kw: object) -> None:
        week = tuple(days.get(day, ()) for day in range(7))
        self.supervisor.team.set_policy(week, target_minutes, **kw)  # type: ignore[arg-type]

    def report(
        self, first: date, last: date, now: datetime, filters: Filters = NO_FILTERS
    ) -> Report:
        desk = open_desks(self.database.sessions, "sue", clock=lambda: now.astimezone(UTC))
        return desk.reports.report(Period(first, last), filters).value

    def living_at(self, name: str, postcode: str, house_number: str) -> Resident:
        """A resident's profile at an address of the demo postcode table (imported first), with
        a given consent to link their social accounts and a code to send from one."""
        residents = self.supervisor.residents  # Sue holds every role
        if not self._postcodes:
            residents.import_postcodes(DEMO_POSTCODES, lambda _done, _total: None)
            self._postcodes = True
        resident = residents.create(
            ResidentInput(name=name, postcode=postcode, house_number=house_number)
        ).value
        residents.give_consents(
            resident,
            [Purpose.LINK_SOCIAL],
            method=ConsentMethod.REPLY_CARD,
            given_at=residents.clock(),
            evidence_ref="card-1",
            notice_version=residents.notice().version,
        )
        return Resident(resident, residents.issue_code(resident).value.code)

    def link(self, conversation_id: int, resident: Resident) -> None:
        """A colleague confirms the link the code offered: every conversation of the account."""
        self.supervisor.residents.link(conversation_id, resident.id)

    def withdraw(self, resident: Resident) -> None:
        self.supervisor.residents.withdraw_consent(
            resident.id, Purpose.LINK_SOCIAL, method=ConsentMethod.PHONE
        )

    def reports_desk(self, now: datetime) -> Desks:
        return open_desks(self.database.sessions, "sue", clock=lambda: now.astimezone(UTC))


def make_timeline(database: Database) -> Timeline:
    """Sue (the first user: every role), Anna (an agent), an account on X and on Facebook."""
    sue = open_desks(database.sessions, "sue", "Sue Supervisor")
    with transaction(database.sessions) as session:
        accounts = []
        for platform, handle in ((Platform.X, "@gemeente"), (Platform.FACEBOOK, "gemeente")):
            account = Account(
                platform=platform,
                external_id="4242" if platform is Platform.X else "104857600000001",
                name="Gemeente",
                handle=handle,
                credential_ref=f"test:{platform.value}",
            )
            session.add(account)
            accounts.append(account)
        anna = User(username="anna", display_name="Anna de Jong")
        anna.roles.append(UserRole(role=Role.AGENT))
        session.add(anna)
        session.flush()
        ids = (accounts[0].id, accounts[1].id, anna.id)
    return Timeline(database, ids[0], ids[2], sue, ids[1])
