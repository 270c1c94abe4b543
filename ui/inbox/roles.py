"""The custom item data roles of every inbox model, in one place."""

from __future__ import annotations

import enum

from PySide6.QtCore import Qt

_BASE = int(Qt.ItemDataRole.UserRole)


class Roles(enum.IntEnum):
    """Item data roles beyond Qt's own; `data()` returns None for roles it does not serve."""

    ID = _BASE + 1  # conversation, queue, canned reply or user id
    ROW = _BASE + 2  # the whole frozen dataclass behind the item
    PLATFORM = _BASE + 3
    HANDLE = _BASE + 4
    PREVIEW = _BASE + 5
    CREATED = _BASE + 6
    WAITING_SINCE = _BASE + 7
    WAIT_LEVEL = _BASE + 8  # webcare.team.policy.WaitLevel
    WAITED = _BASE + 9  # office seconds waited
    ASSIGNEE = _BASE + 10  # the holder's name, or None
    TAGS = _BASE + 11
    TAG_COLOURS = _BASE + 22  # each tag's colour ("#rrggbb" or None), in the order of TAGS
    PRIORITY = _BASE + 12
    UNREAD = _BASE + 13
    STATUS = _BASE + 14
    STALE = _BASE + 15  # still shown because it is open, but no longer in this queue
    COUNT = _BASE + 16  # a queue's number of conversations
    SHORTCUT = _BASE + 17  # a canned reply's shortcut
    BODY = _BASE + 18  # a canned reply's text
    USERNAME = _BASE + 19
    MATCH = _BASE + 21  # in search results: the text around the match, matches marked
    DRAFT = _BASE + 20  # this agent has a reply or note in progress for the conversation
    SLA = _BASE + 40  # webcare.inbox.sla.SlaClock of a waiting conversation, or None
