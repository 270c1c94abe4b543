"""The permission table: which roles may call which desk operation. One module, one table.

Every desk operation (`webcare.desk.operation`) names an entry here; the desk checks the acting
user's roles against it before the operation runs, and the interface only hides what a role
cannot do. A user may hold several roles; an inactive user may do nothing.

Operation names are `<room>.<verb>`. Add a room's operations under its own heading.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping

from webcare.errors import WebcareError
from webcare.vocabulary import Role

AGENT, PLANNER, SUPERVISOR = Role.AGENT, Role.PLANNER, Role.SUPERVISOR
ADMIN, PRIVACY = Role.ADMIN, Role.PRIVACY_OFFICER
EVERYONE = frozenset(Role)

# Who answers residents; planners and the privacy officer may look but not act.
INBOX_WORKERS = frozenset({AGENT, SUPERVISOR, ADMIN})

TABLE: Mapping[str, frozenset[Role]] = {
    # ---- inbox (webcare/inbox/desk.py)
    "inbox.read": EVERYONE,  # lists, search, counts, a conversation, the change check
    "inbox.open": EVERYONE,  # open a conversation: marks it read, for the one who opened it
    "inbox.work": INBOX_WORKERS,  # claim, status, priority, tags, notes, replies, retry, undo
    "inbox.assign_others": INBOX_WORKERS,  # assign to, or take over from, a colleague
    "inbox.draft": INBOX_WORKERS,  # keep what one is writing (a reply or a note)
    "inbox.export": frozenset({SUPERVISOR, ADMIN}),  # every resident's messages: audited
    "canned.manage": INBOX_WORKERS,  # the team's canned replies (reading them: inbox.read)
    # ---- users and roles
    "users.read": EVERYONE,
    "users.manage": frozenset({ADMIN}),
    # ---- the team's service policy (office hours, closing days, response targets)
    "policy.read": EVERYONE,
    "policy.manage": frozenset({SUPERVISOR, ADMIN}),
    # ---- connected platform accounts
    "accounts.read": EVERYONE,
    "accounts.manage": frozenset({ADMIN}),
}


class PermissionDenied(WebcareError):  # noqa: N818 - a refusal, not a fault
    """The user may not call `operation` (unknown, inactive, or no role allows it)."""

    def __init__(self, operation: str, user_id: int | None) -> None:
        super().__init__(operation, user_id)
        self.operation = operation
        self.user_id = user_id

    def __str__(self) -> str:
        roles = " or ".join(sorted(role.value for role in TABLE.get(self.operation, ())))
        return f"user {self.user_id} may not call {self.operation} (it needs: {roles or 'nobody'})"


def allowed(operation: str, roles: Iterable[Role]) -> bool:
    """Whether any of `roles` may call `operation` (an unknown operation: nobody may)."""
    permitted = TABLE.get(operation, frozenset())
    return any(role in permitted for role in roles)
