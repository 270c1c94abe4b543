"""The inbox page: queues | conversations | the conversation, worked from the keyboard.

This module only lays out the panes and wires them to the controller (which calls the inbox
desk), to what the agent does with the open conversation (`working`) and to the keyboard.
Single-letter shortcuts never fire while the agent types: text fields claim printable keys
before shortcuts see them (Qt's ShortcutOverride).
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

from PySide6.QtCore import QModelIndex, Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QHBoxLayout, QSplitter, QWidget

from ui.context import AppContext
from ui.inbox.canned_settings import CannedSettings
from ui.inbox.composer import NOTE, REPLY
from ui.inbox.controller import InboxController
from ui.inbox.conversation_pane import ConversationPane
from ui.inbox.listmodel import WaitPolicy
from ui.inbox.notify import InboxNotifier
from ui.inbox.panes import ListPane, QueuePane
from ui.inbox.preferences import InboxSettings
from ui.inbox.prompts import InboxPrompts
from ui.inbox.roles import Roles
from ui.inbox.shortcuts import KEYS, ShortcutKeeper, ShortcutOverview
from ui.inbox.texts import Texts
from ui.inbox.working import ConversationWork
from ui.widgets.page import Page
from webcare.clock import utcnow
from webcare.inbox.listing import FilterChoices
from webcare.inbox.notifications import InboxPreferences
from webcare.inbox.queries import ConversationFilter, ListQuery, Queue
from webcare.inbox.thread import ConversationDetail
from webcare.inbox.watch import ChangeBatch
from webcare.users import UserInfo

WAITING_REFRESH_MS = 30_000


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
        self._pending_move: int | None = None
        self._return_to: int | None = None  # an undone conversation, to select once listed
        self._search = ""

        self.controller = InboxController(
            context.desks.inbox, context.operations, self, clock=clock
        )
        self.work = ConversationWork(self.controller, self.prompts, self, clock)
        self.model = self.controller.conversations
        self.notifier = InboxNotifier(self)
        self.notifier.clock = clock
        self.notifier.notice.connect(self.notice)

        self.queue_pane = QueuePane(self.controller.queues, self)
        self.list_pane = ListPane(self.model, self)
        self.list_pane.delegate.now = clock
        conversation = ConversationPane(self.work.fill_canned, clock, self)
        self.conversation = conversation
        self.header = conversation.header
        self.banner = conversation.banner
        self.thread_view = conversation.thread_view
        self.composer = conversation.composer
        self.composer.set_sources(self.controller.canned, self.controller.people)
        # A hidden child until the Settings page adopts it: never a Python-owned widget.
        self.settings = InboxSettings(self)
        self.settings.hide()
        self.canned_settings = CannedSettings(
            self.controller.canned, self.controller.save_canned, self
        )
        self.canned_settings.hide()

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
        self.controller.start()

    # ---- wiring

    def _connect(self) -> None:
        c = self.controller
        c.started.connect(self._started)
        c.start_failed.connect(self.show_message)
        c.detail_changed.connect(self._show_detail)
        c.message.connect(self.show_message)
        c.batch_applied.connect(self._batch_applied)
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
        work = self.work
        work.message.connect(self.show_message)
        work.advance.connect(lambda: self.step(1))
        self.header.claim_requested.connect(work.claim)
        self.header.assign_requested.connect(work.assign)
        self.header.status_requested.connect(work.set_status)
        self.header.snooze_choice_requested.connect(work.choose_snooze)
        self.header.priority_requested.connect(c.set_priority)
        self.header.tag_requested.connect(c.set_tag)
        self.header.new_tag_requested.connect(work.new_tag)
        self.header.retry_requested.connect(work.retry_all)
        self.thread_view.retry_requested.connect(c.retry)
        self.composer.send_requested.connect(work.send)
        self.composer.leave_requested.connect(self.focus_list)
        self.settings.changed.connect(self.set_preferences)
        self.canned_settings.delete_requested.connect(self._delete_canned)

    def _build_shortcuts(self) -> None:
        handlers: dict[str, Callable[[], None]] = {
            "next": lambda: self.step(1),
            "previous": lambda: self.step(-1),
            "reply": lambda: self._compose(REPLY),
            "note": lambda: self._compose(NOTE),
            "canned": lambda: self._compose(REPLY, "/"),
            "claim": self.work.claim,
            "close": self.work.close,
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
        self.work.delete_canned(canned_id, shortcut, self.canned_settings)

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

    def step(self, delta: int) -> None:
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
        self.conversation.show_detail(detail, self.me)

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
        self.work.cancel_advance()
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
        self.conversation.show_message(text)

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
        self._update_heading()

    def shutdown(self) -> None:
        """Save the draft being written and stop polling (the window is closing)."""
        self.composer.save_draft()
        self.controller.stop()
        self.waiting_timer.stop()
        self.save_state()
