"""The change counter tells a desktop which conversations changed, and nothing more."""

from __future__ import annotations

from webcare.inbox import changes
from webcare.runtime import Database
from webcare.storage.db import transaction
from webcare.storage.models import Account, Conversation
from webcare.vocabulary import ConversationKind, Platform


def make_conversations(database: Database, count: int) -> list[int]:
    with transaction(database.sessions) as session:
        account = Account(platform=Platform.X, external_id="42", name="G", credential_ref="k")
        session.add(account)
        session.flush()
        rows = [
            Conversation(account_id=account.id, kind=ConversationKind.DIRECT, thread_key=str(i))
            for i in range(count)
        ]
        session.add_all(rows)
        session.flush()
        return [row.id for row in rows]


def test_touched_conversations_are_reported_once(database: Database) -> None:
    ids = make_conversations(database, 3)
    with database.sessions() as session:
        seen = changes.current(session)
        assert changes.changed_since(session, seen) == []

    with transaction(database.sessions) as session:
        changes.touch(session, [ids[0], ids[2]])

    with database.sessions() as session:
        now = changes.current(session)
        assert now > seen
        assert sorted(changes.changed_since(session, seen)) == [ids[0], ids[2]]
        assert changes.changed_since(session, now) == []


def test_a_rolled_back_change_moves_nothing(database: Database) -> None:
    ids = make_conversations(database, 1)
    with database.sessions() as session:
        seen = changes.current(session)
    with database.sessions() as session:
        changes.touch(session, ids)
        session.rollback()
    with database.sessions() as session:
        assert changes.current(session) == seen
        assert changes.changed_since(session, seen) == []
