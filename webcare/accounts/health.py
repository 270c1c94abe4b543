"""A summary of every account's state, for the status bar and `webcare accounts list`."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from webcare.storage.models import Account, WorkerLease
from webcare.storage.types import utcnow
from webcare.vocabulary import AccountStatus


@dataclass(frozen=True)
class HealthSummary:
    """How many accounts there are and how many need a person's attention, and which worker
    (if any) polls and sends for this database."""

    total: int
    active: int
    rate_limited: int
    needs_reauth: int
    error: int
    disabled: int
    worker_holder: str | None = None
    worker_until: datetime | None = None

    @property
    def needing_attention(self) -> int:
        return self.needs_reauth + self.error


def summarize(session: Session) -> HealthSummary:
    """Count accounts by status in one query."""
    rows = session.execute(select(Account.status, func.count()).group_by(Account.status)).all()
    counts = {status: count for status, count in rows}
    lease = session.get(WorkerLease, "worker")
    active = lease is not None and lease.expires_at > utcnow()
    return HealthSummary(
        total=sum(counts.values()),
        active=counts.get(AccountStatus.ACTIVE, 0),
        rate_limited=counts.get(AccountStatus.RATE_LIMITED, 0),
        needs_reauth=counts.get(AccountStatus.NEEDS_REAUTH, 0),
        error=counts.get(AccountStatus.ERROR, 0),
        disabled=counts.get(AccountStatus.DISABLED, 0),
        worker_holder=lease.holder if lease is not None and active else None,
        worker_until=lease.expires_at if lease is not None and active else None,
    )
