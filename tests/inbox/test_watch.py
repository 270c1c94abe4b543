"""The desktop's change check: read-only, one cheap query when nothing changed, and what
changed when something did."""

from __future__ import annotations

from datetime import timedelta

from tests.helpers.inbox import add_inbound, desk
from tests.helpers.sql import statements, writes
from webcare.inbox.queries import ListQuery
from webcare.inbox.watch import Watch
from webcare.runtime import Database
from webcare.storage.db import transaction
from webcare.storage.types import utcnow
from webcare.vocabulary import ConversationStatus


def test_sixty_change_checks_on_an_idle_database_only_read(
    database: Database, team, new_conversation
) -> None:
    conversation = new_conversation()
    anna = desk(database, team.anna)
    anna.set_status(conversation, ConversationStatus.SNOOZED, until=utcnow() + timedelta(hours=1))
    start = anna.start()
    seen = Watch(ListQuery(), conversation, start.last_mention, utcnow() - timedelta(hours=1))
    with statements(database.engine) as said:
        for _ in range(60):  # a minute of one desktop
            assert anna.check(start.revision, seen) is None
    assert writes(said) == []
    # per check: the acting user with their roles (the desk's role check), and the counter
    assert len(said) == 2 * 60, said[:4]
    assert all(statement.lstrip().upper().startswith("SELECT") for statement in said)


def test_a_check_after_a_change_brings_the_changed_rows_and_the_open_thread(
    database: Database, team, new_conversation
) -> None:
    quiet, talking = new_conversation(), new_conversation("Hallo")
    anna = desk(database, team.anna)
    start = anna.start()
    with transaction(database.sessions) as session:
        add_inbound(session, talking, "Is er al nieuws?")
    seen = Watch(ListQuery(), talking, 0, utcnow() - timedelta(hours=1))
    with statements(database.engine) as said:
        batch = anna.check(start.revision, seen)
    assert writes(said) == []
    assert batch is not None and batch.revision > start.revision
    assert batch.changed == (talking,) and quiet not in batch.rows
    assert batch.rows[talking].preview == "Is er al nieuws?" and batch.matching == {talking}
    assert batch.detail is not None and batch.detail.messages[-1].text == "Is er al nieuws?"
    assert [conversation for _message, conversation in batch.new_inbound] == [talking, talking]
    assert anna.check(batch.revision, seen) is None
