"""Moderation from the inbox against the sandbox: hiding and showing a resident's comment
again reach Facebook and Instagram (the sandbox's state shows the comment hidden), a reply of
the account can be deleted, and Meta's refusal is shown in the thread, by the real adapters
and the real worker."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import QUrl
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from channels.sandbox import SandboxHandle
from tests.helpers import inbox as data
from tests.helpers.edge import META, arm, comment, connect_meta, target
from tests.helpers.sandbox import Control
from ui.inbox.thread_view import ThreadView
from webcare.accounts.credentials import CredentialStore
from webcare.desks import open_desks
from webcare.moderation.store import ModerationRefused
from webcare.permissions import PermissionDenied
from webcare.runtime import Database
from webcare.storage.db import transaction
from webcare.storage.models import Message
from webcare.vocabulary import DeliveryState, Direction, ModerationKind, Platform, Role
from webcare.worker import Worker

COMMENTS = {Platform.FACEBOOK: "comments", Platform.INSTAGRAM: "ig_comments"}


def on_sandbox(control: Control, platform: Platform, comment_id: str) -> dict[str, Any] | None:
    found = [c for c in control.graph_state()[COMMENTS[platform]] if c["id"] == comment_id]
    return found[0] if found else None


def stored(database: Database, external_id: str) -> Message:
    with database.sessions() as session:
        return session.scalars(select(Message).where(Message.external_id == external_id)).one()


@pytest.mark.parametrize("platform", META, ids=[p.value for p in META])
def test_hide_and_show_again_reach_the_platform_and_the_thread_says_who(
    database: Database,
    store: CredentialStore,
    sandbox: SandboxHandle,
    control: Control,
    worker: Worker,
    qtbot: QtBot,
    platform: Platform,
) -> None:
    connect_meta(database, store, sandbox, platform)
    anna = open_desks(database.sessions, "anna", "Anna Jansen")  # the first user: every role
    comment_id = comment(control, platform, target(control, platform), "Jullie zijn oplichters")
    worker.run_once()
    message = stored(database, comment_id)
    view = ThreadView()
    qtbot.add_widget(view)

    def shown() -> str:
        detail = anna.inbox.detail(message.conversation_id)
        assert detail is not None
        view.show_detail(detail)
        return view.toPlainText()

    assert "Hide" in shown()
    # the agent activates "Hide" in the thread: queued, then done by the worker
    with qtbot.wait_signal(view.moderation_requested) as asked:
        view.anchorClicked.emit(QUrl(f"moderate:hide/{message.id}"))
    assert asked.args == [message.id, "hide"]
    anna.moderation.moderate(message.id, ModerationKind.HIDE)
    assert "being hidden (Anna Jansen)" in shown()
    assert on_sandbox(control, platform, comment_id)["hidden"] is False  # type: ignore[index]
    worker.run_once()
    assert on_sandbox(control, platform, comment_id)["hidden"] is True  # type: ignore[index]
    text = shown()
    assert "hidden by Anna Jansen" in text and "Show again" in text

    anna.moderation.moderate(message.id, ModerationKind.UNHIDE)
    worker.run_once()
    assert on_sandbox(control, platform, comment_id)["hidden"] is False  # type: ignore[index]
    assert "shown again by Anna Jansen" in shown()


def test_meta_refusing_to_hide_is_shown_in_the_thread(
    database: Database,
    store: CredentialStore,
    sandbox: SandboxHandle,
    control: Control,
    worker: Worker,
    qtbot: QtBot,
) -> None:
    connect_meta(database, store, sandbox, Platform.FACEBOOK)
    anna = open_desks(database.sessions, "anna", "Anna Jansen")
    comment_id = comment(control, Platform.FACEBOOK, target(control, Platform.FACEBOOK), "Spam")
    worker.run_once()
    message = stored(database, comment_id)
    refusal = {
        "error": {"message": "(#200) Permissions error", "type": "OAuthException", "code": 200}
    }
    arm(control, "/graph", kind="status", method="POST", status=400, body=refusal)
    anna.moderation.moderate(message.id, ModerationKind.HIDE)
    worker.run_once()
    assert on_sandbox(control, Platform.FACEBOOK, comment_id)["hidden"] is False  # type: ignore[index]
    detail = anna.inbox.detail(message.conversation_id)
    assert detail is not None
    (moderated,) = [m.moderation for m in detail.messages if m.id == message.id]
    assert moderated is not None and moderated.state is DeliveryState.FAILED
    view = ThreadView()
    qtbot.add_widget(view)
    view.show_detail(detail)
    assert "hiding refused (asked by Anna Jansen): (#200) Permissions error" in view.toPlainText()
    # the agent may try again: "Hide" is offered once more
    assert "Hide" in view.toPlainText()


def test_the_accounts_own_reply_can_be_deleted_by_a_supervisor_not_by_an_agent(
    database: Database,
    store: CredentialStore,
    sandbox: SandboxHandle,
    control: Control,
    worker: Worker,
) -> None:
    connect_meta(database, store, sandbox, Platform.FACEBOOK)
    anna = open_desks(database.sessions, "anna", "Anna Jansen")
    with transaction(database.sessions) as session:
        data.add_user(session, "bart", "Bart", (Role.AGENT,))
    bart = open_desks(database.sessions, "bart")
    comment_id = comment(control, Platform.FACEBOOK, target(control, Platform.FACEBOOK), "Vraag")
    worker.run_once()
    question = stored(database, comment_id)
    anna.inbox.send_reply(question.conversation_id, "Verkeerd antwoord", expected_holder=None)
    worker.run_once()
    with database.sessions() as session:
        reply = session.scalars(
            select(Message).where(
                Message.conversation_id == question.conversation_id,
                Message.direction == Direction.OUTBOUND,
            )
        ).one()
    assert reply.external_id is not None
    assert on_sandbox(control, Platform.FACEBOOK, reply.external_id)["deleted"] is False  # type: ignore[index]
    with pytest.raises(ModerationRefused):
        anna.moderation.moderate(question.id, ModerationKind.DELETE)  # a resident's: never
    with pytest.raises(PermissionDenied):
        bart.moderation.moderate(reply.id, ModerationKind.DELETE)
    anna.moderation.moderate(reply.id, ModerationKind.DELETE)
    worker.run_once()
    assert on_sandbox(control, Platform.FACEBOOK, reply.external_id)["deleted"] is True  # type: ignore[index]
    detail = anna.inbox.detail(question.conversation_id)
    assert detail is not None
    (moderated,) = [m.moderation for m in detail.messages if m.id == reply.id]
    assert moderated is not None and moderated.kind is ModerationKind.DELETE
    assert moderated.state is DeliveryState.SENT and moderated.by == "Anna Jansen"
