"""The inbox's brain without widgets: who I am, what the models hold, what the database says.

Every database call runs on the task runner's database thread, as a closure over the session
factory and plain values; results come back by callback on the GUI thread. The change watcher
polls the change counter once a second and reads only the conversations that changed, then
applies them to the models in place: other agents' claims, replies and new messages show within
the second, without reloading any list.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any, TypeVar

from PySide6.QtCore import QObject, QTimer, Signal
from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from ui.inbox.listmodel import ConversationListModel
from ui.inbox.models import CannedReplyModel, PeopleModel, QueueModel
from ui.inbox.texts import Texts
from ui.tasks import TaskRunner
from webcare import users
from webcare.clock import utcnow
from webcare.inbox import actions, canned, changes, drafts, lifecycle, listing, thread, undo
from webcare.inbox.listing import ConversationRow, FilterChoices, Page, QueueCounts
from webcare.inbox.queries import Cursor, ListQuery
from webcare.inbox.thread import ConversationDetail
from webcare.storage.db import transaction
from webcare.storage.models import Message, MessageMention, User
from webcare.users import UserInfo
from webcare.vocabulary import ConversationStatus, Direction

T = TypeVar("T")
POLL_MS = 1_000
RELOAD_ABOVE = 400  # more changes than this at once (an import): reload instead of patching
RECENT = timedelta(hours=1)  # how far back a new message may have arrived to be notified


@dataclass(frozen=True)
class Mention:
    message_id: int
    conversation_id: int
    author_name: str


@dataclass(frozen=True)
class ChangeBatch:
    """What changed since the last poll, read in one go on the database thread."""

    revision: int
    changed: tuple[int, ...]
    query: ListQuery | None
    rows: dict[int, ConversationRow]
    matching: frozenset[int]
    counts: QueueCounts
    detail: ConversationDetail | None = None
    detail_id: int | None = None
    mentions: tuple[Mention, ...] = ()
    new_inbound: tuple[tuple[int, int], ...] = ()  # (message id, conversation id)
    reload: bool = False


@dataclass(frozen=True)
class UndoEntry:
    """The last change the agent can take back: what it did (translated) and how to undo it."""

    conversation_id: int
    done: str
    run: Callable[[Session], object]


@dataclass(frozen=True)
class StartInfo:
    me: UserInfo
    revision: int
    last_mention: int
    drafts: dict[tuple[int, drafts.DraftMode], str]


@dataclass(frozen=True)
class Lookups:
    """What the panes list besides conversations."""

    people: list[UserInfo]
    choices: FilterChoices
    canned: tuple[canned.CannedReplyView, ...]
    counts: QueueCounts


class InboxController(QObject):
    """Signals:
    started(UserInfo): the current user is known; the models can load.
    start_failed(str): the inbox cannot start (a translated reason).
    choices_changed(FilterChoices): accounts and tags for the filters and the tag menu.
    detail_changed(object): the open conversation (ConversationDetail) or None.
    batch_applied(ChangeBatch): a poll found changes and they are in the models.
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
        sessions: sessionmaker[Session],
        tasks: TaskRunner,
        username: str,
        display_name: str | None = None,
        parent: QObject | None = None,
        clock: Callable[[], datetime] = utcnow,
    ) -> None:
        super().__init__(parent)
        self._sessions = sessions
        self._tasks = tasks
        self._username = username
        self._display_name = display_name
        self.clock = clock
        self._texts = Texts(self)
        self.me: UserInfo | None = None
        self.revision = 0
        self.last_mention = 0
        self.started_at = clock()
        self.detail: ConversationDetail | None = None
        self.open_id: int | None = None
        self._detail_generation = 0
        self._polling = False
        self.last_undo: UndoEntry | None = None
        self.drafts_at_start: dict[tuple[int, str], str] = {}

        self.conversations = ConversationListModel(self.load_page, self, clock=clock)
        self.queues = QueueModel(self)
        self.canned = CannedReplyModel(self)
        self.people = PeopleModel(self)
        self.choices: FilterChoices | None = None

        self.poll_timer = QTimer(self)
        self.poll_timer.setObjectName("inbox_change_poll_timer")
        self.poll_timer.setInterval(POLL_MS)
        self.poll_timer.timeout.connect(self.poll)

    # ---- running database work

    def _read(
        self,
        fn: Callable[[Session], T],
        on_done: Callable[[T], Any] | None = None,
        on_error: Callable[[BaseException], Any] | None = None,
    ) -> None:
        sessions = self._sessions

        def run() -> T:
            with sessions() as session:
                return fn(session)

        self._tasks.submit(run, on_done, on_error or self._report, owner=self)

    def _write(
        self,
        fn: Callable[[Session], T],
        on_done: Callable[[T], Any] | None = None,
        on_error: Callable[[BaseException], Any] | None = None,
    ) -> None:
        sessions = self._sessions

        def run() -> T:
            with transaction(sessions) as session:
                return fn(session)

        self._tasks.submit(run, on_done, on_error or self._report, owner=self)

    def _report(self, error: BaseException) -> None:
        self.message.emit(self._texts.error(error))
        if isinstance(error, actions.HeldByColleague | actions.ChangeRefused):
            self.reload_detail()
            self.poll()

    # ---- start

    def start(self) -> None:
        """Make sure the current user exists, then load everything the panes need."""
        username, display_name = self._username, self._display_name

        def begin(session: Session) -> StartInfo:
            me = users.ensure_user(session, username, display_name)
            last = session.scalar(
                select(MessageMention.message_id)
                .where(MessageMention.user_id == me.id)
                .order_by(MessageMention.message_id.desc())
                .limit(1)
            )
            return StartInfo(
                me=me,
                revision=changes.current(session),
                last_mention=last or 0,
                drafts=drafts.load(session, me.id),
            )

        self._write(begin, self._started, self._start_failed)

    def _start_failed(self, error: BaseException) -> None:
        self.start_failed.emit(self._texts.error(error))

    def _started(self, info: StartInfo) -> None:
        self.me = info.me
        self.revision = info.revision
        self.last_mention = info.last_mention
        self.drafts_at_start = {(cid, str(mode)): text for (cid, mode), text in info.drafts.items()}
        self.started.emit(info.me)
        self.refresh_lookups()
        self.poll_timer.start()

    def refresh_lookups(self) -> None:
        """Colleagues, canned replies, filter choices and queue counts."""
        me = self.me
        assert me is not None

        def lookups(session: Session) -> Lookups:
            return Lookups(
                people=users.list_users(session),
                choices=listing.filter_choices(session),
                canned=canned.list_canned(session),
                counts=listing.queue_counts(session, me.id),
            )

        self._read(lookups, self._lookups_arrived)

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
        me = self.me.id if self.me else 0
        self._read(lambda session: listing.list_page(session, query, me, cursor), deliver)

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
        conversation_id, me = self.open_id, self.me
        if conversation_id is None or me is None:
            return
        self._detail_generation += 1
        generation = self._detail_generation

        def load(session: Session) -> ConversationDetail | None:
            if mark_read:
                thread.mark_read(session, conversation_id, me.id)
            return thread.load_detail(session, conversation_id)

        def loaded(detail: ConversationDetail | None) -> None:
            if generation != self._detail_generation:
                return
            self._set_detail(detail)
            if mark_read:
                self.conversations.mark_read(conversation_id)

        self._write(load, loaded)

    def _set_detail(self, detail: ConversationDetail | None) -> None:
        if detail is not None and detail.id != self.open_id:
            return
        self.detail = detail
        self.detail_changed.emit(detail)

    # ---- actions on the open conversation

    def _act(
        self,
        kind: str,
        fn: Callable[[Session], Any],
        after: Callable[[Any], Any] | None = None,
        *,
        undoable: str | None = None,
    ) -> None:
        """Run an action on the open conversation; `undoable` (what it does, translated) makes
        it the one Ctrl+Z takes back."""
        me, conversation_id = self.me, self.open_id
        work = fn
        if undoable is not None and conversation_id is not None:

            def work(session: Session) -> Any:
                return undo.undoable(session, conversation_id, kind, lambda: fn(session))

        def done(result: Any) -> None:
            if undoable is not None:
                step, result = result, None
                if isinstance(step, undo.UndoStep) and me is not None:
                    self._offer_undo(
                        UndoEntry(
                            step.conversation_id,
                            undoable,
                            lambda s: undo.undo(s, step, by=me.id),
                        )
                    )
            if after is not None:
                after(result)
            self.action_done.emit(kind)
            self.reload_detail()
            self.poll()

        self._write(work, done)

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

        def done(_result: object) -> None:
            self.undone.emit(entry.conversation_id, entry.done)
            self.action_done.emit("undo")
            self.reload_detail()
            self.poll()

        self._write(entry.run, done)

    def claim(self, *, expected: int | None = None) -> None:
        me, conversation_id = self.me, self.open_id
        if me is None or conversation_id is None:
            return
        self._act(
            "claim",
            lambda s: actions.claim(s, conversation_id, me.id, expected=expected),
            undoable=self._texts.did_claim(),
        )

    def assign(self, to: int | None, *, expected: int | None) -> None:
        me, conversation_id = self.me, self.open_id
        if me is None or conversation_id is None:
            return
        self._act(
            "assign",
            lambda s: actions.assign(s, conversation_id, to, by=me.id, expected=expected),
            undoable=self._texts.did_assign(to == me.id, to is None),
        )

    def set_status(self, status: ConversationStatus, until: datetime | None = None) -> None:
        me, conversation_id = self.me, self.open_id
        if me is None or conversation_id is None:
            return
        now = self.clock()
        self._act(
            "status",
            lambda s: actions.set_status(
                s, [conversation_id], status, by=me.id, until=until, now=now
            ),
            undoable=self._texts.did_status(status),
        )

    def set_priority(self, priority: int) -> None:
        me, conversation_id = self.me, self.open_id
        if me is None or conversation_id is None:
            return
        self._act(
            "priority",
            lambda s: actions.set_priority(s, [conversation_id], priority, by=me.id),
            undoable=self._texts.did_priority(),
        )

    def set_tag(self, name: str, tag_id: int | None, on: bool) -> None:
        me, conversation_id = self.me, self.open_id
        if me is None or conversation_id is None:
            return
        if on:

            def tagged(added: int) -> None:
                self.refresh_lookups()
                self._offer_undo(
                    UndoEntry(
                        conversation_id,
                        self._texts.did_tag(True),
                        lambda s: actions.remove_tag(s, conversation_id, added, by=me.id),
                    )
                )

            self._act("tag", lambda s: actions.add_tag(s, conversation_id, name, by=me.id), tagged)
        elif tag_id is not None:

            def untagged(removed: bool) -> None:
                if removed:
                    self._offer_undo(
                        UndoEntry(
                            conversation_id,
                            self._texts.did_tag(False),
                            lambda s: actions.add_tag(s, conversation_id, name, by=me.id),
                        )
                    )

            self._act(
                "tag",
                lambda s: actions.remove_tag(s, conversation_id, tag_id, by=me.id),
                untagged,
            )

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
        me = self.me
        if me is None:
            return

        def done(saved: int) -> None:
            self.refresh_lookups()
            on_done(saved)

        self._write(
            lambda s: canned.save_canned(
                s, canned_id=canned_id, shortcut=shortcut, title=title, body=body, by=me.id
            ),
            done,
            lambda error: on_error(self._texts.error(error)),
        )

    def delete_canned(self, canned_id: int) -> None:
        me = self.me
        if me is None:
            return
        self._write(
            lambda s: canned.delete_canned(s, canned_id, by=me.id),
            lambda _none: self.refresh_lookups(),
        )

    def save_draft(self, conversation_id: int, mode: str, text: str) -> None:
        """Keep what the agent is writing (blank: forget it)."""
        me, now = self.me, self.clock()
        if me is None:
            return
        self._write(
            lambda s: drafts.save(s, me.id, conversation_id, drafts.DraftMode(mode), text, now)
        )

    def add_note(self, text: str) -> None:
        me, conversation_id = self.me, self.open_id
        if me is None or conversation_id is None:
            return
        now = self.clock()
        self._act(
            "note",
            lambda s: actions.add_note(s, conversation_id, text, by=me.id, now=now),
            lambda _id: self.sent.emit(conversation_id, "note"),
        )

    def send_reply(
        self, text: str, *, confirmed: bool = False, expected_holder: int | None = None
    ) -> None:
        """Queue a reply; asks for confirmation (`confirm_needed`) when a colleague holds it.

        Args:
            confirmed: the agent agreed to answer for `expected_holder` (default: the holder
                the conversation pane shows).
        """
        me, detail = self.me, self.detail
        if me is None or detail is None:
            return
        conversation_id = detail.id
        expected = expected_holder if expected_holder is not None else detail.assignee_id
        now = self.clock()

        def send(session: Session) -> object:
            return actions.send_reply(
                session,
                conversation_id,
                text,
                by=me.id,
                expected_holder=expected,
                confirmed=confirmed,
                now=now,
            )

        def refused(error: BaseException) -> None:
            if isinstance(error, actions.HeldByColleague) and not confirmed:
                self.confirm_needed.emit(PendingReply(conversation_id, text, error))
                self.reload_detail()
                return
            self._report(error)

        def done(_queued: object) -> None:
            self.sent.emit(conversation_id, "reply")
            self.action_done.emit("reply")
            self.reload_detail()
            self.poll()

        self._write(send, done, refused)

    def retry(self, message_id: int) -> None:
        me = self.me
        if me is None:
            return
        self._act("retry", lambda s: actions.retry_reply(s, message_id, by=me.id))

    # ---- the change watcher

    def poll(self) -> None:
        """Read what changed since the last poll (one poll at a time)."""
        if self._polling or self.me is None:
            return
        self._polling = True
        me, since, query = self.me.id, self.revision, self.conversations.query
        open_id, last_mention, now = self.open_id, self.last_mention, self.clock()
        recent = max(self.started_at, now - RECENT)
        sessions = self._sessions

        def run() -> ChangeBatch | None:
            with transaction(sessions) as session:
                lifecycle.wake_due(session, now)
            with sessions() as session:
                revision = changes.current(session)
                if revision == since:
                    return None
                changed = changes.changed_since(session, since)
            if changed and len(changed) <= RELOAD_ABOVE:
                with transaction(sessions) as session:
                    if lifecycle.inbound_arrived(session, changed, now):
                        revision = changes.current(session)
                        changed = sorted(set(changes.changed_since(session, since)))
            with sessions() as session:
                return _read_batch(
                    session, me, revision, changed, query, open_id, last_mention, recent
                )

        def failed(error: BaseException) -> None:
            self._polling = False
            self._tasks.failed.emit(str(error) or type(error).__name__)

        self._tasks.submit(run, self._batch_arrived, failed, owner=self)

    def _batch_arrived(self, batch: ChangeBatch | None) -> None:
        self._polling = False
        if batch is None:
            return
        self.revision = batch.revision
        self.queues.set_counts(batch.counts)
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
        me = self.me
        if me is None:
            return
        self._write(
            lambda session: thread.mark_read(session, conversation_id, me.id),
            lambda _none: self.conversations.mark_read(conversation_id),
        )

    def stop(self) -> None:
        self.poll_timer.stop()


