"""`webcare inbox reply CONVERSATION_ID --text-stdin [--as USER]`: a reply queued from a script
goes through the inbox desk exactly as one from the composer, with the same refusals."""

from __future__ import annotations

import io
from collections.abc import Callable

import pytest
from sqlalchemy import select
from sqlalchemy.engine import URL

from webcare.cli import main
from webcare.runtime import Database
from webcare.storage.db import transaction
from webcare.storage.models import AuditEvent, Conversation, Message
from webcare.vocabulary import DeliveryState, Direction

Reply = Callable[..., tuple[int, str, str]]


@pytest.fixture
def reply(
    db_url: URL, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> Reply:
    """`webcare inbox reply ARGS… --text-stdin` in this process: (code, stdout, stderr)."""

    def run(*args: str, text: str) -> tuple[int, str, str]:
        monkeypatch.setattr("sys.stdin", io.StringIO(text))
        capsys.readouterr()
        url = db_url.render_as_string(hide_password=False)
        code = main(["--db", url, "inbox", "reply", *args, "--text-stdin"])
        out, err = capsys.readouterr()
        return code, out, err

    return run


def outbound(database: Database) -> list[int]:
    with database.sessions() as session:
        query = select(Message.id).where(Message.direction == Direction.OUTBOUND)
        return list(session.scalars(query).all())


def test_a_reply_from_the_command_line_is_queued_and_claims_the_conversation(
    database: Database,
    reply: Reply,
    team,
    new_conversation,
) -> None:
    conversation_id = new_conversation()
    code, out, err = reply(str(conversation_id), "--as", "anna", text="We komen eraan.\n")
    assert code == 0, err
    with database.sessions() as session:
        message = session.scalars(
            select(Message).where(Message.direction == Direction.OUTBOUND)
        ).one()
        conversation = session.get(Conversation, conversation_id)
        audit = session.scalars(
            select(AuditEvent.action).where(AuditEvent.actor_user_id == team.anna)
        ).all()
    assert (message.text, message.delivery_state, message.author_user_id) == (
        "We komen eraan.",
        DeliveryState.QUEUED,
        team.anna,
    )
    assert conversation is not None and conversation.assignee_id == team.anna
    assert "reply.queued" in audit
    assert out.strip() == f"queued reply {message.id} in conversation {conversation_id}"


@pytest.mark.parametrize(
    ("text", "complaint"),
    [
        ("   \n", "empty"),
        ("x" * 281, "too long: 281 of 280"),
    ],
)
def test_the_composers_refusals_exit_2_with_the_reason(
    database: Database,
    reply: Reply,
    team,
    new_conversation,
    text: str,
    complaint: str,
) -> None:
    conversation_id = new_conversation()
    code, _, err = reply(str(conversation_id), "--as", "anna", text=text)
    assert code == 2
    assert complaint in err and len(err.strip().splitlines()) == 1
    assert outbound(database) == []


def test_a_colleagues_conversation_and_a_planner_are_refused(
    database: Database,
    reply: Reply,
    team,
    new_conversation,
) -> None:
    conversation_id = new_conversation()
    with transaction(database.sessions) as session:
        conversation = session.get(Conversation, conversation_id)
        assert conversation is not None
        conversation.assignee_id = team.bart
    code, _, err = reply(str(conversation_id), "--as", "anna", text="Hoi")
    assert code == 2 and "Bart Kuiper" in err
    code, _, err = reply(str(conversation_id), "--as", "pia", text="Hoi")
    assert code == 2 and "inbox.work" in err
    code, _, err = reply("999999", "--as", "anna", text="Hoi")
    assert code == 2 and "no conversation 999999" in err
