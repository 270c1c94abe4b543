"""Retention: the daily job deletes exactly what is past its term, per category, and records
what it destroyed; an open conversation is never destroyed."""

from __future__ import annotations

from datetime import timedelta

import pytest
from sqlalchemy import select, text

from webcare.permissions import PermissionDenied
from webcare.residents import retention
from webcare.residents.vocabulary import Purpose
from webcare.runtime import Database
from webcare.storage.db import transaction
from webcare.storage.models import (
    Contact,
    Conversation,
    ConversationTag,
    DeletionRecord,
    Message,
    RetentionRun,
    Tag,
)
from webcare.vocabulary import ConversationStatus


def _close(database: Database, conversation: int, at, tag: str | None = None) -> None:  # type: ignore[no-untyped-def]
    with transaction(database.sessions) as session:
        row = session.get(Conversation, conversation)
        assert row is not None
        row.status, row.closed_at = ConversationStatus.CLOSED, at
        if tag:
            found = session.scalar(select(Tag).where(Tag.name == tag))
            if found is None:
                found = Tag(name=tag)
                session.add(found)
                session.flush()
            session.add(ConversationTag(conversation_id=conversation, tag_id=found.id))


def test_the_job_deletes_exactly_what_is_past_its_term(
    team, inbound, clock, database: Database
) -> None:
    now = clock.now
    year = timedelta(days=366)
    question_old = inbound("Wanneer is het gemeentehuis open?", author="1", handle="@een")
    question_new = inbound("Hoe vraag ik een paspoort aan?", author="2", handle="@twee")
    report_old = inbound("Er ligt afval op straat", author="3", handle="@drie")
    report_older = inbound("Kapotte lantaarnpaal", author="4", handle="@vier")
    complaint = inbound("Ik wil een klacht indienen", author="5", handle="@vijf")
    still_open = inbound("Nog open", author="6", handle="@zes")
    _close(database, question_old, now - year - timedelta(days=1))
    _close(database, question_new, now - timedelta(days=300))
    _close(database, report_old, now - 2 * year, tag="melding")  # 5 years: kept
    _close(database, report_older, now - 5 * year - timedelta(days=3), tag="melding")
    _close(database, complaint, now - 3 * year, tag="klacht")
    with database.sessions() as session:  # open for years, never closed: kept
        session.execute(
            text("UPDATE conversations SET created_at = :t WHERE id = :i"),
            {"t": (now - 9 * year).replace(tzinfo=None), "i": still_open},
        )
        session.commit()

    report = team.privacy.residents.run_retention().value

    with database.sessions() as session:
        left = set(session.scalars(select(Conversation.id)))
        assert left == {question_new, report_old, complaint, still_open}
        assert (
            session.scalars(
                select(Message.id).where(Message.conversation_id.in_([question_old, report_older]))
            ).all()
            == []
        )
        records = {r.record_ref: r for r in session.scalars(select(DeletionRecord)).all()}
        assert set(records) == {str(question_old), str(report_older)}
        assert records[str(question_old)].category == "question"
        assert records[str(report_older)].category == "public_space_report"
        assert records[str(report_older)].reason == "retention"
        assert records[str(report_older)].details["messages"] == 1
        handles = set(session.scalars(select(Contact.handle)))
        assert "@een" not in handles and "@vier" not in handles and "@twee" in handles
        (run,) = session.scalars(select(RetentionRun)).all()
        assert (run.conversations, run.messages, run.contacts) == (2, 2, 2)
    assert report.by_category == {"question": 1, "public_space_report": 1}
    assert team.privacy.audit.verify().intact


def test_terms_are_configurable_per_category(team, inbound, clock, database: Database) -> None:
    conversation = inbound("Een vraag", author="1", handle="@een")
    _close(database, conversation, clock.now - timedelta(days=40))
    team.privacy.residents.set_retention_term("question", 1)
    team.privacy.residents.run_retention()
    with database.sessions() as session:
        assert session.get(Conversation, conversation) is None
    terms = {t.category: t.months for t in team.supervisor.residents.retention_terms()}
    assert terms == {"question": 1, "public_space_report": 60, "complaint": 60}
    with pytest.raises(PermissionDenied):
        team.supervisor.residents.set_retention_term("question", 12)


def test_the_daily_run_runs_once_a_day(team, database: Database, clock) -> None:
    first = retention.run_if_due(database.sessions, now=clock.now)
    assert first is not None
    assert retention.run_if_due(database.sessions, now=clock.now + timedelta(hours=2)) is None
    assert retention.run_if_due(database.sessions, now=clock.now + timedelta(hours=24)) is not None


def test_a_consent_past_its_refresh_date_expires_and_its_links_end(
    team, give, inbound, clock, person, database: Database
) -> None:
    resident = team.privacy.residents.create(person).value
    give(team.privacy, resident, Purpose.LINK_SOCIAL)
    code = team.privacy.residents.issue_code(resident).value.code
    conversation = inbound(f"code {code}")
    team.agent.residents.link(conversation, resident)
    clock.advance(days=2 * 366)
    report = team.privacy.residents.run_retention().value
    assert report.consents_expired == 1
    shown = team.privacy.residents.profile(resident).value
    assert shown.conversations == () and shown.consents[0].status.value == "expired"


def test_the_worker_that_holds_the_lease_runs_retention_in_its_housekeeping(
    team, inbound, clock, database: Database, settings
) -> None:
    from webcare.accounts.credentials import CredentialStore
    from webcare.worker import Worker

    old = inbound("Een oude vraag", author="1", handle="@een")
    _close(database, old, clock.now.replace(year=clock.now.year - 3))
    worker = Worker(database, CredentialStore(settings.data_dir))
    worker.run_once()  # no accounts to poll here: only the housekeeping runs
    with database.sessions() as session:
        assert session.get(Conversation, old) is None
        assert session.scalars(select(RetentionRun.run_by)).all() == ["worker"]
