"""Reading X without gaps: walks that resume across polls and never move a cursor past what
was read, and recent search where the mentions timeline ends.

Mentions and the account's own posts are read with since_id, newest first. A walk that does
not reach its end in one poll (its page budget, or the rate limit, runs out) keeps its place
in the stream's cursor: the newest id it read, and the oldest (it goes on with until_id), so
the next poll continues below where this one stopped, and only a finished walk makes the
newest id the new since_id. The mentions timeline serves only the 800 most recent mentions:
when a walk has been served about that many, what lies between its end and the old since_id
is asked of recent search (`@handle`, since_id and until_id), which reaches back 7 days. What
neither serves is recorded as a gap on the account.

Direct messages have no since_id: pages come newest first until one at or below the floor
(the newest event of the last finished walk). A walk keeps its `next_token` in the cursor
and resumes there; however many pages it takes, it finishes before the floor moves. A new
account reads the newest page only and puts its floor at the newest event (or at "0" when
there is none yet, so that every later event is read).
"""

from __future__ import annotations

import json
import logging
import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import Any

import requests

from channels.sanity import page_token, snowflake_time, unix_seconds, x_cursor_id
from channels.text import dump_payload
from channels.x_items import (
    MESSAGE_CREATE,
    ItemError,
    dm_item,
    is_retweet,
    maybe_time,
    tweet_item,
    unparseable,
    users_of,
)
from webcare.channel import (
    AccountConfig,
    FetchResult,
    Gap,
    RateLimited,
    Rejected,
    Transient,
    UnparseableItem,
    sane_until,
)

log = logging.getLogger(__name__)

PAGE_SIZE = 100
TIMELINE_CAP = 800
"""X serves only the 800 most recent mentions on the timeline."""
WALK_PAGES = 25
"""Requests one stream may make in one poll; a longer walk goes on in the next poll."""
SEARCH_REACH = timedelta(days=7) - timedelta(minutes=10)
"""How far back recent search is asked to look (7 days, with a margin for clocks)."""
DM_HISTORY = timedelta(days=30)
"""X serves 30 days of direct messages."""
UNKNOWN_RESET = timedelta(minutes=15)
REFUSED_PAUSE = timedelta(hours=1)
"""A refused stream (no access at this API level) is tried again after this."""

TWEET_FIELDS = [
    "note_tweet",  # the whole text of a long post; `text` then holds only its start
    "entities",  # the links as written, behind X's t.co rewrites
    "created_at",
    "author_id",
    "conversation_id",
    "in_reply_to_user_id",
    "referenced_tweets",
]
USER_FIELDS = ["username", "name"]
DM_FIELDS = [
    "id",
    "text",
    "event_type",
    "created_at",
    "dm_conversation_id",
    "sender_id",
    "entities",  # a shared post or link arrives as a t.co link in the text
    "attachments",  # a photo sent without a word has no (or an empty) text
    "referenced_tweets",
]

_HANDLE = re.compile(r"[A-Za-z0-9_]{1,15}")


def _newer(a: str | None, b: str) -> str:
    return b if a is None or int(b) > int(a) else a


def _older(a: str | None, b: str) -> str:
    return b if a is None or int(b) < int(a) else a


