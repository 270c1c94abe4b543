"""Which new messages deserve a desktop notification, by the agent's own preferences.

An agent follows some queues (by default Mine and Unassigned) and is told about new resident
messages there, and about notes that mention them, only within office hours: the team's
(`webcare.team`), or the account's own where it has a policy of its own. Whether to be told at
all, and about which queues, is the agent's choice; the hours are the team's.
"""

from __future__ import annotations

import enum
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import datetime

from webcare.inbox.counts import queues_of
from webcare.inbox.listing import ConversationRow
from webcare.inbox.queries import Queue
from webcare.team.policy import PolicyBook

MAX_SINGLE = 3  # more notices than this at once become one summary


@dataclass(frozen=True)
class InboxPreferences:
    """The agent's own inbox choices (kept per workstation by the interface): notifications,
    and whether a reply moves on to the next conversation of the queue."""

    notify: bool = True
    followed: frozenset[Queue] = frozenset({Queue.MINE, Queue.UNASSIGNED})
    move_on_after_reply: bool = True


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
    policy: PolicyBook,
    me: int,
    now: datetime,
    already: set[int],
) -> list[Notice]:
    """Notices for messages not notified before; `already` is updated with their ids.

    Args:
        new_inbound: (message id, conversation id) of recently received resident messages.
        mentions: (message id, conversation id, author name) of notes mentioning `me`.
        rows: the conversations concerned, for queue membership, names and previews.
        policy: the office hours of each conversation's account (the team's, or its own).
    """
    inbound = [(m, c) for m, c in new_inbound if m not in already]
    mentioned = [(m, c, a) for m, c, a in mentions if m not in already]
    already.update(m for m, _ in inbound)
    already.update(m for m, _, _ in mentioned)
    if not preferences.notify:
        return []
    notices: list[Notice] = []
    for message_id, conversation_id in inbound:
        del message_id
        row = rows.get(conversation_id)
        if row is None or not queues_of(row, me) & preferences.followed:
            continue
        if not policy.for_account(row.account_id).is_open(now):
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
        if not policy.for_account(row.account_id if row else None).is_open(now):
            continue
        notices.append(
            Notice(
                NoticeKind.MENTION,
                conversation_id,
                author,
                (row.contact_name or row.contact_handle) if row else "",
            )
        )
    return notices
