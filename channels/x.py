"""The X (Twitter) adapter: tweepy's v2 `Client` behind Webcare's `Channel` port.

Streams polled, cheapest first:
- `mentions`: GET /2/users/:id/mentions with since_id, every next_token page followed;
- `own`: GET /2/users/:id/tweets with since_id, the account's own posts and replies, so that
  answers given outside Webcare join their thread and count as responses (only read when the
  mentions were read in the same pass, so that an answer never arrives before its thread);
- `dms`: GET /2/dm_events, newest first; it has no since_id, so pages are read until an event
  at or below the cursor appears.

tweepy's `wait_on_rate_limit` is off: it sleeps in the calling thread and retries without end.
Instead the `x-rate-limit-*` headers are read: a 429, or a window with nothing remaining,
pauses that stream until the reset time. Responses are parsed item by item, so one malformed
item is quarantined instead of failing its page.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from typing import Any

import requests
import tweepy

from channels.http import DEFAULT_TIMEOUT, RoutingAdapter
from channels.text import clean_text, dump_payload
from webcare.accounts.credentials import Credential
from webcare.channel import (
    AccountConfig,
    AuthExpired,
    Delivered,
    FetchResult,
    Identity,
    InboundItem,
    ItemKind,
    OutboundReply,
    PostMedia,
    RateLimited,
    Rejected,
    Transient,
    UnparseableItem,
)
from webcare.inbox.textmatch import same_text
from webcare.vocabulary import ConversationKind, ReplyMode

# tweepy logs request headers (the bearer token among them) at DEBUG: never let that through.
logging.getLogger("tweepy").setLevel(logging.INFO)

REAL_HOSTS = ("https://api.twitter.com", "https://api.x.com")
PAGE_SIZE = 100
MAX_PAGES = 8  # X serves at most the 800 most recent mentions
DM_FIRST_POLL_PAGES = 1
UNKNOWN_RESET = timedelta(minutes=15)
REFUSED_PAUSE = timedelta(hours=1)  # a refused stream is tried again after this

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
MESSAGE_CREATE = "MessageCreate"

_ENTITY = re.compile(r"&(amp|lt|gt);")
_ENTITIES = {"amp": "&", "lt": "<", "gt": ">"}


def decode_text(text: str) -> str:
    """Undo X's HTML escaping of post and direct-message text (only &amp; &lt; &gt;).

    X escapes exactly these three in a post's `text` (a resident's "&" arrives as "&amp;", a
    typed "&amp;" as "&amp;amp;"). DM text is taken to be escaped alike: X's v1.1 DM events
    were, and the v2 documentation says nothing either way. One pass decodes each once and
    nothing else: "&quot;" or "&#39;" stay as written, because X never produces them. Should a
    DM ever come unescaped, only a literally typed "&amp;" would change, whereas escaped text
    left alone would garble every "&".
    """
    return _ENTITY.sub(lambda m: _ENTITIES[m.group(1)], text)


def expand_links(text: str, entities: object) -> str:
    """Put back the links a resident wrote where X shows its t.co short links."""
    urls = entities.get("urls") if isinstance(entities, dict) else None
    for url in urls if isinstance(urls, list) else []:
        if not isinstance(url, dict):
            continue
        short, expanded = url.get("url"), url.get("expanded_url")
        if isinstance(short, str) and isinstance(expanded, str) and short and expanded:
            text = text.replace(short, expanded)
    return text


def parse_time(value: object) -> datetime:
    if not isinstance(value, str):
        raise ValueError(f"created_at is {type(value).__name__}, not a string")
    parsed = datetime.fromisoformat(value)
    if parsed.tzinfo is None:
        raise ValueError(f"created_at {value!r} has no timezone")
    return parsed.astimezone(UTC)


class ItemError(ValueError):
    """One item of a page cannot be understood."""


@dataclass
class _Pages:
    """The pages one stream returned in a pass.

    Attributes:
        complete: every page up to the end (or the platform's cap) was read. Only then may
            the stream's cursor move on: a cursor moved past an unread page loses its items.
        limited_until: the rate-limit window is used up (429, or nothing remaining).
    """

    bodies: list[dict[str, Any]] = field(default_factory=list)
    complete: bool = False
    limited_until: datetime | None = None
    refused: Rejected | None = None


class XChannel:
    """An X account. The credential is a bearer token (OAuth 2.0 user context) or a JSON
    object with consumer_key, consumer_secret, access_token and access_token_secret."""

    def __init__(
        self, account: AccountConfig, credential: Credential, timeout: float = DEFAULT_TIMEOUT
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
        rewrites = {host: account.api_base for host in REAL_HOSTS} if account.api_base else {}
        adapter = RoutingAdapter(rewrites, timeout)
        self.client.session.mount("https://", adapter)
        self.client.session.mount("http://", adapter)
        self.requests = 0

    # ---- calling the API

    def _call(self, method: Callable[..., Any], *args: Any, **kwargs: Any) -> requests.Response:
        """Call a tweepy method and translate every failure into the port's errors."""
        self.requests += 1
        try:
            response: requests.Response = method(*args, user_auth=self.user_auth, **kwargs)
        except tweepy.TooManyRequests as exc:
            raise RateLimited(_reset(exc.response), scope=method.__name__) from exc
        except tweepy.Unauthorized as exc:
            raise AuthExpired(_problem(exc)) from exc
        except tweepy.TwitterServerError as exc:
            raise Transient(f"X answered {exc.response.status_code}") from exc
        except (tweepy.BadRequest, tweepy.Forbidden, tweepy.NotFound) as exc:
            raise Rejected(_problem(exc), _code(exc)) from exc
        except tweepy.HTTPException as exc:
            raise Transient(f"X answered {exc.response.status_code}") from exc
        except requests.Timeout as exc:
            raise Transient("X did not answer in time") from exc
        except requests.RequestException as exc:
            raise Transient(f"connection to X failed: {type(exc).__name__}") from exc
        return response

    def _json(self, response: requests.Response) -> dict[str, Any]:
        try:
            body = response.json()
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
        refusable: bool = False,
        **params: Any,
    ) -> _Pages:
        """Read pages until the last one, `max_pages`, `stop(body)`, or the rate limit.

        Args:
            refusable: a refusal (403, 400) ends this stream only, recorded in the result,
                instead of failing the whole poll.
        """
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
            except Rejected as exc:
                if not refusable:
                    raise
                pages.refused = exc
                return pages
            body = self._json(response)
            pages.bodies.append(body)
            meta = body.get("meta")
            token = meta.get("next_token") if isinstance(meta, dict) else None
            if not token or (stop is not None and stop(body)):
                pages.complete = True
            if _exhausted(response):
                pages.limited_until = _reset(response)
            if pages.complete or pages.limited_until is not None:
                return pages
        pages.complete = True  # the platform's own cap (800 mentions): nothing older exists
        return pages

    # ---- the port

    def fetch(
        self, cursors: Mapping[str, str], paused: Mapping[str, datetime] | None = None
    ) -> FetchResult:
        paused = paused or {}
        self.requests = 0
        result = FetchResult()
        mentions_read = False
        if "mentions" not in paused:
            mentions_read = self._read_tweets(
                "mentions", self.client.get_users_mentions, cursors.get("mentions"), result
            )
        if mentions_read and "own" not in paused:
            self._read_tweets("own", self.client.get_users_tweets, cursors.get("own"), result)
        if "dms" not in paused:
            self._read_dms(cursors.get("dms"), result)
        if result.refused and not (result.items or result.cursors or result.unparseable):
            # Nothing could be read at all: that is the account's problem, not a stream's.
            raise Rejected("; ".join(result.refused.values()), "refused")
        return FetchResult(
            items=result.items,
            unparseable=result.unparseable,
            cursors=result.cursors,
            limited=result.limited,
            refused=result.refused,
            requests=self.requests,
        )

    def _read_tweets(
        self, stream: str, method: Callable[..., Any], since: str | None, result: FetchResult
    ) -> bool:
        """Read one tweet stream into `result`; True when it was read to the end."""
        params: dict[str, Any] = {
            "id": self.account.external_id,
            "max_results": PAGE_SIZE,
            "tweet_fields": TWEET_FIELDS,
            "expansions": ["author_id"],
            "user_fields": USER_FIELDS,
        }
        if since:
            params["since_id"] = since
        pages = self._pages(method, MAX_PAGES, refusable=True, **params)
        newest = since
        for body in pages.bodies:
            users = _users(body)
            meta = body.get("meta")
            newest = _newer(newest, meta.get("newest_id") if isinstance(meta, dict) else None)
            for raw in _data(body):
                newest = _newer(newest, raw.get("id") if isinstance(raw, dict) else None)
                try:
                    if _is_retweet(raw):
                        continue  # a retweet repeats someone's post; it asks nothing new
                    result.items.append(self._tweet_item(raw, users, stream))
                except (ItemError, ValueError, TypeError, KeyError, AttributeError) as exc:
                    result.unparseable.append(_unparseable(stream, raw, exc))
        _note_pause(stream, pages, result)
        if pages.complete and newest:
            result.cursors[stream] = newest
        return pages.complete

    def _tweet_item(self, raw: Any, users: dict[str, dict[str, Any]], stream: str) -> InboundItem:
        if not isinstance(raw, dict):
            raise ItemError("the item is not a JSON object")
        tweet_id, text = raw.get("id"), raw.get("text")
        if not isinstance(tweet_id, str) or not tweet_id.isdigit():
            raise ItemError("the item has no numeric id")
        entities = raw.get("entities")
        note = raw.get("note_tweet")
        if isinstance(note, dict) and isinstance(note.get("text"), str):
            text, entities = note["text"], note.get("entities")
        if not isinstance(text, str):
            raise ItemError("the item has no text")
        created = parse_time(raw.get("created_at"))
        author_id = _id_of(raw.get("author_id"))
        if not author_id:
            raise ItemError("the item has no author_id")
        replied_to = _referenced(raw, "replied_to")
        own = author_id == self.account.external_id
        if own:
            kind = ItemKind.REPLY if replied_to else ItemKind.OWN_POST
        else:
            kind = ItemKind.REPLY if replied_to else ItemKind.MENTION
        return InboundItem(
            external_id=tweet_id,
            parent_external_id=replied_to,
            thread_key=_thread_of(raw, tweet_id),
            conversation_kind=ConversationKind.PUBLIC_THREAD,
            kind=kind,
            # An author missing from `includes.users` (suspended, protected, withheld) is
            # still the author: stored by id, with the name X did not give left empty.
            author=_identity(author_id, users),
            text=clean_text(expand_links(decode_text(text), entities)),
            created_at=created,
            from_account=own,
            stream=stream,
        )

    def _read_dms(self, since: str | None, result: FetchResult) -> None:
        params: dict[str, Any] = {
            "max_results": PAGE_SIZE,
            "event_types": "MessageCreate",
            "dm_event_fields": DM_FIELDS,
            "expansions": ["sender_id"],
            "user_fields": USER_FIELDS,
        }
        floor = int(since) if since and since.isdigit() else None

        def below_floor(body: dict[str, Any]) -> bool:
            return floor is not None and any(_id_at_most(raw, floor) for raw in _data(body))

        # Without a cursor (a new account) only the newest page is read: no backfill of a
        # month of direct messages into the queue.
        pages = self._pages(
            self.client.get_direct_message_events,
            MAX_PAGES if floor is not None else DM_FIRST_POLL_PAGES,
            below_floor,
            refusable=True,
            **params,
        )
        newest = since
        for body in pages.bodies:
            users = _users(body)
            for raw in _data(body):
                if floor is not None and _id_at_most(raw, floor):
                    continue
                newest = _newer(newest, raw.get("id") if isinstance(raw, dict) else None)
                if isinstance(raw, dict) and raw.get("event_type") not in (MESSAGE_CREATE, None):
                    continue  # someone joined or left a group conversation: no message
                try:
                    result.items.append(self._dm_item(raw, users))
                except (ItemError, ValueError, TypeError, KeyError, AttributeError) as exc:
                    result.unparseable.append(_unparseable("dms", raw, exc))
        _note_pause("dms", pages, result)
        if pages.complete and newest:
            result.cursors["dms"] = newest

    def _dm_item(self, raw: Any, users: dict[str, dict[str, Any]]) -> InboundItem:
        if not isinstance(raw, dict):
            raise ItemError("the event is not a JSON object")
        event_id, text = raw.get("id"), raw.get("text")
        if not isinstance(event_id, str) or not event_id.isdigit():
            raise ItemError("the event has no numeric id")
        if text is None and (raw.get("attachments") or raw.get("referenced_tweets")):
            text = ""  # a photo or a shared post sent without a word
        if not isinstance(text, str):
            raise ItemError("the event has no text")
        conversation = _id_of(raw.get("dm_conversation_id"))
        sender = _id_of(raw.get("sender_id"))
        if not conversation or not sender:
            raise ItemError("the event has no conversation or sender")
        return InboundItem(
            external_id=event_id,
            parent_external_id=None,
            thread_key=conversation,
            conversation_kind=ConversationKind.DIRECT,
            kind=ItemKind.DIRECT_MESSAGE,
            author=_identity(sender, users),
            text=clean_text(expand_links(decode_text(text), raw.get("entities"))),
            created_at=parse_time(raw.get("created_at")),
            from_account=sender == self.account.external_id,
            stream="dms",
        )

    def send_reply(self, reply: OutboundReply) -> Delivered:
        if reply.mode is ReplyMode.DIRECT:
            if reply.thread_key:
                response = self._call(
                    self.client.create_direct_message,
                    dm_conversation_id=reply.thread_key,
                    text=reply.text,
                )
            elif reply.recipient:
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

    def find_sent(self, reply: OutboundReply, since: datetime) -> Delivered | None:
        if reply.mode is ReplyMode.DIRECT:
            return self._find_sent_dm(reply, since)
        params: dict[str, Any] = {
            "id": self.account.external_id,
            "max_results": PAGE_SIZE,
            "tweet_fields": TWEET_FIELDS,
        }
        pages = self._pages(self.client.get_users_tweets, MAX_PAGES, _older_than(since), **params)
        for body in pages.bodies:
            for raw in _data(body):
                if not isinstance(raw, dict) or not isinstance(raw.get("text"), str):
                    continue
                if reply.in_reply_to and reply.in_reply_to != _referenced(raw, "replied_to"):
                    continue
                if same_text(reply.text, decode_text(raw["text"])):
                    return Delivered(str(raw["id"]), _maybe_time(raw.get("created_at")))
        if not pages.complete:
            # Not everything could be read: the reply may be there. Do not resend yet.
            raise RateLimited(pages.limited_until or _reset(None), "own")
        return None

    def _find_sent_dm(self, reply: OutboundReply, since: datetime) -> Delivered | None:
        params: dict[str, Any] = {
            "dm_conversation_id": reply.thread_key,
            "max_results": PAGE_SIZE,
            "event_types": "MessageCreate",
            "dm_event_fields": DM_FIELDS,
        }

        pages = self._pages(
            self.client.get_direct_message_events, MAX_PAGES, _older_than(since), **params
        )
        for body in pages.bodies:
            for raw in _data(body):
                if not isinstance(raw, dict):
                    continue
                text = raw.get("text")
                if (
                    str(raw.get("sender_id")) == self.account.external_id
                    and isinstance(text, str)
                    and same_text(reply.text, decode_text(text))
                ):
                    return Delivered(str(raw["id"]), _maybe_time(raw.get("created_at")))
        if not pages.complete:
            raise RateLimited(pages.limited_until or _reset(None), "dms")
        return None

    def publish(
        self, text: str, link: str | None = None, media: PostMedia | None = None
    ) -> Delivered:
        if media is not None:
            # Media upload is the v1.1 upload endpoint, which this adapter does not speak.
            raise Rejected("posting media on X is not supported yet", "unsupported_media")
        body = f"{text} {link}" if link else text
        return self._created(self._call(self.client.create_tweet, text=body))

    def verify(self) -> Identity:
        data = self._json(self._call(self.client.get_me, user_fields=USER_FIELDS)).get("data")
        if not isinstance(data, dict) or not data.get("id"):
            raise Transient("X returned no user for this credential")
        return Identity(str(data["id"]), str(data.get("username", "")), str(data.get("name", "")))

    def close(self) -> None:
        self.client.session.close()


