"""The reports' desk: the one door to the figures, the live overview and the exports.

Supervisors and administrators only (`reports.read`, `reports.export`); every report and export
is audited with its period and filters, never with what it contains.

Before counting, the derived data is brought up to date (`refresh`): the calendars when the
service policy changed (or a new account appeared, or a year went by) and with them the stored
office times, and the rounds and waits of every conversation whose events changed. That work
commits batch by batch, so the inbox's own writes go on beside a long recomputation; what one
batch leaves marked, the next picks up, also after a crash.
"""

from __future__ import annotations

import itertools
from dataclasses import dataclass
from typing import IO

from sqlalchemy import exists, func, select
from sqlalchemy.orm import Session

from webcare.desk import Call, Changes, Desk, Done, Progress, Topic, no_progress, operation
from webcare.inbox import changes
from webcare.reports import calendar, export, fold, office, overview
from webcare.reports.figures import NO_FILTERS, Filters, GroupBy, Period, Report, compute
from webcare.storage.db import transaction
from webcare.storage.models import Account, Klantcontact, Partij, Tag, User
from webcare.vocabulary import Platform


@dataclass(frozen=True)
class Choice:
    id: int
    name: str


@dataclass(frozen=True)
class AccountChoice:
    id: int
    platform: Platform
    name: str


@dataclass(frozen=True)
class AgentChoice:
    id: int
    name: str
    username: str


@dataclass(frozen=True)
class NeighbourhoodChoice:
    """A CBS buurt (`BU…`) or wijk (`WK…`) where residents with linked conversations live.

    Attributes:
        wijk: for a buurt, the wijk it lies in; for a wijk, its own code.
        residents: how many residents there have a conversation linked to them.
    """

    code: str
    wijk: str
    residents: int

    @property
    def is_wijk(self) -> bool:
        return self.code == self.wijk


@dataclass(frozen=True)
class Choices:
    """What the report's filters can be set to."""

    accounts: tuple[AccountChoice, ...]
    agents: tuple[AgentChoice, ...]
    tags: tuple[Choice, ...]
    # each wijk, followed by its buurten
    neighbourhoods: tuple[NeighbourhoodChoice, ...] = ()


@dataclass(frozen=True)
class Refreshed:
    """What `refresh` did: conversations derived again, whether the calendars changed, and the
    conversations whose office times were counted again with them."""

    derived: int
    calendars_changed: bool
    recounted: int = 0


def _describe(period: Period, filters: Filters) -> dict[str, object]:
    return {
        "from": period.first.isoformat(),
        "to": period.last.isoformat(),
        "accounts": list(filters.accounts),
        "channels": [channel.value for channel in filters.channels],
        "agents": list(filters.agents),
        "tags": list(filters.tags),
        "neighbourhoods": list(filters.neighbourhoods),
    }


def neighbourhoods(session: Session) -> tuple[NeighbourhoodChoice, ...]:
    """The wijken and buurten of the residents that have a linked conversation (counted as the
    neighbourhood filter counts: a link exists only under a given consent)."""
    linked = (
        select(Partij.id, Partij.buurtcode, Partij.wijkcode)
        .where(
            Partij.buurtcode.is_not(None),
            Partij.wijkcode.is_not(None),
            exists().where(
                Klantcontact.partij_id == Partij.id, Klantcontact.consent_status == "given"
            ),
        )
        .subquery()
    )
    rows = session.execute(
        select(linked.c.wijkcode, linked.c.buurtcode, func.count())
        .group_by(linked.c.wijkcode, linked.c.buurtcode)
        .order_by(linked.c.wijkcode, linked.c.buurtcode)
    ).all()
    found: list[NeighbourhoodChoice] = []
    for wijk, group in itertools.groupby(rows, key=lambda row: str(row[0])):
        buurten = [NeighbourhoodChoice(str(buurt), wijk, int(n)) for _, buurt, n in group]
        found.append(NeighbourhoodChoice(wijk, wijk, sum(b.residents for b in buurten)))
        found += buurten
    return tuple(found)


