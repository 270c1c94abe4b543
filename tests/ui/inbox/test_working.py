"""Working through the inbox as an agent does: keyboard first, every step in the database."""

from __future__ import annotations

from datetime import timedelta

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from tests.helpers import inbox as data
from tests.helpers.ui import (
    Clock,
    InboxFactory,
    Residents,
    messages,
    new_conversation,
    open_conversation,
    row,
)
from ui.inbox import heading as heading_module
from ui.inbox.roles import Roles
from webcare.accounts.credentials import CredentialStore
from webcare.config import Settings
from webcare.inbox.queries import Queue, SortOrder
from webcare.runtime import Database
from webcare.storage.db import transaction
from webcare.storage.models import MessageMention
from webcare.storage.types import utcnow
from webcare.vocabulary import ConversationKind, ConversationStatus, DeliveryState, Direction, Role
from webcare.worker import Worker


def test_a_claims_the_open_conversation(
    qtbot: QtBot, make_inbox: InboxFactory, database: Database, residents: Residents
) -> None:
    conversation = new_conversation(database, residents.x)
    page = make_inbox()
    open_conversation(qtbot, page, conversation)
    qtbot.keyClick(page.list_pane.view, Qt.Key.Key_A)
    qtbot.wait_until(lambda: row(database, conversation).assignee_id == residents.me)
    qtbot.wait_until(lambda: "Assigned to you" in page.header.state.text())

    def listed_as_mine() -> None:
        item = page.model.row_at(page.model.row_of(conversation))
        assert item is not None and item.assignee_name == "Anna de Jong"

    qtbot.wait_until(listed_as_mine)


def test_ctrl_enter_queues_the_reply_and_shows_it_as_queued(
    qtbot: QtBot, make_inbox: InboxFactory, database: Database, residents: Residents
) -> None:
    conversation = new_conversation(database, residents.x)
    page = make_inbox()
    open_conversation(qtbot, page, conversation)
    qtbot.keyClick(page.list_pane.view, Qt.Key.Key_R)
    assert page.composer.editor.hasFocus()
    qtbot.keyClicks(page.composer.editor, "We komen hem morgen legen!")
    assert page.composer.counter.text() == "26 / 280"
    qtbot.keyClick(page.composer.editor, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)

    qtbot.wait_until(
        lambda: any(m.direction is Direction.OUTBOUND for m in messages(database, conversation))
    )
    reply = messages(database, conversation)[-1]
    assert reply.text == "We komen hem morgen legen!"
    assert reply.delivery_state is DeliveryState.QUEUED
    assert reply.author_user_id == residents.me
    qtbot.wait_until(lambda: "We komen hem morgen legen!" in page.thread_view.toPlainText())
    assert "Queued" in page.thread_view.toPlainText()
    assert page.composer.text == ""
    assert row(database, conversation).assignee_id == residents.me  # replying claimed it


