"""Search results that explain themselves: a closed result says so, and the heading names
the filters that narrow the search."""

from __future__ import annotations

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from tests.helpers import inbox as data
from tests.helpers.ui import InboxFactory, Residents, new_conversation, open_conversation
from ui.inbox.roles import Roles
from ui.inbox.rowtext import marked_parts
from webcare.runtime import Database
from webcare.storage.db import transaction
from webcare.vocabulary import ConversationStatus


def test_a_closed_result_is_marked_and_the_heading_names_the_active_filter(
    qtbot: QtBot, make_inbox: InboxFactory, database: Database, residents: Residents
) -> None:
    closed = new_conversation(database, residents.x, "Parkeervergunning verlopen")
    data.desk(database, residents.me).set_status(closed, ConversationStatus.CLOSED)
    page = make_inbox()
    qtbot.keyClick(page.list_pane.view, Qt.Key.Key_K, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(page.list_pane.search, "parkeer")
    qtbot.keyClick(page.list_pane.search, Qt.Key.Key_Return)
    qtbot.wait_until(lambda: page.model.row_of(closed) == 0)
    described = str(page.model.index(0).data(Qt.ItemDataRole.AccessibleTextRole))
    assert "closed" in described
    heading = page.list_pane.heading
    qtbot.wait_until(
        lambda: heading.full_text() == "“parkeer”: 1 conversation · in all conversations"
    )

    channel = page.queue_pane.channel
    channel.setCurrentIndex(channel.findText("X"))
    qtbot.wait_until(lambda: "X" in heading.full_text().split("”", 1)[1])
    qtbot.wait_until(lambda: heading.full_text() == "“parkeer”: 1 conversation · filtered by: X")


def test_a_result_shows_the_message_that_matched_with_the_match_marked_as_plain_text(
    qtbot: QtBot, make_inbox: InboxFactory, database: Database, residents: Residents
) -> None:
    found = new_conversation(
        database, residents.x, "Waar haal ik een <b>parkeervergunning</b> voor de wijk?"
    )
    with transaction(database.sessions) as session:
        data.add_inbound(session, found, "Dank je wel!")  # the latest message, not the match
    page = make_inbox()
    qtbot.keyClick(page.list_pane.view, Qt.Key.Key_K, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(page.list_pane.search, "parkeer")
    qtbot.keyClick(page.list_pane.search, Qt.Key.Key_Return)
    qtbot.wait_until(lambda: page.model.row_of(found) == 0)
    index = page.model.index(0)
    match = index.data(Roles.MATCH)
    assert marked_parts(match) == [
        ("Waar haal ik een <b>", False),
        ("parkeervergunning", True),
        ("</b> voor de wijk?", False),
    ]
    described = str(index.data(Qt.ItemDataRole.AccessibleTextRole))
    assert described.endswith("Waar haal ik een <b>parkeervergunning</b> voor de wijk?")
    assert "Dank je wel!" not in described


def test_a_match_far_into_the_message_is_shown_in_a_narrow_row(qapp: object) -> None:
    """The row shows the matched word, not only the start of the message before it."""
    from PySide6.QtWidgets import QApplication

    from ui.inbox.delegate import match_boxes
    from webcare.inbox.snippets import MARK_END, MARK_START

    font = QApplication.font()
    snippet = (
        "Wachttijd bij de balie was minder dan tien minuten, top! Maar mijn "
        f"{MARK_START}paspoort{MARK_END} is nog niet klaar."
    )
    boxes = match_boxes(snippet, font, 220)
    (match,) = [box for box in boxes if box.matched]
    assert match.text == "paspoort"
    assert match.x + match.width <= 220
    assert boxes[0].text.startswith("…")  # the cut-off start says so, at a word
    assert f" {boxes[0].text[1:]}" in snippet.split(MARK_START)[0]
    assert sum(box.width for box in boxes) <= 220


def test_a_match_near_the_start_keeps_the_message_from_its_first_word(qapp: object) -> None:
    from PySide6.QtWidgets import QApplication

    from ui.inbox.delegate import match_boxes
    from webcare.inbox.snippets import MARK_END, MARK_START

    boxes = match_boxes(f"Mijn {MARK_START}paspoort{MARK_END} is kwijt", QApplication.font(), 220)
    assert [box.text for box in boxes] == ["Mijn ", "paspoort", " is kwijt"]


def test_a_name_that_fits_is_shown_whole(qapp: object) -> None:
    from PySide6.QtWidgets import QApplication

    from ui.inbox.delegate import match_boxes
    from webcare.inbox.snippets import MARK_END, MARK_START

    snippet = f"Fatima El {MARK_START}Amrani{MARK_END} · @fatima_elamrani"
    boxes = match_boxes(snippet, QApplication.font(), 220)
    assert boxes[0].text == "Fatima El "


def test_ctrl_f_goes_to_the_search_box_as_in_every_other_program(
    qtbot: QtBot, make_inbox: InboxFactory, database: Database, residents: Residents
) -> None:
    conversation = new_conversation(database, residents.x, "Waar is mijn paspoort?")
    page = make_inbox()
    open_conversation(qtbot, page, conversation)
    page.list_pane.view.setFocus()
    qtbot.keyClick(page.list_pane.view, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    qtbot.wait_until(page.list_pane.search.hasFocus)
    page.composer.start("reply")
    qtbot.keyClicks(page.composer.editor, "Dag")
    qtbot.keyClick(page.composer.editor, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    qtbot.wait_until(page.list_pane.search.hasFocus)  # from the reply box too
    assert page.composer.text == "Dag"
