"""The reports' desk: supervisors and administrators only, every report and export audited, a
refusal writes nothing."""

from __future__ import annotations

import io
from collections.abc import Callable
from datetime import date
from typing import Any

import pytest
from sqlalchemy import func, select

from tests.reports.timeline import Timeline, local
from webcare import permissions
from webcare.desk import operations_of
from webcare.desks import open_desks
from webcare.permissions import PermissionDenied
from webcare.reports.desk import ReportsDesk
from webcare.reports.figures import NO_FILTERS, Period
from webcare.runtime import Database
from webcare.storage.models import AuditEvent, ReportDirty, ReportRound
from webcare.vocabulary import Role

MARCH = Period(date(2026, 3, 1), date(2026, 3, 31))

# Arguments for every operation, for the table-driven test: each succeeds for an allowed role.
ARGUMENTS: dict[str, Callable[[], tuple[tuple[Any, ...], dict[str, Any]]]] = {
    "refresh": lambda: ((), {}),
    "_report": lambda: ((MARCH, NO_FILTERS, None, lambda _d, _t: None), {}),
    "_export": lambda: ((io.StringIO(), MARCH, NO_FILTERS, "json", None), {}),
    "_document": lambda: ((MARCH, NO_FILTERS), {}),
    "choices": lambda: ((), {}),
    "overview": lambda: ((), {}),
    "revision": lambda: ((), {}),
}


def snapshot(database: Database) -> tuple[int, ...]:
    with database.sessions() as session:
        return tuple(
            session.scalar(select(func.count()).select_from(table)) or 0
            for table in (AuditEvent, ReportRound, ReportDirty)
        )


def test_every_operation_has_arguments_for_the_table_driven_test() -> None:
    assert set(operations_of(ReportsDesk)) == set(ARGUMENTS)


@pytest.mark.parametrize("role", sorted(Role))
@pytest.mark.parametrize("method", sorted(ARGUMENTS))
def test_each_role_may_call_what_the_permission_table_says_and_a_refusal_writes_nothing(
    timeline: Timeline, database: Database, role: Role, method: str
) -> None:
    timeline.resident("a", local(2026, 3, 2, 9))
    timeline.supervisor.team.add_user("acting", roles=[role])
    desk = open_desks(database.sessions, "acting").reports
    args, kwargs = ARGUMENTS[method]()
    operation = operations_of(ReportsDesk)[method]
    before = snapshot(database)

    if permissions.allowed(operation, [role]):
        getattr(desk, method)(*args, **kwargs)
    else:
        with pytest.raises(PermissionDenied):
            getattr(desk, method)(*args, **kwargs)
        assert snapshot(database) == before


def test_reports_need_a_supervisor_or_an_administrator() -> None:
    allowed = {role for role in Role if permissions.allowed("reports.read", [role])}
    assert allowed == {Role.SUPERVISOR, Role.ADMIN}
    assert permissions.TABLE["reports.export"] == permissions.TABLE["reports.read"]


def test_a_report_and_an_export_are_audited_with_their_period_not_their_content(
    timeline: Timeline, database: Database
) -> None:
    timeline.resident("a", local(2026, 3, 2, 9))
    desk = timeline.reports_desk(local(2026, 4, 1)).reports

    desk.report(MARCH)
    desk.export(io.StringIO(), MARCH, format="csv", by="conversation")

    with database.sessions() as session:
        events = session.scalars(
            select(AuditEvent).where(AuditEvent.entity_type == "report").order_by(AuditEvent.id)
        ).all()
    assert [event.action for event in events] == ["report.computed", "report.exported"]
    assert events[1].details["from"] == "2026-03-01"
    assert events[1].details["by"] == "conversation"
    assert events[1].details["rows"] == 1


def test_a_refused_agent_reaches_no_figures(timeline: Timeline, database: Database) -> None:
    desk = open_desks(database.sessions, "anna").reports

    with pytest.raises(PermissionDenied):
        desk.report(MARCH)
    with pytest.raises(PermissionDenied):
        desk.export(io.StringIO(), MARCH)
