"""The audit trail: who did what to which record, when, from where, with what result.

Never the personal data itself: ids, codes and counts only (BIO2 8.15.01/8.15.02).

The trail is append-only (triggers refuse to change or delete a sealed event) and chained by
hash: each event's `hash` is sha256 over the previous event's hash and its own fields, in the
order of `seq`, so that a changed, removed or inserted event breaks the chain
(`webcare.auditing.chain.verify`, `webcare audit verify`).

Events are *sealed* (given their `seq`, `prev_hash` and `hash`) just before their transaction
commits, under the lock of the one `audit_chain` row that holds the chain's head. Taking that
lock last, for the commit only, serialises concurrent writers on PostgreSQL without holding the
head while a transaction does its other work (and so without lock-order deadlocks); on SQLite
writers are serialised by the database anyway.
"""

from __future__ import annotations

import hashlib
import json
from datetime import datetime
from typing import Any

from sqlalchemy import event, inspect, update
from sqlalchemy.orm import Session, SessionTransaction

from webcare.storage.models import AuditChain, AuditEvent
from webcare.storage.types import utcnow

WORKER = "worker"
CLI = "cli"
SYSTEM = "system"

GENESIS = "0" * 64
OK, REFUSED, FAILED = "ok", "refused", "failed"
CHAIN_ROW = 1
_PENDING = "webcare.audit.pending"


def user_actor(user_id: int) -> str:
    return f"user:{user_id}"


def record(
    session: Session,
    *,
    actor: str,
    action: str,
    entity_type: str,
    entity_id: int | str,
    user_id: int | None = None,
    details: dict[str, Any] | None = None,
    workstation: str = "",
    result: str = OK,
    at: datetime | None = None,
) -> AuditEvent:
    """Add an audit event to the session's transaction (committed with the change itself).

    Args:
        workstation: where the action came from (BIO2 "oorsprong"): a host name.
        result: "ok", "refused" or "failed".
        at: when it happened (default: now).
    """
    entry = AuditEvent(
        occurred_at=at or utcnow(),
        actor_user_id=user_id,
        actor=actor,
        action=action,
        entity_type=entity_type,
        entity_id=str(entity_id),
        details=details or {},
        workstation=workstation[:200],
        result=result,
    )
    session.add(entry)
    session.info.setdefault(_PENDING, []).append(entry)
    return entry


def event_hash(
    prev_hash: str,
    seq: int,
    occurred_at: datetime,
    actor: str,
    action: str,
    entity_type: str,
    entity_id: str,
    result: str,
    workstation: str,
    details: dict[str, Any],
) -> str:
    """The chain hash of one event (`actor_user_id` is left out: it is `actor` again, and a
    deleted user's events keep their hash when the reference becomes NULL)."""
    fields = [
        seq,
        occurred_at.isoformat(timespec="microseconds"),
        actor,
        action,
        entity_type,
        entity_id,
        result,
        workstation,
        details,
    ]
    canonical = json.dumps(fields, sort_keys=True, separators=(",", ":"), ensure_ascii=False)
    return hashlib.sha256((prev_hash + canonical).encode("utf-8")).hexdigest()


def hash_of(entry: AuditEvent, prev_hash: str) -> str:
    assert entry.seq is not None, "an event is hashed once it has its place in the chain"
    return event_hash(
        prev_hash,
        entry.seq,
        entry.occurred_at,
        entry.actor,
        entry.action,
        entry.entity_type,
        entry.entity_id,
        entry.result,
        entry.workstation,
        entry.details or {},
    )


def _seal(session: Session) -> None:
    """Chain this transaction's new events onto the head, in the order they were recorded."""
    if session.in_nested_transaction():
        return  # a savepoint: the events are sealed when the whole transaction commits
    pending: list[AuditEvent] = session.info.pop(_PENDING, [])
    entries = [e for e in pending if inspect(e).pending or inspect(e).persistent]
    if not entries:
        return
    # The UPDATE takes the head's row lock (PostgreSQL) or the write lock (SQLite) first and
    # then reads the head: no other writer can chain in between.
    head = session.execute(
        update(AuditChain)
        .where(AuditChain.id == CHAIN_ROW)
        .values(seq=AuditChain.seq + len(entries))
        .returning(AuditChain.seq, AuditChain.hash)
    ).first()
    if head is None:
        session.add(AuditChain(id=CHAIN_ROW, seq=len(entries), hash=GENESIS))
        session.flush()
        last_seq, prev = len(entries), GENESIS
    else:
        last_seq, prev = head[0], head[1]
    seq = last_seq - len(entries)
    with session.no_autoflush:  # one UPDATE per event with all three: a sealed one is final
        for entry in entries:
            seq += 1
            entry.seq = seq
            entry.prev_hash = prev
            entry.hash = prev = hash_of(entry, prev)
    session.execute(update(AuditChain).where(AuditChain.id == CHAIN_ROW).values(hash=prev))
    session.flush()


def _forget(session: Session, transaction: SessionTransaction) -> None:
    """A transaction rolled back (or committed): its unsealed events are gone with it."""
    if transaction.parent is None:
        session.info.pop(_PENDING, None)


event.listen(Session, "before_commit", _seal)
event.listen(Session, "after_transaction_end", _forget)
