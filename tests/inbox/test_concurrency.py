"""Two agents, two sessions, one conversation, at the same moment: exactly one holds it.

Runs on SQLite and, with WEBCARE_TEST_DB_URL, on PostgreSQL: real threads, real transactions.
"""

from __future__ import annotations

import threading
from concurrent.futures import ThreadPoolExecutor

import pytest

from webcare.inbox import actions, thread
from webcare.inbox.actions import HeldByColleague
from webcare.runtime import Database
from webcare.storage.db import transaction


@pytest.mark.parametrize("attempt", range(5))
def test_two_agents_claiming_at_once_exactly_one_wins(
    database: Database, team, new_conversation, attempt: int
) -> None:
    conversation = new_conversation()
    start = threading.Barrier(2)

    def claim(user: int) -> int | None:
        start.wait()
        try:
            with transaction(database.sessions) as session:
                actions.claim(session, conversation, user)
        except HeldByColleague as refused:
            return refused.holder_id
        return None

    with ThreadPoolExecutor(max_workers=2) as pool:
        outcomes = list(pool.map(claim, [team.anna, team.bart]))

    with database.sessions() as session:
        seen = thread.load_detail(session, conversation)
    assert seen is not None
    winner = seen.assignee_id
    assert winner in (team.anna, team.bart)
    # the winner saw success, the loser was told who won
    assert sorted(outcomes, key=lambda o: o is None) == [winner, None]
