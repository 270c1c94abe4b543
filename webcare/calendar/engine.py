"""The publishing engine: every due post published exactly once, on time, or a person decides.

The database is the plan of record (one row per post and account, `post_targets`);
APScheduler is only the alarm clock (`webcare.calendar.alarms`): a date job per target due
within the hour, rebuilt from the database at start, plus a sweeper every minute that also
catches what any alarm missed (sleep, resume, a clock jump, a crash, a worker that was not
running).

One target's way (`PublishingEngine.dispatch`):

1. Due and still `scheduled`? Past its deadline it becomes `missed` (needs a decision).
2. Claim: `UPDATE post_targets SET state='publishing' ... WHERE id=? AND state='scheduled'
   AND <this process holds the worker lease>`; only the one UPDATE that changed the row goes
   on, so two alarms, two threads or two processes cannot both publish it.
3. Everything that can fail before the platform is reached (the credential, the adapter, the
   image file) is done before the call: such a failure puts the target back to `scheduled`
   with a backoff, until its deadline.
4. The call. Its outcome is written the moment it returns: the platform's id and URL
   (`published`); a refusal (`failed`, with the platform's reason); a rate limit, a refused
   credential or a failure the adapter knows happened before anything was sent (`Unsent`)
   retry with backoff until the deadline; anything else (a timeout, a dropped connection, a
   5xx, a crash) may have reached the platform, so the target becomes `unconfirmed` and a
   person checks the account. It is never retried by itself.
5. A process killed during the call leaves `publishing`; the next pass (the lease holder's)
   finds the claim's process gone (or the claim older than `STALE_CLAIM`) and marks it
   `unconfirmed`.

Only the process that holds the worker lease publishes (`Fence`). The exactly-once work on
the lease adds a fencing generation: `Fence.generation` is where it goes into the claim.
"""

from __future__ import annotations

import logging
import os
import random
import socket
import uuid
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from pathlib import Path

from sqlalchemy import ColumnElement, exists, select, update
from sqlalchemy.orm import Session, selectinload, sessionmaker

from webcare import audit
from webcare.accounts.credentials import CredentialError, CredentialStore
from webcare.adapters import NoAdapterError, account_config, open_channel
from webcare.calendar import planning
from webcare.calendar.views import published_url
from webcare.channel import (
    AccountConfig,
    AuthExpired,
    Channel,
    PostMedia,
    RateLimited,
    Rejected,
    Unsent,
)
from webcare.clock import utcnow
from webcare.errors import WebcareError
from webcare.storage.db import rows_affected, transaction
from webcare.storage.models import Account, Post, PostAttempt, PostTarget, WorkerLease
from webcare.vocabulary import PostState

log = logging.getLogger(__name__)

LEASE_NAME = "worker"  # the row webcare.worker holds
SWEEP_SECONDS = 60
ALARM_AHEAD = timedelta(hours=1)
STALE_CLAIM = timedelta(minutes=5)
RETRY_BASE = timedelta(seconds=30)
RETRY_CAP = timedelta(minutes=15)

ChannelOpener = Callable[[AccountConfig, str, CredentialStore], Channel]


class MediaUnreadableError(WebcareError):
    def __init__(self, path: str, reason: str) -> None:
        super().__init__(path, reason)
        self.path = path
        self.reason = reason

    def __str__(self) -> str:
        return f"the image {self.path} cannot be read: {self.reason}"


@dataclass(frozen=True)
class Fence:
    """Who may publish: the holder of the worker lease.

    Attributes:
        generation: the lease's fencing generation, once the lease has one (the exactly-once
            work): then a claim by an older generation is refused as well.
    """

    holder: str
    generation: int | None = None

    def clause(self, now: datetime) -> ColumnElement[bool]:
        """The SQL condition "this process holds the lease now", for the claim's WHERE."""
        held = select(WorkerLease.name).where(
            WorkerLease.name == LEASE_NAME,
            WorkerLease.holder == self.holder,
            WorkerLease.expires_at > now,
        )
        return exists(held)


