"""What the agent does to the open conversation, with the questions asked first.

Claiming a colleague's conversation is a take-over, and replying to it answers for them: both
ask before the desk is called (the desk refuses them otherwise). Closing, setting pending or
snoozing takes the conversation out of the queue, so the page moves on to the next one; so
does a reply (unless the agent chose to stay), and Shift+Ctrl+Enter sends and closes.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QWidget

from ui.inbox.composer import NOTE
from ui.inbox.controller import InboxController
from ui.inbox.pending import PendingReply
from ui.inbox.prompts import InboxPrompts
from ui.inbox.texts import Texts
from webcare.inbox.canned import CannedReplyView, fill
from webcare.inbox.snooze import open_times
from webcare.inbox.thread import ConversationDetail
from webcare.team.policy import Policy
from webcare.vocabulary import RESTING, ConversationStatus, MessageTag


class ConversationWork(QObject):
    """Signals:
    message(str): something for the agent to read above the thread.
    advance(): a status change took the conversation out of the queue: show the next one.
    """

    message = Signal(str)
    advance = Signal()

    def __init__(
        self,
        controller: InboxController,
        prompts: InboxPrompts,
        window: QWidget,
        clock: Callable[[], datetime],
    ) -> None:
        super().__init__(window)
        self.controller = controller
        self.prompts = prompts
        self._window = window  # what the questions belong to
        self._clock = clock
        self._texts = Texts(self)
        self._advance_after_status = False
        self.move_on_after_reply = True  # the agent's preference (Settings)
        self._close_after_send: int | None = None
        controller.action_done.connect(self._action_done)
        controller.sent.connect(self._sent)
        controller.confirm_needed.connect(self._confirm_pending_reply)

    def _held_by_colleague(self) -> ConversationDetail | None:
        detail, me = self.controller.detail, self.controller.me
        if detail is None or me is None or not detail.held_by_colleague(me.id):
            return None
        return detail

    # ---- holding

    def claim(self) -> None:
        detail, me = self.controller.detail, self.controller.me
        if detail is None or me is None:
            return
        held = self._held_by_colleague()
        if held is None:
            if detail.assignee_id == me.id:
                self.message.emit(self.tr("This conversation is already yours."))
                return
            self.controller.claim()
            return

        def answered(yes: bool) -> None:
            if yes:
                self.controller.claim(expected=held.assignee_id)

        self.prompts.confirm(
            self._window,
            self.tr("Take over this conversation?"),
            self.tr(
                "{name} has held this conversation since {time}. Take it over? They will see "
                "that you did."
            ).format(name=held.assignee_name or "?", time=self._texts.moment(held.assigned_at)),
            self.tr("Take over"),
            answered,
        )

    def assign(self, to: int | None) -> None:
        detail = self.controller.detail
        if detail is not None:
            self.controller.assign(to, expected=detail.assignee_id)

    # ---- status

    def close(self) -> None:
        detail = self.controller.detail
        if detail is None or detail.status is ConversationStatus.CLOSED:
            return
        self.set_status(ConversationStatus.CLOSED, None)

    def set_status(self, status: ConversationStatus, until: object) -> None:
        self._advance_after_status = status in RESTING  # it leaves the open queues
        self.controller.set_status(status, until if isinstance(until, datetime) else None)

    def choose_snooze(self, policy: Policy) -> None:
        """A time of the agent's choosing, out of the team's open times (`policy`)."""

        def chosen(until: datetime | None) -> None:
            if until is not None:
                self.set_status(ConversationStatus.SNOOZED, until)

        self.prompts.ask_snooze(
            self._window,
            self.tr("Snooze until…"),
            (self.tr("&Day:"), self.tr("&Time:")),
            open_times(self._clock(), policy),
            policy.tz,
            chosen,
        )

    def cancel_advance(self) -> None:
        """An undo brought a conversation back: stay on it."""
        self._advance_after_status = False

    def _action_done(self, kind: str) -> None:
        if kind == "status" and self._advance_after_status:
            self._advance_after_status = False
            self.advance.emit()

    # ---- tags and failed replies

    def new_tag(self) -> None:
        def named(name: str | None) -> None:
            if name and name.strip():
                self.controller.set_tag(name, None, True)

        self.prompts.ask_text(self._window, self.tr("New tag"), self.tr("Name of the tag:"), named)

    def retry_all(self) -> None:
        detail = self.controller.detail
        for message_id in detail.failed_message_ids if detail else ():
            self.controller.retry(message_id)

    # ---- replies and notes

    def send(self, mode: str, text: str, tag: str = "", *, close: bool = False) -> None:
        """Queue a reply or save a note; `close`: close the conversation once it is done.

        Args:
            tag: "human_agent": the reply goes out with Meta's HUMAN_AGENT tag ("" : none).
        """
        detail = self.controller.detail
        self._close_after_send = detail.id if close and detail is not None else None
        if mode == NOTE:
            self.controller.add_note(text)
            return
        message_tag = MessageTag(tag) if tag else None
        held = self._held_by_colleague()
        if held is None:
            self.controller.send_reply(text, tag=message_tag)
            return
        self._ask_to_answer_for(held.assignee_name or "?", held.assignee_id, text, message_tag)

    def send_and_close(self, mode: str, text: str, tag: str = "") -> None:
        self.send(mode, text, tag, close=True)

    def _sent(self, conversation_id: int, mode: str) -> None:
        """A reply was queued or a note saved: close it if asked, or move on after a reply."""
        if self.controller.open_id != conversation_id:
            return  # the agent has moved on already
        if self._close_after_send == conversation_id:
            self._close_after_send = None
            self.close()
        elif mode != NOTE and self.move_on_after_reply:
            self.advance.emit()

    def _confirm_pending_reply(self, pending: PendingReply) -> None:
        holder = pending.holder
        self._ask_to_answer_for(holder.holder_name, holder.holder_id, pending.text, pending.tag)

    def _ask_to_answer_for(
        self, name: str, holder: int | None, text: str, tag: MessageTag | None = None
    ) -> None:
        def answered(yes: bool) -> None:
            if yes:
                self.controller.send_reply(text, confirmed=True, expected_holder=holder, tag=tag)

        self.prompts.confirm(
            self._window,
            self.tr("Answer a colleague's conversation?"),
            self.tr(
                "{name} holds this conversation. Send your reply anyway? Make sure the resident "
                "is not answered twice."
            ).format(name=name),
            self.tr("Send anyway"),
            answered,
        )

    def fill_canned(self, reply: CannedReplyView) -> str:
        """The canned reply's text with the resident's name, the agent's and today's date."""
        detail, me = self.controller.detail, self.controller.me
        name = ""
        if detail is not None:
            name = detail.contact_name or detail.contact_handle
        agent = me.display_name if me else ""
        today = self._clock().astimezone().date()
        return fill(
            reply.body, {"name": name, "agent": agent, "date": self._texts.long_date(today)}
        )

    # ---- the team's canned replies (Settings)

    def delete_canned(self, canned_id: int, shortcut: str, parent: QWidget) -> None:
        def answered(yes: bool) -> None:
            if yes:
                self.controller.delete_canned(canned_id)

        self.prompts.confirm(
            parent,
            self.tr("Delete canned reply"),
            self.tr("Delete the canned reply /{shortcut} for the whole team?").format(
                shortcut=shortcut
            ),
            self.tr("Delete"),
            answered,
        )
