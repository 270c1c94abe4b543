"""How long a text may be on each platform and in each reply mode, counted the platform's way.

X counts weighted characters (twitter-text config v3: 280, every URL 23, every emoji 2);
Facebook and Instagram count characters. Direct messages on Facebook and Instagram may only
be sent within 24 hours of the resident's last message (the standard messaging window), and
by a person with Meta's HUMAN_AGENT tag up to 7 days after it (`messaging_window`); a
private reply (a Messenger or Instagram message answering a public comment) within 7 days of
that comment, and only once per comment.
"""

from __future__ import annotations

import enum
import unicodedata
from dataclasses import dataclass
from datetime import datetime, timedelta

from webcare.vocabulary import Platform, ReplyMode

X_WEIGHTED_LIMIT = 280
MESSAGING_WINDOW = timedelta(hours=24)
HUMAN_AGENT_WINDOW = timedelta(days=7)
PRIVATE_REPLY_WINDOW = timedelta(days=7)

# (platform, mode) -> limit. PUBLIC on Facebook is a comment reply, on Instagram a comment
# reply (bounded like a caption); DIRECT and PRIVATE_REPLY are Messenger / Instagram DMs.
LIMITS: dict[tuple[Platform, ReplyMode], int] = {
    (Platform.X, ReplyMode.PUBLIC): X_WEIGHTED_LIMIT,
    (Platform.X, ReplyMode.DIRECT): 10_000,
    (Platform.FACEBOOK, ReplyMode.PUBLIC): 8_000,
    (Platform.FACEBOOK, ReplyMode.DIRECT): 2_000,
    (Platform.FACEBOOK, ReplyMode.PRIVATE_REPLY): 2_000,
    (Platform.INSTAGRAM, ReplyMode.PUBLIC): 2_200,
    (Platform.INSTAGRAM, ReplyMode.DIRECT): 1_000,
    (Platform.INSTAGRAM, ReplyMode.PRIVATE_REPLY): 1_000,
}

# Page and feed posts (publishing), by platform.
POST_LIMITS: dict[Platform, int] = {
    Platform.X: X_WEIGHTED_LIMIT,
    Platform.FACEBOOK: 63_206,
    Platform.INSTAGRAM: 2_200,
}


class Window(enum.StrEnum):
    """Whether a direct message may go out now, and how.

    NONE: no messaging window applies (X, public replies, private replies).
    OPEN: inside the 24 hours after the resident's last message: a plain reply.
    HUMAN_AGENT: between 24 hours and 7 days after it: only a person's answer, sent with the
        HUMAN_AGENT tag (the agent chooses it explicitly).
    CLOSED: past 7 days, or the resident never wrote: no direct message is possible.
    """

    NONE = "none"
    OPEN = "open"
    HUMAN_AGENT = "human_agent"
    CLOSED = "closed"


class TextProblem(enum.StrEnum):
    EMPTY = "empty"
    TOO_LONG = "too_long"
    UNSUPPORTED_MODE = "unsupported_mode"


@dataclass(frozen=True)
class TextCheck:
    """A text measured against its platform's limit.

    Attributes:
        length: the length as the platform counts it (weighted for X).
        limit: the most the platform accepts here.
        problem: why the text cannot be sent, or None when it can.
    """

    length: int
    limit: int
    problem: TextProblem | None

    @property
    def ok(self) -> bool:
        return self.problem is None

    @property
    def remaining(self) -> int:
        return self.limit - self.length


def platform_length(platform: Platform, text: str, *, weighted: bool = True) -> int:
    """The length of `text` as `platform` counts it."""
    if platform is Platform.X and weighted:
        # Imported here: twitter-text compiles its URL and emoji patterns on import, which
        # costs about 0.4 s that the app's start should not pay (see warm_up).
        from twitter_text import parse_tweet

        return int(parse_tweet(text).weightedLength)
    return len(unicodedata.normalize("NFC", text))


def warm_up() -> None:
    """Load the X length counter now (in a background thread) so the first count is quick."""
    platform_length(Platform.X, "")


def check_reply(platform: Platform, mode: ReplyMode, text: str) -> TextCheck:
    """Check a reply (or direct message) before it is queued or while it is typed."""
    limit = LIMITS.get((platform, mode))
    if limit is None:
        return TextCheck(0, 0, TextProblem.UNSUPPORTED_MODE)
    weighted = platform is Platform.X and mode is ReplyMode.PUBLIC
    length = platform_length(platform, text, weighted=weighted)
    if not text.strip():
        return TextCheck(length, limit, TextProblem.EMPTY)
    if length > limit:
        return TextCheck(length, limit, TextProblem.TOO_LONG)
    return TextCheck(length, limit, None)


def check_post(platform: Platform, text: str) -> TextCheck:
    """Check the text of a post to publish."""
    limit = POST_LIMITS[platform]
    length = platform_length(platform, text)
    if not text.strip():
        return TextCheck(length, limit, TextProblem.EMPTY)
    return TextCheck(length, limit, TextProblem.TOO_LONG if length > limit else None)


def needs_messaging_window(platform: Platform, mode: ReplyMode) -> bool:
    """Meta direct messages may only answer a resident within the messaging window."""
    return platform in (Platform.FACEBOOK, Platform.INSTAGRAM) and mode is ReplyMode.DIRECT


def messaging_window_closes(last_inbound_at: datetime | None) -> datetime | None:
    """When the 24-hour window after the resident's last message closes (None: never opened)."""
    return None if last_inbound_at is None else last_inbound_at + MESSAGING_WINDOW


def human_agent_window_closes(last_inbound_at: datetime | None) -> datetime | None:
    """When the HUMAN_AGENT tag's 7 days after the resident's last message end."""
    return None if last_inbound_at is None else last_inbound_at + HUMAN_AGENT_WINDOW


def messaging_window(
    platform: Platform, mode: ReplyMode, last_inbound_at: datetime | None, now: datetime
) -> Window:
    """Where a reply in `mode` stands against Meta's messaging window at `now`."""
    if not needs_messaging_window(platform, mode):
        return Window.NONE
    if last_inbound_at is None:
        return Window.CLOSED
    if now < last_inbound_at + MESSAGING_WINDOW:
        return Window.OPEN
    if now < last_inbound_at + HUMAN_AGENT_WINDOW:
        return Window.HUMAN_AGENT
    return Window.CLOSED


def private_reply_window_closes(comment_created_at: datetime) -> datetime:
    """When a comment can no longer be answered with a private reply."""
    return comment_created_at + PRIVATE_REPLY_WINDOW
