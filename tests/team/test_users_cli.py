"""`webcare users` as an administrator and a colleague use it, in a real process."""

from __future__ import annotations

import json
import subprocess

import pytest
from sqlalchemy import select

from tests.helpers import cli
from webcare.config import Settings, data_dir, resolve_db_url
from webcare.runtime import open_database
from webcare.storage.models import AuditEvent

# Every command here uses the database `webcare db upgrade` makes (no other command does).
pytestmark = pytest.mark.usefixtures("default_database")


def webcare(*args: str, user: str = "anna") -> subprocess.CompletedProcess[str]:
    return cli.webcare(*args, env={"WEBCARE_USER": user})


def ok(*args: str, user: str = "anna") -> str:
    result = webcare(*args, user=user)
    assert result.returncode == 0, result.stderr
    return result.stdout


def test_an_administrator_adds_gives_roles_and_deactivates_and_each_is_audited() -> None:
    assert ok("users", "list").split("\t")[0] == "anna"  # the first user: every role
    assert ok("users", "add", "bart", "--name", "Bart Kuiper") == "added bart\tBart Kuiper\tagent\n"
    ok("users", "add", "pia", "--role", "planner", "--role", "supervisor")
    assert ok("users", "set-roles", "bart", "supervisor", "privacy_officer").startswith(
        "set bart\tBart Kuiper\tprivacy_officer,supervisor"
    )
    assert ok("users", "deactivate", "pia").endswith("(deactivated)\n")
    listed = {u["username"]: u for u in json.loads(ok("users", "list", "--json"))}
    assert listed["pia"] == {
        "id": listed["pia"]["id"],
        "username": "pia",
        "name": "pia",
        "roles": ["planner", "supervisor"],
        "active": False,
    }
    assert listed["bart"]["roles"] == ["privacy_officer", "supervisor"]
    ok("users", "reactivate", "pia")
    folder = data_dir(None)
    database = open_database(Settings(resolve_db_url(None, folder), folder, "en"))
    try:
        with database.sessions() as session:
            actions = session.scalars(
                select(AuditEvent.action)
                .where(AuditEvent.entity_type == "user", AuditEvent.actor_user_id == 1)
                .order_by(AuditEvent.id)
            ).all()
    finally:
        database.close()
    assert actions[1:] == [
        "user.created",
        "user.created",
        "user.roles_set",
        "user.deactivated",
        "user.reactivated",
    ]


REFUSALS = [
    (("users", "add", "anna"), "anna", "there already is a user 'anna'"),
    (("users", "set-roles", "nobody", "agent"), "anna", "there is no user 'nobody'"),
    (("users", "deactivate", "anna"), "anna", "anna is the last active administrator"),
    (("users", "set-roles", "anna", "agent"), "anna", "anna is the last active administrator"),
    (("users", "add", "x y"), "anna", "not a usable user name 'x y'"),
    (("users", "set-roles", "anna", "wizard"), "anna", "invalid choice: 'wizard'"),
    (("users", "add", "carla"), "bart", "bart may not call users.manage (it needs the role admin)"),
    (("users", "list", "--as", "gone"), "anna", "gone is deactivated and may do nothing"),
]


def test_a_refusal_is_one_line_and_exits_2() -> None:
    ok("users", "list")  # anna, the first user, may do everything
    ok("users", "add", "bart")
    ok("users", "add", "gone")
    ok("users", "deactivate", "gone")
    before = ok("users", "list", "--json")
    for args, user, complaint in REFUSALS:
        result = webcare(*args, user=user)
        assert result.returncode == 2, args
        assert complaint in result.stderr
        assert len(result.stderr.strip().splitlines()) == 1 and "Traceback" not in result.stderr
    assert ok("users", "list", "--json") == before
