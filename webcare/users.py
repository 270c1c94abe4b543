"""Who is working: the current user, colleagues, and what each role may do.

The desktop runs as one person, named by `WEBCARE_USER` or else the operating system's login
name. That person is created on first start: the first user of a database with every role,
later ones as agents. What each role may do is the permission table (`webcare.permissions`),
checked by the desks before anything else, not only by hiding buttons in the interface.
"""

from __future__ import annotations

import getpass
import os
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session, joinedload, selectinload

from webcare import audit, permissions
from webcare.errors import ConfigError, WebcareError
from webcare.permissions import PermissionDenied as PermissionDenied
from webcare.storage.models import User, UserRole
from webcare.vocabulary import Role

try:
    import pwd
except ImportError:  # pragma: no cover - Windows has no pwd module
    pwd = None  # type: ignore[assignment]

ENV_USER = "WEBCARE_USER"
USERNAME = re.compile(r"^[a-z0-9][a-z0-9._-]{0,99}$")


@dataclass(frozen=True)
class UserInfo:
    """A person, as the interface shows them."""

    id: int
    username: str
    display_name: str
    roles: frozenset[Role]
    active: bool = True

    def may(self, operation: str) -> bool:
        """Whether this user may call `operation` (a desk operation of the permission table);
        the interface hides what they may not do, the desk refuses it."""
        return self.active and permissions.allowed(operation, self.roles)


def current_username(environ: Mapping[str, str] | None = None) -> str:
    """The name this desktop works under: `WEBCARE_USER`, else the OS login name.

    Raises:
        ConfigError: the name is empty or has characters a username cannot have.
    """
    environ = os.environ if environ is None else environ
    raw = environ.get(ENV_USER) or getpass.getuser()
    name = raw.strip().lower()
    if not USERNAME.match(name):
        raise ConfigError(
            f"not a usable user name {raw!r}: set {ENV_USER} to letters, digits, '.', '_' or '-'"
        )
    return name


def os_display_name(username: str) -> str:
    """The person's full name from the OS account (GECOS), else the username."""
    if pwd is None:
        return username
    try:
        gecos = pwd.getpwnam(username).pw_gecos.split(",")[0].strip()
    except KeyError:
        return username
    return gecos or username


def _info(user: User) -> UserInfo:
    return UserInfo(
        id=user.id,
        username=user.username,
        display_name=user.display_name,
        roles=frozenset(role.role for role in user.roles),
        active=user.active,
    )


def ensure_user(session: Session, username: str, display_name: str | None = None) -> UserInfo:
    """The user named `username`, created when it does not exist yet.

    The first user of a new database holds every role: one person may run a small
    municipality's webcare alone, and the demo's user must be able to try everything. Users
    added later start as agents until an administrator gives them more. Two desktops starting
    at once under one name both end up with the same row.
    """
    found = get_by_username(session, username)
    if found is not None:
        return found
    first = session.scalar(select(User.id).limit(1)) is None
    roles = sorted(Role) if first else [Role.AGENT]
    try:
        with session.begin_nested():
            user = User(username=username, display_name=display_name or username)
            user.roles.extend(UserRole(role=role) for role in roles)
            session.add(user)
            session.flush()
            audit.record(
                session,
                actor=audit.user_actor(user.id),
                user_id=user.id,
                action="user.created",
                entity_type="user",
                entity_id=user.id,
                details={"roles": [role.value for role in roles]},
            )
    except IntegrityError:
        pass
    created = get_by_username(session, username)
    assert created is not None
    return created


def get_by_username(session: Session, username: str) -> UserInfo | None:
    user = session.scalars(
        select(User).where(User.username == username).options(selectinload(User.roles))
    ).first()
    return None if user is None else _info(user)


def get_user(session: Session, user_id: int) -> UserInfo | None:
    """The user with their roles, in one statement (every desk call begins with this)."""
    user = session.get(User, user_id, options=[joinedload(User.roles)])
    return None if user is None else _info(user)


def list_users(session: Session, *, include_inactive: bool = False) -> list[UserInfo]:
    """Colleagues, by name: for assignment and @mentions."""
    query = select(User).options(selectinload(User.roles)).order_by(User.display_name, User.id)
    if not include_inactive:
        query = query.where(User.active.is_(True))
    return [_info(user) for user in session.scalars(query)]


def grant(session: Session, user_id: int, roles: Iterable[Role]) -> None:
    """Give a user more roles (used by administrators and tests)."""
    user = session.get(User, user_id)
    if user is None:
        raise WebcareError(f"no user {user_id}")
    have = {role.role for role in user.roles}
    for role in roles:
        if role not in have:
            user.roles.append(UserRole(role=role))