def _data(body: dict[str, Any]) -> list[Any]:
    """A page's items: `data` is absent from an empty page (and from an errors-only one)."""
    data = body.get("data")
    return data if isinstance(data, list) else []


def _users(body: dict[str, Any]) -> dict[str, dict[str, Any]]:
    includes = body.get("includes")
    users = includes.get("users") if isinstance(includes, dict) else None
    return {
        str(user["id"]): user
        for user in (users if isinstance(users, list) else [])
        if isinstance(user, dict) and user.get("id") is not None
    }


def _identity(user_id: str, users: dict[str, dict[str, Any]]) -> Identity:
    """The user as `includes.users` names them (names are not escaped, unlike `text`)."""
    user = users.get(user_id, {})
    username, name = user.get("username"), user.get("name")
    return Identity(
        user_id,
        clean_text(username) if isinstance(username, str) else "",
        clean_text(name) if isinstance(name, str) else "",
    )


def _id_of(value: object) -> str:
    """An id field as a string ("" when absent); X sends ids as strings, tweepy as ints."""
    if isinstance(value, bool) or not isinstance(value, str | int):
        return ""
    return str(value)


def _references(raw: dict[str, Any]) -> list[dict[str, Any]]:
    refs = raw.get("referenced_tweets")
    return [ref for ref in refs if isinstance(ref, dict)] if isinstance(refs, list) else []


