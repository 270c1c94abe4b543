"""What the events mean: each conversation's rounds and waits, derived in SQL.

The rules, in one place (the README's "How it is counted" says the same for people):

- A **round** begins with a resident's first message, and again with the first message that
  reaches Webcare after the conversation was closed (that message reopens it). It ends when the
  conversation is closed. Events are put in rounds in the order the inbox saw them
  (`noted_at`), so a message the resident wrote a moment before the close but that arrived
  after it opens a new round, as it reopens the conversation.
- Within a round, a **wait** begins at a resident's message that nobody has answered yet and
  ends at the next human reply (the answer). Here the resident's times count (`at`): a message
  written before a reply was sent was answered by it, even if it arrived later. A reply at the
  same second as a message answers an earlier one.
- The first wait of a round is its **first response**; the later ones are **next responses**.
  So a reopened conversation measures its new first response from the message that reopened it.
- A round's **resolution** runs from its first message to its close.

Office time is the difference of the calendar's cumulative office seconds
(`webcare.reports.calendar`); each row stores the cumulative value at its instants.

Derivation is set-based (window functions), for a batch of conversations marked in
`report_dirty`; `fold_dirty` takes a batch, derives it, and removes the marks it has seen.
"""

from __future__ import annotations

from collections.abc import Sequence

from sqlalchemy import BindParameter, bindparam, text
from sqlalchemy.orm import Session

from webcare.reports.calendar import cum_sql, offset_sql

BATCH = 2000
LOCK = "fold.lock"

_EVENTS = """
ev AS (
  SELECT e.conversation_id AS c, e.id, e.kind, e.at, e.noted_at, e.user_id,
    CASE WHEN e.kind = 'closed' THEN 1 ELSE 0 END AS is_close,
    CASE WHEN e.kind = 'replied' THEN 1 ELSE 0 END AS is_reply,
    CASE e.kind WHEN 'replied' THEN 0 WHEN 'received' THEN 1 ELSE 2 END AS prio
  FROM conversation_events e
  WHERE e.kind IN ('received', 'replied', 'closed') AND e.conversation_id IN :ids
),
r AS (
  SELECT ev.*, SUM(is_close) OVER (
    PARTITION BY c ORDER BY noted_at, id ROWS UNBOUNDED PRECEDING) - is_close AS rnd
  FROM ev
),
s AS (
  SELECT r.*, SUM(is_reply) OVER (
    PARTITION BY c, rnd ORDER BY at, prio, id ROWS UNBOUNDED PRECEDING) - is_reply AS seg
  FROM r
)"""

_WAITS = f"""
WITH {_EVENTS},
w AS (
  SELECT c, rnd, seg, MIN(at) AS started FROM s WHERE kind = 'received' GROUP BY c, rnd, seg
),
a AS (
  SELECT c, rnd, seg, at AS answered, user_id AS by_user FROM s WHERE kind = 'replied'
),
x AS (
  SELECT w.c, w.rnd, w.seg,
    CASE WHEN ROW_NUMBER() OVER (PARTITION BY w.c, w.rnd ORDER BY w.seg) = 1
      THEN 1 ELSE 0 END AS is_first,
    cv.account_id, ra.calendar, w.started, a.answered, a.by_user
  FROM w
  JOIN conversations cv ON cv.id = w.c
  LEFT JOIN report_accounts ra ON ra.account_id = cv.account_id
  LEFT JOIN a ON a.c = w.c AND a.rnd = w.rnd AND a.seg = w.seg
)
INSERT INTO report_waits (conversation_id, round, seq, is_first, account_id, started_at,
  answered_at, answered_by, started_cum, answered_cum)
SELECT c, rnd, seg, {{first}}, account_id, started, answered, by_user,
  {cum_sql("x.calendar", "x.started")}, {cum_sql("x.calendar", "x.answered")}
FROM x
"""

