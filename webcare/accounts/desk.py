"""The accounts desk: connected platform accounts, their health and their quarantine.

Each method is an operation of `webcare.desk` (role check first, plain values and `Changes`
out). Everybody may see the accounts and their health (the status bar counts them); an
administrator connects, checks, re-authorises, pauses and removes them (`accounts.manage`) and
reads and retries quarantined payloads (`accounts.quarantine`: they hold residents' words).

Connecting, checking and removing run their own transactions (`webcare.accounts.service`, as
`webcare accounts` does): the credential goes to the keyring before the account row is written,
and a check calls the platform, which no open transaction should wait for.
"""

from __future__ import annotations

import enum
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy.orm import Session, sessionmaker

from webcare import audit
from webcare.accounts import quarantine, service
from webcare.accounts.credentials import (
    CredentialStore,
    InvalidCredentialError,
    parse_credential,
)
from webcare.accounts.health import HealthSummary, summarize
from webcare.accounts.quarantine import QuarantinedDetail, QuarantinedInfo, RetryReport
from webcare.accounts.service import AccountInfo, CheckResult
from webcare.adapters import installed_platforms
from webcare.clock import utcnow
from webcare.desk import Call, Changes, Desk, Done, Topic, operation
from webcare.errors import ConfigError, WebcareError
from webcare.vocabulary import Platform

ACCOUNTS = Changes.of(Topic.ACCOUNTS)
QUARANTINE = Changes.of(Topic.ACCOUNTS, Topic.QUARANTINE)


class AccountRefused(WebcareError):  # noqa: N818 - a refusal, not a fault
    """The desk will not connect or change an account like this (a code for the interface)."""

    class Code(enum.StrEnum):
        NO_NAME = "no_name"
        NO_HANDLE = "no_handle"
        BAD_EXTERNAL_ID = "bad_external_id"
        BAD_API_BASE = "bad_api_base"
        PAGE_ID_NEEDED = "page_id_needed"
        PAGE_ID_NOT_TAKEN = "page_id_not_taken"
        BAD_PAGE_ID = "bad_page_id"
        BAD_CREDENTIAL = "bad_credential"
        NO_ACCOUNT = "no_account"
        NO_CREDENTIAL_STORE = "no_credential_store"

    def __init__(self, code: AccountRefused.Code, detail: str = "") -> None:
        super().__init__(code, detail)
        self.code = code
        self.detail = detail

    def __str__(self) -> str:
        return f"{self.code.value}{': ' + self.detail if self.detail else ''}"


@dataclass(frozen=True)
class Connection:
    """What connecting an account takes (the Settings page's form, `accounts add`).

    Attributes:
        credential: the token (Facebook, Instagram: the Page access token), or a JSON object
            of OAuth 1.0a keys (X); it goes to the keyring, never into the database.
        api_base: every call goes here instead of the platform (the loopback sandbox).
    """

    platform: Platform
    name: str
    handle: str
    external_id: str
    credential: str
    api_base: str | None = None
    page_id: str | None = None


def _validated(connection: Connection) -> Connection:
    code = AccountRefused.Code
    name, handle = connection.name.strip(), connection.handle.strip().lstrip("@")
    external_id = connection.external_id.strip()
    if not name:
        raise AccountRefused(code.NO_NAME)
    if not handle:
        raise AccountRefused(code.NO_HANDLE)
    if not external_id.isascii() or not external_id.isdigit() or len(external_id) > 64:
        raise AccountRefused(code.BAD_EXTERNAL_ID, external_id[:80])
    page_id = (connection.page_id or "").strip() or None
    if connection.platform is Platform.INSTAGRAM and page_id is None:
        raise AccountRefused(code.PAGE_ID_NEEDED)
    if connection.platform is not Platform.INSTAGRAM and page_id is not None:
        raise AccountRefused(code.PAGE_ID_NOT_TAKEN)
    if page_id is not None and not (page_id.isascii() and page_id.isdigit()):
        raise AccountRefused(code.BAD_PAGE_ID, page_id[:80])
    try:
        api_base = service.validate_api_base((connection.api_base or "").strip() or None)
    except ConfigError:
        raise AccountRefused(code.BAD_API_BASE, (connection.api_base or "")[:200]) from None
    return Connection(
        connection.platform, name, handle, external_id, connection.credential, api_base, page_id
    )