def _referenced(raw: dict[str, Any], kind: str) -> str | None:
    """The id of the post this one references as `kind` ("replied_to", "quoted")."""
    for ref in _references(raw):
        if ref.get("type") == kind and (ref_id := _id_of(ref.get("id"))):
            return ref_id
    return None


def _thread_of(raw: dict[str, Any], tweet_id: str) -> str:
    """The conversation a post belongs to.

    An edited post is a new post with a new id; `edit_history_tweet_ids` starts with the
    original. Where X names the edit as its own conversation, the original's is used, so that
    both versions (and the replies to the first) stay in one conversation.
    """
    thread = _id_of(raw.get("conversation_id")) or tweet_id
    history = raw.get("edit_history_tweet_ids")
    if thread == tweet_id and isinstance(history, list) and history:
        original = _id_of(history[0])
        if original.isdigit():
            return original
    return thread


def _newer(current: str | None, candidate: object) -> str | None:
    if not isinstance(candidate, str) or not candidate.isdigit():
        return current
    if current is None or not current.isdigit() or int(candidate) > int(current):
        return candidate
    return current


def _reset(response: requests.Response | None) -> datetime:
    now = datetime.now(UTC)
    value = response.headers.get("x-rate-limit-reset") if response is not None else None
    try:
        reset = datetime.fromtimestamp(int(value), UTC) if value else None
    except (TypeError, ValueError, OverflowError):
        reset = None
    return reset if reset is not None and reset > now else now + UNKNOWN_RESET


