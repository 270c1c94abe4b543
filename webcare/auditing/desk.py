"""The audit desk: a supervisor, administrator or privacy officer views, filters, exports and
verifies the audit trail. Exporting is audited itself (with its size, never its content)."""

from __future__ import annotations

from typing import IO

from webcare.auditing import chain, log
from webcare.auditing.chain import VerifyReport
from webcare.auditing.log import AuditFilter, AuditRow
from webcare.desk import Call, Desk, Done, operation


class AuditDesk(Desk):
    @operation("audit.read", write=False)
    def events(
        self,
        call: Call,
        where: AuditFilter = AuditFilter(),  # noqa: B008 - frozen, never changed
        *,
        limit: int = 200,
        before_id: int | None = None,
    ) -> tuple[list[AuditRow], int | None]:
        """A page of the log, newest first, and the key of the next page (None: no more)."""
        return log.page(call.session, where, limit=limit, before_id=before_id)

    @operation("audit.read", write=False)
    def verify(self, call: Call) -> VerifyReport:
        return chain.verify(call.session)

    @operation("audit.export")
    def export(
        self,
        call: Call,
        out: IO[str],
        *,
        format: str = "csv",
        where: AuditFilter = AuditFilter(),  # noqa: B008 - frozen, never changed
    ) -> Done[int]:
        count = log.write(log.all_rows(call.session, where), out, format)
        call.audit("audit.exported", "audit", "*", {"format": format, "events": count})
        return Done(count)
