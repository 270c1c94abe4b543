"""Reconciliation never guesses: a platform copy belongs to at most one reply, and a reply whose
fate cannot be known is left for a person, never marked sent on a guess or sent again."""

from __future__ import annotations

from collections import Counter
from datetime import timedelta

import pytest
from sqlalchemy import select, update

from channels.sandbox import X_ACCOUNT_ID, SandboxHandle
from tests.helpers.sandbox import Control
from tests.helpers.workers import connect_x
from webcare.inbox import sender
from webcare.inbox.outbox import queue_reply
from webcare.runtime import Database
from webcare.storage.db import transaction
from webcare.storage.models import Account, Conversation, Message
from webcare.vocabulary import Direction
from webcare.worker import Worker

ANNA = {"id": "701", "username": "anna_zaandam", "name": "Anna de Vries"}
CANNED = "Dank u wel, we zoeken het voor u uit."


def the_backoff_passed(database: Database) -> None:
    """A failed send backs the account off; the test does not wait half a minute for it."""
    with transaction(database.sessions) as session:
        session.execute(update(Account).values(backoff_until=None, failure_count=0))


def outbound(database: Database) -> list[tuple[int, str | None, str | None]]:
    with database.sessions() as session:
        rows = session.execute(
            select(Message.id, Message.external_id, Message.delivery_state)
            .where(Message.direction == Direction.OUTBOUND)
            .order_by(Message.id)
        ).all()
    return [(row[0], row[1], row[2].value if row[2] else None) for row in rows]


def test_two_identical_replies_and_a_dropped_send_lose_neither_row(
    database: Database,
    sandbox: SandboxHandle,
    control: Control,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    store = connect_x(database, sandbox)
    worker = Worker(database, store)
    control.post("/_sandbox/x/dms", {"sender": ANNA, "text": "Mijn pas is kwijt"})
    worker.run_once()
    with transaction(database.sessions) as session:
        conversation_id = session.scalars(select(Conversation.id)).one()
        first = queue_reply(session, conversation_id=conversation_id, text=CANNED, user_id=None)
    worker.run_once()
    control.post("/_sandbox/x/dms", {"sender": ANNA, "text": "En mijn rijbewijs ook"})
    worker.run_once()
    # The same canned reply again, a minute later; its POST is dropped on the way.
    with transaction(database.sessions) as session:
        second = queue_reply(session, conversation_id=conversation_id, text=CANNED, user_id=None)
    control.post("/_sandbox/faults", {"prefix": "x", "method": "POST", "kind": "drop"})
    worker.run_once()
    the_backoff_passed(database)
    monkeypatch.setattr(sender, "RECONCILE_GRACE", timedelta(0))  # the grace has passed
    control.delete("/_sandbox/requests")
    worker.run_once()
    worker.run_once()

    copies = Counter(
        e["id"] for e in control.state()["dm_events"] if e["sender_id"] == X_ACCOUNT_ID
    )
    assert len(copies) == 1, "the platform has the canned reply once"
    (copy,) = copies
    rows = outbound(database)
    assert [row[0] for row in rows] == [first.message_id, second.message_id], "a row was deleted"
    assert rows[0] == (first.message_id, copy, "sent")
    assert rows[1] == (second.message_id, None, "unconfirmed")
    assert [r for r in control.requests() if r["method"] == "POST"] == [], "sent again blindly"
