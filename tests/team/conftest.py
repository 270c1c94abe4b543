"""Fixtures for the team's desk: a database with its first user (every role) and an account."""

from __future__ import annotations

import pytest

from tests.helpers.team import Office, open_office
from webcare.runtime import Database


@pytest.fixture
def office(database: Database) -> Office:
    return open_office(database)
