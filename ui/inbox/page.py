"""The inbox page: queues | conversations | the conversation, worked from the keyboard.

This module only lays out the panes and wires them to the controller (which talks to the
database) and to the keyboard. Single-letter shortcuts never fire while the agent types: text
fields claim printable keys before shortcuts see them (Qt's ShortcutOverride).
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime, timedelta

from PySide6.QtCore import QModelIndex, Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QFrame, QHBoxLayout, QSplitter, QVBoxLayout, QWidget

from ui.context import AppContext
from ui.inbox.canned_settings import CannedSettings
from ui.inbox.composer import NOTE, REPLY, Composer, ShortcutKeeper
from ui.inbox.controller import ChangeBatch, InboxController, PendingReply
from ui.inbox.header import ConversationHeader
from ui.inbox.listmodel import WaitPolicy
from ui.inbox.notify import InboxNotifier
from ui.inbox.panes import ListPane, QueuePane
from ui.inbox.preferences import InboxSettings
from ui.inbox.prompts import InboxPrompts
from ui.inbox.roles import Roles
from ui.inbox.shortcuts import KEYS, ShortcutOverview
from ui.inbox.texts import Texts
from ui.inbox.thread_view import ThreadView
from ui.residents.panel import ResidentPanel
from ui.widgets.page import Page
from ui.widgets.plain import PlainLabel
from webcare import users
from webcare.clock import utcnow
from webcare.errors import ConfigError
from webcare.inbox.canned import CannedReplyView, fill
from webcare.inbox.listing import FilterChoices
from webcare.inbox.notifications import InboxPreferences
from webcare.inbox.queries import ConversationFilter, ListQuery, Queue
from webcare.inbox.thread import ConversationDetail
from webcare.users import UserInfo
from webcare.vocabulary import ConversationStatus

WAITING_REFRESH_MS = 30_000
NOTICE_MS = 12_000


class InboxPage(Page):
    """Signals:
    unassigned_changed(int): the number of conversations nobody holds (for the tray).
    notice(str, str): a desktop notification: title and body (plain text).
    """

    page_id = "inbox"
    unassigned_changed = Signal(int)
    notice = Signal(str, str)

    def __init__(
        self,
        context: AppContext,
        *,
        prompts: InboxPrompts | None = None,
        clock: Callable[[], datetime] = utcnow,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.context = context
        self.prompts = prompts or InboxPrompts()
        self._texts = Texts(self)
        self._clock = clock
        self.me: UserInfo | None = None
        self._advance_after_status = False
        self._pending_move: int | None = None
        self._return_to: int | None = None  # an undone conversation, to select once listed
        self._search = ""
        try:
            username: str | None = users.current_username()
            user_error = None
        except ConfigError as exc:
            username, user_error = None, exc

        self.controller = InboxController(
            context.database.sessions,
            context.tasks,
            username or "",
            users.os_display_name(username) if username else None,
            self,
            clock=clock,
        )
        self.model = self.controller.conversations
        self.notifier = InboxNotifier(self)
        self.notifier.clock = clock
        self.notifier.notice.connect(self.notice)

        self.queue_pane = QueuePane(self.controller.queues, self)
        self.list_pane = ListPane(self.model, self)
        self.list_pane.delegate.now = clock
        self.header = ConversationHeader(self)
        self.header.now = clock
        self.banner = PlainLabel(parent=self)
        self.banner.setObjectName("InboxBanner")
        self.banner.setWordWrap(True)
        self.banner.hide()
        self.banner_timer = QTimer(self)
        self.banner_timer.setObjectName("inbox_banner_timer")
        self.banner_timer.setSingleShot(True)
        self.banner_timer.setInterval(NOTICE_MS)
        self.banner_timer.timeout.connect(self.banner.hide)
        self.thread = ThreadView(self)
        self.composer = Composer(self._fill_canned, self, clock=clock)
        self.composer.set_sources(self.controller.canned, self.controller.people)
        # A hidden child until the Settings page adopts it: never a Python-owned widget.
        self.settings = InboxSettings(self)
        self.settings.hide()
        self.canned_settings = CannedSettings(
            self.controller.canned, self.controller.save_canned, self
        )
        self.canned_settings.hide()

        conversation = QFrame(self)
        conversation.setObjectName("ConversationPane")
        self.conversation_splitter = QSplitter(Qt.Orientation.Vertical, conversation)
        self.conversation_splitter.addWidget(self.thread)
        self.conversation_splitter.addWidget(self.composer)
        self.conversation_splitter.setStretchFactor(0, 3)
        self.conversation_splitter.setStretchFactor(1, 1)
        self.conversation_splitter.setChildrenCollapsible(False)
        right = QVBoxLayout(conversation)
        right.setContentsMargins(0, 0, 0, 0)
        right.setSpacing(0)
        right.addWidget(self.header)
        right.addWidget(self.banner)
        right.addWidget(self.conversation_splitter, 1)

        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.setObjectName("InboxSplitter")
        self.splitter.addWidget(self.queue_pane)
        self.splitter.addWidget(self.list_pane)
        self.splitter.addWidget(conversation)
        self.splitter.setStretchFactor(0, 0)
        self.splitter.setStretchFactor(1, 2)
        self.splitter.setStretchFactor(2, 3)
        self.queue_pane.setMinimumWidth(170)
        self.list_pane.setMinimumWidth(300)
        conversation.setMinimumWidth(360)
        self.splitter.setChildrenCollapsible(False)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.splitter)
        # ---- residents: the resident linked to the open conversation (ui.residents.panel)
        self.resident_panel = ResidentPanel(context, self)
        self.splitter.addWidget(self.resident_panel)
        self.splitter.setCollapsible(self.splitter.indexOf(self.resident_panel), True)
        self.controller.detail_changed.connect(self.resident_panel.show_detail)
        # ----

        self.waiting_timer = QTimer(self)
        self.waiting_timer.setObjectName("inbox_waiting_refresh_timer")
        self.waiting_timer.setInterval(WAITING_REFRESH_MS)
        self.waiting_timer.timeout.connect(self.model.refresh_waiting)
        self.waiting_timer.timeout.connect(self._refresh_detail_texts)

        self._keeper = ShortcutKeeper(self)
        for field in (self.list_pane.search, self.composer.editor):
            field.installEventFilter(self._keeper)
        self._connect()
        self._build_shortcuts()
        self._restore()
        self.retranslate_ui()
        if user_error is not None:
            self.show_message(self._texts.error(user_error))
        else:
            self.controller.start()

    # ---- wiring

    def _connect(self) -> None:
        c = self.controller
        c.started.connect(self._started)
        c.start_failed.connect(self.show_message)
        c.detail_changed.connect(self._show_detail)
        c.message.connect(self.show_message)
        c.batch_applied.connect(self._batch_applied)
        c.confirm_needed.connect(self._confirm_pending_reply)
        c.action_done.connect(self._action_done)
        c.sent.connect(self.composer.sent)
        c.undo_available.connect(self._undo_available)
        self.composer.draft_changed.connect(c.save_draft)
        c.undone.connect(self._undone)
        c.choices_changed.connect(self._choices_changed)
        c.people.modelReset.connect(self._people_changed)
        c.queues.dataChanged.connect(lambda *_: self._update_heading())
        self.queue_pane.queue_chosen.connect(lambda _q: self._update_query())
        self.queue_pane.filters_changed.connect(self._update_query)
        self.list_pane.search_changed.connect(self._search_changed)
        self.list_pane.sort_changed.connect(lambda _o: self._update_query())
        self.list_pane.view.selectionModel().currentChanged.connect(self._current_changed)
        self.model.reset_done.connect(self._first_page)
        self.model.page_loaded.connect(self._page_loaded)
        self.header.claim_requested.connect(self.claim)
        self.header.assign_requested.connect(self._assign)
        self.header.status_requested.connect(self._set_status)
        self.header.snooze_choice_requested.connect(self._choose_snooze)
        self.header.priority_requested.connect(self.controller.set_priority)
        self.header.tag_requested.connect(self.controller.set_tag)
        self.header.new_tag_requested.connect(self._new_tag)
        self.header.retry_requested.connect(self._retry_all)
        self.thread.retry_requested.connect(self.controller.retry)
        self.composer.send_requested.connect(self._send)
        self.composer.leave_requested.connect(self.focus_list)
        self.settings.changed.connect(self.set_preferences)
        self.canned_settings.delete_requested.connect(self._delete_canned)

    def _build_shortcuts(self) -> None:
        handlers: dict[str, Callable[[], None]] = {
            "next": lambda: self.move(1),
            "previous": lambda: self.move(-1),
            "reply": lambda: self._compose(REPLY),
            "note": lambda: self._compose(NOTE),
            "canned": lambda: self._compose(REPLY, "/"),
            "claim": self.claim,
            "close": self.close_conversation,
            "search": self.focus_search,
            "help": self.show_shortcuts,
            "undo": self.controller.undo_last,
            "assign": lambda: self.header.open_menu("assign"),
            "status": lambda: self.header.open_menu("status"),
            "priority": lambda: self.header.open_menu("priority"),
            "tags": lambda: self.header.open_menu("tags"),
            "back": self.focus_list,
        }
        self.shortcuts: dict[str, QShortcut] = {}
        for action, keys in KEYS:
            handler = handlers.get(action)
            if handler is None:
                continue  # "send" belongs to the composer
            for key in keys:
                # Window-wide, yet only while the inbox is the page shown (hidden widgets'
                # shortcuts never fire); text fields still keep their letters.
                shortcut = QShortcut(QKeySequence(key), self)
                shortcut.setContext(Qt.ShortcutContext.WindowShortcut)
                shortcut.activated.connect(handler)
                self.shortcuts[action] = shortcut

    def _restore(self) -> None:
        state = self.context.state
        self.queue_pane.select_queue(state.inbox_queue)
        self.list_pane.select_sort(state.inbox_sort)
        splitter = state.inbox_splitter
        if splitter is None or not self.splitter.restoreState(splitter):
            self.splitter.setSizes([210, 430, 800])
        self.set_preferences(state.inbox_preferences)
        self.settings.show_preferences(state.inbox_preferences)

    def save_state(self) -> None:
        state = self.context.state
        state.inbox_queue = self.queue_pane.current_queue()
        state.inbox_sort = self.list_pane.current_sort()
        state.inbox_splitter = self.splitter.saveState()

    def set_preferences(self, preferences: InboxPreferences) -> None:
        self.notifier.preferences = preferences
        self.model.set_policy(WaitPolicy(preferences.hours, preferences.target_minutes))
        self.context.state.inbox_preferences = preferences

    def settings_section(self) -> InboxSettings:
        """The inbox's group for the Settings page (notifications, office hours, target)."""
        return self.settings

    def canned_section(self) -> CannedSettings:
        """The team's canned replies, for the Settings page."""
        return self.canned_settings

    def _delete_canned(self, canned_id: int, shortcut: str) -> None:
        def answered(yes: bool) -> None:
            if yes:
                self.controller.delete_canned(canned_id)

        self.prompts.confirm(
            self.canned_settings,
            self.tr("Delete canned reply"),
            self.tr("Delete the canned reply /{shortcut} for the whole team?").format(
                shortcut=shortcut
            ),
            self.tr("Delete"),
            answered,
        )

    # ---- start and the list

    def _started(self, me: UserInfo) -> None:
        self.me = me
        self.composer.load_drafts(self.controller.drafts_at_start)
        self.notifier.me = me.id
        self._update_query()
        self.waiting_timer.start()
        self._show_detail(None)

    def _choices_changed(self, choices: FilterChoices) -> None:
        self.queue_pane.set_choices(choices)
        self.header.set_tags(choices.tags)

    def _people_changed(self) -> None:
        people = self.controller.people.items()
        self.queue_pane.set_people(people)
        self.header.set_people(people)

    def _search_changed(self, text: str) -> None:
        self._search = text.strip()
        self._update_query()

    def current_query(self) -> ListQuery:
        flt = ConversationFilter(
            queue=self.queue_pane.current_queue(),
            search=self._search,
            **self.queue_pane.filter_values(),
        )
        return ListQuery(flt, self.list_pane.current_sort())

    def _update_query(self) -> None:
        if self.me is None:
            return
        query = self.current_query()
        if query != self.model.query:
            self.model.set_query(query)
        self._update_heading()

    def _update_heading(self) -> None:
        query = self.model.query
        if query is None:
            return
        if query.filter.search:
            self.list_pane.set_heading(
                self.tr("Search results for “{text}” in all conversations").format(
                    text=query.filter.search
                )
            )
            return
        queue = query.filter.queue
        count = self.controller.queues.count(queue)
        name = self._texts.queue(queue)
        self.list_pane.set_heading(
            name if count is None else f"{name} ({self._texts.count(count)})"
        )
        if queue is Queue.UNASSIGNED or count is not None:
            unassigned = self.controller.queues.count(Queue.UNASSIGNED)
            if unassigned is not None:
                self.unassigned_changed.emit(unassigned)

    def _first_page(self) -> None:
        view = self.list_pane.view
        open_id = self.controller.open_id
        row = self.model.row_of(open_id) if open_id is not None else -1
        if row >= 0:
            view.selectionModel().setCurrentIndex(
                self.model.index(row), view.selectionModel().SelectionFlag.ClearAndSelect
            )
        elif open_id is None and self.model.rowCount() > 0:
            view.setCurrentIndex(self.model.index(0))

    def _page_loaded(self, _count: int) -> None:
        if self._pending_move is not None:
            target, self._pending_move = self._pending_move, None
            if target < self.model.rowCount():
                self._select_row(target)

    def _current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if current.isValid():
            self.controller.open(current.data(Roles.ID))

    def _select_row(self, row: int) -> None:
        view = self.list_pane.view
        index = self.model.index(row)
        view.setCurrentIndex(index)
        view.scrollTo(index)

    def move(self, delta: int) -> None:
        """Next (1) or previous (-1) conversation; fetches the next page at the end."""
        current = self.list_pane.view.currentIndex()
        row = current.row() + delta if current.isValid() else 0
        if 0 <= row < self.model.rowCount():
            self._select_row(row)
        elif row >= self.model.rowCount() and self.model.canFetchMore():
            self._pending_move = row
            self.model.fetchMore()

    # ---- the open conversation

    def _show_detail(self, detail: ConversationDetail | None) -> None:
        now = self._clock()
        self.header.set_detail(detail, self.me)
        self.composer.set_context(detail, self.me)
        if detail is None:
            self.thread.clear_thread()
        else:
            self.thread.show_detail(detail, now)

    def _refresh_detail_texts(self) -> None:
        self.composer.set_context(self.controller.detail, self.me)

    def _batch_applied(self, batch: ChangeBatch) -> None:
        self._update_heading()
        self.notifier.consider(batch)
        self._select_returned()

    def _undo_available(self, done: str) -> None:
        if done:
            self.show_message(self._texts.undo_hint(done))

    def _undone(self, conversation_id: int, done: str) -> None:
        """Back to the conversation the undo restored (a closed one left the list)."""
        self.show_message(self._texts.undone(done))
        self._advance_after_status = False
        self._return_to = conversation_id
        self.controller.open(conversation_id)
        self._select_returned()

    def _select_returned(self) -> None:
        if self._return_to is None:
            return
        row = self.model.row_of(self._return_to)
        if row >= 0:
            self._return_to = None
            self._select_row(row)

    def show_message(self, text: str) -> None:
        """A message for the agent above the thread (errors, refusals, confirmations)."""
        self.banner.setText(text)
        self.banner.setAccessibleName(text)
        self.banner.show()
        self.banner_timer.start()

    # ---- actions

    def _held_by_colleague(self) -> ConversationDetail | None:
        detail, me = self.controller.detail, self.me
        if detail is None or me is None or detail.assignee_id in (None, me.id):
            return None
        return detail

    def claim(self) -> None:
        detail = self.controller.detail
        if detail is None or self.me is None:
            return
        held = self._held_by_colleague()
        if held is None:
            if detail.assignee_id == self.me.id:
                self.show_message(self.tr("This conversation is already yours."))
                return
            self.controller.claim()
            return

        def answered(yes: bool) -> None:
            if yes:
                self.controller.claim(expected=held.assignee_id)

        self.prompts.confirm(
            self,
            self.tr("Take over this conversation?"),
            self.tr(
                "{name} has held this conversation since {time}. Take it over? They will see "
                "that you did."
            ).format(name=held.assignee_name or "?", time=self._texts.moment(held.assigned_at)),
            self.tr("Take over"),
            answered,
        )

    def _assign(self, to: int | None) -> None:
        detail = self.controller.detail
        if detail is not None:
            self.controller.assign(to, expected=detail.assignee_id)

    def close_conversation(self) -> None:
        detail = self.controller.detail
        if detail is None or detail.status is ConversationStatus.CLOSED:
            return
        self._set_status(ConversationStatus.CLOSED, None)

    def _set_status(self, status: ConversationStatus, until: object) -> None:
        leaves_queue = status in (
            ConversationStatus.CLOSED,
            ConversationStatus.PENDING,
            ConversationStatus.SNOOZED,
        )
        self._advance_after_status = leaves_queue
        self.controller.set_status(status, until if isinstance(until, datetime) else None)

    def _choose_snooze(self) -> None:
        def chosen(until: datetime | None) -> None:
            if until is not None:
                self._set_status(ConversationStatus.SNOOZED, until)

        self.prompts.ask_time(
            self,
            self.tr("Snooze"),
            self.tr("Snooze until:"),
            self._clock() + timedelta(hours=2),
            chosen,
        )

    def _new_tag(self) -> None:
        def named(name: str | None) -> None:
            if name and name.strip():
                self.controller.set_tag(name, None, True)

        self.prompts.ask_text(self, self.tr("New tag"), self.tr("Name of the tag:"), named)

    def _retry_all(self) -> None:
        detail = self.controller.detail
        for message_id in detail.failed_message_ids if detail else ():
            self.controller.retry(message_id)

    def _action_done(self, kind: str) -> None:
        if kind == "status" and self._advance_after_status:
            self._advance_after_status = False
            self.move(1)

    def _send(self, mode: str, text: str) -> None:
        if mode == NOTE:
            self.controller.add_note(text)
            return
        held = self._held_by_colleague()
        if held is None:
            self.controller.send_reply(text)
            return
        self._ask_to_answer_for(held.assignee_name or "?", held.assignee_id, text)

    def _confirm_pending_reply(self, pending: PendingReply) -> None:
        self._ask_to_answer_for(pending.holder.holder_name, pending.holder.holder_id, pending.text)

    def _ask_to_answer_for(self, name: str, holder: int | None, text: str) -> None:
        def answered(yes: bool) -> None:
            if yes:
                self.controller.send_reply(text, confirmed=True, expected_holder=holder)

        self.prompts.confirm(
            self,
            self.tr("Answer a colleague's conversation?"),
            self.tr(
                "{name} holds this conversation. Send your reply anyway? Make sure the resident "
                "is not answered twice."
            ).format(name=name),
            self.tr("Send anyway"),
            answered,
        )

    def _fill_canned(self, reply: CannedReplyView) -> str:
        detail = self.controller.detail
        name = ""
        if detail is not None:
            name = detail.contact_name or detail.contact_handle
        agent = self.me.display_name if self.me else ""
        today = self._clock().astimezone().date()
        return fill(
            reply.body, {"name": name, "agent": agent, "date": self._texts.long_date(today)}
        )

    # ---- focus

    def _compose(self, mode: str, prefix: str = "") -> None:
        if self.controller.detail is not None:
            self.composer.start(mode, prefix)

    def focus_search(self) -> None:
        self.list_pane.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.list_pane.search.selectAll()

    def focus_list(self) -> None:
        self.list_pane.view.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def show_shortcuts(self) -> None:
        overview = ShortcutOverview(self)
        overview.show()
        self.overview = overview

    # ---- page

    def title(self) -> str:
        return self.tr("Inbox")

    def retranslate_ui(self) -> None:
        self.setAccessibleName(self.title())
        self.thread.setAccessibleName(self.tr("Conversation thread"))
        self.banner.setAccessibleDescription(self.tr("Message from the inbox"))
        self._update_heading()

    def shutdown(self) -> None:
        """Save the draft being written and stop polling (the window is closing)."""
        self.composer.save_draft()
        self.controller.stop()
        self.waiting_timer.stop()
        self.save_state()
