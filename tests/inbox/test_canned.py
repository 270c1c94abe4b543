"""Canned replies: placeholders filled in, unknown ones left visible."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from tests.helpers.inbox import add_canned_replies, desk
from webcare.inbox import canned
from webcare.permissions import PermissionDenied
from webcare.runtime import Database
from webcare.storage.db import transaction
from webcare.storage.models import AuditEvent

VALUES = {"name": "Jan", "agent": "Anna", "date": "28 november 2026"}


def test_placeholders_in_english_and_dutch_are_filled() -> None:
    body = "Hallo {{name}} / {{ naam }}, groet {{Medewerker}} op {{datum}}."
    assert canned.fill(body, VALUES) == "Hallo Jan / Jan, groet Anna op 28 november 2026."


def test_unknown_placeholders_stay_visible() -> None:
    assert canned.fill("Zie {{zaaknummer}}", VALUES) == "Zie {{zaaknummer}}"


def test_canned_replies_are_listed_by_shortcut(database: Database) -> None:
    with transaction(database.sessions) as session:
        add_canned_replies(session)
    with database.sessions() as session:
        shortcuts = [reply.shortcut for reply in canned.list_canned(session)]
    assert shortcuts == sorted(shortcuts) and "welkom" in shortcuts


def test_the_team_adds_changes_and_deletes_canned_replies(database: Database, team) -> None:
    made = (
        desk(database, team.anna)
        .save_canned(
            None,
            shortcut=" /Afval ",
            title="  Afval   ophalen ",
            body="Hallo {{naam}}, de container komt morgen.\n",
        )
        .value
    )
    with database.sessions() as session:
        (reply,) = canned.list_canned(session)
    assert (reply.shortcut, reply.title, reply.body) == (
        "afval",
        "Afval ophalen",
        "Hallo {{naam}}, de container komt morgen.",
    )
    desk(database, team.bart).save_canned(
        made, shortcut="afval-gft", title="GFT", body="De GFT-container komt morgen."
    )
    with database.sessions() as session:
        assert [(r.id, r.shortcut) for r in canned.list_canned(session)] == [(made, "afval-gft")]
    desk(database, team.anna).delete_canned(made)
    desk(database, team.anna).delete_canned(made)  # gone already: nothing to do
    with database.sessions() as session:
        assert canned.list_canned(session) == ()
        actions = session.scalars(
            select(AuditEvent.action).where(AuditEvent.entity_type == "canned_reply")
        ).all()
    assert actions == ["canned.created", "canned.updated", "canned.deleted"]


@pytest.mark.parametrize(
    ("shortcut", "title", "body", "code"),
    [
        ("", "Titel", "Tekst", canned.CannedRefused.Code.BAD_SHORTCUT),
        ("met spatie", "Titel", "Tekst", canned.CannedRefused.Code.BAD_SHORTCUT),
        ("<b>", "Titel", "Tekst", canned.CannedRefused.Code.BAD_SHORTCUT),
        ("a" * 65, "Titel", "Tekst", canned.CannedRefused.Code.BAD_SHORTCUT),
        ("ok", "  ", "Tekst", canned.CannedRefused.Code.NO_TITLE),
        ("ok", "t" * 201, "Tekst", canned.CannedRefused.Code.TITLE_TOO_LONG),
        ("ok", "Titel", " \n ", canned.CannedRefused.Code.NO_BODY),
        ("ok", "Titel", "x" * 10_001, canned.CannedRefused.Code.BODY_TOO_LONG),
        ("welkom", "Titel", "Tekst", canned.CannedRefused.Code.DUPLICATE_SHORTCUT),
    ],
)
def test_a_bad_canned_reply_is_refused_with_the_reason_and_nothing_stored(
    database: Database, team, shortcut: str, title: str, body: str, code: object
) -> None:
    agent = desk(database, team.anna)
    agent.save_canned(None, shortcut="welkom", title="Welkom", body="Hoi")
    with pytest.raises(canned.CannedRefused) as refused:
        agent.save_canned(None, shortcut=shortcut, title=title, body=body)
    assert refused.value.code is code
    with database.sessions() as session:
        assert [r.shortcut for r in canned.list_canned(session)] == ["welkom"]


def test_a_planner_may_not_change_canned_replies(database: Database, team) -> None:
    with pytest.raises(PermissionDenied):
        desk(database, team.planner).save_canned(None, shortcut="x", title="X", body="X")
    with database.sessions() as session:
        assert canned.list_canned(session) == ()
