"""The inbox's errors as sentences for the agent: its describer for `ui.errors`.

The core's refusals carry codes (`HeldByColleague`, `ChangeRefused`, `ReplyRefused`,
`CannedRefused`); this turns them into translated sentences, at display time so that a
language switch shows at once. `ui.errors.describe` asks it first (the inbox controller
registers it) and says the generic things (a role that does not allow it, a database that
cannot be reached) itself.
"""

from __future__ import annotations

from PySide6.QtCore import QObject

from webcare.inbox.actions import ChangeRefused, HeldByColleague
from webcare.inbox.canned import BODY_MAX, TITLE_MAX, CannedRefused
from webcare.inbox.labels import LabelRefused
from webcare.inbox.outbox import RefusalCode, ReplyRefused


class InboxErrors(QObject):
    """Translated reasons; create one where needed (cheap)."""

    def describe(self, error: BaseException) -> str | None:
        """A sentence for an inbox error, or None when the error is not the inbox's."""
        if isinstance(error, HeldByColleague):
            return self.tr("{name} already holds this conversation.").format(
                name=error.holder_name or self.tr("A colleague")
            )
        if isinstance(error, ReplyRefused):
            return self.refusal(error.code)
        if isinstance(error, CannedRefused):
            return self.canned_refusal(error.code)
        if isinstance(error, ChangeRefused):
            return self.change_refusal(error.code)
        if isinstance(error, LabelRefused):
            return self.label_refusal(error.code)
        return None

    def label_refusal(self, code: LabelRefused.Code) -> str:
        return {
            LabelRefused.Code.NO_LABEL: self.tr("This label no longer exists."),
            LabelRefused.Code.BAD_NAME: self.tr("A label needs a name of at most 100 characters."),
            LabelRefused.Code.NAME_TAKEN: self.tr(
                "Another label has that name already: merge the two instead."
            ),
            LabelRefused.Code.BAD_COLOUR: self.tr("Choose one of the colours offered."),
            LabelRefused.Code.SAME_LABEL: self.tr("Choose another label to merge into."),
        }[code]

    def change_refusal(self, code: ChangeRefused.Code) -> str:
        return {
            ChangeRefused.Code.NO_CONVERSATION: self.tr("This conversation no longer exists."),
            ChangeRefused.Code.NO_USER: self.tr("That colleague cannot be assigned."),
            ChangeRefused.Code.SNOOZE_IN_PAST: self.tr("Choose a time in the future."),
            ChangeRefused.Code.EMPTY_NOTE: self.tr("Write a note first."),
            ChangeRefused.Code.BAD_TAG: self.tr("A tag needs a name of at most 100 characters."),
            ChangeRefused.Code.BAD_PRIORITY: self.tr("Unknown priority."),
            ChangeRefused.Code.CHANGED_SINCE: self.tr(
                "Not undone: the conversation changed since (a new message, or a colleague)."
            ),
        }[code]

    def refusal(self, code: RefusalCode) -> str:
        return {
            RefusalCode.NO_CONVERSATION: self.tr("This conversation no longer exists."),
            RefusalCode.EMPTY: self.tr("Write a reply first."),
            RefusalCode.TOO_LONG: self.tr("The reply is too long for this platform."),
            RefusalCode.UNSUPPORTED_MODE: self.tr("This platform cannot send this kind of reply."),
            RefusalCode.WINDOW_CLOSED: self.tr(
                "The 24-hour window for direct messages has closed: the platform does not "
                "allow a reply until the resident writes again."
            ),
            RefusalCode.NEEDS_HUMAN_AGENT: self.tr(
                "More than 24 hours have passed since the resident's last message: only a "
                "human agent's answer with the HUMAN_AGENT tag can still be sent (up to 7 days)."
            ),
            RefusalCode.TAG_NOT_ALLOWED: self.tr(
                "Only a direct message on Messenger or Instagram can carry the HUMAN_AGENT tag."
            ),
            RefusalCode.NOTHING_TO_ANSWER: self.tr("There is no resident message to answer."),
            RefusalCode.NOT_RETRYABLE: self.tr("This reply cannot be retried."),
            RefusalCode.ALREADY_ANSWERED_PRIVATELY: self.tr(
                "This comment already has a private reply; the platform allows only one."
            ),
            RefusalCode.NOT_UNCONFIRMED: self.tr(
                "This reply was settled meanwhile (by a colleague, or its copy turned up)."
            ),
        }[code]

    def canned_refusal(self, code: CannedRefused.Code) -> str:
        return {
            CannedRefused.Code.BAD_SHORTCUT: self.tr(
                "A shortcut is one word of lower-case letters, digits, - and _ "
                "(at most 64 characters)."
            ),
            CannedRefused.Code.DUPLICATE_SHORTCUT: self.tr(
                "Another canned reply already has this shortcut."
            ),
            CannedRefused.Code.NO_TITLE: self.tr("Give the canned reply a title."),
            CannedRefused.Code.TITLE_TOO_LONG: self.tr(
                "The title is too long (at most {count} characters)."
            ).format(count=TITLE_MAX),
            CannedRefused.Code.NO_BODY: self.tr("Write the text of the canned reply."),
            CannedRefused.Code.BODY_TOO_LONG: self.tr(
                "The text is too long (at most {count} characters)."
            ).format(count=BODY_MAX),
            CannedRefused.Code.NOT_FOUND: self.tr("This canned reply no longer exists."),
        }[code]


def describe_inbox_error(error: BaseException) -> str | None:
    """The inbox's describer for `ui.errors.register`."""
    return InboxErrors().describe(error)
