"""The Instagram adapter: the Instagram Graph API (Facebook Login) through facebook-sdk.

An Instagram professional account is reached with the access token of the Facebook Page it is
linked to; its direct messages are that Page's conversations with `platform=instagram`, so the
account needs the Page's id (`webcare accounts add --platform instagram --page-id ID`).

Streams, polled as channels/graph_channel.py does for both Meta platforms:

- `media` and `tags` come back together from one request on the IG user node: every medium
  of the comment window (`media.since(...)`, 30 days by default, 100 a page) with its comment
  count and the ids of the comments and replies it shows (up to 50 each), and the media the
  account is tagged in. Media have no `updated_time`; a medium whose `comments_count` or set
  of comment ids changed gets its comments read (with their replies nested), and only those
  newer than the comments seen before become items; it is marked as read only when that read
  succeeded;
- `dms`: the linked Page's Instagram conversations (channels/graph_messaging.py).

A poll without new activity costs two requests (three with more than 100 media in the
window). Threading: a resident's top-level comment is a
conversation (thread key: its id) that the replies under it join (Instagram nests one level);
a medium the account is tagged in is one (thread key `tagged:<media id>`, because answering it
goes through `/mentions`, not `/replies`); a DM thread is one (the conversation id).
Caption and comment @mentions on other people's media cannot be polled at all (only a webhook
names them); that is a limit of the platform, see platform-apis.md §5.
"""

from __future__ import annotations

import hashlib
import logging
import time
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from channels.graph import QUOTA_PAUSE, GraphClient, next_page_url
from channels.graph_channel import GraphChannel, page_token
from channels.graph_cursors import PostsCursor, PostState, Watermark
from channels.graph_items import (
    Batch,
    ItemError,
    author_of,
    edge,
    maybe_time,
    object_id,
    object_time,
    parent_id,
    text_of,
)
from channels.graph_messaging import Messaging
from channels.graph_reread import message_reader, reread, text_field
from channels.http import DEFAULT_TIMEOUT
from channels.sanity import INSTAGRAM_BORN, graph_id
from webcare.accounts.credentials import Credential
from webcare.channel import (
    AccountConfig,
    Delivered,
    FetchResult,
    Identity,
    InboundItem,
    ItemKind,
    OutboundReply,
    PostMedia,
    Quota,
    RateLimited,
    Rejected,
    Transient,
    Unsent,
)
from webcare.inbox.textmatch import same_text
from webcare.vocabulary import ConversationKind, ReplyMode

log = logging.getLogger(__name__)

COMMENT_PAGE = 50
TAGGED = "tagged:"

SHOWN_COMMENTS = 50
"""Comments (and replies per comment) whose ids the media listing shows, for the digest."""
MEDIA_FIELDS = (
    "id,caption,timestamp,comments_count,permalink,media_type,"
    f"comments.limit({SHOWN_COMMENTS}){{id,timestamp,replies.limit({SHOWN_COMMENTS}){{id,timestamp}}}}"
)
TAG_FIELDS = "id,caption,timestamp,username,permalink,media_type"
REPLY_FIELDS = "id,text,timestamp,username,from{id,username},parent_id"
COMMENT_FIELDS = f"{REPLY_FIELDS},replies.limit({COMMENT_PAGE}){{{REPLY_FIELDS}}}"

STATUS_CHECKS = 10
STATUS_WAIT_SECONDS = 3.0


