"""Fixtures for the inbox services: a database with two agents and an account."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

import pytest

from tests.helpers import inbox as data
from webcare.runtime import Database
from webcare.storage.db import transaction
from webcare.vocabulary import ConversationKind, Platform, Role


@dataclass(frozen=True)
class Team:
    anna: int
    bart: int
    planner: int
    x: int
    facebook: int


@pytest.fixture
def team(database: Database) -> Team:
    with transaction(database.sessions) as session:
        return Team(
            anna=data.add_user(session, "anna", "Anna de Jong"),
            bart=data.add_user(session, "bart", "Bart Kuiper"),
            planner=data.add_user(session, "pia", "Pia Planner", (Role.PLANNER,)),
            x=data.add_account(session, Platform.X, "Gemeente", "@gemeente"),
            facebook=data.add_account(session, Platform.FACEBOOK, "Gemeente", "gemeente"),
        )


NewConversation = Callable[..., int]


@pytest.fixture
def new_conversation(database: Database, team: Team) -> NewConversation:
    """A resident starts a conversation with one message, stored by the real ingest."""
    counter = iter(range(1, 1_000_000))

    def make(
        text: str = "Mijn container is niet geleegd",
        *,
        account: int | None = None,
        name: str = "Jan de Vries",
        handle: str | None = None,
        kind: ConversationKind = ConversationKind.PUBLIC_THREAD,
        **kwargs: object,
    ) -> int:
        with transaction(database.sessions) as session:
            return data.add_conversation(
                session,
                account or team.x,
                name=name,
                handle=handle or f"@jan{next(counter)}",
                text=text,
                kind=kind,
                **kwargs,  # type: ignore[arg-type]
            )

    return make
