"""A summary of every account's state, for the status bar and `webcare accounts list`."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from webcare.storage.models import Account, AccountStatus


@dataclass(frozen=True)
class HealthSummary:
    """How many accounts there are and how many need a person's attention."""

    total: int
    active: int
    rate_limited: int
    needs_reauth: int
    error: int
    disabled: int

    @property
    def needing_attention(self) -> int:
        return self.needs_reauth + self.error


def summarize(session: Session) -> HealthSummary:
    """Count accounts by status in one query."""
    rows = session.execute(select(Account.status, func.count()).group_by(Account.status)).all()
    counts = {status: count for status, count in rows}
    return HealthSummary(
        total=sum(counts.values()),
        active=counts.get(AccountStatus.ACTIVE, 0),
        rate_limited=counts.get(AccountStatus.RATE_LIMITED, 0),
        needs_reauth=counts.get(AccountStatus.NEEDS_REAUTH, 0),
        error=counts.get(AccountStatus.ERROR, 0),
        disabled=counts.get(AccountStatus.DISABLED, 0),
    )
