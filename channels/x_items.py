"""X posts and DM events as inbound items, every value checked (channels/sanity.py).

An item is stored when its id, author, text and time make sense; anything else raises
`ItemError` and the caller quarantines the raw object. Ids must be X's (1 to 19 digits), times
must lie between X's birth and tomorrow: an item from year 9999 would otherwise sort above
everything a resident writes later.
"""

from __future__ import annotations

import re
from datetime import UTC, datetime
from typing import Any

from channels.sanity import X_BORN, checked_time, x_cursor_id, x_id
from channels.text import clean_text, dump_payload
from webcare.channel import Identity, InboundItem, ItemKind, UnparseableItem
from webcare.vocabulary import ConversationKind

MESSAGE_CREATE = "MessageCreate"

_ENTITY = re.compile(r"&(amp|lt|gt);")
_ENTITIES = {"amp": "&", "lt": "<", "gt": ">"}
_DM_CONVERSATION = re.compile(r"[0-9]{1,19}(?:-[0-9]{1,19})?")


class ItemError(ValueError):
    """One item of a page cannot be understood."""


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
    """An X time (`2025-01-02T03:04:05.000Z`) as an aware UTC datetime; ValueError if it is
    not one (OverflowError, for a time that leaves the calendar in UTC, included)."""
    if not isinstance(value, str):
        raise ValueError(f"created_at is {type(value).__name__}, not a string")
    try:
        parsed = datetime.fromisoformat(value)
        if parsed.tzinfo is None:
            raise ValueError(f"created_at {value!r} has no timezone")
        return parsed.astimezone(UTC)
    except OverflowError as exc:
        raise ValueError(f"created_at {value!r} is out of range") from exc


def item_time(value: object, now: datetime) -> datetime:
    """`created_at` of an item: readable, after X began and not after tomorrow."""
    try:
        return checked_time(parse_time(value), X_BORN, now)
    except ValueError as exc:
        raise ItemError(f"created_at: {exc}") from exc


def maybe_time(value: object) -> datetime | None:
    try:
        return parse_time(value)
    except ValueError:
        return None


def users_of(body: dict[str, Any]) -> dict[str, dict[str, Any]]:
    """`includes.users` by id (whatever else `includes` holds, or fails to be)."""
    includes = body.get("includes")
    users = includes.get("users") if isinstance(includes, dict) else None
    return {
        user_id: user
        for user in (users if isinstance(users, list) else [])
        if isinstance(user, dict) and (user_id := x_id(user.get("id"))) is not None
    }


def identity(user_id: str, users: dict[str, dict[str, Any]]) -> Identity:
    """The user as `includes.users` names them (names are not escaped, unlike `text`)."""
    user = users.get(user_id, {})
    username, name = user.get("username"), user.get("name")
    return Identity(
        user_id,
        clean_text(username) if isinstance(username, str) else "",
        clean_text(name) if isinstance(name, str) else "",
    )


def references(raw: dict[str, Any]) -> list[dict[str, Any]]:
    refs = raw.get("referenced_tweets")
    return [ref for ref in refs if isinstance(ref, dict)] if isinstance(refs, list) else []


def referenced(raw: dict[str, Any], kind: str) -> str | None:
    """The id of the post this one references as `kind` ("replied_to", "quoted")."""
    for ref in references(raw):
        if ref.get("type") == kind and (ref_id := x_id(ref.get("id"))):
            return ref_id
    return None


def thread_of(raw: dict[str, Any], tweet_id: str) -> str:
    """The conversation a post belongs to.

    An edited post is a new post with a new id; `edit_history_tweet_ids` starts with the
    original. Where X names the edit as its own conversation, the original's is used, so that
    both versions (and the replies to the first) stay in one conversation.
    """
    thread = x_id(raw.get("conversation_id")) or tweet_id
    history = raw.get("edit_history_tweet_ids")
    if thread == tweet_id and isinstance(history, list) and history:
        original = x_id(history[0])
        if original is not None:
            return original
    return thread


