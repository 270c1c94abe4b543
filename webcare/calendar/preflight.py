"""Pre-flight: a day ahead of every post, and again an hour ahead, check what would stop it.

- the credential (the `webcare accounts check` path: the platform is asked who the token
  belongs to; a revoked token marks the account "needs re-authorisation");
- the quota (Instagram's `content_publishing_limit`: enough left for the posts due today);
- the media (the image file can be read; Instagram has a public URL for it);
- the text (within the platform's limits, hashtags, alt texts).

Problems go onto the target (`preflight_problems`), where the calendar shows them on the
card, and into the audit log as `post.preflight_failed` (the planner's desktop notifies the
post's owner from there), so that they are seen before the slot, not after it.
"""

from __future__ import annotations

import logging
from collections import Counter
from datetime import datetime, timedelta
from typing import TYPE_CHECKING

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload, sessionmaker

from webcare import audit
from webcare.accounts.credentials import CredentialStore
from webcare.accounts.service import check_account
from webcare.adapters import account_config
from webcare.calendar.checks import check_variant
from webcare.calendar.records import ImageDraft, Problem
from webcare.channel import ChannelError
from webcare.errors import WebcareError
from webcare.storage.db import transaction
from webcare.storage.models import Account, Post, PostTarget
from webcare.vocabulary import Platform, PostState

if TYPE_CHECKING:
    from webcare.calendar.engine import ChannelOpener

log = logging.getLogger(__name__)

DAY_AHEAD = timedelta(hours=24)
HOUR_AHEAD = timedelta(hours=1)


def stage_due(due_at: datetime, now: datetime, done: int) -> int | None:
    """Which check a target needs now: 24 (a day ahead), 1 (an hour ahead) or none."""
    if due_at <= now or due_at > now + DAY_AHEAD:
        return None
    if due_at <= now + HOUR_AHEAD:
        return None if done == 1 else 1
    return None if done in (1, 24) else 24


class Preflight:
    def __init__(
        self,
        sessions: sessionmaker[Session],
        credentials: CredentialStore,
        opener: ChannelOpener,
    ) -> None:
        self.sessions = sessions
        self.credentials = credentials
        self.opener = opener

    def run(self, now: datetime) -> list[int]:
        """Check every target that reached its day-ahead or hour-ahead moment.

        Returns:
            The targets that have problems.
        """
        with self.sessions() as session:
            rows = session.scalars(
                select(PostTarget)
                .join(Post, Post.id == PostTarget.post_id)
                .where(
                    PostTarget.state.in_([PostState.SCHEDULED, PostState.HELD]),
                    PostTarget.due_at > now,
                    PostTarget.due_at <= now + DAY_AHEAD,
                    Post.recurrence.is_(None),
                )
                .options(selectinload(PostTarget.images), selectinload(PostTarget.account))
            ).all()
            work = [
                (t, stage)
                for t in rows
                if (stage := stage_due(t.due_at, now, t.preflight_stage)) is not None
            ]
            due_per_account = Counter(t.account_id for t in rows)
            checks = [
                (
                    t.id,
                    t.account_id,
                    t.account.platform,
                    t.text,
                    t.link,
                    tuple(ImageDraft(i.alt_text, i.path, i.url) for i in t.images),
                    stage,
                )
                for t, stage in work
            ]
        if not checks:
            return []
        account_problems = {
            account_id: self._account(account_id, due_per_account[account_id])
            for account_id in {c[1] for c in checks}
        }
        flagged: list[int] = []
        with transaction(self.sessions) as session:
            for target_id, account_id, platform, text, link, images, stage in checks:
                problems = check_variant(platform, text, link, images, account_id)
                problems += account_problems[account_id]
                target = session.get(PostTarget, target_id)
                if target is None:
                    continue
                target.preflight_stage = stage
                target.preflight_checked_at = now
                target.preflight_problems = [{"code": p.code, "detail": p.detail} for p in problems]
                if problems:
                    flagged.append(target_id)
                    audit.record(
                        session,
                        actor=audit.WORKER,
                        action="post.preflight_failed",
                        entity_type="post_target",
                        entity_id=target_id,
                        details={"codes": sorted({p.code for p in problems}), "stage": stage},
                    )
        for target_id in flagged:
            log.warning("post target %s: pre-flight found problems", target_id)
        return flagged

    def _account(self, account_id: int, due: int) -> list[Problem]:
        """The account's credential, and its publishing quota where it has one."""
        problems: list[Problem] = []
        result = check_account(self.sessions, self.credentials, account_id)
        if not result.ok:
            problems.append(Problem("credential", account_id, result.problem or ""))
            return problems
        with self.sessions() as session:
            account = session.get(Account, account_id)
            if account is None or account.platform is not Platform.INSTAGRAM:
                return problems
            config, ref = account_config(account), account.credential_ref
        try:
            channel = self.opener(config, ref, self.credentials)
        except WebcareError as exc:
            return [Problem("credential", account_id, str(exc))]
        try:
            reader = getattr(channel, "publishing_quota", None)  # the PublishingQuota port
            if reader is not None:
                quota = reader()
                if quota.left < max(due, 1):
                    problems.append(
                        Problem(
                            "quota",
                            account_id,
                            f"{quota.used}/{quota.total} used; {due} due in 24 hours",
                        )
                    )
        except ChannelError as exc:
            problems.append(Problem("quota_unknown", account_id, str(exc)))
        finally:
            channel.close()
        return problems
