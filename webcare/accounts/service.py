"""Adding, listing, checking and removing accounts (used by `webcare accounts`)."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any
from urllib.parse import urlsplit

from sqlalchemy import func, select
from sqlalchemy.orm import Session, object_session, sessionmaker

from webcare import audit
from webcare.accounts.credentials import Credential, CredentialStore, InvalidCredentialError
from webcare.adapters import account_config, open_channel
from webcare.channel import AuthExpired, ChannelError, Identity
from webcare.errors import ConfigError, WebcareError
from webcare.storage.db import transaction
from webcare.storage.models import Account, QuarantinedItem, StreamGap
from webcare.storage.types import utcnow
from webcare.vocabulary import AccountStatus, Platform


@dataclass(frozen=True)
class GapInfo:
    """A stretch in which a stream may have missed messages (see `StreamGap`)."""

    stream: str
    start: datetime
    end: datetime
    recorded_at: datetime


@dataclass(frozen=True)
class AccountInfo:
    """An account as `accounts list` shows it.

    Attributes:
        paused: streams the platform asked us not to call yet, with the time they may again.
        gaps: stretches in which messages may be missing for good: check on the platform.
        quarantined: items of the account that could not be read, kept with their payload
            (`webcare quarantine list`).
    """

    id: int
    platform: str
    external_id: str
    name: str
    handle: str
    api_base: str | None
    page_id: str | None
    status: str
    status_reason: str | None
    rate_limited_until: datetime | None
    last_poll_at: datetime | None
    last_success_at: datetime | None
    last_message_at: datetime | None
    paused: dict[str, datetime] = field(default_factory=dict)
    gaps: list[GapInfo] = field(default_factory=list)
    quarantined: int = 0
    poll_interval_seconds: int = 60


def credential_ref(platform: Platform, external_id: str) -> str:
    return f"{platform.value}:{external_id}"


def _column_length(column: Any) -> int:
    length = getattr(column.type, "length", None)
    assert isinstance(length, int), column
    return length


NAME_MAX = _column_length(Account.__table__.c.name)
HANDLE_MAX = _column_length(Account.__table__.c.handle)
API_BASE_MAX = _column_length(Account.__table__.c.api_base)
POLL_INTERVAL_RANGE = (10, 86_400)  # ten seconds to a day
# The platforms' own rules for a handle (X: 15 characters; Instagram: 30; a Facebook Page's
# username: letters, digits and periods) and for ids (numeric; X's fit in 64 bits).
HANDLES = {
    Platform.X: re.compile(r"[A-Za-z0-9_]{1,15}"),
    Platform.INSTAGRAM: re.compile(r"[A-Za-z0-9._]{1,30}"),
    Platform.FACEBOOK: re.compile(r"[A-Za-z0-9.\-_]{1,100}"),
}
ID_DIGITS = {Platform.X: 19, Platform.INSTAGRAM: 32, Platform.FACEBOOK: 32}
_UNPRINTABLE = re.compile(r"[\x00-\x1f\x7f-\x9f\ud800-\udfff]")
# X: OAuth 1.0a user context, or an OAuth 2.0 bearer token given as an object; Meta: the
# Page access token given as an object.
X_KEYS = (
    frozenset({"consumer_key", "consumer_secret", "access_token", "access_token_secret"}),
    frozenset({"bearer_token"}),
)
META_KEYS = (frozenset({"access_token"}), frozenset({"page_access_token"}))


def _shown(value: str) -> str:
    """A value for a message: at most 40 characters of it."""
    return repr(value if len(value) <= 40 else value[:40] + "…")


def _numeric(value: str, digits: int) -> bool:
    return 0 < len(value) <= digits and value.isascii() and value.isdigit()


def validate_name(name: str) -> str:
    """A name for people: 1 to 200 printable characters."""
    text = name.strip()
    if not text:
        raise ConfigError("--name must not be empty")
    if len(text) > NAME_MAX:
        raise ConfigError(f"--name is {len(text)} characters long; at most {NAME_MAX} fit")
    if _UNPRINTABLE.search(text):
        raise ConfigError("--name must not hold control characters")
    return text


def validate_handle(platform: Platform, handle: str) -> str:
    """The account's handle as the platform spells it (a leading @ is dropped)."""
    text = handle.strip().removeprefix("@")
    rule = HANDLES[platform]
    if not rule.fullmatch(text):
        raise ConfigError(
            f"--handle {_shown(handle)} is not a {platform.value} handle "
            f"(the platform allows {rule.pattern})"
        )
    assert len(text) <= HANDLE_MAX
    return text


