"""The current user: named by WEBCARE_USER or the login, created as an agent on first start."""

from __future__ import annotations

import pytest

from webcare import users
from webcare.errors import ConfigError
from webcare.runtime import Database
from webcare.storage.db import transaction
from webcare.vocabulary import Role


def test_webcare_user_wins_over_the_login_name() -> None:
    assert users.current_username({"WEBCARE_USER": " Anna.de-Jong "}) == "anna.de-jong"


def test_login_name_is_used_without_webcare_user(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(users.getpass, "getuser", lambda: "Bart")
    assert users.current_username({}) == "bart"


def test_unusable_names_are_refused() -> None:
    with pytest.raises(ConfigError, match="WEBCARE_USER"):
        users.current_username({"WEBCARE_USER": "anna; drop table"})


def test_the_first_user_holds_every_role_later_ones_are_agents(database: Database) -> None:
    with transaction(database.sessions) as session:
        first = users.ensure_user(session, "anna", "Anna de Jong")
    with transaction(database.sessions) as session:
        again = users.ensure_user(session, "anna", "Someone Else")
        colleague = users.ensure_user(session, "bart")
    assert again == first
    assert first.roles == frozenset(Role)
    assert colleague.roles == frozenset({Role.AGENT})
    assert first.may("inbox.work")
    assert first.may("users.manage") and not colleague.may("users.manage")
    assert colleague.display_name == "bart"
    with database.sessions() as session:
        assert [u.username for u in users.list_users(session)] == ["anna", "bart"]


def test_roles_grant_permissions(database: Database) -> None:
    with transaction(database.sessions) as session:
        users.ensure_user(session, "admin")  # the first user holds every role; pia does not
        pia = users.ensure_user(session, "pia")
        session.flush()
        from webcare.storage.models import UserRole

        session.query(UserRole).filter_by(user_id=pia.id).delete()
        users.grant(session, pia.id, [Role.PLANNER])
    with database.sessions() as session:
        planner = users.get_user(session, pia.id)
        assert users.get_user(session, 9999) is None
    assert planner is not None and planner.roles == frozenset({Role.PLANNER})
    assert planner.may("inbox.read") and not planner.may("inbox.work")
