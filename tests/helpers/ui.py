"""Driving the pages in tests: the context a page gets from the app, prompts that answer at
once, a clock the test moves, and the steps of working a conversation."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from tests.helpers import inbox as data
from ui.context import AppContext
from ui.i18n import Translations
from ui.inbox.page import InboxPage
from ui.mainwindow import MainWindow
from ui.operations import Operations
from ui.state import UiState
from ui.tasks import TaskRunner
from webcare import users
from webcare.config import Settings, config_dir
from webcare.desks import open_desks
from webcare.runtime import Database
from webcare.storage.db import transaction
from webcare.storage.models import Conversation, Message
from webcare.storage.types import utcnow


def page_context(settings: Settings, database: Database, language: str = "en") -> AppContext:
    """What the app gives a page: its own task thread, translations in `language`, the window
    state, and the desks of the user `WEBCARE_USER` names. Close it with `close_context`."""
    translations = Translations()
    translations.set_language(language)
    tasks = TaskRunner()
    desks = open_desks(database.sessions, users.current_username())
    return AppContext(
        settings, database, tasks, translations, UiState(config_dir()), desks, Operations(tasks)
    )


def close_context(context: AppContext) -> None:
    """Stop the context's task thread and drop its translations (after the page's shutdown)."""
    context.tasks.shutdown()
    context.translations.clear()


@dataclass
class FakePrompts:
    """Answers every question at once, and remembers what was asked."""

    answer: bool = True
    text: str | None = None
    time: datetime | None = None
    asked: list[str] = field(default_factory=list)
    offered: Any = None  # the open times the snooze prompt offered, or a choice's items
    choice: int | None = None

    def confirm(self, _parent, title, text, _accept, on_answer) -> None:  # type: ignore[no-untyped-def]
        self.asked.append(f"{title}: {text}")
        on_answer(self.answer)

    def ask_text(self, _parent, title, _label, on_answer) -> None:  # type: ignore[no-untyped-def]
        self.asked.append(title)
        on_answer(self.text)

    def ask_choice(self, _parent, title, _label, items, on_answer) -> None:  # type: ignore[no-untyped-def]
        self.asked.append(title)
        self.offered = items
        on_answer(self.choice)

    def ask_snooze(self, _parent, title, _labels, choices, _zone, on_answer) -> None:  # type: ignore[no-untyped-def]
        self.asked.append(title)
        self.offered = choices
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
WindowFactory = Callable[..., MainWindow]  # the make_window fixture (tests/ui/conftest.py)


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


# How long a page may take to load its first rows on a busy machine (a CI run beside other
# work): a wait that returns as soon as the rows are there, so only a failure takes this long.
LOAD_TIMEOUT_MS = 20_000


def settle(qtbot: QtBot, context: AppContext) -> None:
    """Wait until every task the page submitted has delivered its result."""
    qtbot.wait_until(lambda: context.tasks.pending == 0, timeout=LOAD_TIMEOUT_MS)


def open_conversation(qtbot: QtBot, page: InboxPage, conversation_id: int) -> None:
    """Select the conversation in the list, wait until it shows, and go back to the list."""
    qtbot.wait_until(lambda: page.model.row_of(conversation_id) >= 0, timeout=LOAD_TIMEOUT_MS)
    page.list_pane.view.setCurrentIndex(page.model.index(page.model.row_of(conversation_id)))
    qtbot.wait_until(
        lambda: page.controller.detail is not None and page.controller.detail.id == conversation_id,
        timeout=LOAD_TIMEOUT_MS,
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


def focused() -> QWidget:
    """The widget with the keyboard focus now: where the agent's next key goes."""
    widget = QApplication.focusWidget()
    assert widget is not None
    return widget


def reply_by_keyboard(
    qtbot: QtBot,
    text: str,
    modifiers: Qt.KeyboardModifier = Qt.KeyboardModifier.ControlModifier,
) -> None:
    """R, the text, and Ctrl+Enter (or Shift+Ctrl+Enter), each where the focus is."""
    qtbot.keyClick(focused(), Qt.Key.Key_R)
    qtbot.keyClicks(focused(), text)
    qtbot.keyClick(focused(), Qt.Key.Key_Return, modifiers)
