"""The quarantine: inbound items an adapter could not read, kept with their raw payload.

An item is quarantined (by `webcare.inbox.ingest`) instead of failing its batch, and the
stream's cursor moves on past it. So the payload is what keeps it: a person sees per account
how many items are waiting and why, reads one payload as plain text, and retries them after an
update. A retry reads the stored payload again through the adapter (`webcare.channel.Rereader`)
and stores what it gives through `ingest`, the path polling takes: idempotent on the platform's
id, so an item retried twice, or fetched again meanwhile, is stored once.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import datetime

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from webcare.adapters import account_config, rereader
from webcare.channel import FetchResult, storable
from webcare.errors import WebcareError
from webcare.inbox.ingest import ingest
from webcare.storage.models import Account, QuarantinedItem

PREVIEW = 160  # characters of a payload shown in a list


class QuarantineError(WebcareError):
    """No such quarantined item (or it belongs to another account)."""


@dataclass(frozen=True)
class QuarantinedInfo:
    """One quarantined item, without its payload (`preview` is its start, plain text)."""

    id: int
    account_id: int
    platform: str
    stream: str
    external_id: str | None
    reason: str
    received_at: datetime
    preview: str


@dataclass(frozen=True)
class QuarantinedDetail:
    """One quarantined item with its whole raw payload, exactly as stored."""

    item: QuarantinedInfo
    payload: str


@dataclass
class RetryReport:
    """What a retry did.

    Attributes:
        stored: items read this time and stored (or found stored already) and so released.
        still: items that still cannot be read, with the reason of this attempt.
    """

    stored: list[int] = field(default_factory=list)
    still: dict[int, str] = field(default_factory=dict)
    conversations: set[int] = field(default_factory=set)


def counts(session: Session) -> dict[int, int]:
    """How many items each account has in quarantine (accounts without any are left out)."""
    rows = session.execute(
        select(QuarantinedItem.account_id, func.count()).group_by(QuarantinedItem.account_id)
    ).all()
    return {account_id: count for account_id, count in rows}


def items(session: Session, account_id: int | None = None) -> list[QuarantinedInfo]:
    """The quarantined items (of one account), newest first."""
    query = select(QuarantinedItem).order_by(
        QuarantinedItem.received_at.desc(), QuarantinedItem.id.desc()
    )
    if account_id is not None:
        query = query.where(QuarantinedItem.account_id == account_id)
    return [_info(row) for row in session.scalars(query).all()]


def detail(session: Session, item_id: int) -> QuarantinedDetail:
    row = session.get(QuarantinedItem, item_id)
    if row is None:
        raise QuarantineError(f"no quarantined item {item_id}")
    return QuarantinedDetail(_info(row), row.payload)


def retry(
    session: Session, account_id: int, item_ids: Iterable[int] | None, now: datetime
) -> RetryReport:
    """Read the account's quarantined items again (all of them, or `item_ids`) and store what
    reads now, in the caller's transaction; what still fails keeps its payload and gets this
    attempt's reason.

    Raises:
        QuarantineError: an id that is not one of the account's quarantined items.
        NoAdapterError: no adapter is installed for the account's platform.
    """
    account = session.get(Account, account_id)
    if account is None:
        raise QuarantineError(f"no account {account_id}")
    query = select(QuarantinedItem).where(QuarantinedItem.account_id == account_id)
    wanted = None if item_ids is None else set(item_ids)
    if wanted is not None:
        query = query.where(QuarantinedItem.id.in_(wanted))
    rows = list(session.scalars(query.order_by(QuarantinedItem.id)).all())
    if wanted is not None and (missing := wanted - {row.id for row in rows}):
        raise QuarantineError(f"no quarantined item {min(missing)} on account {account_id}")
    report = RetryReport()
    read = rereader(account.platform)
    config = account_config(account)
    for row in rows:
        if read is None:
            report.still[row.id] = "this platform's adapter cannot read payloads again"
            continue
        result = read(config, row.stream, row.payload, now)
        if result.unparseable or not result.items:
            why = result.unparseable[0].reason if result.unparseable else "nothing to store"
            row.reason = storable(why)
            report.still[row.id] = row.reason
            continue
        # Only the items: no cursor, pause or gap of a poll comes with a reread.
        ingested = ingest(session, account_id, FetchResult(items=result.items), now, poll=False)
        report.conversations |= ingested.conversations
        report.stored.append(row.id)
        session.delete(row)
    session.flush()
    return report


def _info(row: QuarantinedItem) -> QuarantinedInfo:
    preview = " ".join(row.payload[: PREVIEW * 2].split())[:PREVIEW]
    return QuarantinedInfo(
        id=row.id,
        account_id=row.account_id,
        platform=row.platform.value,
        stream=row.stream,
        external_id=row.external_id,
        reason=row.reason,
        received_at=row.received_at,
        preview=preview,
    )
