"""The whole thread of a conversation, read-only, in one QTextBrowser.

Messages are inserted with `QTextCursor.insertText`: the text is never parsed as HTML, so a
resident's `<a href=…>` or `<img>` shows as typed and links are shown, not opened. Residents,
replies and internal notes differ in indentation, background *and* a written label.

A very long message (say 1 MB) would take the layout several hundred milliseconds at once.
Its first part is shown at once and the rest appended in slices by a named timer, so the view
stays responsive and the whole text arrives within a second. Lines longer than a slice are
broken at a space, so that no slice has to lay out more than one slice's worth of text.
"""

from __future__ import annotations

from collections import deque
from dataclasses import dataclass
from datetime import datetime

from PySide6.QtCore import QEvent, Qt, QTimer, QUrl, Signal
from PySide6.QtGui import QColor, QFont, QTextBlockFormat, QTextCharFormat, QTextCursor
from PySide6.QtWidgets import QTextBrowser, QWidget

from ui.inbox.texts import Texts
from webcare.inbox.thread import ConversationDetail, MessageView
from webcare.vocabulary import DeliveryState, Direction, MessageTag, ModerationKind

SLICE = 32_768  # characters laid out per timer tick (~15 ms on a desktop)
RETRY_SCHEME = "retry"
MODERATE_SCHEME = "moderate"
STYLE = {  # (left margin, right margin, background)
    Direction.INBOUND: (0, 72, "#ffffff"),
    Direction.OUTBOUND: (72, 0, "#e3edfa"),
    Direction.NOTE: (36, 36, "#fff4c7"),
}


def isolate(text: str) -> str:
    """`text` as a bidirectional isolate: its direction does not spill onto what follows."""
    return f"\u2068{text}\u2069" if text else text