class ReportsDesk(Desk):
    """Response times and volumes, the live overview, and their exports, as the acting user."""

    # Its batches commit one by one (a recomputation must not hold the write lock for long),
    # so it is not one transaction; the role check still comes first.
    @operation("reports.read", write=False)
    def refresh(self, call: Call, progress: Progress = no_progress) -> Refreshed:
        """Bring the calendars, rounds and waits up to date with the policy and the events.

        After a policy change this is the recomputation of the past's office times (in
        batches, `webcare.reports.office`), which the benchmarks time: `desks.reports.refresh()`.
        """
        with transaction(self.sessions) as session:
            fold.lock(session)
            chosen = calendar.plan(session, call.now, fold.earliest_dirty(session))
            if not chosen.current:
                calendar.materialise(session, chosen)
            total = office.remaining(session) + fold.dirty_count(session)
        done = derived = 0
        progress(0, total)
        for step in (office.recompute_batch, fold.fold_batch):
            while True:
                with transaction(self.sessions) as session:
                    fold.lock(session)
                    count = step(session)
                if count == 0:
                    break
                done += count
                derived += count if step is fold.fold_batch else 0
                progress(min(done, total), max(total, done))
        return Refreshed(derived, not chosen.current, done - derived)

    def report(
        self,
        period: Period,
        filters: Filters = NO_FILTERS,
        *,
        group_by: GroupBy | None = None,
        progress: Progress = no_progress,
    ) -> Done[Report]:
        """Every figure of `period`, after bringing the derived data up to date."""
        self.refresh(lambda done, total: progress(done, total + total // 4 + 1))
        return self._report(period, filters, group_by, progress)

    @operation("reports.read")
    def _report(
        self,
        call: Call,
        period: Period,
        filters: Filters,
        group_by: GroupBy | None,
        progress: Progress,
    ) -> Done[Report]:
        report = compute(call.session, period, filters, call.now, group_by, progress)
        details = _describe(period, filters) | {"by": group_by.value if group_by else None}
        call.audit("report.computed", "report", "*", details)
        return Done(report, Changes.of(Topic.REPORTS))

    def export(
        self,
        out: IO[str],
        period: Period,
        filters: Filters = NO_FILTERS,
        *,
        format: str = "json",
        by: str | None = None,
        progress: Progress = no_progress,
    ) -> Done[int]:
        """Write the report of `period` to `out` as JSON or CSV; returns the rows written.

        Args:
            by: "conversation" for a row per round of each conversation, or a `GroupBy`.
        """
        self.refresh(progress)
        return self._export(out, period, filters, format, by)

    @operation("reports.export")
    def _export(
        self,
        call: Call,
        out: IO[str],
        period: Period,
        filters: Filters,
        format: str,
        by: str | None,
    ) -> Done[int]:
        export.check(format, by)
        if by == export.BY_CONVERSATION:
            rows = export.write_conversations(call.session, out, period, filters, call.now)
        else:
            group_by = GroupBy(by) if by else None
            report = compute(call.session, period, filters, call.now, group_by)
            rows = export.write_report(call.session, out, report, format)
        details = _describe(period, filters) | {"format": format, "by": by, "rows": rows}
        call.audit("report.exported", "report", "*", details)
        return Done(rows, Changes.of(Topic.REPORTS))

    def report_for_document(
        self, period: Period, filters: Filters = NO_FILTERS, *, progress: Progress = no_progress
    ) -> Done[Report]:
        """The report that a PDF is made of (exported, so audited as an export)."""
        self.refresh(progress)
        return self._document(period, filters)

    @operation("reports.export")
    def _document(self, call: Call, period: Period, filters: Filters) -> Done[Report]:
        report = compute(call.session, period, filters, call.now)
        call.audit("report.exported", "report", "*", _describe(period, filters) | {"format": "pdf"})
        return Done(report, Changes.of(Topic.REPORTS))

    @operation("reports.read", write=False)
    def choices(self, call: Call) -> Choices:
        """The accounts, agents, tags and neighbourhoods the filters offer."""
        session = call.session
        accounts = tuple(
            AccountChoice(row.id, row.platform, row.name)
            for row in session.scalars(select(Account).order_by(Account.platform, Account.name))
        )
        agents = tuple(
            AgentChoice(user_id, name, username)
            for user_id, name, username in session.execute(
                select(User.id, User.display_name, User.username).order_by(User.display_name)
            )
        )
        tags = tuple(
            Choice(tag_id, name)
            for tag_id, name in session.execute(select(Tag.id, Tag.name).order_by(Tag.name))
        )
        return Choices(accounts, agents, tags, neighbourhoods(session))

    @operation("reports.read", write=False)
    def revision(self, call: Call) -> int:
        """The change counter (one row): the live overview looks again when it moved."""
        return changes.current(call.session)

    @operation("reports.read", write=False)
    def overview(self, call: Call, *, breach_within_minutes: int = 30) -> overview.Overview:
        """The live picture for a wall screen: backlog, the oldest wait, breaches, who does what."""
        return overview.compute(call.session, call.now, breach_within_minutes)
