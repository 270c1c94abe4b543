"""The calendar's desk: the one door to campaigns, posts, holds and the archive.

Operations (see `webcare.permissions`, "the activation calendar"): `calendar.read` for
everyone, `calendar.plan` (campaigns, posts, moving, deciding, importing), `calendar.hold`
(the crisis hold and its release) and `calendar.export` (archive and iCalendar) for planners,
supervisors and administrators. Publishing itself is not here: the worker that holds the
lease does it (`webcare.calendar.engine`).
"""

from __future__ import annotations

from datetime import datetime
from pathlib import Path
from typing import IO

from sqlalchemy import select

from webcare.calendar import areas, export, holds, importing, listing, planning
from webcare.calendar.records import (
    AccountChoice,
    CalendarFilter,
    CampaignDraft,
    CampaignInfo,
    HoldInfo,
    ImportReport,
    Moved,
    NotFound,
    PostDraft,
    PostInfo,
    PostInvalid,
    Problem,
    Released,
    TargetInfo,
)
from webcare.calendar.views import post_info, profile_url, target_info
from webcare.desk import Call, Changes, Desk, Done, Topic, operation
from webcare.storage.models import Account, Campaign, PostTarget

POSTS = Changes.of(Topic.POSTS)


def _campaign(row: Campaign) -> CampaignInfo:
    return CampaignInfo(
        row.id,
        row.name,
        row.goal,
        row.color,
        row.starts_on,
        row.ends_on,
        tuple(row.neighbourhoods or ()),
        row.owner_id,
    )


