"""The audit log as people read it: filtered, newest first, in pages; and exported."""

from __future__ import annotations

import csv
import json
from collections.abc import Iterator
from dataclasses import asdict, dataclass
from datetime import datetime
from typing import IO

from sqlalchemy import Select, select
from sqlalchemy.orm import Session

from webcare.storage.models import AuditEvent, User

EXPORT_PAGE = 5_000
CSV_DANGER = ("=", "+", "-", "@", "\t", "\r")


@dataclass(frozen=True)
class AuditFilter:
    """Empty fields filter nothing; `action` matches a prefix (`resident.` for all of them)."""

    action: str = ""
    entity_type: str = ""
    entity_id: str = ""
    actor: str = ""  # "user:5", "worker", or a user name
    result: str = ""
    since: datetime | None = None
    until: datetime | None = None


@dataclass(frozen=True)
class AuditRow:
    seq: int | None
    occurred_at: datetime
    actor: str
    actor_name: str
    action: str
    entity_type: str
    entity_id: str
    result: str
    workstation: str
    details: dict[str, object]
    hash: str | None


def _query(where: AuditFilter) -> Select[AuditEvent, str]:
    query = select(AuditEvent, User.display_name).outerjoin(
        User, User.id == AuditEvent.actor_user_id
    )
    if where.action:
        query = query.where(AuditEvent.action.startswith(where.action, autoescape=True))
    if where.entity_type:
        query = query.where(AuditEvent.entity_type == where.entity_type)
    if where.entity_id:
        query = query.where(AuditEvent.entity_id == where.entity_id)
    if where.actor:
        query = query.where(
            (AuditEvent.actor == where.actor)
            | (User.username == where.actor.lower())
            | (User.display_name == where.actor)
        )
    if where.result:
        query = query.where(AuditEvent.result == where.result)
    if where.since is not None:
        query = query.where(AuditEvent.occurred_at >= where.since)
    if where.until is not None:
        query = query.where(AuditEvent.occurred_at < where.until)
    return query


def _row(event: AuditEvent, name: str | None) -> AuditRow:
    return AuditRow(
        seq=event.seq,
        occurred_at=event.occurred_at,
        actor=event.actor,
        actor_name=name or event.actor,
        action=event.action,
        entity_type=event.entity_type,
        entity_id=event.entity_id,
        result=event.result,
        workstation=event.workstation,
        details=dict(event.details or {}),
        hash=event.hash,
    )


def page(
    session: Session, where: AuditFilter, *, limit: int = 200, before_id: int | None = None
) -> tuple[list[AuditRow], int | None]:
    """A page of events, newest first; returns the rows and the key of the next page."""
    query = _query(where).order_by(AuditEvent.id.desc()).limit(limit)
    if before_id is not None:
        query = query.where(AuditEvent.id < before_id)
    found = session.execute(query).all()
    rows = [_row(event, name) for event, name in found]
    more = found[-1][0].id if len(found) == limit else None
    return rows, more


def all_rows(session: Session, where: AuditFilter) -> Iterator[AuditRow]:
    """Every matching event, oldest first, read in pages (bounded memory)."""
    after = 0
    while True:
        found = session.execute(
            _query(where).where(AuditEvent.id > after).order_by(AuditEvent.id).limit(EXPORT_PAGE)
        ).all()
        if not found:
            return
        for event, name in found:
            yield _row(event, name)
        after = found[-1][0].id
        session.expunge_all()


def _cell(value: object) -> str:
    text = value if isinstance(value, str) else json.dumps(value, ensure_ascii=False)
    return "'" + text if text.startswith(CSV_DANGER) else text  # no spreadsheet formulas


FIELDS = (
    "seq",
    "occurred_at",
    "actor",
    "actor_name",
    "action",
    "entity_type",
    "entity_id",
    "result",
    "workstation",
    "details",
    "hash",
)


def write(rows: Iterator[AuditRow], out: IO[str], fmt: str) -> int:
    """Write the rows as CSV or JSON lines; returns how many."""
    count = 0
    if fmt == "csv":
        writer = csv.writer(out)
        writer.writerow(FIELDS)
        for row in rows:
            values = asdict(row)
            values["occurred_at"] = row.occurred_at.isoformat()
            writer.writerow([_cell(values[f]) if values[f] is not None else "" for f in FIELDS])
            count += 1
        return count
    for row in rows:
        values = asdict(row)
        values["occurred_at"] = row.occurred_at.isoformat()
        out.write(json.dumps(values, ensure_ascii=False) + "\n")
        count += 1
    return count
