"""`webcare posts import FILE`: a planner's spreadsheet plan, all rows or none.

The file is UTF-8 (a BOM is fine), comma- or semicolon-separated (Dutch spreadsheets save
with semicolons), with the header `campaign,account,date,time,text,image,alt_text,deadline`:

- `account`: the account's handle without `@`;
- `date` `YYYY-MM-DD` and `time` `HH:MM`: local time in Europe/Amsterdam;
- `image`: optional, a file path relative to the CSV, or a public `https://` URL (Instagram
  only takes URLs: Meta fetches the image itself);
- `alt_text`: required with an image;
- `deadline`: optional `YYYY-MM-DD HH:MM`, "do not publish after".

Every row becomes a post on its account, scheduled. A campaign named in the file that does
not exist yet is created. Any bad row (unknown account, a time that does not exist or
happens twice, text over the platform's limit, an image without alt text, ...) imports
nothing: every bad row is reported with its line number and reasons.
"""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from webcare.calendar import planning, timing
from webcare.calendar.checks import check_variant, is_public_url
from webcare.calendar.records import (
    ImageDraft,
    ImportRefused,
    ImportReport,
    ImportRow,
    PostDraft,
    PostInvalid,
    Problem,
    VariantDraft,
)
from webcare.storage.models import Account, Campaign

COLUMNS = ("campaign", "account", "date", "time", "text", "image", "alt_text", "deadline")
REQUIRED = ("account", "date", "time", "text")


@dataclass(frozen=True)
class _Row:
    line: int
    campaign: str
    draft: PostDraft


def _reader(text: str) -> tuple[csv.DictReader[str], str]:
    text = text.removeprefix("\ufeff")
    first = text.split("\n", 1)[0]
    delimiter = ";" if first.count(";") > first.count(",") else ","
    return csv.DictReader(io.StringIO(text, newline=""), delimiter=delimiter), delimiter


def parse(session: Session, text: str, base: Path, now: datetime) -> list[_Row]:
    """Every row as a draft, or ImportRefused with every bad row."""
    reader, _ = _reader(text)
    header = [name.strip().lower() for name in reader.fieldnames or []]
    missing = [name for name in REQUIRED if name not in header]
    if missing:
        raise ImportRefused([ImportRow(1, (Problem("missing_columns", None, ",".join(missing)),))])
    reader.fieldnames = header
    accounts = {a.handle.lower(): a for a in session.scalars(select(Account)) if a.handle}
    rows: list[_Row] = []
    bad: list[ImportRow] = []
    for record in reader:
        line = reader.line_num
        values = {k: (v or "").strip() for k, v in record.items() if isinstance(k, str)}
        problems, row = _row(values, line, accounts, base, now)
        if problems:
            bad.append(ImportRow(line, tuple(problems)))
        elif row is not None:
            rows.append(row)
    if bad:
        raise ImportRefused(bad)
    if not rows:
        raise ImportRefused([ImportRow(1, (Problem("no_rows"),))])
    return rows


def _row(
    values: dict[str, str], line: int, accounts: dict[str, Account], base: Path, now: datetime
) -> tuple[list[Problem], _Row | None]:
    problems: list[Problem] = []
    handle = values.get("account", "").lstrip("@").lower()
    account = accounts.get(handle)
    if account is None:
        problems.append(Problem("unknown_account", None, handle or "(empty)"))
    wall: datetime | None = None
    try:
        wall = datetime.strptime(
            f"{values.get('date', '')} {values.get('time', '')}", "%Y-%m-%d %H:%M"
        )
    except ValueError:
        problems.append(Problem("bad_date", None, f"{values.get('date')} {values.get('time')}"))
    deadline: datetime | None = None
    if values.get("deadline"):
        try:
            deadline = datetime.strptime(values["deadline"], "%Y-%m-%d %H:%M")
        except ValueError:
            problems.append(Problem("bad_deadline", None, values["deadline"]))
    images: tuple[ImageDraft, ...] = ()
    if values.get("image"):
        image = values["image"]
        if is_public_url(image):
            images = (ImageDraft(values.get("alt_text", ""), url=image),)
        else:
            path = Path(image)
            images = (ImageDraft(values.get("alt_text", ""), path=str(base / path)),)
    elif values.get("alt_text"):
        problems.append(Problem("alt_text_without_image"))
    if wall is not None:
        try:
            timing.resolve(wall)
        except timing.NonExistentTime as exc:
            problems.append(Problem("nonexistent_time", None, str(exc)))
        except timing.AmbiguousTime as exc:
            problems.append(Problem("ambiguous_time", None, str(exc)))
        else:
            if timing.resolve(wall).instant < now:
                problems.append(Problem("in_the_past", None, f"{wall:%Y-%m-%d %H:%M}"))
    if account is not None:
        problems += check_variant(
            account.platform, values.get("text", ""), None, images, None, base=base
        )
    if problems or account is None or wall is None:
        return problems, None
    draft = PostDraft(
        text=values["text"],
        wall=wall,
        variants=(VariantDraft(account.id, values["text"], None, images),),
        deadline=deadline,
        fold=0,
        deadline_fold=0,
    )
    return [], _Row(line, values.get("campaign", ""), draft)


def import_plan(
    session: Session, text: str, base: Path, actor_id: int, now: datetime
) -> ImportReport:
    rows = parse(session, text, base, now)
    campaigns = {c.name.lower(): c for c in session.scalars(select(Campaign))}
    created: list[str] = []
    ids: list[int] = []
    bad: list[ImportRow] = []
    for row in rows:
        campaign_id = None
        if row.campaign:
            campaign = campaigns.get(row.campaign.lower())
            if campaign is None:
                campaign = Campaign(name=row.campaign[:200], owner_id=actor_id, neighbourhoods=[])
                session.add(campaign)
                session.flush()
                campaigns[row.campaign.lower()] = campaign
                created.append(campaign.name)
            campaign_id = campaign.id
        draft = PostDraft(**{**row.draft.__dict__, "campaign_id": campaign_id})
        try:
            post = planning.save_post(session, draft, post_id=None, actor_id=actor_id, now=now)
        except PostInvalid as exc:  # e.g. the deadline before the time: still all or nothing
            bad.append(ImportRow(row.line, tuple(exc.problems)))
            continue
        ids.append(post.id)
    if bad:
        raise ImportRefused(bad)
    return ImportReport(len(ids), tuple(created), tuple(ids))