class CalendarDesk(Desk):
    """Campaigns, posts, the crisis hold and the archive, as the acting user."""

    # ---- reading

    @operation("calendar.read", write=False)
    def accounts(self, call: Call) -> list[AccountChoice]:
        """The accounts a post can target."""
        rows = call.session.scalars(select(Account).order_by(Account.platform, Account.name))
        return [
            AccountChoice(
                a.id, a.platform, a.name, a.handle, profile_url(a.platform, a.handle, a.external_id)
            )
            for a in rows
        ]

    @operation("calendar.read", write=False)
    def campaigns(self, call: Call) -> list[CampaignInfo]:
        rows = call.session.scalars(select(Campaign).order_by(Campaign.name, Campaign.id))
        return [_campaign(row) for row in rows]

    @operation("calendar.read", write=False)
    def posts(
        self, call: Call, start: datetime, end: datetime, where: CalendarFilter | None = None
    ) -> list[PostInfo]:
        """The posts planned in [`start`, `end`), with a series' coming occurrences."""
        return listing.list_posts(call.session, start, end, where)

    @operation("calendar.read", write=False)
    def post(self, call: Call, post_id: int) -> PostInfo:
        return post_info(planning.load_post(call.session, post_id))

    @operation("calendar.read", write=False)
    def needs_decision(self, call: Call) -> list[TargetInfo]:
        """Missed, unconfirmed and failed posts, and held ones whose hold was released."""
        return listing.needs_decision(call.session)

    @operation("calendar.read", write=False)
    def holds(self, call: Call) -> list[HoldInfo]:
        """The crisis holds in force."""
        return [holds.info(call.session, hold) for hold in holds.active(call.session)]

    # ---- planning

    @operation("calendar.plan")
    def save_campaign(
        self, call: Call, draft: CampaignDraft, campaign_id: int | None = None
    ) -> Done[CampaignInfo]:
        if not draft.name.strip():
            raise PostInvalid([Problem("campaign_name_missing")])
        if draft.starts_on and draft.ends_on and draft.ends_on < draft.starts_on:
            raise PostInvalid([Problem("campaign_ends_before_start")])
        if campaign_id is None:
            row = Campaign(owner_id=call.actor.id)
            call.session.add(row)
        else:
            found = call.session.get(Campaign, campaign_id)
            if found is None:
                raise NotFound("campaign", campaign_id)
            row = found
        row.name = draft.name.strip()[:200]
        row.goal = draft.goal
        row.color = draft.color
        row.starts_on, row.ends_on = draft.starts_on, draft.ends_on
        row.neighbourhoods = areas.checked(call.session, draft.neighbourhoods)
        call.session.flush()
        call.audit("campaign.saved", "campaign", row.id)
        return Done(_campaign(row), Changes.of(Topic.CAMPAIGNS, Topic.POSTS))

    @operation("calendar.plan")
    def save_post(self, call: Call, draft: PostDraft, post_id: int | None = None) -> Done[PostInfo]:
        """Create or change a post and its variants, as a draft or scheduled.

        Raises:
            PostInvalid: every problem at once (times, limits, images, alt texts).
            PostBusy: it is being published right now.
        """
        post = planning.save_post(
            call.session, draft, post_id=post_id, actor_id=call.actor.id, now=call.now
        )
        call.audit(
            "post.saved",
            "post",
            post.id,
            {"scheduled": draft.schedule, "accounts": len(draft.variants)},
        )
        return Done(post_info(planning.load_post(call.session, post.id)), POSTS)

    @operation("calendar.plan")
    def reschedule(
        self, call: Call, post_id: int, wall: datetime, fold: int | None = None
    ) -> Done[Moved]:
        """Move a post to another wall-clock time (undo moves it back the same way)."""
        moved = planning.reschedule(call.session, post_id, wall, fold, call.now)
        call.audit(
            "post.moved",
            "post",
            post_id,
            {"from": moved.before.isoformat(), "to": moved.after.isoformat()},
        )
        return Done(moved, POSTS)

    @operation("calendar.plan")
    def cancel(self, call: Call, post_id: int) -> Done[PostInfo]:
        post = planning.cancel_post(call.session, post_id)
        call.audit("post.cancelled", "post", post_id)
        return Done(post_info(planning.load_post(call.session, post.id)), POSTS)

    @operation("calendar.plan")
    def decide(
        self,
        call: Call,
        target_id: int,
        decision: str,
        *,
        wall: datetime | None = None,
        fold: int | None = None,
        url: str | None = None,
    ) -> Done[TargetInfo]:
        """Publish now, reschedule, cancel, or (unconfirmed) mark as published."""
        target = planning.decide(
            call.session, target_id, decision, call.now, wall=wall, fold=fold, url=url
        )
        call.audit("post.decided", "post_target", target_id, {"decision": decision})
        call.session.flush()
        return Done(target_info(target), POSTS)

    @operation("calendar.plan")
    def import_csv(self, call: Call, text: str, base: Path) -> Done[ImportReport]:
        """A planner's spreadsheet plan: every row scheduled, or (any bad row) none.

        Raises:
            ImportRefused: every bad row with its line number and reasons.
        """
        report = importing.import_plan(call.session, text, base, call.actor.id, call.now)
        call.audit("posts.imported", "post", "*", {"posts": report.posts})
        return Done(report, Changes.of(Topic.POSTS, Topic.CAMPAIGNS))

    # ---- the crisis hold

    @operation("calendar.hold")
    def hold(self, call: Call, reason: str, account_ids: list[int] | None = None) -> Done[HoldInfo]:
        """Hold every scheduled post (of `account_ids`, or of every account)."""
        if not reason.strip():
            raise PostInvalid([Problem("hold_reason_missing")])
        for account_id in account_ids or []:
            if call.session.get(Account, account_id) is None:
                raise NotFound("account", account_id)
        hold, count = holds.start(
            call.session, reason.strip(), account_ids, call.actor.id, call.now
        )
        call.audit("posts.held", "publishing_hold", hold.id, {"held": count})
        return Done(holds.info(call.session, hold), POSTS)

    @operation("calendar.hold")
    def release(self, call: Call, hold_ids: list[int] | None = None) -> Done[Released]:
        """Release the hold; each held post then waits for a decision (past its deadline:
        missed)."""
        released, to_decide, missed = holds.release(call.session, hold_ids, call.actor.id, call.now)
        for hold_id in released:
            call.audit("posts.released", "publishing_hold", hold_id)
        call.session.flush()

        def infos(ids: list[int]) -> tuple[TargetInfo, ...]:
            return tuple(target_info(call.session.get_one(PostTarget, i)) for i in ids)

        return Done(Released(tuple(released), infos(to_decide), infos(missed)), POSTS)

    # ---- the archive

    @operation("calendar.export", write=False)
    def export(
        self,
        call: Call,
        out: IO[str],
        *,
        format: str = "json",
        start: datetime | None = None,
        end: datetime | None = None,
    ) -> int:
        """Every post per account (final text, platform id and URL, times, state)."""
        return export.write(call.session, out, format, start, end)

    @operation("calendar.export", write=False)
    def ics(
        self,
        call: Call,
        out: IO[bytes],
        *,
        start: datetime | None = None,
        end: datetime | None = None,
    ) -> int:
        """The plan as an iCalendar file (Outlook, Thunderbird, a phone's calendar)."""
        return export.write_ics(call.session, out, start, end)
