"""The order of a thread: platform time, then the platform's own order, then arrival.

Times often tie: X gives them to the second, and a burst of posts (or the sandbox) shares one.
The platforms' ids then tell the order they were written in:

- X: every id (tweets and direct-message events) is a snowflake, a number that grows with
  time, so a longer id is newer and ids of one length compare as text.
- Facebook and Instagram (Graph): comment and post ids are numbers (a Facebook comment is
  `<post>_<n>`, an Instagram comment 17 digits) that grow with time.
- Ids that carry no order (Messenger's `m_…`, Instagram's base64 message ids) fall back to
  arrival: adapters return a page in writing order (the Graph lists are read newest first and
  put back), so the order of the stored rows is the platform's paging order.

Notes and replies not yet sent have no external id: arrival (their own time rarely ties).
"""

from __future__ import annotations

from datetime import datetime

from webcare.vocabulary import Platform

# (has no platform order, platform position, arrival) after the time
OrderKey = tuple[datetime, int, tuple[int, str], int]


def platform_position(platform: Platform, external_id: str | None) -> tuple[int, str] | None:
    """Where an id stands in its platform's order (length, digits), or None if it has none."""
    if not external_id:
        return None
    number = external_id
    if platform is not Platform.X:
        number = external_id.rpartition("_")[2]  # a Facebook comment or post: `<parent>_<n>`
    if not number.isascii() or not number.isdigit():
        return None
    number = number.lstrip("0") or "0"
    return (len(number), number)


def thread_key(
    platform: Platform, created_at: datetime, external_id: str | None, arrival: int
) -> OrderKey:
    """The sort key of one message of a thread on `platform`."""
    position = platform_position(platform, external_id)
    if position is None:
        return (created_at, 1, (0, ""), arrival)
    return (created_at, 0, position, arrival)