@dataclass
class TimelineWalk:
    """Where a since_id walk of a timeline stands.

    Attributes:
        since: everything up to this id was read (the stream's since_id), None at first.
        since_time: without a since id, the time (unix) from which everything was read: the
            first poll found nothing yet. None: no poll finished yet.
        top, until: the newest and oldest id this walk read so far.
        phase: "timeline", or "search" once the timeline ended near its 800.
        served: the items the timeline served in this walk (to know it may have ended at 800).
        search_from: the `start_time` (unix) search is asked with, where a since_id cannot be.
        gap: a stretch (unix seconds) search could not reach, recorded when the walk ends.
    """

    since: str | None
    since_time: int | None = None
    top: str | None = None
    until: str | None = None
    phase: str = "timeline"
    served: int = 0
    search_from: int | None = None
    gap: tuple[int, int] | None = None

    @classmethod
    def load(cls, cursor: str | None, now: datetime) -> TimelineWalk:
        """A stored cursor: a since_id, or a walk in progress (JSON). An unusable one (a
        poisoned id from before ids were checked) counts as none."""
        if not cursor:
            return cls(None)
        if not cursor.startswith("{"):
            return cls(x_cursor_id(cursor, now))
        try:
            state = json.loads(cursor)
        except ValueError:
            return cls(None)
        if not isinstance(state, dict):
            return cls(None)
        served = state.get("served")
        gap = state.get("gap")
        return cls(
            since=x_cursor_id(state.get("since"), now),
            since_time=_unix(state.get("since_time"), now),
            top=x_cursor_id(state.get("top"), now),
            until=x_cursor_id(state.get("until"), now),
            phase="search" if state.get("phase") == "search" else "timeline",
            served=served if isinstance(served, int) and 0 <= served <= 10**6 else 0,
            search_from=_unix(state.get("search_from"), now),
            gap=(gap[0], gap[1])
            if isinstance(gap, list) and len(gap) == 2 and all(_unix(t, now) for t in gap)
            else None,
        )

    def saw(self, item_id: str) -> None:
        self.top = _newer(self.top, item_id)
        self.until = _older(self.until, item_id)

    def exhausted(self) -> bool:
        """Nothing can lie between since and until; or a first walk (no since) has been
        served as much as the timeline holds."""
        if self.since is None:
            return self.phase == "timeline" and self.served >= TIMELINE_CAP
        return self.until is not None and int(self.until) <= int(self.since) + 1

    def pending(self) -> str:
        return json.dumps(
            {
                "since": self.since,
                "since_time": self.since_time,
                "top": self.top,
                "until": self.until,
                "phase": self.phase,
                "served": self.served,
                "search_from": self.search_from,
                "gap": list(self.gap) if self.gap else None,
            },
            separators=(",", ":"),
        )

    def finished(self, now: datetime) -> str:
        """The cursor once this walk is done: the newest id read (or the old since_id), or,
        with none at all yet, the time from which everything was read."""
        if self.top or self.since:
            return self.top or self.since or ""
        since_time = self.since_time if self.since_time is not None else int(now.timestamp())
        return json.dumps({"since": None, "since_time": since_time}, separators=(",", ":"))

    def started(self) -> bool:
        """A poll has finished before: what arrives now is new (a gap can be filled)."""
        return self.since is not None or self.since_time is not None


@dataclass
class DmWalk:
    """Where a walk of the DM events stands: the floor, the newest event this walk read, the
    oldest one, and the `next_token` to go on with."""

    floor: str | None
    top: str | None = None
    oldest: str | None = None
    token: str | None = None

    @classmethod
    def load(cls, cursor: str | None, now: datetime) -> DmWalk:
        """A stored cursor: a floor id, or a walk in progress (JSON). An unusable floor reads
        everything X still serves (ingest skips what it has), rather than nothing."""
        if not cursor:
            return cls(None)
        if not cursor.startswith("{"):
            return cls(x_cursor_id(cursor, now) or "0")
        try:
            state = json.loads(cursor)
        except ValueError:
            return cls("0")
        if not isinstance(state, dict):
            return cls("0")
        return cls(
            floor=x_cursor_id(state.get("floor"), now) or "0",
            top=x_cursor_id(state.get("top"), now),
            oldest=x_cursor_id(state.get("oldest"), now),
            token=page_token(state.get("token")),
        )

    def pending(self) -> str:
        return json.dumps(
            {"floor": self.floor, "top": self.top, "oldest": self.oldest, "token": self.token},
            separators=(",", ":"),
        )


@dataclass
class _Answer:
    """One page of a list endpoint, checked."""

    body: dict[str, Any]
    data: list[Any]
    next_token: str | None
    exhausted_until: datetime | None