class InstagramChannel(GraphChannel):
    """An Instagram professional account. The credential is the linked Page's access token.

    Args:
        status_wait: how long to wait between two checks of a media container that is still
            being processed (videos); a test passes a no-op.
    """

    POSTS = "media"
    TAGS = "tags"
    POSTS_FIELDS = MEDIA_FIELDS
    TAGS_FIELDS = TAG_FIELDS
    TIME_KEY = "timestamp"
    BORN = INSTAGRAM_BORN

    def __init__(
        self,
        account: AccountConfig,
        credential: Credential,
        timeout: float = DEFAULT_TIMEOUT,
        *,
        version: str | None = None,
        status_wait: Callable[[float], None] = time.sleep,
        window: timedelta | None = None,
    ) -> None:
        self.ig_id = account.external_id
        self.page_id = account.page_id
        client = GraphClient(
            page_token(credential, "Instagram"), account.api_base, timeout=timeout, version=version
        )
        own = frozenset(i for i in (self.ig_id, self.page_id) if i)
        messaging = Messaging(client, self.page_id, "instagram", own) if self.page_id else None
        super().__init__(account, client, messaging, window)
        self.status_wait = status_wait

    def _is_own(self, author: Identity) -> bool:
        return own_author(author, self.ig_id, self.account.handle)

    # ---- polling

    def _read_posts(
        self, listing: dict[str, Any], cursor: str | None, floor: datetime, batch: Batch
    ) -> None:
        """Every medium of the window: one whose comment count, or the set of comment and
        reply ids the listing shows, changed gets its comments read (media have no
        `updated_time`; a comment deleted as another is added leaves the count as it was).
        The account's own media are no items."""
        now = self.client.clock()
        posts = PostsCursor(cursor, floor, now)
        window = self.client.listing(listing, "media")
        comments_down = False
        for raw in window:
            try:
                media_id = object_id(raw)
            except ItemError as exc:
                batch.quarantine("media", raw, exc)
                continue
            count = raw.get("comments_count")
            count = count if isinstance(count, int) and not isinstance(count, bool) else None
            shown = _shown_comments(raw, now)
            digest = shown.digest if shown is not None else None
            if posts.keep_if_unchanged(media_id, None, count, digest):
                continue
            mark = posts.comments_from(media_id)
            if count != 0 and not (shown is not None and shown.nothing_new(mark, count)):
                if comments_down or self._halted(batch):
                    posts.keep_old(media_id)  # asked again next poll
                    continue
                read = self._read_comments(media_id, mark, batch)
                if read is None:
                    posts.keep_old(media_id)
                    comments_down = comments_down or "media" in batch.failed
                    continue
                mark = read
            posts.record(media_id, PostState(None, count, mark, digest))
        batch.cursors["media"] = posts.dump(listing_complete=batch.noted(window))

    def _read_comments(self, media_id: str, mark: Watermark, batch: Batch) -> Watermark | None:
        """Every comment of a medium with its replies; the ones newer than `mark` are items.
        Returns the advanced mark, or None when they could not be read in full.

        Instagram has no newest-first listing of replies, so a changed medium is read in full.
        """
        body = self._comments_page(
            media_id, "media", batch, fields=COMMENT_FIELDS, limit=COMMENT_PAGE
        )
        if body is None:
            return None
        now = self.client.clock()
        seen: list[tuple[datetime, str]] = []
        threads: list[list[InboundItem]] = []
        complete = True
        comments = self.client.listing(body, "media")
        for raw in comments:
            top = object_id(raw) if graph_id_of(raw) else None
            thread = [self._comment(raw, media_id, None, mark, batch, seen, now)]
            replies = self.client.listing(edge(raw, "replies"), "media")
            for reply in replies:
                thread.append(self._comment(reply, media_id, top, mark, batch, seen, now))
            complete &= batch.noted(replies)
            threads.append([item for item in thread if item is not None])
        complete &= batch.noted(comments)
        # Top-level comments come newest first, each with its replies oldest first: store
        # the oldest thread first, a comment before its replies.
        for thread_items in reversed(threads):
            batch.items.extend(thread_items)
        if not complete:
            batch.fail("media", f"comments of {media_id} could not be read to their end")
            return None
        return mark.advanced(seen)

    def _comment(
        self,
        raw: Any,
        media_id: str,
        top: str | None,
        mark: Watermark,
        batch: Batch,
        seen: list[tuple[datetime, str]],
        now: datetime,
    ) -> InboundItem | None:
        """One comment or reply as an item, if it is new (None: seen before, or quarantined)."""
        try:
            comment_id = object_id(raw)
            created = object_time(raw, "timestamp", INSTAGRAM_BORN, now)
        except ItemError as exc:
            batch.quarantine("media", raw, exc, {"read": "comment", "medium": media_id, "top": top})
            return None
        seen.append((created, comment_id))
        if not mark.is_new(created, comment_id):
            return None
        return comment_item(raw, comment_id, created, media_id, top, self._is_own)

    # ---- quarantine

    @staticmethod
    def reread(account: AccountConfig, stream: str, payload: str, now: datetime) -> FetchResult:
        """A quarantined comment or DM read again from its stored envelope, as polling reads
        it (the port's `Rereader`): under the medium (and top-level comment), or in the
        conversation, that the envelope kept."""

        def is_own(author: Identity) -> bool:
            return own_author(author, account.external_id, account.handle)

        def read_comment(context: dict[str, Any], raw: Any, now: datetime) -> InboundItem:
            media_id = graph_id(text_field(context, "medium"))
            top = context.get("top")
            if media_id is None or (top is not None and graph_id(top) is None):
                raise ItemError("the quarantine kept no medium id of Graph's shape")
            comment_id = object_id(raw)
            created = object_time(raw, "timestamp", INSTAGRAM_BORN, now)
            return comment_item(raw, comment_id, created, media_id, top, is_own)

        own_ids = frozenset(i for i in (account.external_id, account.page_id) if i)
        readers = {
            "comment": read_comment,
            "message": message_reader(own_ids, INSTAGRAM_BORN, stream),
        }
        return reread(stream, payload, now, readers)

    def _tag_item(
        self, raw: dict[str, Any], media_id: str, created: datetime, author: Identity
    ) -> InboundItem:
        return InboundItem(
            external_id=media_id,
            parent_external_id=None,
            thread_key=TAGGED + media_id,
            conversation_kind=ConversationKind.PUBLIC_THREAD,
            kind=ItemKind.MENTION,
            author=author,
            text=text_of(raw, "caption"),
            created_at=created,
            stream="tags",
        )

    # ---- answering

    def send_reply(self, reply: OutboundReply) -> Delivered:
        if reply.mode is ReplyMode.DIRECT:
            if not reply.recipient:
                raise Rejected("an Instagram DM needs the resident's id", "no_target")
            return self._messaging().send({"id": reply.recipient}, reply.text, reply.tag)
        if reply.mode is ReplyMode.PRIVATE_REPLY:
            if not reply.in_reply_to:
                raise Rejected("a private reply needs the comment it answers", "no_target")
            return self._messaging().send({"comment_id": reply.in_reply_to}, reply.text)
        if reply.thread_key.startswith(TAGGED):
            media_id = reply.thread_key.removeprefix(TAGGED)
            body = self.client.post(self.ig_id, "mentions", media_id=media_id, message=reply.text)
        else:
            # Instagram threads one level deep: a reply always goes to the top-level comment.
            body = self.client.post(reply.thread_key, "replies", message=reply.text)
        if not body.get("id"):
            raise Transient("Instagram accepted the reply but returned no id")
        return Delivered(str(body["id"]))

    def _find_public(self, reply: OutboundReply, since: datetime) -> list[Delivered]:
        """Our replies with this text under the top-level comment, or our comments on a
        tagged medium.

        Instagram lists these in no newest-first order (replies come oldest first), so every
        entry is looked at rather than stopping at `since`.
        """
        fields = "id,text,timestamp,username,from{id,username}"
        if reply.thread_key.startswith(TAGGED):
            media_id = reply.thread_key.removeprefix(TAGGED)
            node = self.client.get(
                self.ig_id, fields=f"mentioned_media.media_id({media_id}){{comments{{{fields}}}}}"
            )
            comments = edge(edge(node, "mentioned_media"), "comments")
        else:
            comments = self.client.get(reply.thread_key, "replies", fields=fields, limit=50)
        found: list[Delivered] = []
        now = self.client.clock()
        for raw in self.client.walk(comments):
            try:
                comment_id = object_id(raw)
                created = object_time(raw, "timestamp", INSTAGRAM_BORN, now)
            except ItemError:
                continue
            if (
                created >= since
                and self._is_own(author_of(raw, comment_id))
                and same_text(reply.text, text_of(raw, "text"))
            ):
                found.append(Delivered(comment_id, created))
        return found

    def set_hidden(self, external_id: str, hidden: bool) -> None:
        """Hide a comment on the account's media (or show it again): `POST /{id}` hide."""
        body = self.client.post(external_id, hide=hidden)
        if body.get("success") is not True:
            raise Transient("Instagram did not confirm hiding the comment")

    # ---- publishing

    def publish(
        self, text: str, link: str | None = None, media: PostMedia | None = None
    ) -> Delivered:
        """Container, status check, `media_publish`, within the account's publishing quota.

        Links in captions are not clickable on Instagram; one is appended as text.
        """
        if media is None or not media.url:
            raise Rejected(
                "an Instagram post needs an image or video at a public URL", "media_required"
            )
        caption = f"{text}\n\n{link}" if link else text
        try:
            # Nothing is published before `media_publish`: a container that is never
            # published expires by itself, so a failure up to here is safe to retry.
            self._check_quota()
            if media.kind == "video":
                container = self.client.post(
                    self.ig_id, "media", media_type="REELS", video_url=media.url, caption=caption
                )
            else:
                container = self.client.post(
                    self.ig_id, "media", image_url=media.url, caption=caption
                )
            creation_id = container.get("id")
            if not creation_id:
                raise Transient("Instagram accepted the media but returned no container id")
            self._await_container(str(creation_id))
        except Unsent:
            raise
        except Transient as exc:
            raise Unsent(str(exc)) from exc
        body = self.client.post(self.ig_id, "media_publish", creation_id=creation_id)
        if not body.get("id"):
            raise Transient("Instagram published but returned no media id")
        return Delivered(str(body["id"]))

    def publishing_quota(self) -> Quota:
        """`content_publishing_limit`: posts published in the rolling window, of how many."""
        quota = self._read_quota()
        if quota is None:
            raise Transient("Instagram sent no publishing quota")
        return quota

    def _read_quota(self) -> Quota | None:
        body = self.client.get(self.ig_id, "content_publishing_limit", fields="quota_usage,config")
        data = body.get("data")
        entry = data[0] if isinstance(data, list) and data and isinstance(data[0], dict) else {}
        usage = entry.get("quota_usage")
        config = entry.get("config")
        total = config.get("quota_total") if isinstance(config, dict) else None
        if not isinstance(usage, int) or not isinstance(total, int):
            return None
        return Quota(usage, total)

    def _check_quota(self) -> None:
        quota = self._read_quota()
        if quota is not None and quota.left <= 0:
            raise RateLimited(self.client.clock() + QUOTA_PAUSE, "content_publishing_limit")

    def _await_container(self, creation_id: str) -> None:
        for attempt in range(STATUS_CHECKS):
            status = self.client.get(creation_id, fields="status_code,status").get("status_code")
            if status in ("FINISHED", "PUBLISHED"):
                return
            if status in ("ERROR", "EXPIRED"):
                raise Rejected(f"Instagram could not process the media ({status})", "media_error")
            if attempt + 1 < STATUS_CHECKS:
                self.status_wait(STATUS_WAIT_SECONDS)
        # Nothing was published: a later attempt makes a new container, so retrying is safe.
        raise Transient("Instagram is still processing the media")

    def verify(self) -> Identity:
        """The Instagram account linked to the Page (or, without a Page, the IG user)."""
        if self.page_id:
            node = self.client.get(
                self.page_id, fields="id,instagram_business_account{id,username,name}"
            )
            linked = node.get("instagram_business_account")
            if not isinstance(linked, dict) or not linked.get("id"):
                raise Rejected(f"Page {self.page_id} has no linked Instagram account", "not_linked")
        else:
            linked = self.client.get(self.ig_id, fields="id,username,name")
            if not linked.get("id"):
                raise Transient("Instagram returned no account for this token")
        return Identity(
            str(linked["id"]), str(linked.get("username") or ""), str(linked.get("name") or "")
        )


