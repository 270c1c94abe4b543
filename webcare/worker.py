"""The worker: polls every account, sends the outbox, and backs off per account.

`Worker.run_once()` is one pass over every account (`webcare worker --once`); `run_forever()`
schedules the same steps with APScheduler 3: a poll job per account on its interval and a
frequent outbox job. One failing account never stops the others: its failure is recorded on
the account (status, reason, backoff) and the pass goes on.

Backoff: a temporary failure waits exponentially longer (with jitter) before the next try; a
rate limit waits until the platform's reset time (per stream where the platform says which);
a rejected credential stops the account with status "needs re-authorisation" until a person
checks or re-adds it.
"""

from __future__ import annotations

import logging
import os
import random
import socket
import threading
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime, timedelta

from sqlalchemy import delete, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from webcare import audit
from webcare.accounts.credentials import CredentialError, CredentialStore
from webcare.adapters import NoAdapterError, account_config, open_channel
from webcare.channel import (
    AccountConfig,
    AuthExpired,
    Channel,
    ChannelError,
    RateLimited,
    Rejected,
    Transient,
    capped_pause,
)
from webcare.errors import WebcareError
from webcare.inbox import lifecycle, sender
from webcare.inbox.ingest import IngestReport, ingest
from webcare.residents import retention
from webcare.runtime import Database
from webcare.storage.db import transaction
from webcare.storage.models import Account, AccountStream, WorkerLease
from webcare.storage.types import utcnow
from webcare.vocabulary import AccountStatus, DeliveryState

log = logging.getLogger(__name__)

LEASE_NAME = "worker"
LEASE_TTL = timedelta(seconds=60)
LEASE_RENEW_SECONDS = 20
OUTBOX_STREAM = "outbox"
BACKOFF_BASE = timedelta(seconds=30)
BACKOFF_CAP = timedelta(minutes=30)
OUTBOX_INTERVAL_SECONDS = 2
ACCOUNTS_REFRESH_SECONDS = 15

ChannelOpener = Callable[[AccountConfig, str, CredentialStore], Channel]


class WorkerBusyError(WebcareError):
    """Another worker holds the lease on this database."""

    def __init__(self, holder: str, until: datetime) -> None:
        super().__init__(holder, until)
        self.holder = holder
        self.until = until

    def __str__(self) -> str:
        return (
            f"another worker ({self.holder}) is active on this database until "
            f"{self.until.isoformat(timespec='seconds')}; only one worker may run"
        )


@dataclass
class AccountOutcome:
    """What one pass did for one account."""

    account_id: int
    polled: bool = False
    skipped: str | None = None
    ingested: IngestReport | None = None
    sent: sender.SendReport | None = None
    error: str | None = None


@dataclass
class PassReport:
    accounts: list[AccountOutcome] = field(default_factory=list)


def backoff_delay(failures: int, rng: random.Random) -> timedelta:
    """Exponential backoff with jitter: about 30 s, 60 s, 2 min … capped at 30 minutes."""
    exponent = min(max(failures - 1, 0), 16)
    delay = min(BACKOFF_BASE * (1 << exponent), BACKOFF_CAP)
    return delay * rng.uniform(0.5, 1.0)