@dataclass
class PublishReport:
    """What one publishing pass did, by target id."""

    materialised: list[int] = field(default_factory=list)
    published: list[int] = field(default_factory=list)
    failed: list[int] = field(default_factory=list)
    unconfirmed: list[int] = field(default_factory=list)
    retrying: list[int] = field(default_factory=list)
    missed: list[int] = field(default_factory=list)
    flagged: list[int] = field(default_factory=list)  # pre-flight found problems

    def __bool__(self) -> bool:
        return any((self.published, self.failed, self.unconfirmed, self.retrying, self.missed))


@dataclass(frozen=True)
class _Job:
    """What a claimed target needs for its call, read before the claim (plain values)."""

    target_id: int
    account_id: int
    config: AccountConfig
    credential_ref: str
    text: str
    link: str | None
    images: tuple[tuple[str | None, str | None], ...]  # (path, url)
    attempts: int
    deadline_at: datetime


def retry_delay(attempts: int, rng: random.Random) -> timedelta:
    exponent = min(max(attempts - 1, 0), 10)
    return min(RETRY_BASE * (1 << exponent), RETRY_CAP) * rng.uniform(0.8, 1.0)


def _claim_process_gone(token: str | None) -> bool:
    """The process that made a claim (`host:pid#nonce`) no longer runs on this machine."""
    if not token:
        return True
    holder = token.partition("#")[0]
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


def read_media(path: str | None, url: str | None) -> PostMedia:
    """The image for the call: its public URL where there is one, else the file's bytes."""
    if url:
        return PostMedia(kind="image", url=url)
    assert path is not None
    file = Path(path)
    try:
        data = file.read_bytes()
    except OSError as exc:
        raise MediaUnreadableError(path, exc.strerror or type(exc).__name__) from exc
    mime = "image/png" if file.suffix.lower() == ".png" else "image/jpeg"
    return PostMedia(kind="image", data=data, filename=file.name, mime_type=mime)


