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
# Who plans and publishes the municipality's own posts.
PLANNERS = frozenset({PLANNER, SUPERVISOR, ADMIN})
# Residents: who keeps the profiles (and sees their contact details), who answers AVG requests.
RESIDENT_KEEPERS = frozenset({SUPERVISOR, ADMIN, PRIVACY})
PRIVACY_DESK = frozenset({ADMIN, PRIVACY})

TABLE: Mapping[str, frozenset[Role]] = {
    # ---- inbox (webcare/inbox/desk.py)
    "inbox.read": EVERYONE,  # lists, search, counts, a conversation, the change check
    "inbox.open": EVERYONE,  # open a conversation: marks it read, for the one who opened it
    "inbox.work": INBOX_WORKERS,  # claim, status, priority, tags, notes, replies, retry, undo
    "inbox.assign_others": INBOX_WORKERS,  # assign to, or take over from, a colleague
    "inbox.draft": INBOX_WORKERS,  # keep what one is writing (a reply or a note)
    "inbox.export": frozenset({SUPERVISOR, ADMIN}),  # every resident's messages: audited
    "canned.manage": INBOX_WORKERS,  # the team's canned replies (reading them: inbox.read)
    # ---- inbox: replies whose delivery is unconfirmed (a person looked on the platform)
    "inbox.mark_sent": INBOX_WORKERS,  # the reply is there
    "inbox.send_again": INBOX_WORKERS,  # it is not: queue it once more
    # ---- the team's labels: rename, colour, merge, delete (made on a conversation: inbox.work)
    "labels.manage": INBOX_WORKERS,
    # ---- users and roles
    "users.read": EVERYONE,
    "users.manage": frozenset({ADMIN}),
    # ---- the team's service policy (office hours, closing days, response targets)
    "policy.read": EVERYONE,
    "policy.manage": frozenset({SUPERVISOR, ADMIN}),
    # ---- connected platform accounts
    "accounts.read": EVERYONE,
    "accounts.manage": frozenset({ADMIN}),
    # ---- reports: response times, volumes, the live overview and their exports (audited)
    "reports.read": frozenset({SUPERVISOR, ADMIN}),
    "reports.export": frozenset({SUPERVISOR, ADMIN}),
    # ---- the activation calendar: campaigns and posts (webcare.calendar)
    # Everyone may see what the municipality will post (agents get asked about it); planners,
    # supervisors and administrators plan, move, decide and import; the same people may hold
    # all publishing in a crisis and release it (a supervisor must be able to stop a post
    # without a planner at hand); the archive export and the iCalendar file are theirs too.
    "calendar.read": EVERYONE,
    "calendar.plan": PLANNERS,
    "calendar.hold": PLANNERS,
    "calendar.export": PLANNERS,
    # quarantined items' raw payloads (residents' words) and their retry (webcare/accounts/desk.py)
    "accounts.quarantine": frozenset({ADMIN}),
    # ---- moderation of public comments on Facebook and Instagram (webcare/moderation/desk.py)
    "moderation.hide": INBOX_WORKERS,  # hide a resident's comment, or show it again
    "moderation.delete": frozenset({SUPERVISOR, ADMIN}),  # delete the account's own comment
    # ---- residents: the central resident profile (webcare.residents; README "Residents")
    "residents.view": RESIDENT_KEEPERS,  # search, list and open any profile (audited)
    "residents.view_linked": INBOX_WORKERS | {PRIVACY},  # the linked profile beside a conversation
    "residents.contact_details": RESIDENT_KEEPERS,  # e-mail, phone, address unmasked
    "residents.edit": RESIDENT_KEEPERS,  # create, change, record consent, import replies
    "residents.link": INBOX_WORKERS | {PRIVACY},  # codes, link, unlink, search from the inbox
    "residents.export": PRIVACY_DESK,  # access requests (GDPR art. 15)
    "residents.erase": PRIVACY_DESK,  # erasure (GDPR art. 17)
    "residents.requests": PRIVACY_DESK,  # the list of requests and their deadlines
    "consents.withdraw": INBOX_WORKERS | {PRIVACY},  # withdrawing is never refused to a resident
    "postcodes.lookup": EVERYONE,
    "postcodes.import": frozenset({ADMIN}),
    "retention.read": RESIDENT_KEEPERS,
    "retention.manage": PRIVACY_DESK,  # terms per category, a run by hand
    # ---- the audit log (every room writes it; webcare.auditing reads it)
    "audit.read": RESIDENT_KEEPERS,  # view, filter and verify the chain
    "audit.export": RESIDENT_KEEPERS,
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
