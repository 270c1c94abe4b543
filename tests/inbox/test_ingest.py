"""Ingest: each item stored once, threaded, and the cursor moved in the same transaction."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from sqlalchemy import func, select

from webcare.channel import FetchResult, Identity, InboundItem, ItemKind, UnparseableItem
from webcare.inbox import changes
from webcare.inbox.ingest import ingest
from webcare.runtime import Database
from webcare.storage.db import transaction
from webcare.storage.models import (
    Account,
    AccountStream,
    AuditEvent,
    Contact,
    Conversation,
    Message,
    QuarantinedItem,
)
from webcare.vocabulary import (
    AccountStatus,
    ConversationKind,
    ConversationStatus,
    DeliveryState,
    Direction,
    Platform,
    ReplyMode,
)

T0 = datetime(2026, 11, 2, 9, 0, tzinfo=UTC)
RESIDENT = Identity("7", "anna_zaandam", "Anna de Vries")


@pytest.fixture
def account_id(database: Database) -> int:
    with transaction(database.sessions) as session:
        account = Account(
            platform=Platform.X,
            external_id="4242",
            name="Gemeente",
            handle="gemeente",
            credential_ref="x:4242",
        )
        session.add(account)
        session.flush()
        return account.id


def mention(
    external_id: str,
    *,
    thread: str | None = None,
    minutes: int = 0,
    text: str = "Hoi",
    author: Identity = RESIDENT,
    parent: str | None = None,
) -> InboundItem:
    return InboundItem(
        external_id=external_id,
        parent_external_id=parent,
        thread_key=thread or external_id,
        conversation_kind=ConversationKind.PUBLIC_THREAD,
        kind=ItemKind.REPLY if parent else ItemKind.MENTION,
        author=author,
        text=text,
        created_at=T0 + timedelta(minutes=minutes),
        stream="mentions",
    )


def own(external_id: str, *, thread: str, parent: str, minutes: int, text: str) -> InboundItem:
    return InboundItem(
        external_id=external_id,
        parent_external_id=parent,
        thread_key=thread,
        conversation_kind=ConversationKind.PUBLIC_THREAD,
        kind=ItemKind.REPLY,
        author=Identity("4242", "gemeente", "Gemeente"),
        text=text,
        created_at=T0 + timedelta(minutes=minutes),
        from_account=True,
        stream="own",
    )


def run(database: Database, account_id: int, result: FetchResult, minutes: int = 30):
    with transaction(database.sessions) as session:
        return ingest(session, account_id, result, T0 + timedelta(minutes=minutes))


def count(database: Database, model: type) -> int:
    with database.sessions() as session:
        return session.scalar(select(func.count()).select_from(model)) or 0


def test_a_batch_fetched_again_is_stored_once(database: Database, account_id: int) -> None:
    batch = FetchResult(
        items=[mention("100"), mention("101", thread="100", parent="100")],
        cursors={"mentions": "101"},
    )
    first = run(database, account_id, batch)
    second = run(database, account_id, batch)
    third = run(database, account_id, batch)
    assert (first.inserted, second.inserted, third.inserted) == (2, 0, 0)
    assert third.duplicates == 2
    assert count(database, Message) == 2
    assert count(database, Conversation) == 1
    assert count(database, Contact) == 1


def test_items_are_threaded_by_thread_key_and_kind(database: Database, account_id: int) -> None:
    dm = InboundItem(
        "900",
        None,
        "7-4242",
        ConversationKind.DIRECT,
        ItemKind.DIRECT_MESSAGE,
        RESIDENT,
        "Privé vraag",
        T0,
        stream="dms",
    )
    run(
        database,
        account_id,
        FetchResult(
            items=[
                mention("100"),
                mention("101", thread="100", parent="100", minutes=1),
                mention("200", minutes=2),
                dm,
            ]
        ),
    )
    with database.sessions() as session:
        threads = {
            (c.kind, c.thread_key): len(c.messages)
            for c in session.scalars(select(Conversation)).all()
        }
    assert threads == {
        (ConversationKind.PUBLIC_THREAD, "100"): 2,
        (ConversationKind.PUBLIC_THREAD, "200"): 1,
        (ConversationKind.DIRECT, "7-4242"): 1,
    }


def test_cursor_and_messages_commit_together(database: Database, account_id: int) -> None:
    batch = FetchResult(items=[mention("100")], cursors={"mentions": "100"})
    with pytest.raises(RuntimeError), transaction(database.sessions) as session:
        ingest(session, account_id, batch, T0)
        raise RuntimeError("the worker dies before the commit")
    assert count(database, Message) == 0
    assert count(database, AccountStream) == 0
    run(database, account_id, batch)
    with database.sessions() as session:
        stream = session.get(AccountStream, (account_id, "mentions"))
        assert stream is not None and stream.cursor == "100"
    assert count(database, Message) == 1


def test_text_is_stored_exactly(database: Database, account_id: int) -> None:
    text = (
        "Lantaarnpaal kapot 💡 bij\n\u0645\u0631\u062d\u0628\u0627 & <b>Dam</b> &amp; 1 > 0"
        + "x" * 5000
    )
    run(database, account_id, FetchResult(items=[mention("100", text=text)]))
    with database.sessions() as session:
        assert session.scalars(select(Message.text)).one() == text


def close_the_first_conversation(
    database: Database, account_id: int, *, at: datetime, status_changed: bool = False
) -> int:
    """A resident writes; an agent closes the conversation at `at` (also its status time)."""
    run(database, account_id, FetchResult(items=[mention("100")]))
    with transaction(database.sessions) as session:
        conversation = session.scalars(select(Conversation)).one()
        conversation.status = ConversationStatus.CLOSED
        conversation.closed_at = at
        if status_changed:
            conversation.status_changed_at = at
        conversation.waiting_since = None
        return conversation.id


def test_closed_conversation_reopens_when_the_resident_writes_again(
    database: Database, account_id: int
) -> None:
    close_the_first_conversation(database, account_id, at=T0 + timedelta(minutes=5))
    report = run(
        database,
        account_id,
        FetchResult(
            items=[mention("102", thread="100", parent="100", minutes=10, text="Nog een vraag")]
        ),
    )
    with database.sessions() as session:
        conversation = session.scalars(select(Conversation)).one()
        assert conversation.status is ConversationStatus.OPEN
        assert conversation.closed_at is None
        assert conversation.waiting_since == T0 + timedelta(minutes=10)
        assert report.reopened == {conversation.id}


def test_a_conversation_reopened_by_ingest_has_its_audit_event(
    database: Database, account_id: int
) -> None:
    conversation = close_the_first_conversation(
        database, account_id, at=T0 + timedelta(minutes=31), status_changed=True
    )
    run(database, account_id, FetchResult(items=[mention("101", thread="100", minutes=40)]), 45)
    with database.sessions() as session:
        events = session.execute(
            select(AuditEvent.action, AuditEvent.entity_id, AuditEvent.details).where(
                AuditEvent.action == "conversation.reopened"
            )
        ).all()
    assert events == [("conversation.reopened", str(conversation), {"was": "closed"})]


def test_a_snoozed_conversation_wakes_on_a_new_message(database: Database, account_id: int) -> None:
    run(database, account_id, FetchResult(items=[mention("100")]))
    with transaction(database.sessions) as session:
        conversation = session.scalars(select(Conversation)).one()
        conversation.status = ConversationStatus.SNOOZED
        conversation.snoozed_until = T0 + timedelta(days=2)
    run(database, account_id, FetchResult(items=[mention("101", thread="100", minutes=3)]))
    with database.sessions() as session:
        conversation = session.scalars(select(Conversation)).one()
        assert conversation.status is ConversationStatus.OPEN
        assert conversation.snoozed_until is None


def test_an_unparseable_item_is_quarantined_and_its_batch_stored(
    database: Database, account_id: int
) -> None:
    bad = UnparseableItem(
        "mentions", "ValueError: bad created_at", '{"id": "103", "text": 1}', "103"
    )
    batch = FetchResult(
        items=[mention("100"), mention("104", minutes=4)],
        unparseable=[bad],
        cursors={"mentions": "104"},
    )
    run(database, account_id, batch)
    run(database, account_id, batch)
    with database.sessions() as session:
        quarantined = session.scalars(select(QuarantinedItem)).one()
        assert quarantined.payload == bad.payload
        assert quarantined.reason == bad.reason
        assert quarantined.external_id == "103"
    assert count(database, Message) == 2


def test_an_answer_given_outside_webcare_joins_its_thread(
    database: Database, account_id: int
) -> None:
    run(
        database,
        account_id,
        FetchResult(
            items=[
                mention("100"),
                own("150", thread="100", parent="100", minutes=20, text="We kijken ernaar!"),
                own("160", thread="999", parent="998", minutes=21, text="Ander gesprek"),
            ]
        ),
    )
    with database.sessions() as session:
        conversation = session.scalars(select(Conversation)).one()
        directions = [m.direction for m in conversation.messages]
        assert directions == [Direction.INBOUND, Direction.OUTBOUND]
        assert conversation.messages[1].delivery_state is DeliveryState.SENT
        assert conversation.first_response_at == T0 + timedelta(minutes=20)
        assert conversation.waiting_since is None
    assert count(database, Conversation) == 1  # own posts nobody answered are not inbox items


def test_a_reply_left_sending_is_adopted_not_duplicated(
    database: Database, account_id: int
) -> None:
    run(database, account_id, FetchResult(items=[mention("100")]))
    with transaction(database.sessions) as session:
        conversation = session.scalars(select(Conversation)).one()
        session.add(
            Message(
                conversation_id=conversation.id,
                platform=Platform.X,
                parent_external_id="100",
                direction=Direction.OUTBOUND,
                kind="reply",
                reply_mode=ReplyMode.PUBLIC,
                text="Zie https://www.zaanstad.nl/afval voor de ophaaldagen",
                created_at=T0 + timedelta(minutes=19),
                delivery_state=DeliveryState.SENDING,
            )
        )
    report = run(
        database,
        account_id,
        FetchResult(
            items=[
                own(
                    "150",
                    thread="100",
                    parent="100",
                    minutes=20,
                    text="Zie https://t.co/abc123 voor de ophaaldagen",
                ),
            ]
        ),
    )
    assert report.adopted == 1
    with database.sessions() as session:
        outbound = session.scalars(
            select(Message).where(Message.direction == Direction.OUTBOUND)
        ).all()
        assert [(m.external_id, m.delivery_state) for m in outbound] == [
            ("150", DeliveryState.SENT)
        ]


def test_rate_limited_streams_are_paused_and_the_account_says_so(
    database: Database, account_id: int
) -> None:
    until = T0 + timedelta(minutes=45)
    run(
        database,
        account_id,
        FetchResult(items=[mention("100")], cursors={"dms": "5"}, limited={"mentions": until}),
    )
    with database.sessions() as session:
        account = session.get(Account, account_id)
        assert account is not None
        assert account.status is AccountStatus.RATE_LIMITED
        assert account.rate_limited_until == until
        assert session.get(AccountStream, (account_id, "mentions")).limited_until == until
    run(database, account_id, FetchResult(cursors={"mentions": "100"}), minutes=50)
    with database.sessions() as session:
        account = session.get(Account, account_id)
        assert account is not None and account.status is AccountStatus.ACTIVE
        assert session.get(AccountStream, (account_id, "mentions")).limited_until is None


def test_new_messages_move_the_change_counter(database: Database, account_id: int) -> None:
    with database.sessions() as session:
        before = changes.current(session)
    run(database, account_id, FetchResult(items=[mention("100")]))
    with database.sessions() as session:
        changed = changes.changed_since(session, before)
        assert changed == [session.scalars(select(Conversation.id)).one()]


def test_a_display_name_change_is_kept(database: Database, account_id: int) -> None:
    renamed = Identity("7", "anna_z", "Anna <b>de</b> Vries")
    run(database, account_id, FetchResult(items=[mention("100")]))
    run(database, account_id, FetchResult(items=[mention("101", minutes=5, author=renamed)]))
    with database.sessions() as session:
        contact = session.scalars(select(Contact)).one()
        assert (contact.handle, contact.display_name) == ("anna_z", "Anna <b>de</b> Vries")


def test_a_pending_conversation_reopens_when_the_resident_answers(
    database: Database, account_id: int
) -> None:
    run(database, account_id, FetchResult(items=[mention("100")]))
    with transaction(database.sessions) as session:
        conversation = session.scalars(select(Conversation)).one()
        conversation.status = ConversationStatus.PENDING
        conversation.status_changed_at = T0 + timedelta(minutes=6)
    run(
        database,
        account_id,
        FetchResult(items=[mention("101", thread="100", minutes=9)]),
        minutes=40,
    )
    with database.sessions() as session:
        assert session.scalars(select(Conversation.status)).one() is ConversationStatus.OPEN


def test_what_no_column_can_hold_is_fitted_and_the_batch_still_goes_in(
    database: Database, account_id: int
) -> None:
    # PostgreSQL enforces column lengths and refuses NUL; one such item must not fail the
    # batch, and every later poll of the account with it.
    long_name = Identity("8", "h" * 300, "<b>" + "N" * 600)
    batch = FetchResult(
        items=[
            mention("200", author=long_name, text="nul\x00byte en half \ud83d emoji"),
            mention("9" * 250, text="een id van 250 tekens"),
            mention("201", thread="t" * 201),
            mention("202", author=Identity("1" * 65, "lang", "Lange id")),
            mention("203", text="gewoon"),
        ],
        cursors={"mentions": "203"},
        unparseable=[UnparseableItem("s" * 80, "kapot", "{\ud83d", external_id="q" * 300)],
    )
    report = run(database, account_id, batch)
    assert (report.inserted, report.quarantined) == (2, 4)
    with database.sessions() as session:
        texts = session.scalars(select(Message.text).order_by(Message.external_id)).all()
        contact = session.scalars(select(Contact).where(Contact.external_id == "8")).one()
        reasons = session.scalars(select(QuarantinedItem.reason)).all()
        cursor = session.scalar(select(AccountStream.cursor))
    assert texts == ["nulbyte en half \ufffd emoji", "gewoon"]
    assert len(contact.handle) == 200 and contact.handle.endswith("…")
    assert len(contact.display_name) == 500 and contact.display_name.startswith("<b>NNN")
    assert sorted(reasons) == sorted(
        [
            "external_id is 250 characters long; at most 200 can be stored",
            "thread_key is 201 characters long; at most 200 can be stored",
            "author.external_id is 65 characters long; at most 64 can be stored",
            "kapot",
        ]
    )
    assert cursor == "203"
