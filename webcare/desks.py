"""Signing in, and the desks of one acting user (the composition of the core's doors).

The desktop signs in once at start, the command line once per command; both then reach every
capability through the desks built here, never through the services or storage directly.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy.orm import Session, sessionmaker

from webcare import users
from webcare.accounts.credentials import CredentialStore
from webcare.accounts.desk import AccountsDesk
from webcare.auditing.desk import AuditDesk
from webcare.calendar.desk import CalendarDesk
from webcare.clock import utcnow
from webcare.desk import default_workstation
from webcare.inbox.desk import InboxDesk
from webcare.moderation.desk import ModerationDesk
from webcare.reports.desk import ReportsDesk
from webcare.residents.desk import ResidentsDesk
from webcare.storage.db import transaction
from webcare.team.desk import TeamDesk
from webcare.users import UserInfo


@dataclass(frozen=True)
class Desks:
    """Every desk, for one acting user."""

    me: UserInfo
    inbox: InboxDesk
    calendar: CalendarDesk
    team: TeamDesk
    reports: ReportsDesk
    residents: ResidentsDesk
    audit: AuditDesk
    accounts: AccountsDesk
    moderation: ModerationDesk


def sign_in(
    sessions: sessionmaker[Session], username: str, display_name: str | None = None
) -> UserInfo:
    """The Webcare user for `username`, created on first use (see `users.ensure_user`)."""
    with transaction(sessions) as session:
        return users.ensure_user(session, username, display_name)


def open_desks(
    sessions: sessionmaker[Session],
    username: str,
    display_name: str | None = None,
    *,
    clock: Callable[[], datetime] = utcnow,
    workstation: str | None = None,
    credentials: CredentialStore | None = None,
) -> Desks:
    """Sign in as `username` and build the desks that act as that user.

    Args:
        credentials: the credential store the accounts desk connects, checks and removes
            accounts with (None: it refuses those).
    """
    me = sign_in(sessions, username, display_name)
    place = workstation or default_workstation()
    return Desks(
        me=me,
        inbox=InboxDesk(sessions, me.id, clock=clock, workstation=place),
        calendar=CalendarDesk(sessions, me.id, clock=clock, workstation=place),
        team=TeamDesk(sessions, me.id, clock=clock, workstation=place),
        reports=ReportsDesk(sessions, me.id, clock=clock, workstation=place),
        residents=ResidentsDesk(sessions, me.id, clock=clock, workstation=place),
        audit=AuditDesk(sessions, me.id, clock=clock, workstation=place),
        accounts=AccountsDesk(
            sessions, me.id, clock=clock, workstation=place, credentials=credentials
        ),
        moderation=ModerationDesk(sessions, me.id, clock=clock, workstation=place),
    )
