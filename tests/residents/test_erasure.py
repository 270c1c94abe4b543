"""Erasure (art. 17): no trace of the resident's name, e-mail, phone or handle remains in the
database - not in the tables, not in the full-text index, not in the bytes of the SQLite file
or its write-ahead log; a deletion record without personal data stays."""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

import pytest
from sqlalchemy import event, select, text

from webcare.permissions import PermissionDenied
from webcare.residents.values import ResidentInput
from webcare.residents.vocabulary import Purpose
from webcare.runtime import Database
from webcare.storage.db import transaction
from webcare.storage.models import (
    Consent,
    Contact,
    DeletionRecord,
    Draft,
    Message,
    Partij,
    QuarantinedItem,
)

# Every identifying value of the resident in the fixtures starts with "zyxw" (name, e-mail,
# handle, display name), or is this phone number: nothing else in a test database does.
MARK = b"zyxw"
PHONE = b"12345678"


def _raw(path: Path) -> bytes:
    """The database file and its write-ahead log, lower-cased, as they lie on the disk."""
    found = b""
    for part in (path, path.with_name(path.name + "-wal")):
        if part.exists():
            found += part.read_bytes()
    return found.lower()


def _linked_resident(team, give, inbound, person, database: Database) -> tuple[int, list[int]]:  # type: ignore[no-untyped-def]
    # Neighbours on every page, so that the erased rows leave holes rather than empty pages.
    for n in range(3):
        other = team.privacy.residents.create(
            ResidentInput(name=f"Buur {n}", email=f"buur{n}@voorbeeld.nl", phone=f"0201234{n}67")
        ).value
        give(team.privacy, other, Purpose.CAMPAIGNS, Purpose.LINK_SOCIAL)
    resident = team.privacy.residents.create(person).value
    give(team.privacy, resident, Purpose.LINK_SOCIAL, Purpose.NEIGHBOURHOOD_EMAIL)
    code = team.privacy.residents.issue_code(resident).value.code
    first = inbound(f"Mijn code: {code}. Mail me op zyxwina@voorbeeld.nl of bel 06-12345678")
    team.agent.residents.link(first, resident)
    second = inbound("Groet, Zyxwina Testpersoon")
    elsewhere = inbound(
        "Ik zag @zyxwhandle ook klagen", author="902", handle="@buur", name="Buurman"
    )
    with transaction(database.sessions) as session:
        session.add(
            Draft(
                user_id=team.agent.me.id,
                conversation_id=first,
                mode="reply",
                text="Dag Zyxwina, we bellen je",
                updated_at=team.agent.residents.clock(),
            )
        )
        session.add(
            QuarantinedItem(
                account_id=1,
                platform="x",
                stream="dms",
                fingerprint="f" * 64,
                reason="test",
                payload='{"sender": {"username": "zyxwhandle"}}',
            )
        )
    return resident, [first, second, elsewhere]


def _secure_delete_off(dbapi_connection, _record) -> None:  # type: ignore[no-untyped-def]
    dbapi_connection.execute("PRAGMA secure_delete = OFF")


def test_after_erasure_no_trace_remains_in_the_database_file_or_its_wal(
    team, give, inbound, person, database: Database, settings
) -> None:
    if database.engine.dialect.name != "sqlite":
        pytest.skip("the bytes on disk are SQLite's; PostgreSQL keeps dead rows until VACUUM")
    path = Path(settings.db_url.database)
    # Debian's SQLite overwrites deleted content by default, Windows' and macOS' do not: the
    # erasure must not rely on the build.
    event.listen(database.engine, "connect", _secure_delete_off)
    database.engine.dispose()
    resident, (first, second, _elsewhere) = _linked_resident(team, give, inbound, person, database)
    before = _raw(path)
    assert MARK in before and PHONE in before  # the check below can fail

    done = team.privacy.residents.erase(resident, "request")

    assert done.value.files_scrubbed
    assert set(done.value.conversations) == {first, second}
    after = _raw(path)
    assert MARK not in after, after[max(0, after.find(MARK) - 40) : after.find(MARK) + 40]
    assert PHONE not in after
    assert path.with_name(path.name + "-wal").stat().st_size == 0
    with database.engine.connect() as connection:
        connection.execute(
            text("CREATE VIRTUAL TABLE temp.v USING fts5vocab(main, contacts_fts, row)")
        )
        connection.execute(
            text("CREATE VIRTUAL TABLE temp.w USING fts5vocab(main, messages_fts, row)")
        )
        terms = (
            connection.execute(text("SELECT term FROM temp.v UNION SELECT term FROM temp.w"))
            .scalars()
            .all()
        )
        assert not [t for t in terms if t.startswith("zyxw") or "12345678" in t]
        assert (
            connection.execute(
                text("SELECT count(*) FROM messages_fts WHERE messages_fts MATCH 'zyxwhandle'")
            ).scalar()
            == 0
        )


def test_erasure_keeps_the_conversations_and_a_record_without_personal_data(
    team, give, inbound, person, database: Database
) -> None:
    resident, (first, _second, _elsewhere) = _linked_resident(team, give, inbound, person, database)
    done = team.privacy.residents.erase(resident, "request")
    with database.sessions() as session:
        assert session.get(Partij, resident) is None
        assert session.scalars(select(Consent).where(Consent.partij_id == resident)).all() == []
        texts = list(session.scalars(select(Message.text).order_by(Message.id)))
        assert len(texts) == 3  # public-task records, until their retention term
        assert all("zyxw" not in t.lower() and "12345678" not in t for t in texts)
        assert "[verwijderd]" in texts[0]
        assert session.scalars(select(Draft)).all() == []
        assert session.scalars(select(QuarantinedItem)).all() == []
        handles = [(c.handle, c.display_name) for c in session.scalars(select(Contact))]
        assert ("", "(verwijderd)") in handles and ("@buur", "Buurman") in handles
        (record,) = session.scalars(select(DeletionRecord)).all()
        assert record.reason == "request" and record.batch_id == done.value.batch_id
        assert record.deleted_by == f"user:{team.privacy.me.id}"
        assert "zyxw" not in json.dumps(record.details).lower()
        assert record.details["conversations_unlinked"] == 2
    assert team.agent.residents.beside_conversation(first).value.profile is None
    assert team.privacy.audit.verify().intact


def test_only_the_privacy_officer_and_the_administrator_may_erase(team, person) -> None:
    resident = team.privacy.residents.create(person).value
    for desks in (team.agent, team.supervisor, team.planner):
        with pytest.raises(PermissionDenied):
            desks.residents.erase(resident, "request")
    team.admin.residents.erase(resident, "request")


def test_notice_texts_survive_an_erasure(team, give, person, database: Database) -> None:
    resident = team.privacy.residents.create(person).value
    give(team.privacy, resident, Purpose.CAMPAIGNS)
    notice = team.privacy.residents.notice()
    team.privacy.residents.erase(resident, "withdrawal")
    assert (
        team.privacy.residents.notice(notice.version).sha256
        == hashlib.sha256(notice.text.encode()).hexdigest()
    )
