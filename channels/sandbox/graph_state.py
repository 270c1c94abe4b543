"""The Graph sandbox's world: Pages, residents, posts, comments, conversations, Instagram.

Text is kept exactly as written, and the same sequence of events always gets the same ids
(graph_model). Not thread-safe itself: the Graph platform guards it with its lock.
"""

from __future__ import annotations

import base64
from collections.abc import Callable, Iterable
from dataclasses import asdict, dataclass, field
from datetime import UTC, datetime, timedelta
from typing import Any

from channels.sandbox.graph_model import (
    ADMIN_ID,
    ADMIN_NAME,
    IG_NAME,
    IG_USER_ID,
    IG_USERNAME,
    PAGE_ID,
    PAGE_NAME,
    PAGE_TOKEN,
    PAGE_USERNAME,
    USER_TOKEN,
    Comment,
    Container,
    Conversation,
    GraphPage,
    IgComment,
    IgMedia,
    IgUser,
    Person,
    Post,
    ThreadMessage,
)


@dataclass
class GraphState:
    """Everything of one sandbox run."""

    clock: Callable[[], float]
    pages: dict[str, GraphPage] = field(default_factory=dict)
    ig_users: dict[str, IgUser] = field(default_factory=dict)
    people: dict[str, Person] = field(default_factory=dict)
    posts: dict[str, Post] = field(default_factory=dict)
    comments: dict[str, Comment] = field(default_factory=dict)
    conversations: dict[str, Conversation] = field(default_factory=dict)
    messages: dict[str, ThreadMessage] = field(default_factory=dict)
    media: dict[str, IgMedia] = field(default_factory=dict)
    ig_comments: dict[str, IgComment] = field(default_factory=dict)
    containers: dict[str, Container] = field(default_factory=dict)
    revoked: set[str] = field(default_factory=set)
    user_tokens: dict[str, str] = field(default_factory=dict)
    seq: int = 0

    def now(self) -> datetime:
        return datetime.fromtimestamp(int(self.clock()), UTC)

    def next_seq(self) -> int:
        self.seq += 1
        return self.seq

    # Identities

    def add_page(self, page: GraphPage, ig_user: IgUser | None = None) -> GraphPage:
        for other in self.pages.values():
            if other.id != page.id and other.token == page.token:
                raise ValueError("that token belongs to another Page")
        self.pages[page.id] = page
        self.revoked.discard(page.token)
        if ig_user is not None:
            self.ig_users[ig_user.id] = ig_user
            page.ig_user_id = ig_user.id
        return page

    def page_by_token(self, token: str | None) -> GraphPage | None:
        if token is None or token in self.revoked:
            return None
        return next((page for page in self.pages.values() if page.token == token), None)

    def person(self, person_id: str) -> Person | None:
        return self.people.get(person_id)

    def add_person(self, person: Person) -> Person:
        return self.people.setdefault(person.id, person)

    def name_of(self, some_id: str) -> str:
        if some_id in self.pages:
            return self.pages[some_id].name
        if some_id in self.ig_users:
            return self.ig_users[some_id].name
        person = self.people.get(some_id)
        return person.name if person else ""

    def username_of(self, some_id: str) -> str:
        if some_id in self.ig_users:
            return self.ig_users[some_id].username
        if some_id in self.pages:
            return self.pages[some_id].username
        person = self.people.get(some_id)
        return person.username if person else ""

    # Facebook

    def add_post(
        self,
        page_id: str | None,
        author_id: str,
        message: str,
        *,
        created: datetime | None = None,
        origin: str,
        tags: Iterable[str] = (),
        link: str | None = None,
        photo_url: str | None = None,
        published: bool = True,
        scheduled: datetime | None = None,
        raw: dict[str, Any] | None = None,
    ) -> Post:
        seq = self.next_seq()
        owner = page_id or author_id
        moment = created or self.now()
        post = Post(
            id=f"{owner}_{122100000000000000 + seq}",
            seq=seq,
            page_id=page_id,
            author_id=author_id,
            message=message,
            created=moment,
            updated=moment,
            link=link,
            photo_url=photo_url,
            published=published,
            scheduled=scheduled,
            tags=tuple(tags),
            origin=origin,
            raw=raw,
        )
        self.posts[post.id] = post
        return post

    def add_comment(
        self,
        post: Post,
        author_id: str,
        message: str,
        *,
        parent: Comment | None = None,
        created: datetime | None = None,
        origin: str,
        raw: dict[str, Any] | None = None,
    ) -> Comment:
        """A comment, or a reply; a reply to a reply joins the top-level comment's thread."""
        seq = self.next_seq()
        if parent is not None and parent.parent_id is not None:
            parent = self.comments[parent.parent_id]
        moment = created or self.now()
        comment = Comment(
            id=f"{post.id.split('_')[-1]}_{123400000000000000 + seq}",
            seq=seq,
            post_id=post.id,
            author_id=author_id,
            message=message,
            created=moment,
            parent_id=parent.id if parent else None,
            origin=origin,
            raw=raw,
        )
        self.comments[comment.id] = comment
        post.updated = max(post.updated, moment)
        return comment

    def live_comments(self, post_id: str) -> list[Comment]:
        return [c for c in self.comments.values() if c.post_id == post_id and not c.deleted]

    # Conversations

    def conversation_with(self, page_id: str, platform: str, person_id: str) -> Conversation:
        for conversation in self.conversations.values():
            if (conversation.page_id, conversation.platform, conversation.participant_id) == (
                page_id,
                platform,
                person_id,
            ):
                return conversation
        seq = self.next_seq()
        conversation = Conversation(
            id=f"t_{10000000000 + seq}",
            seq=seq,
            page_id=page_id,
            platform=platform,
            participant_id=person_id,
            updated=self.now(),
        )
        self.conversations[conversation.id] = conversation
        return conversation

    def add_message(
        self,
        conversation: Conversation,
        sender_id: str,
        recipient_id: str,
        text: str,
        *,
        created: datetime | None = None,
        origin: str,
        raw: dict[str, Any] | None = None,
    ) -> ThreadMessage:
        seq = self.next_seq()
        token = base64.urlsafe_b64encode(f"mid.{seq}:{conversation.id}".encode()).decode()
        message = ThreadMessage(
            id="m_" + token.rstrip("="),
            seq=seq,
            conversation_id=conversation.id,
            sender_id=sender_id,
            recipient_id=recipient_id,
            text=text,
            created=created or self.now(),
            origin=origin,
            raw=raw,
        )
        self.messages[message.id] = message
        conversation.updated = max(conversation.updated, message.created)
        return message

    def thread(self, conversation_id: str) -> list[ThreadMessage]:
        """The messages of a conversation, newest first."""
        items = [m for m in self.messages.values() if m.conversation_id == conversation_id]
        return sorted(items, key=lambda m: (m.created, m.seq), reverse=True)

    def last_inbound(self, conversation: Conversation) -> datetime | None:
        """When the person last wrote (what the messaging window counts from)."""
        times = [
            m.created
            for m in self.messages.values()
            if m.conversation_id == conversation.id and m.sender_id == conversation.participant_id
        ]
        return max(times, default=None)

    # Instagram

    def add_media(
        self,
        owner_id: str,
        caption: str,
        *,
        created: datetime | None = None,
        origin: str,
        media_type: str = "IMAGE",
        media_url: str = "",
        tagged: Iterable[str] = (),
    ) -> IgMedia:
        seq = self.next_seq()
        medium = IgMedia(
            id=str(17900000000000000 + seq),
            seq=seq,
            owner_id=owner_id,
            caption=caption,
            created=created or self.now(),
            media_type=media_type,
            media_url=media_url or f"https://cdn.example.org/ig/{seq}.jpg",
            tagged=tuple(tagged),
            origin=origin,
        )
        self.media[medium.id] = medium
        return medium

    def add_ig_comment(
        self,
        medium: IgMedia,
        author_id: str,
        username: str,
        text: str,
        *,
        parent: IgComment | None = None,
        created: datetime | None = None,
        origin: str,
        raw: dict[str, Any] | None = None,
    ) -> IgComment:
        seq = self.next_seq()
        if parent is not None and parent.parent_id is not None:
            parent = self.ig_comments[parent.parent_id]
        comment = IgComment(
            id=str(17850000000000000 + seq),
            seq=seq,
            media_id=medium.id,
            author_id=author_id,
            username=username,
            text=text,
            created=created or self.now(),
            parent_id=parent.id if parent else None,
            origin=origin,
            raw=raw,
        )
        self.ig_comments[comment.id] = comment
        return comment

    def live_ig_comments(self, media_id: str) -> list[IgComment]:
        return [c for c in self.ig_comments.values() if c.media_id == media_id and not c.deleted]

    def published_since(self, owner_id: str, since: datetime) -> int:
        return sum(
            1
            for c in self.containers.values()
            if c.owner_id == owner_id and c.published_at is not None and c.published_at >= since
        )

    def add_container(
        self, owner_id: str, media_type: str, url: str, caption: str, polls: int
    ) -> Container:
        seq = self.next_seq()
        container = Container(
            id=str(17800000000000000 + seq),
            seq=seq,
            owner_id=owner_id,
            media_type=media_type,
            url=url,
            caption=caption,
            created=self.now(),
            polls_left=polls,
            status="IN_PROGRESS" if polls > 0 else "FINISHED",
        )
        self.containers[container.id] = container
        return container

    # Lookups

    def find(self, object_id: str) -> Any:
        """Any object by id, or None."""
        for table in (
            self.pages,
            self.ig_users,
            self.people,
            self.posts,
            self.comments,
            self.conversations,
            self.messages,
            self.media,
            self.ig_comments,
            self.containers,
        ):
            found = table.get(object_id)
            if found is not None and not getattr(found, "deleted", False):
                return found
        return None

    def owner_page(self, obj: Any) -> str | None:
        """The Page an object belongs to (None: a resident's, visible to every Page)."""
        if isinstance(obj, GraphPage):
            return obj.id
        if isinstance(obj, IgUser):
            return obj.page_id
        if isinstance(obj, Post):
            return obj.page_id
        if isinstance(obj, Comment):
            return self.posts[obj.post_id].page_id
        if isinstance(obj, Conversation):
            return obj.page_id
        if isinstance(obj, ThreadMessage):
            return self.conversations[obj.conversation_id].page_id
        if isinstance(obj, IgMedia | Container):
            user = self.ig_users.get(obj.owner_id)
            return user.page_id if user else None
        if isinstance(obj, IgComment):
            return self.owner_page(self.media[obj.media_id])
        return None

    def instagram_of(self, obj: Any) -> str | None:
        """The Instagram account an object belongs to, if it is an Instagram object."""
        if isinstance(obj, IgUser):
            return obj.id
        if isinstance(obj, IgMedia | Container):
            return obj.owner_id if obj.owner_id in self.ig_users else None
        if isinstance(obj, IgComment):
            return self.instagram_of(self.media[obj.media_id])
        if isinstance(obj, Conversation) and obj.platform == "instagram":
            return self.pages[obj.page_id].ig_user_id
        if isinstance(obj, ThreadMessage):
            return self.instagram_of(self.conversations[obj.conversation_id])
        return None

    # The world as JSON (control API)

    def describe(self) -> dict[str, Any]:
        def dump(item: Any) -> dict[str, Any]:
            data = asdict(item)
            for key, value in data.items():
                if isinstance(value, datetime):
                    data[key] = value.isoformat()
                elif isinstance(value, tuple):
                    data[key] = list(value)
            return data

        return {
            "now": self.now().isoformat(),
            "pages": [dump(p) for p in self.pages.values()],
            "ig_users": [dump(u) for u in self.ig_users.values()],
            "people": [dump(p) for p in self.people.values()],
            "revoked_tokens": sorted(self.revoked),
            "posts": [dump(p) for p in self.posts.values()],
            "comments": [dump(c) for c in self.comments.values()],
            "conversations": [dump(c) for c in self.conversations.values()],
            "messages": [dump(m) for m in self.messages.values()],
            "media": [dump(m) for m in self.media.values()],
            "ig_comments": [dump(c) for c in self.ig_comments.values()],
            "containers": [dump(c) for c in self.containers.values()],
        }


