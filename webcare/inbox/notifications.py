"""Which new messages deserve a desktop notification, by the agent's own preferences.

An agent follows some queues (by default Mine and Unassigned) and is told about new resident
messages there, and about notes that mention them, only within office hours.
"""

from __future__ import annotations

import enum
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import date, datetime, time

from webcare.inbox.hours import (
    DEFAULT_DAYS,
    DEFAULT_END,
    DEFAULT_START,
    DEFAULT_TARGET_MINUTES,
    OfficeHours,
)
from webcare.inbox.listing import ConversationRow, queues_of
from webcare.inbox.queries import Queue

MAX_SINGLE = 3  # more notices than this at once become one summary


@dataclass(frozen=True)
class InboxPreferences:
    """The agent's inbox settings (kept per workstation by the interface)."""

    notify: bool = True
    followed: frozenset[Queue] = frozenset({Queue.MINE, Queue.UNASSIGNED})
    days: frozenset[int] = DEFAULT_DAYS
    start: time = DEFAULT_START
    end: time = DEFAULT_END
    target_minutes: int = DEFAULT_TARGET_MINUTES
    holidays: bool = True  # closed on the municipal holidays
    closed: frozenset[date] = frozenset()  # extra closing days
    hours: OfficeHours = field(init=False, compare=False, repr=False)

    def __post_init__(self) -> None:
        hours = OfficeHours(
            self.days, self.start, self.end, holidays=self.holidays, closed=self.closed
        )
        object.__setattr__(self, "hours", hours)


class NoticeKind(enum.StrEnum):
    MESSAGE = "message"
    MENTION = "mention"


@dataclass(frozen=True)
class Notice:
    kind: NoticeKind
    conversation_id: int
    name: str  # the resident (message) or the colleague who mentioned (mention)
    preview: str


def select_notices(
    new_inbound: Iterable[tuple[int, int]],
    mentions: Iterable[tuple[int, int, str]],
    rows: Mapping[int, ConversationRow],
    preferences: InboxPreferences,
    me: int,
    now: datetime,
    already: set[int],
) -> list[Notice]:
    """Notices for messages not notified before; `already` is updated with their ids.

    Args:
        new_inbound: (message id, conversation id) of recently received resident messages.
        mentions: (message id, conversation id, author name) of notes mentioning `me`.
        rows: the conversations concerned, for queue membership, names and previews.
    """
    inbound = [(m, c) for m, c in new_inbound if m not in already]
    mentioned = [(m, c, a) for m, c, a in mentions if m not in already]
    already.update(m for m, _ in inbound)
    already.update(m for m, _, _ in mentioned)
    if not preferences.notify or not preferences.hours.is_open(now):
        return []
    notices: list[Notice] = []
    for message_id, conversation_id in inbound:
        del message_id
        row = rows.get(conversation_id)
        if row is None or not queues_of(row, me) & preferences.followed:
            continue
        if any(n.conversation_id == conversation_id for n in notices):
            continue
        notices.append(
            Notice(
                NoticeKind.MESSAGE,
                conversation_id,
                row.contact_name or row.contact_handle,
                row.preview.split("\n", 1)[0],
            )
        )
    for _message_id, conversation_id, author in mentioned:
        row = rows.get(conversation_id)
        notices.append(
            Notice(
                NoticeKind.MENTION,
                conversation_id,
                author,
                (row.contact_name or row.contact_handle) if row else "",
            )
        )
    return notices