def validate_external_id(platform: Platform, external_id: str) -> str:
    digits = ID_DIGITS[platform]
    if not _numeric(external_id, digits):
        raise ConfigError(
            f"--external-id {_shown(external_id)} is not a {platform.value} id "
            f"(1 to {digits} digits)"
        )
    return external_id


def validate_api_base(value: str | None) -> str | None:
    """An http(s) URL with a host and a valid port, without credentials, query or fragment."""
    if value is None:
        return None
    if len(value) > API_BASE_MAX:
        raise ConfigError(f"--api-base is {len(value)} characters long; at most {API_BASE_MAX} fit")
    if _UNPRINTABLE.search(value) or any(c.isspace() for c in value):
        raise ConfigError(f"--api-base {_shown(value)} holds spaces or control characters")
    parts = urlsplit(value)
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise ConfigError(f"--api-base must be an http(s) URL with a host, not {_shown(value)}")
    try:
        port = parts.port
    except ValueError:
        port = 0
    if port == 0 or (port is None and parts.netloc.endswith(":")):
        raise ConfigError(f"--api-base {_shown(value)} has no valid port (1 to 65535)")
    if parts.username is not None or parts.password is not None:
        raise ConfigError("--api-base must not carry a user name or password")
    if parts.query or parts.fragment:
        raise ConfigError("--api-base must not have a query or a fragment")
    return value.rstrip("/")


def validate_poll_interval(seconds: int | None) -> int | None:
    low, high = POLL_INTERVAL_RANGE
    if seconds is not None and not low <= seconds <= high:
        raise ConfigError(f"--poll-interval must be {low} to {high} seconds")
    return seconds


def validate_page_id(platform: Platform, page_id: str | None) -> str | None:
    """An Instagram account needs its linked Facebook Page (its DMs go through the Page's
    conversations); no other platform takes one."""
    if platform is Platform.INSTAGRAM:
        if not page_id:
            raise ConfigError("an Instagram account needs --page-id: the linked Facebook Page")
    elif page_id is not None:
        raise ConfigError("only Instagram accounts take --page-id")
    if page_id is not None and not _numeric(page_id, ID_DIGITS[Platform.FACEBOOK]):
        raise ConfigError(f"--page-id must be a numeric Graph id, not {_shown(page_id)}")
    return page_id


def validate_credential(platform: Platform, credential: Credential) -> Credential:
    """A credential of the platform's shape: a token, or an object of its known keys."""
    if isinstance(credential, str):
        return credential
    shapes = X_KEYS if platform is Platform.X else META_KEYS
    if frozenset(credential) not in shapes:
        wanted = " or ".join("{" + ", ".join(sorted(shape)) + "}" for shape in shapes)
        raise InvalidCredentialError(
            f"a {platform.value} credential is a token, or a JSON object of {wanted}"
        )
    return credential


