"""A summary of every account's state, for the status bar and `webcare accounts list`."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from webcare.storage.models import Account, StreamGap, WorkerLease
from webcare.storage.types import utcnow
from webcare.vocabulary import AccountStatus


@dataclass(frozen=True)
class HealthSummary:
    """How many accounts there are and how many need a person's attention, and which worker
    (if any) polls and sends for this database.

    Attributes:
        with_gaps: accounts otherwise in order on which messages may be missing for good (the
            platform no longer serves them; see `accounts list`).
    """

    total: int
    active: int
    rate_limited: int
    needs_reauth: int
    error: int
    disabled: int
    worker_holder: str | None = None
    worker_until: datetime | None = None
    with_gaps: int = 0

    @property
    def needing_attention(self) -> int:
        """Accounts a person must look at: a credential to renew, an error, or messages that
        may be missing (`with_gaps` counts those that are otherwise fine)."""
        return self.needs_reauth + self.error + self.with_gaps


def summarize(session: Session) -> HealthSummary:
    """Count accounts by status in one query."""
    rows = session.execute(select(Account.status, func.count()).group_by(Account.status)).all()
    counts = {status: count for status, count in rows}
    with_gaps = session.scalar(
        select(func.count(func.distinct(StreamGap.account_id)))
        .join(Account, Account.id == StreamGap.account_id)
        .where(Account.status.not_in((AccountStatus.NEEDS_REAUTH, AccountStatus.ERROR)))
    )
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
        with_gaps=int(with_gaps or 0),
    )
