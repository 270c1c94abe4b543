"""The inbox page: queues | conversations | the conversation, worked from the keyboard.

This module only lays out the panes and wires them to the controller (which calls the inbox
desk), to what the agent does with the open conversation (`working`) and to the keyboard.
Single-letter shortcuts never fire while the agent types: text fields claim printable keys
before shortcuts see them (Qt's ShortcutOverride).
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import QHBoxLayout, QSplitter, QWidget

from ui.context import AppContext
from ui.inbox import moderation as moderation_texts
from ui.inbox.canned_settings import CannedSettings
from ui.inbox.composer import NOTE, REPLY
from ui.inbox.controller import InboxController
from ui.inbox.conversation_pane import ConversationPane
from ui.inbox.heading import ListHeading
from ui.inbox.label_settings import LabelSettings
from ui.inbox.navigation import ListNavigation
from ui.inbox.notify import InboxNotifier
from ui.inbox.panes import ListPane, QueuePane
from ui.inbox.policy_feed import PolicyFeed
from ui.inbox.preferences import InboxSettings
from ui.inbox.prompts import InboxPrompts
from ui.inbox.shortcuts import ShortcutKeeper, ShortcutOverview, bind_shortcuts
from ui.inbox.texts import Texts
from ui.inbox.unconfirmed import UnconfirmedPanel
from ui.inbox.working import ConversationWork
from ui.residents.panel import ResidentPanel
from ui.widgets.page import Page
from webcare.clock import utcnow
from webcare.inbox.choices import FilterChoices
from webcare.inbox.notifications import InboxPreferences
from webcare.inbox.queries import ConversationFilter, ListQuery
from webcare.inbox.thread import ConversationDetail
from webcare.inbox.watch import ChangeBatch
from webcare.users import UserInfo
from webcare.vocabulary import ModerationKind

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
        self._search = ""
        self._drafts: set[tuple[int, str]] = set()  # (conversation, mode) with text kept

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
        # Replies whose delivery is unconfirmed, with what the agent can do (issue 10).
        self.unconfirmed = UnconfirmedPanel(context, self.prompts, self)
        conversation.add_notice(self.unconfirmed)
        self.policy_feed = PolicyFeed(  # the team's policy: waiting times, hours, snoozing
            context.operations, context.desks.team, [self.model, self.notifier, self.header], self
        )
        self.composer.set_sources(self.controller.canned, self.controller.people)
        # A hidden child until the Settings page adopts it: never a Python-owned widget.
        self.settings = InboxSettings(self)
        self.settings.hide()
        self.canned_settings = CannedSettings(
            self.controller.canned, self.controller.save_canned, self
        )
        self.canned_settings.hide()
        self.label_settings = LabelSettings(
            context.operations, context.desks.inbox, self.prompts, self
        )
        self.label_settings.hide()

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
        self.policy_feed.load()
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
        c.sent.connect(lambda _cid, _mode: self.focus_list())  # N, R, J are shortcuts again
        c.undo_available.connect(self._undo_available)
        self.composer.draft_changed.connect(c.save_draft)
        self.composer.draft_changed.connect(self._draft_changed)
        c.sent.connect(lambda cid, mode: self._draft_changed(cid, mode, ""))
        c.undone.connect(self._undone)
        c.choices_changed.connect(self._choices_changed)
        c.choices_changed.connect(lambda _c: self.label_settings.load())  # another desktop's
        c.people.modelReset.connect(self._people_changed)
        c.queues.dataChanged.connect(lambda *_: self._update_heading())
        self.queue_pane.queue_chosen.connect(lambda _q: self._update_query())
        self.queue_pane.filters_changed.connect(self._update_query)
        self.queue_pane.filters_changed.connect(self._update_heading)
        self.list_pane.search_changed.connect(self._search_changed)
        self.list_pane.sort_changed.connect(lambda _o: self._update_query())
        self.navigation = ListNavigation(c, self.list_pane)  # J, K and the list's current row
        self.heading = ListHeading(c, self.queue_pane, self.list_pane)
        self.heading.unassigned_changed.connect(self.unassigned_changed)
        self.model.reset_done.connect(self.heading.search_counted)
        work = self.work
        work.message.connect(self.show_message)
        work.advance.connect(lambda: self.step(1))
        self.header.claim_requested.connect(work.claim)
        self.header.assign_requested.connect(work.assign)
        self.header.status_requested.connect(work.set_status)
        self.header.snooze_choice_requested.connect(lambda: work.choose_snooze(self.header.policy))
        self.header.priority_requested.connect(c.set_priority)
        self.header.tag_requested.connect(c.set_tag)
        self.header.new_tag_requested.connect(work.new_tag)
        self.header.retry_requested.connect(work.retry_all)
        self.thread_view.retry_requested.connect(c.retry)
        # ---- moderation: hide, show again, delete, queued through the moderation desk
        self.thread_view.moderation_requested.connect(self._moderate)
        moderation_texts.register()
        self.composer.send_requested.connect(work.send)
        self.composer.send_close_requested.connect(work.send_and_close)
        self.composer.leave_requested.connect(self.focus_list)
        self.settings.changed.connect(self.set_preferences)
        self.canned_settings.delete_requested.connect(self._delete_canned)
        self.unconfirmed.message.connect(self.show_message)
        self.unconfirmed.settled.connect(lambda _id: self.controller.reload_detail())
        # A policy change moves the counter: its batch (no conversation in it) reaches the feed.
        c.batch_applied.connect(lambda _batch: self.policy_feed.counter_moved())

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
        self.shortcuts = bind_shortcuts(self, handlers)

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
        state.inbox_sort = self.list_pane.queue_sort()
        state.inbox_splitter = self.splitter.saveState()

    def set_preferences(self, preferences: InboxPreferences) -> None:
        self.notifier.preferences = preferences
        self.work.move_on_after_reply = preferences.move_on_after_reply
        self.context.state.inbox_preferences = preferences

    def settings_section(self) -> InboxSettings:
        """The inbox's group for the Settings page (this agent's notifications)."""
        return self.settings

    def canned_section(self) -> CannedSettings:
        """The team's canned replies, for the Settings page."""
        return self.canned_settings

    def labels_section(self) -> LabelSettings:
        """The team's labels, for the Settings page."""
        return self.label_settings

    def _delete_canned(self, canned_id: int, shortcut: str) -> None:
        self.work.delete_canned(canned_id, shortcut, self.canned_settings)

    # ---- start and the list

    def _started(self, me: UserInfo) -> None:
        self.me = me
        self.composer.load_drafts(self.controller.drafts_at_start)
        self._drafts = {key for key, text in self.controller.drafts_at_start.items() if text}
        self.model.set_drafts({cid for cid, _mode in self._drafts})
        self.notifier.me = me.id
        self._update_query()
        self.waiting_timer.start()
        self._show_detail(None)

    def _draft_changed(self, conversation_id: int, mode: str, text: str) -> None:
        """The list marks the conversations with a draft (a reply or note being written)."""
        key = (conversation_id, mode)
        if text.strip():
            self._drafts.add(key)
        else:
            self._drafts.discard(key)
        self.model.set_drafts({cid for cid, _mode in self._drafts})

    def _choices_changed(self, choices: FilterChoices) -> None:
        self.queue_pane.set_choices(choices)
        self.header.set_tags(choices.tags)

    def _people_changed(self) -> None:
        people = self.controller.people.items()
        self.queue_pane.set_people(people)
        self.header.set_people(people)

    def _search_changed(self, text: str) -> None:
        self._search = text.strip()
        self.list_pane.set_searching(bool(self._search))
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
        self.heading.update()

    def step(self, delta: int) -> None:
        """Next (1) or previous (-1) conversation; fetches the next page at the end."""
        self.navigation.step(delta)

    # ---- the open conversation

    def _show_detail(self, detail: ConversationDetail | None) -> None:
        self.conversation.show_detail(detail, self.me)
        self.unconfirmed.show_detail(detail)

    def _refresh_detail_texts(self) -> None:
        self.composer.set_context(self.controller.detail, self.me)

    def _batch_applied(self, batch: ChangeBatch) -> None:
        self._update_heading()
        self.notifier.consider(batch)
        self.navigation.select_returned()

    def _undo_available(self, done: str) -> None:
        if done:
            self.show_message(self._texts.undo_hint(done))

    def _undone(self, conversation_id: int, done: str) -> None:
        """Back to the conversation the undo restored (a closed one left the list)."""
        self.show_message(self._texts.undone(done))
        self.work.cancel_advance()
        self.controller.open(conversation_id)
        self.navigation.return_to(conversation_id)

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

    def _moderate(self, message_id: int, kind: str) -> None:
        desk = self.context.desks.moderation
        self.context.operations.op(lambda: desk.moderate(message_id, ModerationKind(kind)))

    def focus_list(self) -> None:
        self.composer.editor.close_completions()  # open, it would type the next keys there
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