class PublishingEngine:
    """Publishes the due targets of one database (inside the worker that holds the lease).

    Args:
        fence: who this process is for the lease (read at every claim: the holder can
            change when the lease is renewed with a new generation).
    """

    def __init__(
        self,
        sessions: sessionmaker[Session],
        credentials: CredentialStore,
        fence: Callable[[], Fence],
        *,
        opener: ChannelOpener = open_channel,
        clock: Callable[[], datetime] = utcnow,
        rng: random.Random | None = None,
    ) -> None:
        self.sessions = sessions
        self.credentials = credentials
        self.fence = fence
        self.opener = opener
        self.clock = clock
        self.rng = rng or random.Random()

    # ---- one pass

    def run_due(self, *, preflight: bool = True) -> PublishReport:
        """Everything due now: occurrences made, stale claims settled, late posts marked
        missed, the pre-flight of posts due within a day, and every due target published."""
        report = PublishReport()
        now = self.clock()
        with transaction(self.sessions) as session:
            report.materialised = planning.materialise(session, now)
        report.unconfirmed += self.settle_stale_claims(now)
        report.missed += self.mark_missed(now)
        if preflight:
            from webcare.calendar.preflight import Preflight

            report.flagged = Preflight(self.sessions, self.credentials, self.opener).run(now)
        for target_id in self.due_ids(now):
            outcome = self.dispatch(target_id)
            getattr(report, outcome, []).append(target_id)
        return report

    def due_ids(self, now: datetime) -> list[int]:
        with self.sessions() as session:
            return list(
                session.scalars(
                    select(PostTarget.id)
                    .join(Post, Post.id == PostTarget.post_id)
                    .where(
                        PostTarget.state == PostState.SCHEDULED,
                        PostTarget.due_at <= now,
                        Post.recurrence.is_(None),
                    )
                    .order_by(PostTarget.due_at, PostTarget.id)
                )
            )

    def upcoming(
        self, now: datetime, within: timedelta = ALARM_AHEAD
    ) -> list[tuple[int, datetime]]:
        """Scheduled targets due within `within`: (id, when), for the alarm clock."""
        with self.sessions() as session:
            rows = session.execute(
                select(PostTarget.id, PostTarget.due_at, PostTarget.next_attempt_at)
                .join(Post, Post.id == PostTarget.post_id)
                .where(
                    PostTarget.state == PostState.SCHEDULED,
                    PostTarget.due_at <= now + within,
                    Post.recurrence.is_(None),
                )
            ).all()
        return [(tid, max(due, retry or due)) for tid, due, retry in rows]

    def mark_missed(self, now: datetime) -> list[int]:
        """Scheduled targets past their deadline become `missed`: a person decides."""
        with transaction(self.sessions) as session:
            ids = list(
                session.scalars(
                    select(PostTarget.id)
                    .join(Post, Post.id == PostTarget.post_id)
                    .where(
                        PostTarget.state == PostState.SCHEDULED,
                        PostTarget.deadline_at < now,
                        Post.recurrence.is_(None),
                    )
                )
            )
            missed = [tid for tid in ids if self._missed(session, tid, now)]
        for tid in missed:
            log.warning("post target %s missed its deadline: it needs a decision", tid)
        return missed

    def _missed(self, session: Session, target_id: int, now: datetime) -> bool:
        result = session.execute(
            update(PostTarget)
            .where(
                PostTarget.id == target_id,
                PostTarget.state == PostState.SCHEDULED,
                PostTarget.deadline_at < now,
            )
            .values(state=PostState.MISSED, state_reason="not published before its deadline")
        )
        if rows_affected(result) != 1:
            return False
        audit.record(
            session,
            actor=audit.WORKER,
            action="post.missed",
            entity_type="post_target",
            entity_id=target_id,
        )
        return True

    def settle_stale_claims(self, now: datetime) -> list[int]:
        """`publishing` rows whose process died (or that are older than `STALE_CLAIM`)
        become `unconfirmed`: the call may have reached the platform."""
        settled: list[int] = []
        with transaction(self.sessions) as session:
            rows = session.execute(
                select(PostTarget.id, PostTarget.claim_token, PostTarget.claimed_at).where(
                    PostTarget.state == PostState.PUBLISHING
                )
            ).all()
            for target_id, token, claimed_at in rows:
                stale = claimed_at is None or claimed_at < now - STALE_CLAIM
                if not (stale or _claim_process_gone(token)):
                    continue
                result = session.execute(
                    update(PostTarget)
                    .where(
                        PostTarget.id == target_id,
                        PostTarget.state == PostState.PUBLISHING,
                        PostTarget.claim_token == token,
                    )
                    .values(
                        state=PostState.UNCONFIRMED,
                        state_reason="publishing was interrupted during the call",
                    )
                )
                if rows_affected(result) == 1:
                    self._finish_attempt(session, token, "interrupted", now)
                    settled.append(target_id)
        return settled

    # ---- one target

    def dispatch(self, target_id: int) -> str:
        """Publish one target if it is due and this process wins its claim.

        Returns:
            What happened: "published", "failed", "unconfirmed", "retrying", "missed", or
            "skipped" (not due, not scheduled, or another claimant won).
        """
        now = self.clock()
        job = self._read(target_id, now)
        if isinstance(job, str):
            return job
        token = self._claim(job, now)
        if token is None:
            return "skipped"
        return self._publish(job, token)

    def _read(self, target_id: int, now: datetime) -> _Job | str:
        with self.sessions() as session:
            target = session.scalars(
                select(PostTarget)
                .where(PostTarget.id == target_id)
                .options(selectinload(PostTarget.images), selectinload(PostTarget.post))
            ).one_or_none()
            if target is None or target.state is not PostState.SCHEDULED:
                return "skipped"
            if target.post.recurrence is not None or target.due_at > now:
                return "skipped"
            if target.next_attempt_at is not None and target.next_attempt_at > now:
                return "skipped"
            account = session.get(Account, target.account_id)
            if account is None:
                return "skipped"
            job = _Job(
                target_id=target.id,
                account_id=account.id,
                config=account_config(account),
                credential_ref=account.credential_ref,
                text=target.text,
                link=target.link,
                images=tuple((i.path, i.url) for i in target.images),
                attempts=target.attempts,
                deadline_at=target.deadline_at,
            )
        if job.deadline_at < now:
            with transaction(self.sessions) as session:
                return "missed" if self._missed(session, target_id, now) else "skipped"
        return job

    def _claim(self, job: _Job, now: datetime) -> str | None:
        """The conditional UPDATE: only the claimant that changed the row goes on."""
        fence = self.fence()
        token = f"{fence.holder}#{uuid.uuid4().hex[:12]}"
        with transaction(self.sessions) as session:
            result = session.execute(
                update(PostTarget)
                .where(
                    PostTarget.id == job.target_id,
                    PostTarget.state == PostState.SCHEDULED,
                    fence.clause(now),
                )
                .values(
                    state=PostState.PUBLISHING,
                    claim_token=token,
                    claimed_at=now,
                    attempts=PostTarget.attempts + 1,
                )
                .execution_options(synchronize_session=False)
            )
            if rows_affected(result) != 1:
                return None
            session.add(PostAttempt(target_id=job.target_id, holder=token, started_at=now))
        return token

    def _publish(self, job: _Job, token: str) -> str:
        try:
            media = read_media(*job.images[0]) if job.images else None
            channel = self.opener(job.config, job.credential_ref, self.credentials)
        except (MediaUnreadableError, CredentialError, NoAdapterError) as exc:
            return self._retry(job, token, str(exc), None)
        try:
            try:
                delivered = channel.publish(job.text, job.link, media)
            except RateLimited as exc:
                return self._retry(job, token, str(exc), exc.until)
            except (AuthExpired, Unsent) as exc:
                return self._retry(job, token, str(exc), None)
            except Rejected as exc:
                return self._settle(job, token, PostState.FAILED, exc.reason)
            except Exception as exc:  # the call may have reached the platform
                log.warning("post target %s: outcome unknown", job.target_id, exc_info=exc)
                return self._settle(job, token, PostState.UNCONFIRMED, _line(exc))
        finally:
            channel.close()
        now = self.clock()
        url = published_url(
            job.config.platform, job.config.handle, job.config.external_id, delivered.external_id
        )
        with transaction(self.sessions) as session:
            # Conditional on our claim, not on the state: a pass that wrongly thought us gone
            # (unconfirmed) is corrected by the id the platform gave.
            session.execute(
                update(PostTarget)
                .where(PostTarget.id == job.target_id, PostTarget.claim_token == token)
                .values(
                    state=PostState.PUBLISHED,
                    external_id=delivered.external_id,
                    url=url,
                    published_at=delivered.created_at or now,
                    state_reason=None,
                )
            )
            self._finish_attempt(session, token, "published", now, delivered.external_id)
            audit.record(
                session,
                actor=audit.WORKER,
                action="post.published",
                entity_type="post_target",
                entity_id=job.target_id,
                details={"external_id": delivered.external_id},
            )
        return "published"

    def _retry(self, job: _Job, token: str, reason: str, until: datetime | None) -> str:
        """Nothing reached the platform: back to `scheduled`, to try again after a backoff,
        or `missed` if that would be past the deadline."""
        now = self.clock()
        after = max(now + retry_delay(job.attempts + 1, self.rng), until or now)
        late = after > job.deadline_at
        with transaction(self.sessions) as session:
            session.execute(
                update(PostTarget)
                .where(
                    PostTarget.id == job.target_id,
                    PostTarget.claim_token == token,
                    PostTarget.state == PostState.PUBLISHING,
                )
                .values(
                    state=PostState.MISSED if late else PostState.SCHEDULED,
                    next_attempt_at=None if late else after,
                    state_reason=reason[:500],
                    claim_token=None,
                )
            )
            self._finish_attempt(session, token, "missed" if late else "retry", now, None, reason)
        return "missed" if late else "retrying"

    def _settle(self, job: _Job, token: str, state: PostState, reason: str) -> str:
        now = self.clock()
        with transaction(self.sessions) as session:
            session.execute(
                update(PostTarget)
                .where(PostTarget.id == job.target_id, PostTarget.claim_token == token)
                .values(state=state, state_reason=reason[:2000])
            )
            self._finish_attempt(session, token, state.value, now, None, reason)
            audit.record(
                session,
                actor=audit.WORKER,
                action=f"post.{state.value}",
                entity_type="post_target",
                entity_id=job.target_id,
            )
        return state.value

    @staticmethod
    def _finish_attempt(
        session: Session,
        token: str | None,
        outcome: str,
        now: datetime,
        external_id: str | None = None,
        detail: str | None = None,
    ) -> None:
        if token is None:
            return
        session.execute(
            update(PostAttempt)
            .where(PostAttempt.holder == token, PostAttempt.finished_at.is_(None))
            .values(finished_at=now, outcome=outcome, external_id=external_id, detail=detail)
        )


def _line(exc: BaseException) -> str:
    text = str(exc) or type(exc).__name__
    return text.splitlines()[0][:500]