def break_long_lines(text: str, limit: int = SLICE) -> str:
    """Break lines longer than `limit` at a space (or hard, if there is none).

    Qt lays out a paragraph as a whole: one paragraph of 1 MB would make every slice appended
    to it lay out the whole megabyte again. Short texts come back unchanged.
    """
    if len(text) <= limit:
        return text
    lines = []
    for line in text.split("\n"):
        while len(line) > limit:
            cut = line.rfind(" ", limit // 2, limit)
            if cut < 0:
                lines.append(line[:limit])
                line = line[limit:]
            else:
                lines.append(line[:cut])
                line = line[cut + 1 :]
        lines.append(line)
    return "\n".join(lines)


@dataclass
class _Pending:
    cursor: QTextCursor
    text: str
    offset: int


class ThreadView(QTextBrowser):
    """Signals:
    retry_requested(int): the agent activated "Retry" on a failed reply (its message id).
    moderation_requested(int, str): "Hide", "Show again" or "Delete" on a comment (its
        message id, and the `ModerationKind` value).
    """

    retry_requested = Signal(int)
    moderation_requested = Signal(int, str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("ThreadView")
        self.setOpenLinks(False)
        self.setOpenExternalLinks(False)
        self.setUndoRedoEnabled(False)
        self.document().setUndoRedoEnabled(False)
        self.document().setDocumentMargin(12)
        self._texts = Texts(self)
        self._shown: tuple[int, tuple[MessageView, ...]] | None = None
        self._detail: ConversationDetail | None = None
        self._pending: deque[_Pending] = deque()
        self._append_timer = QTimer(self)
        self._append_timer.setObjectName("thread_append_timer")
        self._append_timer.setInterval(0)
        self._append_timer.timeout.connect(self._append_slice)
        self.anchorClicked.connect(self._on_anchor)

    @property
    def complete(self) -> bool:
        """Every message is in the document (no slices of a long one still to come)."""
        return not self._pending

    def clear_thread(self) -> None:
        self._append_timer.stop()
        self._pending.clear()
        self._shown = None
        self._detail = None
        self.clear()

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.LanguageChange and self._detail is not None:
            detail, self._shown = self._detail, None  # the labels are in the document
            self.show_detail(detail)

    def show_detail(self, detail: ConversationDetail, now: datetime | None = None) -> None:
        """Show the thread; nothing is redrawn when its messages did not change."""
        key = (detail.id, detail.messages)
        self._detail = detail
        if key == self._shown:
            return
        same_conversation = self._shown is not None and self._shown[0] == detail.id
        bar = self.verticalScrollBar()
        follow = not same_conversation or bar.value() >= bar.maximum() - 4
        kept = bar.value()
        self._append_timer.stop()
        self._pending.clear()
        self.clear()
        cursor = QTextCursor(self.document())
        first = True
        for message in detail.messages:
            self._insert_message(cursor, message, first, now)
            first = False
        self._shown = key
        if self._pending:
            self._append_timer.start()
        if follow:
            bar.setValue(bar.maximum())
        else:
            bar.setValue(kept)

    def _insert_message(
        self, cursor: QTextCursor, message: MessageView, first: bool, now: datetime | None
    ) -> None:
        left, right, background = STYLE[message.direction]
        block = QTextBlockFormat()
        block.setLeftMargin(left)
        block.setRightMargin(right)
        block.setBackground(QColor(background))
        header_block = QTextBlockFormat(block)
        header_block.setTopMargin(0 if first else 14)
        # The header reads left to right with each name isolated (FSI … PDI): an Arabic name
        # stays before its handle and time instead of swapping places with them.
        header_block.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        if first:
            cursor.setBlockFormat(header_block)
        else:
            cursor.insertBlock(header_block)
        plain = QTextCharFormat()
        plain.setForeground(QColor("#1f2a44"))
        small = QTextCharFormat(plain)
        small.setForeground(QColor("#4a5670"))
        strong = QTextCharFormat(plain)
        strong.setFontWeight(QFont.Weight.Bold)
        cursor.insertText(self._kind_label(message) + "  ", small)
        cursor.insertText(isolate(message.author_name), strong)
        if message.author_handle and message.author_handle != message.author_name:
            cursor.insertText(f"  {isolate(message.author_handle)}", small)
        cursor.insertText(f"  ·  {self._texts.moment(message.created_at, now)}", small)
        if message.delivery_state is not None:
            self._insert_delivery(cursor, message, small)
        if message.message_tag is MessageTag.HUMAN_AGENT:
            cursor.insertText("  ·  " + self.tr("as a human agent (HUMAN_AGENT tag)"), small)
        if message.moderation is not None or message.moderable:
            self._insert_moderation(cursor, message, small)
        cursor.insertBlock(block)
        text = break_long_lines(message.text.replace("\r\n", "\n"))
        cursor.insertText(text[:SLICE], plain)
        if len(text) > SLICE:
            # This cursor stays where the rest belongs while later messages are added after
            # it, and moves along when text is inserted before it.
            rest = QTextCursor(cursor)
            rest.setKeepPositionOnInsert(True)
            self._pending.append(_Pending(rest, text, SLICE))

    def _insert_delivery(
        self, cursor: QTextCursor, message: MessageView, small: QTextCharFormat
    ) -> None:
        assert message.delivery_state is not None
        state = self._texts.delivery(message.delivery_state)
        if message.delivery_state is DeliveryState.UNCONFIRMED:  # see ui/inbox/unconfirmed.py
            warning = QTextCharFormat(small)
            warning.setForeground(QColor("#8a5300"))
            warning.setFontWeight(QFont.Weight.Bold)
            cursor.insertText(f"  ·  ⚠ {state}", warning)
        elif message.delivery_state is DeliveryState.FAILED:
            warning = QTextCharFormat(small)
            warning.setForeground(QColor("#8f1a1a"))
            warning.setFontWeight(QFont.Weight.Bold)
            cursor.insertText(f"  ·  ⚠ {state}", warning)
            if message.delivery_error:
                cursor.insertText(f": {message.delivery_error}", warning)
            link = QTextCharFormat(small)
            link.setAnchor(True)
            link.setAnchorHref(f"{RETRY_SCHEME}:{message.id}")
            link.setForeground(QColor("#1d4e89"))
            link.setFontUnderline(True)
            cursor.insertText("  ", small)
            cursor.insertText(self.tr("Retry"), link)
        else:
            cursor.insertText(f"  ·  {state}", small)

    def _insert_moderation(
        self, cursor: QTextCursor, message: MessageView, small: QTextCharFormat
    ) -> None:
        """ "hidden by <colleague>" (or on its way, or refused with the platform's reason), and
        the links to hide, show again or delete."""
        moderated = message.moderation
        if moderated is not None:
            said = self._texts.moderation(moderated.kind, moderated.state, moderated.by or "?")
            if moderated.state is DeliveryState.FAILED:
                warning = QTextCharFormat(small)
                warning.setForeground(QColor("#8f1a1a"))
                warning.setFontWeight(QFont.Weight.Bold)
                cursor.insertText(f"  ·  ⚠ {said}: {moderated.error or '-'}", warning)
            else:
                cursor.insertText(f"  ·  {said}", small)
        for kind in message.moderable:
            link = QTextCharFormat(small)
            link.setAnchor(True)
            link.setAnchorHref(f"{MODERATE_SCHEME}:{kind.value}/{message.id}")
            link.setForeground(QColor("#1d4e89"))
            link.setFontUnderline(True)
            cursor.insertText("  ", small)
            cursor.insertText(self._texts.moderate(kind), link)

    def _kind_label(self, message: MessageView) -> str:
        if message.direction is Direction.INBOUND:
            return self.tr("Resident")
        if message.direction is Direction.NOTE:
            return self.tr("Internal note")
        return self.tr("Reply")

    def _append_slice(self) -> None:
        if not self._pending:
            self._append_timer.stop()
            return
        pending = self._pending[0]
        bar = self.verticalScrollBar()
        at_end = bar.value() >= bar.maximum() - 4
        chunk = pending.text[pending.offset : pending.offset + SLICE]
        # The marker keeps its place; a plain cursor inserts (and walks past line breaks).
        writer = QTextCursor(self.document())
        writer.setPosition(pending.cursor.position())
        writer.insertText(chunk)
        pending.cursor.setPosition(writer.position())
        pending.offset += len(chunk)
        if pending.offset >= len(pending.text):
            self._pending.popleft()
        if at_end:
            bar.setValue(bar.maximum())
        if not self._pending:
            self._append_timer.stop()

    def _on_anchor(self, url: QUrl) -> None:
        if url.scheme() == RETRY_SCHEME and url.path().isdigit():
            self.retry_requested.emit(int(url.path()))
        kind, _, message_id = url.path().partition("/")
        if url.scheme() == MODERATE_SCHEME and message_id.isdigit():
            if kind in set(ModerationKind):
                self.moderation_requested.emit(int(message_id), kind)
