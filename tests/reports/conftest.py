"""Fixtures of the reports' tests: a hand-built timeline (`tests.reports.timeline`)."""

from __future__ import annotations

import pytest

from tests.reports.timeline import Timeline, make_timeline
from webcare.runtime import Database


@pytest.fixture
def timeline(database: Database) -> Timeline:
    return make_timeline(database)
