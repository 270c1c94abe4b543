"""Canned replies: placeholders filled in, unknown ones left visible."""

from __future__ import annotations

from webcare.inbox import canned, sampledata
from webcare.runtime import Database
from webcare.storage.db import transaction

VALUES = {"name": "Jan", "agent": "Anna", "date": "28 november 2026"}


def test_placeholders_in_english_and_dutch_are_filled() -> None:
    body = "Hallo {{name}} / {{ naam }}, groet {{Medewerker}} op {{datum}}."
    assert canned.fill(body, VALUES) == "Hallo Jan / Jan, groet Anna op 28 november 2026."


def test_unknown_placeholders_stay_visible() -> None:
    assert canned.fill("Zie {{zaaknummer}}", VALUES) == "Zie {{zaaknummer}}"


def test_canned_replies_are_listed_by_shortcut(database: Database) -> None:
    with transaction(database.sessions) as session:
        sampledata.populate(session, conversations=0)
    with database.sessions() as session:
        shortcuts = [reply.shortcut for reply in canned.list_canned(session)]
    assert shortcuts == sorted(shortcuts) and "welkom" in shortcuts
