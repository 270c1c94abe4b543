"""The team's desk: users and their roles, and the service policy, for the interface and the CLI.

Each method is an operation of `webcare.desk` (role check first, one transaction with its audit
event, plain values and `Changes` out). Everybody may read the team and its policy; an
administrator manages users and roles (`users.manage`); a supervisor or an administrator
changes the policy (`policy.manage`).
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date

from webcare import users
from webcare.desk import Call, Changes, Desk, Done, Topic, operation
from webcare.team import members, store
from webcare.team.policy import Day, PolicyBook, Week
from webcare.team.store import PolicyScope
from webcare.users import UserInfo
from webcare.vocabulary import Role

USERS = Changes.of(Topic.USERS)
POLICY = Changes.of(Topic.POLICY)


def _roles(roles: Iterable[Role]) -> list[str]:
    return sorted(role.value for role in roles)


def _week(days: Week | tuple[Day, ...]) -> list[list[str]]:
    """The opening ranges for the audit trail: ["08:30-12:30", ...] per weekday."""
    return [[str(span) for span in spans] for spans in days]


class TeamDesk(Desk):
    """Who works in Webcare with which roles, and the policy the team works by."""

    # ---- users and roles

    @operation("users.read", write=False)
    def users(self, call: Call, *, include_inactive: bool = True) -> list[UserInfo]:
        """Everybody, by name; deactivated users too unless `include_inactive` is False."""
        return users.list_users(call.session, include_inactive=include_inactive)

    @operation("users.read", write=False)
    def myself(self, call: Call) -> UserInfo:
        """The acting user with their roles as they are now (an administrator may have changed
        them since this desktop signed in)."""
        return call.actor

    @operation("users.manage")
    def add_user(
        self,
        call: Call,
        username: str,
        display_name: str | None = None,
        roles: Iterable[Role] = (Role.AGENT,),
    ) -> Done[UserInfo]:
        """Add a colleague (an agent unless `roles` says more).

        Raises:
            TeamRefused: the name is taken or unusable, no roles.
        """
        user = members.add_user(call.session, username, display_name, roles)
        call.audit("user.created", "user", user.id, {"roles": _roles(user.roles)})
        return Done(user, USERS)

    @operation("users.manage")
    def set_roles(self, call: Call, username: str, roles: Iterable[Role]) -> Done[UserInfo]:
        """Give a user exactly `roles`.

        Raises:
            TeamRefused: no such user, no roles, or nobody would be left to administer.
        """
        before, after = members.set_roles(call.session, username, roles)
        call.audit(
            "user.roles_set",
            "user",
            after.id,
            {"from": _roles(before.roles), "to": _roles(after.roles)},
        )
        return Done(after, USERS)

    @operation("users.manage")
    def deactivate(self, call: Call, username: str) -> Done[UserInfo]:
        """The user keeps their history and can do nothing any more.

        Raises:
            TeamRefused: no such user, or the last active administrator.
        """
        user = members.set_active(call.session, username, False)
        call.audit("user.deactivated", "user", user.id)
        return Done(user, USERS)

    @operation("users.manage")
    def reactivate(self, call: Call, username: str) -> Done[UserInfo]:
        user = members.set_active(call.session, username, True)
        call.audit("user.reactivated", "user", user.id)
        return Done(user, USERS)

    # ---- the service policy

    @operation("policy.read", write=False)
    def policy(self, call: Call, *, warm: Iterable[int] = ()) -> PolicyBook:
        """The team's policy and the accounts' own.

        Args:
            warm: years to compute the holidays and day totals of now, on the calling thread
                (the desktop's database thread), so that its interface thread never waits.
        """
        book = store.load_book(call.session)
        book.warm(*warm)
        return book

    @operation("policy.read", write=False)
    def policy_revision(self, call: Call) -> int:
        """The policy's revision (one primary-key read): has it changed since I loaded it?"""
        return store.revision(call.session)

    @operation("policy.read", write=False)
    def policy_scopes(self, call: Call) -> list[PolicyScope]:
        """The accounts that may have a policy of their own, and whether they do."""
        return store.scopes(call.session)

    @operation("policy.manage")
    def set_policy(
        self,
        call: Call,
        days: Week | tuple[Day, ...],
        target_minutes: int,
        *,
        public_holidays: bool = True,
        account_id: int | None = None,
    ) -> Done[int]:
        """Set the team's office hours, response target and holiday rule, or (with
        `account_id`) an account's own; returns the policy's new revision.

        Raises:
            PolicyRefused: no such account, a target out of range, overlapping ranges.
        """
        revision = store.save(call.session, account_id, days, target_minutes, public_holidays)
        call.audit(
            "policy.changed",
            "service_policy",
            "team" if account_id is None else f"account:{account_id}",
            {
                "hours": _week(days),
                "target_minutes": target_minutes,
                "public_holidays": public_holidays,
            },
        )
        return Done(revision, POLICY)

    @operation("policy.manage")
    def clear_account_policy(self, call: Call, account_id: int) -> Done[int]:
        """The account follows the team's policy again."""
        revision = store.clear_account(call.session, account_id)
        call.audit("policy.cleared", "service_policy", f"account:{account_id}")
        return Done(revision, POLICY)

    @operation("policy.manage")
    def add_closing_day(self, call: Call, day: date, name: str) -> Done[int]:
        """Close the whole team on `day`, named `name` (or rename that closing day).

        Raises:
            PolicyRefused: no name, or one too long.
        """
        revision = store.set_closing_day(call.session, day, name)
        call.audit("policy.closing_day_set", "closing_day", day.isoformat())
        return Done(revision, POLICY)

    @operation("policy.manage")
    def remove_closing_day(self, call: Call, day: date) -> Done[int]:
        revision = store.remove_closing_day(call.session, day)
        call.audit("policy.closing_day_removed", "closing_day", day.isoformat())
        return Done(revision, POLICY)
