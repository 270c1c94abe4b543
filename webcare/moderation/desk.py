"""The moderation desk: hide a resident's comment, show it again, or delete one of the
account's own comments, on Facebook and Instagram.

A call only queues the action (role check, one transaction, audit event); the worker carries it
out (`webcare.moderation.store.deliver`), and the thread shows it as queued, done ("hidden by
<colleague>") or refused with the platform's reason. Agents, supervisors and administrators
hide and show; deleting the account's own comment is for supervisors and administrators.
"""

from __future__ import annotations

from webcare.desk import Call, Changes, Desk, Done, operation
from webcare.moderation import store
from webcare.vocabulary import ModerationKind

OPERATION = {
    ModerationKind.HIDE: "moderation.hide",
    ModerationKind.UNHIDE: "moderation.hide",
    ModerationKind.DELETE: "moderation.delete",
}


class ModerationDesk(Desk):
    """Moderation of public comments, for the inbox and the command line."""

    @operation("moderation.hide")
    def moderate(self, call: Call, message_id: int, kind: ModerationKind) -> Done[int]:
        """Queue `kind` for one message; returns the action's id.

        Raises:
            PermissionDenied: deleting needs a supervisor or an administrator.
            ModerationRefused: not a comment this can be done to (see its codes).
        """
        call.require(OPERATION[kind])
        action = store.queue(call.session, message_id, kind, call.actor.id, call.now)
        call.audit(
            f"message.{kind.value}_queued",
            "message",
            message_id,
            {"action": action.id, "conversation": action.conversation_id},
        )
        return Done(action.id, Changes.of(conversations=[action.conversation_id]))
