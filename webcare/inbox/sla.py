"""The SLA clock of a waiting conversation: the office time left to its response target (or
how far over it is), when it falls due, and whether that is within the next half hour.

Time left counts office time of the conversation's account's policy, as waiting does; "within
the next half hour" is wall-clock time, so a message at Friday 16:45 with a 30-minute target has
15 minutes left at 17:00 and breaches on Monday at 08:45, not this evening. The inbox list shows
it, sorts by it (`SortOrder.DUE`: the moment it falls due, which orders by time left however
many policies there are) and marks what breaches soon; the live overview counts the same.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta

from webcare.team.policy import Policy

BREACH_SOON = timedelta(minutes=30)


@dataclass(frozen=True)
class SlaClock:
    """Where a waiting conversation stands against its response target.

    Attributes:
        waited_office_seconds: office time the resident has waited so far.
        left_office_seconds: office time left to the target; negative: how far over it is.
        due_at: when the target is reached (None: the policy never opens again).
        breach_soon: not over yet, and due within `BREACH_SOON` of now.
    """

    waited_office_seconds: float
    left_office_seconds: float
    due_at: datetime | None
    breach_soon: bool

    @property
    def over(self) -> bool:
        return self.left_office_seconds <= 0


def clock(
    policy: Policy, since: datetime | None, now: datetime, soon: timedelta = BREACH_SOON
) -> SlaClock | None:
    """The SLA clock of a conversation waiting since `since` (None: nobody waits)."""
    if since is None:
        return None
    waited = policy.office_seconds(since, now)
    left = policy.target_minutes * 60 - waited
    due = policy.due_at(since)
    breach_soon = left > 0 and due is not None and due <= now + soon
    return SlaClock(waited, left, due, breach_soon)