def fresh_state(clock: Callable[[], float]) -> GraphState:
    """The start state: the municipality's Page with its Instagram account and a few posts."""
    state = GraphState(clock)
    state.add_page(
        GraphPage(PAGE_ID, PAGE_NAME, PAGE_USERNAME, PAGE_TOKEN),
        IgUser(IG_USER_ID, IG_USERNAME, IG_NAME, PAGE_ID),
    )
    state.user_tokens[USER_TOKEN] = ADMIN_ID
    state.add_person(Person(ADMIN_ID, ADMIN_NAME))
    now = state.now()
    for days, text in (
        (6, "De afvalkalender voor volgend jaar staat online. Bekijk hem op onze website."),
        (3, "Inspraakavond over het nieuwe park: donderdag 19:30 in het gemeentehuis."),
        (1, "Let op: de Dorpsstraat is tot vrijdag afgesloten voor rioleringswerk."),
    ):
        state.add_post(PAGE_ID, PAGE_ID, text, created=now - timedelta(days=days), origin="seed")
    for days, caption in (
        (5, "Zo mooi was de opening van de nieuwe speeltuin! #gemeentevoorbeeld"),
        (2, "Het stadhuis is zaterdag open voor de Open Monumentendag."),
    ):
        state.add_media(IG_USER_ID, caption, created=now - timedelta(days=days), origin="seed")
    return state
