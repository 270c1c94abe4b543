"""Test data for the team's desk: a database with its first user (every role) and an account."""

from __future__ import annotations

from dataclasses import dataclass

from tests.helpers import inbox as data
from webcare.desks import Desks, open_desks
from webcare.runtime import Database
from webcare.storage.db import transaction
from webcare.vocabulary import Platform


@dataclass(frozen=True)
class Office:
    boss: Desks  # the first user of the database: every role
    account: int


def open_office(database: Database) -> Office:
    """The first user, "boss", signs in (and so holds every role); the team has an X account."""
    boss = open_desks(database.sessions, "boss", "Bea Baas")
    with transaction(database.sessions) as session:
        account = data.add_account(session, Platform.X, "Gemeente", "@gemeente")
    return Office(boss, account)
