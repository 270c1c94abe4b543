"""Fixtures for driving the real inbox page: a database with residents, an agent, a clock."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from pytestqt.qtbot import QtBot

from tests.helpers import inbox as data
from tests.helpers.ui import (
    LOAD_TIMEOUT_MS,
    Clock,
    FakePrompts,
    InboxFactory,
    Residents,
    close_context,
    page_context,
)
from ui.inbox.page import InboxPage
from webcare.config import Settings
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
    built: list[InboxPage] = []

    def make(language: str = "en", clock: Clock | None = None, **kwargs: object) -> InboxPage:
        context = page_context(settings, database, language)
        prompts = kwargs.pop("prompts", None) or FakePrompts()  # the real ones: InboxPrompts()
        page = InboxPage(context, prompts=prompts, clock=clock or utcnow, **kwargs)  # type: ignore[arg-type]
        qtbot.add_widget(page)
        page.resize(1300, 800)
        with qtbot.wait_exposed(page):
            page.show()
        built.append(page)
        qtbot.wait_until(
            lambda: page.me is not None and page.model.query is not None, timeout=LOAD_TIMEOUT_MS
        )
        qtbot.wait_until(lambda: not page.model.loading, timeout=LOAD_TIMEOUT_MS)
        return page

    yield make
    for page in built:
        page.shutdown()
        close_context(page.context)