def graph_id_of(raw: Any) -> str | None:
    return graph_id(raw.get("id")) if isinstance(raw, dict) else None


@dataclass(frozen=True)
class _Shown:
    """The comments and replies the media listing shows of one medium (ids and times).

    Attributes:
        digest: of every id shown: it changes when a comment is deleted and another added.
        entries: (time or None, id) of each.
        whole: the listing shows every comment (no further page of comments or replies).
    """

    digest: str
    entries: tuple[tuple[datetime | None, str], ...]
    whole: bool

    def nothing_new(self, mark: Watermark, count: int | None) -> bool:
        """Every comment is shown, and none is new since `mark` (only deletions happened):
        no request is needed to know."""
        return (
            self.whole
            and count is not None
            and count <= len(self.entries)
            and all(t is not None and not mark.is_new(t, i) for t, i in self.entries)
        )


def _shown_comments(raw: dict[str, Any], now: datetime) -> _Shown | None:
    """What the listing's nested `comments{id,timestamp,replies{...}}` shows, if anything."""
    comments = raw.get("comments")
    if not isinstance(comments, dict) or not isinstance(comments.get("data"), list):
        return None
    entries: list[tuple[datetime | None, str]] = []
    whole = next_page_url(comments) is None
    for comment in comments["data"]:
        for item in [comment, *_replies_shown(comment)]:
            item_id = graph_id_of(item)
            if item_id is None:
                return None
            entries.append((maybe_time(item, "timestamp", INSTAGRAM_BORN, now), item_id))
        replies = comment.get("replies") if isinstance(comment, dict) else None
        whole = whole and not (isinstance(replies, dict) and next_page_url(replies))
    ids = ",".join(sorted(item_id for _, item_id in entries))
    digest = hashlib.sha256(ids.encode("ascii")).hexdigest()[:16]
    return _Shown(digest, tuple(entries), whole)


def _replies_shown(comment: Any) -> list[Any]:
    replies = comment.get("replies") if isinstance(comment, dict) else None
    data = replies.get("data") if isinstance(replies, dict) else None
    return data if isinstance(data, list) else []


def own_author(author: Identity, ig_id: str, handle: str) -> bool:
    """The IG user, by id or by handle (a comment may carry only a `username`)."""
    handle = handle.lower()
    return author.external_id == ig_id or bool(handle and author.handle.lower() == handle)


def comment_item(
    raw: dict[str, Any],
    comment_id: str,
    created: datetime,
    media_id: str,
    top: str | None,
    is_own: Callable[[Identity], bool],
) -> InboundItem:
    """A comment on `media_id` (or a reply under the top-level comment `top`) as an item."""
    parent = parent_id(raw) or top
    author = author_of(raw, comment_id)
    own = is_own(author)
    return InboundItem(
        external_id=comment_id,
        parent_external_id=parent or media_id,
        thread_key=parent or comment_id,
        conversation_kind=ConversationKind.PUBLIC_THREAD,
        kind=ItemKind.REPLY if parent or own else ItemKind.COMMENT,
        author=author,
        text=text_of(raw, "text"),
        created_at=created,
        from_account=own,
        stream="media",
    )
