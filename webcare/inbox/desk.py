"""The inbox's desk: the one door to the inbox for the interface and the command line.

Each method is an operation of `webcare.desk`: role check first, one transaction, the audit
event inside it, plain values and `Changes` out. The services it calls (`actions`, `outbox`,
`export`, ...) run in the desk's transaction and never open their own.
"""

from __future__ import annotations

from typing import IO

from webcare.desk import Call, Changes, Desk, Done, Topic, operation
from webcare.inbox import actions, export
from webcare.inbox.outbox import QueuedReply


class InboxDesk(Desk):
    """Conversations, replies, notes and the inbox export, as the acting user."""

    @operation("inbox.work")
    def send_reply(
        self,
        call: Call,
        conversation_id: int,
        text: str,
        *,
        expected_holder: int | None,
        confirmed: bool = False,
    ) -> Done[QueuedReply]:
        """Queue a reply for the worker to send (see `actions.send_reply` for the refusals)."""
        queued = actions.send_reply(
            call.session,
            conversation_id,
            text,
            by=call.actor.id,
            expected_holder=expected_holder,
            confirmed=confirmed,
            now=call.now,
        )
        call.audit(
            "reply.queued",
            "message",
            queued.message_id,
            {"conversation_id": conversation_id},
        )
        return Done(queued, Changes.of(Topic.DRAFTS, conversations=[conversation_id]))

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