_ROUNDS = f"""
WITH {_EVENTS},
rd AS (
  SELECT c, rnd,
    MIN(CASE WHEN kind = 'received' THEN at END) AS started,
    MIN(CASE WHEN kind = 'closed' THEN at END) AS closed,
    MAX(CASE WHEN kind = 'closed' THEN user_id END) AS closed_by,
    SUM(is_reply) AS replies
  FROM s GROUP BY c, rnd
),
x AS (
  SELECT rd.*, cv.account_id, ra.calendar, ra.target_seconds,
    rd.started + {offset_sql("rd.started")} AS local_at,
    rd.closed + {offset_sql("rd.closed")} AS local_closed
  FROM rd
  JOIN conversations cv ON cv.id = rd.c
  LEFT JOIN report_accounts ra ON ra.account_id = cv.account_id
  WHERE rd.started IS NOT NULL
)
INSERT INTO report_rounds (conversation_id, round, account_id, started_at, first_response_at,
  first_response_by, closed_at, closed_by, replies, started_cum, first_response_cum,
  closed_cum, target_seconds, local_day, local_hour, local_weekday, closed_day)
SELECT x.c, x.rnd, x.account_id, x.started, fw.answered_at, fw.answered_by, x.closed,
  x.closed_by, x.replies, fw.started_cum, fw.answered_cum,
  {cum_sql("x.calendar", "x.closed")}, x.target_seconds,
  x.local_at / 86400, (x.local_at % 86400) / 3600, (x.local_at / 86400 + 3) % 7,
  x.local_closed / 86400
FROM x
LEFT JOIN report_waits fw
  ON fw.conversation_id = x.c AND fw.round = x.rnd AND fw.is_first = {{true}}
"""


def derive(session: Session, conversation_ids: Sequence[int]) -> None:
    """Derive the rounds and waits of these conversations again from their events."""
    if not conversation_ids:
        return
    ids: BindParameter[list[int]] = bindparam("ids", expanding=True)
    postgres = session.get_bind().dialect.name == "postgresql"
    first = "x.is_first = 1" if postgres else "x.is_first"
    true = "TRUE" if postgres else "1"
    values = {"ids": list(conversation_ids)}
    for table in ("report_waits", "report_rounds"):
        session.execute(
            text(f"DELETE FROM {table} WHERE conversation_id IN :ids").bindparams(ids), values
        )
    session.execute(text(_WAITS.format(first=first)).bindparams(ids), values)
    session.execute(text(_ROUNDS.format(true=true)).bindparams(ids), values)


def lock(session: Session) -> None:
    """Take the derivation lock (a row write) before reading what to derive: on PostgreSQL two
    derivations would insert the same rows; on SQLite a read before the write lock could not
    become a write once another derivation committed."""
    updated = session.execute(
        text("UPDATE report_state SET value = value WHERE key = :key"), {"key": LOCK}
    )
    if updated.rowcount == 0:  # type: ignore[attr-defined]
        session.execute(
            text("INSERT INTO report_state (key, value) VALUES (:key, '')"), {"key": LOCK}
        )


def dirty_count(session: Session) -> int:
    return int(session.execute(text("SELECT COUNT(*) FROM report_dirty")).scalar_one())


def earliest_dirty(session: Session) -> int | None:
    """The earliest event time among the conversations waiting for derivation."""
    found = session.execute(
        text(
            "SELECT MIN(e.at) FROM conversation_events e "
            "JOIN report_dirty d ON d.conversation_id = e.conversation_id"
        )
    ).scalar_one()
    return None if found is None else int(found)


def fold_batch(session: Session, size: int = BATCH) -> int:
    """Derive one batch of marked conversations in the caller's transaction; returns how many.

    A mark is removed only at the version read here: a conversation touched meanwhile stays
    marked for the next batch.
    """
    lock(session)
    marked = session.execute(
        text("SELECT conversation_id, version FROM report_dirty ORDER BY conversation_id LIMIT :n"),
        {"n": size},
    ).all()
    if not marked:
        return 0
    derive(session, [row[0] for row in marked])
    session.execute(
        text("DELETE FROM report_dirty WHERE conversation_id = :c AND version = :v"),
        [{"c": row[0], "v": row[1]} for row in marked],
    )
    return len(marked)
