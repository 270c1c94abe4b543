"""The Facebook Page adapter: facebook-sdk's `GraphAPI` behind Webcare's `Channel` port.

Streams, polled as channels/graph_channel.py does for both Meta platforms, through the shared
`GraphClient` (channels/graph.py):

- `feed` and `tagged` come back together from one request on the Page node, with field
  expansion: every post of `/feed` in the comment window (`feed.since(...)`, 30 days by
  default, 100 a page: the Page's own posts and residents' posts on the Page) with their
  `updated_time` and comment count, and the posts that tag the Page. Only posts whose
  `updated_time` or count changed since the last poll get another request,
  `/{post-id}/comments?filter=stream&order=reverse_chronological`, read newest first until
  the comments already seen; a post is marked as read only when that read succeeded;
- `dms`: the Page's Messenger conversations (channels/graph_messaging.py), one request.

So a poll without new activity costs two requests (three for a Page with more than 100 posts
in the window). Threading: a resident's top-level comment
under a Page post starts a conversation (thread key: that comment's id) that its replies join;
a resident's post on the Page is a conversation of its own (thread key: the post id), with the
comments under it; a post that tags the Page likewise; a Messenger thread is one conversation
(thread key: the conversation id). What the Page wrote itself comes back with
`from_account=True` and joins its thread.
"""

from __future__ import annotations

import logging
from datetime import datetime, timedelta
from typing import Any

from channels.graph import GraphClient
from channels.graph_channel import GraphChannel, page_token
from channels.graph_cursors import PostsCursor, PostState, Watermark
from channels.graph_items import (
    Batch,
    ItemError,
    author_of,
    maybe_time,
    object_id,
    object_time,
    parent_id,
    text_of,
    total_count,
)
from channels.graph_lists import find_own, newer_than
from channels.graph_messaging import Messaging
from channels.graph_reread import message_reader, reread, text_field
from channels.http import DEFAULT_TIMEOUT
from channels.sanity import FACEBOOK_BORN, graph_id
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
    Rejected,
    Transient,
)
from webcare.vocabulary import ConversationKind, ReplyMode

log = logging.getLogger(__name__)

COMMENT_PAGE = 50

POST_FIELDS = (
    "id,message,created_time,updated_time,from{id,name},permalink_url,"
    "comments.filter(stream).limit(0).summary(true)"
)
TAGGED_FIELDS = "id,message,created_time,from{id,name},permalink_url"
COMMENT_FIELDS = "id,message,created_time,from{id,name},parent{id},permalink_url"