def _note_pause(stream: str, pages: _Pages, result: FetchResult) -> None:
    if pages.limited_until is not None:
        result.limited[stream] = pages.limited_until
    if pages.refused is not None:
        result.refused[stream] = pages.refused.reason
        result.limited[stream] = datetime.now(UTC) + REFUSED_PAUSE


def _older_than(since: datetime) -> Callable[[dict[str, Any]], bool]:
    """A page predicate: the page reaches items created before `since` (newest-first lists)."""

    def reached(body: dict[str, Any]) -> bool:
        return any(
            (created := _maybe_time(raw.get("created_at"))) is not None and created < since
            for raw in _data(body)
            if isinstance(raw, dict)
        )

    return reached


def _is_retweet(raw: Any) -> bool:
    return isinstance(raw, dict) and any(ref.get("type") == "retweeted" for ref in _references(raw))


def _id_at_most(raw: Any, floor: int) -> bool:
    event_id = raw.get("id") if isinstance(raw, dict) else None
    return isinstance(event_id, str) and event_id.isdigit() and int(event_id) <= floor


def _exhausted(response: requests.Response) -> bool:
    return response.headers.get("x-rate-limit-remaining") == "0"


def _problem(exc: tweepy.HTTPException) -> str:
    messages = [m for m in exc.api_messages if m]
    if messages:
        return "; ".join(messages)
    return f"{exc.response.status_code} {exc.response.reason}"


def _code(exc: tweepy.HTTPException) -> str:
    text = _problem(exc).lower()
    if "duplicate" in text:
        return "duplicate"
    if "too long" in text:
        return "too_long"
    return f"http_{exc.response.status_code}"


def _maybe_time(value: object) -> datetime | None:
    try:
        return parse_time(value)
    except ValueError:
        return None


def _unparseable(stream: str, raw: Any, exc: Exception) -> UnparseableItem:
    external_id = raw.get("id") if isinstance(raw, dict) else None
    return UnparseableItem(
        stream=stream,
        reason=clean_text(f"{type(exc).__name__}: {exc}"),
        payload=dump_payload(raw),
        external_id=clean_text(str(external_id)) if external_id is not None else None,
    )
