"""Every inbox model passes Qt's model tester, and the list loads lazily however big the inbox."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QListView
from pytestqt.qtbot import QtBot

from tests.helpers import inbox as data
from tests.helpers.ui import InboxFactory, Residents
from ui.inbox.listmodel import ConversationListModel
from webcare.demodata.bulk import generate
from webcare.inbox import actions
from webcare.inbox.listing import PAGE_SIZE
from webcare.inbox.queries import ConversationFilter, ListQuery, Queue, SortOrder
from webcare.runtime import Database
from webcare.storage.db import transaction
from webcare.vocabulary import ConversationStatus


def test_conversation_list_model_passes_the_model_tester_while_changes_arrive(
    qtbot: QtBot, qtmodeltester, make_inbox: InboxFactory, database: Database, residents: Residents
) -> None:
    with transaction(database.sessions) as session:
        ids = [
            data.add_conversation(
                session, residents.x, name=f"Inwoner {i}", handle=f"@i{i}", text="vraag"
            )
            for i in range(12)
        ]
    page = make_inbox()
    qtbot.wait_until(lambda: page.model.rowCount() == 12)
    qtmodeltester.check(page.model)  # keeps checking every signal until the test ends
    with transaction(database.sessions) as session:
        actions.claim(session, ids[3], residents.bart)  # in place
        actions.set_priority(session, [ids[5]], 3, by=residents.bart)  # same order: in place
        actions.set_status(session, [ids[7]], ConversationStatus.CLOSED, by=residents.bart)
        data.add_conversation(session, residents.facebook, name="Nieuw", handle="@n", text="x")
    qtbot.wait_until(lambda: page.model.rowCount() == 12 and page.model.row_of(ids[7]) < 0)
    page.set_preferences(page.settings.preferences())
    page.list_pane.select_sort(SortOrder.PRIORITY)
    qtbot.wait_until(lambda: page.model.row_of(ids[5]) == 0)  # urgent first


def test_queue_canned_and_people_models_pass_the_model_tester(
    qtbot: QtBot, qtmodeltester, make_inbox: InboxFactory, residents: Residents
) -> None:
    page = make_inbox()
    controller = page.controller
    qtbot.wait_until(
        lambda: controller.canned.rowCount() == 4 and controller.people.rowCount() == 2
    )
    qtbot.wait_until(lambda: controller.queues.count(Queue.OPEN) is not None)
    for model in (controller.queues, controller.canned, controller.people):
        qtmodeltester.check(model)
    assert [controller.people.item(r).username for r in range(2)] == ["anna", "bart"]
    assert controller.queues.index(0).data() == "Mine"


@pytest.fixture
def big_inbox(database: Database, residents: Residents) -> int:
    generate(database.engine, conversations=100_000, messages_per_conversation=0, batch=50_000)
    return 100_000


def test_a_hundred_thousand_conversations_load_only_the_first_page(
    qtbot: QtBot, make_inbox: InboxFactory, big_inbox: int
) -> None:
    page = make_inbox()
    view = QListView()
    qtbot.add_widget(view)
    model = ConversationListModel(page.controller.load_page, view)  # separate, never tested
    view.setModel(model)
    view.setUniformItemSizes(True)
    view.resize(420, 700)
    view.show()
    model.set_query(ListQuery(ConversationFilter(queue=Queue.CLOSED)))
    qtbot.wait_until(lambda: model.rowCount() == PAGE_SIZE)
    with qtbot.assert_not_emitted(model.page_loaded, wait=300):
        pass  # the view is full: nothing more is fetched
    assert model.pages_requested == 1
    assert model.canFetchMore()

    with qtbot.wait_signal(model.page_loaded):
        view.scrollToBottom()  # scrolling to the end asks for exactly one more page
    assert model.rowCount() == 2 * PAGE_SIZE
    assert model.pages_requested == 2