def add_account(
    sessions: sessionmaker[Session],
    credentials: CredentialStore,
    *,
    platform: Platform,
    name: str,
    handle: str,
    external_id: str,
    credential: Credential,
    api_base: str | None = None,
    poll_interval: int | None = None,
    page_id: str | None = None,
    actor: str = audit.CLI,
    user_id: int | None = None,
) -> tuple[AccountInfo, bool]:
    """Add an account, or replace the credential and settings of an existing one.

    Every value is checked first (ConfigError: a usage error). Then the account's row is
    written and the credential stored inside the same transaction: if the credential cannot
    be stored the row is rolled back, and if the row cannot be committed the credential is put
    back as it was (removed, for a new account). No credential without its account.

    Args:
        page_id: Instagram only, and required there: the linked Facebook Page's id.

    Returns:
        The account and whether it was created (False: updated, e.g. re-authorised).
    """
    name = validate_name(name)
    handle = validate_handle(platform, handle)
    external_id = validate_external_id(platform, external_id)
    api_base = validate_api_base(api_base)
    poll_interval = validate_poll_interval(poll_interval)
    page_id = validate_page_id(platform, page_id)
    credential = validate_credential(platform, credential)
    ref = credential_ref(platform, external_id)
    previous: Credential | None = None
    stored = False
    try:
        with transaction(sessions) as session:
            account = session.scalars(
                select(Account).where(
                    Account.platform == platform, Account.external_id == external_id
                )
            ).one_or_none()
            created = account is None
            if account is None:
                account = Account(platform=platform, external_id=external_id, credential_ref=ref)
                session.add(account)
            account.name = name
            account.handle = handle
            account.api_base = api_base
            account.page_id = page_id
            account.credential_ref = ref
            account.status = AccountStatus.ACTIVE
            account.status_reason = None
            account.failure_count = 0
            account.backoff_until = None
            clear_pauses(account)
            if poll_interval is not None:
                account.poll_interval_seconds = poll_interval
            session.flush()
            audit.record(
                session,
                actor=actor,
                user_id=user_id,
                action="account.added" if created else "account.updated",
                entity_type="account",
                entity_id=account.id,
                details={"platform": platform.value},
            )
            session.flush()
            info = _info(account)
            previous = None if created else credentials.find(ref)
            credentials.save(ref, credential)
            stored = True
    except BaseException:
        if stored:  # the row did not commit: the credential goes back as it was
            if previous is None:
                credentials.delete(ref)
            else:
                credentials.save(ref, previous)
        raise
    return info, created


def list_accounts(session: Session) -> list[AccountInfo]:
    return [_info(a) for a in session.scalars(select(Account).order_by(Account.id)).all()]


def clear_pauses(account: Account) -> None:
    """The platform answers (a check, a renewed credential): no stream waits any longer for a
    reset or regain time it announced before. A stream still limited is paused again on its
    next call."""
    account.rate_limited_until = None
    for stream in account.streams:
        stream.limited_until = None
    if account.status is AccountStatus.RATE_LIMITED:
        account.status = AccountStatus.ACTIVE


def dismiss_gaps(
    sessions: sessionmaker[Session],
    key: str,
    *,
    actor: str = audit.CLI,
    user_id: int | None = None,
) -> tuple[AccountInfo, int]:
    """A person has looked on the platform for what a gap may have missed: stop warning.

    Returns:
        The account and how many gaps were dismissed.
    """
    with transaction(sessions) as session:
        account = find_account(session, key)
        gaps = session.scalars(select(StreamGap).where(StreamGap.account_id == account.id)).all()
        for gap in gaps:
            session.delete(gap)
        if gaps:
            audit.record(
                session,
                actor=actor,
                user_id=user_id,
                action="account.gaps_dismissed",
                entity_type="account",
                entity_id=account.id,
                details={"gaps": len(gaps)},
            )
        session.flush()
        return _info(account), len(gaps)


def find_account(session: Session, key: str) -> Account:
    """An account by id, `platform:external_id` or handle."""
    query = select(Account)
    if key.isascii() and key.isdigit():
        found = session.get(Account, int(key)) if len(key) <= 9 else None
    elif ":" in key:
        platform, _, external_id = key.partition(":")
        found = session.scalars(
            query.where(Account.platform == platform, Account.external_id == external_id)
        ).one_or_none()
    else:
        matches = session.scalars(query.where(Account.handle == key.lstrip("@"))).all()
        if len(matches) > 1:
            raise WebcareError(f"{key!r} names {len(matches)} accounts; use the account id")
        found = matches[0] if matches else None
    if found is None:
        raise WebcareError(f"no account {_shown(key)}; see `webcare accounts list`")
    return found