@dataclass(frozen=True)
class PendingReply:
    """A reply held back because a colleague holds the conversation."""

    conversation_id: int
    text: str
    holder: actions.HeldByColleague


def _read_batch(
    session: Session,
    me: int,
    revision: int,
    changed: list[int],
    query: ListQuery | None,
    open_id: int | None,
    last_mention: int,
    recent: datetime,
) -> ChangeBatch:
    counts = listing.queue_counts(session, me)
    mentions = tuple(
        Mention(message_id, conversation_id, author or "")
        for message_id, conversation_id, author in session.execute(
            select(Message.id, Message.conversation_id, User.display_name)
            .join(MessageMention, MessageMention.message_id == Message.id)
            .outerjoin(User, User.id == Message.author_user_id)
            .where(MessageMention.user_id == me, Message.id > last_mention)
            .order_by(Message.id)
        )
    )
    if len(changed) > RELOAD_ABOVE:
        return ChangeBatch(
            revision, tuple(changed), query, {}, frozenset(), counts, mentions=mentions, reload=True
        )
    rows = listing.load_rows(session, changed, me)
    new_inbound = tuple(
        (message_id, conversation_id)
        for message_id, conversation_id in session.execute(
            select(Message.id, Message.conversation_id).where(
                Message.conversation_id.in_(changed),
                Message.direction == Direction.INBOUND,
                Message.received_at >= recent,
            )
        )
    )
    matching = (
        frozenset(listing.matching_ids(session, query, me, changed)) if query else frozenset()
    )
    detail = None
    detail_id = None
    if open_id is not None and open_id in changed:
        detail_id = open_id
        detail = thread.load_detail(session, open_id)
    return ChangeBatch(
        revision,
        tuple(changed),
        query,
        rows,
        matching,
        counts,
        detail=detail,
        detail_id=detail_id,
        mentions=mentions,
        new_inbound=new_inbound,
    )