class FacebookChannel(GraphChannel):
    """A Facebook Page. The credential is the Page access token."""

    POSTS = "feed"
    TAGS = "tagged"
    POSTS_FIELDS = POST_FIELDS
    TAGS_FIELDS = TAGGED_FIELDS
    TIME_KEY = "created_time"
    BORN = FACEBOOK_BORN

    def __init__(
        self,
        account: AccountConfig,
        credential: Credential,
        timeout: float = DEFAULT_TIMEOUT,
        *,
        version: str | None = None,
        window: timedelta | None = None,
    ) -> None:
        self.page_id = account.external_id
        client = GraphClient(
            page_token(credential, "Facebook"), account.api_base, timeout=timeout, version=version
        )
        messaging = Messaging(client, self.page_id, "messenger", frozenset({self.page_id}))
        super().__init__(account, client, messaging, window)

    def _is_own(self, author: Identity) -> bool:
        return author.external_id == self.page_id

    # ---- polling

    def _read_posts(
        self, listing: dict[str, Any], cursor: str | None, floor: datetime, batch: Batch
    ) -> None:
        """Every post of the window: a resident's new post is an item; a post whose activity
        changed gets its new comments read, and keeps its old state until they were."""
        now = self.client.clock()
        posts = PostsCursor(cursor, floor, now)
        window = self.client.listing(listing, "feed")
        comments_down = False  # a comment read failed for a while: no more of them this poll
        for raw in window:
            try:
                post_id = object_id(raw)
            except ItemError as exc:
                batch.quarantine("feed", raw, exc)
                continue
            author = author_of(raw, post_id)
            by_page = self._is_own(author)
            try:
                created: datetime | None = object_time(raw, "created_time", FACEBOOK_BORN, now)
            except ItemError as exc:
                created = None  # the post is quarantined; its comments are still read
                batch.quarantine("feed", raw, exc)
            # A nonsensical `updated_time` says nothing: the comment count decides alone.
            updated = maybe_time(raw, "updated_time", FACEBOOK_BORN, now) or created
            # New since the last poll; on a first poll, new within the look-back.
            if (
                created is not None
                and not posts.knows(post_id)
                and not by_page
                and (not posts.first_poll or created >= floor)
            ):
                batch.items.append(self._post_item(raw, post_id, created, author))
            count = total_count(raw, "comments")
            if posts.keep_if_unchanged(post_id, updated, count):
                continue
            mark = posts.comments_from(post_id)
            # A post not updated since the newest comment seen has no new comment.
            if count != 0 and not (updated is not None and mark.is_older(updated)):
                if comments_down or self._halted(batch):
                    posts.keep_old(post_id)  # asked again next poll
                    continue
                read = self._read_comments(post_id, by_page, mark, batch)
                if read is None:
                    posts.keep_old(post_id)
                    comments_down = comments_down or "feed" in batch.failed
                    continue
                mark = read
            stamp = int(updated.timestamp()) if updated is not None else None
            posts.record(post_id, PostState(stamp, count, mark))
        batch.cursors["feed"] = posts.dump(listing_complete=batch.noted(window))

    def _read_comments(
        self, post_id: str, by_page: bool, mark: Watermark, batch: Batch
    ) -> Watermark | None:
        """A post's comments and replies newer than `mark`; returns the advanced mark, or None
        when they could not be read in full (the post is then asked for again)."""
        now = self.client.clock()
        body = self._comments_page(
            post_id,
            "feed",
            batch,
            filter="stream",
            order="reverse_chronological",
            fields=COMMENT_FIELDS,
            limit=COMMENT_PAGE,
        )
        if body is None:
            return None
        seen: list[tuple[datetime, str]] = []
        listing = self.client.listing(body, "feed")
        comments = newer_than(
            mark,
            listing,
            time_key="created_time",
            born=FACEBOOK_BORN,
            now=now,
            seen=seen,
            batch=batch,
            stream="feed",
            reread={"read": "comment", "post": post_id, "by_page": by_page},
        )
        found = [
            comment_item(raw, comment_id, created, post_id, by_page, self.page_id)
            for raw, comment_id, created in comments
        ]
        # Oldest first, so that within one second a comment is stored before its replies
        # (ingest keeps the order of items with equal times).
        batch.items.extend(reversed(found))
        if not batch.noted(listing):
            batch.fail("feed", f"comments of {post_id} could not be read to their end")
            return None
        return mark.advanced(seen)

    def _post_item(
        self, raw: dict[str, Any], post_id: str, created: datetime, author: Identity
    ) -> InboundItem:
        return InboundItem(
            external_id=post_id,
            parent_external_id=None,
            thread_key=post_id,
            conversation_kind=ConversationKind.PUBLIC_THREAD,
            kind=ItemKind.POST,
            author=author,
            text=text_of(raw, "message"),
            created_at=created,
            stream="feed",
        )

    def _tag_item(
        self, raw: dict[str, Any], post_id: str, created: datetime, author: Identity
    ) -> InboundItem:
        return InboundItem(
            external_id=post_id,
            parent_external_id=None,
            thread_key=post_id,
            conversation_kind=ConversationKind.PUBLIC_THREAD,
            kind=ItemKind.MENTION,
            author=author,
            text=text_of(raw, "message"),
            created_at=created,
            stream="tagged",
        )

    # ---- quarantine

    @staticmethod
    def reread(account: AccountConfig, stream: str, payload: str, now: datetime) -> FetchResult:
        """A quarantined comment or Messenger message read again from its stored envelope, as
        polling reads it (the port's `Rereader`): under the post, or in the conversation, that
        the envelope kept."""
        page_id = account.external_id

        def read_comment(context: dict[str, Any], raw: Any, now: datetime) -> InboundItem:
            post_id = graph_id(text_field(context, "post"))
            if post_id is None:
                raise ItemError("the quarantine kept no post id of Graph's shape")
            comment_id = object_id(raw)
            created = object_time(raw, "created_time", FACEBOOK_BORN, now)
            by_page = context.get("by_page") is True
            return comment_item(raw, comment_id, created, post_id, by_page, page_id)

        readers = {
            "comment": read_comment,
            "message": message_reader(frozenset({page_id}), FACEBOOK_BORN, stream),
        }
        return reread(stream, payload, now, readers)

    # ---- answering

    def send_reply(self, reply: OutboundReply) -> Delivered:
        if reply.mode is ReplyMode.DIRECT:
            if not reply.recipient:
                raise Rejected("a Messenger reply needs the resident's id", "no_target")
            return self._messaging().send({"id": reply.recipient}, reply.text, reply.tag)
        target = reply.in_reply_to or reply.thread_key
        if not target:
            raise Rejected("a reply needs the comment or post it answers", "no_target")
        if reply.mode is ReplyMode.PRIVATE_REPLY:
            # A resident's post on the Page (id "<page>_<n>") or a comment: Messenger answers
            # both privately, once, within 7 days.
            key = "post_id" if target.startswith(self.page_id + "_") else "comment_id"
            return self._messaging().send({key: target}, reply.text)
        body = self.client.post(target, "comments", message=reply.text)
        if not body.get("id"):
            raise Transient("Facebook accepted the comment but returned no id")
        return Delivered(str(body["id"]))

    def _find_public(self, reply: OutboundReply, since: datetime) -> list[Delivered]:
        """Our comments with this text under the thread's top-level comment or post."""
        body = self.client.get(
            reply.thread_key,
            "comments",
            filter="stream",
            order="reverse_chronological",
            fields="id,message,created_time,from{id}",
            limit=COMMENT_PAGE,
        )
        return find_own(
            self.client.walk(body),
            reply.text,
            since,
            self._is_own,
            born=FACEBOOK_BORN,
            now=self.client.clock(),
        )

    def set_hidden(self, external_id: str, hidden: bool) -> None:
        """Hide a comment on the Page (or show it again): `POST /{comment-id}` is_hidden."""
        body = self.client.post(external_id, is_hidden=hidden)
        if body.get("success") is not True:
            raise Transient("Facebook did not confirm hiding the comment")

    # ---- publishing

    def publish(
        self, text: str, link: str | None = None, media: PostMedia | None = None
    ) -> Delivered:
        """A post on the Page: text, text with a link, or a photo with a caption."""
        if media is None:
            body = self.client.post(self.page_id, "feed", message=text, link=link)
            if not body.get("id"):
                raise Transient("Facebook accepted the post but returned no id")
            return Delivered(str(body["id"]))
        if media.kind != "image":
            raise Rejected("only photos can be posted to a Page from Webcare", "unsupported_media")
        caption = f"{text}\n\n{link}" if link else text
        if media.url:
            body = self.client.post(self.page_id, "photos", url=media.url, message=caption)
        elif media.data is not None:
            source = {"source": (media.filename, media.data, media.mime_type)}
            body = self.client.post(self.page_id, "photos", files=source, message=caption)
        else:
            raise Rejected("a photo needs a URL or its bytes", "no_media")
        post_id = body.get("post_id") or body.get("id")
        if not post_id:
            raise Transient("Facebook accepted the photo but returned no id")
        return Delivered(str(post_id))

    def verify(self) -> Identity:
        """The Page the token belongs to (`GET /me` with a Page token is the Page)."""
        body = self.client.get("me", fields="id,name,username")
        if not body.get("id"):
            raise Transient("Facebook returned no Page for this token")
        return Identity(
            str(body["id"]),
            str(body.get("username") or body.get("name") or ""),
            str(body.get("name") or ""),
        )


def comment_item(
    raw: dict[str, Any],
    comment_id: str,
    created: datetime,
    post_id: str,
    by_page: bool,
    page_id: str,
) -> InboundItem:
    """A comment or reply under `post_id` as an item (`by_page`: the Page wrote the post)."""
    parent = parent_id(raw)
    author = author_of(raw, comment_id)
    own = author.external_id == page_id
    return InboundItem(
        external_id=comment_id,
        parent_external_id=parent or post_id,
        # Under the Page's own post every resident's top-level comment is a conversation;
        # under a resident's post the whole post is one.
        thread_key=(parent or comment_id) if by_page else post_id,
        conversation_kind=ConversationKind.PUBLIC_THREAD,
        kind=ItemKind.REPLY if parent or own else ItemKind.COMMENT,
        author=author,
        text=text_of(raw, "message"),
        created_at=created,
        from_account=own,
        stream="feed",
    )
