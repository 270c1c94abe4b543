"""The demo as `make run` opens it, and the worker inside a one-workstation app."""

from __future__ import annotations

from datetime import timedelta

import requests
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from resources import demo_canned_replies
from tests.helpers.ui import WindowFactory
from webcare.storage.db import transaction
from webcare.storage.models import Account, Message, WorkerLease
from webcare.storage.types import utcnow
from webcare.vocabulary import DeliveryState, Platform


def test_demo_fills_the_inbox_and_a_reply_reaches_the_sandbox_thread(
    make_window: WindowFactory, qtbot: QtBot
) -> None:
    window = make_window(demo=True, language="en", language_from_user=True)
    demo = window.context.demo
    assert demo is not None
    assert window.demo_banner is not None and demo.sandbox_url in window.demo_banner.text()
    with window.context.database.sessions() as session:
        platforms = set(session.scalars(select(Account.platform)).all())
    assert platforms == {Platform.X, Platform.FACEBOOK, Platform.INSTAGRAM}

    page = window.inbox
    qtbot.wait_until(lambda: page.model.rowCount() >= 3, timeout=30_000)
    # the demo team has canned replies, so that `/` in the composer shows what it does
    qtbot.wait_until(lambda: page.controller.canned.rowCount() == len(demo_canned_replies()))
    page.list_pane.view.setCurrentIndex(page.model.index(0))
    qtbot.wait_until(lambda: page.controller.detail is not None, timeout=10_000)
    detail = page.controller.detail
    assert detail is not None
    page.focus_list()
    qtbot.keyClick(page.list_pane.view, Qt.Key.Key_A)  # claim
    qtbot.keyClick(page.list_pane.view, Qt.Key.Key_R)  # reply
    qtbot.keyClicks(page.composer.editor, "Dank voor uw bericht, we pakken het op.")
    box = page.composer.human_agent_box
    if box.isVisible():  # the demo's Messenger question of three days ago: as a human agent
        qtbot.keyClick(page.composer.editor, Qt.Key.Key_A, Qt.KeyboardModifier.AltModifier)
        qtbot.wait_until(box.isChecked)
    qtbot.keyClick(page.composer.editor, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)

    def delivered() -> Message | None:
        with window.context.database.sessions() as session:
            return session.scalars(
                select(Message).where(
                    Message.conversation_id == detail.id,
                    Message.text == "Dank voor uw bericht, we pakken het op.",
                    Message.delivery_state == DeliveryState.SENT,
                )
            ).first()

    qtbot.wait_until(lambda: delivered() is not None, timeout=30_000)
    sent = delivered()
    assert sent is not None and sent.external_id
    platform = "x" if sent.platform is Platform.X else "graph"
    state = requests.get(f"{demo.sandbox_url}/_sandbox/{platform}/state", timeout=10).text
    assert sent.external_id in state and "we pakken het op" in state


def test_on_sqlite_the_app_polls_and_sends_itself_on_postgresql_it_does_not(
    make_window: WindowFactory, qtbot: QtBot
) -> None:
    window = make_window(worker=True)
    with window.context.database.sessions() as session:
        lease = session.get(WorkerLease, "worker")
    if window.context.database.engine.dialect.name == "sqlite":  # one workstation
        assert window.context.worker is not None and window.context.worker.running
        assert window.worker_label.text() == "Ophalen en versturen: deze app"
        assert lease is not None
    else:  # a team: a headless `webcare worker` does it, desktops only queue work
        assert window.context.worker is None and lease is None
        qtbot.wait_until(lambda: "niemand" in window.worker_label.text())
    window.close()


def test_the_status_bar_names_another_worker_or_warns_when_there_is_none(
    make_window: WindowFactory, qtbot: QtBot
) -> None:
    window = make_window(worker=False)
    qtbot.wait_until(lambda: "niemand" in window.worker_label.text())
    assert window.worker_label.property("warning") is True

    with transaction(window.context.database.sessions) as session:
        now = utcnow()
        session.add(
            WorkerLease(
                name="worker",
                holder="server-01:4242",
                acquired_at=now,
                expires_at=now + timedelta(minutes=1),
            )
        )
    window.refresh_health()
    qtbot.wait_until(lambda: window.worker_label.text().endswith("server-01:4242"))
    assert window.worker_label.property("warning") is False
