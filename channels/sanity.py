"""Sane values at the platform's edge: ids, times and numbers checked before anything uses them.

A platform (or whatever answers in its place) can send any JSON. One extreme value must cost
one item, never the account: an id that becomes a cursor is a cursor every later poll sends
back, a time in year 9999 becomes a "last seen" mark that hides everything after it, and a
reset time in year 5138 pauses a stream for good. So every id is checked against the
platform's own shapes, every time against the platform's lifetime and the next day, and every
number against a finite range, here, before an adapter builds a request, a cursor or a pause
from it. What fails is quarantined by the caller with its raw payload.
"""

from __future__ import annotations

import math
import re
from datetime import UTC, datetime, timedelta
from urllib.parse import quote

MAX_AHEAD = timedelta(days=1)
"""How far in the future a platform's time may lie (clocks drift; a day is generous)."""

X_BORN = datetime(2006, 3, 21, tzinfo=UTC)
FACEBOOK_BORN = datetime(2004, 2, 4, tzinfo=UTC)
INSTAGRAM_BORN = datetime(2010, 10, 6, tzinfo=UTC)

_X_ID = re.compile(r"[0-9]{1,19}")
_X_ID_MAX = 2**63 - 1
_TWEPOCH_MS = 1_288_834_974_657
_SNOWFLAKE_FROM = datetime(2010, 11, 4, tzinfo=UTC)

_GRAPH_ID = re.compile(r"[0-9]{1,40}(?:_[0-9]{1,40}){0,2}")
_PATH_SEGMENT = re.compile(r"[A-Za-z0-9_\-=.]{1,300}")
_TOKEN = re.compile(r"[\x21-\x7e]{1,512}")


class UnsafeIdError(ValueError):
    """An id that must not go into a URL path."""


def x_id(value: object) -> str | None:
    """`value` if it is an X id: 1 to 19 ASCII digits, at most 2^63 - 1 (X's own check is
    `^[0-9]{1,19}$`; a larger number is no id X hands out). None otherwise."""
    if not isinstance(value, str) or not _X_ID.fullmatch(value):
        return None
    return value if int(value) <= _X_ID_MAX else None


def snowflake_time(value: str) -> datetime | None:
    """The creation time an X snowflake id encodes (ids since November 2010); None for an
    older, smaller id, which encodes no time."""
    moment = datetime.fromtimestamp(((int(value) >> 22) + _TWEPOCH_MS) / 1000, UTC)
    return moment if moment >= _SNOWFLAKE_FROM + timedelta(days=1) else None


def x_cursor_id(value: object, now: datetime) -> str | None:
    """An X id fit to be a cursor (since_id, a DM floor): a valid id that does not claim a
    time beyond tomorrow. A since_id from the future would hide every later item."""
    checked = x_id(value)
    if checked is None:
        return None
    moment = snowflake_time(checked)
    return checked if moment is None or moment <= now + MAX_AHEAD else None


def graph_id(value: object) -> str | None:
    """`value` if it is a Graph object id of the shapes posts, comments and media have: digits,
    or digits joined by underscores ("<page>_<post>", "<post>_<comment>"). None otherwise."""
    if isinstance(value, bool) or not isinstance(value, str | int):
        return None
    text = str(value)
    return text if text.isascii() and _GRAPH_ID.fullmatch(text) else None


def path_segment(value: str) -> str:
    """`value` escaped as one URL path segment, if it is an id at all (letters, digits and
    `_ - = .`: Graph ids, conversation ids like `t_123` or base64 ones); UnsafeIdError otherwise.
    Nothing an answer said is ever pasted into a path as it came."""
    if not value.isascii() or not _PATH_SEGMENT.fullmatch(value) or value in (".", ".."):
        raise UnsafeIdError(f"{value[:80]!r} is not an id that can go into a URL")
    return quote(value, safe="")


def page_token(value: object) -> str | None:
    """A paging token fit to send back (`meta.next_token`): printable ASCII, no spaces, at
    most 512 characters."""
    return value if isinstance(value, str) and _TOKEN.fullmatch(value) else None


def checked_time(moment: datetime, born: datetime, now: datetime) -> datetime:
    """`moment` if it lies between the platform's birth and tomorrow; ValueError otherwise."""
    if moment > now + MAX_AHEAD:
        raise ValueError(f"{moment.isoformat()} is in the future")
    if moment < born:
        raise ValueError(f"{moment.isoformat()} is before the platform existed")
    return moment


def finite(value: object, low: float, high: float) -> float | None:
    """A JSON number (not a bool) that is finite and within [low, high]; None otherwise."""
    if isinstance(value, bool) or not isinstance(value, int | float):
        return None
    try:
        number = float(value)
    except OverflowError:  # an int of thousands of digits
        return None
    return number if math.isfinite(number) and low <= number <= high else None


def unix_seconds(value: object) -> datetime | None:
    """A header's unix time (digits only, at most 12 of them: up to year 33658) as a time."""
    if not isinstance(value, str) or not value.isascii() or not value.isdigit():
        return None
    if len(value) > 12:
        return None
    try:
        return datetime.fromtimestamp(int(value), UTC)
    except (OverflowError, OSError, ValueError):
        return None