class AccountsDesk(Desk):
    """The connected accounts, for the Settings page, the status bar and `webcare accounts`.

    Args:
        credentials: where credentials are kept (the keyring, or the data folder's fallback
            file); None where this desk may not touch them (connect, check and remove refuse).
    """

    def __init__(
        self,
        sessions: sessionmaker[Session],
        user_id: int,
        *,
        clock: Callable[[], datetime] = utcnow,
        workstation: str | None = None,
        credentials: CredentialStore | None = None,
    ) -> None:
        super().__init__(sessions, user_id, clock=clock, workstation=workstation)
        self.credentials = credentials

    def _store(self) -> CredentialStore:
        if self.credentials is None:
            raise AccountRefused(AccountRefused.Code.NO_CREDENTIAL_STORE)
        return self.credentials

    # ---- reading

    @operation("accounts.read", write=False)
    def accounts(self, call: Call) -> list[AccountInfo]:
        """Every account with its health, its gaps and how many items wait in quarantine."""
        return service.list_accounts(call.session)

    @operation("accounts.read", write=False)
    def health(self, call: Call) -> HealthSummary:
        """The accounts counted by state, and who polls (the status bar)."""
        return summarize(call.session)

    @operation("accounts.read", write=False)
    def platforms(self, _call: Call) -> list[Platform]:
        """The platforms an adapter is installed for (those an account can be connected on)."""
        return installed_platforms()

    # ---- managing

    @operation("accounts.manage", write=False)
    def connect(self, call: Call, connection: Connection) -> Done[AccountInfo]:
        """Connect an account, or (same platform and id) renew its credential and settings.

        Raises:
            AccountRefused: a field the platform cannot take (see `AccountRefused.Code`).
        """
        return self._save(call, _validated(connection))

    @operation("accounts.manage", write=False)
    def reauthorise(self, call: Call, account_id: int, credential: str) -> Done[AccountInfo]:
        """Give an account a new credential (its settings stay); it is active again."""
        info = self._find(call, account_id)
        connection = Connection(
            Platform(info.platform),
            info.name,
            info.handle,
            info.external_id,
            credential,
            info.api_base,
            info.page_id,
        )
        return self._save(call, connection)

    def _save(self, call: Call, connection: Connection) -> Done[AccountInfo]:
        try:
            credential = parse_credential(connection.credential)
        except InvalidCredentialError as exc:
            raise AccountRefused(AccountRefused.Code.BAD_CREDENTIAL, str(exc)) from None
        info, _created = service.add_account(
            self.sessions,
            self._store(),
            platform=connection.platform,
            name=connection.name,
            handle=connection.handle,
            external_id=connection.external_id,
            credential=credential,
            api_base=connection.api_base,
            page_id=connection.page_id,
            actor=audit.user_actor(call.actor.id),
            user_id=call.actor.id,
        )
        return Done(info, ACCOUNTS)

    @operation("accounts.manage", write=False)
    def check(self, call: Call, account_id: int) -> Done[CheckResult]:
        """Ask the platform whom the credential belongs to; the outcome is the account's state
        (a refused credential: "needs re-authorisation")."""
        self._find(call, account_id)
        result = service.check_account(self.sessions, self._store(), account_id)
        return Done(result, ACCOUNTS)

    @operation("accounts.manage")
    def set_paused(self, call: Call, account_id: int, paused: bool) -> Done[AccountInfo]:
        """Stop polling and sending for an account, or start again."""
        self._find(call, account_id)
        info = service.set_paused(call.session, account_id, paused)
        call.audit("account.paused" if paused else "account.resumed", "account", account_id)
        return Done(info, ACCOUNTS)

    @operation("accounts.manage", write=False)
    def dismiss_gaps(self, call: Call, account_id: int) -> Done[int]:
        """A person looked on the platform for what may be missing: stop warning."""
        self._find(call, account_id)
        _info, count = service.dismiss_gaps(
            self.sessions,
            str(account_id),
            actor=audit.user_actor(call.actor.id),
            user_id=call.actor.id,
        )
        return Done(count, ACCOUNTS)

    @operation("accounts.manage", write=False)
    def remove(self, call: Call, account_id: int) -> Done[AccountInfo]:
        """Remove an account, its conversations and its stored credential."""
        self._find(call, account_id)
        info = service.remove_account(
            self.sessions,
            self._store(),
            str(account_id),
            actor=audit.user_actor(call.actor.id),
            user_id=call.actor.id,
        )
        return Done(info, ACCOUNTS)

    # ---- the quarantine

    @operation("accounts.quarantine", write=False)
    def quarantine(self, call: Call, account_id: int | None = None) -> list[QuarantinedInfo]:
        """The quarantined items (of one account), newest first, without their payloads."""
        return quarantine.items(call.session, account_id)

    @operation("accounts.quarantine", write=False)
    def quarantined(self, call: Call, item_id: int) -> QuarantinedDetail:
        """One quarantined item with its raw payload (untrusted text: show it as plain text).

        Raises:
            QuarantineError: no such item.
        """
        return quarantine.detail(call.session, item_id)

    @operation("accounts.quarantine")
    def retry_quarantine(
        self, call: Call, account_id: int, item_ids: Iterable[int] | None = None
    ) -> Done[RetryReport]:
        """Read the account's quarantined items again and store what reads now (the rest stays,
        with this attempt's reason).

        Raises:
            QuarantineError: an id that is not one of the account's quarantined items.
        """
        self._find(call, account_id)
        report = quarantine.retry(call.session, account_id, item_ids, call.now)
        call.audit(
            "quarantine.retried",
            "account",
            account_id,
            {"stored": len(report.stored), "still": len(report.still)},
        )
        return Done(report, QUARANTINE | Changes.of(conversations=report.conversations))

    @staticmethod
    def _find(call: Call, account_id: int) -> AccountInfo:
        for info in service.list_accounts(call.session):
            if info.id == account_id:
                return info
        raise AccountRefused(AccountRefused.Code.NO_ACCOUNT, str(account_id))
