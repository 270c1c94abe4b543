"""Fixtures for driving the real inbox page: a database with residents, an agent, a clock."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import datetime

import pytest
from pytestqt.qtbot import QtBot

from ui.context import AppContext
from ui.i18n import Translations
from ui.inbox.page import InboxPage
from ui.operations import Operations
from ui.state import UiState
from ui.tasks import TaskRunner
from webcare import users
from webcare.config import Settings, config_dir
from webcare.desks import open_desks
from webcare.inbox import sampledata
from webcare.runtime import Database
from webcare.storage.db import transaction
from webcare.storage.types import utcnow
from webcare.vocabulary import Platform


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
    me: int
    bart: int
    x: int
    facebook: int
    instagram: int


@pytest.fixture
def residents(database: Database, monkeypatch: pytest.MonkeyPatch) -> Residents:
    """Agents anna (me, through WEBCARE_USER) and bart, and an account on each platform."""
    monkeypatch.setenv("WEBCARE_USER", "anna")
    with transaction(database.sessions) as session:
        ids = Residents(
            me=sampledata.add_user(session, "anna", "Anna de Jong"),
            bart=sampledata.add_user(session, "bart", "Bart Kuiper"),
            x=sampledata.add_account(session, Platform.X, "Gemeente", "@gemeente"),
            facebook=sampledata.add_account(session, Platform.FACEBOOK, "Gemeente", "gemeente"),
            instagram=sampledata.add_account(session, Platform.INSTAGRAM, "Gemeente", "@gem"),
        )
        for shortcut, title, body in sampledata.CANNED:
            from webcare.storage.models import CannedReply

            session.add(CannedReply(shortcut=shortcut, title=title, body=body))
    return ids


InboxFactory = Callable[..., InboxPage]


@pytest.fixture
def make_inbox(
    qtbot: QtBot, qapp: object, settings: Settings, database: Database
) -> Iterator[InboxFactory]:
    """Build the inbox page as the app does (own task thread, translations, state)."""
    built: list[tuple[InboxPage, TaskRunner, Translations]] = []

    def make(language: str = "en", clock: Clock | None = None, **kwargs: object) -> InboxPage:
        translations = Translations()
        translations.set_language(language)
        tasks = TaskRunner()
        desks = open_desks(database.sessions, users.current_username())
        context = AppContext(
            settings,
            database,
            tasks,
            translations,
            UiState(config_dir()),
            desks,
            Operations(tasks),
        )
        page = InboxPage(context, prompts=FakePrompts(), clock=clock or utcnow, **kwargs)  # type: ignore[arg-type]
        qtbot.add_widget(page)
        page.resize(1300, 800)
        with qtbot.wait_exposed(page):
            page.show()
        built.append((page, tasks, translations))
        qtbot.wait_until(lambda: page.me is not None and page.model.query is not None)
        qtbot.wait_until(lambda: not page.model.loading)
        return page

    yield make
    for page, tasks, translations in built:
        page.shutdown()
        tasks.shutdown()
        translations.clear()
