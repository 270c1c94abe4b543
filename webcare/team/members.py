"""The team's members: adding people, giving them roles, deactivating and reactivating them.

A deactivated user keeps their history (their messages, notes and audit events still name
them) but can do nothing: every desk refuses an inactive user. There is always somebody who
can administer the database: the last active administrator can neither lose the role nor be
deactivated.
"""

from __future__ import annotations

import enum
from collections.abc import Iterable

from sqlalchemy import func, select
from sqlalchemy.orm import Session, selectinload

from webcare.errors import WebcareError
from webcare.storage.models import User, UserRole
from webcare.users import USERNAME, UserInfo, get_by_username
from webcare.vocabulary import Role

NAME_MAX = 200


class TeamRefused(WebcareError):  # noqa: N818 - a refusal, not a fault
    """The change to the team cannot be made; `code` says why, `username` about whom."""

    class Code(enum.StrEnum):
        NO_USER = "no_user"
        USER_EXISTS = "user_exists"
        BAD_USERNAME = "bad_username"
        NAME_TOO_LONG = "name_too_long"
        NO_ROLES = "no_roles"
        LAST_ADMIN = "last_admin"

    def __init__(self, code: TeamRefused.Code, username: str = "") -> None:
        super().__init__(code, username)
        self.code = code
        self.username = username

    def __str__(self) -> str:
        reasons = {
            self.Code.NO_USER: f"there is no user {self.username!r}",
            self.Code.USER_EXISTS: f"there already is a user {self.username!r}",
            self.Code.BAD_USERNAME: f"not a usable user name {self.username!r} (letters, "
            "digits, '.', '_' or '-', at most 100)",
            self.Code.NAME_TOO_LONG: f"a name is at most {NAME_MAX} characters",
            self.Code.NO_ROLES: "a user needs at least one role (deactivate them instead)",
            self.Code.LAST_ADMIN: f"{self.username} is the last active administrator; make "
            "someone else administrator first",
        }
        return reasons[self.code]


def add_user(
    session: Session, username: str, display_name: str | None, roles: Iterable[Role]
) -> UserInfo:
    """A new, active user with `roles`.

    Raises:
        TeamRefused: the name is taken or unusable, no roles, a display name too long.
    """
    name = username.strip().lower()
    if not USERNAME.match(name):
        raise TeamRefused(TeamRefused.Code.BAD_USERNAME, username)
    if get_by_username(session, name) is not None:
        raise TeamRefused(TeamRefused.Code.USER_EXISTS, name)
    shown = " ".join((display_name or "").split()) or name
    if len(shown) > NAME_MAX:
        raise TeamRefused(TeamRefused.Code.NAME_TOO_LONG, name)
    wanted = _roles(roles, name)
    user = User(username=name, display_name=shown)
    user.roles.extend(UserRole(role=role) for role in sorted(wanted))
    session.add(user)
    session.flush()
    found = get_by_username(session, name)
    assert found is not None
    return found


def set_roles(session: Session, username: str, roles: Iterable[Role]) -> tuple[UserInfo, UserInfo]:
    """Give the user exactly `roles`; returns (before, after).

    Raises:
        TeamRefused: no such user, no roles, or it would leave nobody to administer.
    """
    user = _user(session, username)
    before = get_by_username(session, user.username)
    assert before is not None
    wanted = _roles(roles, user.username)
    user.roles[:] = [r for r in user.roles if r.role in wanted]
    have = {r.role for r in user.roles}
    user.roles.extend(UserRole(role=role) for role in sorted(wanted - have))
    session.flush()
    _keep_an_administrator(session, user.username)
    after = get_by_username(session, user.username)
    assert after is not None
    return before, after


def set_active(session: Session, username: str, active: bool) -> UserInfo:
    """Deactivate (the user keeps their history, and can do nothing) or reactivate.

    Raises:
        TeamRefused: no such user, or deactivating the last active administrator.
    """
    user = _user(session, username)
    user.active = active
    session.flush()
    _keep_an_administrator(session, user.username)
    found = get_by_username(session, user.username)
    assert found is not None
    return found


def active_administrators(session: Session) -> int:
    return int(
        session.execute(
            select(func.count(User.id))
            .join(UserRole, UserRole.user_id == User.id)
            .where(User.active.is_(True), UserRole.role == Role.ADMIN)
        ).scalar_one()
    )


def _keep_an_administrator(session: Session, username: str) -> None:
    if active_administrators(session) == 0:
        raise TeamRefused(TeamRefused.Code.LAST_ADMIN, username)


def _user(session: Session, username: str) -> User:
    user = session.scalars(
        select(User)
        .where(User.username == username.strip().lower())
        .options(selectinload(User.roles))
    ).first()
    if user is None:
        raise TeamRefused(TeamRefused.Code.NO_USER, username)
    return user


def _roles(roles: Iterable[Role], username: str) -> set[Role]:
    wanted = {Role(role) for role in roles}
    if not wanted:
        raise TeamRefused(TeamRefused.Code.NO_ROLES, username)
    return wanted
