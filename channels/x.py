"""The X (Twitter) adapter: tweepy's v2 `Client` behind Webcare's `Channel` port.

Streams polled, cheapest first (channels/x_reading.py walks them):
- `mentions`: GET /2/users/:id/mentions with since_id, page after page; where the timeline's
  800 end, recent search (`@handle`) reads on to the old since_id, 7 days back at most;
- `own`: GET /2/users/:id/tweets with since_id, the account's own posts and replies, so that
  answers given outside Webcare join their thread and count as responses (only read when the
  mentions were read to their end in the same pass, so that an answer never arrives before
  its thread);
- `dms`: GET /2/dm_events, newest first; it has no since_id, so pages are read until an event
  at or below the cursor appears, over as many polls as that takes.

tweepy's `wait_on_rate_limit` is off: it sleeps in the calling thread and retries without end.
Instead the `x-rate-limit-*` headers are read: a 429, or a window with nothing remaining,
pauses that stream until the reset time (24 hours at most: a later one is nonsense, and waits
15 minutes). Responses are parsed item by item, and every id and time checked
(channels/sanity.py), so one malformed item is quarantined instead of failing its page; a
stream that fails for a while (a timeout, a redirect, nonsense JSON) fails alone.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

import requests
import tweepy

from channels.http import DEFAULT_TIMEOUT, RedirectRefused, mount, never_sent
from channels.sanity import x_id
from channels.text import parse_json
from channels.x_items import (
    ItemError,
    decode_text,
    dm_item,
    is_dm_conversation,
    maybe_time,
    referenced,
    tweet_item,
    unparseable,
)
from channels.x_reading import (
    DM_FIELDS,
    PAGE_SIZE,
    TWEET_FIELDS,
    USER_FIELDS,
    WALK_PAGES,
    XReading,
    _data,
    _reset,
)
from webcare.accounts.credentials import Credential
from webcare.channel import (
    AccountConfig,
    AuthExpired,
    Delivered,
    FetchResult,
    Identity,
    OutboundReply,
    PostMedia,
    RateLimited,
    Rejected,
    Transient,
    Unsent,
)
from webcare.inbox.textmatch import same_text
from webcare.vocabulary import ReplyMode

# tweepy logs request headers (the bearer token among them) at DEBUG: never let that through.
logging.getLogger("tweepy").setLevel(logging.INFO)

REAL_HOSTS = ("https://api.twitter.com", "https://api.x.com")
MAX_PAGES = 8  # how far back reconciliation looks for a reply it may have sent
STREAMS = ("mentions", "own", "dms")


@dataclass
class _Pages:
    """The pages one lookup returned.

    Attributes:
        complete: every page up to the end (or `stop`) was read.
        limited_until: the rate-limit window is used up (429, or nothing remaining).
    """

    bodies: list[dict[str, Any]] = field(default_factory=list)
    complete: bool = False
    limited_until: datetime | None = None


class XChannel(XReading):
    """An X account. The credential is a bearer token (OAuth 2.0 user context) or a JSON
    object with consumer_key, consumer_secret, access_token and access_token_secret.

    Args:
        timeout: the deadline of each request, in seconds (connect, headers and body).
        walk_pages: requests one stream may make in one poll (channels/x_reading.py).
        clock: now, for checking times and ids (tests that move time pass their own).
    """

    def __init__(
        self,
        account: AccountConfig,
        credential: Credential,
        timeout: float = DEFAULT_TIMEOUT,
        *,
        walk_pages: int = WALK_PAGES,
        clock: Callable[[], datetime] | None = None,
    ) -> None:
        self.account = account
        if isinstance(credential, str):
            self.client = tweepy.Client(bearer_token=credential, wait_on_rate_limit=False)
            self.user_auth = False
        elif {"consumer_key", "consumer_secret", "access_token", "access_token_secret"} <= set(
            credential
        ):
            self.client = tweepy.Client(
                consumer_key=credential["consumer_key"],
                consumer_secret=credential["consumer_secret"],
                access_token=credential["access_token"],
                access_token_secret=credential["access_token_secret"],
                wait_on_rate_limit=False,
            )
            self.user_auth = True
        elif "bearer_token" in credential:
            self.client = tweepy.Client(
                bearer_token=credential["bearer_token"], wait_on_rate_limit=False
            )
            self.user_auth = False
        else:
            raise AuthExpired("the X credential has neither a token nor OAuth 1.0a keys")
        self.client.return_type = requests.Response
        mount(self.client.session, REAL_HOSTS, account.api_base, timeout)
        self.walk_pages = walk_pages
        self.clock = clock or (lambda: datetime.now(UTC))
        self.requests = 0

    # ---- calling the API

    def _call(self, method: Callable[..., Any], *args: Any, **kwargs: Any) -> requests.Response:
        """Call a tweepy method and translate every failure into the port's errors."""
        self.requests += 1
        try:
            response: requests.Response = method(*args, user_auth=self.user_auth, **kwargs)
        except tweepy.TooManyRequests as exc:
            raise RateLimited(_reset(exc.response, self.clock()), scope=method.__name__) from exc
        except tweepy.Unauthorized as exc:
            raise AuthExpired(_problem(exc)) from exc
        except tweepy.TwitterServerError as exc:
            raise Transient(f"X answered {exc.response.status_code}") from exc
        except (tweepy.BadRequest, tweepy.Forbidden, tweepy.NotFound) as exc:
            raise Rejected(_problem(exc), _code(exc)) from exc
        except tweepy.HTTPException as exc:
            raise Transient(f"X answered {exc.response.status_code}") from exc
        except requests.RequestException as exc:
            if never_sent(exc):
                raise Unsent(f"no connection to X: {type(exc).__name__}") from exc
            if isinstance(exc, RedirectRefused):
                raise Transient(f"X: {exc}") from exc
            if isinstance(exc, requests.Timeout):
                raise Transient(f"X did not answer in time ({exc})") from exc
            raise Transient(f"connection to X failed: {type(exc).__name__}") from exc
        except (ValueError, TypeError, AttributeError, KeyError, RecursionError) as exc:
            # tweepy reads an error answer itself (its body, a reset header): nonsense there
            # (a list for a body, a reset of thousands of digits) is a temporary failure.
            raise Transient(f"X sent an answer that cannot be read: {type(exc).__name__}") from exc
        return response

    def _json(self, response: requests.Response) -> dict[str, Any]:
        try:
            body = parse_json(response.content)
        except RecursionError as exc:
            raise Transient("X sent JSON nested too deeply to read") from exc
        except ValueError as exc:
            raise Transient("X sent a response that is not valid JSON") from exc
        if not isinstance(body, dict):
            raise Transient("X sent a response that is not a JSON object")
        return body

    def _pages(
        self,
        method: Callable[..., Any],
        max_pages: int,
        stop: Callable[[dict[str, Any]], bool] | None = None,
        **params: Any,
    ) -> _Pages:
        """Read pages until the last one, `max_pages`, `stop(body)`, or the rate limit."""
        pages = _Pages()
        token: str | None = None
        for _ in range(max_pages):
            if token:
                params["pagination_token"] = token
            try:
                response = self._call(method, **params)
            except RateLimited as exc:
                pages.limited_until = exc.until
                return pages
            body = self._json(response)
            pages.bodies.append(body)
            meta = body.get("meta")
            next_token = meta.get("next_token") if isinstance(meta, dict) else None
            token = next_token if isinstance(next_token, str) else None
            if not token or (stop is not None and stop(body)):
                pages.complete = True
            if response.headers.get("x-rate-limit-remaining") == "0":
                pages.limited_until = _reset(response, self.clock())
            if pages.complete or pages.limited_until is not None:
                return pages
        pages.complete = True  # as far back as a reply sent before a crash can be
        return pages

    # ---- the port

    def fetch(
        self, cursors: Mapping[str, str], paused: Mapping[str, datetime] | None = None
    ) -> FetchResult:
        """Read every stream that is not paused; one that fails for a while fails alone."""
        paused = {stream: until for stream, until in (paused or {}).items() if stream in STREAMS}
        self.requests = 0
        result = FetchResult(limited=dict(paused))  # still paused: the account stays so
        if x_id(self.account.external_id) is None:
            raise Rejected(
                f"{self.account.external_id!r} is not an X user id (1 to 19 digits)", "bad_id"
            )
        tried: list[str] = []
        mentions_read = False
        if "mentions" not in paused:
            tried.append("mentions")
            mentions_read = self._guarded(
                "mentions",
                result,
                lambda: self._read_tweets(
                    "mentions",
                    self.client.get_users_mentions,
                    cursors.get("mentions"),
                    result,
                    fill_gaps=True,
                ),
            )
        if mentions_read and "own" not in paused:
            tried.append("own")
            self._guarded(
                "own",
                result,
                lambda: self._read_tweets(
                    "own", self.client.get_users_tweets, cursors.get("own"), result, fill_gaps=False
                ),
            )
        if "dms" not in paused:
            tried.append("dms")
            self._guarded("dms", result, lambda: self._read_dms(cursors.get("dms"), result))
        if tried and all(stream in result.failed for stream in tried):
            # Nothing could be read at all: the account backs off as a whole.
            raise Transient("; ".join(f"{s}: {result.failed[s]}" for s in tried))
        if result.refused and not (result.items or result.cursors or result.unparseable):
            # Nothing could be read at all: that is the account's problem, not a stream's.
            raise Rejected("; ".join(result.refused.values()), "refused")
        return FetchResult(
            items=result.items,
            unparseable=result.unparseable,
            cursors=result.cursors,
            limited=result.limited,
            refused=result.refused,
            failed=result.failed,
            gaps=result.gaps,
            requests=self.requests,
        )

    @staticmethod
    def _guarded(stream: str, result: FetchResult, read: Callable[[], bool | None]) -> bool:
        """Read one stream; a temporary failure is noted for that stream and the others go on.
        True when `read` says it read the stream to its end (or says nothing)."""
        try:
            return read() is not False
        except Transient as exc:
            result.failed[stream] = exc.detail or str(exc)
            return False

    def send_reply(self, reply: OutboundReply) -> Delivered:
        if reply.mode is ReplyMode.DIRECT:
            if reply.thread_key:
                if not is_dm_conversation(reply.thread_key):
                    raise Rejected("the conversation id is not one X hands out", "bad_id")
                response = self._call(
                    self.client.create_direct_message,
                    dm_conversation_id=reply.thread_key,
                    text=reply.text,
                )
            elif reply.recipient:
                if x_id(reply.recipient) is None:
                    raise Rejected("the recipient is not an X user id", "bad_id")
                response = self._call(
                    self.client.create_direct_message,
                    participant_id=reply.recipient,
                    text=reply.text,
                )
            else:
                raise Rejected("a direct message needs a conversation or a recipient", "no_target")
            data = self._json(response).get("data") or {}
            event_id = data.get("dm_event_id") if isinstance(data, dict) else None
            if not event_id:
                raise Transient("X accepted the message but returned no id")
            return Delivered(str(event_id))
        if reply.mode is not ReplyMode.PUBLIC:
            raise Rejected(f"X has no {reply.mode.value} replies", "unsupported_mode")
        if reply.in_reply_to is not None and x_id(reply.in_reply_to) is None:
            raise Rejected("the post answered has no X id", "bad_id")
        response = self._call(
            self.client.create_tweet, text=reply.text, in_reply_to_tweet_id=reply.in_reply_to
        )
        return self._created(response)

    def _created(self, response: requests.Response) -> Delivered:
        data = self._json(response).get("data") or {}
        tweet_id = data.get("id") if isinstance(data, dict) else None
        if not tweet_id:
            raise Transient("X accepted the post but returned no id")
        return Delivered(str(tweet_id))

    def find_sent(self, reply: OutboundReply, since: datetime) -> list[Delivered]:
        if reply.mode is ReplyMode.DIRECT:
            return self._find_sent_dm(reply, since)
        found: list[Delivered] = []
        params: dict[str, Any] = {
            "id": self.account.external_id,
            "max_results": PAGE_SIZE,
            "tweet_fields": TWEET_FIELDS,
        }
        pages = self._pages(self.client.get_users_tweets, MAX_PAGES, _older_than(since), **params)
        for body in pages.bodies:
            for raw in _data(body, "own", None):
                if not isinstance(raw, dict) or not isinstance(raw.get("text"), str):
                    continue
                if reply.in_reply_to and reply.in_reply_to != referenced(raw, "replied_to"):
                    continue
                if same_text(reply.text, decode_text(raw["text"])):
                    found.append(Delivered(str(raw["id"]), maybe_time(raw.get("created_at"))))
        if not pages.complete:
            # Not everything could be read: the reply may be there. Do not resend yet.
            raise RateLimited(pages.limited_until or _reset(None, self.clock()), "own")
        return found

    def _find_sent_dm(self, reply: OutboundReply, since: datetime) -> list[Delivered]:
        if not is_dm_conversation(reply.thread_key):
            raise Rejected("the conversation id is not one X hands out", "bad_id")
        params: dict[str, Any] = {
            "dm_conversation_id": reply.thread_key,
            "max_results": PAGE_SIZE,
            "event_types": "MessageCreate",
            "dm_event_fields": DM_FIELDS,
        }

        pages = self._pages(
            self.client.get_direct_message_events, MAX_PAGES, _older_than(since), **params
        )
        found: list[Delivered] = []
        for body in pages.bodies:
            for raw in _data(body, "dms", None):
                if not isinstance(raw, dict):
                    continue
                text = raw.get("text")
                if (
                    str(raw.get("sender_id")) == self.account.external_id
                    and isinstance(text, str)
                    and same_text(reply.text, decode_text(text))
                ):
                    found.append(Delivered(str(raw["id"]), maybe_time(raw.get("created_at"))))
        if not pages.complete:
            raise RateLimited(pages.limited_until or _reset(None, self.clock()), "dms")
        return found

    def publish(
        self, text: str, link: str | None = None, media: PostMedia | None = None
    ) -> Delivered:
        if media is not None:
            # Media upload is the v1.1 upload endpoint, which this adapter does not speak.
            raise Rejected("posting media on X is not supported yet", "unsupported_media")
        body = f"{text} {link}" if link else text
        return self._created(self._call(self.client.create_tweet, text=body))

    @staticmethod
    def reread(account: AccountConfig, stream: str, payload: str, now: datetime) -> FetchResult:
        """A quarantined post or DM event read again from its stored payload, as polling reads
        it (the port's `Rereader`). The author's name was in the answer's `includes`, which the
        quarantine does not keep: the author is stored by id, as for a withheld user."""
        result = FetchResult()
        try:
            raw = parse_json(payload)
            if stream == "dms":
                result.items.append(dm_item(raw, {}, account.external_id, now))
            else:
                result.items.append(tweet_item(raw, {}, stream, account.external_id, now))
        except (ItemError, ValueError, TypeError, KeyError, AttributeError, RecursionError) as exc:
            result.unparseable.append(unparseable(stream, None, exc))
        return result

    def verify(self) -> Identity:
        data = self._json(self._call(self.client.get_me, user_fields=USER_FIELDS)).get("data")
        if not isinstance(data, dict) or not data.get("id"):
            raise Transient("X returned no user for this credential")
        return Identity(str(data["id"]), str(data.get("username", "")), str(data.get("name", "")))

    def close(self) -> None:
        self.client.session.close()


def _older_than(since: datetime) -> Callable[[dict[str, Any]], bool]:
    """A page predicate: the page reaches items created before `since` (newest-first lists)."""

    def reached(body: dict[str, Any]) -> bool:
        return any(
            (created := maybe_time(raw.get("created_at"))) is not None and created < since
            for raw in _data(body, "", None)
            if isinstance(raw, dict)
        )

    return reached


def _problem(exc: tweepy.HTTPException) -> str:
    messages = [m for m in exc.api_messages if isinstance(m, str) and m]
    if messages:
        return "; ".join(messages)[:500]
    return f"{exc.response.status_code} {exc.response.reason}"


def _code(exc: tweepy.HTTPException) -> str:
    text = _problem(exc).lower()
    if "duplicate" in text:
        return "duplicate"
    if "too long" in text:
        return "too_long"
    return f"http_{exc.response.status_code}"