def is_retweet(raw: Any) -> bool:
    return isinstance(raw, dict) and any(ref.get("type") == "retweeted" for ref in references(raw))


def _own_id(raw: dict[str, Any], now: datetime, what: str) -> str:
    value = raw.get("id")
    item_id = x_id(value)
    if item_id is None:
        raise ItemError(f"the {what}'s id is not an X id (1 to 19 digits)")
    if x_cursor_id(item_id, now) is None:
        raise ItemError(f"the {what}'s id claims a time in the future")
    return item_id


def tweet_item(
    raw: Any, users: dict[str, dict[str, Any]], stream: str, account_id: str, now: datetime
) -> InboundItem:
    """A post from the mentions, the account's own timeline or a search, as an item."""
    if not isinstance(raw, dict):
        raise ItemError("the item is not a JSON object")
    tweet_id = _own_id(raw, now, "post")
    text, entities = raw.get("text"), raw.get("entities")
    note = raw.get("note_tweet")
    if isinstance(note, dict) and isinstance(note.get("text"), str):
        text, entities = note["text"], note.get("entities")
    if not isinstance(text, str):
        raise ItemError("the item has no text")
    created = item_time(raw.get("created_at"), now)
    author_id = x_id(raw.get("author_id"))
    if author_id is None:
        raise ItemError("the item has no author_id")
    replied_to = referenced(raw, "replied_to")
    own = author_id == account_id
    if own:
        kind = ItemKind.REPLY if replied_to else ItemKind.OWN_POST
    else:
        kind = ItemKind.REPLY if replied_to else ItemKind.MENTION
    return InboundItem(
        external_id=tweet_id,
        parent_external_id=replied_to,
        thread_key=thread_of(raw, tweet_id),
        conversation_kind=ConversationKind.PUBLIC_THREAD,
        kind=kind,
        # An author missing from `includes.users` (suspended, protected, withheld) is
        # still the author: stored by id, with the name X did not give left empty.
        author=identity(author_id, users),
        text=clean_text(expand_links(decode_text(text), entities)),
        created_at=created,
        from_account=own,
        stream=stream,
    )


def dm_item(
    raw: Any, users: dict[str, dict[str, Any]], account_id: str, now: datetime
) -> InboundItem:
    """A MessageCreate event as an item."""
    if not isinstance(raw, dict):
        raise ItemError("the event is not a JSON object")
    event_id = _own_id(raw, now, "event")
    text = raw.get("text")
    if text is None and (raw.get("attachments") or raw.get("referenced_tweets")):
        text = ""  # a photo or a shared post sent without a word
    if not isinstance(text, str):
        raise ItemError("the event has no text")
    conversation = raw.get("dm_conversation_id")
    sender = x_id(raw.get("sender_id"))
    if not isinstance(conversation, str) or not _DM_CONVERSATION.fullmatch(conversation):
        raise ItemError("the event has no conversation (digits, or two ids joined by -)")
    if sender is None:
        raise ItemError("the event has no sender")
    return InboundItem(
        external_id=event_id,
        parent_external_id=None,
        thread_key=conversation,
        conversation_kind=ConversationKind.DIRECT,
        kind=ItemKind.DIRECT_MESSAGE,
        author=identity(sender, users),
        text=clean_text(expand_links(decode_text(text), raw.get("entities"))),
        created_at=item_time(raw.get("created_at"), now),
        from_account=sender == account_id,
        stream="dms",
    )


def is_dm_conversation(value: str) -> bool:
    """A DM conversation id X hands out: a group's number, or `<id>-<id>` for two people."""
    return _DM_CONVERSATION.fullmatch(value) is not None


def unparseable(stream: str, raw: Any, exc: Exception) -> UnparseableItem:
    external_id = raw.get("id") if isinstance(raw, dict) else None
    shown = external_id if isinstance(external_id, str | int) else None
    return UnparseableItem(
        stream=stream,
        reason=clean_text(f"{type(exc).__name__}: {exc}")[:2000],
        payload=dump_payload(raw),
        external_id=clean_text(str(shown)[:200]) if shown is not None else None,
    )
