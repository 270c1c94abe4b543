"""The X API v2 wire format: JSON shapes, field selection, errors, query checks and paging.

Shapes follow platform-apis.md §2.3-2.4: ids are strings, `created_at` has milliseconds,
`text` is HTML-entity-encoded (`&`, `<`, `>`) as X sends it, only requested optional fields
appear, and an empty list result is `{"meta": {"result_count": 0}}` without `data`.
"""

from __future__ import annotations

import base64
import binascii
import json
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import Any, Generic, Literal, TypeVar

from twitter_text import parse_tweet
from werkzeug.datastructures import MultiDict
from werkzeug.wrappers import Request

from channels.sandbox.x_state import XDmEvent, XTweet, XUser

PROBLEMS = "https://api.twitter.com/2/problems/"
LONG_POST = 280

Answer = tuple[int, dict[str, Any]]
"""What an endpoint handler returns: HTTP status and JSON body."""

TWEET_FIELDS = frozenset(
    "article attachments author_id card_uri community_id context_annotations conversation_id "
    "created_at display_text_range edit_controls edit_history_tweet_ids entities geo id "
    "in_reply_to_user_id lang media_metadata non_public_metrics note_tweet organic_metrics "
    "possibly_sensitive promoted_metrics public_metrics referenced_tweets reply_settings "
    "scopes source text withheld".split()
)
USER_FIELDS = frozenset(
    "affiliation connection_status created_at description entities id location "
    "most_recent_tweet_id name pinned_tweet_id profile_banner_url profile_image_url protected "
    "public_metrics receives_your_dm subscription_type url username verified verified_type "
    "withheld".split()
)
DM_EVENT_FIELDS = frozenset(
    "attachments created_at dm_conversation_id entities event_type id participant_ids "
    "referenced_tweets sender_id text".split()
)
TWEET_EXPANSIONS = frozenset(
    "article.cover_media article.media_entities attachments.media_keys "
    "attachments.media_source_tweet attachments.poll_ids author_id edit_history_tweet_ids "
    "entities.mentions.username geo.place_id in_reply_to_user_id entities.note.mentions.username "
    "referenced_tweets.id referenced_tweets.id.attachments.media_keys "
    "referenced_tweets.id.author_id".split()
)
DM_EXPANSIONS = frozenset(
    "attachments.media_keys participant_ids referenced_tweets.id sender_id".split()
)
USER_EXPANSIONS = frozenset("affiliation.user_id most_recent_tweet_id pinned_tweet_id".split())
EVENT_TYPES = frozenset({"MessageCreate", "ParticipantsJoin", "ParticipantsLeave"})

ID_PATTERN = re.compile(r"^[0-9]{1,19}$")
HASHTAG = re.compile(r"(?<![\w#&])#(\w+)")
URL = re.compile(r"https?://[^\s<>\"]+")
MENTION = re.compile(r"(?<![\w@])@(\w{1,15})")


class ApiError(Exception):
    """An error answer of the X API: HTTP status and problem body."""

    def __init__(self, status: int, body: dict[str, Any]) -> None:
        super().__init__(status, body)
        self.status = status
        self.body = body


def problem(status: int, title: str, detail: str, type_: str = "about:blank") -> ApiError:
    """An RFC 7807 problem as X sends it, e.g. the 401 and 429 bodies."""
    return ApiError(status, {"title": title, "type": type_, "status": status, "detail": detail})


def invalid_request(message: str, parameters: dict[str, list[str]] | None = None) -> ApiError:
    """The 400 "Invalid Request" body; tweepy reports `message` in `api_messages`."""
    error: dict[str, Any] = {"message": message}
    if parameters is not None:
        error = {"parameters": parameters, "message": message}
    return ApiError(
        400,
        {
            "errors": [error],
            "title": "Invalid Request",
            "detail": "One or more parameters to your request was invalid.",
            "type": PROBLEMS + "invalid-request",
        },
    )


