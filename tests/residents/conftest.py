"""Fixtures for the residents room: a team with every role, an account, and conversations that
arrive the way residents' messages do (through ingest), a clock the tests move."""

from __future__ import annotations

import itertools
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from webcare.channel import FetchResult, Identity, InboundItem, ItemKind
from webcare.desks import Desks, open_desks
from webcare.inbox.ingest import ingest
from webcare.residents.values import ResidentInput
from webcare.residents.vocabulary import ConsentMethod, Purpose
from webcare.runtime import Database
from webcare.storage.db import transaction
from webcare.storage.models import Account, Conversation
from webcare.users import ensure_user, grant
from webcare.vocabulary import ConversationKind, Platform, Role

DEMO_TABLE = Path(__file__).parents[2] / "resources" / "postcodes" / "demo_pc6hnr2025.csv"
START = datetime(2026, 3, 2, 9, 0, tzinfo=UTC)


class Clock:
    def __init__(self, start: datetime = START) -> None:
        self.now = start

    def __call__(self) -> datetime:
        return self.now

    def advance(self, **kwargs: float) -> None:
        self.now += timedelta(**kwargs)


@dataclass
class Team:
    """Desks for one person per role (`boss` holds every role: the first user)."""

    boss: Desks
    privacy: Desks
    supervisor: Desks
    agent: Desks
    planner: Desks
    admin: Desks

    def by_role(self, role: Role) -> Desks:
        return {
            Role.PRIVACY_OFFICER: self.privacy,
            Role.SUPERVISOR: self.supervisor,
            Role.AGENT: self.agent,
            Role.PLANNER: self.planner,
            Role.ADMIN: self.admin,
        }[role]


@pytest.fixture
def clock() -> Clock:
    return Clock()


@pytest.fixture
def team(database: Database, clock: Clock) -> Team:
    names = {
        "privacy": Role.PRIVACY_OFFICER,
        "supervisor": Role.SUPERVISOR,
        "agent": Role.AGENT,
        "planner": Role.PLANNER,
        "admin": Role.ADMIN,
    }
    with transaction(database.sessions) as session:
        ensure_user(session, "boss", "Baas")  # the first user holds every role
        for name, role in names.items():
            user = ensure_user(session, name, name.title())
            if role is not Role.AGENT:
                grant(session, user.id, [role])
                from webcare.storage.models import UserRole

                session.query(UserRole).filter_by(user_id=user.id, role=Role.AGENT).delete()

    def desks(name: str) -> Desks:
        return open_desks(database.sessions, name, clock=clock, workstation="ws-test")

    return Team(
        boss=desks("boss"),
        privacy=desks("privacy"),
        supervisor=desks("supervisor"),
        agent=desks("agent"),
        planner=desks("planner"),
        admin=desks("admin"),
    )


@pytest.fixture
def account(database: Database) -> int:
    with transaction(database.sessions) as session:
        row = Account(
            platform=Platform.X, external_id="4242", name="Gemeente", credential_ref="test"
        )
        session.add(row)
        session.flush()
        return row.id


Inbound = Callable[..., int]


@pytest.fixture
def inbound(database: Database, account: int, clock: Clock) -> Inbound:
    """A resident's message, ingested as the worker would; returns its conversation's id."""
    ids = itertools.count(1)

    def send(
        text: str,
        *,
        author: str = "900",
        handle: str = "@zyxwhandle",
        name: str = "Q. Zyxwbewoner",
        thread: str | None = None,
        kind: ConversationKind = ConversationKind.DIRECT,
    ) -> int:
        number = next(ids)
        key = thread or f"thread-{author}-{number}"
        item = InboundItem(
            external_id=f"m{number}-{author}",
            parent_external_id=None,
            thread_key=key,
            conversation_kind=kind,
            kind=ItemKind.DIRECT_MESSAGE if kind is ConversationKind.DIRECT else ItemKind.MENTION,
            author=Identity(author, handle, name),
            text=text,
            created_at=clock.now,
        )
        with transaction(database.sessions) as session:
            ingest(session, account, FetchResult(items=[item]), clock.now)
            found = (
                session.query(Conversation.id)
                .filter_by(account_id=account, thread_key=key)
                .scalar()
            )
        assert found is not None
        return int(found)

    return send


@pytest.fixture
def person() -> ResidentInput:
    """A resident whose name, e-mail, phone and handle occur nowhere else in a test database."""
    return PERSON


PERSON = ResidentInput(
    name="Zyxwina Testpersoon",
    email="zyxwina@voorbeeld.nl",
    phone="06 12345678",
    postcode="9999 ab",
    house_number="12a",
    language="nl",
)


Give = Callable[..., list[int]]


@pytest.fixture
def give() -> Give:
    """Record consent for purposes, as the privacy officer does from a reply card."""

    def record(
        desks: Desks, resident: int, *purposes: Purpose, at: datetime | None = None
    ) -> list[int]:
        notice = desks.residents.notice()
        return desks.residents.give_consents(
            resident,
            list(purposes),
            method=ConsentMethod.REPLY_CARD,
            given_at=at or desks.residents.clock(),
            evidence_ref="scan-0042",
            notice_version=notice.version,
        ).value

    return record


@pytest.fixture
def demo_table(team: Team) -> None:
    """The fictional postcode table of the demo, imported by the administrator."""
    team.admin.residents.import_postcodes(DEMO_TABLE, lambda _d, _t: None)