class XReading:
    """The reading half of the X adapter (see `channels.x.XChannel`)."""

    account: AccountConfig
    client: Any
    walk_pages: int
    clock: Callable[[], datetime]

    def _call(self, method: Callable[..., Any], *args: Any, **kwargs: Any) -> requests.Response:
        raise NotImplementedError

    def _json(self, response: requests.Response) -> dict[str, Any]:
        raise NotImplementedError

    # ---- one page

    def _answer(self, response: requests.Response, stream: str, result: FetchResult) -> _Answer:
        body = self._json(response)
        meta = body.get("meta")
        raw_token = meta.get("next_token") if isinstance(meta, dict) else None
        token = page_token(raw_token)
        if raw_token is not None and token is None:
            raise Transient("X sent a next_token that cannot be sent back")
        remaining = response.headers.get("x-rate-limit-remaining")
        exhausted = _reset(response, self.clock()) if remaining == "0" else None
        return _Answer(body, _data(body, stream, result), token, exhausted)

    # ---- mentions, own posts

    def _read_tweets(
        self,
        stream: str,
        method: Callable[..., Any],
        cursor: str | None,
        result: FetchResult,
        *,
        fill_gaps: bool,
    ) -> bool:
        """Walk one timeline into `result`; True when the walk finished (the cursor moved to
        its newest id). An unfinished walk leaves its place as the stream's cursor."""
        now = self.clock()
        walk = TimelineWalk.load(cursor, now)
        token: str | None = None
        params: dict[str, Any] | None = None  # one query per phase: a token belongs to it
        pages = 0
        while True:
            if walk.exhausted():
                pass  # nothing can lie below what this phase read: it is done
            elif pages >= self.walk_pages:
                result.cursors[stream] = walk.pending()
                return False
            else:
                if params is None or not token:
                    params = self._tweet_params(walk, now)
                params.pop("next_token", None)
                params.pop("pagination_token", None)
                if token:
                    params["next_token" if walk.phase == "search" else "pagination_token"] = token
                call = self.client.search_recent_tweets if walk.phase == "search" else method
                try:
                    response = self._call(call, **params)
                except RateLimited as exc:
                    result.limited[stream] = exc.until
                    if walk.top is not None:
                        result.cursors[stream] = walk.pending()
                    return False
                except Rejected as exc:
                    if walk.phase == "search":
                        # Search refused (an access level without it): what it would have
                        # filled is a gap, named on the account; the timeline was read.
                        log.info("x: recent search refused: %s", exc)
                        walk.gap, token = self._unreachable(walk), None
                    else:
                        result.refused[stream] = exc.reason
                        result.limited[stream] = now + REFUSED_PAUSE
                        if walk.top is not None:
                            result.cursors[stream] = walk.pending()
                        return False
                else:
                    pages += 1
                    answer = self._answer(response, stream, result)
                    self._tweets_into(answer, walk, stream, result, now)
                    if answer.exhausted_until is not None:
                        result.limited[stream] = answer.exhausted_until
                    token = answer.next_token
                    if token:
                        if answer.exhausted_until is not None:
                            result.cursors[stream] = walk.pending()
                            return False
                        continue
            # this phase has reached its end
            if (
                fill_gaps
                and walk.phase == "timeline"
                and walk.started()
                and walk.served >= TIMELINE_CAP - PAGE_SIZE
            ):
                walk.phase, token, params = "search", None, None
                if _HANDLE.fullmatch(self.account.handle):
                    walk.gap = self._search_start(walk, now)
                    continue
                walk.gap = self._unreachable(walk)  # no handle to search for
            if fill_gaps or walk.top or walk.since:
                result.cursors[stream] = walk.finished(now)
            if walk.gap is not None:
                start, end = walk.gap
                result.gaps.append(
                    Gap(
                        stream, datetime.fromtimestamp(start, UTC), datetime.fromtimestamp(end, UTC)
                    )
                )
            return True

    def _tweet_params(self, walk: TimelineWalk, now: datetime) -> dict[str, Any]:
        params: dict[str, Any] = {
            "max_results": PAGE_SIZE,
            "tweet_fields": TWEET_FIELDS,
            "expansions": ["author_id"],
            "user_fields": USER_FIELDS,
        }
        if walk.phase == "search":
            params["query"] = f"@{self.account.handle}"
            if walk.search_from is not None:
                params["start_time"] = datetime.fromtimestamp(walk.search_from, UTC)
            elif walk.since is not None:
                params["since_id"] = walk.since
        else:
            params["id"] = self.account.external_id
            if walk.since is not None:
                params["since_id"] = walk.since
        if walk.until is not None:
            params["until_id"] = walk.until
        return params

    def _tweets_into(
        self,
        answer: _Answer,
        walk: TimelineWalk,
        stream: str,
        result: FetchResult,
        now: datetime,
    ) -> None:
        users = users_of(answer.body)
        for raw in answer.data:
            if walk.phase == "timeline":
                walk.served += 1
            item_id = x_cursor_id(raw.get("id") if isinstance(raw, dict) else None, now)
            if item_id is not None:
                walk.saw(item_id)
            if is_retweet(raw):
                continue  # a retweet repeats someone's post; it asks nothing new
            try:
                result.items.append(tweet_item(raw, users, stream, self.account.external_id, now))
            except (ItemError, ValueError, TypeError, KeyError, AttributeError) as exc:
                result.unparseable.append(unparseable(stream, raw, exc))

    def _search_start(self, walk: TimelineWalk, now: datetime) -> tuple[int, int] | None:
        """The timeline has ended near its 800: search fills what lies below it. If the old
        since_id is older than search reaches (7 days), what lies between it and the start of
        search cannot be read at all: that stretch is the gap."""
        if walk.since is not None:
            since_time = self._time_of(walk.since)
        else:
            assert walk.since_time is not None
            since_time = datetime.fromtimestamp(walk.since_time, UTC)
            walk.search_from = walk.since_time
        reach = now - SEARCH_REACH
        if since_time is not None and since_time >= reach:
            return None
        walk.search_from = int(reach.timestamp())
        start = since_time if since_time is not None else reach - timedelta(days=1)
        return (int(start.timestamp()), int(reach.timestamp()))

    def _unreachable(self, walk: TimelineWalk) -> tuple[int, int]:
        """The whole stretch below the timeline's end, when search cannot be asked at all."""
        now = self.clock()
        start = (
            (self._time_of(walk.since) if walk.since else None)
            or (datetime.fromtimestamp(walk.since_time, UTC) if walk.since_time else None)
            or now - SEARCH_REACH
        )
        end = (self._time_of(walk.until) if walk.until else None) or now
        return (int(start.timestamp()), int(max(start, end).timestamp()))

    def _time_of(self, tweet_id: str) -> datetime | None:
        """When a post was written: X's own word (a lookup), else what its id encodes."""
        try:
            response = self._call(self.client.get_tweet, tweet_id, tweet_fields=["created_at"])
            data = self._json(response).get("data")
            found = maybe_time(data.get("created_at")) if isinstance(data, dict) else None
        except (RateLimited, Rejected, Transient):
            found = None
        return found or snowflake_time(tweet_id)

    # ---- direct messages

    def _read_dms(self, cursor: str | None, result: FetchResult) -> None:
        now = self.clock()
        walk = DmWalk.load(cursor, now)
        first_poll = walk.floor is None
        budget = 1 if first_poll else self.walk_pages
        params: dict[str, Any] = {
            "max_results": PAGE_SIZE,
            "event_types": MESSAGE_CREATE,
            "dm_event_fields": DM_FIELDS,
            "expansions": ["sender_id"],
            "user_fields": USER_FIELDS,
        }
        pages, restarted = 0, False
        while True:
            if walk.token:
                params["pagination_token"] = walk.token
            else:
                params.pop("pagination_token", None)
            try:
                response = self._call(self.client.get_direct_message_events, **params)
            except RateLimited as exc:
                result.limited["dms"] = exc.until
                if walk.top is not None:
                    result.cursors["dms"] = walk.pending()
                return
            except Rejected as exc:
                if walk.token and not restarted:
                    # The token of an interrupted walk is no longer taken: start again from
                    # the newest event (ingest skips what was read already).
                    walk.token, restarted = None, True
                    continue
                result.refused["dms"] = exc.reason
                result.limited["dms"] = now + REFUSED_PAUSE
                return
            pages += 1
            answer = self._answer(response, "dms", result)
            reached = self._dms_into(answer, walk, result, now)
            if answer.exhausted_until is not None:
                result.limited["dms"] = answer.exhausted_until
            if reached or not answer.next_token or first_poll:
                if not reached and not answer.next_token and not first_poll:
                    self._dm_history_gap(walk, result, now)
                result.cursors["dms"] = walk.top or walk.floor or "0"
                return
            walk.token = answer.next_token
            if answer.exhausted_until is not None or pages >= budget:
                result.cursors["dms"] = walk.pending()
                return

    def _dms_into(self, answer: _Answer, walk: DmWalk, result: FetchResult, now: datetime) -> bool:
        """The page's new events into `result`; True when it reached the floor."""
        users = users_of(answer.body)
        floor = int(walk.floor) if walk.floor is not None else None
        reached = False
        for raw in answer.data:
            event_id = x_cursor_id(raw.get("id") if isinstance(raw, dict) else None, now)
            if event_id is not None and floor is not None and int(event_id) <= floor:
                reached = True
                continue
            if event_id is not None:
                walk.top = _newer(walk.top, event_id)
                walk.oldest = _older(walk.oldest, event_id)
            if isinstance(raw, dict) and raw.get("event_type") not in (MESSAGE_CREATE, None):
                continue  # someone joined or left a group conversation: no message
            try:
                result.items.append(dm_item(raw, users, self.account.external_id, now))
            except (ItemError, ValueError, TypeError, KeyError, AttributeError) as exc:
                result.unparseable.append(unparseable("dms", raw, exc))
        return reached

    def _dm_history_gap(self, walk: DmWalk, result: FetchResult, now: datetime) -> None:
        """The events ran out above the floor: if the floor is older than X's 30 days, what
        lay between them is gone."""
        if walk.floor in (None, "0"):
            return
        assert walk.floor is not None
        since = snowflake_time(walk.floor)
        if since is None or since >= now - DM_HISTORY:
            return
        end = (snowflake_time(walk.oldest) if walk.oldest else None) or now - DM_HISTORY
        result.gaps.append(Gap("dms", since, max(since, end)))


def _unix(value: object, now: datetime) -> int | None:
    """A stored unix time, if it is one (from X's birth to tomorrow)."""
    if isinstance(value, bool) or not isinstance(value, int):
        return None
    return value if 1_142_899_200 <= value <= now.timestamp() + 86_400 else None


def _data(body: dict[str, Any], stream: str, result: FetchResult | None) -> list[Any]:
    """A page's items. `data` is absent from an empty page (and from an errors-only one); a
    `data` that is not a list is quarantined as it came, not dropped."""
    if "data" not in body:
        return []
    data = body["data"]
    if isinstance(data, list):
        return data
    if result is not None:
        result.unparseable.append(
            UnparseableItem(
                stream=stream,
                reason=f"`data` is a {type(data).__name__}, not a list",
                payload=dump_payload(data),
            )
        )
    return []


def _reset(response: requests.Response | None, now: datetime) -> datetime:
    """When a rate-limited endpoint may be called again: `x-rate-limit-reset` if it is a time
    within the next 24 hours, else (none, past, nonsense) in 15 minutes."""
    value = response.headers.get("x-rate-limit-reset") if response is not None else None
    return sane_until(unix_seconds(value), now, UNKNOWN_RESET)