class Worker:
    """Polls and sends for every account of one database.

    Args:
        opener: builds a channel for an account (tests and the demo use the real adapters;
            this is the seam where the core reaches them through entry points).
    """

    def __init__(
        self,
        database: Database,
        credentials: CredentialStore,
        *,
        opener: ChannelOpener = open_channel,
        rng: random.Random | None = None,
        holder: str | None = None,
    ) -> None:
        self.database = database
        self.credentials = credentials
        self.opener = opener
        self.rng = rng or random.Random()
        self.holder = holder or f"{socket.gethostname()}:{os.getpid()}"
        self._locks: dict[int, threading.Lock] = {}
        self._locks_guard = threading.Lock()
        self._channels: dict[int, tuple[tuple[object, ...], Channel]] = {}

    # ---- lease

    def acquire_lease(self, now: datetime | None = None) -> None:
        """Become the active worker, or raise WorkerBusyError."""
        now = now or utcnow()
        try:
            with transaction(self.database.sessions) as session:
                lease = session.get(WorkerLease, LEASE_NAME, with_for_update=True)
                if lease is None:
                    session.add(
                        WorkerLease(
                            name=LEASE_NAME,
                            holder=self.holder,
                            acquired_at=now,
                            expires_at=now + LEASE_TTL,
                        )
                    )
                    return
                held = lease.holder != self.holder and lease.expires_at > now
                if held and not _holder_is_dead(lease.holder):
                    raise WorkerBusyError(lease.holder, lease.expires_at)
                if lease.holder != self.holder:
                    lease.acquired_at = now
                lease.holder = self.holder
                lease.expires_at = now + LEASE_TTL
        except IntegrityError:  # another worker inserted the lease at the same moment
            self.acquire_lease(now)

    def release_lease(self) -> None:
        with transaction(self.database.sessions) as session:
            session.execute(
                delete(WorkerLease).where(
                    WorkerLease.name == LEASE_NAME, WorkerLease.holder == self.holder
                )
            )

    # ---- one pass

    def run_once(self) -> PassReport:
        """One pass over every account: poll, then send its outbox."""
        self.acquire_lease()
        try:
            report = PassReport()
            self.housekeeping()
            for account_id in self.account_ids():
                outcome = self.poll(account_id)
                if outcome.error is None and outcome.skipped not in ("needs_reauth", "disabled"):
                    self.send(account_id, outcome)
                report.accounts.append(outcome)
            return report
        finally:
            self.release_lease()
            self.close_channels()

    def housekeeping(self, now: datetime | None = None) -> list[int]:
        """Wake snoozed conversations whose time has come; returns their ids.

        Only the lease holder does this (every pass, and on the scheduler): desktops' change
        checks only read (see `webcare.inbox.lifecycle`).
        """
        with transaction(self.database.sessions) as session:
            woken = lifecycle.wake_due(session, now)
        # ---- residents: the daily retention run, where the lease is held (at most once a day)
        try:
            retention.run_if_due(self.database.sessions, now=now or utcnow())
        except Exception:  # retention must never stop polling and sending
            log.error("the retention run failed; it is tried again later", exc_info=True)
        # ----
        return woken

    def account_ids(self) -> list[int]:
        with self.database.sessions() as session:
            return list(session.scalars(select(Account.id).order_by(Account.id)).all())

    def _lock(self, account_id: int) -> threading.Lock:
        with self._locks_guard:
            return self._locks.setdefault(account_id, threading.Lock())

    def _channel(self, account: Account) -> Channel:
        # Rebuilt when the account's connection settings change; a rejected credential drops
        # the cached channel (see _record_failure), so a re-added credential is read again.
        key = (
            account.platform,
            account.external_id,
            account.api_base,
            account.handle,
            account.page_id,
        )
        cached = self._channels.get(account.id)
        if cached is not None and cached[0] == key:
            return cached[1]
        if cached is not None:
            cached[1].close()
        channel = self.opener(account_config(account), account.credential_ref, self.credentials)
        self._channels[account.id] = (key, channel)
        return channel

    def close_channels(self) -> None:
        for _, channel in self._channels.values():
            channel.close()
        self._channels.clear()

    def poll(self, account_id: int, now: datetime | None = None) -> AccountOutcome:
        """Fetch and ingest one account, recording any failure on the account."""
        outcome = AccountOutcome(account_id)
        with self._lock(account_id):
            now = now or utcnow()
            with self.database.sessions() as session:
                account = session.get(Account, account_id)
                if account is None:
                    outcome.skipped = "removed"
                    return outcome
                reason = self._skip_reason(account, now)
                if reason is not None:
                    outcome.skipped = reason
                    return outcome
                cursors = {s.stream: s.cursor for s in account.streams if s.cursor is not None}
                paused = {
                    s.stream: s.limited_until
                    for s in account.streams
                    if s.limited_until is not None and s.limited_until > now
                }
                try:
                    channel = self._channel(account)
                except (CredentialError, NoAdapterError) as exc:
                    self._record_failure(account_id, exc, now)
                    outcome.error = str(exc)
                    return outcome
            try:
                result = channel.fetch(cursors, paused)
            except Exception as exc:  # one account must never stop the others
                self._record_failure(account_id, exc, now)
                outcome.error = str(exc) or type(exc).__name__
                return outcome
            with transaction(self.database.sessions) as session:
                outcome.ingested = ingest(session, account_id, result, utcnow())
            outcome.polled = True
            return outcome

    def send(
        self, account_id: int, outcome: AccountOutcome | None = None, *, wait: bool = True
    ) -> AccountOutcome:
        """Deliver one account's outbox, recording any failure on the account.

        Args:
            wait: False lets the frequent outbox job skip an account that is busy polling
                (it comes back two seconds later) instead of holding up the other accounts.
        """
        outcome = outcome or AccountOutcome(account_id)
        lock = self._lock(account_id)
        if not lock.acquire(blocking=wait):
            outcome.skipped = "busy"
            return outcome
        try:
            return self._send_locked(account_id, outcome)
        finally:
            lock.release()

    def _send_locked(self, account_id: int, outcome: AccountOutcome) -> AccountOutcome:
        now = utcnow()
        with self.database.sessions() as session:
            account = session.get(Account, account_id)
            if account is None or not self._has_outbox_work(session, account_id):
                return outcome
            if self._skip_reason(account, now) is not None:
                return outcome  # re-authorisation needed, disabled, or backing off
            stream = session.get(AccountStream, (account_id, OUTBOX_STREAM))
            if stream is not None and stream.limited_until and stream.limited_until > now:
                return outcome
            try:
                channel = self._channel(account)
            except (CredentialError, NoAdapterError) as exc:
                self._record_failure(account_id, exc, now)
                outcome.error = str(exc)
                return outcome
        try:
            outcome.sent = sender.deliver(self.database.sessions, account_id, channel)
        except RateLimited as exc:
            self._pause_outbox(account_id, capped_pause(exc.until, now))
            outcome.error = str(exc)
        except Exception as exc:  # one account must never stop the others
            self._record_failure(account_id, exc, now)
            outcome.error = str(exc) or type(exc).__name__
        return outcome

    @staticmethod
    def _has_outbox_work(session: Session, account_id: int) -> bool:
        return bool(
            sender.pending(session, account_id, DeliveryState.QUEUED, DeliveryState.SENDING)
        )

    @staticmethod
    def _skip_reason(account: Account, now: datetime) -> str | None:
        if account.status is AccountStatus.NEEDS_REAUTH:
            return "needs_reauth"
        if account.status is AccountStatus.DISABLED:
            return "disabled"
        if account.backoff_until is not None and account.backoff_until > now:
            return "backoff"
        return None

    def _pause_outbox(self, account_id: int, until: datetime) -> None:
        with transaction(self.database.sessions) as session:
            stream = session.get(AccountStream, (account_id, OUTBOX_STREAM))
            if stream is None:
                session.add(
                    AccountStream(account_id=account_id, stream=OUTBOX_STREAM, limited_until=until)
                )
            else:
                stream.limited_until = until

    def _record_failure(self, account_id: int, exc: BaseException, now: datetime) -> None:
        """Put the failure on the account so that people (and the next pass) can see it."""
        with transaction(self.database.sessions) as session:
            account = session.get(Account, account_id, with_for_update=True)
            if account is None:
                return
            account.last_poll_at = now
            if isinstance(exc, AuthExpired):
                account.status = AccountStatus.NEEDS_REAUTH
                account.status_reason = str(exc)
                audit.record(
                    session,
                    actor=audit.WORKER,
                    action="account.needs_reauth",
                    entity_type="account",
                    entity_id=account_id,
                )
                self._forget_channel(account_id)
                return
            if isinstance(exc, RateLimited):
                until = capped_pause(exc.until, now)  # never a pause of years
                account.status = AccountStatus.RATE_LIMITED
                account.rate_limited_until = until
                account.backoff_until = until
                account.status_reason = None
                return
            account.failure_count += 1
            account.backoff_until = now + backoff_delay(account.failure_count, self.rng)
            account.status_reason = _reason(exc)
            if isinstance(exc, Transient) and account.failure_count < 3:
                return  # a blip: stay active, try again after the backoff
            account.status = AccountStatus.ERROR
        if not isinstance(exc, ChannelError | WebcareError):
            log.error("account %s: unexpected failure", account_id, exc_info=exc)

    def _forget_channel(self, account_id: int) -> None:
        cached = self._channels.pop(account_id, None)
        if cached is not None:
            cached[1].close()

    # ---- scheduled

    def run_forever(self, stop: threading.Event | None = None) -> None:
        """Schedule polls and sends until `stop` is set (or the process is signalled)."""
        from webcare.scheduling import WorkerSchedule

        WorkerSchedule(self).run(stop or threading.Event())


def _holder_is_dead(holder: str) -> bool:
    """A lease held by a process of this machine that no longer exists (killed, crashed)."""
    host, _, pid = holder.rpartition(":")
    if host != socket.gethostname() or not pid.isdigit():
        return False
    try:
        os.kill(int(pid), 0)
    except ProcessLookupError:
        return True
    except PermissionError:
        return False
    return False


def _reason(exc: BaseException) -> str:
    if isinstance(exc, Rejected):
        return f"rejected: {exc.reason}"
    text = str(exc) or type(exc).__name__
    return text.splitlines()[0][:500]
