"""What residents write is shown as typed: never as Qt rich text, and never slowly."""

from __future__ import annotations

import time

from PySide6.QtCore import Qt
from PySide6.QtGui import QTextImageFormat
from pytestqt.qtbot import QtBot

from tests.helpers import inbox as data
from tests.helpers.ui import InboxFactory, Residents, open_conversation
from ui.inbox.notify import neutral
from ui.inbox.thread_view import SLICE, ThreadView
from webcare.runtime import Database
from webcare.storage.db import transaction

NAME = "<img src=x><b>hi</b>"
LINK = '<a href="https://evil.example/steal">Klik hier</a> en <script>alert(1)</script>'


def test_html_in_names_and_messages_is_shown_literally(
    qtbot: QtBot, make_inbox: InboxFactory, database: Database, residents: Residents
) -> None:
    with transaction(database.sessions) as session:
        conversation = data.add_conversation(
            session, residents.x, name=NAME, handle="@<i>handle</i>", text=LINK
        )
    page = make_inbox()
    open_conversation(qtbot, page, conversation)
    index = page.model.index(page.model.row_of(conversation))

    # the list: the data is the literal text, painted with drawText
    assert index.data(Qt.ItemDataRole.DisplayRole) == NAME
    assert NAME in index.data(Qt.ItemDataRole.AccessibleTextRole)
    assert page.list_pane.view.grab().isNull() is False  # the delegate paints it

    # the header: plain-text labels
    assert page.header.name.text() == NAME
    assert page.header.name.textFormat() == Qt.TextFormat.PlainText
    assert "@<i>handle</i>" in page.header.where.text()

    # the thread: the document holds the characters, not markup
    qtbot.wait_until(lambda: LINK in page.thread_view.toPlainText())
    assert NAME in page.thread_view.toPlainText()
    html = page.thread_view.document().toHtml()
    assert "<img" not in html and "&lt;img src=x&gt;&lt;b&gt;hi&lt;/b&gt;" in html
    assert 'href="https://evil.example' not in html
    assert "&lt;a href=&quot;https://evil.example/steal&quot;&gt;" in html
    block = page.thread_view.document().begin()
    while block.isValid():
        iterator = block.begin()
        while not iterator.atEnd():
            fragment = iterator.fragment()
            assert not fragment.charFormat().isImageFormat()
            assert not fragment.charFormat().isAnchor()  # no links: none of ours (no failures)
            assert not isinstance(fragment.charFormat(), QTextImageFormat)
            iterator += 1
        block = block.next()


def test_notification_texts_carry_no_markup() -> None:
    assert neutral(NAME) == "\u2039img src=x\u203a\u2039b\u203ahi\u2039/b\u203a"


def test_a_one_megabyte_message_is_shown_completely_without_freezing(
    qtbot: QtBot, make_inbox: InboxFactory, database: Database, residents: Residents
) -> None:
    line = "Dit is een hele lange klacht over de gemeente 😀 <b>niet vet</b>. "
    big = (line * (1_100_000 // len(line)))[:1_048_576]
    with transaction(database.sessions) as session:
        conversation = data.add_conversation(
            session, residents.facebook, name="Lange Lap", handle="@lap", text="Eerst kort"
        )
        data.add_inbound(session, conversation, big)
        data.add_inbound(session, conversation, "En nog iets na de lange")
    page = make_inbox()
    slices: list[float] = []
    original = ThreadView._append_slice

    def timed(view: ThreadView) -> None:
        start = time.perf_counter()
        original(view)
        slices.append(time.perf_counter() - start)

    ThreadView._append_slice = timed  # type: ignore[method-assign]
    try:
        started = time.perf_counter()
        open_conversation(qtbot, page, conversation)
        qtbot.wait_until(lambda: "En nog iets na de lange" in page.thread_view.toPlainText())
        first_paint = time.perf_counter() - started
        assert not page.thread_view.complete  # the rest follows in slices
        assert page.thread_view.document().characterCount() < len(big)
        qtbot.wait_until(lambda: page.thread_view.complete, timeout=15_000)
    finally:
        ThreadView._append_slice = original  # type: ignore[method-assign]
    # every character, in order (a line of a megabyte is broken at spaces into lines)
    text = page.thread_view.toPlainText().replace("\n", " ")
    assert big.rstrip() in text
    assert text.index("Eerst kort") < text.index(big[:200]) < text.index("En nog iets na de lange")
    assert len(slices) >= len(big) // SLICE - 1
    # the GUI thread is never busy for long: each slice is a small part of the whole
    assert max(slices) < 0.25, f"longest slice {max(slices):.3f} s"
    assert first_paint < 5