def not_found(resource_id: str, resource_type: str, parameter: str) -> dict[str, Any]:
    """A partial error for a missing resource, sent in a 200 answer's `errors`."""
    return {
        "value": resource_id,
        "detail": f"Could not find {resource_type} with {parameter}: [{resource_id}].",
        "title": "Not Found Error",
        "resource_type": resource_type,
        "parameter": parameter,
        "resource_id": resource_id,
        "type": PROBLEMS + "resource-not-found",
    }


def x_time(moment: datetime) -> str:
    """`2025-01-02T03:04:05.000Z`: tweepy's parser needs the milliseconds."""
    moment = moment.astimezone(UTC)
    return moment.strftime("%Y-%m-%dT%H:%M:%S.") + f"{moment.microsecond // 1000:03d}Z"


def encode_text(text: str) -> str:
    """HTML-entity-encode text the way X does: only `&`, `<` and `>`."""
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def entities(text: str, user_id_of: Callable[[str], str | None]) -> dict[str, Any] | None:
    """Mentions, hashtags and URLs of the served (encoded) text, indices in code points."""
    found: dict[str, Any] = {}
    mentions = []
    for match in MENTION.finditer(text):
        mention: dict[str, Any] = {
            "start": match.start(),
            "end": match.end(),
            "username": match.group(1),
        }
        user_id = user_id_of(match.group(1))
        if user_id is not None:
            mention["id"] = user_id
        mentions.append(mention)
    if mentions:
        found["mentions"] = mentions
    hashtags = [
        {"start": m.start(), "end": m.end(), "tag": m.group(1)} for m in HASHTAG.finditer(text)
    ]
    if hashtags:
        found["hashtags"] = hashtags
    urls = []
    for match in URL.finditer(text):
        url = match.group(0)
        display = url.split("://", 1)[1]
        urls.append(
            {
                "start": match.start(),
                "end": match.end(),
                "url": url,
                "expanded_url": url,
                "display_url": display if len(display) <= 26 else display[:25] + "…",
            }
        )
    if urls:
        found["urls"] = urls
    return found or None


def tweet_json(
    tweet: XTweet,
    fields: frozenset[str] | set[str],
    user_id_of: Callable[[str], str | None],
    reply_count: int = 0,
    whole_text: bool = False,
) -> dict[str, Any]:
    """A post with `id`, `text`, `edit_history_tweet_ids` and the requested optional fields.

    When read back, a long post (over 280 weighted characters, as X Premium accounts may
    write) comes as on X: `text` cut to its first 280 characters and the whole text in
    `note_tweet.text` when that field is asked for. `whole_text` is for the create answer.
    """
    text = encode_text(tweet.text)
    long_post = not whole_text and parse_tweet(tweet.text).weightedLength > LONG_POST
    shown = encode_text(tweet.text[:LONG_POST]) if long_post else text
    data: dict[str, Any] = {"id": tweet.id, "text": shown, "edit_history_tweet_ids": [tweet.id]}
    if long_post and "note_tweet" in fields:
        data["note_tweet"] = {"text": text}
    if "created_at" in fields:
        data["created_at"] = x_time(tweet.created_at)
    if "author_id" in fields:
        data["author_id"] = tweet.author_id
    if "conversation_id" in fields:
        data["conversation_id"] = tweet.conversation_id
    if "in_reply_to_user_id" in fields and tweet.in_reply_to_user_id is not None:
        data["in_reply_to_user_id"] = tweet.in_reply_to_user_id
    if "referenced_tweets" in fields:
        refs = []
        if tweet.replied_to is not None:
            refs.append({"type": "replied_to", "id": tweet.replied_to})
        if tweet.quoted is not None:
            refs.append({"type": "quoted", "id": tweet.quoted})
        if refs:
            data["referenced_tweets"] = refs
    if "entities" in fields and (found := entities(text, user_id_of)) is not None:
        data["entities"] = found
    if "lang" in fields:
        data["lang"] = "nl"
    if "possibly_sensitive" in fields:
        data["possibly_sensitive"] = False
    if "reply_settings" in fields:
        data["reply_settings"] = "everyone"
    if "public_metrics" in fields:
        data["public_metrics"] = {
            "retweet_count": 0,
            "reply_count": reply_count,
            "like_count": 0,
            "quote_count": 0,
            "bookmark_count": 0,
            "impression_count": 0,
        }
    if "edit_controls" in fields:
        data["edit_controls"] = {
            "edits_remaining": 5,
            "is_edit_eligible": True,
            "editable_until": x_time(tweet.created_at + timedelta(hours=1)),
        }
    return data


