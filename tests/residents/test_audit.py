"""The audit trail: every look at a profile is an event, in its own call's transaction; the
chain of hashes shows a changed, removed or inserted event; the trail is append-only."""

from __future__ import annotations

import io
import json
import threading

import pytest
from sqlalchemy import select, text
from sqlalchemy.exc import DBAPIError, IntegrityError

from webcare import audit
from webcare.auditing.log import AuditFilter
from webcare.permissions import PermissionDenied
from webcare.residents.errors import LinkRefused
from webcare.residents.values import ResidentInput
from webcare.residents.vocabulary import Purpose
from webcare.runtime import Database
from webcare.storage.db import transaction
from webcare.storage.models import AuditEvent


def _events(database: Database, action: str) -> list[AuditEvent]:
    with database.sessions() as session:
        return list(session.scalars(select(AuditEvent).where(AuditEvent.action == action)))


def test_every_profile_view_writes_an_audit_event_without_personal_data(
    team, database: Database, person: ResidentInput
) -> None:
    resident = team.privacy.residents.create(person).value
    team.privacy.residents.profile(resident)
    team.supervisor.residents.profile(resident, "access_request")
    team.admin.residents.profile(resident)
    views = _events(database, "resident.viewed")
    assert [(e.actor, e.details["purpose"]) for e in views] == [
        (audit.user_actor(team.privacy.me.id), "consult"),
        (audit.user_actor(team.supervisor.me.id), "access_request"),
        (audit.user_actor(team.admin.me.id), "consult"),
    ]
    assert all(e.entity_type == "resident" and e.entity_id == str(resident) for e in views)
    assert all(e.workstation == "ws-test" and e.result == "ok" for e in views)
    with database.sessions() as session:
        everything = json.dumps(
            [
                [e.actor, e.action, e.entity_id, e.details]
                for e in session.scalars(select(AuditEvent))
            ]
        )
    for secret in ("Zyxwina", "zyxwina@voorbeeld.nl", "612345678", "9999AB"):
        assert secret not in everything


def test_a_link_refused_for_want_of_consent_is_audited_as_refused(
    team, database: Database, person, inbound
) -> None:
    resident = team.privacy.residents.create(person).value
    conversation = inbound("Hallo")
    with pytest.raises(LinkRefused):
        team.agent.residents.link(conversation, resident)
    (refused,) = _events(database, "residents.link")
    assert refused.result == "refused" and refused.actor == audit.user_actor(team.agent.me.id)
    assert refused.details == {"reason": "no_consent"}
    with pytest.raises(PermissionDenied):  # a call the roles refuse writes nothing
        team.agent.residents.profile(resident)
    assert not _events(database, "residents.view") and not _events(database, "resident.viewed")


def test_the_chain_is_intact_and_a_tampered_row_is_detected(
    team, database: Database, give, person
) -> None:
    resident = team.privacy.residents.create(person).value
    give(team.privacy, resident, Purpose.CAMPAIGNS)
    for _ in range(3):
        team.supervisor.residents.profile(resident)
    report = team.supervisor.audit.verify()
    assert report.intact and report.events == report.head_seq >= 6
    (target,) = _events(database, "consent.given")
    with database.engine.begin() as connection:
        _without_guard(connection)
        connection.execute(
            text("UPDATE audit_events SET entity_id = '999' WHERE id = :id"), {"id": target.id}
        )
    broken = team.supervisor.audit.verify()
    assert not broken.intact and broken.problem == "hash" and broken.seq == target.seq


def test_a_deleted_row_is_detected(team, database: Database, person) -> None:
    resident = team.privacy.residents.create(person).value
    team.privacy.residents.profile(resident)
    team.privacy.residents.profile(resident)
    first_view = _events(database, "resident.viewed")[0]
    with database.engine.begin() as connection:
        _without_guard(connection)
        connection.execute(text("DELETE FROM audit_events WHERE id = :id"), {"id": first_view.id})
    broken = team.privacy.audit.verify()
    assert broken.problem == "gap" and broken.seq == first_view.seq


def test_a_cut_off_end_is_detected(team, database: Database, person) -> None:
    resident = team.privacy.residents.create(person).value
    team.privacy.residents.profile(resident)
    with database.engine.begin() as connection:
        _without_guard(connection)
        connection.execute(
            text("DELETE FROM audit_events WHERE seq = (SELECT max(seq) FROM audit_events)")
        )
    assert team.privacy.audit.verify().problem == "head"


def _without_guard(connection) -> None:  # type: ignore[no-untyped-def]
    """What an attacker with database access does first: drop the append-only triggers."""
    if connection.dialect.name == "sqlite":
        connection.execute(text("DROP TRIGGER audit_events_append_only_update"))
        connection.execute(text("DROP TRIGGER audit_events_append_only_delete"))
    else:
        connection.execute(text("DROP TRIGGER audit_events_append_only_update ON audit_events"))
        connection.execute(text("DROP TRIGGER audit_events_append_only_delete ON audit_events"))


def test_the_trail_is_append_only(team, database: Database, person) -> None:
    team.privacy.residents.create(person)
    for statement in (
        "UPDATE audit_events SET action = 'nothing'",
        "DELETE FROM audit_events",
    ):
        with pytest.raises((IntegrityError, DBAPIError)), database.engine.begin() as connection:
            connection.execute(text(statement))
    assert team.privacy.audit.verify().intact


def test_concurrent_writers_keep_one_unbroken_chain(team, database: Database, person) -> None:
    resident = team.privacy.residents.create(person).value
    desks = [team.privacy, team.supervisor, team.admin, team.boss]
    errors: list[BaseException] = []

    def look(desk) -> None:  # type: ignore[no-untyped-def]
        try:
            for _ in range(10):
                desk.residents.profile(resident)
        except BaseException as exc:
            errors.append(exc)

    threads = [threading.Thread(target=look, args=(d,)) for d in desks]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert not errors
    report = team.privacy.audit.verify()
    assert report.intact, report
    assert len(_events(database, "resident.viewed")) == 40


def test_a_supervisor_filters_and_exports_the_log(team, database: Database, person) -> None:
    resident = team.privacy.residents.create(person).value
    team.supervisor.residents.profile(resident)
    rows, _more = team.supervisor.audit.events(
        AuditFilter(action="resident.", entity_id=str(resident))
    )
    assert [r.action for r in rows] == ["resident.viewed", "resident.created"]
    assert rows[0].actor_name == "Supervisor"
    out = io.StringIO()
    count = team.supervisor.audit.export(
        out, format="csv", where=AuditFilter(action="resident.viewed")
    ).value
    assert count == 1 and "resident.viewed" in out.getvalue()
    assert _events(database, "audit.exported")[0].details["events"] == 1
    with pytest.raises(PermissionDenied):
        team.agent.audit.events()


def test_an_event_in_a_rolled_back_savepoint_is_not_chained(database: Database) -> None:
    with transaction(database.sessions) as session:
        audit.record(session, actor="test", action="kept", entity_type="t", entity_id=1)
        try:
            with session.begin_nested():
                audit.record(session, actor="test", action="dropped", entity_type="t", entity_id=2)
                raise RuntimeError
        except RuntimeError:
            pass
    with database.sessions() as session:
        actions = list(session.scalars(select(AuditEvent.action).order_by(AuditEvent.seq)))
    assert actions[-1] == "kept" and "dropped" not in actions
