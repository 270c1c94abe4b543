"""Fixtures for the Settings page's team sections: desks for the first user and a colleague."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from tests.helpers import inbox as data
from ui.i18n import Translations
from ui.operations import Operations
from ui.tasks import TaskRunner
from webcare.runtime import Database
from webcare.storage.db import transaction
from webcare.vocabulary import Platform


@pytest.fixture
def operations(qapp: object, database: Database) -> Iterator[Operations]:
    """The operation runner on its own task thread, with the English texts; it stops before
    the database closes (a query still on its way would open a connection nobody closes)."""
    translations = Translations()
    translations.set_language("en")
    tasks = TaskRunner()
    yield Operations(tasks)
    tasks.shutdown()
    translations.clear()


@pytest.fixture
def account(database: Database) -> int:
    with transaction(database.sessions) as session:
        return data.add_account(session, Platform.FACEBOOK, "Gemeente", "gemeente")
