"""The worker: polls every account, sends the outbox, and backs off per account.

`Worker.run_once()` is one pass over every account (`webcare worker --once`); `run_forever()`
schedules the same steps with APScheduler 3: a poll job per account on its interval and a
frequent outbox job. One failing account never stops the others: its failure is recorded on
the account (status, reason, backoff) and the pass goes on.

Only the holder of the worker lease works (`webcare.lease`): the lease is renewed by a
heartbeat while a pass runs, every write is fenced by its generation, and a worker that finds
it lost the lease stops before its next write or send (`LeaseLost`). `worker.lease` is the API
other jobs of the worker use to claim their own rows (see `webcare.lease`).

Backoff: a temporary failure waits exponentially longer (with jitter) before the next try; a
rate limit waits until the platform's reset time (per stream where the platform says which);
a rejected credential stops the account with status "needs re-authorisation" until a person
checks or re-adds it.
"""

from __future__ import annotations

import logging
import random
import threading
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from datetime import datetime, timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session

from webcare import audit, config
from webcare.accounts.credentials import CredentialError, CredentialStore
from webcare.adapters import NoAdapterError, account_config, open_channel
from webcare.calendar.engine import Fence, PublishingEngine, PublishReport
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
from webcare.lease import Lease, LeaseLost, WorkerBusyError, default_holder
from webcare.moderation import store as moderation
from webcare.residents import retention
from webcare.runtime import Database
from webcare.storage.models import Account, AccountStream
from webcare.storage.types import utcnow
from webcare.vocabulary import AccountStatus, DeliveryState

__all__ = ["LeaseLost", "PassReport", "Worker", "WorkerBusyError"]

log = logging.getLogger(__name__)

# How long the lease lasts without renewal (the heartbeat renews it every third of this): a
# standby worker takes over this long after the active one stops, within the minute a team
# may go unserved. WEBCARE_LEASE_SECONDS overrides it.
LEASE_TTL = timedelta(seconds=30)
OUTBOX_STREAM = "outbox"
BACKOFF_BASE = timedelta(seconds=30)
BACKOFF_CAP = timedelta(minutes=30)
OUTBOX_INTERVAL_SECONDS = 2
ACCOUNTS_REFRESH_SECONDS = 15
# Accounts polled at once in one pass: a slow platform (each request may take up to its
# 15-second deadline) never holds up the other accounts.
PASS_THREADS = 8

ChannelOpener = Callable[[AccountConfig, str, CredentialStore], Channel]


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
    publishing: PublishReport | None = None  # the calendar's posts


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
        lease_ttl: timedelta | None = None,
    ) -> None:
        self.database = database
        self.credentials = credentials
        self.opener = opener
        self.rng = rng or random.Random()
        self.holder = holder or default_holder()
        seconds = config.lease_seconds()
        ttl = lease_ttl or (timedelta(seconds=seconds) if seconds is not None else LEASE_TTL)
        self.lease = Lease(database.sessions, self.holder, ttl=ttl)
        self._locks: dict[int, threading.Lock] = {}
        self._locks_guard = threading.Lock()
        self._channels: dict[int, tuple[tuple[object, ...], Channel]] = {}
        # ---- the calendar: posts are published by the lease holder (webcare.calendar.engine)
        self.publishing = PublishingEngine(
            database.sessions, credentials, self.fence, opener=opener, rng=self.rng
        )

    def fence(self) -> Fence:
        """This worker as the lease holder, for the calendar's claims."""
        return Fence(self.holder)

    # ---- lease

    def acquire_lease(self, at: datetime | None = None) -> int:
        """Become the active worker (returns the lease's generation), or raise
        WorkerBusyError; `at`: the moment (a test's own clock), else now."""
        return self.lease.acquire(at)

    def release_lease(self) -> None:
        self.lease.release()

    # ---- one pass

    def run_once(self) -> PassReport:
        """One pass over every account: poll, then send its outbox; the accounts at once
        (up to PASS_THREADS), each alone: one account's failure never stops another's.

        The lease is renewed by a heartbeat however long the pass takes.

        Raises:
            WorkerBusyError: another worker is active.
            LeaseLost: this worker was replaced during the pass and stopped.
        """
        self.acquire_lease()
        self.lease.start_heartbeat()
        try:
            self.housekeeping()
            ids = self.account_ids()
            outcomes: list[AccountOutcome] = []
            if ids:
                threads = min(PASS_THREADS, len(ids))
                with ThreadPoolExecutor(threads, thread_name_prefix="webcare-pass") as pool:
                    # A LeaseLost in one account's thread is raised here once all have ended
                    # (the others stop at their own next write or send: the loss is shared).
                    outcomes = list(pool.map(self._pass_account, ids))
            report = PassReport(outcomes)
            self.lease.check()  # the calendar publishes only while this worker holds the lease
            report.publishing = self.publishing.run_due()  # the calendar's due posts
            return report
        finally:
            self.release_lease()
            self.close_channels()

    def _pass_account(self, account_id: int) -> AccountOutcome:
        """Poll one account, then send its outbox; whatever fails stays with the account."""
        try:
            outcome = self.poll(account_id)
            if outcome.error is None and outcome.skipped not in ("needs_reauth", "disabled"):
                self.send(account_id, outcome)
            return outcome
        except LeaseLost:
            raise
        except Exception as exc:  # one account must never stop the others
            outcome = AccountOutcome(account_id, error=_reason(exc))
            try:
                self._record_failure(account_id, exc, utcnow())
            except LeaseLost:
                raise
            except Exception:  # the database itself may be what failed
                log.error("account %s: the pass failed", account_id, exc_info=exc)
            return outcome

    def housekeeping(self, now: datetime | None = None) -> list[int]:
        """Wake snoozed conversations whose time has come; returns their ids.

        Only the lease holder does this (every pass, and on the scheduler): desktops' change
        checks only read (see `webcare.inbox.lifecycle`). The wake is fenced: a worker that
        lost the lease writes nothing (`LeaseLost`).
        """
        with self.lease.transaction() as session:
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
            self.lease.check()
            try:
                result = channel.fetch(cursors, paused)
            except Exception as exc:  # one account must never stop the others
                self._record_failure(account_id, exc, now)
                outcome.error = str(exc) or type(exc).__name__
                return outcome
            try:
                with self.lease.transaction() as session:
                    outcome.ingested = ingest(session, account_id, result, utcnow())
            except LeaseLost:
                raise
            except Exception as exc:  # the batch is fetched again next time: nothing is lost
                self._record_failure(account_id, exc, now)
                outcome.error = _reason(exc)
                return outcome
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
            outcome.sent = sender.deliver(self.lease, account_id, channel)
            # ---- moderation: hide, show again, delete (the outbox's pattern, beside replies)
            self.lease.check()
            moderation.deliver(self.database.sessions, account_id, channel)
        except LeaseLost:
            raise
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
        ) or bool(moderation.pending(session, account_id))

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
        with self.lease.transaction() as session:
            stream = session.get(AccountStream, (account_id, OUTBOX_STREAM))
            if stream is None:
                session.add(
                    AccountStream(account_id=account_id, stream=OUTBOX_STREAM, limited_until=until)
                )
            else:
                stream.limited_until = until

    def _record_failure(self, account_id: int, exc: BaseException, now: datetime) -> None:
        """Put the failure on the account so that people (and the next pass) can see it."""
        with self.lease.transaction() as session:
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


def _reason(exc: BaseException) -> str:
    if isinstance(exc, Rejected):
        return f"rejected: {exc.reason}"
    text = str(exc) or type(exc).__name__
    return text.splitlines()[0][:500]
