"""The inbox's wiring without widgets: the models, the open conversation, and the desk's calls.

Every read and write goes to the inbox desk (`webcare.inbox.desk`) through the operation runner
(`ui.operations`), off the GUI thread; results come back by callback. A write's `Changes` are
broadcast, and the controller answers them by asking the change watcher what changed, so that
this desktop's own changes, and other agents' claims, replies and new messages, reach the
models in place the same way, without reloading any list.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from typing import Any, TypeVar

from PySide6.QtCore import QObject, Signal

from ui import errors
from ui.inbox.errors import describe_inbox_error
from ui.inbox.listmodel import ConversationListModel
from ui.inbox.models import CannedReplyModel, PeopleModel, QueueModel
from ui.inbox.pending import PendingReply, UndoEntry
from ui.inbox.texts import Texts
from ui.inbox.watcher import ChangeWatcher
from ui.operations import Operations
from webcare.clock import utcnow
from webcare.desk import Changes, Done, Topic
from webcare.inbox.actions import ChangeRefused, HeldByColleague
from webcare.inbox.choices import FilterChoices
from webcare.inbox.desk import InboxDesk, Lookups, StartInfo
from webcare.inbox.drafts import DraftMode
from webcare.inbox.labels import LabelSignature
from webcare.inbox.listing import Page
from webcare.inbox.queries import Cursor, ListQuery
from webcare.inbox.thread import ConversationDetail
from webcare.inbox.undo import Step
from webcare.inbox.watch import ChangeBatch, Watch
from webcare.users import UserInfo
from webcare.vocabulary import ConversationStatus, MessageTag

T = TypeVar("T")
LOOKUP_TOPICS = (Topic.TAGS, Topic.CANNED, Topic.USERS, Topic.ACCOUNTS)


class InboxController(QObject):
    """Signals:
    started(UserInfo): the current user is known; the models can load.
    start_failed(str): the inbox cannot start (a translated reason).
    choices_changed(FilterChoices): accounts and tags for the filters and the tag menu.
    detail_changed(object): the open conversation (ConversationDetail) or None.
    batch_applied(ChangeBatch): a change check found changes and they are in the models.
    message(str): something for the agent to read (errors, refusals), translated.
    confirm_needed(object): a reply waits for confirmation (a `PendingReply`).
    action_done(str): an action finished ("claim", "reply", "note", "status", ...).
    sent(int, str): a reply was queued or a note saved: conversation id and "reply"/"note".
    undo_available(str): the last change can be undone; says what it did (translated), or ""
        when there is nothing to undo any more.
    undone(int, str): a change was undone: the conversation and what was taken back.
    """

    started = Signal(object)
    start_failed = Signal(str)
    choices_changed = Signal(object)
    detail_changed = Signal(object)
    batch_applied = Signal(object)
    message = Signal(str)
    confirm_needed = Signal(object)
    action_done = Signal(str)
    sent = Signal(int, str)
    undo_available = Signal(str)
    undone = Signal(int, str)

    def __init__(
        self,
        desk: InboxDesk,
        operations: Operations,
        parent: QObject | None = None,
        clock: Callable[[], datetime] = utcnow,
    ) -> None:
        super().__init__(parent)
        errors.register(describe_inbox_error)
        self.desk = desk
        self.operations = operations
        self.clock = clock
        self._texts = Texts(self)
        self.me: UserInfo | None = None
        self.last_mention = 0
        self.detail: ConversationDetail | None = None
        self.open_id: int | None = None
        self._detail_generation = 0
        self.last_undo: UndoEntry | None = None
        self.drafts_at_start: dict[tuple[int, str], str] = {}

        self.conversations = ConversationListModel(self.load_page, self, clock=clock)
        self.queues = QueueModel(self)
        self.canned = CannedReplyModel(self)
        self.people = PeopleModel(self)
        self.choices: FilterChoices | None = None
        self._labels_seen: LabelSignature | None = None  # the team's labels at the last check
        self.watcher = ChangeWatcher(desk, operations, self._watch, self, clock=clock)
        self.watcher.arrived.connect(self._batch_arrived)
        operations.changed.connect(self._changed)

    # ---- calling the desk

    def _read(self, call: Callable[[], T], on_done: Callable[[T], Any]) -> None:
        self.operations.query(call, on_done, on_error=self._report, owner=self)

    def _write(
        self,
        call: Callable[[], Done[T]],
        on_done: Callable[[T], Any] | None = None,
        on_error: Callable[[str, BaseException], Any] | None = None,
    ) -> None:
        self.operations.op(call, on_done, on_error=on_error or self._report, owner=self)

    def _report(self, text: str, error: BaseException) -> None:
        self.message.emit(text)
        if isinstance(error, HeldByColleague | ChangeRefused):
            self.reload_detail()
            self.watcher.check_now()

    def _changed(self, changes: Changes) -> None:
        """A write (here, or elsewhere in this app) changed something: show it."""
        if changes.conversations:
            self.watcher.check_now()
        if changes.touches(*LOOKUP_TOPICS):
            self.refresh_lookups()

    # ---- start

    def start(self) -> None:
        """Load who I am, my drafts and where the change check starts, then everything else."""
        self.operations.query(
            self.desk.start,
            self._started,
            on_error=lambda text, _error: self.start_failed.emit(text),
            owner=self,
        )

    def _started(self, info: StartInfo) -> None:
        self.me = info.me
        self.last_mention = info.last_mention
        self.drafts_at_start = {(cid, str(mode)): text for (cid, mode), text in info.drafts.items()}
        self.started.emit(info.me)
        self.refresh_lookups()
        self.watcher.start(info.revision)

    def refresh_lookups(self) -> None:
        """Colleagues, canned replies, filter choices and queue counts."""
        self._read(self.desk.lookups, self._lookups_arrived)

    def _lookups_arrived(self, found: Lookups) -> None:
        self.people.set_items(found.people)
        self.canned.set_items(found.canned)
        self.queues.set_counts(found.counts)
        if found.choices != self.choices:
            self.choices = found.choices
            self.choices_changed.emit(found.choices)

    # ---- the list

    def load_page(
        self, query: ListQuery, cursor: Cursor | None, deliver: Callable[[Page], None]
    ) -> None:
        """The conversation model's page loader."""
        self._read(lambda: self.desk.list_page(query, cursor), deliver)

    def count_search(self, query: ListQuery, deliver: Callable[[int], None]) -> None:
        """How many conversations the search matches (capped), after its first page."""
        self._read(lambda: self.desk.search_count(query), deliver)

    # ---- the open conversation

    def open(self, conversation_id: int | None) -> None:
        """Show a conversation (None: none) and mark it read."""
        if conversation_id == self.open_id and self.detail is not None:
            return
        self.open_id = conversation_id
        self.conversations.set_pinned(conversation_id)
        if conversation_id is None:
            self.detail = None
            self.detail_changed.emit(None)
            return
        self.reload_detail(mark_read=True)

    def reload_detail(self, *, mark_read: bool = False) -> None:
        conversation_id = self.open_id
        if conversation_id is None or self.me is None:
            return
        self._detail_generation += 1
        generation = self._detail_generation

        def loaded(detail: ConversationDetail | None) -> None:
            if generation != self._detail_generation:
                return
            self._set_detail(detail)
            if mark_read:
                self.conversations.mark_read(conversation_id)

        if mark_read:
            self._write(lambda: self.desk.open(conversation_id), loaded)
        else:
            self._read(lambda: self.desk.detail(conversation_id), loaded)

    def _set_detail(self, detail: ConversationDetail | None) -> None:
        if detail is not None and detail.id != self.open_id:
            return
        self.detail = detail
        self.detail_changed.emit(detail)

    # ---- handling the open conversation (undoable)

    def _handle(self, kind: str, done: str, call: Callable[[int], Done[Step | None]]) -> None:
        """Change how the open conversation is handled; `done` (what it does, translated)
        names the step Ctrl+Z takes back."""
        conversation_id = self.open_id
        if self.me is None or conversation_id is None:
            return

        def finished(step: Step | None) -> None:
            if step is not None:
                self._offer_undo(UndoEntry(conversation_id, done, step))
            self.action_done.emit(kind)

        self._write(lambda: call(conversation_id), finished)

    def claim(self, *, expected: int | None = None) -> None:
        self._handle(
            "claim", self._texts.did_claim(), lambda cid: self.desk.claim(cid, expected=expected)
        )

    def assign(self, to: int | None, *, expected: int | None) -> None:
        me = self.me
        done = self._texts.did_assign(me is not None and to == me.id, to is None)
        self._handle("assign", done, lambda cid: self.desk.assign(cid, to, expected=expected))

    def set_status(self, status: ConversationStatus, until: datetime | None = None) -> None:
        self._handle(
            "status",
            self._texts.did_status(status),
            lambda cid: self.desk.set_status(cid, status, until=until),
        )

    def set_priority(self, priority: int) -> None:
        self._handle(
            "priority",
            self._texts.did_priority(),
            lambda cid: self.desk.set_priority(cid, priority),
        )

    def set_tag(self, name: str, tag_id: int | None, on: bool) -> None:
        if on:
            self._handle("tag", self._texts.did_tag(True), lambda cid: self.desk.add_tag(cid, name))
        elif tag_id is not None:
            self._handle(
                "tag",
                self._texts.did_tag(False),
                lambda cid: self.desk.remove_tag(cid, tag_id, name),
            )

    def _offer_undo(self, entry: UndoEntry | None) -> None:
        self.last_undo = entry
        self.undo_available.emit(entry.done if entry else "")

    def undo_last(self) -> None:
        """Take back the last undoable change (once); says so when there is none."""
        entry = self.last_undo
        if entry is None:
            self.message.emit(self._texts.nothing_to_undo())
            return
        self._offer_undo(None)

        def done(_none: None) -> None:
            self.undone.emit(entry.conversation_id, entry.done)
            self.action_done.emit("undo")

        self._write(lambda: self.desk.undo(entry.step), done)

    # ---- writing

    def add_note(self, text: str) -> None:
        conversation_id = self.open_id
        if self.me is None or conversation_id is None:
            return

        def saved(_note: int) -> None:
            self.sent.emit(conversation_id, "note")
            self.action_done.emit("note")

        self._write(lambda: self.desk.add_note(conversation_id, text), saved)

    def send_reply(
        self,
        text: str,
        *,
        confirmed: bool = False,
        expected_holder: int | None = None,
        tag: MessageTag | None = None,
    ) -> None:
        """Queue a reply; asks for confirmation (`confirm_needed`) when a colleague holds it.

        Args:
            confirmed: the agent agreed to answer for `expected_holder` (default: the holder
                the conversation pane shows).
            tag: HUMAN_AGENT: the agent chose Meta's human-agent tag (past 24 hours).
        """
        detail = self.detail
        if self.me is None or detail is None:
            return
        conversation_id = detail.id
        expected = expected_holder if expected_holder is not None else detail.assignee_id

        def refused(text_: str, error: BaseException) -> None:
            if isinstance(error, HeldByColleague) and not confirmed:
                self.confirm_needed.emit(PendingReply(conversation_id, text, error, tag))
                self.reload_detail()
                return
            self._report(text_, error)

        def queued(_queued: object) -> None:
            self.sent.emit(conversation_id, "reply")
            self.action_done.emit("reply")

        self._write(
            lambda: self.desk.send_reply(
                conversation_id, text, expected_holder=expected, confirmed=confirmed, tag=tag
            ),
            queued,
            refused,
        )

    def retry(self, message_id: int) -> None:
        if self.me is not None:
            self._write(
                lambda: self.desk.retry(message_id), lambda _c: self.action_done.emit("retry")
            )

    def save_draft(self, conversation_id: int, mode: str, text: str) -> None:
        """Keep what the agent is writing (blank: forget it)."""
        if self.me is not None and self.me.may("inbox.draft"):
            self._write(lambda: self.desk.save_draft(conversation_id, DraftMode(mode), text))

    # ---- canned replies (Settings)

    def save_canned(
        self,
        canned_id: int | None,
        shortcut: str,
        title: str,
        body: str,
        on_done: Callable[[int], Any],
        on_error: Callable[[str], Any],
    ) -> None:
        """Add or change a canned reply; `on_error` gets the reason (translated)."""
        self._write(
            lambda: self.desk.save_canned(canned_id, shortcut=shortcut, title=title, body=body),
            on_done,
            lambda text, _error: on_error(text),
        )

    def delete_canned(self, canned_id: int) -> None:
        self._write(lambda: self.desk.delete_canned(canned_id))

    # ---- what changed

    def _watch(self, recent: datetime) -> Watch:
        return Watch(self.conversations.query, self.open_id, self.last_mention, recent)

    def _batch_arrived(self, batch: ChangeBatch) -> None:
        self.queues.set_counts(batch.counts)
        if batch.labels != self._labels_seen:
            # Labels made, renamed, coloured, merged or deleted (a colleague's, or this
            # desktop's own): every page that shows labels hears it as if it were made here.
            self._labels_seen = batch.labels
            self.operations.changed.emit(Changes.of(Topic.TAGS))
        if batch.mentions:
            self.last_mention = max(m.message_id for m in batch.mentions)
        if batch.reload:
            self.conversations.reload()
            self.refresh_lookups()
        elif batch.query is not None:
            self.conversations.apply_changes(
                batch.query, batch.changed, batch.rows, set(batch.matching)
            )
        if batch.detail_id is not None and batch.detail_id == self.open_id:
            self._set_detail(batch.detail)
            row = batch.rows.get(batch.detail_id)
            if row is not None and row.unread:
                self._mark_read(batch.detail_id)  # the agent is looking at it right now
        self.batch_applied.emit(batch)

    def _mark_read(self, conversation_id: int) -> None:
        self._write(
            lambda: self.desk.mark_read(conversation_id),
            lambda _none: self.conversations.mark_read(conversation_id),
        )

    def stop(self) -> None:
        self.watcher.stop()
