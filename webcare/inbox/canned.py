"""Canned replies: reusable answers picked by their shortcut, with placeholders filled in.

A body may hold `{{name}}` (the resident's name), `{{agent}}` (the agent's name) and `{{date}}`
(today's date); the Dutch `{{naam}}`, `{{medewerker}}` and `{{datum}}` mean the same. Unknown
placeholders are left as written, so that a typo shows instead of vanishing.

The team keeps them itself (who may add, change and delete them is `canned.manage` in the
permission table; every change is audited): shortcuts are lower case letters, digits, `-` and
`_`, and unique.
"""

from __future__ import annotations

import enum
import re
from collections.abc import Mapping
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from webcare import audit
from webcare.errors import WebcareError
from webcare.storage.models import CannedReply

PLACEHOLDER = re.compile(r"\{\{\s*([a-z_]+)\s*\}\}", re.IGNORECASE)
ALIASES = {"naam": "name", "medewerker": "agent", "datum": "date"}
SHORTCUT = re.compile(r"[a-z0-9][a-z0-9_-]*")
SHORTCUT_MAX = 64
TITLE_MAX = 200
BODY_MAX = 10_000


class CannedRefused(WebcareError):  # noqa: N818 - a refusal, not a fault
    """The canned reply cannot be saved or deleted; `code` says why."""

    class Code(enum.StrEnum):
        BAD_SHORTCUT = "bad_shortcut"
        DUPLICATE_SHORTCUT = "duplicate_shortcut"
        NO_TITLE = "no_title"
        TITLE_TOO_LONG = "title_too_long"
        NO_BODY = "no_body"
        BODY_TOO_LONG = "body_too_long"
        NOT_FOUND = "not_found"

    def __init__(self, code: CannedRefused.Code) -> None:
        super().__init__(code)
        self.code = code

    def __str__(self) -> str:
        return f"canned reply refused: {self.code}"


@dataclass(frozen=True)
class CannedReplyView:
    id: int
    shortcut: str
    title: str
    body: str


def list_canned(session: Session) -> tuple[CannedReplyView, ...]:
    """Every canned reply, by shortcut."""
    return tuple(
        CannedReplyView(row.id, row.shortcut, row.title, row.body)
        for row in session.scalars(select(CannedReply).order_by(CannedReply.shortcut))
    )


def normal_shortcut(text: str) -> str:
    """The shortcut as stored: without a leading `/` and surrounding space, lower case."""
    return text.strip().lstrip("/").strip().lower()


def save_canned(
    session: Session,
    *,
    canned_id: int | None,
    shortcut: str,
    title: str,
    body: str,
    by: int,
) -> int:
    """Add a canned reply (`canned_id` None) or change one; returns its id.

    Raises:
        CannedRefused: the shortcut, title or body is not acceptable, or the reply is gone.
    """
    shortcut, title, body = normal_shortcut(shortcut), " ".join(title.split()), body.strip()
    if len(shortcut) > SHORTCUT_MAX or not SHORTCUT.fullmatch(shortcut):
        raise CannedRefused(CannedRefused.Code.BAD_SHORTCUT)
    if not title:
        raise CannedRefused(CannedRefused.Code.NO_TITLE)
    if len(title) > TITLE_MAX:
        raise CannedRefused(CannedRefused.Code.TITLE_TOO_LONG)
    if not body:
        raise CannedRefused(CannedRefused.Code.NO_BODY)
    if len(body) > BODY_MAX:
        raise CannedRefused(CannedRefused.Code.BODY_TOO_LONG)
    taken = session.scalar(select(CannedReply.id).where(CannedReply.shortcut == shortcut))
    if taken is not None and taken != canned_id:
        raise CannedRefused(CannedRefused.Code.DUPLICATE_SHORTCUT)
    if canned_id is None:
        reply = CannedReply(shortcut=shortcut, title=title, body=body)
        try:
            with session.begin_nested():
                session.add(reply)
                session.flush()
        except IntegrityError as exc:  # a colleague took the shortcut a moment ago
            raise CannedRefused(CannedRefused.Code.DUPLICATE_SHORTCUT) from exc
        action = "canned.created"
    else:
        found = session.get(CannedReply, canned_id)
        if found is None:
            raise CannedRefused(CannedRefused.Code.NOT_FOUND)
        reply = found
        reply.shortcut, reply.title, reply.body = shortcut, title, body
        try:
            with session.begin_nested():
                session.flush()
        except IntegrityError as exc:
            raise CannedRefused(CannedRefused.Code.DUPLICATE_SHORTCUT) from exc
        action = "canned.updated"
    audit.record(
        session,
        actor=audit.user_actor(by),
        user_id=by,
        action=action,
        entity_type="canned_reply",
        entity_id=reply.id,
        details={"shortcut": shortcut},
    )
    return reply.id


def delete_canned(session: Session, canned_id: int, *, by: int) -> None:
    """Delete a canned reply (already gone: nothing to do)."""
    reply = session.get(CannedReply, canned_id)
    if reply is None:
        return
    shortcut = reply.shortcut
    session.delete(reply)
    session.flush()
    audit.record(
        session,
        actor=audit.user_actor(by),
        user_id=by,
        action="canned.deleted",
        entity_type="canned_reply",
        entity_id=canned_id,
        details={"shortcut": shortcut},
    )


def fill(body: str, values: Mapping[str, str]) -> str:
    """The body with its placeholders replaced by `values` (keys: name, agent, date)."""

    def replace(match: re.Match[str]) -> str:
        key = match.group(1).lower()
        key = ALIASES.get(key, key)
        return values.get(key, match.group(0))

    return PLACEHOLDER.sub(replace, body)
