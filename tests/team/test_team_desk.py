"""The team's desk: users and roles, the service policy, and who may do which."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, time

import pytest
from sqlalchemy import func, select

from tests.helpers.team import Office
from webcare import permissions
from webcare.desk import Topic
from webcare.desks import open_desks
from webcare.permissions import PermissionDenied
from webcare.runtime import Database
from webcare.storage.models import AuditEvent, ClosingDay, OfficeHours, ServicePolicy, User
from webcare.team.desk import TeamDesk
from webcare.team.members import TeamRefused
from webcare.team.policy import Span, week_of
from webcare.team.store import PolicyRefused
from webcare.vocabulary import Role

SPLIT = week_of([(Span.of(time(8, 30), time(12, 30)), Span.of(time(13), time(17)))] * 5)
KINGS_DAY = date(2027, 4, 27)


def snapshot(database: Database) -> tuple[int, ...]:
    with database.sessions() as session:
        counts = [
            session.scalar(select(func.count()).select_from(table)) or 0
            for table in (AuditEvent, User, ServicePolicy, OfficeHours, ClosingDay)
        ]
        revision = session.scalar(select(ServicePolicy.revision).where(ServicePolicy.id == 1))
        return (*counts, revision or 0)


def test_only_an_administrator_manages_users_and_a_supervisor_may_change_the_policy() -> None:
    allowed = {op: roles for op, roles in permissions.TABLE.items()}
    assert allowed["users.manage"] == {Role.ADMIN}
    assert allowed["policy.manage"] == {Role.SUPERVISOR, Role.ADMIN}
    assert allowed["users.read"] == allowed["policy.read"] == set(Role)


def test_an_agent_reads_the_team_and_its_policy_but_changes_neither(
    office: Office, database: Database
) -> None:
    # The generic test (tests/test_permissions.py) checks each method against the operation
    # it is declared as; this one checks that the team's writes are declared as the
    # managing operations at all.
    office.boss.team.add_user("bart", "Bart Kuiper")
    bart = open_desks(database.sessions, "bart").team
    assert [u.username for u in bart.users()] == ["bart", "boss"]
    assert bart.policy().team.target_minutes == 240
    before = snapshot(database)
    for call in (
        lambda: bart.add_user("carla"),
        lambda: bart.set_roles("bart", [Role.ADMIN]),
        lambda: bart.deactivate("boss"),
        lambda: bart.reactivate("boss"),
        lambda: bart.set_policy(SPLIT, 60),
        lambda: bart.clear_account_policy(office.account),
        lambda: bart.add_closing_day(KINGS_DAY, "Koningsdag"),
        lambda: bart.remove_closing_day(KINGS_DAY),
    ):
        with pytest.raises(PermissionDenied):
            call()
    assert snapshot(database) == before


def test_users_are_added_given_roles_and_deactivated_with_an_audit_trail(
    office: Office, database: Database
) -> None:
    team = office.boss.team
    done = team.add_user("Bart", "  Bart   Kuiper ")
    assert done.changes.touches(Topic.USERS)
    assert (done.value.username, done.value.display_name) == ("bart", "Bart Kuiper")
    assert done.value.roles == {Role.AGENT}
    assert team.set_roles("bart", [Role.SUPERVISOR, Role.PLANNER]).value.roles == {
        Role.SUPERVISOR,
        Role.PLANNER,
    }
    assert team.deactivate("bart").value.active is False
    listed = {user.username: user for user in team.users()}
    assert listed["bart"].active is False and listed["boss"].active
    assert [u.username for u in team.users(include_inactive=False)] == ["boss"]
    assert team.reactivate("bart").value.active
    with database.sessions() as session:
        events = session.scalars(
            select(AuditEvent.action)
            .where(AuditEvent.entity_type == "user")
            .order_by(AuditEvent.id)
        ).all()
        roles_set = session.scalars(
            select(AuditEvent).where(AuditEvent.action == "user.roles_set")
        ).one()
    assert events[-4:] == ["user.created", "user.roles_set", "user.deactivated", "user.reactivated"]
    assert roles_set.details == {"from": ["agent"], "to": ["planner", "supervisor"]}
    assert roles_set.actor_user_id == office.boss.me.id


def test_a_deactivated_user_keeps_their_history_and_can_do_nothing(
    office: Office, database: Database
) -> None:
    office.boss.team.add_user("bart", roles=[Role.ADMIN])
    bart = open_desks(database.sessions, "bart")
    bart.team.add_closing_day(date(2027, 12, 31), "Oudjaarsdag")
    office.boss.team.deactivate("bart")
    for call in (bart.team.users, bart.team.policy, lambda: bart.team.deactivate("boss")):
        with pytest.raises(PermissionDenied):
            call()
    with database.sessions() as session:
        assert session.scalar(select(func.count()).where(AuditEvent.actor_user_id == bart.me.id))


def test_the_last_administrator_can_neither_lose_the_role_nor_be_deactivated(
    office: Office, database: Database
) -> None:
    team = office.boss.team
    team.add_user("bart", roles=[Role.AGENT])
    before = snapshot(database)
    with pytest.raises(TeamRefused) as refused:
        team.set_roles("boss", [Role.AGENT])
    assert refused.value.code is TeamRefused.Code.LAST_ADMIN
    assert "last active administrator" in str(refused.value)
    with pytest.raises(TeamRefused, match="last active administrator"):
        team.deactivate("boss")  # themselves, into a database nobody could administer
    assert snapshot(database) == before
    # With a second administrator, either may step down.
    team.set_roles("bart", [Role.ADMIN])
    assert team.set_roles("boss", [Role.SUPERVISOR]).value.roles == {Role.SUPERVISOR}
    with pytest.raises(PermissionDenied):
        team.deactivate("bart")  # boss is no administrator any more


@pytest.mark.parametrize(
    ("call", "code"),
    [
        (lambda t: t.add_user("boss"), TeamRefused.Code.USER_EXISTS),
        (lambda t: t.add_user("anna; drop"), TeamRefused.Code.BAD_USERNAME),
        (lambda t: t.add_user("anna", "x" * 201), TeamRefused.Code.NAME_TOO_LONG),
        (lambda t: t.add_user("anna", roles=[]), TeamRefused.Code.NO_ROLES),
        (lambda t: t.set_roles("nobody", [Role.AGENT]), TeamRefused.Code.NO_USER),
        (lambda t: t.deactivate("nobody"), TeamRefused.Code.NO_USER),
    ],
)
def test_a_refused_team_change_says_why_and_writes_nothing(
    office: Office, database: Database, call: Callable[[TeamDesk], object], code: TeamRefused.Code
) -> None:
    before = snapshot(database)
    with pytest.raises(TeamRefused) as refused:
        call(office.boss.team)
    assert refused.value.code is code
    assert snapshot(database) == before


def test_the_policy_is_stored_for_the_team_and_per_account(office: Office) -> None:
    team = office.boss.team
    book = team.policy()
    assert book.team.target_minutes == 240 and book.accounts == {}
    assert book.team.week[0] == (Span.of(time(8, 30), time(17)),)  # the migration's default
    done = team.set_policy(SPLIT, 60)
    assert done.changes.touches(Topic.POLICY)
    assert team.policy_revision() == done.value > book.revision
    team.set_policy(
        week_of([(Span(0, 1440),)] * 7), 30, public_holidays=False, account_id=office.account
    )
    team.add_closing_day(date(2027, 12, 31), "Oudjaarsdag")
    book = team.policy()
    assert book.team.week == SPLIT and book.team.target_minutes == 60
    own = book.for_account(office.account)
    assert own.target_minutes == 30 and not own.public_holidays and own.week[6]
    assert own.closing_days == {date(2027, 12, 31): "Oudjaarsdag"}  # the team's, for all
    assert book.for_account(9999) == book.team
    assert [s.own_policy for s in team.policy_scopes()] == [True]
    team.clear_account_policy(office.account)
    assert team.policy().for_account(office.account) == team.policy().team


def test_a_refused_policy_change_says_why(office: Office, database: Database) -> None:
    team = office.boss.team
    overlapping = ((Span(600, 720), Span(700, 800)),)
    before = snapshot(database)
    for call, code in [
        (lambda: team.set_policy(SPLIT, 0), PolicyRefused.Code.BAD_TARGET),
        (lambda: team.set_policy(overlapping, 60), PolicyRefused.Code.OVERLAPPING_HOURS),
        (lambda: team.set_policy(SPLIT, 60, account_id=999), PolicyRefused.Code.NO_ACCOUNT),
        (lambda: team.add_closing_day(KINGS_DAY, "  "), PolicyRefused.Code.NO_NAME),
        (lambda: team.remove_closing_day(KINGS_DAY), PolicyRefused.Code.NO_CLOSING_DAY),
    ]:
        with pytest.raises(PolicyRefused) as refused:
            call()
        assert refused.value.code is code
    assert snapshot(database) == before


def test_every_policy_change_is_audited(office: Office, database: Database) -> None:
    team = office.boss.team
    team.set_policy(SPLIT, 60)
    team.add_closing_day(date(2027, 12, 31), "Oudjaarsdag")
    team.remove_closing_day(date(2027, 12, 31))
    with database.sessions() as session:
        events = session.scalars(
            select(AuditEvent).where(AuditEvent.action.like("policy.%")).order_by(AuditEvent.id)
        ).all()
    assert [e.action for e in events] == [
        "policy.changed",
        "policy.closing_day_set",
        "policy.closing_day_removed",
    ]
    assert events[0].details["hours"][0] == ["08:30-12:30", "13:00-17:00"]
    assert events[0].details["target_minutes"] == 60