def user_json(user: XUser, fields: frozenset[str] | set[str]) -> dict[str, Any]:
    """A user with `id`, `name`, `username` and the requested optional fields (names raw)."""
    data: dict[str, Any] = {"id": user.id, "name": user.name, "username": user.username}
    if "created_at" in fields:
        data["created_at"] = x_time(user.created_at)
    if "description" in fields:
        data["description"] = user.description
    if "location" in fields and user.location:
        data["location"] = user.location
    if "protected" in fields:
        data["protected"] = False
    if "verified" in fields:
        data["verified"] = user.token is not None
    if "verified_type" in fields:
        data["verified_type"] = "government" if user.token is not None else "none"
    if "profile_image_url" in fields:
        data["profile_image_url"] = (
            f"https://pbs.twimg.com/profile_images/{user.id}/avatar_normal.png"
        )
    if "url" in fields:
        data["url"] = ""
    if "public_metrics" in fields:
        data["public_metrics"] = {
            "followers_count": 0,
            "following_count": 0,
            "tweet_count": 0,
            "listed_count": 0,
            "like_count": 0,
            "media_count": 0,
        }
    return data


def dm_json(event: XDmEvent, fields: frozenset[str] | set[str]) -> dict[str, Any]:
    """A MessageCreate event: `id`, `event_type`, `text` and the requested optional fields."""
    data: dict[str, Any] = {
        "id": event.id,
        "event_type": "MessageCreate",
        "text": encode_text(event.text),
    }
    if "created_at" in fields:
        data["created_at"] = x_time(event.created_at)
    if "sender_id" in fields:
        data["sender_id"] = event.sender_id
    if "dm_conversation_id" in fields:
        data["dm_conversation_id"] = event.dm_conversation_id
    return data


def check_id(value: str, name: str) -> str:
    """An id in a path or body must be 1 to 19 digits."""
    if not ID_PATTERN.match(value):
        raise invalid_request(
            f"The `{name}` query parameter value [{value}] does not match ^[0-9]{{1,19}}$",
            {name: [value]},
        )
    return value


def json_object(request: Request) -> dict[str, Any]:
    """The JSON object body of a POST, or X's 400 for anything else."""
    try:
        body = json.loads(request.get_data() or b"null")
    except ValueError as exc:
        raise invalid_request(f"The request body is not valid JSON: {exc}") from exc
    if not isinstance(body, dict):
        raise invalid_request("The request body must be a JSON object.")
    return body


