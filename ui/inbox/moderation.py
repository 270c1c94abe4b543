"""The moderation desk's refusals as sentences (registered with `ui.errors`)."""

from __future__ import annotations

from PySide6.QtCore import QObject

from ui import errors
from webcare.moderation.store import ModerationRefused


class ModerationTexts(QObject):
    def refusal(self, error: BaseException) -> str | None:
        if not isinstance(error, ModerationRefused):
            return None
        code = ModerationRefused.Code
        return {
            code.NO_MESSAGE: self.tr("That message no longer exists."),
            code.NOT_MODERATED_HERE: self.tr(
                "Only comments on Facebook and Instagram can be hidden or deleted."
            ),
            code.NOT_A_RESIDENTS_COMMENT: self.tr("Only a resident's comment can be hidden."),
            code.NOT_OWN_COMMENT: self.tr("Only a comment of the account itself can be deleted."),
            code.NOT_ON_PLATFORM: self.tr("This message is not on the platform (yet)."),
            code.ALREADY_QUEUED: self.tr("Something is already being done to this comment."),
        }[error.code]


def describe(error: BaseException) -> str | None:
    return ModerationTexts().refusal(error)


def register() -> None:
    errors.register(describe)
