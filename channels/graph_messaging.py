"""Messenger and Instagram direct messages: a Page's conversations and its Send API.

Both platforms go through the Facebook Page: `GET /{page-id}/conversations?platform=...` lists
the threads, newest activity first, each with its latest messages nested (one request for an
idle poll), and `POST /{page-id}/messages` answers. The cursor is a watermark on message
times; conversations older than it end the walk.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from channels.graph import GraphClient
from channels.graph_cursors import Watermark, dump_watermark, load_watermark
from channels.graph_items import (
    Batch,
    ItemError,
    author_of,
    edge,
    maybe_time,
    message_id,
    text_of,
    thread_id,
)
from channels.graph_lists import find_own, newer_than
from channels.sanity import FACEBOOK_BORN, INSTAGRAM_BORN
from webcare.channel import Delivered, Identity, InboundItem, ItemKind, Rejected, Transient
from webcare.vocabulary import ConversationKind, MessageTag

NESTED_MESSAGES = 20  # Instagram serves details of the 20 newest messages of a thread only
MESSAGE_FIELDS = "id,message,from,to,created_time"
CONVERSATION_FIELDS = (
    f"id,updated_time,participants,messages.limit({NESTED_MESSAGES}){{{MESSAGE_FIELDS}}}"
)
CONVERSATION_PAGE = 25
FIND_PAGES = 8


class Messaging:
    """One Page's conversations on one platform.

    Args:
        platform: "messenger" or "instagram" (the `platform` parameter of the edge).
        own_ids: the ids the account writes as (the Page; for Instagram also the IG user).
    """

    def __init__(
        self,
        client: GraphClient,
        page_id: str,
        platform: str,
        own_ids: frozenset[str],
        stream: str = "dms",
    ) -> None:
        self.client = client
        self.page_id = page_id
        self.platform = platform
        self.own_ids = own_ids
        self.stream = stream
        self.born = INSTAGRAM_BORN if platform == "instagram" else FACEBOOK_BORN

    # ---- reading

    def read(self, cursor: str | None, first_poll_floor: datetime, batch: Batch) -> None:
        """New messages into `batch`, and the stream's cursor once every new one was read.

        The watermark moves only when every list was read to its end: a conversation list or
        a thread whose paging could not be followed is read again next time (ingest skips
        what it has), rather than passed for good.

        Raises:
            ChannelError: from the client; nothing of this stream is then kept but the items.
        """
        now = self.client.clock()
        mark = load_watermark(cursor, now) or Watermark.floor(first_poll_floor)
        conversations = self.client.listing(self._conversations(), self.stream)
        seen: list[tuple[datetime, str]] = []
        complete = True
        for conversation in conversations:
            try:
                thread = thread_id(conversation)
            except ItemError as exc:
                batch.quarantine(self.stream, conversation, exc)
                continue
            # A thread's time only says where the walk may stop; a nonsensical one (year 9999)
            # says nothing, and the thread's messages are read all the same.
            updated = maybe_time(conversation, "updated_time", self.born, now)
            if updated is not None and mark.is_older(updated):
                break  # newest activity first: every later thread is older still
            complete &= self._read_thread(conversation, thread, mark, batch, seen, now)
        complete &= batch.noted(conversations)
        if complete:
            batch.cursors[self.stream] = dump_watermark(mark.advanced(seen))
        else:
            batch.fail(self.stream, "a list of messages could not be read to its end")
            if cursor is not None:
                batch.cursors[self.stream] = dump_watermark(mark)

    def _conversations(self) -> dict[str, Any]:
        """The first page of the Page's conversations on this platform, newest activity first,
        each with its latest messages."""
        return self.client.get(
            self.page_id,
            "conversations",
            platform=self.platform,
            fields=CONVERSATION_FIELDS,
            limit=CONVERSATION_PAGE,
        )

    def _read_thread(
        self,
        conversation: dict[str, Any],
        thread: str,
        mark: Watermark,
        batch: Batch,
        seen: list[tuple[datetime, str]],
        now: datetime,
    ) -> bool:
        """The thread's new messages into `batch`; True when its list was read to the end."""
        listing = self.client.listing(edge(conversation, "messages"), self.stream)
        messages = newer_than(
            mark,
            listing,
            time_key="created_time",
            born=self.born,
            now=now,
            seen=seen,
            batch=batch,
            stream=self.stream,
            id_of=message_id,
            reread={"read": "message", "thread": thread},
        )
        found = [
            message_item(raw, item_id, created, thread, self.own_ids, self.stream)
            for raw, item_id, created in messages
        ]
        batch.items.extend(reversed(found))  # in the order they were written
        return batch.noted(listing)

    # ---- sending

    def send(
        self, recipient: dict[str, str], text: str, tag: MessageTag | None = None
    ) -> Delivered:
        """`POST /{page-id}/messages` as a response inside the messaging window, or with
        `tag` as `messaging_type=MESSAGE_TAG&tag=HUMAN_AGENT` (a person answering up to 7
        days after the resident's last message; Messenger and Instagram alike).

        The recipient is `{"id": PSID or IGSID}`, or `{"comment_id": ...}` / `{"post_id": ...}`
        for a private reply. Outside the window Meta answers code 10 / subcode 2018278
        (Messenger) or 2534022 (Instagram): `Rejected(code="outside_window")`.
        """
        kind: dict[str, str] = {"messaging_type": "RESPONSE"}
        if tag is MessageTag.HUMAN_AGENT:
            kind = {"messaging_type": "MESSAGE_TAG", "tag": "HUMAN_AGENT"}
        body = self.client.post(
            self.page_id,
            "messages",
            recipient=recipient,
            **kind,
            message={"text": text},
        )
        message_id = body.get("message_id")
        if not message_id:
            raise Transient("the Send API accepted the message but returned no id")
        return Delivered(str(message_id))

    # ---- reconciliation

    def find_in_thread(self, thread: str, text: str, since: datetime) -> list[Delivered]:
        """Our messages with this text in one conversation, sent after `since`."""
        if not thread:
            raise Rejected("a direct message needs its conversation", "no_target")
        body = self.client.get(thread, "messages", fields=MESSAGE_FIELDS, limit=CONVERSATION_PAGE)
        return find_own(
            self.client.walk(body, FIND_PAGES),
            text,
            since,
            self._is_own,
            born=self.born,
            now=self.client.clock(),
            id_of=message_id,
        )

    def find_anywhere(self, text: str, since: datetime) -> list[Delivered]:
        """Our messages with this text in any conversation active since `since` (a private
        reply lands in a thread whose id we do not know in advance)."""
        body = self._conversations()
        found: list[Delivered] = []
        now = self.client.clock()
        for conversation in self.client.walk(body, FIND_PAGES):
            updated = maybe_time(conversation, "updated_time", self.born, now)
            if updated is None:
                continue
            if updated < since:
                break
            messages = self.client.walk(edge(conversation, "messages"), FIND_PAGES)
            found += find_own(
                messages, text, since, self._is_own, born=self.born, now=now, id_of=message_id
            )
        return found

    def _is_own(self, author: Identity) -> bool:
        return author.external_id in self.own_ids


def message_item(
    raw: dict[str, Any],
    item_id: str,
    created: datetime,
    thread: str,
    own_ids: frozenset[str],
    stream: str,
) -> InboundItem:
    """One message of conversation `thread` as an item (also for a quarantined one read
    again: channels/graph_reread.py)."""
    author = author_of(raw, item_id)
    return InboundItem(
        external_id=item_id,
        parent_external_id=None,
        thread_key=thread,
        conversation_kind=ConversationKind.DIRECT,
        kind=ItemKind.DIRECT_MESSAGE,
        author=author,
        text=text_of(raw, "message"),
        created_at=created,
        from_account=author.external_id in own_ids,
        stream=stream,
    )