class Query:
    """Checks a request's query parameters the way X does, with X's 400 messages."""

    def __init__(self, args: MultiDict[str, str], allowed: Sequence[str]) -> None:
        self.args = args
        for name in args:
            if name not in allowed:
                raise invalid_request(
                    f"The query parameter [{name}] is not one of [{','.join(sorted(allowed))}]",
                    {name: args.getlist(name)},
                )

    def get(self, name: str) -> str | None:
        return self.args.get(name)

    def choices(self, name: str, allowed: frozenset[str]) -> frozenset[str]:
        """A comma-separated list whose every value must be one of `allowed`."""
        raw = self.args.get(name)
        if raw is None:
            return frozenset()
        values = [value for value in raw.split(",") if value]
        for value in values:
            if value not in allowed:
                raise invalid_request(
                    f"The `{name}` query parameter value [{value}] is not one of "
                    f"[{','.join(sorted(allowed))}]",
                    {name: [raw]},
                )
        return frozenset(values)

    def number(self, name: str, low: int, high: int, default: int) -> int:
        raw = self.args.get(name)
        if raw is None:
            return default
        if not raw.isdigit() or not low <= int(raw) <= high:
            raise invalid_request(
                f"The `{name}` query parameter value [{raw}] is not between {low} and {high}",
                {name: [raw]},
            )
        return int(raw)

    def snowflake(self, name: str) -> int | None:
        raw = self.args.get(name)
        if raw is None:
            return None
        if not ID_PATTERN.match(raw):
            raise invalid_request(
                f"The `{name}` query parameter value [{raw}] does not match ^[0-9]{{1,19}}$",
                {name: [raw]},
            )
        return int(raw)

    def time(self, name: str) -> datetime | None:
        raw = self.args.get(name)
        if raw is None:
            return None
        try:
            moment = datetime.fromisoformat(raw)
        except ValueError:
            moment = None
        if moment is None or moment.tzinfo is None:
            raise invalid_request(
                f"The `{name}` query parameter value [{raw}] is not a valid RFC 3339 "
                "date-time (YYYY-MM-DDTHH:mm:ssZ)",
                {name: [raw]},
            )
        return moment

    def cursor(self, name: str) -> Cursor | None:
        raw = self.args.get(name)
        if raw is None:
            return None
        cursor = Cursor.decode(raw)
        if cursor is None:
            raise invalid_request(
                f"The `{name}` query parameter value [{raw}] is not valid", {name: [raw]}
            )
        return cursor


@dataclass(frozen=True)
class Cursor:
    """A pagination position: older (`next`) or newer (`previous`) than an item id."""

    direction: Literal["n", "p"]
    boundary: int

    def encode(self) -> str:
        raw = f"{self.direction}{self.boundary}".encode()
        return base64.b32encode(raw).decode().rstrip("=").lower()

    @classmethod
    def decode(cls, token: str) -> Cursor | None:
        padded = token.upper() + "=" * (-len(token) % 8)
        try:
            raw = base64.b32decode(padded).decode()
        except (binascii.Error, UnicodeDecodeError, ValueError):
            return None
        direction, digits = raw[:1], raw[1:]
        if direction not in ("n", "p") or not digits.isdigit():
            return None
        return cls("n" if direction == "n" else "p", int(digits))


T = TypeVar("T")


@dataclass(frozen=True)
class Page(Generic[T]):
    items: list[T]
    next_token: str | None
    previous_token: str | None


def paginate(
    items: Sequence[T],
    sort_id: Callable[[T], int],
    max_results: int,
    *,
    since_id: int | None = None,
    until_id: int | None = None,
    cursor: Cursor | None = None,
) -> Page[T]:
    """One page of `items` (newest first) within since_id < id < until_id.

    The cursor is the id at the edge of the page the client has seen, so items that arrive
    while a client pages through older ones never shift or repeat a page.
    """
    window = [
        item
        for item in items
        if (since_id is None or sort_id(item) > since_id)
        and (until_id is None or sort_id(item) < until_id)
    ]
    if cursor is not None and cursor.direction == "p":
        newer = [item for item in window if sort_id(item) > cursor.boundary]
        page = newer[-max_results:]
        more_older = True
        more_newer = len(newer) > len(page)
    else:
        older = (
            window
            if cursor is None
            else [item for item in window if sort_id(item) < cursor.boundary]
        )
        page = older[:max_results]
        more_older = len(older) > len(page)
        more_newer = cursor is not None
    if not page:
        return Page([], None, None)
    return Page(
        page,
        Cursor("n", sort_id(page[-1])).encode() if more_older else None,
        Cursor("p", sort_id(page[0])).encode() if more_newer else None,
    )
