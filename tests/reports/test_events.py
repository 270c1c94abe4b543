"""Events are recorded by the database in the transaction of the change, whichever code path
made it, and the conversations that existed before are backfilled by the migration."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from sqlalchemy import select, text
from sqlalchemy.engine import URL

from tests.reports.timeline import Timeline, local
from webcare.inbox import actions, lifecycle
from webcare.reports import triggers
from webcare.reports.calendar import seconds
from webcare.reports.figures import Period
from webcare.runtime import Database
from webcare.storage.db import create_db_engine, make_session_factory, transaction
from webcare.storage.migrate import upgrade
from webcare.storage.models import (
    Account,
    AuditEvent,
    Conversation,
    ConversationEvent,
    Message,
    ReportDirty,
)
from webcare.vocabulary import (
    ConversationKind,
    ConversationStatus,
    DeliveryState,
    Direction,
    MessageKind,
    Platform,
)


def stamp(at: datetime, dialect: str) -> object:
    """A time as the UTCDateTime column stores it (SQLite: naive UTC text)."""
    return at.replace(tzinfo=None).isoformat(sep=" ") if dialect == "sqlite" else at


def events(database: Database, conversation_id: int) -> list[tuple[str, int, int | None]]:
    with database.sessions() as session:
        rows = session.execute(
            select(ConversationEvent.kind, ConversationEvent.at, ConversationEvent.user_id)
            .where(ConversationEvent.conversation_id == conversation_id)
            .order_by(ConversationEvent.id)
        ).all()
    return [(kind, at, user) for kind, at, user in rows]


def test_the_triggers_exist_at_the_newest_schema(database: Database) -> None:
    """A later migration that rebuilds messages or conversations (SQLite's batch mode drops a
    table's triggers) must install them again; this test says so."""
    with database.engine.connect() as connection:
        assert triggers.installed(connection) == {name for name, _ in triggers.TRIGGERS}


def test_every_code_path_records_its_event(timeline: Timeline, database: Database) -> None:
    t = timeline
    at = local(2026, 3, 2, 9)
    conversation = t.resident("a", at)
    t.note(conversation, at + timedelta(minutes=1))
    t.reply(conversation, at + timedelta(minutes=2), sent=at + timedelta(minutes=3))
    t.platform_reply("a", at + timedelta(minutes=4))
    t.status(conversation, ConversationStatus.PENDING, at + timedelta(minutes=5))
    until = at + timedelta(hours=2)
    t.status(conversation, ConversationStatus.SNOOZED, at + timedelta(minutes=6), until=until)
    with transaction(database.sessions) as session:
        assert lifecycle.wake_due(session, until.astimezone(UTC)) == [conversation]
    t.close(conversation, at + timedelta(hours=3))
    t.resident("a", at + timedelta(hours=4))  # reopens it
    with transaction(database.sessions) as session:
        actions.assign(session, conversation, None, by=t.anna, expected=t.anna)

    def s(minutes: int) -> int:
        return seconds(at + timedelta(minutes=minutes))

    assert events(database, conversation) == [
        ("received", s(0), None),
        ("assigned", s(2), t.anna),  # replying claimed it
        ("replied", s(3), t.anna),
        ("replied", s(4), None),  # made on the platform
        ("pending", s(5), t.anna),
        ("snoozed", s(6), t.anna),
        ("reopened", s(120), t.anna),  # woken
        ("closed", s(180), t.anna),
        ("received", s(240), None),
        ("reopened", s(240), t.anna),
        ("assigned", events(database, conversation)[-1][1], None),
    ]


def test_a_duplicate_copy_removed_by_the_sender_takes_its_event_along(
    timeline: Timeline, database: Database
) -> None:
    conversation = timeline.resident("a", local(2026, 3, 2, 9))
    with transaction(database.sessions) as session:
        message = Message(
            conversation_id=conversation,
            platform=Platform.X,
            external_id="copy",
            direction=Direction.OUTBOUND,
            kind=MessageKind.REPLY,
            text="kopie",
            created_at=local(2026, 3, 2, 9, 5),
            received_at=local(2026, 3, 2, 9, 5),
            delivery_state=DeliveryState.SENT,
            sent_at=local(2026, 3, 2, 9, 5),
        )
        session.add(message)
    assert [kind for kind, _, _ in events(database, conversation)] == ["received", "replied"]
    with transaction(database.sessions) as session:
        session.delete(session.get(Message, message.id))

    assert [kind for kind, _, _ in events(database, conversation)] == ["received"]
    with database.sessions() as session:
        assert session.get(ReportDirty, conversation) is not None


def test_the_migration_backfills_the_conversations_that_existed(db_url: URL) -> None:
    engine = create_db_engine(db_url)
    try:
        upgrade(engine, "service_policy")  # the schema before the reports
        sessions = make_session_factory(engine)
        written = datetime(2026, 3, 2, 8, tzinfo=UTC)
        with transaction(sessions) as session:
            account = Account(
                platform=Platform.X, external_id="1", name="G", handle="@g", credential_ref="x"
            )
            session.add(account)
            session.flush()
            conversation = Conversation(
                account_id=account.id,
                kind=ConversationKind.PUBLIC_THREAD,
                thread_key="t",
                status=ConversationStatus.CLOSED,
                status_changed_at=written + timedelta(hours=1),
                closed_at=written + timedelta(hours=1),
                created_at=written,
            )
            session.add(conversation)
            session.flush()
            for minutes, direction, state in (
                (0, Direction.INBOUND, None),
                (20, Direction.OUTBOUND, DeliveryState.SENT),
            ):
                at = written + timedelta(minutes=minutes)
                # the schema of then: no `automatic` column yet
                session.execute(
                    text(
                        "INSERT INTO messages (conversation_id, platform, external_id, "
                        "direction, kind, text, created_at, received_at, delivery_state, "
                        "sent_at, send_attempts) VALUES (:c, 'x', :e, :d, 'mention', '...', "
                        ":at, :at, :state, :sent, 0)"
                    ),
                    {
                        "c": conversation.id,
                        "e": f"e{minutes}",
                        "d": direction.value,
                        "at": stamp(at, engine.dialect.name),
                        "state": state.value if state else None,
                        "sent": stamp(at, engine.dialect.name) if state else None,
                    },
                )
            session.add(
                AuditEvent(
                    occurred_at=written + timedelta(minutes=30),
                    actor="user:1",
                    action="conversation.pending",
                    entity_type="conversation",
                    entity_id=str(conversation.id),
                    details={},
                )
            )
            conversation_id = conversation.id
        upgrade(engine)

        with sessions() as session:
            kinds = session.execute(
                select(ConversationEvent.kind, ConversationEvent.at)
                .where(ConversationEvent.conversation_id == conversation_id)
                .order_by(ConversationEvent.at, ConversationEvent.id)
            ).all()
            marked = session.get(ReportDirty, conversation_id)
        assert [(kind, at - seconds(written)) for kind, at in kinds] == [
            ("received", 0),
            ("replied", 20 * 60),
            ("pending", 30 * 60),
            ("closed", 60 * 60),  # its state now, which the audit trail did not have
        ]
        assert marked is not None
    finally:
        engine.dispose()


def test_backfilled_conversations_are_counted(timeline: Timeline, database: Database) -> None:
    conversation = timeline.resident("a", local(2026, 3, 2, 9))
    timeline.reply(conversation, local(2026, 3, 2, 9, 15))
    with transaction(database.sessions) as session:
        session.execute(ConversationEvent.__table__.delete())
        session.execute(ReportDirty.__table__.delete())
        triggers.backfill(session.connection())

    report = timeline.reports_desk(local(2026, 4, 1)).reports.report(
        Period(local(2026, 3, 1).date(), local(2026, 3, 31).date())
    )

    assert report.value.figures.first_response.median_seconds == 15 * 60
