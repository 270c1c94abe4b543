"""Canned replies: reusable answers picked by their shortcut, with placeholders filled in.

A body may hold `{{name}}` (the resident's name), `{{agent}}` (the agent's name) and `{{date}}`
(today's date); the Dutch `{{naam}}`, `{{medewerker}}` and `{{datum}}` mean the same. Unknown
placeholders are left as written, so that a typo shows instead of vanishing.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from webcare.storage.models import CannedReply

PLACEHOLDER = re.compile(r"\{\{\s*([a-z_]+)\s*\}\}", re.IGNORECASE)
ALIASES = {"naam": "name", "medewerker": "agent", "datum": "date"}


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


def fill(body: str, values: Mapping[str, str]) -> str:
    """The body with its placeholders replaced by `values` (keys: name, agent, date)."""

    def replace(match: re.Match[str]) -> str:
        key = match.group(1).lower()
        key = ALIASES.get(key, key)
        return values.get(key, match.group(0))

    return PLACEHOLDER.sub(replace, body)
