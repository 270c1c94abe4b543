"""The desk base: the role check comes first, a refused call writes nothing, Changes add up."""

from __future__ import annotations

import pytest

from webcare import permissions
from webcare.desk import Call, Changes, Desk, Done, Topic, operation, operations_of
from webcare.permissions import PermissionDenied
from webcare.runtime import Database
from webcare.storage.db import transaction
from webcare.storage.models import AuditEvent, Tag
from webcare.users import ensure_user, grant
from webcare.vocabulary import Role


class TagDesk(Desk):
    ran: list[str]

    @operation("canned.manage")
    def add_tag(self, call: Call, name: str) -> Done[int]:
        call.session.add(tag := Tag(name=name))
        call.session.flush()
        call.audit("tag.created", "tag", tag.id)
        return Done(tag.id, Changes.of(Topic.TAGS))

    @operation("users.manage")
    def add_tag_as_admin(self, call: Call, name: str) -> Done[int]:
        call.session.add(Tag(name=name))
        return Done(0)

    @operation("users.read", write=False)
    def count(self, call: Call) -> int:
        return call.session.query(Tag).count()


def _users(database: Database) -> tuple[int, int]:
    with transaction(database.sessions) as session:
        boss = ensure_user(session, "boss")  # the first user: every role
        agent = ensure_user(session, "agent")
    return boss.id, agent.id


def test_a_refused_call_runs_nothing_and_writes_nothing(database: Database) -> None:
    _boss, agent = _users(database)
    desk = TagDesk(database.sessions, agent)
    with pytest.raises(PermissionDenied) as refused:
        desk.add_tag_as_admin("afval")
    assert refused.value.operation == "users.manage"
    assert "admin" in str(refused.value)
    assert desk.count() == 0


def test_an_allowed_call_commits_its_change_with_its_audit_event(database: Database) -> None:
    _boss, agent = _users(database)
    done = TagDesk(database.sessions, agent).add_tag("afval")
    assert done.changes.touches(Topic.TAGS)
    with database.sessions() as session:
        event = session.query(AuditEvent).filter_by(action="tag.created").one()
        assert event.actor_user_id == agent and event.entity_id == str(done.value)


def test_a_failing_body_rolls_back_its_audit_event_too(database: Database) -> None:
    boss, _agent = _users(database)
    desk = TagDesk(database.sessions, boss)
    desk.add_tag("afval")
    with pytest.raises(Exception, match=r"(?i)unique|duplicate"):
        desk.add_tag("afval")
    with database.sessions() as session:
        assert session.query(AuditEvent).filter_by(action="tag.created").count() == 1


def test_roles_are_read_at_every_call_and_an_inactive_user_may_do_nothing(
    database: Database,
) -> None:
    _boss, agent = _users(database)
    desk = TagDesk(database.sessions, agent)
    with pytest.raises(PermissionDenied):
        desk.add_tag_as_admin("x")
    with transaction(database.sessions) as session:
        grant(session, agent, [Role.ADMIN])
    desk.add_tag_as_admin("x")
    with transaction(database.sessions) as session:
        from webcare.storage.models import User

        session.get_one(User, agent).active = False
    with pytest.raises(PermissionDenied):
        desk.count()


def test_an_operation_must_be_in_the_permission_table() -> None:
    with pytest.raises(KeyError, match="permission"):
        operation("nowhere.never")
    assert operations_of(TagDesk) == {
        "add_tag": "canned.manage",
        "add_tag_as_admin": "users.manage",
        "count": "users.read",
    }
    assert not permissions.allowed("nowhere.never", set(Role))


def test_changes_add_up_and_name_their_conversations() -> None:
    one = Changes.of(conversations=[1, 2])
    assert one.touches(Topic.COUNTS) and not Changes.NONE
    both = one | Changes.of(Topic.TAGS, conversations=[3])
    assert both.conversations == {1, 2, 3} and both.touches(Topic.TAGS)
