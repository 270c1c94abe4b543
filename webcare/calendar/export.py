"""The archive: every post per account (final text, platform id and URL, times, state) as JSON
or CSV, and the plan as an iCalendar file.

CSV cells that a spreadsheet would run as a formula (starting with `=`, `+`, `-`, `@`, a tab
or a carriage return: the OWASP rule) get a leading apostrophe. The iCalendar file is written
with the `icalendar` package (RFC 5545: escaping, line folding, and the Europe/Amsterdam
VTIMEZONE that Outlook needs to place a TZID'd time).
"""

from __future__ import annotations

import csv
import json
from collections.abc import Iterator
from datetime import datetime
from typing import IO, Any

import icalendar
from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from webcare.calendar import timing
from webcare.storage.models import Post, PostTarget

FIELDS = (
    "post_id",
    "target_id",
    "campaign",
    "platform",
    "account",
    "local_time",
    "zone",
    "scheduled_utc",
    "deadline_utc",
    "state",
    "reason",
    "text",
    "link",
    "images",
    "platform_id",
    "url",
    "published_utc",
)
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def neutralise(value: str) -> str:
    """A cell a spreadsheet shows as text, never runs as a formula."""
    return "'" + value if value.startswith(FORMULA_STARTS) else value


def _posts(session: Session, start: datetime | None, end: datetime | None) -> list[Post]:
    query = (
        select(Post)
        .where(Post.recurrence.is_(None))
        .options(
            selectinload(Post.targets).selectinload(PostTarget.images),
            selectinload(Post.targets).selectinload(PostTarget.account),
            selectinload(Post.campaign),
        )
        .order_by(Post.scheduled_at, Post.id)
    )
    if start is not None:
        query = query.where(Post.scheduled_at >= start)
    if end is not None:
        query = query.where(Post.scheduled_at < end)
    return list(session.scalars(query))


def _iso(value: datetime | None) -> str | None:
    return value.isoformat(timespec="seconds") if value is not None else None


def records(
    session: Session, start: datetime | None = None, end: datetime | None = None
) -> Iterator[dict[str, Any]]:
    for post in _posts(session, start, end):
        local = timing.local_of(post.scheduled_at, post.zone)
        for target in post.targets:
            yield {
                "post_id": post.id,
                "target_id": target.id,
                "campaign": post.campaign.name if post.campaign else "",
                "platform": target.account.platform.value,
                "account": target.account.handle,
                "local_time": local.aware().isoformat(timespec="minutes"),
                "zone": post.zone,
                "scheduled_utc": _iso(post.scheduled_at),
                "deadline_utc": _iso(target.deadline_at),
                "state": target.state.value,
                "reason": target.state_reason or "",
                "text": target.text,
                "link": target.link or "",
                "images": [
                    {"path": i.path, "url": i.url, "alt_text": i.alt_text} for i in target.images
                ],
                "platform_id": target.external_id or "",
                "url": target.url or "",
                "published_utc": _iso(target.published_at),
            }


def write(
    session: Session,
    out: IO[str],
    format: str = "json",
    start: datetime | None = None,
    end: datetime | None = None,
) -> int:
    rows = list(records(session, start, end))
    if format == "csv":
        writer = csv.writer(out)
        writer.writerow(FIELDS)
        for row in rows:
            images = "; ".join(f"{i['url'] or i['path']} ({i['alt_text']})" for i in row["images"])
            cells = {**row, "images": images}
            writer.writerow([neutralise("" if cells[f] is None else str(cells[f])) for f in FIELDS])
    else:
        json.dump({"posts": rows}, out, ensure_ascii=False, indent=2)
        out.write("\n")
    return len(rows)


def write_ics(
    session: Session, out: IO[bytes], start: datetime | None = None, end: datetime | None = None
) -> int:
    """One VEVENT per post: its campaign and text, the accounts and their states."""
    calendar = icalendar.Calendar()
    calendar.add("prodid", "-//Webcare//activation calendar//NL")
    calendar.add("version", "2.0")
    calendar.add("x-wr-calname", "Webcare")
    count = 0
    for post in _posts(session, start, end):
        local = timing.local_of(post.scheduled_at, post.zone).aware()
        event = icalendar.Event()
        event.add("uid", f"post-{post.id}@webcare")
        campaign = post.campaign.name if post.campaign else ""
        first = (post.text or (post.targets[0].text if post.targets else "")).splitlines()
        title = first[0][:80] if first else ""
        event.add("summary", f"{campaign}: {title}" if campaign else title)
        event.add("dtstart", local)
        event.add("dtend", local)
        event.add("dtstamp", post.updated_at)
        lines = [
            f"{t.account.platform.value} @{t.account.handle}: {t.state.value}"
            + (f" {t.url}" if t.url else "")
            for t in post.targets
        ]
        event.add("description", "\n".join([post.text, "", *lines]).strip())
        if post.campaign is not None:
            event.add("categories", [post.campaign.name])
        calendar.add_component(event)
        count += 1
    calendar.add_missing_timezones()
    out.write(calendar.to_ical())
    return count
