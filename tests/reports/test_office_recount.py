"""After a policy change the stored office times are counted again in place (not derived again
from the events): the result is what a fresh derivation gives, also when the recount was
interrupted halfway and the policy changed once more meanwhile."""

from __future__ import annotations

from datetime import date
from typing import Any

from sqlalchemy import text

from tests.reports.timeline import Timeline, hours, local
from webcare.reports import calendar, fold, office
from webcare.reports.figures import Period
from webcare.storage.db import transaction

SPLIT_DAY = (hours("08:30", "12:30"), hours("13:00", "17:00"))
NOW = local(2026, 3, 20, 12)
COLUMNS = {
    "report_rounds": "conversation_id, round, started_cum, first_response_cum, closed_cum, "
    "target_seconds",
    "report_waits": "conversation_id, round, seq, started_cum, answered_cum",
}


def stored(timeline: Timeline) -> dict[str, list[Any]]:
    with timeline.database.sessions() as session:
        return {
            table: [
                tuple(row)
                for row in session.execute(text(f"SELECT {columns} FROM {table} ORDER BY 1, 2, 3"))
            ]
            for table, columns in COLUMNS.items()
        }


def derived_afresh(timeline: Timeline) -> dict[str, list[Any]]:
    with transaction(timeline.database.sessions) as session:
        ids = [row[0] for row in session.execute(text("SELECT id FROM conversations"))]
        fold.derive(session, ids)
    return stored(timeline)


def test_an_interrupted_recount_goes_on_and_gives_what_a_fresh_derivation_gives(
    timeline: Timeline,
) -> None:
    t = timeline
    t.policy({day: SPLIT_DAY for day in range(5)}, 30)
    for n in range(5):
        conversation = t.resident(f"q{n}", local(2026, 3, 2 + n, 11, 50))
        t.reply(conversation, local(2026, 3, 2 + n, 13, 10 + n))
        if n % 2:
            t.resident(f"q{n}", local(2026, 3, 2 + n, 16, 40))  # a next wait, over the night
            t.reply(conversation, local(2026, 3, 3 + n, 9))
            t.close(conversation, local(2026, 3, 3 + n, 9, 5))
    waiting = t.resident("open", local(2026, 3, 13, 16, 55), account=t.other_account)
    assert waiting
    desk = t.reports_desk(NOW).reports
    before = desk.report(Period(date(2026, 3, 1), date(2026, 3, 31))).value

    t.policy({day: (hours("08:00", "18:00"),) for day in range(5)}, 45)
    with transaction(t.database.sessions) as session:  # a refresh that stops after one batch
        fold.lock(session)
        calendar.materialise(session, calendar.plan(session, NOW))
        assert office.recompute_batch(session, size=2) == 2
    t.policy({3: (hours("08:00", "20:00"),)}, 60, account_id=t.other_account)
    refreshed = desk.refresh()
    after = desk.report(Period(date(2026, 3, 1), date(2026, 3, 31))).value

    assert refreshed.derived == 0 and refreshed.recounted == 6  # every conversation, once
    assert stored(t) == derived_afresh(t)
    with t.database.sessions() as session:
        assert office.pending(session) is None
    assert after.figures.first_response != before.figures.first_response
    assert after.targets_minutes == (45, 60)
