"""Adding, listing, checking and removing accounts (used by `webcare accounts`)."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from urllib.parse import urlsplit

from sqlalchemy import select
from sqlalchemy.orm import Session, object_session, sessionmaker

from webcare import audit
from webcare.accounts.credentials import Credential, CredentialStore
from webcare.adapters import account_config, open_channel
from webcare.channel import AuthExpired, ChannelError, Identity
from webcare.errors import ConfigError, WebcareError
from webcare.storage.db import transaction
from webcare.storage.models import Account, StreamGap
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


def credential_ref(platform: Platform, external_id: str) -> str:
    return f"{platform.value}:{external_id}"


def validate_api_base(value: str | None) -> str | None:
    if value is None:
        return None
    parts = urlsplit(value)
    if parts.scheme not in ("http", "https") or not parts.netloc:
        raise ConfigError(f"--api-base must be an http(s) URL, not {value!r}")
    return value.rstrip("/")


def validate_page_id(platform: Platform, page_id: str | None) -> str | None:
    """An Instagram account needs its linked Facebook Page (its DMs go through the Page's
    conversations); no other platform takes one."""
    if platform is Platform.INSTAGRAM:
        if not page_id:
            raise ConfigError("an Instagram account needs --page-id: the linked Facebook Page")
    elif page_id is not None:
        raise ConfigError("only Instagram accounts take --page-id")
    if page_id is not None and not page_id.isdigit():
        raise ConfigError(f"--page-id must be a numeric Graph id, not {page_id!r}")
    return page_id


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
) -> tuple[AccountInfo, bool]:
    """Add an account, or replace the credential and settings of an existing one.

    Args:
        page_id: Instagram only, and required there: the linked Facebook Page's id.

    Returns:
        The account and whether it was created (False: updated, e.g. re-authorised).
    """
    page_id = validate_page_id(platform, page_id)
    ref = credential_ref(platform, external_id)
    credentials.save(ref, credential)
    with transaction(sessions) as session:
        account = session.scalars(
            select(Account).where(Account.platform == platform, Account.external_id == external_id)
        ).one_or_none()
        created = account is None
        if account is None:
            account = Account(platform=platform, external_id=external_id, credential_ref=ref)
            session.add(account)
        account.name = name
        account.handle = handle.lstrip("@")
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
            actor=audit.CLI,
            action="account.added" if created else "account.updated",
            entity_type="account",
            entity_id=account.id,
            details={"platform": platform.value},
        )
        return _info(account), created


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


def dismiss_gaps(sessions: sessionmaker[Session], key: str) -> tuple[AccountInfo, int]:
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
                actor=audit.CLI,
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
    if key.isdigit():
        found = session.get(Account, int(key))
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
        raise WebcareError(f"no account {key!r}; see `webcare accounts list`")
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
    sessions: sessionmaker[Session], credentials: CredentialStore, key: str
) -> AccountInfo:
    with transaction(sessions) as session:
        account = find_account(session, key)
        info = _info(account)
        ref = account.credential_ref
        session.delete(account)
        audit.record(
            session,
            actor=audit.CLI,
            action="account.removed",
            entity_type="account",
            entity_id=info.id,
        )
    credentials.delete(ref)
    return info


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
    )