def test_a_reply_too_long_for_x_cannot_be_sent_and_says_why(
    qtbot: QtBot, make_inbox: InboxFactory, database: Database, residents: Residents
) -> None:
    conversation = new_conversation(database, residents.x)
    page = make_inbox()
    open_conversation(qtbot, page, conversation)
    page.composer.start("reply")
    page.composer.editor.setPlainText("a" * 270 + " 😀😀😀😀😀😀")  # emoji count twice on X
    assert page.composer.counter.text() == "283 / 280"
    assert page.composer.problem.text() == "Too long by 3 characters."
    assert not page.composer.send_button.isEnabled()
    qtbot.keyClick(page.composer.editor, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert page.controller.detail is not None
    assert [m.direction for m in messages(database, conversation)] == [Direction.INBOUND]


def test_messenger_window_closed_is_explained_before_typing(
    qtbot: QtBot, make_inbox: InboxFactory, database: Database, residents: Residents
) -> None:
    conversation = new_conversation(
        database,
        residents.facebook,
        kind=ConversationKind.DIRECT,
        at=utcnow() - timedelta(days=8),  # past 24 hours and the HUMAN_AGENT tag's 7 days
    )
    page = make_inbox()
    open_conversation(qtbot, page, conversation)
    assert page.composer.window_banner.isVisible()
    assert "That closed at" in page.composer.window_banner.text()
    assert page.composer.problem.text() == "Cannot send: the messaging window has closed."
    assert not page.composer.send_button.isEnabled()
    page.composer.editor.setPlainText("Hallo")
    assert not page.composer.send_button.isEnabled()


def test_note_with_a_mention_is_saved_for_colleagues_only(
    qtbot: QtBot, make_inbox: InboxFactory, database: Database, residents: Residents
) -> None:
    conversation = new_conversation(database, residents.x)
    page = make_inbox()
    open_conversation(qtbot, page, conversation)
    qtbot.keyClick(page.list_pane.view, Qt.Key.Key_N)
    assert page.composer.mode == "note"
    qtbot.keyClicks(page.composer.editor, "@ba")
    popup = page.composer.editor.completer.popup()
    qtbot.wait_until(popup.isVisible)
    qtbot.keyClick(popup, Qt.Key.Key_Return)
    qtbot.keyClicks(page.composer.editor, "kun jij dit oppakken?")
    assert page.composer.text == "@bart kun jij dit oppakken?"
    qtbot.keyClick(page.composer.editor, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)

    qtbot.wait_until(lambda: messages(database, conversation)[-1].direction is Direction.NOTE)
    note = messages(database, conversation)[-1]
    assert note.text == "@bart kun jij dit oppakken?" and note.delivery_state is None
    with database.sessions() as session:
        mentioned = session.scalars(
            select(MessageMention.user_id).where(MessageMention.message_id == note.id)
        ).all()
    assert mentioned == [residents.bart]
    qtbot.wait_until(lambda: "Internal note" in page.thread_view.toPlainText())


def test_slash_picks_a_canned_reply_with_the_placeholders_filled(
    qtbot: QtBot, make_inbox: InboxFactory, database: Database, residents: Residents
) -> None:
    conversation = new_conversation(database, residents.x, name="Fatima Yilmaz")
    page = make_inbox()
    open_conversation(qtbot, page, conversation)
    qtbot.wait_until(lambda: page.controller.canned.rowCount() > 0)
    qtbot.keyClick(page.list_pane.view, Qt.Key.Key_Slash)
    assert page.composer.editor.hasFocus() and page.composer.text == "/"
    qtbot.keyClicks(page.composer.editor, "afs")
    popup = page.composer.editor.completer.popup()
    qtbot.wait_until(popup.isVisible)
    assert popup.model().rowCount() == 1
    qtbot.keyClick(popup, Qt.Key.Key_Return)
    text = page.composer.text
    assert text.startswith("Hallo Fatima Yilmaz, een afspraak maakt u via")
    assert "Groet, Anna de Jong (" in text
    assert "{{" not in text
    assert str(utcnow().astimezone().year) in text


def test_snoozed_conversation_wakes_up_by_itself(
    qtbot: QtBot,
    make_inbox: InboxFactory,
    database: Database,
    settings: Settings,
    residents: Residents,
) -> None:
    conversation = new_conversation(database, residents.x)
    clock = Clock()
    page = make_inbox(clock=clock)
    open_conversation(qtbot, page, conversation)
    page.prompts.time = clock.now + timedelta(hours=3)  # type: ignore[attr-defined]
    page.header.snooze_choice_requested.emit()
    qtbot.wait_until(lambda: row(database, conversation).status is ConversationStatus.SNOOZED)

    def stale() -> bool:  # still shown because it is open, but no longer in "All open"
        return bool(page.model.index(page.model.row_of(conversation)).data(Roles.STALE))

    qtbot.wait_until(stale)
    assert page.header.state.text().startswith("Snoozed until")

    clock.now += timedelta(hours=3, seconds=1)
    # The desktop's change check only reads: the worker (the lease holder) wakes it.
    for _ in range(2):
        with qtbot.wait_signal(page.controller.watcher.timer.timeout, timeout=3000):
            pass
    assert row(database, conversation).status is ConversationStatus.SNOOZED
    worker = Worker(database, CredentialStore(settings.data_dir))
    worker.acquire_lease()  # only the lease holder writes
    try:
        assert worker.housekeeping(clock.now) == [conversation]
    finally:
        worker.release_lease()
    qtbot.wait_until(lambda: row(database, conversation).status is ConversationStatus.OPEN)
    qtbot.wait_until(lambda: not stale(), timeout=3000)
    qtbot.wait_until(lambda: page.header.state.text().startswith("Open"))


def test_e_closes_and_a_new_resident_message_reopens(
    qtbot: QtBot, make_inbox: InboxFactory, database: Database, residents: Residents
) -> None:
    first = new_conversation(database, residents.x, at=utcnow() - timedelta(hours=2))
    second = new_conversation(database, residents.x, handle="@tweede")
    page = make_inbox()
    open_conversation(qtbot, page, first)
    qtbot.keyClick(page.list_pane.view, Qt.Key.Key_E)
    qtbot.wait_until(lambda: row(database, first).status is ConversationStatus.CLOSED)
    # the next conversation opens, and the closed one leaves "All open"
    qtbot.wait_until(lambda: page.controller.open_id == second)
    qtbot.wait_until(lambda: page.model.row_of(first) < 0)
    assert page.controller.queues.count(Queue.CLOSED) == 1

    with transaction(database.sessions) as session:  # as ingest stores a new message
        data.add_inbound(session, first, "Hij is nog steeds niet geleegd!")
    qtbot.wait_until(lambda: row(database, first).status is ConversationStatus.OPEN, timeout=3000)
    qtbot.wait_until(lambda: page.model.row_of(first) >= 0, timeout=3000)
    reopened = page.model.row_at(page.model.row_of(first))
    assert reopened is not None and reopened.unread
    assert reopened.preview == "Hij is nog steeds niet geleegd!"


def test_changes_by_another_agent_appear_without_refreshing(
    qtbot: QtBot, make_inbox: InboxFactory, database: Database, residents: Residents
) -> None:
    conversation = new_conversation(database, residents.x)
    page = make_inbox()
    open_conversation(qtbot, page, conversation)
    assert page.composer.holder_banner.isHidden()
    bart = data.desk(database, residents.bart)  # Bart, on another desktop
    bart.claim(conversation)
    bart.set_priority(conversation, 3)
    qtbot.wait_until(lambda: "Bart Kuiper" in page.header.state.text(), timeout=3000)
    item = page.model.row_at(page.model.row_of(conversation))
    assert item is not None and item.assignee_name == "Bart Kuiper" and item.priority == 3
    assert page.composer.holder_banner.isVisible()
    assert page.composer.holder_banner.text().startswith("Bart Kuiper has held this conversation")

    newcomer = new_conversation(database, residents.instagram, name="Nieuwe Inwoner")
    qtbot.wait_until(lambda: page.model.row_of(newcomer) >= 0, timeout=3000)
    assert page.model.pages_requested == 1  # applied in place, never reloaded

    with transaction(database.sessions) as session:  # the resident writes again
        data.add_inbound(session, conversation, "Is er al nieuws?")
    qtbot.wait_until(lambda: "Is er al nieuws?" in page.thread_view.toPlainText(), timeout=3000)

    def read_while_open() -> None:
        item = page.model.row_at(page.model.row_of(conversation))
        assert item is not None and item.preview == "Is er al nieuws?" and not item.unread

    qtbot.wait_until(read_while_open, timeout=3000)


def test_reply_to_a_colleagues_conversation_asks_first(
    qtbot: QtBot, make_inbox: InboxFactory, database: Database, residents: Residents
) -> None:
    conversation = new_conversation(database, residents.x)
    data.desk(database, residents.bart).claim(conversation)
    page = make_inbox()
    open_conversation(qtbot, page, conversation)
    prompts = page.prompts
    prompts.answer = False  # type: ignore[attr-defined]
    page.composer.start("reply")
    qtbot.keyClicks(page.composer.editor, "Ik help even")
    qtbot.keyClick(page.composer.editor, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert prompts.asked and "Bart Kuiper holds this conversation" in prompts.asked[-1]  # type: ignore[attr-defined]
    assert len(messages(database, conversation)) == 1  # declined: nothing queued

    prompts.answer = True  # type: ignore[attr-defined]
    qtbot.keyClick(page.composer.editor, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    qtbot.wait_until(lambda: len(messages(database, conversation)) == 2)
    assert messages(database, conversation)[-1].text == "Ik help even"
    assert row(database, conversation).assignee_id == residents.bart


def test_single_letter_shortcuts_do_not_fire_while_typing(
    qtbot: QtBot, make_inbox: InboxFactory, database: Database, residents: Residents
) -> None:
    conversation = new_conversation(database, residents.x)
    page = make_inbox()
    open_conversation(qtbot, page, conversation)
    page.composer.start("reply")
    qtbot.keyClicks(page.composer.editor, "e a j k n r ?")
    assert page.composer.text == "e a j k n r ?"
    assert page.composer.mode == "reply"
    qtbot.keyClick(page.composer.editor, Qt.Key.Key_K, Qt.KeyboardModifier.ControlModifier)
    assert page.list_pane.search.hasFocus()  # Ctrl+K works even from the composer
    with qtbot.assert_not_emitted(page.controller.action_done, wait=300):
        qtbot.keyClicks(page.list_pane.search, "ea")
    assert page.list_pane.search.text() == "ea"
    assert row(database, conversation).status is ConversationStatus.NEW
    assert row(database, conversation).assignee_id is None


def test_j_and_k_walk_the_list_and_question_mark_shows_the_shortcuts(
    qtbot: QtBot, make_inbox: InboxFactory, database: Database, residents: Residents
) -> None:
    ids = [
        new_conversation(
            database, residents.x, handle=f"@r{i}", at=utcnow() - timedelta(hours=5 - i)
        )
        for i in range(3)
    ]
    page = make_inbox()
    qtbot.wait_until(lambda: page.controller.open_id == ids[0])  # oldest waiting first
    page.focus_list()
    qtbot.keyClick(page.list_pane.view, Qt.Key.Key_J)
    qtbot.wait_until(lambda: page.controller.open_id == ids[1])
    qtbot.keyClick(page.list_pane.view, Qt.Key.Key_J)
    qtbot.wait_until(lambda: page.controller.open_id == ids[2])
    qtbot.keyClick(page.list_pane.view, Qt.Key.Key_K)
    qtbot.wait_until(lambda: page.controller.open_id == ids[1])
    qtbot.keyClick(page.list_pane.view, "?")
    qtbot.wait_until(
        lambda: getattr(page, "overview", None) is not None and page.overview.isVisible()
    )
    table = page.overview.table
    shown = {table.item(r, 0).text(): table.item(r, 1).text() for r in range(table.rowCount())}
    assert (
        shown["E"] == "Close the conversation" and shown["Ctrl+Enter"] == "Send the reply or note"
    )
    page.overview.close()


def test_search_finds_as_you_type(
    qtbot: QtBot, make_inbox: InboxFactory, database: Database, residents: Residents
) -> None:
    wanted = new_conversation(database, residents.x, "Waar haal ik een parkeervergunning?")
    new_conversation(database, residents.facebook, "Container vol", handle="@ander")
    page = make_inbox()
    qtbot.keyClick(page.list_pane.view, Qt.Key.Key_K, Qt.KeyboardModifier.ControlModifier)
    with qtbot.wait_signal(page.list_pane.search_changed, timeout=2000):
        qtbot.keyClicks(page.list_pane.search, "parkeerv")
    qtbot.wait_until(
        lambda: page.model.rowCount() == 1 and page.model.row_of(wanted) == 0, timeout=2000
    )
    heading = page.list_pane.heading
    qtbot.wait_until(
        lambda: heading.full_text() == "“parkeerv”: 1 conversation · in all conversations"
    )
    assert page.list_pane.search_timer.objectName() == "inbox_search_throttle_timer"
    assert page.list_pane.search_timer.parent() is page.list_pane


def test_search_shows_newest_first_says_more_than_the_cap_and_sorts_few_by_waiting(
    qtbot: QtBot,
    make_inbox: InboxFactory,
    database: Database,
    residents: Residents,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from webcare.inbox import listing, search

    monkeypatch.setattr(search, "SEARCH_FEW", 2)
    monkeypatch.setattr(listing, "SEARCH_FEW", 2)
    monkeypatch.setattr(heading_module, "SEARCH_FEW", 2)  # the list heading counts hits
    older = new_conversation(
        database, residents.x, "Container vol", at=utcnow() - timedelta(hours=3)
    )
    middle = new_conversation(
        database, residents.x, "Container kapot", at=utcnow() - timedelta(hours=2)
    )
    newest = new_conversation(database, residents.x, "Container weg", at=utcnow())
    page = make_inbox()
    sort = page.list_pane.sort
    queue_order = page.list_pane.current_sort()
    page.list_pane.search.setText("container")
    page.list_pane.search.returnPressed.emit()
    heading = page.list_pane.heading
    qtbot.wait_until(
        lambda: heading.full_text() == "“container”: more than 2 · in all conversations"
    )
    assert [page.model.row_at(r).id for r in range(3)] == [newest, middle, older]  # type: ignore[union-attr]
    assert page.list_pane.current_sort() is SortOrder.NEWEST
    waiting = sort.findData(SortOrder.WAITING.value)
    assert not sort.model().item(waiting).isEnabled()  # type: ignore[attr-defined]

    page.list_pane.search.setText("container kapot")
    page.list_pane.search.returnPressed.emit()
    qtbot.wait_until(
        lambda: heading.full_text() == "“container kapot”: 1 conversation · in all conversations"
    )
    assert sort.model().item(waiting).isEnabled()  # type: ignore[attr-defined]
    sort.setCurrentIndex(waiting)
    qtbot.wait_until(
        lambda: page.model.query is not None and page.model.query.order is SortOrder.WAITING
    )
    qtbot.wait_until(lambda: page.model.rowCount() == 1 and page.model.row_of(middle) == 0)

    page.list_pane.search.setText("")
    page.list_pane.search.returnPressed.emit()
    qtbot.wait_until(lambda: page.model.query is not None and not page.model.query.filter.search)
    assert page.list_pane.current_sort() is queue_order
    assert all(sort.model().item(r).isEnabled() for r in range(sort.count()))  # type: ignore[attr-defined]


def test_enter_in_the_search_box_goes_on_to_the_results(
    qtbot: QtBot, make_inbox: InboxFactory, database: Database, residents: Residents
) -> None:
    new_conversation(
        database, residents.x, "Mijn container is vol", at=utcnow() - timedelta(hours=1)
    )
    lamp = new_conversation(database, residents.x, "De lantaarnpaal is kapot", handle="@lamp")
    page = make_inbox()
    qtbot.wait_until(lambda: page.controller.open_id is not None)
    page.focus_list()
    qtbot.keyClick(page.list_pane.view, Qt.Key.Key_K, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(page.list_pane.search, "lantaarn")
    qtbot.keyClick(page.list_pane.search, Qt.Key.Key_Return)
    assert page.list_pane.view.hasFocus()
    qtbot.wait_until(lambda: page.model.rowCount() == 1 and page.model.row_of(lamp) == 0)
    qtbot.keyClick(page.list_pane.view, Qt.Key.Key_J)
    qtbot.wait_until(lambda: page.controller.open_id == lamp)

    qtbot.keyClick(page.list_pane.view, Qt.Key.Key_K, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(page.list_pane.search, Qt.Key.Key_Down)  # Down does the same
    assert page.list_pane.view.hasFocus()


def test_a_planner_reads_the_inbox_but_its_buttons_are_off_and_keys_are_refused(
    qtbot: QtBot,
    make_inbox: InboxFactory,
    database: Database,
    residents: Residents,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    conversation = new_conversation(database, residents.x)
    with transaction(database.sessions) as session:
        data.add_user(session, "pia", "Pia Planner", (Role.PLANNER,))
    monkeypatch.setenv("WEBCARE_USER", "pia")
    page = make_inbox()
    open_conversation(qtbot, page, conversation)
    assert "Mijn container is vol" in page.thread_view.toPlainText()
    assert not page.header.claim_button.isEnabled() and not page.header.close_button.isEnabled()
    assert not page.composer.isEnabled()
    assert page.composer.where.full_text() == (
        "Your role lets you read conversations, not answer them."
    )
    qtbot.keyClick(page.list_pane.view, Qt.Key.Key_A)  # the desk refuses what is hidden
    qtbot.wait_until(lambda: page.banner.text() == "Your role does not allow this.")
    assert row(database, conversation).assignee_id is None
