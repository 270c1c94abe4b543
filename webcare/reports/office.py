"""Office times counted again after the service policy changed, without deriving again.

A changed policy (office hours, holidays, closing days, the target) changes no round and no
wait: only the office seconds stored at their instants (`*_cum`, the calendar's cumulative
office seconds) and the rounds' response target. So instead of deriving every conversation
again from its events (window functions over every event), the stored rows are updated in
place, one indexed calendar lookup per instant (`calendar.cum_sql`), a range of conversations
per transaction:

    UPDATE report_waits  SET started_cum = cum(started_at), answered_cum = cum(answered_at)
    UPDATE report_rounds SET started_cum, first_response_cum, closed_cum, target_seconds

What remains to do is one row of `report_state` (which accounts, from which conversation on),
committed with each batch: a recomputation interrupted (a crash, the window closed) goes on
where it stopped, and a second policy change meanwhile starts it again for the union of the
accounts.

Entry point: `ReportsDesk.refresh` (the desk's lock, role check and progress) runs
`recompute_batch` until it returns 0; `request` is what `calendar.materialise` records.
"""

from __future__ import annotations

import json
from dataclasses import dataclass

from sqlalchemy import text
from sqlalchemy.orm import Session

from webcare.reports.calendar import cum_sql
from webcare.storage.models import ReportState

PENDING = "office.pending"
BATCH = 20_000


@dataclass(frozen=True)
class Pending:
    """Office times still to count again: of `accounts` (None: every account), for the
    conversations from id `next` on."""

    accounts: frozenset[int] | None
    next: int


def pending(session: Session) -> Pending | None:
    row = session.get(ReportState, PENDING)
    if row is None:
        return None
    found = json.loads(row.value)
    accounts = found["accounts"]
    return Pending(None if accounts is None else frozenset(accounts), int(found["next"]))


def _store(session: Session, what: Pending | None) -> None:
    row = session.get(ReportState, PENDING)
    if what is None:
        if row is not None:
            session.delete(row)
        session.flush()
        return
    accounts = None if what.accounts is None else sorted(what.accounts)
    value = json.dumps({"accounts": accounts, "next": what.next})
    if row is None:
        session.add(ReportState(key=PENDING, value=value))
    else:
        row.value = value
    session.flush()


def request(session: Session, accounts: frozenset[int] | None) -> None:
    """Count the office times of `accounts` (None: all) again, from the first conversation on;
    joined with what an earlier request left to do."""
    have = pending(session)
    if have is not None:
        accounts = None if have.accounts is None or accounts is None else have.accounts | accounts
    _store(session, Pending(accounts, 0))


def remaining(session: Session) -> int:
    """How many conversations the pending recomputation has yet to pass."""
    what = pending(session)
    if what is None:
        return 0
    return int(
        session.execute(
            text("SELECT COUNT(*) FROM conversations WHERE id >= :next"), {"next": what.next}
        ).scalar_one()
    )


def _where(table: str, accounts: frozenset[int] | None) -> str:
    where = (
        f"ra.account_id = {table}.account_id AND {table}.conversation_id >= :lo "
        f"AND {table}.conversation_id <= :hi"
    )
    if accounts is not None:
        where += f" AND {table}.account_id IN ({', '.join(str(int(a)) for a in sorted(accounts))})"
    return where


def recompute_batch(session: Session, size: int = BATCH) -> int:
    """Count the office times of the next `size` conversations again, in the caller's
    transaction (the caller holds `fold.lock`); returns how many conversations it passed."""
    what = pending(session)
    if what is None:
        return 0
    count, last = session.execute(
        text(
            "SELECT COUNT(*), MAX(id) FROM (SELECT id FROM conversations WHERE id >= :next "
            "ORDER BY id LIMIT :n) batch"
        ),
        {"next": what.next, "n": size},
    ).one()
    if not count:
        _store(session, None)
        return 0
    span = {"lo": what.next, "hi": int(last)}
    waits = "report_waits"
    session.execute(
        text(
            f"UPDATE {waits} SET "
            f"started_cum = {cum_sql('ra.calendar', f'{waits}.started_at')}, "
            f"answered_cum = {cum_sql('ra.calendar', f'{waits}.answered_at')} "
            f"FROM report_accounts ra WHERE {_where(waits, what.accounts)}"
        ),
        span,
    )
    rounds = "report_rounds"
    session.execute(
        text(
            f"UPDATE {rounds} SET "
            f"started_cum = {cum_sql('ra.calendar', f'{rounds}.started_at')}, "
            f"first_response_cum = {cum_sql('ra.calendar', f'{rounds}.first_response_at')}, "
            f"closed_cum = {cum_sql('ra.calendar', f'{rounds}.closed_at')}, "
            "target_seconds = ra.target_seconds "
            f"FROM report_accounts ra WHERE {_where(rounds, what.accounts)}"
        ),
        span,
    )
    _store(session, Pending(what.accounts, int(last) + 1))
    return int(count)
