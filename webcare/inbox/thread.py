"""One conversation in full: its thread, who holds it, and what a reply may be.

`load_detail` returns a frozen snapshot for the conversation pane; `mark_read` records that the
current user has seen it (per user, so it does not move the change counter).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import func, select
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.orm import Session, aliased

from webcare.inbox.actions import held_by_colleague
from webcare.inbox.limits import (
    Window,
    human_agent_window_closes,
    messaging_window,
    messaging_window_closes,
    needs_messaging_window,
)
from webcare.inbox.ordering import thread_key
from webcare.inbox.outbox import default_mode
from webcare.moderation import store as moderation
from webcare.moderation.store import Moderated
from webcare.storage.models import Contact, Conversation, ConversationRead, Message, Tag, User
from webcare.storage.types import utcnow
from webcare.vocabulary import (
    ConversationKind,
    ConversationStatus,
    DeliveryState,
    Direction,
    MessageKind,
    MessageTag,
    ModerationKind,
    Platform,
    ReplyMode,
)


@dataclass(frozen=True)
class MessageView:
    """One message of a thread.

    Attributes:
        author_name: the resident's display name, the colleague's name, or the account's
            name for replies made outside Webcare.
    """

    id: int
    direction: Direction
    kind: MessageKind
    author_name: str
    author_handle: str
    text: str
    created_at: datetime
    delivery_state: DeliveryState | None
    delivery_error: str | None
    reply_mode: ReplyMode | None
    message_tag: MessageTag | None = None  # sent with Meta's HUMAN_AGENT tag
    # ---- moderation (webcare.moderation): its latest action, and what may be done now
    moderation: Moderated | None = None
    moderable: tuple[ModerationKind, ...] = ()


@dataclass(frozen=True)
class TagRef:
    id: int
    name: str


@dataclass(frozen=True)
class ConversationDetail:
    """A conversation as the conversation pane shows it.

    Attributes:
        reply_mode: how a reply is sent by default (publicly, or as a direct message).
        window_closes: for Messenger and Instagram direct messages, when the 24-hour window
            after the resident's last message closes (None: no window applies or it never
            opened; see `needs_window`).
    """

    id: int
    platform: Platform
    kind: ConversationKind
    account_name: str
    account_handle: str
    contact_name: str
    contact_handle: str
    status: ConversationStatus
    snoozed_until: datetime | None
    assignee_id: int | None
    assignee_name: str | None
    assigned_at: datetime | None
    priority: int
    tags: tuple[TagRef, ...]
    waiting_since: datetime | None
    last_inbound_at: datetime | None
    reply_mode: ReplyMode
    needs_window: bool
    window_closes: datetime | None
    revision: int
    messages: tuple[MessageView, ...]

    def held_by_colleague(self, me: int) -> bool:
        """Someone other than `me` holds it: a reply asks first, a claim is a take-over."""
        return held_by_colleague(self.assignee_id, me)

    @property
    def failed_message_ids(self) -> tuple[int, ...]:
        return tuple(m.id for m in self.messages if m.delivery_state is DeliveryState.FAILED)

    def window_open(self, now: datetime) -> bool:
        """False when a direct message can no longer be sent (the window closed or never opened)."""
        if not self.needs_window:
            return True
        return self.window_closes is not None and self.window_closes > now

    def window_state(self, now: datetime) -> Window:
        """Whether a reply may go out now: plainly, only with the HUMAN_AGENT tag, or not."""
        return messaging_window(self.platform, self.reply_mode, self.last_inbound_at, now)

    @property
    def human_agent_closes(self) -> datetime | None:
        """When the HUMAN_AGENT tag's 7 days end (None: no window applies or never opened)."""
        return human_agent_window_closes(self.last_inbound_at) if self.needs_window else None


