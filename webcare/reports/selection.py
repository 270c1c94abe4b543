"""Which rounds a report counts (its period and filters, as SQL), read once per report.

`rounds_base` is the selection; `run_on` runs a query over it, and within `kept_bases` each
selection is read once into a temporary table that the report's dozen queries then scan.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Any

from sqlalchemy import bindparam, text
from sqlalchemy.orm import Session

from webcare.reports.calendar import seconds
from webcare.reports.values import Filters, GroupBy, Period


@dataclass
class RoundsBase:
    """The rounds of a period and filters, as SQL with its parameters."""

    sql: str
    params: dict[str, Any]
    binds: list[Any]
    grouped: bool = False  # False: `grp` is the same for every row


def rounds_base(
    period: Period,
    filters: Filters,
    group: str = "''",
    *,
    started_in_period: bool = True,
    extra_join: str = "",
) -> RoundsBase:
    """The rounds that started in the period, or (`started_in_period` False) every round that
    was open at some moment of it: started before its end and not closed before its start."""
    where = []
    params: dict[str, Any] = {"a": seconds(period.starts), "b": seconds(period.ends)}
    binds: list[Any] = []
    if started_in_period:
        where.append("rr.started_at >= :a AND rr.started_at < :b")
    else:
        where.append("rr.started_at < :b AND (rr.closed_at IS NULL OR rr.closed_at >= :a)")
    if filters.accounts:
        where.append("rr.account_id IN :accounts")
        params["accounts"] = list(filters.accounts)
        binds.append(bindparam("accounts", expanding=True))
    if filters.channels:
        where.append("ac.platform IN :channels")
        params["channels"] = [channel.value for channel in filters.channels]
        binds.append(bindparam("channels", expanding=True))
    if filters.agents:
        where.append(f"{AGENT} IN :agents")
        params["agents"] = list(filters.agents)
        binds.append(bindparam("agents", expanding=True))
    if filters.tags:
        where.append(
            "EXISTS (SELECT 1 FROM conversation_tags ft WHERE ft.conversation_id = "
            "rr.conversation_id AND ft.tag_id IN :tags)"
        )
        params["tags"] = list(filters.tags)
        binds.append(bindparam("tags", expanding=True))
    if filters.neighbourhoods:
        where.append(NEIGHBOURHOOD)
        params["neighbourhoods"] = list(filters.neighbourhoods)
        binds.append(bindparam("neighbourhoods", expanding=True))
    sql = (
        f"SELECT rr.*, {group} AS grp, ra.calendar, ac.platform, {AGENT} AS agent "
        "FROM report_rounds rr "
        "JOIN accounts ac ON ac.id = rr.account_id "
        "LEFT JOIN report_accounts ra ON ra.account_id = rr.account_id "
        f"{extra_join} WHERE {' AND '.join(where) or '1 = 1'}"
    )
    return RoundsBase(sql, params, binds, grouped=group != "''")


# Who handled a round: who gave its first response, else who held it when it was closed, else
# who holds it now. The conversation is looked up only for the last (a round still open and
# unanswered): a join with every conversation of a year read a million random rows of the
# widest table, most of the time a report took on SQLite.
AGENT = (
    "COALESCE(rr.first_response_by, rr.closed_by, "
    "(SELECT cv.assignee_id FROM conversations cv WHERE cv.id = rr.conversation_id))"
)

# A round is in a neighbourhood when its conversation is linked to a resident (a klantcontact:
# the residents' desk links only under a given consent for linking and a verified account, and
# removes the links when the consent is withdrawn or expires; the database refuses a link to any
# other consent) whose address lies in that buurt or wijk (the codes the residents' desk resolved
# from the postcode table). An unlinked conversation is in no neighbourhood.
NEIGHBOURHOOD = (
    "EXISTS (SELECT 1 FROM klantcontacten fk JOIN partijen fp ON fp.id = fk.partij_id "
    "WHERE fk.conversation_id = rr.conversation_id AND fk.consent_status = 'given' "
    "AND (fp.buurtcode IN :neighbourhoods OR fp.wijkcode IN :neighbourhoods))"
)

GROUPS = {
    GroupBy.CHANNEL: ("ac.platform", ""),
    GroupBy.ACCOUNT: ("CAST(rr.account_id AS VARCHAR(20))", ""),
    GroupBy.AGENT: (f"COALESCE(CAST({AGENT} AS VARCHAR(20)), '')", ""),
    GroupBy.TAG: (
        "COALESCE(CAST(gt.tag_id AS VARCHAR(20)), '')",
        "LEFT JOIN conversation_tags gt ON gt.conversation_id = rr.conversation_id",
    ),
    GroupBy.DAY: ("CAST(rr.local_day AS VARCHAR(20))", ""),
}


CACHE = "report_bases"


@contextmanager
def kept_bases(session: Session) -> Iterator[None]:
    """Within this, each selection of rounds is read once into a temporary table that the
    report's dozen queries then scan, instead of joining the rounds a dozen times."""
    cache: dict[tuple[str, tuple[Any, ...]], str] = {}
    session.info[CACHE] = cache
    if session.get_bind().dialect.name == "sqlite":
        # Sorts and the temporary tables in memory, with room: a year is a million rows.
        session.execute(text("PRAGMA temp_store = MEMORY"))
        session.execute(text("PRAGMA cache_size = -131072"))
    try:
        yield
    finally:
        del session.info[CACHE]
        for name in cache.values():
            session.execute(text(f"DROP TABLE IF EXISTS {name}"))


def run_on(
    session: Session, base: RoundsBase, query: str, *, into: str | None = None, **more: Any
) -> Sequence[Any]:
    """Run `query` over `base` (a CTE named base); with `into`, into a new temporary table."""
    cache: dict[tuple[str, tuple[Any, ...]], str] | None = session.info.get(CACHE)
    source = base.sql
    if cache is not None:
        key = (base.sql, tuple(sorted((k, repr(v)) for k, v in base.params.items())))
        name = cache.get(key)
        if name is None:
            name = f"report_base_{len(cache) + 1}"
            create = text(f"CREATE TEMPORARY TABLE {name} AS {base.sql}")
            if base.binds:
                create = create.bindparams(*base.binds)
            session.execute(create, base.params)
            cache[key] = name
        source = f"SELECT * FROM {name}"
    into_table = f"CREATE TEMPORARY TABLE {into} AS " if into else ""
    statement = text(f"{into_table}WITH base AS ({source}) {query}")
    if base.binds and cache is None:
        statement = statement.bindparams(*base.binds)
    params = {**base.params, **more} if cache is None else {**_plain(base.params), **more}
    if into:
        session.execute(statement, params)
        return []
    return session.execute(statement, params).all()


def _plain(params: dict[str, Any]) -> dict[str, Any]:
    """The scalar parameters (the lists went into the temporary table's selection)."""
    return {key: value for key, value in params.items() if not isinstance(value, list)}
