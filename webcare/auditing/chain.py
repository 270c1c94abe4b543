"""Verifying the audit trail's hash chain (`webcare.audit`), in pages of bounded size.

A changed event no longer matches its hash; a removed or inserted one breaks the sequence or
the link to the previous hash; a trail cut short no longer ends at the chain's stored head.
Recomputing *every* hash from some point on would pass this check, which is why the head
(`VerifyReport.head_hash`) is worth writing down somewhere else from time to time.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from webcare.audit import CHAIN_ROW, GENESIS, hash_of
from webcare.storage.models import AuditChain, AuditEvent

PAGE = 5_000


@dataclass(frozen=True)
class VerifyReport:
    """Attributes:
    problem: None when intact; else a code: "hash" (an event was changed), "link" (the
        previous hash does not match), "gap" (an event is missing), "unsealed", "head".
    seq: where the first problem is (the chain position), or None.
    """

    events: int
    head_seq: int
    head_hash: str
    problem: str | None = None
    seq: int | None = None
    event_id: int | None = None

    @property
    def intact(self) -> bool:
        return self.problem is None


def verify(session: Session) -> VerifyReport:
    head = session.get(AuditChain, CHAIN_ROW)
    head_seq, head_hash = (head.seq, head.hash) if head is not None else (0, GENESIS)
    unsealed = session.scalars(select(AuditEvent.id).where(AuditEvent.seq.is_(None))).first()
    prev, expected, count = GENESIS, 1, 0
    after = 0
    while True:
        page = session.scalars(
            select(AuditEvent)
            .where(AuditEvent.seq.is_not(None), AuditEvent.seq > after)
            .order_by(AuditEvent.seq)
            .limit(PAGE)
        ).all()
        if not page:
            break
        for event in page:
            assert event.seq is not None
            if event.seq != expected:
                return VerifyReport(count, head_seq, head_hash, "gap", expected, event.id)
            if event.prev_hash != prev:
                return VerifyReport(count, head_seq, head_hash, "link", event.seq, event.id)
            if hash_of(event, prev) != event.hash:
                return VerifyReport(count, head_seq, head_hash, "hash", event.seq, event.id)
            prev, expected, count = event.hash, expected + 1, count + 1
            after = event.seq
        session.expunge_all()
    if unsealed is not None:
        return VerifyReport(count, head_seq, head_hash, "unsealed", None, unsealed)
    if count != head_seq or prev != head_hash:
        return VerifyReport(count, head_seq, head_hash, "head", count + 1, None)
    return VerifyReport(count, head_seq, head_hash)