def load_detail(session: Session, conversation_id: int) -> ConversationDetail | None:
    """The conversation with its whole thread in platform order (`webcare.inbox.ordering`), or
    None when it no longer exists."""
    conversation = session.get(Conversation, conversation_id)
    if conversation is None:
        return None
    account = conversation.account
    contact = conversation.contact
    assignee = conversation.assignee
    mode = default_mode(conversation)
    needs_window = needs_messaging_window(account.platform, mode)
    author_contact = aliased(Contact)
    author_user = aliased(User)
    statement = (
        select(
            Message,
            author_contact.display_name,
            author_contact.handle,
            author_user.display_name,
        )
        .outerjoin(author_contact, author_contact.id == Message.author_contact_id)
        .outerjoin(author_user, author_user.id == Message.author_user_id)
        .where(Message.conversation_id == conversation_id)
        .order_by(Message.created_at, Message.id)
    )
    rows = sorted(
        session.execute(statement).all(),
        key=lambda found: thread_key(
            account.platform, found[0].created_at, found[0].external_id, found[0].id
        ),
    )
    messages = []
    moderated = moderation.latest(session, conversation_id)
    for message, contact_name, contact_handle, user_name in rows:
        if message.direction is Direction.INBOUND:
            name = contact_name or contact_handle or ""
            handle = contact_handle or ""
        else:
            name = user_name or account.name
            handle = "" if user_name else account.handle
        messages.append(
            MessageView(
                id=message.id,
                direction=message.direction,
                kind=message.kind,
                author_name=name,
                author_handle=handle,
                text=message.text,
                created_at=message.created_at,
                delivery_state=message.delivery_state,
                delivery_error=message.delivery_error,
                reply_mode=message.reply_mode,
                message_tag=message.message_tag,
                moderation=moderated.get(message.id),
                moderable=moderation.offers(
                    account.platform, conversation.kind, message, moderated.get(message.id)
                ),
            )
        )
    tags = session.execute(
        select(Tag.id, Tag.name)
        .join(Conversation.tags)
        .where(Conversation.id == conversation_id)
        .order_by(Tag.name)
    ).all()
    return ConversationDetail(
        id=conversation.id,
        platform=account.platform,
        kind=conversation.kind,
        account_name=account.name,
        account_handle=account.handle,
        contact_name=contact.display_name if contact else "",
        contact_handle=contact.handle if contact else "",
        status=conversation.status,
        snoozed_until=conversation.snoozed_until,
        assignee_id=conversation.assignee_id,
        assignee_name=assignee.display_name if assignee else None,
        assigned_at=conversation.assigned_at,
        priority=conversation.priority,
        tags=tuple(TagRef(tag_id, name) for tag_id, name in tags),
        waiting_since=conversation.waiting_since,
        last_inbound_at=conversation.last_inbound_at,
        reply_mode=mode,
        needs_window=needs_window,
        window_closes=messaging_window_closes(conversation.last_inbound_at)
        if needs_window
        else None,
        revision=conversation.revision,
        messages=tuple(messages),
    )


def mark_read(
    session: Session, conversation_id: int, user_id: int, at: datetime | None = None
) -> None:
    """Remember that `user_id` has seen the conversation as it is now.

    The mark is at least the arrival of the newest resident message, so that a clock on this
    workstation running behind the worker's does not leave that message unread.
    """
    latest = session.scalar(
        select(func.max(Message.received_at)).where(
            Message.conversation_id == conversation_id, Message.direction == Direction.INBOUND
        )
    )
    at = max(at or utcnow(), latest) if latest is not None else at or utcnow()
    values = {"user_id": user_id, "conversation_id": conversation_id, "read_at": at}
    dialect = session.get_bind().dialect.name
    insert = postgresql.insert if dialect == "postgresql" else sqlite.insert
    statement = insert(ConversationRead).values(**values)
    statement = statement.on_conflict_do_update(
        index_elements=["user_id", "conversation_id"], set_={"read_at": at}
    )
    session.execute(statement)
