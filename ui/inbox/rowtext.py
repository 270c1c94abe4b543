"""A conversation list row as the list model serves it: its item data by role, the plain
sentence a screen reader speaks, and a search snippet's parts (matches marked by
`webcare.inbox.search`), painted as plain text."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QObject

from ui.inbox.roles import Roles
from ui.inbox.texts import Texts, handle_beside
from webcare.inbox import sla
from webcare.inbox.listing import ConversationRow
from webcare.inbox.snippets import MARK_END, MARK_START
from webcare.vocabulary import ConversationStatus


def row_roles(row: ConversationRow) -> dict[Roles, Any]:
    """The row's item data that depends on the row alone, by role."""
    return {
        Roles.ID: row.id,
        Roles.ROW: row,
        Roles.PLATFORM: row.platform,
        Roles.HANDLE: handle_beside(row.contact_name, row.contact_handle),
        Roles.PREVIEW: row.preview,
        Roles.CREATED: row.created_at,
        Roles.WAITING_SINCE: row.waiting_since,
        Roles.ASSIGNEE: row.assignee_name,
        Roles.TAGS: row.tags,
        Roles.TAG_COLOURS: row.tag_colours or (None,) * len(row.tags),
        Roles.PRIORITY: row.priority,
        Roles.UNREAD: row.unread,
        Roles.STATUS: row.status,
        Roles.MATCH: row.match,
    }


def unmarked(snippet: str) -> str:
    """A search snippet without its match marks."""
    return snippet.replace(MARK_START, "").replace(MARK_END, "")


def marked_parts(snippet: str) -> list[tuple[str, bool]]:
    """A search snippet as (text, matched) parts, in order, for painting as plain text."""
    parts: list[tuple[str, bool]] = []
    for piece in snippet.split(MARK_START):
        matched, _, rest = piece.partition(MARK_END) if MARK_END in piece else ("", "", piece)
        if matched:
            parts.append((matched, True))
        if rest:
            parts.append((rest, False))
    return parts


class RowDescription(QObject):
    """Describes rows for screen readers (translated at the time they are read)."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._texts = Texts(self)

    def describe(self, row: ConversationRow, clock: sla.SlaClock | None, draft: bool) -> str:
        """The whole row in one plain sentence: who, where, how long they wait against the
        target, who holds it, its priority and labels, and the text (or the search's match)."""
        texts = self._texts
        parts = [
            row.contact_name or row.contact_handle,
            handle_beside(row.contact_name, row.contact_handle),
        ]
        parts.append(texts.platform(row.platform))
        if clock is not None:
            waited = texts.duration(clock.waited_office_seconds)
            parts.append(self.tr("waiting {time}").format(time=waited))
            parts.append(texts.sla(clock))
        if row.assignee_name:
            parts.append(self.tr("assigned to {name}").format(name=row.assignee_name))
        else:
            parts.append(self.tr("unassigned"))
        parts.append(self.tr("priority {level}").format(level=texts.priority(row.priority)))
        if row.tags:
            parts.append(self.tr("tags {tags}").format(tags=", ".join(row.tags)))
        if row.unread:
            parts.append(self.tr("unread"))
        if draft:
            parts.append(self.tr("draft"))
        if row.status is ConversationStatus.CLOSED:
            parts.append(self.tr("closed"))
        if row.match:
            parts.append(unmarked(row.match))
        else:
            parts.append(row.preview.split("\n", 1)[0])
        return ", ".join(part for part in parts if part)
