"""Qt models and words of the accounts section: accounts with their health, quarantined items."""

from __future__ import annotations

from datetime import datetime
from typing import Any
from zoneinfo import ZoneInfo

from PySide6.QtCore import QObject, Qt

from ui import errors
from ui.settings.team_models import RecordsModel
from webcare.accounts.desk import AccountRefused
from webcare.accounts.quarantine import QuarantinedInfo, QuarantineError
from webcare.accounts.service import AccountInfo
from webcare.vocabulary import AccountStatus

LOCAL = ZoneInfo("Europe/Amsterdam")
PLATFORM_NAMES = {"x": "X", "facebook": "Facebook", "instagram": "Instagram"}  # never translated


def when(value: datetime | None) -> str:
    """A time as the team reads it (Europe/Amsterdam), "-" when there is none."""
    return value.astimezone(LOCAL).strftime("%d-%m-%Y %H:%M") if value else "-"


class AccountTexts(QObject):
    """The accounts' states and refusals in words; create one where needed."""

    def status(self, info: AccountInfo) -> str:
        status = AccountStatus(info.status)
        return {
            AccountStatus.ACTIVE: self.tr("working"),
            AccountStatus.NEEDS_REAUTH: self.tr("needs re-authorisation"),
            AccountStatus.RATE_LIMITED: self.tr("rate limited"),
            AccountStatus.ERROR: self.tr("error"),
            AccountStatus.DISABLED: self.tr("polling paused"),
        }[status]

    def advice(self, info: AccountInfo) -> str:
        """What the state means and what to do about it, in a sentence or two."""
        status = AccountStatus(info.status)
        lines = [
            {
                AccountStatus.ACTIVE: self.tr(
                    "Polled every {seconds} seconds; nothing to do."
                ).format(seconds=info.poll_interval_seconds),
                AccountStatus.NEEDS_REAUTH: self.tr(
                    "The platform no longer accepts the token, so nothing is read or sent. "
                    "Get a new token from the platform and choose Re-authorise."
                ),
                AccountStatus.RATE_LIMITED: self.tr(
                    "The platform asked us to wait until {until}; polling goes on by itself "
                    "then. Nothing is lost."
                ).format(until=when(info.rate_limited_until)),
                AccountStatus.ERROR: self.tr(
                    "Polling failed several times and is retried with growing pauses. Choose "
                    "Check to ask the platform now."
                ),
                AccountStatus.DISABLED: self.tr(
                    "Nothing is read or sent for this account until you resume polling."
                ),
            }[status]
        ]
        if info.status_reason:
            lines.append(self.tr("The platform said: {reason}").format(reason=info.status_reason))
        for stream, until in info.paused.items():
            lines.append(
                self.tr("{stream} waits until {until}.").format(stream=stream, until=when(until))
            )
        for gap in info.gaps:
            lines.append(
                self.tr(
                    "{stream} between {start} and {end} may be missing: look on {platform} "
                    "itself, then choose Dismiss gaps."
                ).format(
                    stream=gap.stream,
                    start=when(gap.start),
                    end=when(gap.end),
                    platform=PLATFORM_NAMES.get(info.platform, info.platform),
                )
            )
        if info.quarantined:
            lines.append(
                self.tr(
                    "%n item(s) could not be read and wait in quarantine: open Quarantine to "
                    "see why, and retry them after an update.",
                    "",
                    info.quarantined,
                )
            )
        return "\n".join(lines)

    def refusal(self, error: BaseException) -> str | None:
        if isinstance(error, QuarantineError):
            return self.tr("That item is no longer in quarantine.")
        if not isinstance(error, AccountRefused):
            return None
        code = AccountRefused.Code
        return {
            code.NO_NAME: self.tr("An account needs a name."),
            code.NO_HANDLE: self.tr("An account needs its handle or page name."),
            code.BAD_EXTERNAL_ID: self.tr("The platform's id of the account is a number."),
            code.BAD_API_BASE: self.tr("The API address is an http(s) URL."),
            code.PAGE_ID_NEEDED: self.tr(
                "An Instagram account needs the id of the Facebook Page it is linked to."
            ),
            code.PAGE_ID_NOT_TAKEN: self.tr("Only an Instagram account takes a Page id."),
            code.BAD_PAGE_ID: self.tr("The Page id is a number."),
            code.BAD_CREDENTIAL: self.tr(
                "That is not a token: one word, or a JSON object of OAuth keys (X)."
            ),
            code.NO_ACCOUNT: self.tr("That account no longer exists."),
            code.NO_CREDENTIAL_STORE: self.tr("This desktop cannot store credentials."),
        }[error.code]


def describe(error: BaseException) -> str | None:
    return AccountTexts().refusal(error)


def register() -> None:
    errors.register(describe)


class AccountsModel(RecordsModel):
    """One row per account: name, platform, state, last good poll, items in quarantine."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._words = AccountTexts(self)

    def headers(self) -> tuple[str, ...]:
        return (
            self.tr("Account"),
            self.tr("Platform"),
            self.tr("State"),
            self.tr("Last good poll"),
            self.tr("In quarantine"),
        )

    def cells(self, row: Any) -> tuple[str, ...]:
        info: AccountInfo = row
        return (
            f"{info.name} (@{info.handle})",
            PLATFORM_NAMES.get(info.platform, info.platform),
            self._words.status(info),
            when(info.last_success_at),
            str(info.quarantined),
        )

    def muted(self, row: Any) -> bool:
        return bool(row.status == AccountStatus.DISABLED)

    def row_of(self, account_id: int) -> int:
        return next((i for i, a in enumerate(self._rows) if a.id == account_id), -1)


class QuarantineModel(RecordsModel):
    """One row per quarantined item: when, which stream, why, and the payload's start."""

    def headers(self) -> tuple[str, ...]:
        return (self.tr("Received"), self.tr("Stream"), self.tr("Why"), self.tr("Payload"))

    def cells(self, row: Any) -> tuple[str, ...]:
        item: QuarantinedInfo = row
        return (when(item.received_at), item.stream, item.reason, item.preview)


PLAIN = Qt.TextFormat.PlainText
