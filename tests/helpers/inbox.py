"""Test data for the inbox: colleagues, accounts, and residents' messages through the real ingest.

A resident's message is stored the way the worker stores it: an `InboundItem` handed to
`ingest()`, which threads it, starts the waiting clock, reopens a resting conversation and
moves the change counter. Only the lifecycle's own tests store a bare row
(`store_inbound_row`), to see what the lifecycle does with it. Colleagues and accounts are
rows, as the demo data generator (`webcare.demodata`) writes them.
"""

from __future__ import annotations

import itertools
from datetime import datetime

from sqlalchemy import update
from sqlalchemy.orm import Session

from resources import demo_canned_replies
from webcare.channel import FetchResult, Identity, InboundItem, ItemKind
from webcare.demodata.sample import add_account as add_account
from webcare.demodata.sample import add_user as add_user
from webcare.inbox import changes
from webcare.inbox.desk import InboxDesk
from webcare.inbox.ingest import ingest
from webcare.runtime import Database
from webcare.storage.models import (
    CannedReply,
    Contact,
    Conversation,
    Message,
)
from webcare.storage.types import utcnow
from webcare.vocabulary import ConversationKind, Direction, MessageKind, Priority

_serial = itertools.count(1)


def add_canned_replies(session: Session) -> int:
    """The demo team's canned replies (`resources/demo/`); returns how many."""
    replies = demo_canned_replies()
    session.add_all(CannedReply(shortcut=r.shortcut, title=r.title, body=r.body) for r in replies)
    session.flush()
    return len(replies)


def desk(database: Database, user_id: int) -> InboxDesk:
    """The inbox desk of one user: what that user's desktop or command line calls."""
    return InboxDesk(database.sessions, user_id)


def _item(
    thread_key: str, kind: ConversationKind, author: Identity, text: str, at: datetime
) -> InboundItem:
    direct = kind is ConversationKind.DIRECT
    return InboundItem(
        external_id=f"in-{next(_serial)}-{at.timestamp()}",
        parent_external_id=None,
        thread_key=thread_key,
        conversation_kind=kind,
        kind=ItemKind.DIRECT_MESSAGE if direct else ItemKind.MENTION,
        author=author,
        text=text,
        created_at=at,
        stream="dms" if direct else "mentions",
    )


def add_conversation(
    session: Session,
    account_id: int,
    *,
    name: str,
    handle: str,
    text: str,
    at: datetime | None = None,
    kind: ConversationKind = ConversationKind.PUBLIC_THREAD,
    priority: int = int(Priority.NORMAL),
) -> int:
    """A resident starts a conversation: one message, written and fetched at `at` (now).

    Returns:
        The new conversation's id.
    """
    at = at or utcnow()
    serial = next(_serial)
    author = Identity(f"resident-{serial}", handle, name)
    item = _item(f"thread-{serial}", kind, author, text, at)
    report = ingest(session, account_id, FetchResult(items=[item]), at)
    (conversation_id,) = report.conversations
    if priority != int(Priority.NORMAL):  # as if an agent had set it
        session.execute(
            update(Conversation).where(Conversation.id == conversation_id).values(priority=priority)
        )
    return conversation_id


def add_inbound(
    session: Session,
    conversation_id: int,
    text: str,
    *,
    at: datetime | None = None,
    received_at: datetime | None = None,
) -> int:
    """The conversation's resident writes again (written at `at`, fetched at `received_at`,
    both now by default), through ingest. Returns the message's id."""
    conversation = session.get_one(Conversation, conversation_id)
    contact = session.get_one(Contact, conversation.contact_id)
    at = at or utcnow()
    author = Identity(contact.external_id, contact.handle, contact.display_name)
    item = _item(conversation.thread_key, conversation.kind, author, text, at)
    ingest(session, conversation.account_id, FetchResult(items=[item]), received_at or utcnow())
    message = session.query(Message).filter_by(external_id=item.external_id).one()
    return message.id


def store_inbound_row(
    session: Session, conversation_id: int, text: str, *, at: datetime | None = None
) -> int:
    """A resident's message as a bare row, without ingest's threading and lifecycle: only for
    testing the lifecycle on its own."""
    at = at or utcnow()
    conversation = session.get_one(Conversation, conversation_id)
    message = Message(
        conversation_id=conversation_id,
        platform=conversation.account.platform,
        external_id=f"row-{next(_serial)}",
        direction=Direction.INBOUND,
        kind=MessageKind.MENTION,
        author_contact_id=conversation.contact_id,
        text=text,
        created_at=at,
        received_at=utcnow(),
    )
    session.add(message)
    session.flush()
    changes.touch(session, [conversation_id])
    return message.id
