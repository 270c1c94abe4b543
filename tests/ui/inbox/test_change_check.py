"""An open inbox on an idle database only reads: its change check writes nothing, and a snooze
that ends is the worker's to wake, never the desktop's."""

from __future__ import annotations

from datetime import timedelta

from pytestqt.qtbot import QtBot

from tests.helpers.sql import statements, writes
from tests.helpers.ui import InboxFactory, Residents, new_conversation, open_conversation, settle
from webcare.runtime import Database
from webcare.storage.types import utcnow


def test_an_idle_inbox_only_reads_one_cheap_check_a_second(
    qtbot: QtBot, make_inbox: InboxFactory, database: Database, residents: Residents
) -> None:
    conversation = new_conversation(database, residents.x, at=utcnow() - timedelta(hours=1))
    page = make_inbox()
    open_conversation(qtbot, page, conversation)
    settle(qtbot, page.context)
    timer = page.controller.watcher.timer
    with statements(database.engine) as said:
        for _ in range(3):
            with qtbot.wait_signal(timer.timeout, timeout=3000):
                pass
        settle(qtbot, page.context)
    assert writes(said) == []
    assert 2 <= len(said) <= 2 * 4, said  # the role check and the counter, per check
