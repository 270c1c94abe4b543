"""The inbox's desk: the one door to the inbox for the interface and the command line.

Each method is an operation of `webcare.desk`: role check first (the permission table), one
transaction, the audit event inside it, plain values and `Changes` out. The services it calls
(`actions`, `outbox`, `canned`, `drafts`, `export`, ...) run in the desk's transaction, never
open their own and check no roles themselves.

A change to how a conversation is handled (claim, assign, status, priority, a tag) returns the
step that takes it back (`undo.Step`, None when nothing changed); `undo(step)` takes it back
while nobody changed the conversation since.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import IO

from webcare import users
from webcare.desk import Call, Changes, Desk, Done, Topic, operation
from webcare.inbox import (
    actions,
    canned,
    changes,
    drafts,
    export,
    labels,
    listing,
    thread,
    unconfirmed,
    undo,
    watch,
)
from webcare.inbox.canned import CannedReplyView
from webcare.inbox.choices import FilterChoices, filter_choices
from webcare.inbox.counts import QueueCounts, queue_counts
from webcare.inbox.drafts import DraftMode
from webcare.inbox.labels import LabelView
from webcare.inbox.listing import Page
from webcare.inbox.outbox import QueuedReply
from webcare.inbox.queries import Cursor, ListQuery
from webcare.inbox.thread import ConversationDetail
from webcare.inbox.unconfirmed import UnconfirmedReply
from webcare.inbox.undo import Step, TagStep
from webcare.inbox.watch import ChangeBatch, Watch
from webcare.users import UserInfo
from webcare.vocabulary import ConversationStatus, MessageTag


@dataclass(frozen=True)
class StartInfo:
    """What a desktop needs before it shows the inbox.

    Attributes:
        revision: the change counter now; the change check starts from it.
        last_mention: the newest note mentioning the user (notifications start after it).
        drafts: what the user was writing, by conversation and mode.
    """

    me: UserInfo
    revision: int
    last_mention: int
    drafts: dict[tuple[int, DraftMode], str]


@dataclass(frozen=True)
class Lookups:
    """What the panes list besides conversations."""

    people: tuple[UserInfo, ...]
    choices: FilterChoices
    canned: tuple[CannedReplyView, ...]
    counts: QueueCounts


class InboxDesk(Desk):
    """Conversations, replies, notes, drafts, canned replies and the inbox export, as the
    acting user."""

    # ---- reading

    @operation("inbox.read", write=False)
    def start(self, call: Call) -> StartInfo:
        me = call.actor
        return StartInfo(
            me=me,
            revision=changes.current(call.session),
            last_mention=watch.last_mention(call.session, me.id),
            drafts=drafts.load(call.session, me.id),
        )

    @operation("inbox.read", write=False)
    def lookups(self, call: Call) -> Lookups:
        """Colleagues, the filters' accounts and tags, canned replies and the queue counts."""
        return Lookups(
            people=tuple(users.list_users(call.session)),
            choices=filter_choices(call.session),
            canned=canned.list_canned(call.session),
            counts=queue_counts(call.session, call.actor.id),
        )

    @operation("inbox.read", write=False)
    def list_page(self, call: Call, query: ListQuery, after: Cursor | None = None) -> Page:
        """A page of the list (a queue, filtered, or a search), after `after`."""
        return listing.list_page(call.session, query, call.actor.id, after)

    @operation("inbox.read", write=False)
    def search_count(self, call: Call, query: ListQuery) -> int:
        """How many conversations a search matches, up to 1,001 ("more than 1,000")."""
        return listing.search_count(call.session, query, call.actor.id)

    @operation("inbox.read", write=False)
    def queue_counts(self, call: Call) -> QueueCounts:
        return queue_counts(call.session, call.actor.id)

    @operation("inbox.read", write=False)
    def detail(self, call: Call, conversation_id: int) -> ConversationDetail | None:
        """The conversation with its thread (None: it no longer exists)."""
        return thread.load_detail(call.session, conversation_id)

    @operation("inbox.read", write=False)
    def check(self, call: Call, since: int, seen: Watch) -> ChangeBatch | None:
        """The change check: what changed after revision `since`; None when nothing did.

        Read-only and cheap when idle: the role check and one read of the change counter.
        """
        return watch.check(call.session, call.actor.id, since, seen)

    # ---- opening (the reader's own mark)

    @operation("inbox.open")
    def open(self, call: Call, conversation_id: int) -> Done[ConversationDetail | None]:
        """Mark the conversation read for the acting user and return it.

        A read mark is the user's own: it moves no change counter and is not audited.
        """
        thread.mark_read(call.session, conversation_id, call.actor.id, call.now)
        return Done(thread.load_detail(call.session, conversation_id))

    @operation("inbox.open")
    def mark_read(self, call: Call, conversation_id: int) -> Done[None]:
        """The user is looking at it while a new message arrives: read, as `open`."""
        thread.mark_read(call.session, conversation_id, call.actor.id, call.now)
        return Done(None)

    # ---- handling a conversation (undoable)

    @operation("inbox.work")
    def claim(
        self, call: Call, conversation_id: int, *, expected: int | None = None
    ) -> Done[Step | None]:
        """Assign to me; atomic, so of two agents claiming at once exactly one wins.

        Args:
            expected: the colleague the agent saw holding it (taking over); None: unassigned.
        """
        return self._assign(call, conversation_id, call.actor.id, expected, "claim")

    @operation("inbox.work")
    def assign(
        self, call: Call, conversation_id: int, to: int | None, *, expected: int | None
    ) -> Done[Step | None]:
        """Give the conversation to `to` (None: nobody), if `expected` still holds it."""
        return self._assign(call, conversation_id, to, expected, "assign")

    def _assign(
        self, call: Call, conversation_id: int, to: int | None, expected: int | None, kind: str
    ) -> Done[Step | None]:
        me = call.actor.id
        if to != me or actions.held_by_colleague(expected, me):
            call.require("inbox.assign_others")
        step = undo.undoable(
            call.session,
            conversation_id,
            kind,
            lambda: actions.assign(
                call.session, conversation_id, to, by=me, expected=expected, now=call.now
            ),
        )
        return Done(step, Changes.of(conversations=[conversation_id]))

    @operation("inbox.work")
    def set_status(
        self,
        call: Call,
        conversation_id: int,
        status: ConversationStatus,
        *,
        until: datetime | None = None,
    ) -> Done[Step | None]:
        """Open, set pending, snooze until `until`, or close the conversation."""
        step = undo.undoable(
            call.session,
            conversation_id,
            "status",
            lambda: actions.set_status(
                call.session, [conversation_id], status, by=call.actor.id, until=until, now=call.now
            ),
        )
        return Done(step, Changes.of(conversations=[conversation_id]))

    @operation("inbox.work")
    def set_priority(self, call: Call, conversation_id: int, priority: int) -> Done[Step | None]:
        step = undo.undoable(
            call.session,
            conversation_id,
            "priority",
            lambda: actions.set_priority(
                call.session, [conversation_id], priority, by=call.actor.id
            ),
        )
        return Done(step, Changes.of(conversations=[conversation_id]))

    @operation("inbox.work")
    def add_tag(self, call: Call, conversation_id: int, name: str) -> Done[Step | None]:
        """Tag the conversation, creating the tag when the team has none of that name."""
        tag_id = actions.add_tag(call.session, conversation_id, name, by=call.actor.id)
        step = TagStep(conversation_id, tag_id, " ".join(name.split()), added=True)
        return Done(step, Changes.of(Topic.TAGS, conversations=[conversation_id]))

    @operation("inbox.work")
    def remove_tag(
        self, call: Call, conversation_id: int, tag_id: int, name: str
    ) -> Done[Step | None]:
        """Take the tag off (`name` puts it back on undo); None when it was not there."""
        removed = actions.remove_tag(call.session, conversation_id, tag_id, by=call.actor.id)
        step = TagStep(conversation_id, tag_id, name, added=False) if removed else None
        return Done(step, Changes.of(conversations=[conversation_id] if removed else []))

    @operation("inbox.work")
    def undo(self, call: Call, step: Step) -> Done[None]:
        """Take back `step`, unless a resident or a colleague changed the conversation since.

        Raises:
            ChangeRefused(CHANGED_SINCE): it changed since; nothing is undone.
        """
        undo.undo(call.session, step, by=call.actor.id)
        topics = (Topic.TAGS,) if isinstance(step, TagStep) else ()
        return Done(None, Changes.of(*topics, conversations=[step.conversation_id]))

    # ---- writing

    @operation("inbox.work")
    def add_note(self, call: Call, conversation_id: int, text: str) -> Done[int]:
        """An internal note (never sent); `@username` mentions a colleague. Returns its id."""
        note = actions.add_note(call.session, conversation_id, text, by=call.actor.id, now=call.now)
        return Done(note, Changes.of(Topic.DRAFTS, conversations=[conversation_id]))

    @operation("inbox.work")
    def send_reply(
        self,
        call: Call,
        conversation_id: int,
        text: str,
        *,
        expected_holder: int | None,
        confirmed: bool = False,
        tag: MessageTag | None = None,
    ) -> Done[QueuedReply]:
        """Queue a reply for the worker to send (audited as `reply.queued`).

        Replying to an unassigned conversation claims it; replying to a colleague's needs
        `confirmed` and that `expected_holder` still holds it. A Messenger or Instagram
        message between 24 hours and 7 days after the resident's last one needs `tag`
        HUMAN_AGENT, chosen by the agent (the conversation's `window_state` says which).

        Raises:
            HeldByColleague: a colleague holds it and the agent has not confirmed (for them).
            ReplyRefused: the text or the platform's rules do not allow this reply.
        """
        queued = actions.send_reply(
            call.session,
            conversation_id,
            text,
            by=call.actor.id,
            expected_holder=expected_holder,
            confirmed=confirmed,
            tag=tag,
            now=call.now,
        )
        return Done(queued, Changes.of(Topic.DRAFTS, conversations=[conversation_id]))

    @operation("inbox.work")
    def retry(self, call: Call, message_id: int) -> Done[int]:
        """Queue a failed reply again; returns its conversation's id."""
        conversation_id = actions.retry_reply(call.session, message_id, by=call.actor.id)
        return Done(conversation_id, Changes.of(conversations=[conversation_id]))

    @operation("inbox.draft")
    def save_draft(
        self, call: Call, conversation_id: int, mode: DraftMode, text: str
    ) -> Done[None]:
        """Keep what the user is writing (blank: no draft). A draft is the user's own working
        state: it is not audited."""
        drafts.save(call.session, call.actor.id, conversation_id, mode, text, call.now)
        return Done(None, Changes.of(Topic.DRAFTS))

    # ---- the team's canned replies

    @operation("canned.manage")
    def save_canned(
        self, call: Call, canned_id: int | None, *, shortcut: str, title: str, body: str
    ) -> Done[int]:
        """Add (`canned_id` None) or change a canned reply; returns its id.

        Raises:
            CannedRefused: the shortcut, title or body is not acceptable, or the reply is gone.
        """
        saved = canned.save_canned(
            call.session,
            canned_id=canned_id,
            shortcut=shortcut,
            title=title,
            body=body,
            by=call.actor.id,
        )
        return Done(saved, Changes.of(Topic.CANNED))

    @operation("canned.manage")
    def delete_canned(self, call: Call, canned_id: int) -> Done[None]:
        canned.delete_canned(call.session, canned_id, by=call.actor.id)
        return Done(None, Changes.of(Topic.CANNED))

    # ---- the team's labels (Settings)

    @operation("inbox.read", write=False)
    def labels(self, call: Call) -> list[LabelView]:
        """Every label, with how many conversations carry it."""
        return labels.list_labels(call.session)

    @operation("labels.manage")
    def rename_label(self, call: Call, label_id: int, name: str) -> Done[None]:
        touched = labels.rename_label(call.session, label_id, name, by=call.actor.id)
        return Done(None, Changes.of(Topic.TAGS, conversations=touched))

    @operation("labels.manage")
    def set_label_colour(self, call: Call, label_id: int, colour: str | None) -> Done[None]:
        touched = labels.set_label_colour(call.session, label_id, colour, by=call.actor.id)
        return Done(None, Changes.of(Topic.TAGS, conversations=touched))

    @operation("labels.manage")
    def merge_labels(self, call: Call, label_id: int, into_id: int) -> Done[None]:
        touched = labels.merge_labels(call.session, label_id, into_id, by=call.actor.id)
        return Done(None, Changes.of(Topic.TAGS, conversations=touched))

    @operation("labels.manage")
    def delete_label(self, call: Call, label_id: int) -> Done[None]:
        touched = labels.delete_label(call.session, label_id, by=call.actor.id)
        return Done(None, Changes.of(Topic.TAGS, conversations=touched))

    # ---- leaving the database

    @operation("inbox.export")
    def export(self, call: Call, out: IO[str], *, format: str = "json") -> int:
        """Write every conversation with its messages to `out`; returns how many.

        Every resident's messages leave the database: only supervisors and administrators
        may, and the export is audited (with its size, never its content).
        """
        writer = export.write_csv if format == "csv" else export.write_json
        count = writer(call.session, out)
        call.audit("inbox.exported", "inbox", "*", {"format": format, "conversations": count})
        return count

    # ---- replies whose delivery is unconfirmed

    @operation("inbox.read", write=False)
    def unconfirmed_replies(self, call: Call, conversation_id: int) -> list[UnconfirmedReply]:
        """The conversation's replies that may or may not have reached the resident, with
        why, and where on the platform to look."""
        return unconfirmed.list_unconfirmed(call.session, conversation_id)

    @operation("inbox.mark_sent")
    def mark_sent(self, call: Call, message_id: int) -> Done[int]:
        """The agent saw the reply on the platform: it is sent. Returns its conversation."""
        message = unconfirmed.mark_sent(call.session, message_id)
        call.audit(
            "reply.marked_sent",
            "message",
            message_id,
            {"conversation_id": message.conversation_id, "found": message.external_id is not None},
        )
        return Done(message.conversation_id, Changes.of(conversations=[message.conversation_id]))

    @operation("inbox.send_again")
    def send_again(self, call: Call, message_id: int) -> Done[int]:
        """The agent found no copy on the platform: queue the reply once more."""
        message = unconfirmed.send_again(call.session, message_id)
        call.audit(
            "reply.sent_again", "message", message_id, {"conversation_id": message.conversation_id}
        )
        return Done(message.conversation_id, Changes.of(conversations=[message.conversation_id]))
