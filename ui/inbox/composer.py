"""The composer: a reply or an internal note, with the platform's rules in plain sight.

The counter counts the platform's way (X weighted, Facebook and Instagram in characters) and
the composer says why it cannot send before the agent types: the Messenger/Instagram window
has closed, a colleague holds the conversation, the text is too long. Typing `/` picks a
canned reply, `@` (in a note) a colleague. The messaging window and the HUMAN_AGENT choice
live in `ui.inbox.window_choice`.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from functools import partial

from PySide6.QtCore import (
    QAbstractItemModel,
    QEvent,
    QLocale,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QKeySequence, QShortcut, QTextCursor
from PySide6.QtWidgets import (
    QButtonGroup,
    QFrame,
    QHBoxLayout,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from ui.inbox.completion import ComposerEdit
from ui.inbox.errors import InboxErrors
from ui.inbox.texts import Texts
from ui.inbox.window_choice import MessagingWindow
from ui.widgets.plain import ElidedLabel, PlainLabel
from webcare.clock import utcnow
from webcare.inbox.canned import CannedReplyView
from webcare.inbox.limits import TextProblem, check_reply
from webcare.inbox.outbox import RefusalCode
from webcare.inbox.thread import ConversationDetail
from webcare.users import UserInfo
from webcare.vocabulary import Platform, ReplyMode

REPLY, NOTE = "reply", "note"
SEND_KEYS = ("Ctrl+Return", "Ctrl+Enter")
SEND_CLOSE_KEYS = ("Ctrl+Shift+Return", "Ctrl+Shift+Enter")
MODE_KEYS = {REPLY: "Ctrl+Shift+R", NOTE: "Ctrl+Shift+N"}  # also from inside the editor
DRAFT_SAVE_MS = 700


class Composer(QFrame):
    """Reply or note about the open conversation.

    Signals:
        send_requested(str, str, str): mode ("reply" or "note"), text and the tag a direct
            message goes out with ("human_agent", or "" for none), when the agent sends.
        send_close_requested(str, str, str): the same, and close the conversation once it is
            sent (Shift+Ctrl+Enter).
        leave_requested(): Escape: back to the conversation list.
    """

    send_requested = Signal(str, str, str)
    send_close_requested = Signal(str, str, str)
    leave_requested = Signal()
    draft_changed = Signal(int, str, str)  # conversation id, mode, text ("" : no draft)

    def __init__(
        self,
        fill_canned: Callable[[CannedReplyView], str],
        parent: QWidget | None = None,
        clock: Callable[[], datetime] = utcnow,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("Composer")
        self._texts = Texts(self)
        self._errors = InboxErrors(self)
        self._fill_canned = fill_canned
        self._clock = clock
        self._detail: ConversationDetail | None = None
        self._me: UserInfo | None = None
        self._drafts: dict[tuple[int, str], str] = {}
        self._mode = REPLY
        # The text is saved (draft_changed) this long after the agent stops typing, and at
        # once when they move to another conversation or mode, send, or quit.
        self._unsaved = False
        self.save_timer = QTimer(self)
        self.save_timer.setObjectName("composer_draft_save_timer")
        self.save_timer.setSingleShot(True)
        self.save_timer.setInterval(DRAFT_SAVE_MS)
        self.save_timer.timeout.connect(self.save_draft)

        self.reply_button = QRadioButton(self)
        self.note_button = QRadioButton(self)
        self.reply_button.setChecked(True)
        self._modes = QButtonGroup(self)
        self._modes.addButton(self.reply_button)
        self._modes.addButton(self.note_button)
        self.reply_button.toggled.connect(self._on_mode_toggled)
        self.where = ElidedLabel(parent=self)
        self.where.setObjectName("ComposerWhere")

        self.holder_banner = PlainLabel(parent=self)
        self.holder_banner.setObjectName("HolderBanner")
        self.holder_banner.setWordWrap(True)
        self.messaging = MessagingWindow(lambda: self._clock(), self)
        self.messaging.changed.connect(self._update_state)
        self.window_banner = self.messaging.banner
        self.human_agent_box = self.messaging.human_agent_box

        self.editor = ComposerEdit(self)
        self.editor.setObjectName("ComposerEdit")
        self.editor.setMinimumHeight(70)
        self.editor.textChanged.connect(self._update_state)
        self.editor.textChanged.connect(self._edited)
        self.editor.chosen.connect(self._insert_choice)
        self.editor.leave_requested.connect(self.leave_requested)

        self.counter = PlainLabel(parent=self)
        self.counter.setObjectName("ComposerCounter")
        self.problem = PlainLabel(parent=self)
        self.problem.setObjectName("ComposerProblem")
        self.problem.setWordWrap(True)
        self.send_button = QPushButton(self)
        self.send_button.setObjectName("SendButton")
        self.send_button.setDefault(False)
        self.send_button.setAutoDefault(False)
        self.send_button.clicked.connect(self.send)
        for keys in SEND_KEYS:
            self._shortcut(keys, self.send)
        for keys in SEND_CLOSE_KEYS:
            self._shortcut(keys, self.send_and_close)
        # Explicit keys switch mode from inside the editor, where N and R are letters.
        for mode, keys in MODE_KEYS.items():
            self._shortcut(keys, partial(self.start, mode))
        # Inside the box, so that nobody mistakes a note for a reply.
        self.note_banner = PlainLabel(parent=self.editor)
        self.note_banner.setObjectName("NoteBanner")
        self.note_banner.hide()

        # Where the text goes is a line of its own: the modes keep room for their keys.
        modes = QHBoxLayout()
        modes.setSpacing(12)
        modes.addWidget(self.reply_button)
        modes.addWidget(self.note_button)
        modes.addStretch(1)
        # Why it cannot be sent is a line of its own, so that the send button keeps its text.
        footer = QHBoxLayout()
        footer.addWidget(self.counter)
        footer.addStretch(1)
        footer.addWidget(self.send_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(10, 8, 10, 10)
        layout.setSpacing(6)
        layout.addLayout(modes)
        layout.addWidget(self.where)
        layout.addWidget(self.holder_banner)
        layout.addWidget(self.messaging)
        layout.addWidget(self.editor, 1)
        layout.addWidget(self.problem)
        layout.addLayout(footer)
        self.retranslate_ui()
        self._show_mode()
        self.set_context(None, None)

    def _shortcut(self, keys: str, slot: Callable[[], None]) -> None:
        shortcut = QShortcut(QKeySequence(keys), self)
        shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        shortcut.activated.connect(slot)

    # ---- public API

    @property
    def mode(self) -> str:
        return self._mode

    @property
    def text(self) -> str:
        return self.editor.toPlainText()

    def set_sources(self, canned: QAbstractItemModel, people: QAbstractItemModel) -> None:
        self.editor.set_source("/", canned)
        self.editor.set_source("@", people)

    def set_mode(self, mode: str) -> None:
        (self.note_button if mode == NOTE else self.reply_button).setChecked(True)

    def start(self, mode: str, prefix: str = "") -> None:
        """Focus the editor in `mode`, optionally typing `prefix` (as the `/` shortcut does)."""
        self.set_mode(mode)
        self.editor.setFocus(Qt.FocusReason.ShortcutFocusReason)
        if prefix:
            self.editor.moveCursor(QTextCursor.MoveOperation.End)
            cursor = self.editor.textCursor()
            block = cursor.block().text()
            if block and not block[-1].isspace():
                cursor.insertText(" ")
            cursor.insertText(prefix)
            self.editor.update_completion()

    def load_drafts(self, drafts: dict[tuple[int, str], str]) -> None:
        """Drafts saved earlier (by conversation and mode), e.g. before a crash."""
        for key, text in drafts.items():
            self._drafts.setdefault(key, text)
        detail = self._detail
        if detail is not None and not self.text:
            draft = self._drafts.pop((detail.id, self._mode), "")
            if draft:
                self.editor.blockSignals(True)
                self.editor.setPlainText(draft)
                self.editor.blockSignals(False)
                self._update_state()

    def _edited(self) -> None:
        if self._detail is not None:
            self._unsaved = True
            self.save_timer.start()

    def save_draft(self) -> None:
        """Hand the text being written to whoever keeps drafts, if it changed."""
        self.save_timer.stop()
        if self._unsaved and self._detail is not None:
            self._unsaved = False
            self.draft_changed.emit(self._detail.id, self._mode, self.text)

    def set_context(self, detail: ConversationDetail | None, me: UserInfo | None) -> None:
        """The conversation the composer writes about (keeps a draft per conversation)."""
        previous = self._detail
        if previous is not None and (detail is None or detail.id != previous.id):
            self.save_draft()
        if previous is not None and (detail is None or detail.id != previous.id):
            self._drafts[(previous.id, self._mode)] = self.text
        self._detail, self._me = detail, me
        if detail is None or previous is None or detail.id != previous.id:
            self.editor.blockSignals(True)
            draft = "" if detail is None else self._drafts.pop((detail.id, self._mode), "")
            self.editor.setPlainText(draft)
            self.editor.blockSignals(False)
        self.setEnabled(detail is not None and self._may_write())
        self._update_state()

    def _may_write(self) -> bool:
        return self._me is not None and self._me.may("inbox.work")

    def sent(self, conversation_id: int, mode: str) -> None:
        """The text was queued or saved: clear it (if still showing that conversation)."""
        self._drafts.pop((conversation_id, mode), None)
        if self._detail is not None and self._detail.id == conversation_id and self._mode == mode:
            self.editor.clear()
            if mode == REPLY:
                self.messaging.reset()  # the human-agent tag is chosen for each reply

    @property
    def tag(self) -> str:
        """The tag a reply would go out with now ("" for none)."""
        tag = self.messaging.tag if self._mode == REPLY else None
        return tag.value if tag is not None else ""

    def send(self) -> None:
        if self.send_button.isEnabled():
            self.save_draft()  # kept if the platform refuses; deleted with the sent reply
            self.send_requested.emit(self._mode, self.text, self.tag)

    def send_and_close(self) -> None:
        if self.send_button.isEnabled():
            self.save_draft()
            self.send_close_requested.emit(self._mode, self.text, self.tag)

    # ---- state

    def _on_mode_toggled(self) -> None:
        mode = REPLY if self.reply_button.isChecked() else NOTE
        if mode == self._mode:
            return
        if self._detail is not None:
            self.save_draft()
            self._drafts[(self._detail.id, self._mode)] = self.text
            self.editor.blockSignals(True)
            self.editor.setPlainText(self._drafts.pop((self._detail.id, mode), ""))
            self.editor.blockSignals(False)
        self._mode = mode
        self.editor.mentions_enabled = mode == NOTE
        self._show_mode()
        self._update_state()

    def _show_mode(self) -> None:
        note = self._mode == NOTE
        for widget in (self, self.editor):
            widget.setProperty("note", note)
            widget.style().unpolish(widget)
            widget.style().polish(widget)
        self.editor.set_banner(self.note_banner if note else None)

    def _insert_choice(self, trigger: str, item: object) -> None:
        if trigger == "/" and isinstance(item, CannedReplyView):
            self.editor.textCursor().insertText(self._fill_canned(item))
        elif trigger == "@" and isinstance(item, UserInfo):
            self.editor.insert_mention(item.username)

    def _update_state(self) -> None:
        detail, me = self._detail, self._me
        self._update_banners()
        self.editor.setPlaceholderText(
            self.tr("Write a reply… (/ for a canned reply)")
            if self._mode == REPLY
            else self.tr("Write an internal note… (@ to mention a colleague)")
        )
        self.send_button.setText(
            (self.tr("Send reply") if self._mode == REPLY else self.tr("Add note"))
            + f" ({SEND_KEYS[1]})"
        )
        self.editor.setAccessibleName(
            self.tr("Reply text") if self._mode == REPLY else self.tr("Note text")
        )
        if detail is not None and not self._may_write():
            self.where.setText(self.tr("Your role lets you read conversations, not answer them."))
            self.counter.setText("")
            self._set_problem("")
            self.send_button.setEnabled(False)
            return
        if detail is None or me is None:
            self.where.setText(self.tr("Choose a conversation to answer."))
            self.counter.setText("")
            self._set_problem("")
            self.send_button.setEnabled(False)
            return
        if self._mode == NOTE:
            self.where.setText(self.tr("Only colleagues see internal notes."))
            self.counter.setText("")
            self._set_problem("")
            self.send_button.setEnabled(bool(self.text.strip()))
            return
        self.where.setText(self._where(detail.platform, detail.reply_mode))
        check = check_reply(detail.platform, detail.reply_mode, self.text)
        locale = QLocale()
        length, limit = locale.toString(check.length), locale.toString(check.limit)
        self.counter.setText(self.tr("{length} / {limit}").format(length=length, limit=limit))
        self.counter.setAccessibleName(
            self.tr("{length} of {limit} characters used").format(length=length, limit=limit)
        )
        over = check.problem is TextProblem.TOO_LONG
        self.counter.setProperty("over", over)
        self.counter.style().unpolish(self.counter)
        self.counter.style().polish(self.counter)
        window_problem = self.messaging.problem()
        if window_problem:
            problem = window_problem
        elif over:
            problem = self.tr("Too long by %n character(s).", "", check.length - check.limit)
        elif check.problem is TextProblem.UNSUPPORTED_MODE:
            problem = self._errors.refusal(RefusalCode.UNSUPPORTED_MODE)
        else:
            problem = ""
        self._set_problem(problem)
        self.send_button.setEnabled(check.ok and not window_problem)

    def _set_problem(self, text: str) -> None:
        self.problem.setText(text)
        self.problem.setVisible(bool(text))

    def _where(self, platform: Platform, mode: ReplyMode) -> str:
        name = self._texts.platform(platform)
        if mode is ReplyMode.PUBLIC:
            return self.tr("Public reply on {platform}").format(platform=name)
        return self.tr("Direct message on {platform}").format(platform=name)

    def _update_banners(self) -> None:
        detail, me = self._detail, self._me
        holder = ""
        if detail is not None and me is not None and detail.held_by_colleague(me.id):
            holder = self.tr(
                "{name} has held this conversation since {time}. Sending a reply asks you "
                "to confirm, so that the resident is not answered twice."
            ).format(name=detail.assignee_name or "?", time=self._texts.moment(detail.assigned_at))
        self.holder_banner.setText(holder)
        self.holder_banner.setVisible(bool(holder))
        self.messaging.show_for(detail, reply=self._mode == REPLY)

    def retranslate_ui(self) -> None:
        self.reply_button.setText(self.tr("&Reply\n{keys}").format(keys=MODE_KEYS[REPLY]))
        self.reply_button.setAccessibleName(self.tr("Write a reply to the resident"))
        self.note_button.setText(self.tr("Internal &note\n{keys}").format(keys=MODE_KEYS[NOTE]))
        self.note_button.setAccessibleName(self.tr("Write an internal note"))
        self.note_banner.setText(self.tr("Only colleagues see this"))
        self.send_button.setAccessibleName(self.tr("Send (Ctrl+Enter)"))
        self.send_button.setToolTip(
            self.tr("Ctrl+Enter; Shift+Ctrl+Enter sends and closes the conversation")
        )
        self.holder_banner.setAccessibleName(self.tr("Who holds this conversation"))
        self.problem.setAccessibleName(self.tr("Why the reply cannot be sent"))
        self._update_state()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)
