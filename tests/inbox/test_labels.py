"""The team keeps its labels tidy: rename, colour, merge and delete, through the inbox desk."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from tests.helpers import inbox as data
from webcare.inbox.labels import LabelRefused
from webcare.runtime import Database
from webcare.storage.db import transaction
from webcare.storage.models import AuditEvent
from webcare.vocabulary import Platform


@pytest.fixture
def world(database: Database) -> tuple[int, list[int]]:
    with transaction(database.sessions) as session:
        me = data.add_user(session, "anna", "Anna de Jong")
        account = data.add_account(session, Platform.X, "Gemeente", "@gemeente")
        conversations = [
            data.add_conversation(session, account, name=f"R{i}", handle=f"@r{i}", text="Vol")
            for i in range(3)
        ]
    return me, conversations


def tags_of(database: Database, me: int, conversation: int) -> list[str]:
    detail = data.desk(database, me).detail(conversation)
    assert detail is not None
    return [tag.name for tag in detail.tags]


def test_rename_colour_merge_and_delete_reach_every_conversation(
    database: Database, world: tuple[int, list[int]]
) -> None:
    me, (first, second, third) = world
    desk = data.desk(database, me)
    desk.add_tag(first, "Afval")
    desk.add_tag(second, "afval ")  # a typo of the same thing
    desk.add_tag(second, "Grofvuil")
    desk.add_tag(third, "Grofvuil")
    found = {label.name: label for label in desk.labels()}
    assert {name: label.conversations for name, label in found.items()} == {
        "Afval": 1,
        "afval": 1,
        "Grofvuil": 2,
    }

    desk.rename_label(found["Grofvuil"].id, "Grof  vuil")
    assert tags_of(database, me, third) == ["Grof vuil"]
    desk.set_label_colour(found["Afval"].id, "#2A7F3F")
    assert {label.name: label.colour for label in desk.labels()}["Afval"] == "#2a7f3f"

    desk.merge_labels(found["afval"].id, found["Afval"].id)
    assert tags_of(database, me, first) == ["Afval"]
    assert tags_of(database, me, second) == ["Afval", "Grof vuil"]
    assert [label.name for label in desk.labels()] == ["Afval", "Grof vuil"]

    desk.delete_label(found["Grofvuil"].id)
    assert tags_of(database, me, second) == ["Afval"] and tags_of(database, me, third) == []
    with database.sessions() as session:
        actions = session.scalars(
            select(AuditEvent.action).where(AuditEvent.entity_type == "tag").order_by(AuditEvent.id)
        ).all()
    assert actions == ["tag.renamed", "tag.coloured", "tag.merged", "tag.deleted"]


@pytest.mark.parametrize(
    ("change", "code"),
    [
        (lambda d, a, b: d.rename_label(a, "Grofvuil"), LabelRefused.Code.NAME_TAKEN),
        (lambda d, a, b: d.rename_label(a, " "), LabelRefused.Code.BAD_NAME),
        (lambda d, a, b: d.set_label_colour(a, "groen"), LabelRefused.Code.BAD_COLOUR),
        (lambda d, a, b: d.merge_labels(a, a), LabelRefused.Code.SAME_LABEL),
        (lambda d, a, b: d.delete_label(999), LabelRefused.Code.NO_LABEL),
    ],
)
def test_a_label_change_that_makes_no_sense_is_refused_with_its_reason(
    database: Database, world: tuple[int, list[int]], change: object, code: LabelRefused.Code
) -> None:
    me, (first, second, _third) = world
    desk = data.desk(database, me)
    a = desk.add_tag(first, "Afval").value
    b = desk.add_tag(second, "Grofvuil").value
    assert a is not None and b is not None
    with pytest.raises(LabelRefused) as refused:
        change(desk, a.tag_id, b.tag_id)  # type: ignore[operator]
    assert refused.value.code is code
