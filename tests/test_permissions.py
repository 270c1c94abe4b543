"""The permission table holds at every desk: every operation, called as every role alone, is
refused or allowed as `permissions.TABLE` says, and a refused call writes nothing.

Every desk of `webcare.desks.Desks` takes part by itself: an operation without a call in
`tests.helpers.desk_calls` fails this test.
"""

from __future__ import annotations

import dataclasses
import typing

import pytest
from sqlalchemy import func, select

from tests.helpers import inbox as data
from tests.helpers.desk_calls import CALLS, World
from webcare import permissions
from webcare.desk import Desk, operations_of
from webcare.desks import Desks
from webcare.inbox import changes
from webcare.permissions import PermissionDenied
from webcare.runtime import Database
from webcare.storage.db import transaction
from webcare.storage.models import Base, User
from webcare.vocabulary import Platform, Role


def desk_classes() -> list[type[Desk]]:
    hints = typing.get_type_hints(Desks)
    found = [hints[f.name] for f in dataclasses.fields(Desks)]
    return [kind for kind in found if isinstance(kind, type) and issubclass(kind, Desk)]


OPERATIONS = [
    (kind, method, operation)
    for kind in desk_classes()
    for method, operation in sorted(operations_of(kind).items())
]


def test_every_desk_operation_has_a_call_to_test_it_with() -> None:
    assert desk_classes(), "no desk found in webcare.desks.Desks"
    missing = [f"{kind.__name__}.{method}" for kind, method, _ in OPERATIONS]
    missing = [name for name in missing if name not in CALLS]
    assert not missing, f"add a call to tests/helpers/desk_calls.py for: {', '.join(missing)}"


def fingerprint(database: Database) -> dict[str, int]:
    """How many rows every table holds, and the change counter: what any write moves."""
    with database.sessions() as session:
        counts = {
            table.name: session.scalar(select(func.count()).select_from(table)) or 0
            for table in Base.metadata.sorted_tables
        }
        counts["change counter"] = changes.current(session)
    return counts


@pytest.fixture
def world(database: Database) -> World:
    with transaction(database.sessions) as session:
        setup = data.add_user(session, "beheer", "Beheer", tuple(Role))
        users = {
            role: data.add_user(session, f"als-{role.value}", role.value, (role,)) for role in Role
        }
        account = data.add_account(session, Platform.X, "Gemeente", "@gemeente")
    return World(database, setup, users, account)


@pytest.mark.parametrize(
    ("kind", "method", "operation"),
    OPERATIONS,
    ids=[f"{kind.__name__}.{method}" for kind, method, _ in OPERATIONS],
)
def test_each_role_alone_is_refused_or_allowed_as_the_table_says(
    world: World, kind: type[Desk], method: str, operation: str
) -> None:
    factory = CALLS.get(f"{kind.__name__}.{method}")
    if factory is None:
        pytest.fail(f"no call for {kind.__name__}.{method} in tests/helpers/desk_calls.py")
    for role, user in world.users.items():
        positional, keywords = factory(world)
        desk = world.desk(kind, user)
        before = fingerprint(world.database)
        if permissions.allowed(operation, {role}):
            getattr(desk, method)(*positional, **keywords)
            continue
        with pytest.raises(PermissionDenied) as refused:
            getattr(desk, method)(*positional, **keywords)
        assert refused.value.operation == operation, role
        assert fingerprint(world.database) == before, f"{role} was refused but wrote"


def test_an_inactive_user_may_call_nothing(world: World) -> None:
    with transaction(world.database.sessions) as session:
        inactive = data.add_user(session, "oud", "Oud-collega", tuple(Role))
        session.get_one(User, inactive).active = False
    for kind, method, _operation in OPERATIONS:
        factory = CALLS[f"{kind.__name__}.{method}"]
        positional, keywords = factory(world)
        before = fingerprint(world.database)
        with pytest.raises(PermissionDenied):
            getattr(world.desk(kind, inactive), method)(*positional, **keywords)
        assert fingerprint(world.database) == before
