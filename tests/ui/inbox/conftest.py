"""Fixtures for driving the real inbox page: a database with residents, an agent, a clock."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from pytestqt.qtbot import QtBot

from tests.helpers import inbox as data
from tests.helpers.ui import Clock, FakePrompts, InboxFactory, Residents
from ui.context import AppContext
from ui.i18n import Translations
from ui.inbox.page import InboxPage
from ui.operations import Operations
from ui.state import UiState
from ui.tasks import TaskRunner
from webcare import users
from webcare.config import Settings, config_dir
from webcare.desks import open_desks
from webcare.runtime import Database
from webcare.storage.db import transaction
from webcare.storage.types import utcnow
from webcare.vocabulary import Platform


@pytest.fixture
def residents(database: Database, monkeypatch: pytest.MonkeyPatch) -> Residents:
    """Agents anna (me, through WEBCARE_USER) and bart, and an account on each platform."""
    monkeypatch.setenv("WEBCARE_USER", "anna")
    with transaction(database.sessions) as session:
        ids = Residents(
            me=data.add_user(session, "anna", "Anna de Jong"),
            bart=data.add_user(session, "bart", "Bart Kuiper"),
            x=data.add_account(session, Platform.X, "Gemeente", "@gemeente"),
            facebook=data.add_account(session, Platform.FACEBOOK, "Gemeente", "gemeente"),
            instagram=data.add_account(session, Platform.INSTAGRAM, "Gemeente", "@gem"),
        )
        data.add_canned_replies(session)
    return ids


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
