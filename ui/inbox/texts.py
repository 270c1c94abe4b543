"""The inbox's words: names of queues, statuses and priorities, and times.

The core returns codes and enums; this turns them into (translated) words, at display time so
that a language switch shows at once. Errors become sentences in `ui.inbox.errors`.
"""

from __future__ import annotations

from datetime import date, datetime
from zoneinfo import ZoneInfo

from PySide6.QtCore import QDate, QLocale, QObject, QTime

from webcare.inbox.counts import COUNT_CAP
from webcare.inbox.queries import Queue, SortOrder
from webcare.inbox.sla import SlaClock
from webcare.team.policy import AMSTERDAM
from webcare.vocabulary import (
    ConversationStatus,
    DeliveryState,
    ModerationKind,
    Platform,
    Priority,
)

LOCAL = ZoneInfo(AMSTERDAM)


class Texts(QObject):
    """Translated labels; create one where needed (cheap), call at display time."""

    def queue(self, queue: Queue) -> str:
        return {
            Queue.MINE: self.tr("Mine"),
            Queue.UNASSIGNED: self.tr("Unassigned"),
            Queue.OPEN: self.tr("All open"),
            Queue.PENDING: self.tr("Pending"),
            Queue.SNOOZED: self.tr("Snoozed"),
            Queue.CLOSED: self.tr("Closed"),
        }[queue]

    def status(self, status: ConversationStatus) -> str:
        return {
            ConversationStatus.NEW: self.tr("New"),
            ConversationStatus.OPEN: self.tr("Open"),
            ConversationStatus.PENDING: self.tr("Pending"),
            ConversationStatus.SNOOZED: self.tr("Snoozed"),
            ConversationStatus.CLOSED: self.tr("Closed"),
        }[status]

    def priority(self, priority: int) -> str:
        return {
            Priority.LOW: self.tr("Low"),
            Priority.NORMAL: self.tr("Normal"),
            Priority.HIGH: self.tr("High"),
            Priority.URGENT: self.tr("Urgent"),
        }.get(Priority(priority), str(priority))

    # ---- what an action did, for "… Ctrl+Z undoes it"

    def did_claim(self) -> str:
        return self.tr("You took the conversation.")

    def did_assign(self, to_me: bool, to_nobody: bool) -> str:
        if to_nobody:
            return self.tr("Conversation unassigned.")
        return self.tr("You took the conversation.") if to_me else self.tr("Conversation assigned.")

    def did_status(self, status: ConversationStatus) -> str:
        return {
            ConversationStatus.NEW: self.tr("Conversation reopened."),
            ConversationStatus.OPEN: self.tr("Conversation reopened."),
            ConversationStatus.PENDING: self.tr("Conversation set to pending."),
            ConversationStatus.SNOOZED: self.tr("Conversation snoozed."),
            ConversationStatus.CLOSED: self.tr("Conversation closed."),
        }[status]

    def did_priority(self) -> str:
        return self.tr("Priority changed.")

    def did_tag(self, on: bool) -> str:
        return self.tr("Tag added.") if on else self.tr("Tag removed.")

    def undo_hint(self, done: str) -> str:
        return self.tr("{done} Ctrl+Z undoes it.").format(done=done)

    def undone(self, done: str) -> str:
        return self.tr("Undone: {done}").format(done=done)

    def nothing_to_undo(self) -> str:
        return self.tr("Nothing to undo.")

    def platform(self, platform: Platform) -> str:
        return {
            Platform.X: "X",
            Platform.FACEBOOK: "Facebook",
            Platform.INSTAGRAM: "Instagram",
        }[platform]

    def sort_order(self, order: SortOrder) -> str:
        return {
            SortOrder.WAITING: self.tr("Waiting longest"),
            SortOrder.NEWEST: self.tr("Newest first"),
            SortOrder.OLDEST: self.tr("Oldest first"),
            SortOrder.PRIORITY: self.tr("Highest priority"),
            SortOrder.DUE: self.tr("Least time left"),
        }[order]

    def sla(self, clock: SlaClock) -> str:
        """The SLA clock in words: "20 min left", "1 h 5 min over the target", and whether it
        breaches within the next half hour."""
        if clock.over:
            return self.tr("{time} over the target").format(
                time=self.duration(-clock.left_office_seconds)
            )
        left = self.tr("{time} left").format(time=self.duration(clock.left_office_seconds))
        if clock.breach_soon:
            return self.tr("{left}, breaches within half an hour").format(left=left)
        return left

    def delivery(self, state: DeliveryState) -> str:
        return {
            DeliveryState.QUEUED: self.tr("Queued"),
            DeliveryState.SENDING: self.tr("Sending…"),
            DeliveryState.SENT: self.tr("Sent"),
            DeliveryState.FAILED: self.tr("Failed"),
            DeliveryState.UNCONFIRMED: self.tr("Not confirmed"),
        }[state]

    # ---- moderation (webcare.moderation)

    def moderation(self, kind: ModerationKind, state: DeliveryState, by: str) -> str:
        """What was done to a comment, by whom: "hidden by Anna", "being hidden (Anna)"."""
        if state is DeliveryState.SENT:
            done = {
                ModerationKind.HIDE: self.tr("hidden by {name}"),
                ModerationKind.UNHIDE: self.tr("shown again by {name}"),
                ModerationKind.DELETE: self.tr("deleted by {name}"),
            }
        elif state is DeliveryState.FAILED:
            done = {
                ModerationKind.HIDE: self.tr("hiding refused (asked by {name})"),
                ModerationKind.UNHIDE: self.tr("showing again refused (asked by {name})"),
                ModerationKind.DELETE: self.tr("deleting refused (asked by {name})"),
            }
        else:
            done = {
                ModerationKind.HIDE: self.tr("being hidden ({name})…"),
                ModerationKind.UNHIDE: self.tr("being shown again ({name})…"),
                ModerationKind.DELETE: self.tr("being deleted ({name})…"),
            }
        return done[kind].format(name=by)

    def moderate(self, kind: ModerationKind) -> str:
        return {
            ModerationKind.HIDE: self.tr("Hide"),
            ModerationKind.UNHIDE: self.tr("Show again"),
            ModerationKind.DELETE: self.tr("Delete"),
        }[kind]

    def count(self, value: int) -> str:
        """A queue count as shown: "1.234", or "10.000+" above the counting cap."""
        locale = QLocale()
        if value > COUNT_CAP:
            return f"{locale.toString(COUNT_CAP)}+"
        return locale.toString(value)

    # ---- time

    def duration(self, seconds: float) -> str:
        """A short duration: "4 min", "2 h 5 min", "3 d"."""
        minutes = int(seconds // 60)
        if minutes < 1:
            return self.tr("< 1 min")
        if minutes < 60:
            return self.tr("%n min", "", minutes)
        hours, rest = divmod(minutes, 60)
        if hours < 24:
            if rest == 0 or hours >= 10:  # minutes stop mattering after a few hours
                return self.tr("%n h", "", hours)
            return self.tr("{hours} h {minutes} min").format(hours=hours, minutes=rest)
        return self.tr("%n d", "", hours // 24)

    def moment(self, value: datetime | None, now: datetime | None = None) -> str:
        """A time in Amsterdam: "14:05" today, "Mon 14:05" this week, "3 Nov 14:05" before."""
        if value is None:
            return ""
        local = value.astimezone(LOCAL)
        today = (now or datetime.now(LOCAL)).astimezone(LOCAL).date()
        locale = QLocale()
        clock = locale.toString(QTime(local.hour, local.minute), QLocale.FormatType.ShortFormat)
        day = QDate(local.year, local.month, local.day)
        if local.date() == today:
            return clock
        if 0 < (today - local.date()).days < 7:
            return f"{locale.toString(day, 'ddd')} {clock}"
        if local.year == today.year:
            return f"{locale.toString(day, 'd MMM')} {clock}"
        return f"{locale.toString(day, 'd MMM yyyy')} {clock}"

    def long_date(self, value: date) -> str:
        """A date written out, for canned replies: "28 november 2026"."""
        return QLocale().toString(QDate(value.year, value.month, value.day), "d MMMM yyyy")


def handle_beside(name: str, handle: str) -> str:
    """The handle to show next to a name, or "" where it would only repeat the name
    (Instagram and many X users have a username and no other name)."""
    if not name or name.lstrip("@").casefold() == handle.lstrip("@").casefold():
        return ""
    return handle