@dataclass(frozen=True)
class CheckResult:
    account: AccountInfo
    ok: bool
    identity: Identity | None
    problem: str | None


def check_account(
    sessions: sessionmaker[Session], credentials: CredentialStore, account_id: int
) -> CheckResult:
    """Verify the credential with the platform and record the outcome on the account."""
    with sessions() as session:
        account = session.get(Account, account_id)
        assert account is not None
        config, ref = account_config(account), account.credential_ref
    identity: Identity | None = None
    problem: str | None = None
    status: AccountStatus | None = None
    try:
        channel = open_channel(config, ref, credentials)
        try:
            identity = channel.verify()
        finally:
            channel.close()
        if identity.external_id != config.external_id:
            problem = (
                f"the credential belongs to {identity.external_id} (@{identity.handle}), "
                f"not to {config.external_id}"
            )
            status = AccountStatus.ERROR
        else:
            status = AccountStatus.ACTIVE
    except AuthExpired as exc:
        problem, status = str(exc), AccountStatus.NEEDS_REAUTH
    except (ChannelError, WebcareError) as exc:
        problem = str(exc)
    with transaction(sessions) as session:
        account = session.get(Account, account_id, with_for_update=True)
        assert account is not None
        if status is not None:
            account.status = status
            account.status_reason = problem
            if status is AccountStatus.ACTIVE:
                account.failure_count = 0
                account.backoff_until = None
                account.last_success_at = utcnow()
                clear_pauses(account)
        info = _info(account)
    return CheckResult(info, problem is None, identity, problem)


def remove_account(
    sessions: sessionmaker[Session],
    credentials: CredentialStore,
    key: str,
    *,
    actor: str = audit.CLI,
    user_id: int | None = None,
) -> AccountInfo:
    with transaction(sessions) as session:
        account = find_account(session, key)
        info = _info(account)
        ref = account.credential_ref
        session.delete(account)
        audit.record(
            session,
            actor=actor,
            user_id=user_id,
            action="account.removed",
            entity_type="account",
            entity_id=info.id,
        )
    credentials.delete(ref)
    return info


def set_paused(session: Session, account_id: int, paused: bool) -> AccountInfo:
    """Stop polling and sending for an account (status "disabled"), or start again: a resumed
    account is active and polled on the worker's next pass."""
    account = find_account(session, str(account_id))
    if paused:
        account.status = AccountStatus.DISABLED
    elif account.status is AccountStatus.DISABLED:
        account.status = AccountStatus.ACTIVE
        account.failure_count = 0
        account.backoff_until = None
    session.flush()
    return _info(account)


def _info(account: Account) -> AccountInfo:
    now = utcnow()
    session = object_session(account)
    gaps = (
        session.scalars(
            select(StreamGap)
            .where(StreamGap.account_id == account.id)
            .order_by(StreamGap.missing_from, StreamGap.id)
        ).all()
        if session is not None
        else []
    )
    return AccountInfo(
        id=account.id,
        platform=account.platform.value,
        external_id=account.external_id,
        name=account.name,
        handle=account.handle,
        api_base=account.api_base,
        page_id=account.page_id,
        status=account.status.value,
        status_reason=account.status_reason,
        rate_limited_until=account.rate_limited_until,
        last_poll_at=account.last_poll_at,
        last_success_at=account.last_success_at,
        last_message_at=account.last_message_at,
        paused={
            stream.stream: stream.limited_until
            for stream in sorted(account.streams, key=lambda stream: stream.stream)
            if stream.limited_until is not None and stream.limited_until > now
        },
        gaps=[GapInfo(g.stream, g.missing_from, g.missing_until, g.recorded_at) for g in gaps],
        quarantined=(
            int(
                session.scalar(select(func.count()).where(QuarantinedItem.account_id == account.id))
                or 0
            )
            if session is not None
            else 0
        ),
        poll_interval_seconds=account.poll_interval_seconds,
    )
