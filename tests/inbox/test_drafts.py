"""Drafts: kept per agent, conversation and mode; gone once sent, and with their conversation."""

from __future__ import annotations

from sqlalchemy import delete

from webcare.inbox import actions, drafts
from webcare.inbox.drafts import DraftMode
from webcare.runtime import Database
from webcare.storage.db import transaction
from webcare.storage.models import Conversation


def saved(database: Database, user: int) -> dict[tuple[int, DraftMode], str]:
    with database.sessions() as session:
        return drafts.load(session, user)


def test_a_draft_is_kept_per_agent_and_mode_and_replaced_as_the_agent_types(
    database, team, new_conversation
):
    conversation = new_conversation()
    with transaction(database.sessions) as session:
        drafts.save(session, team.anna, conversation, DraftMode.REPLY, "Beste Jan,")
        drafts.save(session, team.anna, conversation, DraftMode.NOTE, "@bart kijk jij even?")
        drafts.save(session, team.bart, conversation, DraftMode.REPLY, "Hoi Jan")
    with transaction(database.sessions) as session:
        drafts.save(session, team.anna, conversation, DraftMode.REPLY, "Beste Jan,\nWe komen 😀")
    assert saved(database, team.anna) == {
        (conversation, DraftMode.REPLY): "Beste Jan,\nWe komen 😀",
        (conversation, DraftMode.NOTE): "@bart kijk jij even?",
    }
    assert saved(database, team.bart) == {(conversation, DraftMode.REPLY): "Hoi Jan"}
    with transaction(database.sessions) as session:
        drafts.save(session, team.anna, conversation, DraftMode.NOTE, "  \n")  # wiped: no draft
    assert set(saved(database, team.anna)) == {(conversation, DraftMode.REPLY)}


def test_sending_the_reply_or_saving_the_note_ends_that_draft_only(
    database, team, new_conversation
):
    conversation = new_conversation()
    with transaction(database.sessions) as session:
        drafts.save(session, team.anna, conversation, DraftMode.REPLY, "We komen morgen")
        drafts.save(session, team.anna, conversation, DraftMode.NOTE, "Melding gemaakt")
        drafts.save(session, team.bart, conversation, DraftMode.REPLY, "Bart schrijft ook")
    with transaction(database.sessions) as session:
        actions.send_reply(
            session, conversation, "We komen morgen", by=team.anna, expected_holder=None
        )
    assert saved(database, team.anna) == {(conversation, DraftMode.NOTE): "Melding gemaakt"}
    assert saved(database, team.bart) == {(conversation, DraftMode.REPLY): "Bart schrijft ook"}
    with transaction(database.sessions) as session:
        actions.add_note(session, conversation, "Melding gemaakt", by=team.anna)
    assert saved(database, team.anna) == {}


def test_drafts_go_with_their_conversation(database, team, new_conversation):
    # An erasure deletes the conversation; what an agent was writing to the resident goes too.
    conversation = new_conversation()
    with transaction(database.sessions) as session:
        drafts.save(session, team.anna, conversation, DraftMode.REPLY, "Beste Jan de Vries,")
    with transaction(database.sessions) as session:
        session.execute(delete(Conversation).where(Conversation.id == conversation))
    assert saved(database, team.anna) == {}
