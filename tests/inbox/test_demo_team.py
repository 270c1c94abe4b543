"""The demo's simulated colleagues work the inbox through their own desks: they claim (so that
a claim of mine can collide with theirs), answer through the outbox, and @mention me in notes."""

from __future__ import annotations

import random

import pytest
from sqlalchemy import select

from tests.helpers import inbox as data
from webcare.demo_team import COLLEAGUES, LABELS, DemoTeam, add_colleagues
from webcare.desks import open_desks
from webcare.inbox.actions import HeldByColleague
from webcare.runtime import Database
from webcare.storage.db import transaction
from webcare.storage.models import Conversation, Message, MessageMention
from webcare.vocabulary import DeliveryState, Direction, Platform, Role


def test_the_colleagues_claim_answer_and_mention_me_and_my_claim_can_collide(
    database: Database,
) -> None:
    me = open_desks(database.sessions, "anna", "Anna Jansen")  # the first user: every role
    assert add_colleagues(me.team) == [name for name, _, _ in COLLEAGUES]
    add_colleagues(me.team)  # a second start of the demo on the same database keeps them
    team_roles = {u.username: u.roles for u in me.team.users()}
    assert team_roles["sanne"] == {Role.SUPERVISOR, Role.AGENT}
    assert team_roles["ilse"] == {Role.AGENT}
    with transaction(database.sessions) as session:
        account = data.add_account(session, Platform.X, "Gemeente", "gemeente")
        for n in range(8):
            data.add_conversation(
                session, account, name=f"Bewoner {n}", handle=f"@bewoner{n}", text=f"Vraag {n}"
            )
    team = DemoTeam(database.sessions, "anna", rng=random.Random(7))
    done = [team.step() for _ in range(40)]
    assert any(step and " claimed " in step for step in done)
    with database.sessions() as session:
        colleagues = {c.desks.me.id for c in team.colleagues}
        held = session.scalars(
            select(Conversation.id).where(Conversation.assignee_id.in_(colleagues))
        ).all()
        replies = session.scalars(
            select(Message).where(
                Message.direction == Direction.OUTBOUND, Message.author_user_id.in_(colleagues)
            )
        ).all()
        mentioned = session.scalars(
            select(MessageMention.user_id).where(MessageMention.user_id == me.me.id)
        ).all()
    assert held, "no colleague holds a conversation"
    assert replies and all(r.delivery_state is DeliveryState.QUEUED for r in replies)
    assert mentioned, "no note mentions me"
    # a conversation a colleague holds: my claim of it is refused, not silently taken
    with pytest.raises(HeldByColleague):
        me.inbox.claim(held[0])


def test_the_team_labels_the_first_conversations_in_colour(database: Database) -> None:
    me = open_desks(database.sessions, "anna", "Anna Jansen")
    add_colleagues(me.team)
    with transaction(database.sessions) as session:
        account = data.add_account(session, Platform.X, "Gemeente", "gemeente")
        for n in range(4):
            data.add_conversation(
                session, account, name=f"Bewoner {n}", handle=f"@bewoner{n}", text=f"Vraag {n}"
            )
    team = DemoTeam(database.sessions, "anna", rng=random.Random(7))
    assert len(team.label_first()) == len(LABELS)
    assert {label.name: label.colour for label in me.inbox.labels()} == dict(LABELS)
    assert all(label.conversations == 1 for label in me.inbox.labels())
