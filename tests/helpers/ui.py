"""Driving the inbox page in tests: prompts that answer at once, a clock the test moves, and
the steps of working a conversation."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from pytestqt.qtbot import QtBot
from sqlalchemy import select

from tests.helpers import inbox as data
from ui.inbox.page import InboxPage
from webcare.runtime import Database
from webcare.storage.db import transaction
from webcare.storage.models import Conversation, Message
from webcare.storage.types import utcnow


@dataclass
class FakePrompts:
    """Answers every question at once, and remembers what was asked."""

    answer: bool = True
    text: str | None = None
    time: datetime | None = None
    asked: list[str] = field(default_factory=list)

    def confirm(self, _parent, title, text, _accept, on_answer) -> None:  # type: ignore[no-untyped-def]
        self.asked.append(f"{title}: {text}")
        on_answer(self.answer)

    def ask_text(self, _parent, title, _label, on_answer) -> None:  # type: ignore[no-untyped-def]
        self.asked.append(title)
        on_answer(self.text)

    def ask_time(self, _parent, title, _label, _initial, on_answer) -> None:  # type: ignore[no-untyped-def]
        self.asked.append(title)
        on_answer(self.time)


class Clock:
    """A clock the test moves; starts at the real time."""

    def __init__(self) -> None:
        self.now = utcnow()

    def __call__(self) -> datetime:
        return self.now


@dataclass(frozen=True)
class Residents:
    """Who works (anna is me, bart a colleague) and the accounts residents write to."""

    me: int
    bart: int
    x: int
    facebook: int
    instagram: int


InboxFactory = Callable[..., InboxPage]


def new_conversation(
    database: Database, account: int, text: str = "Mijn container is vol", **kw: Any
) -> int:
    """A resident writes to `account`: a conversation stored by the real ingest."""
    with transaction(database.sessions) as session:
        return data.add_conversation(
            session,
            account,
            name=kw.pop("name", "Jan de Vries"),
            handle=kw.pop("handle", "@jandevries"),
            text=text,
            **kw,
        )


def open_conversation(qtbot: QtBot, page: InboxPage, conversation_id: int) -> None:
    """Select the conversation in the list, wait until it shows, and go back to the list."""
    qtbot.wait_until(lambda: page.model.row_of(conversation_id) >= 0)
    page.list_pane.view.setCurrentIndex(page.model.index(page.model.row_of(conversation_id)))
    qtbot.wait_until(
        lambda: page.controller.detail is not None and page.controller.detail.id == conversation_id
    )
    page.focus_list()


def messages(database: Database, conversation_id: int) -> list[Message]:
    with database.sessions() as session:
        return list(
            session.scalars(
                select(Message)
                .where(Message.conversation_id == conversation_id)
                .order_by(Message.id)
            )
        )


def row(database: Database, conversation_id: int) -> Conversation:
    with database.sessions() as session:
        found = session.get(Conversation, conversation_id)
        assert found is not None
        return found
